"""Graph analytics with networkx: pairwise alignment, centrality and communities of actors.

Each is computed on a subgraph read from the store for the request (the claims of the chosen
actors, relation types and period) by :mod:`diplograph.graph.algorithms`, whose docstring states the
rules. Every number carries the keys of the claims behind it (``GET /claims/{key}``).
"""

from __future__ import annotations

from typing import Annotated, Any

import networkx as nx
from fastapi import APIRouter, HTTPException, Query, Response
from pydantic import Field

from diplograph.graph import algorithms as A
from diplograph.graph import readers as R
from diplograph.graph.schema import RelType
from diplograph.graph.stores import GraphStore
from diplograph.ground.config import Settings

from ..deps import DateQuery, PaginationDep, SettingsDep, StoreDep
from ..enums import AlignmentGranularity, ClaimType, CommunityBasis, IssueLevel, Stance
from ..errors import COMMON_RESPONSES, error_responses
from ..records import serialised
from ..schemas import Model, NodeRef, next_offset
from .positions import MAX_REFS, LevelParam, RefItem, resolve_many, split_refs, target_ref

__all__ = ["Alignment", "Centrality", "Communities", "router"]

router = APIRouter(prefix="/analytics", tags=["analytics"], responses=COMMON_RESPONSES)

Relations = Annotated[
    list[ClaimType] | None,
    Query(  # type: ignore[valid-type]
        description="claim types between two actors that tie them (repeat the parameter); default: "
        + ", ".join(A.DEFAULT_ACTOR_RELATIONS)
    ),
]
OptionalActors = Annotated[
    list[RefItem] | None,
    Query(
        max_length=MAX_REFS,
        description="actor ids or exact names (repeat, or separate ids with commas); default: all",
        examples=[["state:CHN", "state:RUS", "state:USA"]],
    ),
]


# -- response models -------------------------------------------------------------------------------


class ResolutionVotes(Model):
    resolution: NodeRef
    a_choice: str = Field(examples=["abstain"])
    b_choice: str
    a_claim_keys: list[str] = Field(description="keys of the claims stating a's vote")
    b_claim_keys: list[str] = Field(description="keys of the claims stating b's vote")


class VoteAgreement(Model):
    common: int = Field(description="resolutions both voted on")
    identical: int = Field(description="of which both cast the same vote (yes, no or abstain)")
    agreement: float = Field(description="identical / common (the UN voting-affinity agreement index)")
    resolutions: list[ResolutionVotes]


class IssueStances(Model):
    issue: NodeRef
    a_stance: Stance = Field(description="support or oppose")
    b_stance: Stance = Field(description="support or oppose")
    a_claim_keys: list[str] = Field(description="keys of the claims behind a's stance")
    b_claim_keys: list[str] = Field(description="keys of the claims behind b's stance")
    a_intensity: float = Field(description="mean signed PLOVER intensity of a's claims, -10..10")
    b_intensity: float = Field(description="mean signed PLOVER intensity of b's claims, -10..10")


class PositionAgreement(Model):
    common: int = Field(description="issues both took a definite stance on (support or oppose)")
    agreeing: int = Field(description="of which with the same stance")
    agreement: float = Field(description="agreeing / common")
    intensity_agreement: float = Field(
        description="1 - mean |a_intensity - b_intensity| / 20 over the common issues: agreement weighted by force"
    )
    claim_count: int = Field(description="how many claims the pair's figures rest on")
    issues: list[IssueStances]


class PairAlignment(Model):
    a: NodeRef
    b: NodeRef
    period: str = Field(description="the year, the month, or 'all'")
    votes: VoteAgreement | None = Field(None, description="absent when the two voted on no common resolution")
    positions: PositionAgreement | None = Field(None, description="absent when they share no issue")


class Alignment(Model):
    """Pairwise agreement per period; pairs and periods without anything in common are left out."""

    actors: list[NodeRef]
    granularity: AlignmentGranularity
    level: IssueLevel = Field(IssueLevel.ISSUE, description="the level of the issue taxonomy positions are compared at")
    rule: str
    data: list[PairAlignment]
    count: int = Field(ge=0, description="total number of (pair, period) entries")
    next: int | None = Field(None, description="the offset of the next page, null on the last page")


