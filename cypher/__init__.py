"""The analysts' cookbook: one query per ``.cypher`` file in this folder, and this loader.

May import: :mod:`diplograph.ground` and :mod:`diplograph.graph` (the contract) only. The
queries the code itself runs are not here but in ``graph/queries.py`` and ``api/queries.py``.

Each file starts with ``//`` header lines::

    // question: How did a state vote on the resolutions of a period?
    // param state: contract id of the state
    // param since?: earliest date (YYYY, YYYY-MM or YYYY-MM-DD); optional
    // example state: "state:CHN"
    // example since: "2022"
    // returns: resolution, symbol, date, choice, source_says, evidence, doc_id

then the query, written in the Cypher subset both stores run (shared/design/cypher-subset.md).

* ``param NAME:`` declares a required parameter, ``param NAME?:`` an optional one (bound to null
  when not given: queries test ``$NAME IS NULL``).
* ``example NAME:`` gives a JSON value for each parameter. It documents the parameter, fixes its
  JSON type (a string example makes a string parameter; null is accepted for optional ones) and
  is what ``GET /queries`` shows and the tests run.
* Period parameters (``since``, ``until``) take ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` and keep
  what *overlaps* the period at the precision each side has (a claim dated "2022" is in
  ``since: "2022-03"``). :meth:`CookbookQuery.bind` turns them into days (``since`` the first day
  of its period, ``until`` the last: "2022" -> "2022-01-01" / "2022-12-31"), and the queries
  compare dates, as the stores' ``date()`` values, never strings::

      WITH r, coalesce(r.date, r.as_of) AS at          // the claim's date, else its document's
      WITH r, at, date(at) AS starts,
           date(at) + CASE size(at) WHEN 4 THEN duration({years: 1}) WHEN 7 THEN duration({months: 1})
                      ELSE duration({days: 1}) END AS after
      WHERE ($since IS NULL OR after > date($since)) AND ($until IS NULL OR starts <= date($until))

  A claim with a date of its own also carries it as ``date_from``/``date_to`` (DATE values, its
  first and last day), for Neo4j Browser: ``WHERE r.date_from >= date('2022-01-01')``.

:meth:`CookbookQuery.bind` checks a caller's parameters against the header (unknown, missing,
wrong JSON type) and fills in the optional ones; :meth:`CookbookQuery.from_text` reads parameters
given as text (the command line) by their declared type.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from diplograph.graph.schema import date_bounds

__all__ = ["PERIOD_PARAMS", "CookbookQuery", "ParamError", "get_query", "load_queries"]

_HEADER = re.compile(r"^//\s*(question|param|returns|example)\b\s*([A-Za-z_][A-Za-z0-9_]*)?(\?)?\s*:\s*(.*)$")
_JSON_TYPES: dict[type, str] = {
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
    list: "array",
    dict: "object",
}


#: period parameters and which day of their period they stand for (0: the first, 1: the last)
PERIOD_PARAMS = {"since": 0, "until": 1}


class ParamError(ValueError):
    """Parameters that do not fit a cookbook query's header (the API answers 422)."""


def json_type(value: Any) -> str:
    """The JSON type name of a value (``bool`` before ``int``: True is an int in Python)."""
    if value is None:
        return "null"
    for py_type, name in _JSON_TYPES.items():
        if isinstance(value, py_type):
            return name
    raise TypeError(f"not a JSON value: {value!r}")


