"""The store interface both implementations share (the registry that picks one is :mod:`.`).

Everything above this layer (ingest, export, the API, the cookbook) talks to ``GraphStore`` only.

Write path (the same for both): read the document's previous fingerprint and mentions, build the
statements in :mod:`.queries`, and hand them to the implementation's ``_run_atomically``, which is
the one place the two stores differ in how a document becomes all-or-nothing.
"""

from __future__ import annotations

import abc
import datetime as dt
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from .. import queries
from ..models import GraphBatch
from ..schema import BaseLabel, RelType, kind_of, labels_of

__all__ = ["GraphStore", "QueryResult", "StoreStats", "WriteResult", "export_line", "redacted", "size_over", "to_plain"]

WriteStatus = Literal["created", "replaced", "unchanged"]


@dataclass(frozen=True)
class WriteResult:
    doc_id: str
    status: WriteStatus
    nodes: int = 0
    relationships: int = 0


@dataclass
class QueryResult:
    """Rows of a read query as plain JSON-ready values; ``truncated`` when the row cap or the byte
    cap cut it, and ``truncated_by`` says which (``"rows"`` or ``"bytes"``)."""

    columns: list[str]
    rows: list[list[Any]]
    truncated: bool = False
    truncated_by: str | None = None

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


@dataclass
class StoreStats:
    nodes: dict[str, int] = field(default_factory=dict)
    relationships: dict[str, int] = field(default_factory=dict)

    @property
    def node_count(self) -> int:
        return sum(self.nodes.values())

    @property
    def relationship_count(self) -> int:
        return sum(self.relationships.values())


def to_plain(value: Any) -> Any:
    """Turn a driver value into JSON-ready data the same way for both stores.

    Nodes become ``{"id", "labels", "properties"}`` with the contract's labels (derived from the id,
    so both stores agree on their order), relationships ``{"type", "properties"}``, paths
    ``{"nodes", "relationships"}``, temporal values ISO strings.
    """
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if hasattr(value, "iso_format"):  # neo4j.time types
        return value.iso_format()
    return plain_graph_value(value)


def size_over(value: Any, budget: int) -> int:
    """About how many bytes ``value`` takes as JSON, counted until ``budget`` is passed.

    Stops early, so a 20-million-element list costs what its first ``budget`` bytes cost to look
    at: the byte cap on answers must not itself take seconds (issue 15).
    """
    used = 0
    stack = [value]
    while stack and used <= budget:
        item = stack.pop()
        if isinstance(item, str):
            used += len(item) + 2
        elif isinstance(item, dict):
            used += 2
            for k, v in item.items():
                used += len(str(k)) + 4
                stack.append(v)
        elif isinstance(item, (list, tuple)):
            used += 2
            stack.extend(item)
        else:
            used += 8
    return used


def plain_graph_value(value: Any) -> Any:
    """Nodes, relationships and paths of either driver, by duck typing (see to_plain)."""
    # neo4j: Path has .nodes/.relationships; FalkorDB: Path has nodes()/edges()
    nodes = getattr(value, "nodes", None)
    if nodes is not None and (hasattr(value, "relationships") or hasattr(value, "edges")):
        node_list = nodes() if callable(nodes) else nodes
        rels = value.edges() if hasattr(value, "edges") else value.relationships
        return {"nodes": [to_plain(n) for n in node_list], "relationships": [to_plain(r) for r in rels]}
    if hasattr(value, "labels"):  # a node of either driver
        props = {
            k: to_plain(v) for k, v in dict(value.items() if hasattr(value, "items") else value.properties).items()
        }
        node_id = props.get("id")
        try:
            labels = labels_of(kind_of(node_id)) if isinstance(node_id, str) else sorted(value.labels)
        except ValueError:
            labels = sorted(value.labels)
        return {"id": node_id, "labels": labels, "properties": props}
    rel_type = getattr(value, "type", None) or getattr(value, "relation", None)
    if rel_type is not None:
        props = dict(value.items()) if hasattr(value, "items") else dict(value.properties)
        return {"type": rel_type, "properties": {k: to_plain(v) for k, v in props.items()}}
    return str(value)