class ActorCentrality(Model):
    actor: NodeRef
    degree: float = Field(description="degree centrality: share of the other actors it is tied to")
    betweenness: float = Field(description="normalised betweenness centrality, in hops")
    pagerank: float = Field(description="PageRank on the directed graph, weighted by claim count")
    neighbours: int
    claim_keys: list[str] = Field(description="keys of the claims that tie it to its neighbours")


class Centrality(Model):
    relations: list[str]
    nodes: int = Field(description="actors in the graph")
    edges: int = Field(description="pairs of actors tied by at least one claim")
    data: list[ActorCentrality] = Field(description="by PageRank, highest first")
    count: int = Field(ge=0, description="total number of actors ranked")
    next: int | None = Field(None, description="the offset of the next page, null on the last page")


class Community(Model):
    index: int
    size: int
    members: list[NodeRef]
    claim_keys: list[str] = Field(description="keys of the claims behind the ties inside the community")


class Communities(Model):
    basis: CommunityBasis
    modularity: float
    seed: int
    data: list[Community] = Field(description="largest first")
    count: int = Field(ge=0, description="total number of communities")
    next: int | None = Field(None, description="the offset of the next page, null on the last page")


ALIGNMENT_RULE = (
    "votes: an actor's vote on a resolution is the choice its claims state (majority where documents "
    "disagree, ties left out); agreement = identical votes / resolutions both voted on in the period. "
    "positions: a period's stance on an issue is the sign of the summed claim scores; agreement = issues "
    "with the same definite stance / issues both took a definite stance on in the period."
)


# -- routes --------------------------------------------------------------------------------------


@router.get(
    "/alignment",
    summary="Pairwise agreement of actors from votes and positions, per period",
    response_model=Alignment,
    responses=error_responses(404),
)
def alignment(
    store: StoreDep,
    settings: SettingsDep,
    page: PaginationDep,
    actors: Annotated[
        list[RefItem],
        Query(
            min_length=1,
            max_length=MAX_REFS,
            description="at least two actor ids or exact names (repeat, or separate ids with commas)",
            examples=[["state:CHN", "state:IND", "state:USA"]],
        ),
    ],
    since: DateQuery = None,
    until: DateQuery = None,
    granularity: Annotated[
        AlignmentGranularity, Query(description="period length; 'all' pools the whole range")
    ] = AlignmentGranularity.YEAR,
    level: LevelParam = IssueLevel.ISSUE,
) -> Response:
    """For each pair of actors and period: the share of identical votes on the resolutions both
    voted on, and the share of shared issues on which they took the same stance, each with the
    resolutions or issues and the claim keys behind them. Comparing periods shows two actors
    converge or drift apart."""
    who = resolve_many(store, settings, split_refs(actors)[:MAX_REFS], what="actor", labels=("Actor",))
    ids = [n.id for n in who]
    rows = R.read_votes(store, ids, since=since, until=until, quotes=False, timeout=settings.query_timeout_s)
    rows += R.read_shared_positions(store, ids, since=since, until=until, level=level, timeout=settings.query_timeout_s)
    G = A.claims_graph({r.key: r for r in rows}.values())
    votes = A.vote_agreement(G, ids, since=since, until=until, granularity=granularity)
    stances = A.position_agreement(G, ids, since=since, until=until, granularity=granularity)
    keys = sorted(set(votes) | set(stances), key=lambda k: (k[2], k[0], k[1]))
    shown = keys[page.offset : page.offset + page.limit]
    data = [
        _pair_alignment(G, a, b, period, votes.get((a, b, period)), stances.get((a, b, period)))
        for a, b, period in shown
    ]
    # built and validated once (thousands of claim keys for 20 actors), not again by FastAPI
    return serialised(
        Alignment(
            actors=who,
            granularity=granularity,
            level=level,
            rule=ALIGNMENT_RULE,
            data=data,
            count=len(keys),
            next=next_offset(page.offset, page.limit, len(keys)),
        )
    )


