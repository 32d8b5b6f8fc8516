"""Positions over time: an actor's stance timeline, the actor x target matrix, and stance shifts.

Every number comes with the claims it was computed from: timeline entries and shifts carry the
claims themselves (quote, offsets, document), matrix cells their keys (``GET /claims/{key}``
gives each one). The rules (signed scores, how a period's stance is decided, what counts as a
shift) are those of :mod:`diplograph.graph.algorithms`, whose docstring states them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Annotated, Any, Literal

import networkx as nx
from fastapi import APIRouter, Query
from pydantic import ConfigDict, Field, StringConstraints

from diplograph.graph import algorithms as A
from diplograph.graph import readers as R
from diplograph.graph.schema import RelType, kind_of
from diplograph.graph.stores import GraphStore
from diplograph.ground.config import Settings

from ..deps import DateQuery, PaginationDep, SettingsDep, StoreDep
from ..enums import Granularity, IssueLevel, Stance
from ..errors import COMMON_RESPONSES, NotFound, error_responses
from ..records import node_ref
from ..schemas import DocumentRef, Model, NodeRef, next_offset

__all__ = [
    "ClaimEvidence",
    "LevelParam",
    "Matrix",
    "MatrixCell",
    "RefItem",
    "Shift",
    "Shifts",
    "Timeline",
    "TimelineEntry",
    "evidence_for",
    "resolve",
    "resolve_many",
    "router",
    "split_refs",
]

router = APIRouter(prefix="/positions", tags=["positions"], responses=COMMON_RESPONSES)

MAX_REFS = 50

#: an actor or target reference: a contract id, or an exact name or alias
Ref = Annotated[
    str,
    Query(
        min_length=1,
        max_length=300,
        pattern=r"^[^\x00-\x1f]+$",
        description="a contract id (state:CHN) or an exact name or alias (China)",
        examples=["state:CHN"],
    ),
]
#: one reference inside a list parameter: the same rules as ``Ref`` for each item
RefItem = Annotated[str, StringConstraints(min_length=1, max_length=3000, pattern=r"^[^\x00-\x1f]+$")]
RefList = Annotated[
    list[RefItem] | None,
    Query(
        max_length=MAX_REFS,
        description="contract ids or exact names; repeat the parameter or separate ids with commas",
        examples=[["issue:sovereignty-and-territorial-integrity"]],
    ),
]
GranularityParam = Annotated[
    Granularity,
    Query(description="period length; a claim known only to the year stays in the year's period under month"),
]
#: the level of the issue taxonomy positions are read at
LevelParam = Annotated[
    IssueLevel,
    Query(
        description="issue: each claim on the taxonomy node its phrase was mapped to; topic: on that "
        "issue's parent in the two-level taxonomy (a topic, an issue outside the taxonomy and a target "
        "that is not an issue stay themselves). A claim keeps its sign and its key at either level",
    ),
]
LEVEL_FIELD = Field(IssueLevel.ISSUE, description="the level of the issue taxonomy the targets are read at")


# -- response models -------------------------------------------------------------------------------


class ClaimEvidence(Model):
    """One claim behind a number: what it says, when, and the quote from its document."""

    key: str = Field(description="the claim's key (GET /claims/{key})")
    type: RelType
    date: str | None = Field(None, description="when the fact happened, at the source's precision")
    as_of: str | None = Field(None, description="the document's publication date")
    dated: bool = Field(
        description="false when the claim is placed by as_of: it has no date of its own, or one "
        "later than its document (a date of the object, not of the stance)",
    )
    choice: str | None = Field(None, description="votes: yes, no, abstain")
    speaker: str | None = Field(None, description="id of the person who spoke for the actor")
    status: str | None = None
    confidence: float | None = None
    evidence: str | None = Field(None, description="the quote: the exact text at start:end of the document")
    start: int | None = None
    end: int | None = None
    document: DocumentRef | None = None
    url: str | None = Field(None, description="the document's source URL")
    link: str = Field(description="the API path of the claim", examples=["/claims/c-4bb2fc963979ed3b17ab155e"])


class TimelineEntry(Model):
    """The actor's claims towards one target in one period."""

    target: NodeRef
    period: str = Field(examples=["2022"])
    stance: Stance | None = Field(description="the sign of the summed scores (see the analysis rules)")
    score: float = Field(description="mean signed score of the claims, -1..1 (support +1, oppose -1, abstain 0)")
    net: int = Field(description="sum of the signed scores")
    intensity: float = Field(description="mean signed PLOVER intensity of the claims, -10..10 (graph/data/plover.yaml)")
    claim_count: int = Field(description="number of claims (the length of claims)")
    relations: dict[str, int] = Field(description="claims per relationship type", examples=[{"SUPPORTS": 2}])
    undated_count: int = Field(
        description="how many of the claims are placed by their document's date (as_of), not a date of their own"
    )
    claims: list[ClaimEvidence] = Field(description="the claims, each with its quote (evidence) and document")

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "target": {"id": "issue:sovereignty-and-territorial-integrity", "kind": "Issue", "name": "..."},
                    "period": "2015",
                    "stance": "support",
                    "score": 1.0,
                    "net": 1,
                    "intensity": 4.6,
                    "claim_count": 1,
                    "relations": {"SUPPORTS": 1},
                    "undated_count": 1,
                    "claims": [
                        {
                            "key": "c-4bb2fc963979ed3b17ab155e",
                            "type": "SUPPORTS",
                            "as_of": "2015-09",
                            "dated": False,
                            "evidence": "We firmly support the sovereignty and territorial integrity of all states.",
                            "link": "/claims/c-4bb2fc963979ed3b17ab155e",
                        }
                    ],
                }
            ]
        },
    )


