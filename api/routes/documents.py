"""Source documents: their metadata, the claims read from each, and ingesting a new one."""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Response
from pydantic import ValidationError

from diplograph.extract.loaders import source_from_text
from diplograph.ground.errors import LoadError

from .. import queries as Q
from ..deps import (
    ApiKeyDep,
    CacheDep,
    DateQuery,
    ExtractorDep,
    NodeId,
    PaginationDep,
    ReaderDep,
    SearchQuery,
    SettingsDep,
    StoreDep,
)
from ..errors import COMMON_RESPONSES, NotFound, error_responses
from ..records import claim, node_ref
from ..schemas import DocumentDetail, DocumentIn, DocumentIngested, DocumentPage, DocumentSummary, Mention

router = APIRouter(prefix="/documents", tags=["documents"], responses=COMMON_RESPONSES)

_SUMMARY_FIELDS = frozenset(DocumentSummary.model_fields)


def _summary_fields(props: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in props.items() if k in _SUMMARY_FIELDS and v is not None}
    if not isinstance(out.get("languages", []), list):
        out["languages"] = [str(out["languages"])]
    return out


@router.get("", summary="List documents, newest first")
def list_documents(
    reader: ReaderDep,
    page: PaginationDep,
    q: SearchQuery = None,
    since: DateQuery = None,
    until: DateQuery = None,
) -> DocumentPage:
    """Documents by publication date (undated last), matching ``q`` in title or publisher,
    published within a period."""
    rows, total = reader.page(Q.DOCUMENTS, page, q=q.lower() if q else None, since=since, until=until)
    return DocumentPage.of([DocumentSummary(**_summary_fields(r)) for r in rows], total, page)


@router.get(
    "/{id}", summary="One document: metadata, mentions and the claims read from it", responses=error_responses(404)
)
def get_document(
    reader: ReaderDep,
    id: NodeId,
    include_text: Annotated[bool, Query(description="also return the full text")] = False,
) -> DocumentDetail:
    """The document's metadata, the nodes it mentions (most often first) and every claim read from
    it in text order; its text (which evidence offsets index into) with ``include_text=true``."""
    row = reader.one(Q.DOCUMENT, id=id, with_text=include_text)
    if row is None:
        raise NotFound("document", id)
    props = {k: v for k, v in row["properties"]}
    claims = sorted(
        (claim(r) for r in reader.rows(Q.DOCUMENT_CLAIMS, id=id)),
        key=lambda c: (c.start if c.start is not None else -1, c.type.value, c.key),
    )
    mentions = [Mention(node=node_ref(m["id"], m["name"]), count=m["count"]) for m in row["mentions"] if m["id"]]
    return DocumentDetail(
        **_summary_fields(props),
        properties=props,
        text=row["text"],
        mentions=mentions,
        claims=claims,
        claim_count=len(claims),
    )


@router.post(
    "",
    summary="Ingest a document through the extraction pipeline",
    status_code=201,
    responses={
        200: {"model": DocumentIngested, "description": "the document was known: replaced or unchanged"},
        **error_responses(401, 403, 413, 503),
    },
)
def ingest_document(
    body: DocumentIn,
    response: Response,
    _auth: ApiKeyDep,
    store: StoreDep,
    settings: SettingsDep,
    extractors: ExtractorDep,
    responses: CacheDep,
) -> DocumentIngested:
    """Read a posted text (plain, or Markdown with YAML front matter) as ingest reads a file,
    extract its claims and write them in one transaction, replacing an earlier version of the same
    document. Needs ``Authorization: Bearer <DIPLOGRAPH_API_KEY>``; without a configured key this
    endpoint is disabled (403). 201 for a new document, 200 for a known one."""
    size = len(body.text.encode("utf-8"))
    if size > settings.max_file_bytes:
        raise HTTPException(413, f"the document is {size} bytes, over the {settings.max_file_bytes}-byte limit")
    name = body.name or "posted-" + hashlib.sha256(body.text.encode("utf-8")).hexdigest()[:16]
    row = {
        k: v
        for k, v in body.model_dump(include={"title", "publisher", "author", "published", "url", "languages"}).items()
        if v
    }
    row.update(body.metadata)
    try:
        source = source_from_text(
            body.text,
            name=name,
            markdown=body.format == "markdown",
            manifest_row=row,
            max_bytes=settings.max_file_bytes,
        )
        extractor = extractors.get()
        with extractors.lock:
            extraction = extractor.extract(source)
        result = store.write_document(extraction.batch)
    except ValidationError as exc:
        # The document (its metadata, most likely) cannot be put in the graph contract's shape.
        raise LoadError(name, "; ".join(str(e["msg"]) for e in exc.errors()[:3])) from None
    responses.clear()  # answers kept from before this write may now be out of date
    if result.status != "created":
        response.status_code = 200
    return DocumentIngested(
        doc_id=result.doc_id,
        status=result.status,
        nodes=result.nodes,
        relationships=result.relationships,
        claims_by_type=dict(sorted(Counter(r.type.value for r in extraction.batch.claims).items())),
        warnings=list(getattr(extraction, "warnings", [])),
    )