class GraphStore(abc.ABC):
    """A graph store holding the contract's graph. Create one per process and close it."""

    #: "neo4j" or "embedded"
    kind: str
    #: the URL it was opened with, without credentials
    url: str
    #: a new document's write still starts by deleting claims of its id, so a write that is sent
    #: again after its reply was lost (committed, but the client never heard) replaces rather than
    #: doubles it. The embedded store needs it: its driver retries a write once on a lost server.
    clears_before_write: bool = False

    # -- the three primitives an implementation provides -----------------------------------

    @abc.abstractmethod
    def _run_atomically(self, statements: list[queries.Statement]) -> None:
        """Run updating statements all-or-nothing; raise WriteError (rolled back) on failure."""

    @abc.abstractmethod
    def read(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        timeout: float | None = None,
        row_cap: int | None = None,
        byte_cap: int | None = None,
    ) -> QueryResult:
        """Run a query the store itself holds to read-only; values come back through to_plain.

        ``byte_cap`` bounds the answer's size as well as ``row_cap`` its rows: rows stop (and
        ``truncated_by`` is ``"bytes"``) before the one that would pass it, a single value over it
        included.

        Raises:
            ReadOnlyViolation: the query tried to write (refused by the store, not by a string check).
            QueryError: the store rejected the query.
            QueryTimeout: the server-side timeout stopped it.
            StoreUnavailable: the store cannot be reached.
        """

    def read_adhoc(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        timeout: float | None = None,
        row_cap: int | None = None,
        byte_cap: int | None = None,
    ) -> QueryResult:
        """:meth:`read` for a power user's query, which the store may bound further (the embedded
        store stops it at the row cap instead of fetching every row first)."""
        return self.read(cypher, params, timeout=timeout, row_cap=row_cap, byte_cap=byte_cap)

    @abc.abstractmethod
    def check_plan(self, cypher: str, params: dict[str, Any] | None = None) -> None:
        """Ask the store for the query's plan (EXPLAIN, nothing runs) and refuse anything but
        reading the graph: LOAD CSV, procedures outside :data:`.plans.ALLOWED_PROCEDURES`,
        administration commands, another database, ``IN TRANSACTIONS``, writes.

        Raises:
            QueryRefused: the plan holds one of those (the message says which).
            QueryError: the store cannot plan the query.
        """

    @abc.abstractmethod
    def ensure_schema(self) -> None:
        """Create constraints and indexes if missing (idempotent)."""

    @abc.abstractmethod
    def close(self) -> None: ...

    @staticmethod
    @abc.abstractmethod
    def degree(node: str, rel_type: str, direction: str) -> str:
        """A Cypher expression for how many ``rel_type`` relationships ``node`` has, ``direction``
        "out" or "in", that the store answers from its adjacency without expanding them.

        The one dialect difference of the API's reads: Neo4j plans ``COUNT { (n)-[:T]->() }`` as a
        degree lookup, FalkorDB (which has no ``COUNT {}``) has ``outdegree(n, 'T')``. A president
        with thousands of claims is counted in a millisecond either way.
        """

    def ping(self) -> None:
        """Raise StoreUnavailable unless the store answers a trivial query."""
        self.read(queries.PING)

    # -- everything else is shared --------------------------------------------------------

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def document_state(self, doc_id: str) -> tuple[str | None, list[str]] | None:
        """(fingerprint, ids it mentions) of a stored document, or None if the store lacks it."""
        rows = self.read(queries.DOCUMENT_STATE, {"doc_id": doc_id}).rows
        if not rows:
            return None
        fingerprint, mentioned = rows[0]
        return fingerprint, sorted(m for m in mentioned if m)

    def write_document(self, batch: GraphBatch, *, force: bool = False) -> WriteResult:
        """Write one document's batch in one transaction, replacing its earlier version.

        A document whose stored fingerprint equals the batch's is left alone (``unchanged``)
        unless ``force``. On failure nothing of the document is left and WriteError is raised.
        """
        doc_id = batch.document.id
        state = self.document_state(doc_id)
        fingerprint = batch.document.properties.get("fingerprint")
        if state is not None and not force and fingerprint and state[0] == fingerprint:
            return WriteResult(doc_id, "unchanged")
        previously = state[1] if state is not None else ([] if self.clears_before_write else None)
        statements = queries.write_document_statements(batch, previously_mentioned=previously)
        self._run_atomically(statements)
        return WriteResult(
            doc_id,
            "created" if state is None else "replaced",
            nodes=len(batch.nodes) + 1,
            relationships=len(batch.relationships),
        )

    def delete_document(self, doc_id: str) -> bool:
        state = self.document_state(doc_id)
        if state is None:
            return False
        statements = queries.delete_document_statements(doc_id, state[1])
        statements.append(queries.Statement(queries.DELETE_DOCUMENT, {"doc_id": doc_id}))
        self._run_atomically(statements)
        return True

    def stats(self) -> StoreStats:
        stats = StoreStats()
        for label in BaseLabel:
            stats.nodes[label.value] = self.read(queries.COUNT_NODES.format(label=label.value)).rows[0][0]
        for rel in RelType:
            stats.relationships[rel.value] = self.read(queries.COUNT_RELATIONSHIPS.format(type=rel.value)).rows[0][0]
        return stats

    def export(self) -> Iterator[dict[str, Any]]:
        """The graph as APOC-style export objects: every node, then every relationship.

        Ids are the contract's; labels are derived from the id so both stores write the same
        lines; list properties that are sets (``aliases``) are sorted for the same reason.
        """
        for label in BaseLabel:
            result = self.read(queries.EXPORT_NODES.format(label=label.value), row_cap=10**9)
            for node_id, props in sorted(result.rows, key=lambda row: row[0]):
                yield {
                    "type": "node",
                    "id": node_id,
                    "labels": labels_of(kind_of(node_id)),
                    "properties": _canonical_properties(props),
                }
        for rel in RelType:
            result = self.read(queries.EXPORT_RELATIONSHIPS.format(type=rel.value), row_cap=10**9)
            for source, target, props in sorted(result.rows, key=lambda row: row[2].get("key", "")):
                yield {
                    "type": "relationship",
                    "id": props.get("key"),
                    "label": rel.value,
                    "start": {"id": source, "labels": labels_of(kind_of(source))},
                    "end": {"id": target, "labels": labels_of(kind_of(target))},
                    "properties": _canonical_properties(props),
                }

    def wipe(self) -> None:
        """Delete everything (tests and `diplograph reset`)."""
        self._run_atomically([queries.Statement(queries.WIPE)])


def _canonical_properties(props: dict[str, Any]) -> dict[str, Any]:
    out = {k: _canonical_value(v) for k, v in sorted(props.items())}
    if isinstance(out.get("aliases"), list):
        out["aliases"] = sorted(out["aliases"])
    return out


def _canonical_value(value: Any) -> Any:
    """Floats to 15 significant digits: FalkorDB stores doubles whole but prints them with 15
    (0.30000000000000004 comes back as 0.3), so both stores' exports round the same way."""
    if isinstance(value, float) and math.isfinite(value):
        return float(f"{value:.15g}")
    if isinstance(value, list):
        return [_canonical_value(v) for v in value]
    return value


def export_line(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=False, separators=(",", ":"))


def redacted(url: str) -> str:
    """``url`` without the password it may carry (``scheme://user:***@host``), for messages.

    >>> redacted("blot://neo4j:secret@localhost:7687")
    'blot://neo4j:***@localhost:7687'
    """
    scheme, sep, rest = url.partition("://")
    if not sep or "@" not in rest.split("/", 1)[0]:
        return url
    credentials, _, host = rest.partition("@")
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}"
