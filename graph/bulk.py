"""The graph as neo4j-admin import CSV: the first load and backfills at the database's own speed.

``BulkWriter`` takes the same per-document ``GraphBatch`` es the stores take (it answers
``write_document`` and ``document_state`` like a store of an empty database, so ingest can write
into it unchanged) and writes, under one directory::

    nodes/Actor_State-001.header.csv   typed header (id:ID, name:string, aliases:string[], ...)
    nodes/Actor_State-001.csv          the rows, no header
    rels/SUPPORTS-001.header.csv       :START_ID, :END_ID, key:string, ... confidence:double ...
    rels/SUPPORTS-001.csv
    import.json                        what `diplograph neo4j import` runs, as data
    import.args                        the same options for `neo4j-admin database import full @import.args`

One node file per label set and one relationship file per type (a second part only where a
property changes type between rows). The graph that lands is the one the transactional
path builds from the same batches in the same order: Document nodes as their batch gives them,
other nodes merged across documents (later properties win, aliases accumulate), relationships as
they are. Documents and relationships stream to disk; the other nodes (the actors, events and
issues, a small share of a corpus) stay in memory until ``close``.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from diplograph.ground.errors import WriteError

from .bulk_columns import ARRAY_DELIMITER, SCALAR_TYPES, Chunk, array_text, column_type, write_columns
from .models import GraphBatch, Node, Relationship
from .schema import (
    CLAIM_PROPERTIES,
    PROVENANCE_PROPERTIES,
    NodeKind,
    RelType,
    base_label,
    kind_of,
    labels_of,
)
from .stores import WriteResult

__all__ = ["ARRAY_DELIMITER", "MANIFEST", "BulkManifest", "BulkWriter", "csv_type", "csv_value", "write_export"]

MANIFEST = "import.json"
FORMAT = "diplograph-neo4j-admin.v1"

# columns every relationship of a type is likely to carry, so its first part's header has them
_REL_COLUMNS: dict[str, str] = {
    **{name: "string" for name in PROVENANCE_PROPERTIES},
    "start": "long",
    "end": "long",
    "confidence": "double",
    **{name: "string" for name in CLAIM_PROPERTIES},
    "date_from": "date",
    "date_to": "date",
}
_MENTION_COLUMNS: dict[str, str] = {"key": "string", "doc_id": "string", "count": "long", "forms": "string[]"}


def csv_type(value: Any) -> str:
    """The neo4j-admin column type of a property value (an empty list is a string[])."""
    kind = SCALAR_TYPES.get(type(value))  # exact types: a bool is not a long here
    if kind is not None:
        return kind
    if isinstance(value, list):
        return (csv_type(value[0]) if value else "string") + "[]"
    raise WriteError(f"a {type(value).__name__} cannot go into neo4j-admin CSV")


def csv_value(value: Any) -> str:
    """One CSV field: strings quoted (so "" is an empty string and an empty field is no property)."""
    kind = type(value)
    if kind is str:  # the common case first: this runs for every field of every row
        return '"' + value.replace('"', '""') + '"'
    if value is None:
        return ""
    if kind is int:
        return str(value)
    if kind is bool:
        return "true" if value else "false"
    if kind is dt.date:
        return value.isoformat()
    if kind is float:
        if not math.isfinite(value):
            raise WriteError(f"{value!r} cannot go into neo4j-admin CSV")
        return repr(value)
    if kind is list:
        return '"' + array_text(value).replace('"', '""') + '"'
    raise WriteError(f"a {type(value).__name__} cannot go into neo4j-admin CSV")


@dataclass
class _Part:
    """One data file and the typed header its rows follow.

    A property first seen after rows were written becomes a new last column: neo4j-admin reads
    the missing trailing fields of the earlier rows as no property, so the header written at the
    end serves every row.
    """

    path: Path
    leading: list[str]  # id:ID, or :START_ID and :END_ID
    columns: dict[str, str]  # property -> type, in header order
    handle: IO[bytes] | None = None
    rows: int = 0

    def fits(self, types: dict[str, str]) -> bool:
        columns = self.columns
        return all(columns.get(name, kind) == kind for name, kind in types.items())

    def write(self, ends: list[str], props: dict[str, Any], types: dict[str, str]) -> int:
        if not types.keys() <= self.columns.keys():
            for name, kind in types.items():
                self.columns.setdefault(name, kind)
        if self.handle is None:
            self.handle = self.path.open("wb")
        fields = [csv_value(e) for e in ends] + [csv_value(props.get(name)) for name in self.columns]
        while len(fields) > len(ends) and fields[-1] == "":
            fields.pop()  # trailing absent properties: the row ends early
        self.handle.write((",".join(fields) + "\n").encode("utf-8"))
        self.rows += 1
        return max(len(f) for f in fields)

    def write_columns(self, ends: list[list[str]], columns: dict[str, list[Any]], types: dict[str, str]) -> int:
        """Write a chunk of rows given as columns (:mod:`.bulk_columns`); return its longest field."""
        for name, kind in types.items():
            self.columns.setdefault(name, kind)
        if self.handle is None:
            self.handle = self.path.open("wb")
        ordered = [(kind, columns.get(name, [])) for name, kind in self.columns.items()]
        while ordered and not ordered[-1][1]:
            ordered.pop()  # columns no row of the chunk has, at the end: its rows end early
        self.rows += len(ends[0])
        return write_columns(self.handle, ends, ordered, len(ends[0]))

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None
        header = self.leading + [f"{name}:{kind}" for name, kind in self.columns.items()]
        self.path.with_suffix(".header.csv").write_text(",".join(header) + "\n", encoding="utf-8")

    def entry(self, root: Path) -> dict[str, Any]:
        return {
            "header": self.path.with_suffix(".header.csv").relative_to(root).as_posix(),
            "files": [self.path.relative_to(root).as_posix()],
            "rows": self.rows,
        }


def _types(props: dict[str, Any]) -> dict[str, str]:
    return {name: csv_type(value) for name, value in props.items() if value is not None}


@dataclass
class _Group:
    """The parts of one label set or relationship type: one, unless a property changes type."""

    folder: Path
    stem: str
    leading: list[str]
    base_columns: dict[str, str]
    parts: list[_Part] = field(default_factory=list)

    def write(self, ends: list[str], props: dict[str, Any]) -> int:
        """Write a row into the first part whose header agrees with it; return its longest field."""
        types = _types(props)
        for part in self.parts:
            if part.fits(types):
                return part.write(ends, props, types)
        return self._new_part().write(ends, props, types)

    def write_columns(self, ends: list[list[str]], columns: dict[str, list[Any]], types: dict[str, str]) -> int | None:
        """Write a chunk into the first part whose header agrees with all its columns (a new one
        if none does); None, writing nothing, if not even a new part's would."""
        for part in self.parts:
            if part.fits(types):
                return part.write_columns(ends, columns, types)
        if all(self.base_columns.get(name, kind) == kind for name, kind in types.items()):
            return self._new_part().write_columns(ends, columns, types)
        return None

    def _new_part(self) -> _Part:
        part = _Part(self.folder / f"{self.stem}-{len(self.parts) + 1:03d}.csv", self.leading, dict(self.base_columns))
        self.parts.append(part)
        return part


