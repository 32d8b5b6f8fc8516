"""Readers: the store side of :mod:`.algorithms`, fetching the claims subgraphs they work on.

Each reader runs a query of :mod:`.queries` (in the Cypher subset both stores run,
shared/design/cypher-subset.md; values only as parameters) and returns :class:`ClaimRow` s, which
:func:`.algorithms.claims_graph` turns into the graph the algorithms read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from . import queries
from .algorithms import DEFAULT_ACTOR_RELATIONS, LEVELS, POSITION_TYPES, VOTE_TYPES, ClaimRow, Level, at_level
from .schema import base_label, kind_of
from .stores import GraphStore

__all__ = [
    "read_actor_relations",
    "read_documents",
    "read_positions",
    "read_shared_positions",
    "read_votes",
    "resolve_node",
    "resolve_nodes",
]


def _rows(result_records: list[dict[str, Any]]) -> list[ClaimRow]:
    rows = []
    for rec in result_records:
        rec = dict(rec)
        for name in ("start", "end"):
            if rec.get(name) is not None:
                rec[name] = int(rec[name])
        rows.append(ClaimRow(**rec))
    return rows


def read_positions(
    store: GraphStore,
    actors: Sequence[str],
    *,
    targets: Sequence[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    types: Iterable[str] = POSITION_TYPES,
    target_label: str | None = None,
    keys: Sequence[str] | None = None,
    quotes: bool = True,
    level: Level = "issue",
    timeout: float | None = None,
    row_cap: int = 200_000,
) -> list[ClaimRow]:
    """The position claims of some actors (towards some targets) that overlap a period.

    ``level="topic"`` returns each claim on an issue with its target at the issue's topic (see
    :func:`.algorithms.at_level`); ``targets`` then keeps the claims on those nodes or on issues
    under them.

    Anchored on the actors' ids (an index seek on both stores), one row per claim. ``target_label``
    keeps targets of one base label (``Issue``, ``Actor``, ``Event``); ``keys`` only these claims
    (a page's quotes, read after the whole timeline was computed without them); ``quotes=False`` reads only
    what placing and scoring need (no quote, offsets, speaker, status or confidence): for results
    that cite claim keys only.
    """
    if target_label is not None and target_label not in ("Issue", "Actor", "Event"):
        raise ValueError(f"target_label must be Issue, Actor or Event, not {target_label!r}")
    # Only the filters asked for are written (their values still travel as parameters): FalkorDB
    # 0.11 runs "($targets IS NULL OR t.id IN $targets) AND ($label IS NULL OR ...)" 30x slower
    # than either alone (measured: 5.6 s against 0.19 s for 3,000 claims). The label is tested on
    # the row, not written in the pattern: with (t:Issue) it plans a scan of every Issue first.
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    target_filter = "t.id IN $targets" if level == "issue" else "(t.id IN $targets OR t.parent IN $targets)"
    filters = [f for f, wanted in ((target_filter, targets), ("$label IN labels(t)", target_label)) if wanted]
    if keys is not None:  # an empty list asks for no claim, not for all of them
        filters.append("r.key IN $keys")
    cypher = queries.positions_query(types, filters, quotes=quotes, parents=level == "topic")
    params = {
        "actors": list(dict.fromkeys(actors)),
        "targets": list(targets) if targets else None,
        "label": target_label,
        "keys": list(keys) if keys is not None else None,
        "since": since,
        "until": until,
    }
    return at_level(_rows(store.read(cypher, params, timeout=timeout, row_cap=row_cap).records()), level)


def read_shared_positions(
    store: GraphStore,
    actors: Sequence[str],
    *,
    since: str | None = None,
    until: str | None = None,
    types: Iterable[str] = ("CONDEMNS", "OPPOSES", "PROPOSES", "SUPPORTS"),
    target_label: str = "Issue",
    level: Level = "issue",
    timeout: float | None = None,
    row_cap: int = 200_000,
) -> list[ClaimRow]:
    """The actors' position claims on targets at least two of them took a position on.

    At ``level="topic"`` the targets are the topics (see :func:`.algorithms.at_level`): the claims
    are read with :func:`read_positions` and those on topics only one actor spoke of are left out.

    What :func:`position_agreement` needs and no more: a target only one of the actors spoke of
    can never be shared, and most are (measured on the UN General Debate corpus, 20 states: 507
    of 2,656 claims are on shared issues). Key, type, ends and dates only: one row per target with
    its claims as lists, and the actors' names read once, because decoding rows is most of the
    cost (measured with the wh-briefings corpus, 20 actors, 4,221 claims: 200 ms as a row per
    claim with names, 76-145 ms like this).
    """
    if target_label not in ("Issue", "Actor", "Event"):
        raise ValueError(f"target_label must be Issue, Actor or Event, not {target_label!r}")
    if level != "issue":
        return _shared_at_level(store, actors, since, until, types, target_label, level, timeout, row_cap)
    cypher = queries.shared_positions_query(types)
    ids = list(dict.fromkeys(actors))
    # keys (hex), ids (graph/schema.py's patterns) and dates never hold a tab
    params = {"actors": ids, "label": target_label, "since": since, "until": until, "sep": "\t"}
    names = {
        rec["id"]: rec["name"]
        for rec in store.read(
            queries.ACTOR_NAMES,
            {"actors": ids},
            timeout=timeout,
        ).records()
    }
    rows = []
    for rec in store.read(cypher, params, timeout=timeout, row_cap=row_cap).records():
        for packed in rec["claims"]:
            key, rel_type, source, date, as_of = packed.split("\t")
            rows.append(
                ClaimRow(
                    key=key,
                    type=rel_type,
                    source=source,
                    target=rec["target"],
                    source_name=names.get(source),
                    target_name=rec["target_name"],
                    date=date or None,
                    as_of=as_of or None,
                )
            )
    return rows


def read_votes(
    store: GraphStore,
    actors: Sequence[str] | None = None,
    *,
    since: str | None = None,
    until: str | None = None,
    quotes: bool = True,
    timeout: float | None = None,
    row_cap: int = 500_000,
) -> list[ClaimRow]:
    """Vote claims (SUPPORTS, OPPOSES, ABSTAINS on a Resolution) of some actors, or of all."""
    cypher = queries.votes_query(VOTE_TYPES, anchored=bool(actors), quotes=quotes)
    params = {"actors": list(dict.fromkeys(actors)) if actors else None, "since": since, "until": until}
    return _rows(store.read(cypher, params, timeout=timeout, row_cap=row_cap).records())


def read_actor_relations(
    store: GraphStore,
    *,
    relations: Iterable[str] = DEFAULT_ACTOR_RELATIONS,
    actors: Sequence[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    quotes: bool = True,
    timeout: float | None = None,
    row_cap: int = 500_000,
) -> list[ClaimRow]:
    """Claims of the given types from an actor to an actor (the actor graph's edges).

    With ``actors``, only claims whose both ends are among them.
    """
    cypher = queries.actor_relations_query(relations, among=bool(actors), quotes=quotes)
    params = {"actors": list(actors) if actors else None, "since": since, "until": until}
    return _rows(store.read(cypher, params, timeout=timeout, row_cap=row_cap).records())


def read_documents(store: GraphStore, ids: Iterable[str], *, timeout: float | None = None) -> dict[str, dict[str, Any]]:
    """Title, publication date and URL of documents by id (for the claims a page shows)."""
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    found = store.read(queries.DOCUMENTS_BY_ID, {"ids": wanted}, timeout=timeout, row_cap=len(wanted))
    return {r["id"]: r for r in found.records()}


def resolve_nodes(
    store: GraphStore,
    refs: Sequence[str],
    *,
    labels: Sequence[str] = ("Actor",),
    timeout: float | None = None,
) -> dict[str, tuple[str, str] | None]:
    """(id, name) of the node each reference names, or None: :func:`resolve_node` for many.

    Ids are looked up together, one indexed query per base label their prefixes name (a matrix
    of 10 actors and 20 targets costs two queries, not thirty); names one query each.
    """
    allowed = [label for label in labels if label in ("Actor", "Issue", "Event")]
    found: dict[str, tuple[str, str] | None] = dict.fromkeys(refs)
    by_label: dict[str, list[str]] = defaultdict(list)
    names = []
    for ref in dict.fromkeys(refs):
        try:
            label = base_label(kind_of(ref)).value
        except ValueError:
            names.append(ref)
            continue
        if label in allowed:
            by_label[label].append(ref)
    for label, ids in sorted(by_label.items()):
        for row in store.read(
            queries.nodes_by_id_query(label), {"ids": ids}, timeout=timeout, row_cap=len(ids)
        ).records():
            found[row["id"]] = (str(row["id"]), str(row["name"]))
    for name in names:
        found[name] = _resolve_name(store, name, allowed, timeout)
    return found


def resolve_node(
    store: GraphStore,
    ref: str,
    *,
    labels: Sequence[str] = ("Actor",),
    timeout: float | None = None,
) -> tuple[str, str] | None:
    """(id, name) of the node a reference names: a contract id, else an exact name or alias
    (case-insensitive; states before organisations, groups and persons), else None.

    ``labels`` are base labels (``Actor``, ``Issue``, ``Event``) chosen by the caller, never input.
    """
    return resolve_nodes(store, [ref], labels=labels, timeout=timeout)[ref]


def _resolve_name(store: GraphStore, name: str, labels: Sequence[str], timeout: float | None) -> tuple[str, str] | None:
    for label in labels:
        rows = store.read(queries.node_by_name_query(label), {"q": name.strip().lower()}, timeout=timeout).records()
        if rows:
            return str(rows[0]["id"]), str(rows[0]["name"])
    return None


def _shared_at_level(
    store: GraphStore,
    actors: Sequence[str],
    since: str | None,
    until: str | None,
    types: Iterable[str],
    target_label: str,
    level: Level,
    timeout: float | None,
    row_cap: int,
) -> list[ClaimRow]:
    """Shared positions above the issue level: every claim read and rolled up, those on targets only
    one actor spoke of left out."""
    rows = read_positions(
        store,
        actors,
        since=since,
        until=until,
        types=types,
        target_label=target_label,
        quotes=False,
        level=level,
        timeout=timeout,
        row_cap=row_cap,
    )
    speakers: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        speakers[row.target].add(row.source)
    return [r for r in rows if len(speakers[r.target]) >= 2]
