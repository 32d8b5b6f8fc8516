"""Predicate frames: which verbs and nouns express which relationship, and where their arguments are.

A frame names the relationship, the slots its target is read from (``dobj``, ``prep:to``,
``xcomp``, ...), the kinds of target it accepts, and fixed properties (a vote's ``choice``). The
same verb may carry several frames; the first whose target kind fits wins. Frames are keyed by
lemma and, because the tagger sometimes mistakes a verb for an adjective ("abstained" as JJ in a
coordination), by lower-cased surface form too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from diplograph.graph.schema import RelType

__all__ = ["NOUN_FRAMES", "SANCTION_NOUNS", "SAY_VERBS", "VERB_FRAMES", "Frame", "frames_for"]

ACTOR, STATE, EVENT, AGREEMENT, RESOLUTION, ISSUE, ORG = (
    "actor",
    "state",
    "event",
    "agreement",
    "resolution",
    "issue",
    "org",
)
POSITION = (ACTOR, EVENT, AGREEMENT, RESOLUTION, ISSUE)


@dataclass(frozen=True)
class Frame:
    rel: RelType
    slots: tuple[str, ...]
    targets: tuple[str, ...]
    name: str
    choice: str | None = None
    status: str | None = None
    role: str | None = None
    source_says: str | None = None
    #: the object must be one of these nouns for the frame to apply ("impose sanctions on X")
    object_nouns: frozenset[str] = field(default_factory=frozenset)
    #: the grammatical subject is the target and the argument in slot the source ("X was expelled from Y")
    patient_is_source: bool = False
    #: a particle the verb needs for this sense ("carry out", "put forward")
    particle: str | None = None
    #: objects that give the verb another sense ("launch a war" proposes nothing)
    excluded_nouns: frozenset[str] = field(default_factory=frozenset)


def _f(rel: RelType, slots: str, targets: tuple[str, ...], name: str, **kw: object) -> Frame:
    return Frame(rel, tuple(slots.split()), targets, name, **kw)  # type: ignore[arg-type]


#: what one launches without proposing anything
HOSTILE_NOUNS = frozenset(
    {
        "wave",
        "waves",
        "barrage",
        "salvo",
        "volley",
        "war",
        "wars",
        "attack",
        "attacks",
        "invasion",
        "offensive",
        "operation",
        "operations",
        "strike",
        "strikes",
        "missile",
        "missiles",
        "assault",
        "aggression",
        "campaign",
        "raid",
        "raids",
        "bombing",
        "rocket",
        "rockets",
        "drone",
        "drones",
        "satellite",
        "satellites",
        "counteroffensive",
        "incursion",
    }
)
SANCTION_NOUNS = frozenset({"sanction", "sanctions", "embargo", "embargoes", "embargos", "blockade", "restrictions"})

#: what one "meets" without meeting anyone
NOT_MET = frozenset(
    {
        "expectation",
        "need",
        "demand",
        "requirement",
        "standard",
        "goal",
        "target",
        "criterion",
        "obligation",
        "deadline",
        "commitment",
        "challenge",
        "threshold",
        "condition",
        "end",
    }
)
#: what one welcomes or receives of an actor without hosting it: "welcomed Egypt's leadership"
NOT_GUESTS = frozenset(
    {
        "leadership",
        "role",
        "effort",
        "efforts",
        "commitment",
        "decision",
        "participation",
        "contribution",
        "contributions",
        "engagement",
        "support",
        "statement",
        "announcement",
        "call",
        "offer",
        "report",
        "letter",
        "message",
    }
)
_SUPPORT = _f(RelType.SUPPORTS, "dobj xcomp ccomp-obj", POSITION, "support-verb.v1")
_OPPOSE = _f(RelType.OPPOSES, "dobj xcomp", POSITION, "oppose-verb.v1")
_CONDEMN = _f(RelType.CONDEMNS, "dobj", POSITION, "condemn-verb.v1")
_PROPOSE = _f(RelType.PROPOSES, "dobj xcomp", (ISSUE, AGREEMENT, EVENT, ACTOR), "propose-verb.v1")
#: a text put before a body: "the draft tabled by X", "One resolution was prepared by France"
_TABLE = _f(RelType.PROPOSES, "dobj", (RESOLUTION,), "table-text.v1", role="drafter")
_GOAL = _f(RelType.SUPPORTS, "dobj", (ISSUE, AGREEMENT, RESOLUTION), "goal-verb.v1", excluded_nouns=HOSTILE_NOUNS)
_AGAINST = _f(RelType.OPPOSES, "dobj", (ISSUE, ACTOR), "against-verb.v1")
_VISIT_TO = _f(RelType.VISITS, "prep:to", (STATE,), "visit-verb.v1")

VERB_FRAMES: dict[str, list[Frame]] = {
    # votes
    "vote": [
        _f(
            RelType.SUPPORTS,
            "prep:for prep:in_favour_of prep:in_favor_of",
            (RESOLUTION, ISSUE),
            "vote-pattern.v1",
            choice="yes",
        ),
        _f(RelType.OPPOSES, "prep:against", (RESOLUTION, ISSUE), "vote-pattern.v1", choice="no"),
    ],
    "abstain": [_f(RelType.ABSTAINS, "prep:on prep:from prep:in", (RESOLUTION,), "vote-pattern.v1", choice="abstain")],
    "abstained": [
        _f(RelType.ABSTAINS, "prep:on prep:from prep:in", (RESOLUTION,), "vote-pattern.v1", choice="abstain")
    ],
    "veto": [_f(RelType.OPPOSES, "dobj", (RESOLUTION,), "vote-pattern.v1", choice="no", source_says="vetoed")],
    # travel and presence
    "visit": [_f(RelType.VISITS, "dobj", (STATE, ACTOR), "visit-verb.v1")],
    "tour": [_f(RelType.VISITS, "dobj", (STATE,), "visit-verb.v1")],
    "go": [_VISIT_TO],
    "travel": [_VISIT_TO],
    "fly": [_VISIT_TO],
    "head": [_VISIT_TO],
    "come": [_VISIT_TO],
    "arrive": [_f(RelType.VISITS, "prep:in prep:at", (STATE,), "visit-verb.v1")],
    "attend": [_f(RelType.ATTENDS, "dobj", (EVENT,), "attend-verb.v1")],
    "participate": [
        _f(RelType.ATTENDS, "prep:in", (EVENT,), "attend-verb.v1"),
        _f(RelType.MEMBER_OF, "prep:in", (ORG,), "member-verb.v1"),
    ],
    "take": [_f(RelType.ATTENDS, "prep:in", (EVENT,), "attend-verb.v1", object_nouns=frozenset({"part"}))],
    "join": [
        _f(RelType.MEMBER_OF, "dobj", (ORG,), "member-verb.v1"),
        _f(RelType.ATTENDS, "dobj", (EVENT,), "attend-verb.v1"),
        # "joined the Paris Agreement": becoming a party is a stance on the agreement
        _f(RelType.SUPPORTS, "dobj", (AGREEMENT,), "support-verb.v1"),
    ],
    # "invited to enter BRICS": an organisation is entered by joining it
    "enter": [_f(RelType.MEMBER_OF, "dobj", (ORG,), "member-verb.v1")],
    "rejoin": [
        _f(RelType.MEMBER_OF, "dobj", (ORG,), "member-verb.v1"),
        _f(RelType.SUPPORTS, "dobj", (AGREEMENT,), "support-verb.v1"),
    ],
    "host": [_f(RelType.HOSTS, "dobj", (EVENT, ACTOR), "host-verb.v1")],
    "welcome": [
        # "China welcomes Russia and Ukraine to hold talks": the talks are welcomed, nobody is hosted
        _f(RelType.SUPPORTS, "xcomp", (ISSUE,), "support-verb.v1"),
        # "welcomes Egypt's leadership in X" hosts nobody
        _f(RelType.HOSTS, "dobj", (ACTOR,), "host-verb.v1", excluded_nouns=NOT_GUESTS),
        _f(RelType.SUPPORTS, "dobj", (ISSUE, AGREEMENT, EVENT, RESOLUTION), "support-verb.v1"),
    ],
    # "meets President Zelenskyy's expectations" meets nobody
    "meet": [_f(RelType.MEETS, "dobj prep:with", (ACTOR,), "meet-verb.v1", excluded_nouns=NOT_MET)],
    "talk": [_f(RelType.MEETS, "prep:with", (ACTOR,), "meet-verb.v1")],
    "speak": [_f(RelType.MEETS, "prep:with", (ACTOR,), "meet-verb.v1")],
    "confer": [_f(RelType.MEETS, "prep:with", (ACTOR,), "meet-verb.v1")],
    "receive": [_f(RelType.HOSTS, "dobj", (ACTOR,), "host-verb.v1", excluded_nouns=NOT_GUESTS)],
    # sanctions
    "sanction": [_f(RelType.SANCTIONS, "dobj", (ACTOR,), "sanction-verb.v1")],
    "impose": [
        _f(RelType.SANCTIONS, "prep:on prep:against", (ACTOR,), "sanction-verb.v1", object_nouns=SANCTION_NOUNS)
    ],
    "slap": [_f(RelType.SANCTIONS, "prep:on", (ACTOR,), "sanction-verb.v1", object_nouns=SANCTION_NOUNS)],
    "levy": [_f(RelType.SANCTIONS, "prep:on prep:against", (ACTOR,), "sanction-verb.v1", object_nouns=SANCTION_NOUNS)],
    "extend": [
        _f(RelType.SANCTIONS, "prep:on prep:against", (ACTOR,), "sanction-verb.v1", object_nouns=SANCTION_NOUNS)
    ],
    "introduce": [
        _TABLE,
        _f(RelType.SANCTIONS, "prep:on prep:against", (ACTOR,), "sanction-verb.v1", object_nouns=SANCTION_NOUNS),
    ],
    "announce": [
        _f(RelType.SANCTIONS, "prep:on prep:against", (ACTOR,), "sanction-verb.v1", object_nouns=SANCTION_NOUNS)
    ],
    "adopt": [
        _f(RelType.SANCTIONS, "prep:on prep:against", (ACTOR,), "sanction-verb.v1", object_nouns=SANCTION_NOUNS),
        _f(RelType.ADOPTS, "dobj", (RESOLUTION,), "adopt-verb.v1"),
        _f(RelType.SIGNS, "dobj", (AGREEMENT,), "sign-verb.v1"),
    ],
    # condemnation
    "condemn": [_CONDEMN],
    "denounce": [_CONDEMN],
    "criticize": [_CONDEMN],
    "criticise": [_CONDEMN],
    "accuse": [_f(RelType.CONDEMNS, "dobj", (ACTOR,), "condemn-verb.v1")],
    "blame": [_f(RelType.CONDEMNS, "dobj", (ACTOR,), "condemn-verb.v1")],
    "deplore": [_CONDEMN],
    "censure": [_CONDEMN],
    "rebuke": [_CONDEMN],
    "slam": [_CONDEMN],
    "castigate": [_CONDEMN],
    # positions
    "support": [_SUPPORT],
    "back": [_SUPPORT],
    "endorse": [_SUPPORT],
    "advocate": [_f(RelType.SUPPORTS, "dobj xcomp prep:for", POSITION, "support-verb.v1")],
    "champion": [_SUPPORT],
    "favor": [_SUPPORT],
    "favour": [_SUPPORT],
    "uphold": [_SUPPORT],
    "embrace": [_SUPPORT],
    "respect": [_SUPPORT],
    "safeguard": [_SUPPORT],
    "defend": [_SUPPORT],
    "preserve": [_SUPPORT],
    "promote": [_SUPPORT],
    "reaffirm": [_SUPPORT],
    "encourage": [_SUPPORT],
    "prioritize": [_SUPPORT],
    "prioritise": [_SUPPORT],
    # "seek peace", not "seek to underscore that ...": these take a noun object only
    "seek": [_f(RelType.SUPPORTS, "dobj", POSITION, "support-verb.v1")],
    "agree": [_f(RelType.SUPPORTS, "xcomp prep:to prep:on", POSITION, "support-verb.v1")],
    "call": [_f(RelType.SUPPORTS, "prep:for", POSITION, "support-verb.v1")],
    # "urge restraint" is too rare to tell from "urge the parties": only what they are urged to do
    "urge": [_f(RelType.SUPPORTS, "xcomp prep:for", POSITION, "support-verb.v1")],
    "invite": [_f(RelType.SUPPORTS, "prep:to", POSITION, "support-verb.v1")],
    # "return to the norms of the Charter"; places are visits' business, so issues only
    "return": [_f(RelType.SUPPORTS, "prep:to", (ISSUE,), "support-verb.v1")],
    "demand": [_f(RelType.SUPPORTS, "dobj", POSITION, "support-verb.v1")],
    "insist": [_f(RelType.SUPPORTS, "prep:on", POSITION, "support-verb.v1")],
    "adhere": [_f(RelType.SUPPORTS, "prep:to", POSITION, "support-verb.v1")],
    "live": [_f(RelType.SUPPORTS, "prep:to", POSITION, "support-verb.v1", particle="up")],
    "abide": [_f(RelType.SUPPORTS, "prep:by", POSITION, "support-verb.v1")],
    "make": [
        _f(
            RelType.SUPPORTS,
            "dobj",
            POSITION,
            "support-verb.v1",
            object_nouns=frozenset({"effort", "efforts", "commitment", "contribution", "contributions"}),
        )
    ],
    "emphasize": [
        _f(
            RelType.SUPPORTS,
            "dobj",
            POSITION,
            "support-verb.v1",
            object_nouns=frozenset({"need", "importance", "necessity", "significance", "value"}),
        )
    ],
    "emphasise": [
        _f(
            RelType.SUPPORTS,
            "dobj",
            POSITION,
            "support-verb.v1",
            object_nouns=frozenset({"need", "importance", "necessity", "significance", "value"}),
        )
    ],
    "stress": [
        _f(
            RelType.SUPPORTS,
            "dobj",
            POSITION,
            "support-verb.v1",
            object_nouns=frozenset({"need", "importance", "necessity", "significance", "value"}),
        )
    ],
    "underline": [
        _f(
            RelType.SUPPORTS,
            "dobj",
            POSITION,
            "support-verb.v1",
            object_nouns=frozenset({"need", "importance", "necessity", "significance"}),
        )
    ],
    "express": [
        _f(
            RelType.SUPPORTS,
            "dobj",
            POSITION,
            "support-verb.v1",
            object_nouns=frozenset({"support", "commitment", "determination", "readiness", "willingness"}),
        )
    ],
    "implement": [_SUPPORT],
    "foster": [_SUPPORT],
    # "carry forward the spirit of X"; "carry out aggression" is no support, and nobody carries out a state
    "carry": [
        _f(RelType.SUPPORTS, "dobj", (ISSUE, AGREEMENT, RESOLUTION), "support-verb.v1", excluded_nouns=HOSTILE_NOUNS)
    ],
    "pursue": [_f(RelType.SUPPORTS, "dobj", POSITION, "support-verb.v1", excluded_nouns=HOSTILE_NOUNS)],
    # goals stated as actions: "we will strengthen multilateralism", "secure peace in the region"
    "strengthen": [_GOAL],
    "advance": [_GOAL],
    "protect": [_GOAL],
    "ensure": [_GOAL],
    "secure": [_GOAL],
    "achieve": [_GOAL],
    "bolster": [_GOAL],
    "reinforce": [_GOAL],
    "restore": [_GOAL],
    "revive": [_GOAL],
    "revitalize": [_GOAL],
    "revitalise": [_GOAL],
    "salvage": [_GOAL],
    "deepen": [_GOAL],
    "enhance": [_GOAL],
    "build": [_GOAL],
    "accept": [_GOAL],
    "recognize": [_GOAL],
    "recognise": [_GOAL],
    # what one fights is what one opposes
    "combat": [_AGAINST],
    "fight": [_AGAINST],
    "thwart": [_AGAINST],
    "tackle": [_AGAINST],
    "defeat": [_AGAINST],
    "eradicate": [_AGAINST],
    "eliminate": [_AGAINST],
    "halt": [_AGAINST],
    "stop": [_AGAINST],
    "believe": [_f(RelType.SUPPORTS, "prep:in", POSITION, "support-verb.v1")],
    # "say no to the militarization of outer space"
    "say": [
        _f(RelType.OPPOSES, "prep:to", POSITION, "oppose-verb.v1", object_nouns=frozenset({"no"})),
        _f(RelType.SUPPORTS, "prep:to", POSITION, "support-verb.v1", object_nouns=frozenset({"yes"})),
    ],
    "comply": [_f(RelType.SUPPORTS, "prep:with", POSITION, "support-verb.v1")],
    "commit": [_f(RelType.SUPPORTS, "prep:to", POSITION, "support-verb.v1")],
    "push": [_f(RelType.SUPPORTS, "prep:for", POSITION, "support-verb.v1")],
    "press": [_f(RelType.SUPPORTS, "prep:for", POSITION, "support-verb.v1")],
    "stand": [
        _f(RelType.OPPOSES, "prep:against", POSITION, "oppose-verb.v1"),
        _f(RelType.SUPPORTS, "prep:for prep:with prep:by", POSITION, "support-verb.v1"),
    ],
    "abandon": [_f(RelType.SUPPORTS, "dobj", (ISSUE,), "support-verb.v1", status="abandoned")],
    "prevent": [_OPPOSE],
    "counter": [_OPPOSE],
    "curb": [_OPPOSE],
    "contain": [_f(RelType.OPPOSES, "dobj", (STATE, ACTOR), "oppose-verb.v1")],
    "oppose": [_OPPOSE],
    "reject": [_OPPOSE],
    "resist": [_OPPOSE],
    "refuse": [_f(RelType.OPPOSES, "dobj", (ISSUE, AGREEMENT, EVENT), "oppose-verb.v1")],
    "object": [_f(RelType.OPPOSES, "prep:to", POSITION, "oppose-verb.v1")],
    "protest": [_f(RelType.OPPOSES, "dobj prep:against", POSITION, "oppose-verb.v1")],
    "confront": [_f(RelType.OPPOSES, "dobj", (ISSUE,), "oppose-verb.v1")],
    # agreements and initiatives
    "sign": [_f(RelType.SIGNS, "dobj", (AGREEMENT,), "sign-verb.v1")],
    "ink": [_f(RelType.SIGNS, "dobj", (AGREEMENT,), "sign-verb.v1")],
    "conclude": [_f(RelType.SIGNS, "dobj", (AGREEMENT,), "sign-verb.v1")],
    "ratify": [_f(RelType.SIGNS, "dobj", (AGREEMENT,), "sign-verb.v1")],
    "publish": [
        _f(
            RelType.SIGNS,
            "dobj",
            (AGREEMENT,),
            "sign-verb.v1",
            object_nouns=frozenset({"declaration", "statement", "communique", "communiqué"}),
        )
    ],
    "issue": [
        _f(
            RelType.SIGNS,
            "dobj",
            (AGREEMENT,),
            "sign-verb.v1",
            object_nouns=frozenset({"declaration", "statement", "communique", "communiqué"}),
        )
    ],
    "propose": [_TABLE, _PROPOSE],
    "table": [_TABLE],
    "submit": [_TABLE],
    "sponsor": [_TABLE],
    "co-sponsor": [_TABLE],
    "cosponsor": [_TABLE],
    "prepare": [_TABLE],
    "present": [_TABLE],
    "draft": [_TABLE],
    "bring": [_TABLE],
    "launch": [
        _f(
            RelType.PROPOSES,
            "dobj xcomp",
            (ISSUE, AGREEMENT, EVENT, ACTOR),
            "propose-verb.v1",
            excluded_nouns=HOSTILE_NOUNS,
        )
    ],
    "initiate": [_TABLE, _PROPOSE],
    "suggest": [_PROPOSE],
    "unveil": [_PROPOSE],
    "float": [_PROPOSE],
    "put": [_f(RelType.PROPOSES, "dobj", (ISSUE, AGREEMENT, EVENT), "propose-verb.v1", particle="forward")],
    "hope": [_f(RelType.PROPOSES, "ccomp-obj", (ISSUE,), "propose-verb.v1")],
    # cooperation and membership
    "cooperate": [_f(RelType.COOPERATES_WITH, "prep:with", (ACTOR,), "cooperate-verb.v1")],
    "work": [_f(RelType.COOPERATES_WITH, "prep:with", (ACTOR,), "cooperate-verb.v1")],
    "collaborate": [_f(RelType.COOPERATES_WITH, "prep:with", (ACTOR,), "cooperate-verb.v1")],
    "partner": [_f(RelType.COOPERATES_WITH, "prep:with", (ACTOR,), "cooperate-verb.v1")],
    "ally": [_f(RelType.COOPERATES_WITH, "prep:with", (ACTOR,), "cooperate-verb.v1")],
    "lead": [_f(RelType.MEMBER_OF, "dobj", (ORG,), "member-verb.v1", role="leading member")],
    "expel": [_f(RelType.MEMBER_OF, "prep:from", (ORG,), "member-verb.v1", status="expelled", patient_is_source=True)],
    "suspend": [
        _f(RelType.MEMBER_OF, "prep:from", (ORG,), "member-verb.v1", status="suspended", patient_is_source=True)
    ],
    "admit": [_f(RelType.MEMBER_OF, "prep:to prep:into", (ORG,), "member-verb.v1", patient_is_source=True)],
}

#: adjectival predicates ("we remain committed to X", "China is opposed to X"), read like verbs
ADJ_FRAMES: dict[str, list[Frame]] = {
    "committed": [_f(RelType.SUPPORTS, "prep:to", POSITION, "support-adjective.v1")],
    "dedicated": [_f(RelType.SUPPORTS, "prep:to", POSITION, "support-adjective.v1")],
    "devoted": [_f(RelType.SUPPORTS, "prep:to", POSITION, "support-adjective.v1")],
    "attached": [_f(RelType.SUPPORTS, "prep:to", POSITION, "support-adjective.v1")],
    "supportive": [_f(RelType.SUPPORTS, "prep:of", POSITION, "support-adjective.v1")],
    "opposed": [_f(RelType.OPPOSES, "prep:to", POSITION, "oppose-adjective.v1")],
    "against": [_f(RelType.OPPOSES, "pobj", POSITION, "oppose-adjective.v1")],
    "resolute": [_f(RelType.SUPPORTS, "prep:in", POSITION, "support-adjective.v1")],
    "steadfast": [_f(RelType.SUPPORTS, "prep:in", POSITION, "support-adjective.v1")],
    "firm": [_f(RelType.SUPPORTS, "prep:in", POSITION, "support-adjective.v1")],
    "open": [_f(RelType.SUPPORTS, "prep:to", (ISSUE,), "support-adjective.v1")],
    "ready": [_f(RelType.SUPPORTS, "prep:for", (ISSUE,), "support-adjective.v1")],
    # concern is a stance against: "concerned about the militarization of outer space"
    "concerned": [_f(RelType.OPPOSES, "prep:about prep:over prep:at", (ISSUE,), "oppose-adjective.v1")],
}

#: nominal predicates: noun -> frames whose slots are read off the noun
NOUN_FRAMES: dict[str, list[Frame]] = {
    "visit": [_f(RelType.VISITS, "prep:to", (STATE, ACTOR), "visit-noun.v1")],
    "trip": [_f(RelType.VISITS, "prep:to", (STATE,), "visit-noun.v1")],
    "sanction": [_f(RelType.SANCTIONS, "prep:on prep:against", (ACTOR,), "sanction-noun.v1")],
    "sanctions": [_f(RelType.SANCTIONS, "prep:on prep:against", (ACTOR,), "sanction-noun.v1")],
    "embargo": [_f(RelType.SANCTIONS, "prep:on prep:against", (ACTOR,), "sanction-noun.v1")],
    "support": [_f(RelType.SUPPORTS, "prep:for prep:to", POSITION, "support-noun.v1")],
    "endorsement": [_f(RelType.SUPPORTS, "prep:of prep:for prep:on", POSITION, "support-noun.v1")],
    "opposition": [_f(RelType.OPPOSES, "prep:to prep:against", POSITION, "oppose-noun.v1")],
    "rejection": [_f(RelType.OPPOSES, "prep:of", POSITION, "oppose-noun.v1")],
    "condemnation": [_f(RelType.CONDEMNS, "prep:of", POSITION, "condemn-noun.v1")],
    "proposal": [_f(RelType.PROPOSES, "prep:of prep:for", (ISSUE, AGREEMENT, EVENT, ACTOR), "propose-noun.v1")],
    "initiative": [_f(RelType.PROPOSES, "prep:of", (ISSUE,), "propose-noun.v1")],
    "meeting": [_f(RelType.MEETS, "prep:with prep:between", (ACTOR,), "meet-noun.v1")],
    "meetings": [_f(RelType.MEETS, "prep:with prep:between prep:of", (ACTOR,), "meet-noun.v1")],
    "talks": [_f(RelType.MEETS, "prep:with prep:between", (ACTOR,), "meet-noun.v1")],
    "conversation": [_f(RelType.MEETS, "prep:with prep:between", (ACTOR,), "meet-noun.v1")],
    "call": [_f(RelType.MEETS, "prep:with prep:between", (ACTOR,), "meet-noun.v1")],
    "summit": [_f(RelType.MEETS, "prep:with prep:between", (ACTOR,), "meet-noun.v1")],
    "cooperation": [_f(RelType.COOPERATES_WITH, "prep:with prep:between", (ACTOR,), "cooperate-noun.v1")],
    "partnership": [_f(RelType.COOPERATES_WITH, "prep:with prep:between", (ACTOR,), "cooperate-noun.v1")],
    "engagement": [_f(RelType.COOPERATES_WITH, "prep:with", (ACTOR,), "cooperate-noun.v1")],
    "alliance": [_f(RelType.COOPERATES_WITH, "prep:with prep:between", (ACTOR,), "cooperate-noun.v1")],
    "collaboration": [_f(RelType.COOPERATES_WITH, "prep:with prep:between", (ACTOR,), "cooperate-noun.v1")],
    "membership": [_f(RelType.MEMBER_OF, "prep:in prep:of", (ORG,), "member-noun.v1")],
    "leadership": [_f(RelType.MEMBER_OF, "prep:in prep:of", (ORG,), "member-noun.v1", role="leading member")],
    "member": [_f(RelType.MEMBER_OF, "prep:of", (ORG,), "member-noun.v1")],
    "members": [_f(RelType.MEMBER_OF, "prep:of", (ORG,), "member-noun.v1")],
    "invitation": [_f(RelType.HOSTS, "prep:of", (ACTOR,), "host-noun.v1")],
}

#: verbs of saying: their clausal complement's claims carry the sayer as speaker
SAY_VERBS = {
    "say",
    "state",
    "stress",
    "emphasize",
    "emphasise",
    "note",
    "reiterate",
    "declare",
    "announce",
    "tell",
    "express",
    "add",
    "affirm",
    "underline",
    "underscore",
    "claim",
    "warn",
    "point",
    "make",
    "insist",
    "assert",
    "maintain",
    "repeat",
    "clarify",
    "explain",
    "confirm",
    "write",
    "argue",
}
#: heads that turn their xcomp into a plan rather than a fact
PLAN_VERBS = {
    "plan",
    "intend",
    "want",
    "hope",
    "expect",
    "prepare",
    "aim",
    "try",
    "wish",
    "seek",
    "decide",
    "agree",
    "pledge",
    "promise",
    "vow",
    "threaten",
    "consider",
}
STATUS_OF_PLAN = {
    "pledge": "pledged",
    "promise": "pledged",
    "vow": "pledged",
    "expect": "expected",
    "consider": "proposed",
    "decide": "announced",
}


def frames_for(token_lemma: str, token_lower: str) -> list[Frame]:
    return VERB_FRAMES.get(token_lemma) or VERB_FRAMES.get(token_lower) or []