@dataclass(frozen=True)
class BulkManifest:
    """What a bulk directory holds, read back from its ``import.json``."""

    root: Path
    nodes: list[dict[str, Any]]
    relationships: list[dict[str, Any]]
    max_field_chars: int
    #: {"nodes": {base label: {property: [ids]}}, "relationships": {type: {property: [keys]}}}
    empty_lists: dict[str, dict[str, dict[str, list[str]]]]

    @property
    def node_count(self) -> int:
        return sum(p["rows"] for p in self.nodes)

    @property
    def relationship_count(self) -> int:
        return sum(p["rows"] for p in self.relationships)

    @classmethod
    def read(cls, root: str | Path) -> BulkManifest:
        root = Path(root)
        try:
            data = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise WriteError(
                f"{root} holds no {MANIFEST}: write it with `diplograph export --format neo4j-admin -o {root}`"
            ) from None
        if data.get("format") != FORMAT:
            raise WriteError(f"{root / MANIFEST} is format {data.get('format')!r}, not {FORMAT!r}")
        return cls(root, data["nodes"], data["relationships"], data["max_field_chars"], data["empty_lists"])

    def importer_options(self, *, base: Path | None = None) -> list[str]:
        """neo4j-admin ``database import full`` options (file paths under ``base``, default the root).

        The read buffer must hold the longest field (a document's text); neo4j-admin's default
        is 4 MiB.
        """
        base = self.root if base is None else base
        options = [
            f"--array-delimiter=U+{ord(ARRAY_DELIMITER):04X}",
            "--multiline-fields=true",
            "--skip-duplicate-nodes=false",
            f"--read-buffer-size={max(4, 2 + (4 * self.max_field_chars) // 2**20)}m",
        ]
        for part in self.nodes:
            files = ",".join(str(base / f) for f in [part["header"], *part["files"]])
            options.append(f"--nodes={':'.join(part['labels'])}={files}")
        for part in self.relationships:
            files = ",".join(str(base / f) for f in [part["header"], *part["files"]])
            options.append(f"--relationships={part['type']}={files}")
        return options