@router.get(
    "/centrality", summary="Degree, betweenness and PageRank on the actor graph", responses=error_responses(404)
)
def centrality(
    store: StoreDep,
    settings: SettingsDep,
    page: PaginationDep,
    relations: Relations = None,
    actors: OptionalActors = None,
    since: DateQuery = None,
    until: DateQuery = None,
) -> Centrality:
    """The actor graph: actors tied by claims of ``relations`` between two actors in the period
    (optionally only among ``actors``), weighted by the number of claims. Degree centrality and
    betweenness on the undirected graph, PageRank on the directed one; highest PageRank first."""
    types = _relations(relations)
    ids = (
        [n.id for n in resolve_many(store, settings, split_refs(actors), what="actor", labels=("Actor",))]
        if actors
        else None
    )
    rows = R.read_actor_relations(
        store, relations=types, actors=ids, since=since, until=until, quotes=False, timeout=settings.query_timeout_s
    )
    G = A.claims_graph(rows)
    scores = A.actor_centrality(G, relations=types, since=since, until=until)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1]["pagerank"], kv[0]))
    shown = ranked[page.offset : page.offset + page.limit]
    U = A.actor_graph(G, relations=types, since=since, until=until)
    return Centrality(
        relations=types,
        nodes=U.number_of_nodes(),
        edges=U.number_of_edges(),
        count=len(ranked),
        next=next_offset(page.offset, page.limit, len(ranked)),
        data=[
            ActorCentrality(
                actor=target_ref(G, n),
                degree=c["degree"],
                betweenness=c["betweenness"],
                pagerank=c["pagerank"],
                neighbours=c["neighbours"],
                claim_keys=c["claims"],
            )
            for n, c in shown
        ],
    )


@router.get(
    "/communities",
    summary="Communities of actors that vote or stand together (Louvain)",
    responses=error_responses(404, 422),
)
def communities(
    store: StoreDep,
    settings: SettingsDep,
    page: PaginationDep,
    basis: Annotated[
        CommunityBasis,
        Query(
            description="relations: the actor graph of `relations`; votes: pairs whose voting agreement reaches "
            "min_agreement; positions: the same on shared issues (needs actors)"
        ),
    ] = CommunityBasis.VOTES,
    relations: Relations = None,
    actors: OptionalActors = None,
    since: DateQuery = None,
    until: DateQuery = None,
    min_agreement: Annotated[
        float, Query(ge=0, le=1, description="votes/positions: agreement that ties two actors")
    ] = 0.5,
    min_common: Annotated[
        int,
        Query(
            ge=1, le=10_000, description="votes/positions: shared resolutions or issues needed to compare two actors"
        ),
    ] = 1,
    seed: Annotated[
        int, Query(ge=0, le=2**31 - 1, description="Louvain's random seed (same seed, same partition)")
    ] = 0,
    resolution: Annotated[
        float, Query(gt=0, le=10, description="Louvain resolution: above 1 favours smaller communities")
    ] = 1.0,
) -> Communities:
    """Louvain communities (networkx, fixed seed) of the actor graph or of an agreement graph
    whose ties are the pairs agreeing at least ``min_agreement`` of the time, pooled over the
    period. Each community lists the claim keys behind its internal ties."""
    ids = (
        [n.id for n in resolve_many(store, settings, split_refs(actors), what="actor", labels=("Actor",))]
        if actors
        else None
    )
    G, graph = _community_graph(
        store,
        settings,
        basis,
        ids,
        relations=relations,
        since=since,
        until=until,
        min_agreement=min_agreement,
        min_common=min_common,
    )
    found = A.actor_communities(graph, seed=seed, resolution=resolution)
    groups = found["communities"]
    shown = groups[page.offset : page.offset + page.limit]
    data = [_community(G, graph, i, members) for i, members in enumerate(shown, start=page.offset)]
    return Communities(
        basis=basis,
        modularity=found["modularity"],
        seed=seed,
        data=data,
        count=len(groups),
        next=next_offset(page.offset, page.limit, len(groups)),
    )


