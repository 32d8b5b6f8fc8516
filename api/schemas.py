"""Response and request models of the API: every endpoint's body is one of these.

Ids are the graph contract's string ids (``state:CHN``, ``person:xi-jinping``, ``doc:...``); claim
``key``s are the stable keys extraction gives each relationship. Dates are ISO strings of the
precision the source gives: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.
"""

from __future__ import annotations

from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, computed_field

from .enums import ActorKind, ClaimDirection, DatePrecision, EventKind, NodeKind, RelType
from .params import check_params, check_text

T = TypeVar("T")

#: text a store can take: no NUL, no lone surrogate (see params.py)
Text = Annotated[str, AfterValidator(check_text)]
#: query parameters a store can take (see params.py)
Params = Annotated[dict[str, Any], AfterValidator(check_params)]
MetadataKey = Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")]
Int64 = Annotated[int, Field(ge=-(2**63), le=2**63 - 1)]
FiniteFloat = Annotated[float, Field(allow_inf_nan=False)]


class Model(BaseModel):
    # Unknown fields never reach a client; responses are built from known fields only.
    model_config = ConfigDict(extra="forbid")


class ValidationIssue(Model):
    """One check a request failed."""

    loc: list[str | int] = Field(description="where: query, path or body, then the parameter or field")
    msg: str = Field(description="what is wrong with it")
    type: str = Field(description="pydantic's error type, e.g. string_pattern_mismatch, value_error")


class Problem(Model):
    """Every error body (RFC 9457 problem details, ``application/problem+json``)."""

    type: str = Field(description="a URI naming the kind of problem: urn:diplograph:problem:<code>")
    title: str = Field(description="the HTTP status phrase")
    status: int = Field(description="the HTTP status code")
    detail: str = Field(description="what went wrong, in a sentence; for a bad query, the store's own message")
    instance: str | None = Field(None, description="the path of the request")
    code: str = Field(
        description="a stable short code: not_found, invalid_request, bad_query, read_only, timeout, "
        "store_unavailable, unauthorized, forbidden, payload_too_large, method_not_allowed, write_failed, "
        "internal_error"
    )
    errors: list[ValidationIssue] | None = Field(None, description="invalid_request (422): every check that failed")

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "type": "urn:diplograph:problem:not_found",
                    "title": "Not Found",
                    "status": 404,
                    "detail": "no actor 'state:XXX'",
                    "instance": "/actors/state:XXX",
                    "code": "not_found",
                },
                {
                    "type": "urn:diplograph:problem:invalid_request",
                    "title": "Unprocessable Content",
                    "status": 422,
                    "detail": "query.since: Value error, impossible date '2019-13': no such month or day",
                    "instance": "/positions",
                    "code": "invalid_request",
                    "errors": [
                        {
                            "loc": ["query", "since"],
                            "msg": "Value error, impossible date '2019-13': no such month or day",
                            "type": "value_error",
                        }
                    ],
                },
            ]
        },
    )


def next_offset(offset: int, limit: int, count: int) -> int | None:
    """The offset of the page after this one, or None when this one is the last.

    >>> next_offset(0, 50, 120), next_offset(100, 50, 120), next_offset(0, 50, 50)
    (50, None, None)
    """
    return offset + limit if offset + limit < count else None


class Page(Model, Generic[T]):
    """A page of a list: ``count`` is the total number of matches, not the page's length."""

    data: list[T]
    count: int = Field(ge=0, description="total number of matching items (all pages)")
    next: int | None = Field(
        None, description="the offset of the next page (pass it as offset), null on the last page", examples=[50]
    )

    @classmethod
    def of(cls, data: list[T], count: int, page: Any) -> Page[T]:
        """A page of ``data`` from a ``Pagination``, with its ``next`` offset."""
        return cls(data=data, count=count, next=next_offset(page.offset, page.limit, count))


class NodeRef(Model):
    """A node named by a claim or a list: enough to show it and link to it."""

    id: str = Field(examples=["state:CHN"])
    kind: NodeKind = Field(description="the node's kind label (or base label for issues and documents)")
    name: str | None = Field(None, description="display name (a document's title)")