class Timeline(Model):
    """A page of an actor's timeline: (target, period) entries, oldest period first."""

    actor: NodeRef
    granularity: Granularity
    level: IssueLevel = LEVEL_FIELD
    since: str | None = None
    until: str | None = None
    data: list[TimelineEntry]
    count: int = Field(ge=0, description="total number of (target, period) entries")
    next: int | None = Field(None, description="the offset of the next page, null on the last page")


class MatrixCell(Model):
    actor: str
    target: str
    period: str
    score: float = Field(description="mean signed score, -1..1")
    net: int
    intensity: float = Field(description="mean signed PLOVER intensity of the claims, -10..10 (graph/data/plover.yaml)")
    stance: Stance | None
    claim_count: int = Field(description="number of claims in the cell (the length of claim_keys)")
    relations: dict[str, int]
    claim_keys: list[str] = Field(description="the keys of the claims in the cell (GET /claims/{key})")
    undated_count: int = Field(description="how many of them are placed by their document's date (as_of)")
    undated_keys: list[str] = Field(description="the keys of those claims")

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "actor": "state:CHN",
                    "target": "issue:sovereignty-and-territorial-integrity",
                    "period": "2015",
                    "score": 1.0,
                    "net": 1,
                    "intensity": 4.6,
                    "stance": "support",
                    "claim_count": 1,
                    "relations": {"SUPPORTS": 1},
                    "claim_keys": ["c-4bb2fc963979ed3b17ab155e"],
                    "undated_count": 1,
                    "undated_keys": ["c-4bb2fc963979ed3b17ab155e"],
                }
            ]
        },
    )


class Matrix(Model):
    """Actor x target x period cells; only cells with at least one claim are listed."""

    actors: list[NodeRef]
    targets: list[NodeRef]
    periods: list[str]
    level: IssueLevel = LEVEL_FIELD
    data: list[MatrixCell]
    count: int = Field(ge=0, description="total number of non-empty cells")
    next: int | None = Field(None, description="the offset of the next page, null on the last page")


class Shift(Model):
    target: NodeRef
    kind: Literal["change", "silence"]
    from_period: str
    to_period: str
    from_stance: Stance | None
    to_stance: Stance | Literal["silent"] | None
    from_score: float
    to_score: float | None
    repeats: int = Field(description="consecutive active periods the earlier stance had been stated in")
    explanation: str = Field(description="the rule that found the shift, in a sentence")
    before: list[ClaimEvidence]
    after: list[ClaimEvidence]
    silent_documents: list[DocumentRef] = Field(
        description="silence: the actor's documents of the silent periods (it spoke, but not of this target)"
    )


class Shifts(Model):
    actor: NodeRef
    rule: str
    level: IssueLevel = LEVEL_FIELD
    data: list[Shift]
    count: int = Field(ge=0, description="total number of shifts")
    next: int | None = Field(None, description="the offset of the next page, null on the last page")


SHIFT_RULE = (
    "change: the stance towards a target differs between two consecutive periods in which the actor "
    "stated one; silence: the same support or opposition stated in at least min_repeats consecutive "
    "active periods, then nothing about the target in the next min_silent periods in which the actor "
    "stated positions on anything. A period's stance is the sign of the summed scores of its claims "
    "(support and proposals +1, opposition and condemnation -1, abstention 0)."
)