class BulkWriter:
    """Collect document batches as neo4j-admin CSV under ``root`` (emptied first)."""

    kind = "bulk"

    def __init__(self, root: str | Path, *, chunk_rows: int = 20_000) -> None:
        self.root = Path(root)
        self.chunk_rows = chunk_rows  # relationships of a type collected before they are written
        if self.root.exists():
            if any(self.root.iterdir()) and not (self.root / MANIFEST).exists():
                raise WriteError(f"{self.root} is not empty and not a bulk directory: choose another")
            shutil.rmtree(self.root)
        (self.root / "nodes").mkdir(parents=True)
        (self.root / "rels").mkdir()
        self.url = f"bulk:{self.root}"
        self._documents = _Group(self.root / "nodes", "Document", ["id:ID"], {})
        self._rels: dict[RelType, _Group] = {}
        self._pending: dict[RelType, Chunk] = {}
        self._nodes: dict[str, dict[str, Any]] = {}  # id -> merged properties
        self._aliases: dict[str, dict[str, None]] = {}  # id -> aliases in first-seen order
        self._doc_ids: set[str] = set()
        self._max_field = 0
        # base label or relationship type -> property -> ids (nodes) or keys (relationships)
        self._empty_lists: dict[str, dict[str, dict[str, list[str]]]] = {"nodes": {}, "relationships": {}}
        self.closed = False

    # -- the part of the store interface ingest uses -----------------------------------------

    def document_state(self, doc_id: str) -> None:
        """Nothing is stored yet: the import target starts empty, so every document is new."""
        return None

    def write_document(self, batch: GraphBatch, *, force: bool = False) -> WriteResult:
        self.add(batch)
        return WriteResult(
            batch.document.id, "created", nodes=len(batch.nodes) + 1, relationships=len(batch.relationships)
        )

    # -- writing -------------------------------------------------------------------------------

    def add(self, batch: GraphBatch) -> None:
        """Add one document's batch (each document once: there is nothing to replace)."""
        if self.closed:
            raise WriteError("the bulk writer is closed")
        doc = batch.document
        if doc.id in self._doc_ids:
            raise WriteError(f"{doc.id} is written twice into one bulk load")
        self._doc_ids.add(doc.id)
        # as the store's SET n = row.props: a Document keeps no aliases
        props = self._lists_kept_apart("Document", doc.id, {k: v for k, v in doc.properties.items() if k != "aliases"})
        self._track(self._documents.write([doc.id], props))
        for node in batch.nodes:
            self._merge(node)
        by_type: dict[RelType, list[Relationship]] = {}
        for rel in batch.relationships:
            by_type.setdefault(rel.type, []).append(rel)
        for rel_type, rels in by_type.items():
            chunk = self._pending.setdefault(rel_type, Chunk())
            chunk.add(rels)
            if chunk.rows >= self.chunk_rows:
                self._flush(rel_type)

    def add_all(self, batches: Iterable[GraphBatch]) -> None:
        for batch in batches:
            self.add(batch)

    def _merge(self, node: Node) -> None:
        """As the store's ``SET n += props`` and alias accumulation, across documents."""
        merged = self._nodes.get(node.id)
        if merged is None:
            merged = self._nodes[node.id] = {}
            self._aliases[node.id] = {}
        merged.update(node.properties)  # its aliases too: replaced by the accumulated ones in close
        aliases = node.properties.get("aliases")
        if aliases:
            self._aliases[node.id].update(dict.fromkeys(aliases))

    def _flush(self, rel_type: RelType) -> None:
        """Write the relationships of a type collected so far, as columns.

        Their properties, the ones the stores derive included (the PLOVER coding, the date's
        bounds as dates), come from :func:`.bulk_columns.relationship_columns`. A chunk where a
        property holds values of two types goes row by row, each row into the first part whose
        header agrees with it.
        """
        chunk = self._pending.pop(rel_type, None)
        if chunk is None or not chunk.rows:
            return
        group = self._rels.get(rel_type)
        if group is None:
            base = _MENTION_COLUMNS if rel_type is RelType.MENTIONS else _REL_COLUMNS
            group = self._rels[rel_type] = _Group(self.root / "rels", rel_type.value, [":START_ID", ":END_ID"], base)
        columns, keys = chunk.columns, chunk.columns["key"]
        types: dict[str, str | None] = {}
        for name, values in list(columns.items()):
            kind = column_type(values)
            if kind is not None and kind.endswith("[]"):
                self._lists_kept_apart_in_column(rel_type.value, keys, name, values)
                if all(v is None for v in values):
                    del columns[name]
                    continue
            types[name] = kind
        typed = {name: kind for name, kind in types.items() if kind is not None}
        if len(typed) == len(types):
            longest = group.write_columns([chunk.starts, chunk.ends], columns, typed)
            if longest is not None:
                self._track(longest)
                return
        for i, ends in enumerate(zip(chunk.starts, chunk.ends, strict=True)):
            props = {name: values[i] for name, values in columns.items() if values[i] is not None}
            props = self._lists_kept_apart(rel_type.value, keys[i], props, nodes=False)
            self._track(group.write(list(ends), props))

    def _lists_kept_apart_in_column(self, name: str, keys: list[str], prop: str, values: list[Any]) -> None:
        """As :meth:`_lists_kept_apart`, for one column of relationships."""
        for i, value in enumerate(values):
            if value == []:
                self._empty_lists["relationships"].setdefault(name, {}).setdefault(prop, []).append(keys[i])
                values[i] = None

    def _lists_kept_apart(self, name: str, ident: str, props: dict[str, Any], *, nodes: bool = True) -> dict[str, Any]:
        """Empty lists leave the CSV and are noted: neo4j-admin reads an empty array as no property,
        the transactional path stores [] (every actor without aliases has ``aliases: []``)."""
        empty = [k for k, v in props.items() if isinstance(v, list) and not v]
        for prop in empty:
            self._empty_lists["nodes" if nodes else "relationships"].setdefault(name, {}).setdefault(prop, []).append(
                ident
            )
        return {k: v for k, v in props.items() if k not in empty}

    def _track(self, longest: int) -> None:
        self._max_field = max(self._max_field, longest)

    def close(self) -> BulkManifest:
        """Write the merged nodes, every header and ``import.json``; return the manifest."""
        if self.closed:
            return BulkManifest.read(self.root)
        for rel_type in list(self._pending):
            self._flush(rel_type)
        by_kind: dict[NodeKind, _Group] = {}
        for node_id in sorted(self._nodes):
            kind = kind_of(node_id)
            group = by_kind.get(kind)
            if group is None:
                stem = "_".join(labels_of(kind))
                group = by_kind[kind] = _Group(self.root / "nodes", stem, ["id:ID"], {})
            props = {**self._nodes[node_id], "aliases": list(self._aliases[node_id])}
            props = self._lists_kept_apart(base_label(kind).value, node_id, props)
            self._track(group.write([node_id], props))
        node_parts = [(labels_of(NodeKind.DOCUMENT), p) for p in self._documents.parts]
        node_parts += [(labels_of(kind), p) for kind, g in sorted(by_kind.items()) for p in g.parts]
        rel_parts = [(t.value, p) for t, g in sorted(self._rels.items()) for p in g.parts]
        for _, part in node_parts + rel_parts:
            part.close()
        manifest = {
            "format": FORMAT,
            "nodes": [{"labels": labels, **p.entry(self.root)} for labels, p in node_parts],
            "relationships": [{"type": t, **p.entry(self.root)} for t, p in rel_parts],
            "max_field_chars": self._max_field,
            "empty_lists": self._empty_lists,
        }
        (self.root / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
        result = BulkManifest.read(self.root)
        # paths relative to the directory: `cd DIR && neo4j-admin database import full @import.args neo4j`
        (self.root / "import.args").write_text(
            "\n".join(result.importer_options(base=Path("."))) + "\n", encoding="utf-8"
        )
        self.closed = True
        return result

    def __enter__(self) -> BulkWriter:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if self.closed:
            return
        if exc_type is None:
            self.close()
            return
        # a failed run closes its files and leaves no import.json, so nothing imports half a corpus
        for group in [self._documents, *self._rels.values()]:
            for part in group.parts:
                if part.handle is not None:
                    part.handle.close()
                    part.handle = None


def write_export(objects: Iterable[dict[str, Any]], root: str | Path) -> BulkManifest:
    """A store's export (``GraphStore.export()``) as a bulk directory, one document at a time.

    The export is regrouped per document (:func:`.transfer.batches_from_export`), so what lands
    is validated against the contract as an import would be.
    """
    from .stores import export_line
    from .transfer import batches_from_export

    with BulkWriter(root) as writer:
        writer.add_all(batches_from_export(export_line(obj) for obj in objects))
    return writer.close()
