"""Relationships as columns for neo4j-admin CSV, written by Arrow's CSV writer.

A bulk load is mostly relationships (claims and MENTIONS: millions, where the nodes are
thousands), and building one CSV line per relationship in Python cost more than neo4j-admin's
whole import. So :class:`~.bulk.BulkWriter` holds each type's relationships until it has a chunk,
reads every property as one column (a list comprehension per property), and hands the typed
columns to ``pyarrow.csv.write_csv``, which writes them in C++ with the CSV the importer reads:
strings always quoted with quotes doubled (so ``""`` is an empty string and an empty field is no
property), nulls as empty fields, dates as ISO days, doubles in their shortest exact form.

The values are the ones :func:`.bulk.csv_value` writes row by row (the writer's fallback when a
chunk's column holds values of two types): the tests compare the imported graph with the
transactional one.
"""

from __future__ import annotations

import datetime as dt
import math
import operator
from collections.abc import Sequence
from typing import IO, Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from diplograph.ground.errors import WriteError

from .models import Relationship
from .plover import code_claim
from .schema import CLAIM_PROPERTIES, CLAIM_TYPES, DERIVED_CLAIM_PROPERTIES, PROVENANCE_PROPERTIES, date_bounds

__all__ = [
    "ARRAY_DELIMITER",
    "SCALAR_TYPES",
    "Chunk",
    "array_text",
    "column_type",
    "relationship_columns",
    "write_columns",
]

#: neo4j-admin's array delimiter: the ASCII unit separator, which no text property holds
ARRAY_DELIMITER = "\x1f"

# the contract's fields, in the order Relationship.properties() gives them
_FIELDS = (*PROVENANCE_PROPERTIES, *CLAIM_PROPERTIES, "count")
_READ_FIELDS = operator.attrgetter("source", "target", *_FIELDS)
#: the neo4j-admin type of each property value type (exact types: a bool is not a long)
SCALAR_TYPES = {str: "string", int: "long", float: "double", bool: "boolean", dt.date: "date"}
_ARROW_TYPES = {"string": pa.string(), "long": pa.int64(), "double": pa.float64(), "boolean": pa.bool_()}
_ARROW_TYPES["date"] = pa.date32()
_OPTIONS = pacsv.WriteOptions(include_header=False, quoting_style="needed")


def array_text(value: list[Any]) -> str:
    """A list property as one field's text, unquoted: its items joined by the array delimiter."""
    parts = []
    for item in value:
        kind = type(item)
        if kind is str:
            text = item
        elif kind is bool:
            text = "true" if item else "false"
        elif kind is float:
            if not math.isfinite(item):
                raise WriteError(f"{item!r} cannot go into neo4j-admin CSV")
            text = repr(item)
        elif kind is int:
            text = str(item)
        else:
            raise WriteError(f"a {kind.__name__} cannot go into neo4j-admin CSV")
        if ARRAY_DELIMITER in text:
            raise WriteError(f"an array element holds the array delimiter U+001F: {text[:60]!r}")
        parts.append(text)
    return ARRAY_DELIMITER.join(parts)


def column_type(values: Sequence[Any]) -> str | None:
    """The neo4j-admin type of a column's values (None absent), or None when they hold two types.

    As :func:`.bulk.csv_type`: exact types (a bool is not a long), a list typed by its first item.
    """
    kinds = set(map(type, values))
    kinds.discard(type(None))
    if len(kinds) != 1:
        return None if kinds else "string"
    (kind,) = kinds
    if kind is list:
        firsts = {type(v[0]) for v in values if v}
        if len(firsts) > 1 or not firsts <= SCALAR_TYPES.keys():
            return None
        return (SCALAR_TYPES[firsts.pop()] if firsts else "string") + "[]"
    return SCALAR_TYPES.get(kind)


class _Derived:
    """The properties the stores derive from a claim (graph/queries.py ``_rel_row``), memoised:
    a corpus repeats a handful of codings and a few thousand dates millions of times."""

    def __init__(self) -> None:
        self._codings: dict[tuple[Any, ...], dict[str, Any]] = {}
        self._bounds: dict[str | None, tuple[dt.date | None, dt.date | None]] = {}

    def coding(self, rel: Relationship) -> dict[str, Any]:
        # the table's conditions read these properties and the target's label (its id's prefix)
        key = (rel.type, rel.choice, rel.source_says, rel.role, rel.status, rel.target.partition(":")[0])
        found = self._codings.get(key)
        if found is None:
            found = self._codings[key] = code_claim(rel.type, rel.properties(), rel.target).properties()
        return found

    def bounds(self, date: str | None) -> tuple[dt.date | None, dt.date | None]:
        found = self._bounds.get(date)
        if found is None:
            first, last = date_bounds(date)
            found = (None, None)
            if first is not None and last is not None:
                found = (dt.date.fromisoformat(first), dt.date.fromisoformat(last))
            self._bounds[date] = found
        return found