class DocumentRef(Model):
    id: str = Field(examples=["doc:001_a99887a930e7fcc5"])
    title: str | None = None
    published: str | None = Field(None, examples=["2023-01-11"])


class Claim(Model):
    """One relationship read from one document, with its provenance (the graph contract's claim)."""

    key: str = Field(description="stable id of the claim", examples=["c-4bb2fc963979ed3b17ab155e"])
    type: RelType
    source: NodeRef
    target: NodeRef
    date: str | None = Field(None, description="when the fact happened", examples=["2022-03-02"])
    date_precision: DatePrecision | None = None
    as_of: str | None = Field(None, description="publication date of the document, for undated positions")
    doc_id: str | None = None
    evidence: str | None = Field(None, description="the sentence or clause the claim was read from")
    start: int | None = Field(None, description="offset of the evidence in the document's text")
    end: int | None = None
    lang: str | None = Field(None, examples=["en"])
    confidence: float | None = None
    extractor: str | None = Field(None, examples=["vote-pattern.v2"])
    choice: str | None = Field(None, description="votes: yes, no, abstain or absent")
    role: str | None = Field(None, description="HOLDS_OFFICE: the office")
    status: str | None = Field(None, description="e.g. expelled, suspended, abandoned, planned")
    speaker: str | None = Field(None, description="id of the person who spoke for the subject")
    source_says: str | None = Field(None, description="the source's own wording where it was normalised")
    attrs: dict[str, Any] = Field(default_factory=dict, description="further properties (tallies, scope, ...)")


class ActorClaim(Claim):
    """A claim seen from one actor: which way it points and what is at the other end."""

    direction: ClaimDirection = Field(description="out: the actor is the subject; in: the object")
    other: NodeRef
    document: DocumentRef | None = None


class ClaimDetail(Claim):
    document: DocumentRef | None = None
    url: str | None = Field(None, description="the document's source URL")
    context_before: str | None = Field(None, description="up to 200 characters of text before the evidence")
    context_after: str | None = Field(None, description="up to 200 characters of text after the evidence")


# -- actors -------------------------------------------------------------------------------------


class ActorSummary(Model):
    id: str = Field(examples=["state:CHN"])
    kind: ActorKind
    name: str = Field(examples=["China"])
    aliases: list[str] = Field(
        default_factory=list,
        description="every surface form linked to the actor, any language",
        examples=[["China", "PRC", "中国"]],
    )
    acronym: str | None = None
    iso3: str | None = None


class ClaimRef(Model):
    """Where a fact comes from: the claim's key, date and document."""

    key: str
    date: str | None = None
    as_of: str | None = None
    doc_id: str | None = None
    evidence: str | None = None


class Stated(ClaimRef):
    """One fact however many documents state it: its earliest claim, and how many claims there are."""

    claim_count: int = Field(1, description="how many claims state it (the key, date and quote are the earliest's)")
    last_date: str | None = Field(None, description="the latest date a claim gives it")


class Office(Stated):
    role: str | None = Field(None, examples=["foreign minister"])
    of: NodeRef


class Membership(Stated):
    organisation: NodeRef
    status: str | None = Field(None, description="as stated: member, expelled, suspended, applied, ...")


class ClaimCounts(Model):
    outgoing: int = Field(0, description="claims with the actor as subject")
    incoming: int = Field(0, description="claims with the actor as object")


class ActorDetail(ActorSummary):
    properties: dict[str, Any] = Field(description="every stored property of the node")
    offices: list[Office] = Field(description="offices held (HOLDS_OFFICE), with dates")
    memberships: list[Membership] = Field(description="memberships (MEMBER_OF), with status")
    claim_counts: dict[str, ClaimCounts] = Field(
        description="claims per relationship type and direction", examples=[{"OPPOSES": {"outgoing": 8, "incoming": 0}}]
    )
    mentions: int = Field(description="how many documents mention the actor")


# -- events -------------------------------------------------------------------------------------


