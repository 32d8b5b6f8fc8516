"""Subgraphs for graph widgets: a node's neighbourhood and a shortest path, as Cytoscape.js elements."""

from __future__ import annotations

import asyncio
import time
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool

from diplograph.graph.schema import CLAIM_TYPES, BaseLabel, RelType, base_label, kind_of
from diplograph.ground.errors import QueryTimeout

from .. import pathfind
from .. import queries as Q
from ..deps import DateQuery, NodeId, ReaderDep
from ..errors import COMMON_RESPONSES, NotFound, error_responses
from ..reader import GraphReader
from ..records import cytoscape, serialised
from ..schemas import GraphPath, Neighbourhood

router = APIRouter(prefix="/graph", tags=["graph"], responses=COMMON_RESPONSES)

#: by default the widget shows claims; MENTIONS (document -> everything it names) only on request
DEFAULT_TYPES: tuple[RelType, ...] = tuple(sorted(CLAIM_TYPES))

Types = Annotated[
    list[RelType] | None,
    Query(description="relationship types to follow (repeat the parameter); default: every claim type, not MENTIONS"),
]


def _label_of(node_id: str) -> BaseLabel:
    """The base label an id names; a malformed id names nothing (404)."""
    try:
        return base_label(kind_of(node_id))
    except ValueError:
        raise NotFound("node", node_id) from None


def _types(types: list[RelType] | None) -> tuple[RelType, ...]:
    return tuple(sorted(set(types))) if types else DEFAULT_TYPES


@router.get(
    "/neighbourhood/{id}",
    summary="A node's neighbourhood as Cytoscape.js elements",
    response_model=Neighbourhood,
    responses=error_responses(404),
)
def neighbourhood(
    reader: ReaderDep,
    id: NodeId,
    depth: Annotated[int, Query(ge=1, le=3, description="hops from the node")] = 1,
    types: Types = None,
    since: DateQuery = None,
    until: DateQuery = None,
    edge_limit: Annotated[int, Query(ge=1, le=5000, description="at most this many edges")] = 500,
) -> Response:
    """Every claim within ``depth`` hops of the node (either direction), optionally of some types
    and overlapping a period. ``elements`` goes straight into ``cytoscape({elements})``: node
    ``data`` has ``id``, ``label`` and ``kind``; edge ``data`` has ``id`` (the claim key),
    ``source``, ``target``, ``label`` (the type) and the claim's date, document and evidence."""
    label = _label_of(id)
    rows = reader.rows(
        Q.neighbourhood(label, depth, _types(types), since is not None or until is not None),
        id=id,
        since=since,
        until=until,
        edge_limit=edge_limit + 1,
    )
    if not rows:
        centre = reader.one(Q.node(label), id=id)
        if centre is None:
            raise NotFound("node", id)
        return serialised(Neighbourhood(centre=id, depth=depth, elements=cytoscape([centre], []), truncated=False))
    truncated = len(rows) > edge_limit
    rows = rows[:edge_limit]
    nodes = [{"id": r[end], "name": r[f"{end}_label"]} for r in rows for end in ("source", "target")]
    edges = [{"type": r["type"], "claim": r, "source": r["source"], "target": r["target"]} for r in rows]
    # The centre first, so a widget can single it out by position as well as by id.
    nodes.sort(key=lambda n: n["id"] != id)
    return serialised(Neighbourhood(centre=id, depth=depth, elements=cytoscape(nodes, edges), truncated=truncated))


@router.get("/path", summary="A shortest path between two nodes", responses=error_responses(404))
async def shortest_path(
    request: Request,
    reader: ReaderDep,
    source: Annotated[
        str,
        Query(
            min_length=1,
            max_length=300,
            pattern=r"^[^\x00-\x1f]+$",
            description="id of the first node",
            examples=["state:IND"],
        ),
    ],
    target: Annotated[
        str,
        Query(
            min_length=1,
            max_length=300,
            pattern=r"^[^\x00-\x1f]+$",
            description="id of the second node",
            examples=["state:CAN"],
        ),
    ],
    max_depth: Annotated[int, Query(ge=1, le=6, description="longest path considered, in hops")] = 4,
    types: Types = None,
) -> GraphPath:
    """One shortest path (ignoring direction) of at most ``max_depth`` hops over ``types``;
    ``found`` is false when there is none. 404 when either id names no node.

    The search has a time budget (``DIPLOGRAPH_PATH_TIMEOUT_S``, 3 s by default, waiting for a turn
    included): when it runs out the answer is still a 200, with ``found: false`` and
    ``complete: false`` (no path was found in the time; one may exist). At most
    ``DIPLOGRAPH_PATH_CONCURRENCY`` searches run at once; the others wait without holding a worker
    thread, so the rest of the API (``/health``) keeps answering."""
    settings = reader.settings
    deadline = time.monotonic() + settings.path_timeout_s
    turns: asyncio.Semaphore = request.app.state.path_turns
    try:
        await asyncio.wait_for(turns.acquire(), timeout=settings.path_timeout_s)
    except TimeoutError:
        return _not_found(complete=False)
    try:
        return await run_in_threadpool(_search, reader, source, target, max_depth, _types(types), deadline)
    finally:
        turns.release()


def _not_found(*, complete: bool) -> GraphPath:
    return GraphPath(found=False, length=None, path=[], elements=cytoscape([], []), complete=complete)


def _search(
    reader: GraphReader, source: str, target: str, max_depth: int, types: tuple[RelType, ...], deadline: float
) -> GraphPath:
    source_label, target_label = _label_of(source), _label_of(target)
    ends = [reader.one(Q.node(label), id=ident) for ident, label in ((source, source_label), (target, target_label))]
    for ident, end in zip((source, target), ends, strict=True):
        if end is None:
            raise NotFound("node", ident)
    if source == target:
        return GraphPath(found=True, length=0, path=[source], elements=cytoscape([ends[0]], []))
    if reader.store.kind == "neo4j":  # Neo4j searches breadth first itself
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return _not_found(complete=False)
        try:
            rows = reader.store.read(
                Q.path(source_label, target_label, max_depth, types, shortest=True),
                {"source": source, "target": target},
                timeout=remaining,
                row_cap=1,
            ).records()
        except QueryTimeout:
            return _not_found(complete=False)
        found = (rows[0]["nodes"], rows[0]["edges"]) if rows else None
    else:  # FalkorDB has no undirected shortestPath(): a search from both ends, hop by hop
        try:
            found = pathfind.shortest_path(reader, source, target, max_depth, types, deadline)
        except pathfind.OutOfTime:
            return _not_found(complete=False)
    if found is None:
        return _not_found(complete=True)
    nodes, edges = found
    return GraphPath(found=True, length=len(edges), path=[n["id"] for n in nodes], elements=cytoscape(nodes, edges))