_DERIVED = _Derived()


def relationship_columns(rels: list[Relationship]) -> tuple[list[str], list[str], dict[str, list[Any]]]:
    """Relationships of one type as columns: their start ids, end ids and properties (None where
    one has none), the properties in the order the stores write them: the contract's fields, the
    attrs, then the derived ones."""
    # one pass over the relationships reading every field, then transposed: reading the fields a
    # column at a time walks scattered objects once per field, at twice the cost
    starts, ends, *fields = zip(*map(_READ_FIELDS, rels), strict=True)
    columns: dict[str, list[Any]] = {}
    for name, values in zip(_FIELDS, fields, strict=True):
        if values.count(None) < len(values):
            columns[name] = list(values)
    with_attrs = [(i, r.attrs) for i, r in enumerate(rels) if r.attrs]
    for i, attrs in with_attrs:
        for name, value in attrs.items():
            column = columns.get(name)
            if column is None:
                column = columns[name] = [None] * len(rels)
            column[i] = value
    if rels and rels[0].type in CLAIM_TYPES:  # one type per call
        codings = [_DERIVED.coding(r) for r in rels]
        for name in DERIVED_CLAIM_PROPERTIES:
            column = [c.get(name) for c in codings]
            if any(v is not None for v in column):
                columns[name] = column
    bounds = [_DERIVED.bounds(r.date) for r in rels]
    if any(b[0] is not None for b in bounds):
        columns["date_from"] = [b[0] for b in bounds]
        columns["date_to"] = [b[1] for b in bounds]
    return list(starts), list(ends), columns


class Chunk:
    """Relationships of one type as columns, collected across documents until they are written.

    Only plain values are kept (strings, numbers, dates), not the documents' objects: millions of
    those held between documents made Python's garbage collector walk them again and again, at a
    cost greater than the writing's.
    """

    def __init__(self) -> None:
        self.starts: list[str] = []
        self.ends: list[str] = []
        self.columns: dict[str, list[Any]] = {}
        self.rows = 0

    def add(self, rels: list[Relationship]) -> None:
        starts, ends, columns = relationship_columns(rels)
        for name, column in self.columns.items():
            added = columns.pop(name, None)
            column.extend([None] * len(rels) if added is None else added)
        for name, column in columns.items():  # first seen in this document
            self.columns[name] = [None] * self.rows + column
        self.starts += starts
        self.ends += ends
        self.rows += len(rels)


def write_columns(handle: IO[bytes], leading: list[list[str]], columns: list[tuple[str, list[Any]]], rows: int) -> int:
    """Write ``rows`` rows to ``handle``: the ``leading`` id columns, then ``columns`` as
    (neo4j-admin type, values) in header order (an empty list of values: no property in any row).
    Return the longest field's length in characters, escaped and quoted."""
    arrays: list[pa.Array] = [pa.array(ids, type=pa.string()) for ids in leading]
    for kind, values in columns:
        if not values:
            arrays.append(pa.nulls(rows, type=pa.string()))
        elif kind.endswith("[]"):
            arrays.append(pa.array([None if v is None else array_text(v) for v in values], type=pa.string()))
        else:
            if kind == "double" and not all(math.isfinite(v) for v in values if v is not None):
                bad = next(v for v in values if v is not None and not math.isfinite(v))
                raise WriteError(f"{bad!r} cannot go into neo4j-admin CSV")
            arrays.append(pa.array(values, type=_ARROW_TYPES[kind]))
    longest = 0
    for array in arrays:
        if array.type == pa.string() and array.null_count < len(array):
            # quotes are doubled and the field quoted: what the importer's read buffer must hold
            escaped = pc.add(pc.utf8_length(array), pc.count_substring(array, '"'))
            longest = max(longest, pc.max(escaped).as_py() + 2)
    table = pa.Table.from_arrays(arrays, names=[f"c{i}" for i in range(len(arrays))])
    pacsv.write_csv(table, handle, _OPTIONS)
    return longest
