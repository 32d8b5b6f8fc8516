"""One claim by its key: evidence, offsets, and the text around it in its document."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from .. import queries as Q
from ..deps import ReaderDep
from ..errors import COMMON_RESPONSES, NotFound, error_responses
from ..records import claim
from ..schemas import ClaimDetail, DocumentRef

router = APIRouter(prefix="/claims", tags=["claims"], responses=COMMON_RESPONSES)

ClaimKey = Annotated[
    str,
    Path(
        min_length=1,
        max_length=200,
        pattern=r"^[^\x00-\x1f]+$",
        description="the claim's key",
        examples=["c-4bb2fc963979ed3b17ab155e"],
    ),
]


@router.get("/{key}", summary="One claim with its evidence", responses=error_responses(404))
def get_claim(reader: ReaderDep, key: ClaimKey) -> ClaimDetail:
    """The claim, its ends, its provenance (evidence, ``start``/``end`` offsets into the document's
    text, language, confidence, extractor) and up to 200 characters of text either side."""
    row = reader.one(Q.CLAIM, key=key)
    if row is None:
        raise NotFound("claim", key)
    base = claim(row)
    document = (
        DocumentRef(id=row["doc_id"], title=row["doc_title"], published=row["doc_published"]) if row["doc_id"] else None
    )
    return ClaimDetail(
        **base.model_dump(),
        document=document,
        url=row["doc_url"],
        context_before=row["context_before"],
        context_after=row["context_after"],
    )