class EventSummary(Model):
    id: str = Field(examples=["resolution:unga-es-11-1"])
    kind: EventKind
    name: str
    date: str | None = None
    date_precision: DatePrecision | None = None
    place: str | None = None
    body: str | None = Field(None, description="resolutions: the adopting body")
    symbol: str | None = Field(None, description="resolutions: the UN symbol", examples=["A/RES/ES-11/1"])
    title: str | None = None
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None


class Participation(ClaimRef):
    actor: NodeRef


class Adoption(ClaimRef):
    body: NodeRef
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None


class Vote(ClaimRef):
    actor: NodeRef
    choice: str = Field(description="yes, no, abstain or absent", examples=["abstain"])
    source_says: str | None = Field(None, description="the source's wording where it differs, e.g. vetoed")


class Position(ClaimRef):
    actor: NodeRef
    stance: RelType = Field(description="SUPPORTS, OPPOSES, PROPOSES, CONDEMNS, ...")
    status: str | None = None
    speaker: str | None = None


class EventDetail(EventSummary):
    properties: dict[str, Any]
    attendees: list[Participation] = Field(description="ATTENDS")
    hosts: list[Participation] = Field(description="HOSTS")
    signatories: list[Participation] = Field(description="SIGNS (agreements)")
    adoptions: list[Adoption] = Field(description="ADOPTS with the tallies each source gives (resolutions)")
    votes: list[Vote] = Field(description="each actor's recorded vote (resolutions)")
    positions: list[Position] = Field(description="other claims on the event (support, opposition, condemnation)")


# -- issues -------------------------------------------------------------------------------------


class IssueSummary(Model):
    id: str = Field(examples=["issue:multipolarity"])
    name: str
    aliases: list[str] = Field(default_factory=list)
    stance_counts: dict[str, int] = Field(
        description="claims on the issue per relationship type", examples=[{"SUPPORTS": 3, "OPPOSES": 1}]
    )


class IssueDetail(IssueSummary):
    properties: dict[str, Any]
    positions: list[Position] = Field(description="who supports, opposes, proposes or condemns it, oldest first")


# -- documents ----------------------------------------------------------------------------------


class DocumentSummary(Model):
    id: str = Field(examples=["doc:001_a99887a930e7fcc5"])
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: str | None = Field(None, examples=["2023-01-11"])
    url: str | None = None
    languages: list[str] = Field(default_factory=list)
    file: str | None = None


class Mention(Model):
    node: NodeRef
    count: int | None = Field(None, description="how often the document names it")


class DocumentDetail(DocumentSummary):
    properties: dict[str, Any] = Field(description="every stored property but the text")
    text: str | None = Field(None, description="the text evidence offsets index into (with include_text=true)")
    mentions: list[Mention]
    claims: list[Claim] = Field(description="the claims read from this document, in text order")
    claim_count: int


class DocumentIn(Model):
    """A document to ingest: its text (plain or Markdown with front matter) and metadata."""

    text: Text = Field(min_length=1, description="the document's text; Markdown may open with a YAML front matter")
    format: Literal["text", "markdown"] = Field("text", description="markdown: front matter is read as metadata")
    name: str | None = Field(
        None,
        min_length=1,
        max_length=200,
        pattern=r"^[^/\\\x00]+$",
        description="a file-like name the document id is made from (default: a content hash)",
        examples=["briefing-2022-03-01"],
    )
    title: Text | None = Field(None, max_length=1000)
    publisher: Text | None = Field(None, max_length=1000)
    author: Text | None = Field(None, max_length=1000)
    published: str | None = Field(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", examples=["2022-03-01"])
    url: Text | None = Field(None, max_length=2000)
    languages: list[Text] = Field(default_factory=list, max_length=10, examples=[["en"]])
    metadata: dict[MetadataKey, Text | Int64 | FiniteFloat | bool] = Field(
        default_factory=dict, max_length=50, description="any further metadata, kept on the Document node"
    )

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "text": "China and Russia oppose unilateral sanctions.",
                    "name": "statement-2015-05-08",
                    "title": "Joint statement",
                    "published": "2015-05-08",
                    "languages": ["en"],
                }
            ]
        },
    )


