"""Summits, resolutions and agreements: who attended and hosted, tallies and each state's vote."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from diplograph.graph.schema import RelType

from .. import queries as Q
from ..deps import DateQuery, NodeId, PaginationDep, ReaderDep, SearchQuery
from ..enums import EventKind
from ..errors import COMMON_RESPONSES, NotFound, error_responses
from ..records import kind_name, node_ref, ref_fields
from ..schemas import Adoption, EventDetail, EventPage, EventSummary, Participation, Position, Vote

router = APIRouter(prefix="/events", tags=["events"], responses=COMMON_RESPONSES)

_SUMMARY_FIELDS = frozenset(EventSummary.model_fields) - {"id", "kind"}
_VOTE_CHOICE = {RelType.SUPPORTS: "yes", RelType.OPPOSES: "no", RelType.ABSTAINS: "abstain"}


def _summary(props: dict[str, Any]) -> EventSummary:
    return EventSummary(
        id=props["id"],
        kind=kind_name(props["id"]),  # type: ignore[arg-type]
        **{k: v for k, v in props.items() if k in _SUMMARY_FIELDS},
    )


@router.get("", summary="List summits, resolutions and agreements")
def list_events(
    reader: ReaderDep,
    page: PaginationDep,
    kind: Annotated[EventKind | None, Query(description="only events of this kind")] = None,
    q: SearchQuery = None,
    since: DateQuery = None,
    until: DateQuery = None,
) -> EventPage:
    """Events in date order (undated last), optionally of one kind, matching ``q`` in their name,
    alias or UN symbol, within a period."""
    rows, total = reader.page(Q.EVENTS, page, kind=kind, q=q.lower() if q else None, since=since, until=until)
    return EventPage.of([_summary(r["event"]) for r in rows], total, page)


@router.get("/{id}", summary="One event with its participants, tallies and votes", responses=error_responses(404))
def get_event(reader: ReaderDep, id: NodeId) -> EventDetail:
    """Everything claims say about the event, sorted into attendees, hosts, signatories, adoptions
    (with the tallies each source gives), votes (a ``choice`` on SUPPORTS/OPPOSES/ABSTAINS) and
    other positions, oldest first."""
    row = reader.one(Q.EVENT, id=id)
    if row is None:
        raise NotFound("event", id)
    sections: dict[str, list[Any]] = {
        k: [] for k in ("attendees", "hosts", "signatories", "adoptions", "votes", "positions")
    }
    for c in row["claims"]:
        if c["type"] is None:  # the OPTIONAL MATCH found nothing
            continue
        props, actor = c["claim"], node_ref(c["id"], c["name"])
        ref = ref_fields(props)
        rel = RelType(c["type"])
        if rel is RelType.ATTENDS:
            sections["attendees"].append(Participation(actor=actor, **ref))
        elif rel is RelType.HOSTS:
            sections["hosts"].append(Participation(actor=actor, **ref))
        elif rel is RelType.SIGNS:
            sections["signatories"].append(Participation(actor=actor, **ref))
        elif rel is RelType.ADOPTS:
            sections["adoptions"].append(
                Adoption(body=actor, yes=props.get("yes"), no=props.get("no"), abstain=props.get("abstain"), **ref)
            )
        elif rel in _VOTE_CHOICE and (props.get("choice") or rel is RelType.ABSTAINS):
            sections["votes"].append(
                Vote(
                    actor=actor,
                    choice=props.get("choice") or _VOTE_CHOICE[rel],
                    source_says=props.get("source_says"),
                    **ref,
                )
            )
        else:
            sections["positions"].append(
                Position(actor=actor, stance=rel, status=props.get("status"), speaker=props.get("speaker"), **ref)
            )
    summary = _summary(row["event"])
    return EventDetail(**summary.model_dump(), properties=row["event"], **sections)