def _community(G: nx.MultiDiGraph, graph: nx.Graph, index: int, members: list[str]) -> Community:
    """One community with the claim keys behind the ties among its members."""
    inside = graph.subgraph(members)
    claims = sorted({k for _, _, keys in inside.edges(data="claims", default=[]) for k in keys})
    return Community(index=index, size=len(members), members=[target_ref(G, m) for m in members], claim_keys=claims)


def _pair_alignment(
    G: nx.MultiDiGraph, a: str, b: str, period: str, v: dict[str, Any] | None, s: dict[str, Any] | None
) -> PairAlignment:
    """One pair's cell of /analytics/alignment: its vote and position agreement, either absent."""
    return PairAlignment(
        a=target_ref(G, a),
        b=target_ref(G, b),
        period=period,
        votes=_vote_agreement(G, v) if v else None,
        positions=_position_agreement(G, s) if s else None,
    )


def _vote_agreement(G: nx.MultiDiGraph, v: dict[str, Any]) -> VoteAgreement:
    return VoteAgreement(
        common=v["common"],
        identical=v["identical"],
        agreement=v["agreement"],
        resolutions=[
            ResolutionVotes(
                resolution=target_ref(G, r["resolution"]),
                a_choice=r["a_choice"],
                b_choice=r["b_choice"],
                a_claim_keys=r["a_claims"],
                b_claim_keys=r["b_claims"],
            )
            for r in v["resolutions"]
        ],
    )


def _position_agreement(G: nx.MultiDiGraph, s: dict[str, Any]) -> PositionAgreement:
    return PositionAgreement(
        common=s["common"],
        agreeing=s["agreeing"],
        agreement=s["agreement"],
        intensity_agreement=s["intensity_agreement"],
        claim_count=s["claims"],
        issues=[
            IssueStances(
                issue=target_ref(G, i["issue"]),
                a_stance=i["a_stance"],
                b_stance=i["b_stance"],
                a_claim_keys=i["a_claims"],
                b_claim_keys=i["b_claims"],
                a_intensity=i["a_intensity"],
                b_intensity=i["b_intensity"],
            )
            for i in s["issues"]
        ],
    )


def _community_graph(
    store: GraphStore,
    settings: Settings,
    basis: str,
    ids: list[str] | None,
    *,
    relations: list[str] | None,
    since: str | None,
    until: str | None,
    min_agreement: float,
    min_common: int,
) -> tuple[nx.MultiDiGraph, nx.Graph]:
    """The claims graph read for /analytics/communities and the graph Louvain partitions: the
    actor graph of ``relations``, or the agreement graph of votes or of positions."""
    if basis == "relations":
        types = _relations(relations)
        G = A.claims_graph(
            R.read_actor_relations(
                store,
                relations=types,
                actors=ids,
                since=since,
                until=until,
                quotes=False,
                timeout=settings.query_timeout_s,
            )
        )
        return G, A.actor_graph(G, relations=types, since=since, until=until)
    if basis == "votes":
        G = A.claims_graph(
            R.read_votes(store, ids, since=since, until=until, quotes=False, timeout=settings.query_timeout_s)
        )
        return G, A.agreement_graph(
            A.vote_agreement(G, ids, since=since, until=until, granularity="all"),
            min_agreement=min_agreement,
            min_common=min_common,
        )
    if not ids or len(ids) < 2:
        raise HTTPException(422, "basis=positions needs at least two actors")
    G = A.claims_graph(R.read_shared_positions(store, ids, since=since, until=until, timeout=settings.query_timeout_s))
    return G, A.agreement_graph(
        A.position_agreement(G, ids, since=since, until=until, granularity="all"),
        min_agreement=min_agreement,
        min_common=min_common,
    )


def _relations(relations: list[str] | None) -> list[str]:
    chosen = sorted(set(relations)) if relations else list(A.DEFAULT_ACTOR_RELATIONS)
    return [RelType(r).value for r in chosen]