# -- helpers shared with the analytics routes ---------------------------------------------------------


def split_refs(values: Iterable[str] | None) -> list[str]:
    """Repeated parameters and comma-separated ids, flattened, blanks and repeats dropped.

    A value is split on commas only when every part is a contract id, so a name with a comma
    ("Korea, Republic of") stays whole.
    """
    out: list[str] = []
    for value in values or []:
        parts = [p.strip() for p in value.split(",") if p.strip()]
        out += parts if parts and all(_is_id(p) for p in parts) else [value.strip()]
    return list(dict.fromkeys(v for v in out if v))


def _is_id(ref: str) -> bool:
    try:
        kind_of(ref)
    except ValueError:
        return False
    return True


def resolve(store: GraphStore, settings: Settings, ref: str, *, what: str, labels: tuple[str, ...]) -> NodeRef:
    """The node a reference names (an id or an exact name), or a 404."""
    found = R.resolve_node(store, ref, labels=labels, timeout=settings.query_timeout_s)
    if found is None:
        raise NotFound(what, ref)
    return node_ref(*found)


def resolve_many(
    store: GraphStore, settings: Settings, refs: Iterable[str], *, what: str, labels: tuple[str, ...]
) -> list[NodeRef]:
    """The nodes references name, in order, repeats dropped; a 404 naming the first that names nothing."""
    refs = list(refs)
    found = R.resolve_nodes(store, refs, labels=labels, timeout=settings.query_timeout_s)
    nodes: dict[str, NodeRef] = {}
    for ref in refs:
        hit = found.get(ref)
        if hit is None:
            raise NotFound(what, ref)
        nodes.setdefault(hit[0], node_ref(*hit))
    return list(nodes.values())


#: what a position can be towards
TARGET_LABELS = ("Issue", "Actor", "Event")


def target_ids(
    store: GraphStore, settings: Settings, refs: Iterable[str] | None, level: IssueLevel = IssueLevel.ISSUE
) -> list[str] | None:
    """The ids of the targets (issues, actors, events) references name; None when none are given.

    At the topic level an issue id no claim names itself is kept: it may be a topic whose issues
    carry the claims."""
    if not refs:
        return None
    refs = split_refs(refs)
    kept = [r for r in refs if level == IssueLevel.TOPIC and r.startswith("issue:") and _is_id(r)]
    if kept:
        found = R.resolve_nodes(store, kept, labels=("Issue",), timeout=settings.query_timeout_s)
        kept = [r for r in kept if found.get(r) is None]
    rest = [r for r in refs if r not in kept]
    named = {n.id for n in resolve_many(store, settings, rest, what="target", labels=TARGET_LABELS)} if rest else set()
    return list(dict.fromkeys([*named, *kept]))


def evidence_for(rows: Iterable[A.ClaimRow], store: GraphStore, settings: Settings) -> dict[str, ClaimEvidence]:
    """ClaimEvidence for claim rows, with their documents read in one query."""
    rows = list(rows)
    docs = R.read_documents(store, (r.doc_id for r in rows if r.doc_id), timeout=settings.query_timeout_s)
    out = {}
    for r in rows:
        doc = docs.get(r.doc_id or "")
        out[r.key] = ClaimEvidence(
            key=r.key,
            type=RelType(r.type),
            date=r.date,
            as_of=r.as_of,
            dated=r.dated,
            choice=r.choice,
            speaker=r.speaker,
            status=r.status,
            confidence=r.confidence,
            evidence=r.evidence,
            start=r.start,
            end=r.end,
            url=doc["url"] if doc else None,
            link=f"/claims/{r.key}",
            document=DocumentRef(id=doc["id"], title=doc["title"], published=doc["published"])
            if doc
            else (DocumentRef(id=r.doc_id) if r.doc_id else None),
        )
    return out


def _page_rows(store: GraphStore, settings: Settings, actor: str, keys: set[str]) -> list[A.ClaimRow]:
    """The claims a page shows, with their quotes: the whole timeline is computed without quotes
    (they are most of what a read carries), then only the page's are read."""
    if not keys:
        return []
    return R.read_positions(store, [actor], keys=sorted(keys), timeout=settings.query_timeout_s)


