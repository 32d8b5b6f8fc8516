"""The API's vocabularies as named enums, one schema each in the OpenAPI document.

A ``Literal`` is written inline wherever it is used, so a generated client got one enum class per
use (six copies of the granularity, four of the relationship types); an ``Enum`` is one component
schema (``#/components/schemas/Granularity``) that every operation refers to. The members are
``StrEnum``s: they compare equal to their values and format as them, so code that passes them on
to the analysis or into Cypher sees plain strings.
"""

from __future__ import annotations

from enum import StrEnum

from diplograph.graph.plover import EVENTS as PLOVER_EVENTS
from diplograph.graph.schema import CLAIM_TYPES, NodeKind, RelType

__all__ = [
    "ActorKind",
    "AlignmentGranularity",
    "ClaimDirection",
    "ClaimType",
    "CommunityBasis",
    "DatePrecision",
    "DirectionFilter",
    "EventKind",
    "Granularity",
    "IssueLevel",
    "NodeKind",
    "PloverEvent",
    "RelType",
    "Stance",
]

#: every relationship type but MENTIONS: the types a claim can have
ClaimType = StrEnum("ClaimType", {t.value: t.value for t in sorted(CLAIM_TYPES)})  # type: ignore[misc]
ClaimType.__doc__ = "A claim's relationship type (every relationship type but MENTIONS)."

#: PLOVER's event types, most conflictual first (graph/data/plover.yaml)
PloverEvent = StrEnum("PloverEvent", {e: e for e in PLOVER_EVENTS})  # type: ignore[misc]
PloverEvent.__doc__ = "A PLOVER event type (the Open Event Data Alliance's event ontology, POLECAT's coding)."


class ActorKind(StrEnum):
    """The kind label of an actor."""

    STATE = "State"
    PERSON = "Person"
    ORGANISATION = "Organisation"
    GROUP = "Group"


class EventKind(StrEnum):
    """The kind label of an event."""

    SUMMIT = "Summit"
    RESOLUTION = "Resolution"
    AGREEMENT = "Agreement"


class IssueLevel(StrEnum):
    """Where a position on an issue is counted: ``issue``, the taxonomy node its phrase was mapped
    to, or ``topic``, that issue's parent in the two-level taxonomy (extract/data/issues.yaml);
    a topic, an issue outside the taxonomy and a target that is not an issue stay themselves."""

    ISSUE = "issue"
    TOPIC = "topic"


class Granularity(StrEnum):
    """Period length: a claim known only to the year stays in the year's period under month."""

    YEAR = "year"
    MONTH = "month"


class AlignmentGranularity(StrEnum):
    """Period length of an alignment; ``all`` pools the whole range into one period."""

    YEAR = "year"
    MONTH = "month"
    ALL = "all"


class DatePrecision(StrEnum):
    """How much of a date the source gives: ``2022``, ``2022-03`` or ``2022-03-02``."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


class Stance(StrEnum):
    """The sign of the summed scores of a period's claims (mixed: they cancel out)."""

    SUPPORT = "support"
    OPPOSE = "oppose"
    ABSTAIN = "abstain"
    MIXED = "mixed"


class ClaimDirection(StrEnum):
    """Which end of a claim an actor is: out, the subject; in, the object."""

    OUT = "out"
    IN = "in"


class DirectionFilter(StrEnum):
    """Which of an actor's claims to list: out (subject), in (object) or both."""

    OUT = "out"
    IN = "in"
    BOTH = "both"


class CommunityBasis(StrEnum):
    """What ties actors into communities: claims between them, agreeing votes or agreeing positions."""

    RELATIONS = "relations"
    VOTES = "votes"
    POSITIONS = "positions"


# NodeKind and RelType are the graph contract's own enums (diplograph.graph.schema), re-exported.
_ = (NodeKind, RelType)
