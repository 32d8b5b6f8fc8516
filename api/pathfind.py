"""A shortest path by breadth-first search from both ends, one hop per query, for a store without an
undirected ``shortestPath()`` (FalkorDB).

Enumerating paths (``MATCH p = (a)-[*1..6]-(b)``) costs what the number of paths costs, which
explodes in a graph with hubs, and FalkorDB checks its timeout only between result rows, so a
search that finds nothing could not be stopped (issue 15). Here each hop asks for the distinct
neighbours of a frontier, so the cost is bounded by the nodes and edges reached, and the time
budget is checked between hops.
"""

from __future__ import annotations

import itertools
import time
from collections import defaultdict
from typing import Any

from diplograph.graph.schema import RelType, base_label, kind_of
from diplograph.ground.errors import QueryTimeout

from . import queries as Q
from .reader import GraphReader

__all__ = ["OutOfTime", "shortest_path"]


class OutOfTime(Exception):
    """The time budget ran out before the search ended."""


def _expand(
    reader: GraphReader, frontier: set[str], types: tuple[RelType, ...], deadline: float
) -> dict[str, set[str]]:
    """Neighbours of each frontier node."""
    by_label: dict[Any, list[str]] = defaultdict(list)
    for node_id in frontier:
        by_label[base_label(kind_of(node_id))].append(node_id)
    found: dict[str, set[str]] = defaultdict(set)
    for label, ids in sorted(by_label.items()):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise OutOfTime
        try:
            rows = reader.store.read(
                Q.neighbours(label, types), {"ids": sorted(ids)}, timeout=remaining, row_cap=10**7
            ).rows
        except QueryTimeout:
            raise OutOfTime from None
        for node_id, other in rows:
            found[node_id].add(other)
    return found


def shortest_path(
    reader: GraphReader, source: str, target: str, max_depth: int, types: tuple[RelType, ...], deadline: float
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]] | None:
    """(nodes, edges) of a shortest path of at most ``max_depth`` hops, or None when there is none.

    Raises:
        OutOfTime: the deadline passed first.
    """
    parents: tuple[dict[str, str | None], dict[str, str | None]] = ({source: None}, {target: None})
    frontiers = ({source}, {target})
    depths = [0, 0]
    meeting = None
    while meeting is None and depths[0] + depths[1] < max_depth and frontiers[0] and frontiers[1]:
        side = 0 if len(frontiers[0]) <= len(frontiers[1]) else 1
        reached = _expand(reader, frontiers[side], types, deadline)
        following: set[str] = set()
        for node_id in sorted(frontiers[side]):
            for other in sorted(reached.get(node_id, ())):
                if other in parents[side]:
                    continue
                parents[side][other] = node_id
                following.add(other)
                if meeting is None and other in parents[1 - side]:
                    meeting = other
        frontiers = (following, frontiers[1]) if side == 0 else (frontiers[0], following)
        depths[side] += 1
    if meeting is None:
        return None
    chain = _walk(parents[0], meeting)[::-1] + _walk(parents[1], meeting)[1:]
    return _materialise(reader, chain, types, deadline)


def _walk(parents: dict[str, str | None], start: str) -> list[str]:
    out = [start]
    while (parent := parents[out[-1]]) is not None:
        out.append(parent)
    return out


def _materialise(
    reader: GraphReader, chain: list[str], types: tuple[RelType, ...], deadline: float
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The nodes and one claim per step of the path ``chain`` (node ids, source to target)."""
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    for a, b in itertools.pairwise(chain):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise OutOfTime
        try:
            row = reader.store.read(
                Q.hop(base_label(kind_of(a)), base_label(kind_of(b)), types),
                {"source": a, "target": b},
                timeout=remaining,
                row_cap=1,
            ).records()[0]
        except QueryTimeout:
            raise OutOfTime from None
        if not nodes:
            nodes.append(row["a"])
        nodes.append(row["b"])
        edges.append(row["edge"])
    return nodes, edges