def target_ref(G: nx.MultiDiGraph, node_id: str) -> NodeRef:
    """A NodeRef for a node of a claims graph (its name as the graph read it)."""
    return node_ref(node_id, G.nodes[node_id].get("name") if node_id in G else None)


# -- routes --------------------------------------------------------------------------------------


@router.get("", summary="An actor's stance towards each target, period by period", responses=error_responses(404))
def timeline(
    store: StoreDep,
    settings: SettingsDep,
    page: PaginationDep,
    actor: Ref,
    target: RefList = None,
    since: DateQuery = None,
    until: DateQuery = None,
    granularity: GranularityParam = Granularity.YEAR,
    level: LevelParam = IssueLevel.ISSUE,
) -> Timeline:
    """Per period, the actor's claims towards each target (issue, actor or event): the relation
    counts, the signed score and stance, and every claim with its quote and document. Undated
    claims are placed by their document's date (``as_of``) and flagged (``dated: false``).
    Entries are ordered by period, then target name; ``count`` is the number of entries."""
    who = resolve(store, settings, actor, what="actor", labels=("Actor",))
    targets = target_ids(store, settings, target, level)
    rows = R.read_positions(
        store,
        [who.id],
        targets=targets,
        since=since,
        until=until,
        quotes=False,
        level=level,
        timeout=settings.query_timeout_s,
    )
    G = A.claims_graph(rows)
    cells = A.stance_timeline(G, who.id, since=since, until=until, granularity=granularity)
    entries = sorted(
        ((period, target_id, summary) for target_id, periods in cells.items() for period, summary in periods.items()),
        key=lambda e: (e[0], (G.nodes[e[1]].get("name") or "").lower(), e[1]),
    )
    shown = entries[page.offset : page.offset + page.limit]
    evidence = evidence_for(
        _page_rows(store, settings, who.id, {k for _, _, s in shown for k in s["claims"]}), store, settings
    )
    data = [
        TimelineEntry(
            target=target_ref(G, target_id),
            period=period,
            stance=s["stance"],
            score=s["score"],
            net=s["net"],
            intensity=s["intensity"],
            claim_count=len(s["claims"]),
            relations=s["relations"],
            undated_count=len(s["undated"]),
            claims=[evidence[k] for k in s["claims"]],
        )
        for period, target_id, s in shown
    ]
    return Timeline(
        actor=who,
        granularity=granularity,
        level=level,
        since=since,
        until=until,
        data=data,
        count=len(entries),
        next=next_offset(page.offset, page.limit, len(entries)),
    )


@router.get(
    "/matrix", summary="Actor x target x period stance matrix with signed scores", responses=error_responses(404)
)
def matrix(
    store: StoreDep,
    settings: SettingsDep,
    page: PaginationDep,
    actors: Annotated[
        list[RefItem],
        Query(
            min_length=1,
            max_length=MAX_REFS,
            description="actor ids or exact names; repeat or separate ids with commas",
            examples=[["state:CHN", "state:RUS"]],
        ),
    ],
    targets: RefList = None,
    since: DateQuery = None,
    until: DateQuery = None,
    granularity: GranularityParam = Granularity.YEAR,
    level: LevelParam = IssueLevel.ISSUE,
    max_targets: Annotated[
        int,
        Query(
            ge=1,
            le=200,
            description="without targets: the targets with the most claims of these actors, at most this many",
        ),
    ] = 20,
) -> Matrix:
    """For each actor, target and period with at least one claim: the mean signed score (support
    +1, oppose or condemn -1, abstain 0), the stance, and the number and keys of the claims.
    Without ``targets``, the ``max_targets`` targets the actors made most claims about."""
    who = resolve_many(store, settings, split_refs(actors)[:MAX_REFS], what="actor", labels=("Actor",))
    chosen = target_ids(store, settings, targets, level)
    rows = R.read_positions(
        store,
        [n.id for n in who],
        targets=chosen,
        since=since,
        until=until,
        level=level,
        timeout=settings.query_timeout_s,
    )
    if chosen is None:
        counts = Counter(r.target for r in rows if A.stance_score(r.type, r.choice) is not None)
        chosen = [t for t, _ in sorted(counts.items(), key=lambda tc: (-tc[1], tc[0]))[:max_targets]]
    G = A.claims_graph(rows)
    cells = A.stance_matrix(G, [n.id for n in who], chosen, since=since, until=until, granularity=granularity)
    order = {n.id: i for i, n in enumerate(who)}
    target_order = {t: i for i, t in enumerate(chosen)}
    keys = sorted(cells, key=lambda k: (order[k[0]], target_order.get(k[1], len(target_order)), k[2]))
    shown = keys[page.offset : page.offset + page.limit]
    return Matrix(
        actors=who,
        targets=[target_ref(G, t) for t in chosen],
        periods=sorted({k[2] for k in keys}),
        level=level,
        data=[_matrix_cell(a, t, p, cells[(a, t, p)]) for (a, t, p) in shown],
        count=len(keys),
        next=next_offset(page.offset, page.limit, len(keys)),
    )