@dataclass(frozen=True)
class CookbookQuery:
    name: str
    text: str
    question: str
    returns: str
    params: dict[str, str] = field(default_factory=dict)
    examples: dict[str, str] = field(default_factory=dict)
    optional: frozenset[str] = frozenset()

    @property
    def required(self) -> list[str]:
        return [p for p in self.params if p not in self.optional]

    def example_params(self) -> dict[str, Any]:
        """The ``example`` values, parsed from JSON."""
        return {name: json.loads(raw) for name, raw in self.examples.items()}

    def param_types(self) -> dict[str, str]:
        """Each parameter's JSON type, from its example ("any" without one)."""
        examples = self.example_params()
        return {p: json_type(examples[p]) if examples.get(p) is not None else "any" for p in self.params}

    def from_text(self, raw: dict[str, str]) -> dict[str, Any]:
        """Parameters given as text (``--param since=2022`` on the command line): a string
        parameter keeps the text as it is, any other is read as JSON (``top=5``, ``types=["SIGNS"]``).

        >>> get_query("state_votes").from_text({"state": "state:CHN", "since": "2022"})
        {'state': 'state:CHN', 'since': '2022'}
        """
        types = self.param_types()
        out: dict[str, Any] = {}
        for name, text in raw.items():
            if types.get(name) == "string":
                out[name] = text
                continue
            try:
                out[name] = json.loads(text)
            except json.JSONDecodeError:
                out[name] = text
        return out

    def bind(self, given: dict[str, Any]) -> dict[str, Any]:
        """The full parameter map for a run: ``given`` checked, optional parameters defaulted to null,
        ``since``/``until`` turned into the first/last day of their period.

        >>> get_query("state_votes").bind({"state": "state:CHN", "since": "2022", "until": "2022-02"})
        {'state': 'state:CHN', 'since': '2022-01-01', 'until': '2022-02-28'}

        Raises:
            ParamError: an unknown parameter, a missing required one, or a value of the wrong type.
        """
        unknown = sorted(set(given) - set(self.params))
        if unknown:
            raise ParamError(
                f"{self.name} has no parameter {', '.join(map(repr, unknown))}; "
                f"it takes {', '.join(self.params) or 'none'}"
            )
        missing = [p for p in self.required if given.get(p) is None]
        if missing:
            raise ParamError(f"{self.name} needs {', '.join(map(repr, missing))}")
        types = self.param_types()
        for name, value in given.items():
            expected, actual = types[name], json_type(value)
            if value is None or expected in ("any", actual) or (expected == "number" and actual == "integer"):
                continue
            raise ParamError(f"{self.name}: parameter {name!r} must be a JSON {expected}, not {actual}")
        bound = {p: given.get(p) for p in self.params}
        for name, end in PERIOD_PARAMS.items():
            if isinstance(bound.get(name), str):
                try:
                    bound[name] = date_bounds(bound[name])[end]
                except ValueError as exc:
                    raise ParamError(f"{self.name}: parameter {name!r}: {exc}") from None
        return bound


def _parse(name: str, text: str) -> CookbookQuery:
    question, returns = "", ""
    params: dict[str, str] = {}
    examples: dict[str, str] = {}
    optional: set[str] = set()
    for line in text.splitlines():
        if not line.startswith("//"):
            continue
        match = _HEADER.match(line)
        if not match:
            continue
        what, pname, optional_mark, value = match.groups()
        if what == "question":
            question = value.strip()
        elif what == "returns":
            returns = value.strip()
        elif what == "param" and pname:
            params[pname] = value.strip()
            if optional_mark:
                optional.add(pname)
        elif what == "example" and pname:
            examples[pname] = value.strip()
    if not question:
        raise ValueError(f"cypher/{name}.cypher has no '// question:' header")
    for pname, raw in examples.items():
        if pname not in params:
            raise ValueError(f"cypher/{name}.cypher: example for undeclared parameter {pname!r}")
        try:
            json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ValueError(f"cypher/{name}.cypher: example {pname} is not JSON: {exc}") from None
    return CookbookQuery(
        name=name,
        text=text,
        question=question,
        returns=returns,
        params=params,
        examples=examples,
        optional=frozenset(optional),
    )


@cache
def load_queries() -> dict[str, CookbookQuery]:
    out = {}
    for entry in sorted(resources.files(__package__).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".cypher"):
            name = entry.name[: -len(".cypher")]
            out[name] = _parse(name, entry.read_text(encoding="utf-8"))
    return out


def get_query(name: str) -> CookbookQuery:
    queries = load_queries()
    if name not in queries:
        raise KeyError(f"no cookbook query {name!r}; known: {', '.join(sorted(queries)) or 'none'}")
    return queries[name]
