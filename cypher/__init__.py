"""The analysts' cookbook: one query per ``.cypher`` file in this folder.

Each file starts with ``//`` header lines::

    // question: How did a state vote on the resolutions of a year?
    // param state: contract id of the state, e.g. "state:CHN"
    // param year: the year, as a string, e.g. "2022"
    // returns: resolution, date, choice, evidence, doc_id

then the query, written in the Cypher subset both stores run (shared/design/cypher-subset.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

__all__ = ["CookbookQuery", "get_query", "load_queries"]

_HEADER = re.compile(r"^//\s*(question|param|returns|example)\b\s*([A-Za-z_][A-Za-z0-9_]*)?\s*:\s*(.*)$")


@dataclass(frozen=True)
class CookbookQuery:
    name: str
    text: str
    question: str
    returns: str
    params: dict[str, str] = field(default_factory=dict)
    examples: dict[str, str] = field(default_factory=dict)


def _parse(name: str, text: str) -> CookbookQuery:
    question, returns = "", ""
    params: dict[str, str] = {}
    examples: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("//"):
            continue
        match = _HEADER.match(line)
        if not match:
            continue
        what, pname, value = match.groups()
        if what == "question":
            question = value.strip()
        elif what == "returns":
            returns = value.strip()
        elif what == "param" and pname:
            params[pname] = value.strip()
        elif what == "example" and pname:
            examples[pname] = value.strip()
    if not question:
        raise ValueError(f"cypher/{name}.cypher has no '// question:' header")
    return CookbookQuery(name=name, text=text, question=question, returns=returns, params=params, examples=examples)


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