@router.get("/shifts", summary="Changes of an actor's stance towards the same target", responses=error_responses(404))
def shifts(
    store: StoreDep,
    settings: SettingsDep,
    page: PaginationDep,
    actor: Ref,
    target: RefList = None,
    since: DateQuery = None,
    until: DateQuery = None,
    granularity: GranularityParam = Granularity.YEAR,
    level: LevelParam = IssueLevel.ISSUE,
    min_repeats: Annotated[
        int, Query(ge=1, le=50, description="silence: periods the stance must have been stated in a row before")
    ] = 2,
    min_silent: Annotated[
        int, Query(ge=1, le=50, description="silence: active periods without a word about the target")
    ] = 1,
) -> Shifts:
    """Changes of stance (support to abstain, support to opposition, ...) and silences after
    repeated statements, each with the claims on both sides. The rule is in ``rule``."""
    who = resolve(store, settings, actor, what="actor", labels=("Actor",))
    targets = target_ids(store, settings, target, level)
    # All the actor's positions, not only the targets': silence is judged against its activity.
    rows = R.read_positions(
        store, [who.id], since=since, until=until, quotes=False, level=level, timeout=settings.query_timeout_s
    )
    G = A.claims_graph(rows)
    found = A.stance_shifts(
        G,
        who.id,
        targets=targets,
        since=since,
        until=until,
        granularity=granularity,
        min_repeats=min_repeats,
        min_silent=min_silent,
    )
    shown = found[page.offset : page.offset + page.limit]
    wanted = {k for s in shown for k in (*s["before"], *s["after"])}
    evidence = evidence_for(_page_rows(store, settings, who.id, wanted), store, settings)
    doc_ids = {d for s in shown for d in s["silent_documents"]}
    docs = R.read_documents(store, doc_ids, timeout=settings.query_timeout_s)
    data = [_shift(G, s, evidence, docs) for s in shown]
    return Shifts(
        actor=who,
        rule=SHIFT_RULE,
        level=level,
        data=data,
        count=len(found),
        next=next_offset(page.offset, page.limit, len(found)),
    )


def _matrix_cell(actor: str, target: str, period: str, c: dict[str, Any]) -> MatrixCell:
    return MatrixCell(
        actor=actor,
        target=target,
        period=period,
        score=c["score"],
        net=c["net"],
        intensity=c["intensity"],
        stance=c["stance"],
        claim_count=c["evidence"],
        relations=c["relations"],
        claim_keys=c["claims"],
        undated_count=len(c["undated"]),
        undated_keys=c["undated"],
    )


def _shift(
    G: nx.MultiDiGraph,
    s: dict[str, Any],
    evidence: dict[str, ClaimEvidence],
    docs: dict[str, dict[str, Any]],
) -> Shift:
    """One shift as /positions/shifts shows it: the claims on both sides, the silent documents."""
    return Shift(
        target=target_ref(G, s["target"]),
        kind=s["kind"],
        from_period=s["from_period"],
        to_period=s["to_period"],
        from_stance=s["from_stance"],
        to_stance=s["to_stance"],
        from_score=s["from_score"],
        to_score=s["to_score"],
        repeats=s["repeats"],
        explanation=_explain(s),
        before=[evidence[k] for k in s["before"]],
        after=[evidence[k] for k in s["after"]],
        silent_documents=[
            DocumentRef(id=d, title=docs.get(d, {}).get("title"), published=docs.get(d, {}).get("published"))
            for d in s["silent_documents"]
        ],
    )


def _explain(shift: dict) -> str:
    if shift["kind"] == "silence":
        return (
            f"{shift['from_stance']} stated in {shift['repeats']} consecutive active periods up to "
            f"{shift['from_period']}, then nothing about the target in {shift['to_period']}"
        )
    return f"{shift['from_stance']} in {shift['from_period']}, {shift['to_stance']} in {shift['to_period']}"
