"""Issues (policies, principles, initiatives): who supports and opposes them, and when."""

from __future__ import annotations

from fastapi import APIRouter

from .. import queries as Q
from ..deps import NodeId, PaginationDep, ReaderDep, SearchQuery
from ..errors import COMMON_RESPONSES, NotFound, error_responses
from ..records import node_ref, ref_fields
from ..schemas import IssueDetail, IssuePage, IssueSummary, Position

router = APIRouter(prefix="/issues", tags=["issues"], responses=COMMON_RESPONSES)


def _stance_counts(entries: list[dict]) -> dict[str, int]:
    return dict(sorted((e["type"], e["n"]) for e in entries if e["type"] is not None and e["n"]))


@router.get("", summary="Search issues by name or alias")
def list_issues(reader: ReaderDep, page: PaginationDep, q: SearchQuery = None) -> IssuePage:
    """Issues whose name or an alias contains ``q`` (any language), by name, each with how many
    claims support, oppose, propose or condemn it."""
    rows, total = reader.page(Q.ISSUES, page, q=q.lower() if q else None)
    data = [
        IssueSummary(id=r["id"], name=r["name"], aliases=r["aliases"] or [], stance_counts=_stance_counts(r["stances"]))
        for r in rows
    ]
    return IssuePage.of(data, total, page)


@router.get("/{id}", summary="Who supports and opposes an issue, and when", responses=error_responses(404))
def get_issue(reader: ReaderDep, id: NodeId) -> IssueDetail:
    """Every position taken on the issue (support, opposition, proposal, condemnation), oldest
    first, each with the actor, its date (or its document's), status, speaker and evidence."""
    row = reader.one(Q.ISSUE, id=id)
    if row is None:
        raise NotFound("issue", id)
    props = row["issue"]
    positions = [
        Position(
            actor=node_ref(c["id"], c["name"]),
            stance=c["type"],
            status=c["claim"].get("status"),
            speaker=c["claim"].get("speaker"),
            **ref_fields(c["claim"]),
        )
        for c in row["claims"]
        if c["type"] is not None
    ]
    counts: dict[str, int] = {}
    for p in positions:
        counts[p.stance.value] = counts.get(p.stance.value, 0) + 1
    return IssueDetail(
        id=props["id"],
        name=props["name"],
        aliases=props.get("aliases") or [],
        stance_counts=dict(sorted(counts.items())),
        properties=props,
        positions=positions,
    )
