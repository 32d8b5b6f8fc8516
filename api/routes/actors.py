"""States, persons, organisations and groups: search, detail, and their claims."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Response

from diplograph.graph.schema import BaseLabel, RelType

from .. import queries as Q
from ..deps import CacheDep, DateQuery, NodeId, PaginationDep, ReaderDep, SearchQuery
from ..enums import ActorKind, ClaimDirection, ClaimType, DirectionFilter, PloverEvent
from ..errors import COMMON_RESPONSES, NotFound, error_responses
from ..reader import GraphReader
from ..records import claim_fields, kind_name, node_ref, ref_fields, serialised
from ..schemas import (
    ActorClaim,
    ActorClaimPage,
    ActorDetail,
    ActorPage,
    ActorSummary,
    ClaimCounts,
    DocumentRef,
    Membership,
    Office,
)

router = APIRouter(prefix="/actors", tags=["actors"], responses=COMMON_RESPONSES)


def _summary(row: dict) -> ActorSummary:
    return ActorSummary(
        id=row["id"],
        kind=kind_name(row["id"]),
        name=row["name"],  # type: ignore[arg-type]
        aliases=row.get("aliases") or [],
        acronym=row.get("acronym"),
        iso3=row.get("iso3"),
    )


@router.get("", summary="Search actors by name or alias")
def list_actors(
    reader: ReaderDep,
    page: PaginationDep,
    q: SearchQuery = None,
    kind: Annotated[ActorKind | None, Query(description="only actors of this kind")] = None,
) -> ActorPage:
    """Actors whose name or an alias (any language: "China", "PRC", "中国") contains ``q``,
    exact matches first; all actors by name without ``q``."""
    rows, total = reader.page(Q.ACTORS, page, q=q.lower() if q else None, kind=kind)
    return ActorPage.of([_summary(r) for r in rows], total, page)


@router.get(
    "/{id}",
    summary="One actor: aliases, offices, memberships, claim counts",
    response_model=ActorDetail,
    responses=error_responses(404),
)
def get_actor(reader: ReaderDep, responses: CacheDep, id: NodeId) -> Response:
    """The actor's node (every property), its aliases in every language, the offices it is said to
    hold (with dates and documents), its memberships (with status: expelled and suspended ones
    are kept), how many claims of each type it is the subject and the object of, and in how many
    documents it is mentioned. Answers are reused for ``DIPLOGRAPH_API_CACHE_SECONDS`` (header
    ``X-Cache: hit``); a document posted to this API clears them."""
    body, hit = responses.get_or_compute(("actor", id), lambda: _actor_detail(reader, id))
    return Response(content=body, media_type="application/json", headers={"X-Cache": "hit" if hit else "miss"})


def _actor_detail(reader: GraphReader, id: str) -> bytes:
    row = reader.one(Q.actor_detail(reader.store.degree), id=id)
    if row is None:
        raise NotFound("actor", id)
    props = row["actor"]
    # OPTIONAL MATCH groups without a claim come back as maps of nulls: dropped
    offices = [
        Office(
            role=o["fact"], of=node_ref(o["id"], o["name"]), claim_count=o["n"], last_date=o["last"], **ref_fields(o)
        )
        for o in row["offices"]
        if o["key"] is not None
    ]
    memberships = [
        Membership(
            status=m["fact"],
            organisation=node_ref(m["id"], m["name"]),
            claim_count=m["n"],
            last_date=m["last"],
            **ref_fields(m),
        )
        for m in row["memberships"]
        if m["key"] is not None
    ]
    counts: dict[str, ClaimCounts] = {}
    mentions = 0
    for entry in row["counts"]:
        if entry["type"] == RelType.MENTIONS:
            mentions = entry["in"]
        elif entry["out"] or entry["in"]:
            counts[entry["type"]] = ClaimCounts(outgoing=entry["out"], incoming=entry["in"])
    summary = _summary({**props, "id": props["id"]})
    detail = ActorDetail(
        **summary.model_dump(),
        properties=props,
        offices=sorted(offices, key=lambda o: (o.date or o.as_of or "", o.key)),
        memberships=sorted(memberships, key=lambda m: (m.organisation.name or "", m.key)),
        claim_counts=dict(sorted(counts.items())),
        mentions=mentions,
    )
    return detail.model_dump_json().encode()  # built and validated once, as records.serialised does


@router.get(
    "/{id}/claims",
    summary="An actor's claims, newest first",
    response_model=ActorClaimPage,
    responses=error_responses(404, 422),
)
def actor_claims(
    reader: ReaderDep,
    page: PaginationDep,
    id: NodeId,
    type: Annotated[
        list[ClaimType] | None, Query(description="only these relationship types (repeat the parameter)")
    ] = None,
    direction: Annotated[
        DirectionFilter, Query(description="out: the actor is the subject; in: the object")
    ] = DirectionFilter.BOTH,
    since: DateQuery = None,
    until: DateQuery = None,
    plover_event: Annotated[
        list[PloverEvent] | None,
        Query(description="only claims coded as these PLOVER events (repeat the parameter)"),
    ] = None,
    plover_mode: Annotated[
        str | None,
        Query(min_length=1, max_length=40, pattern=r"^[a-z-]+$", description="only claims with this PLOVER mode"),
    ] = None,
    min_intensity: Annotated[
        float | None, Query(ge=-10, le=10, description="only claims at least this intense (-10..10)")
    ] = None,
    max_intensity: Annotated[
        float | None, Query(ge=-10, le=10, description="only claims at most this intense (-10..10)")
    ] = None,
) -> Response:
    """Claims with the actor at either end (or the one ``direction`` asks for), each with the other
    end, its date, evidence and document. Undated claims are placed at their document's date.
    ``plover_event``, ``plover_mode`` and ``min_intensity``/``max_intensity`` filter on the claim's
    PLOVER coding (event, mode, signed intensity: graph/data/plover.yaml)."""
    types = tuple(sorted(set(type))) if type else None
    dated = since is not None or until is not None
    wanted = _plover_filters(plover_event, plover_mode, min_intensity, max_intensity)
    plover = tuple(wanted)
    rows, total = reader.page(
        Q.actor_claims(types, direction, dated, plover),
        page,
        # the sum of degrees counts every claim: only right when nothing filters them
        total=None if dated or plover else Q.actor_claim_total(reader.store.degree, types, direction),
        id=id,
        since=since,
        until=until,
        **wanted,
    )
    if not rows and page.offset == 0 and reader.one(Q.node(BaseLabel.ACTOR), id=id) is None:
        raise NotFound("actor", id)
    data = [_actor_claim(r) for r in rows]
    return serialised(ActorClaimPage.of(data, total, page))


def _plover_filters(
    events: list[PloverEvent] | None,
    mode: str | None,
    min_intensity: float | None,
    max_intensity: float | None,
) -> dict[str, Any]:
    """The PLOVER filters asked for (named as the query's parameters), in the query's order."""
    if min_intensity is not None and max_intensity is not None and min_intensity > max_intensity:
        raise HTTPException(422, "min_intensity must not be greater than max_intensity")
    wanted = {
        "events": sorted({str(e) for e in events}) if events else None,
        "mode": mode,
        "min_intensity": min_intensity,
        "max_intensity": max_intensity,
    }
    return {name: value for name, value in wanted.items() if value is not None}


def _actor_claim(r: dict[str, Any]) -> ActorClaim:
    fields, attrs = claim_fields(r["claim"])
    return ActorClaim(
        type=r["type"],
        source=node_ref(r["source_id"], r["source_name"]),
        target=node_ref(r["target_id"], r["target_name"]),
        direction=ClaimDirection.OUT if r["outgoing"] else ClaimDirection.IN,
        other=node_ref(r["other_id"], r["other_name"]),
        document=DocumentRef(id=fields["doc_id"], title=r["doc_title"], published=r["doc_published"])
        if fields.get("doc_id")
        else None,
        attrs=attrs,
        **fields,
    )