class DocumentIngested(Model):
    doc_id: str
    status: Literal["created", "replaced", "unchanged"]
    nodes: int
    relationships: int
    claims_by_type: dict[str, int]
    warnings: list[str] = Field(default_factory=list)


# -- graph widget --------------------------------------------------------------------------------


class CyNodeData(Model):
    id: str
    label: str = Field(description="what to print on the node")
    kind: NodeKind


class CyNode(Model):
    data: CyNodeData


class CyEdgeData(Model):
    id: str = Field(description="the claim's key")
    source: str
    target: str
    label: RelType
    date: str | None = None
    doc_id: str | None = None
    evidence: str | None = None
    confidence: float | None = None
    choice: str | None = None
    role: str | None = None
    status: str | None = None


class CyEdge(Model):
    data: CyEdgeData


class CyElements(Model):
    """Cytoscape.js ``elements`` in the grouped form: ``cy.add(elements)`` takes it as it is."""

    nodes: list[CyNode]
    edges: list[CyEdge]


class Neighbourhood(Model):
    centre: str
    depth: int
    elements: CyElements
    truncated: bool = Field(description="true when edge_limit cut the neighbourhood")

    @computed_field(description="claims (edges) in elements, like every list's count")  # type: ignore[prop-decorator]
    @property
    def count(self) -> int:
        return len(self.elements.edges)


class GraphPath(Model):
    found: bool
    length: int | None = Field(None, description="number of hops")
    path: list[str] = Field(description="node ids from source to target")
    elements: CyElements
    complete: bool = Field(
        True, description="false when the time budget ran out before the search ended (a path may exist)"
    )


# -- health, queries, cypher ---------------------------------------------------------------------


class Health(Model):
    status: Literal["ok", "unavailable"]
    store: str | None = Field(None, description="embedded or neo4j")
    url: str | None = Field(None, description="the store's URL, without credentials")
    nodes: int | None = None
    relationships: int | None = None
    detail: str | None = Field(None, description="why the store is unavailable")


class QueryParam(Model):
    name: str
    description: str
    required: bool
    example: Any = None


class QueryInfo(Model):
    name: str = Field(examples=["state_votes"])
    question: str
    params: list[QueryParam]
    returns: str


class QueryRun(Model):
    params: Params = Field(default_factory=dict, description="the query's parameters by name")

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"params": {"state": "state:CHN", "since": "2022", "until": "2022"}}]},
    )


class Rows(Model):
    """Rows of a query, each a JSON object keyed by the query's columns."""

    columns: list[str]
    data: list[dict[str, Any]]
    count: int = Field(description="rows returned")
    truncated: bool = Field(description="true when the row cap or the byte cap cut the result")
    truncated_by: Literal["rows", "bytes"] | None = Field(None, description="which cap cut it, if one did")


class CypherIn(Model):
    query: Text = Field(
        min_length=1,
        max_length=20_000,
        examples=["MATCH (s:State)-[v:ABSTAINS]->(r:Resolution) RETURN s.name AS state, r.symbol AS symbol LIMIT 10"],
    )
    params: Params = Field(default_factory=dict, description="query parameters ($name in the query)")
    row_cap: int | None = Field(None, ge=1, description="at most this many rows (never above the server's cap)")
    timeout_s: float | None = Field(None, gt=0, le=3600, description="server-side timeout (never above the server's)")

    model_config = ConfigDict(extra="forbid")


# -- named pages: one schema name each in the OpenAPI document (not Page_ActorSummary_) -------------


class ActorPage(Page[ActorSummary]):
    """A page of actors."""


class ActorClaimPage(Page[ActorClaim]):
    """A page of an actor's claims."""


class EventPage(Page[EventSummary]):
    """A page of events."""


class IssuePage(Page[IssueSummary]):
    """A page of issues."""


class DocumentPage(Page[DocumentSummary]):
    """A page of documents."""


class QueryPage(Page[QueryInfo]):
    """A page of the cookbook's queries."""
