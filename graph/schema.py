"""The graph contract as code: labels, relationship types, id rules, provenance properties.

Source of truth: ``../shared/design/graph-contract.md``. Everything that reads or writes the
graph (extraction, both stores, the API, the cookbook, the exporter) takes its vocabulary from
here, so a rename happens in one place.

Extensions beyond the contract's tables, each demanded by the texts (documented in the README's
"Graph contract" section):

* ABSTAINS may start at any Actor: sources say "the Eurasian countries abstained".
* PROPOSES may end at an Actor: "China launched the Friends of Peace group".
* MENTIONS carries ``forms`` (the surface forms seen in that document) beside ``count``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from enum import StrEnum


class BaseLabel(StrEnum):
    """The four base labels; node ids are unique per base label."""

    ACTOR = "Actor"
    EVENT = "Event"
    ISSUE = "Issue"
    DOCUMENT = "Document"


class NodeKind(StrEnum):
    """Kind labels. Issue and Document have no kind label of their own."""

    STATE = "State"
    PERSON = "Person"
    ORGANISATION = "Organisation"
    GROUP = "Group"
    SUMMIT = "Summit"
    RESOLUTION = "Resolution"
    AGREEMENT = "Agreement"
    ISSUE = "Issue"
    DOCUMENT = "Document"


class RelType(StrEnum):
    SUPPORTS = "SUPPORTS"
    OPPOSES = "OPPOSES"
    ABSTAINS = "ABSTAINS"
    VISITS = "VISITS"
    ATTENDS = "ATTENDS"
    MEETS = "MEETS"
    HOSTS = "HOSTS"
    SANCTIONS = "SANCTIONS"
    CONDEMNS = "CONDEMNS"
    SIGNS = "SIGNS"
    MEMBER_OF = "MEMBER_OF"
    HOLDS_OFFICE = "HOLDS_OFFICE"
    COOPERATES_WITH = "COOPERATES_WITH"
    PROPOSES = "PROPOSES"
    ADOPTS = "ADOPTS"
    MENTIONS = "MENTIONS"


_SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"

#: kind -> (base label, id prefix, regular expression the whole id must match)
KIND_RULES: dict[NodeKind, tuple[BaseLabel, str, re.Pattern[str]]] = {
    NodeKind.STATE: (BaseLabel.ACTOR, "state", re.compile(r"state:[A-Z]{3}")),
    NodeKind.PERSON: (BaseLabel.ACTOR, "person", re.compile(rf"person:{_SLUG}")),
    NodeKind.ORGANISATION: (BaseLabel.ACTOR, "org", re.compile(rf"org:{_SLUG}")),
    NodeKind.GROUP: (BaseLabel.ACTOR, "group", re.compile(rf"group:{_SLUG}")),
    NodeKind.SUMMIT: (BaseLabel.EVENT, "summit", re.compile(rf"summit:{_SLUG}-\d{{4}}")),
    NodeKind.RESOLUTION: (BaseLabel.EVENT, "resolution", re.compile(rf"resolution:{_SLUG}")),
    NodeKind.AGREEMENT: (BaseLabel.EVENT, "agreement", re.compile(rf"agreement:{_SLUG}")),
    NodeKind.ISSUE: (BaseLabel.ISSUE, "issue", re.compile(rf"issue:{_SLUG}")),
    NodeKind.DOCUMENT: (BaseLabel.DOCUMENT, "doc", re.compile(r"doc:[a-z0-9]+(?:[-_][a-z0-9]+)*")),
}

PREFIX_TO_KIND: dict[str, NodeKind] = {prefix: kind for kind, (_, prefix, _) in KIND_RULES.items()}

ACTOR_KINDS = frozenset({NodeKind.STATE, NodeKind.PERSON, NodeKind.ORGANISATION, NodeKind.GROUP})
EVENT_KINDS = frozenset({NodeKind.SUMMIT, NodeKind.RESOLUTION, NodeKind.AGREEMENT})
ANY_KIND = frozenset(NodeKind)
_POSITION_TARGETS = ACTOR_KINDS | EVENT_KINDS | {NodeKind.ISSUE}

#: relationship type -> (kinds allowed at the start, kinds allowed at the end)
REL_RULES: dict[RelType, tuple[frozenset[NodeKind], frozenset[NodeKind]]] = {
    RelType.SUPPORTS: (ACTOR_KINDS, _POSITION_TARGETS),
    RelType.OPPOSES: (ACTOR_KINDS, _POSITION_TARGETS),
    RelType.ABSTAINS: (ACTOR_KINDS, frozenset({NodeKind.RESOLUTION})),
    RelType.VISITS: (ACTOR_KINDS, ACTOR_KINDS),
    RelType.ATTENDS: (ACTOR_KINDS, EVENT_KINDS),
    RelType.MEETS: (ACTOR_KINDS, ACTOR_KINDS),
    RelType.HOSTS: (ACTOR_KINDS, EVENT_KINDS | ACTOR_KINDS),
    RelType.SANCTIONS: (ACTOR_KINDS, ACTOR_KINDS),
    RelType.CONDEMNS: (ACTOR_KINDS, _POSITION_TARGETS),
    RelType.SIGNS: (ACTOR_KINDS, frozenset({NodeKind.AGREEMENT})),
    RelType.MEMBER_OF: (ACTOR_KINDS, frozenset({NodeKind.ORGANISATION, NodeKind.GROUP})),
    RelType.HOLDS_OFFICE: (frozenset({NodeKind.PERSON}), frozenset({NodeKind.STATE, NodeKind.ORGANISATION})),
    RelType.COOPERATES_WITH: (ACTOR_KINDS, ACTOR_KINDS),
    RelType.PROPOSES: (ACTOR_KINDS, _POSITION_TARGETS),
    RelType.ADOPTS: (frozenset({NodeKind.ORGANISATION}), frozenset({NodeKind.RESOLUTION})),
    RelType.MENTIONS: (frozenset({NodeKind.DOCUMENT}), ANY_KIND - {NodeKind.DOCUMENT}),
}

#: relationships stored once in either direction
SYMMETRIC_TYPES = frozenset({RelType.MEETS, RelType.COOPERATES_WITH})

#: every relationship except MENTIONS is a claim read from one document
CLAIM_TYPES = frozenset(REL_RULES) - {RelType.MENTIONS}

DATE_PRECISIONS = ("year", "month", "day")
DATE_PATTERN = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
VOTE_CHOICES = ("yes", "no", "abstain", "absent")
LANGUAGES = ("en", "zh")

#: the contract's provenance properties of a claim, in the order the exporter writes them
PROVENANCE_PROPERTIES = (
    "key",
    "date",
    "date_precision",
    "as_of",
    "doc_id",
    "evidence",
    "start",
    "end",
    "lang",
    "confidence",
    "extractor",
)
#: the contract's optional, type-specific claim properties
CLAIM_PROPERTIES = ("choice", "role", "status", "speaker", "source_says")
#: written by the stores from ``date`` (see date_bounds), as temporal values (Neo4j DATE, FalkorDB's
#: date): the first and last day of the claim's date at its precision, for range queries as dates
DATE_BOUND_PROPERTIES = ("date_from", "date_to")

#: node properties the stores index because queries filter by them
INDEXED_NODE_PROPERTIES: dict[BaseLabel, tuple[str, ...]] = {
    BaseLabel.ACTOR: ("name",),
    BaseLabel.EVENT: ("date", "name"),
    BaseLabel.ISSUE: ("name",),
    BaseLabel.DOCUMENT: ("published", "sha256"),
}
#: relationship properties the stores index, per claim type
INDEXED_REL_PROPERTIES = ("doc_id", "date")


def kind_of(node_id: str) -> NodeKind:
    """The kind a contract id names by its prefix.

    >>> kind_of("state:CHN")
    <NodeKind.STATE: 'State'>
    """
    prefix, sep, _ = node_id.partition(":")
    if not sep or prefix not in PREFIX_TO_KIND:
        raise ValueError(f"malformed id {node_id!r}: expected one of the prefixes {sorted(PREFIX_TO_KIND)} then ':'")
    return PREFIX_TO_KIND[prefix]


def base_label(kind: NodeKind) -> BaseLabel:
    return KIND_RULES[kind][0]


def labels_of(kind: NodeKind) -> list[str]:
    """The labels a node of this kind carries: the base label, then the kind label if it has one."""
    base = base_label(kind)
    return [base.value] if base.value == kind.value else [base.value, kind.value]


def check_id(node_id: str, kind: NodeKind | None = None) -> NodeKind:
    """Validate an id against the contract's id form; return its kind.

    Raises:
        ValueError: naming the id, the form it should have and, if given, the kind it should be.
    """
    found = kind_of(node_id)
    if kind is not None and found is not kind:
        raise ValueError(f"id {node_id!r} is a {found.value} id, not a {kind.value} id")
    pattern = KIND_RULES[found][2]
    if not pattern.fullmatch(node_id):
        raise ValueError(f"malformed {found.value} id {node_id!r}: must match {pattern.pattern!r}")
    return found


def slugify(text: str, *, max_length: int = 80) -> str:
    """A contract slug: lower-case ASCII letters and digits joined by single hyphens.

    Accents are folded; text with no ASCII letters or digits (e.g. Chinese) gives ``""`` and callers
    fall back to a content hash.

    >>> slugify("Shanghai Cooperation Organisation (SCO)")
    'shanghai-cooperation-organisation-sco'
    >>> slugify("Côte d’Ivoire")
    'cote-d-ivoire'
    """
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug


def make_id(kind: NodeKind, slug_source: str) -> str:
    """Build a valid id of ``kind`` from free text (slugified; a short hash when nothing is left)."""
    import hashlib

    prefix = KIND_RULES[kind][1]
    if kind is NodeKind.STATE:
        return f"state:{slug_source.upper()}"
    slug = slugify(slug_source)
    if not slug:
        slug = "h" + hashlib.sha1(slug_source.encode("utf-8")).hexdigest()[:12]
    return f"{prefix}:{slug}"


def date_bounds(date: str | None) -> tuple[str | None, str | None]:
    """The first and last day of a date at its precision, as ISO days (``None`` for no date).

    >>> date_bounds("2022"), date_bounds("2024-02"), date_bounds("2022-03-02")
    (('2022-01-01', '2022-12-31'), ('2024-02-01', '2024-02-29'), ('2022-03-02', '2022-03-02'))
    """
    if date is None:
        return None, None
    precision = precision_of(date)
    if precision == "day":
        return date, date
    if precision == "year":
        return f"{date}-01-01", f"{date}-12-31"
    first = dt.date.fromisoformat(f"{date}-01")
    following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first.isoformat(), (following - dt.timedelta(days=1)).isoformat()


def precision_of(date: str) -> str:
    """``'2022'`` -> year, ``'2022-03'`` -> month, ``'2022-03-02'`` -> day."""
    if not DATE_PATTERN.fullmatch(date):
        raise ValueError(f"malformed date {date!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    try:  # the pattern lets 2022-13 and 2022-02-30 through; the calendar does not
        dt.date.fromisoformat(date + "-01" * (2 - date.count("-")))
    except ValueError:
        raise ValueError(f"impossible date {date!r}: no such month or day") from None
    return DATE_PRECISIONS[date.count("-")]
