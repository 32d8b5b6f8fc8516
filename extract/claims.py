"""Claims from grammar: predicate frames applied over the dependency parse, sentence by sentence.

For each predicate (a verb of lexicon.VERB_FRAMES or a noun of lexicon.NOUN_FRAMES) the reader
finds its source (subject, passive agent, possessor, or inherited through coordination, control
and purpose clauses) and its target (the frame's slots), expands coordinated and "such as"
arguments, and records what the clause says about the fact: negation (no claim), modality
(``status``: planned, pledged, ...), reported speech (``speaker``), pairing with "respectively".

Grammar cases handled here, each with a test in tests/extract/test_claims.py: coordination of
subjects, objects and verbs; "respectively" lists; passives with and without agent; participles
("sanctions imposed on X by Y"); purpose clauses ("went to X to attend Y"); relative clauses;
appositions and titles (HOLDS_OFFICE); "As a member of X, Y ..."; "at <event>" (ATTENDS);
"held in X" and "at the invitation of P" (HOSTS); votes with tallies (ADOPTS).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from diplograph.graph.schema import NodeKind, RelType

from .actors import ActorLinker, ActorMention
from .dates import DateMention
from .discourse import Discourse
from .gazetteer import Gazetteer
from .lexicon import (
    ACTOR,
    ADJ_FRAMES,
    AGREEMENT,
    EVENT,
    ISSUE,
    NOUN_FRAMES,
    ORG,
    PLAN_VERBS,
    RESOLUTION,
    SAY_VERBS,
    STATE,
    STATUS_OF_PLAN,
    Frame,
    frames_for,
)
from .nps import (
    AGREEMENT_HEADS,
    COLLECTIVE_HEADS,
    EVENT_HEADS,
    EVENT_NAME_PREPS,
    SOFT_EVENT_HEADS,
    conjuncts,
    phrase,
    phrase_span,
    such_as,
)
from .resolutions import TEXT_NOUNS, legislative, penholders, resolution_facts

if TYPE_CHECKING:
    from .issues import IssueRef

__all__ = ["Candidate", "ClaimReader", "SentenceContext", "Target"]

#: a constructions family's reader: (the sentence reader, the sentence, candidates so far) -> more
ConstructionFn = Callable[["ClaimReader", "SentenceContext", "list[Candidate]"], Iterable["Candidate"]]

#: light verbs whose object noun carries the predicate: "pay a visit", "impose sanctions"
LIGHT_VERBS = {
    "pay",
    "make",
    "hold",
    "have",
    "conduct",
    "carry",
    "maintain",
    "strengthen",
    "deepen",
    "expand",
    "enhance",
    "build",
    "develop",
    "establish",
    "forge",
    "seek",
    "express",
    "voice",
    "offer",
    "give",
    "provide",
    "announce",
    "reaffirm",
    "impose",
    "continue",
    "promote",
    "boost",
    "intensify",
    "pursue",
    "sign",
    "reach",
    "launch",
    "consolidate",
    "upgrade",
    "step",
    "take",
    "show",
    "extend",
    "lend",
    "reiterate",
    "state",
    "declare",
    "confirm",
    "demonstrate",
    "register",
}
#: verbs whose subject undergoes the noun's predicate: "Russia suffered sanctions from the West"
UNDERGO_VERBS = {"suffer", "face", "receive", "endure", "incur", "undergo"}
#: a deontic passive with no agent states the paragraph's position holder's view
DEONTIC_SUPPORT = {
    "respect",
    "uphold",
    "safeguard",
    "protect",
    "preserve",
    "honor",
    "honour",
    "observe",
    "take",
    "support",
    "strengthen",
    "promote",
    "guarantee",
    "ensure",
    "maintain",
    "address",
    "implement",
}
DEONTIC_OPPOSE = {
    "abandon",
    "reject",
    "oppose",
    "avoid",
    "prevent",
    "stop",
    "end",
    "condemn",
    "discard",
    "renounce",
    "suppress",
    "defeat",
    "eradicate",
    "eliminate",
    "halt",
    "lift",
    "dismantle",
    "curb",
    "combat",
    "counter",
    "fight",
}
EVENT_CONVENING_PREPS = {"at", "during"}
#: verbs whose object is the real issue: "provide security guarantees", "take concerns seriously"
#: verbs of attention whose prepositional object is the issue ("think about", "focus on")
ATTENTION_VERBS = {"think", "focus", "concentrate", "reflect", "work", "turn", "attend"}
ISSUE_LIGHT_VERBS = {
    "provide",
    "give",
    "offer",
    "grant",
    "ensure",
    "take",
    "make",
    "achieve",
    "reach",
    "establish",
    "build",
    "create",
    "pursue",
    "seek",
}
#: nouns of resolve whose infinitive says what is supported: "determination to foster X"
COMMITMENT_NOUNS = {
    "determination",
    "commitment",
    "resolve",
    "readiness",
    "willingness",
    "intention",
    "desire",
    "pledge",
    "promise",
    "efforts",
    "effort",
    "aspiration",
    "need",
    "importance",
    "necessity",
    "significance",
    "support",
    "return",
}
#: occasions, which are events or nothing, never issues
OCCASION_NOUNS = {"visit", "trip", "tour", "journey", "stopover", "stay"}
#: verbs whose object is the one asked to act: "encourage / urge / invite X to do Y"
OBJECT_CONTROL_VERBS = {
    "encourage",
    "urge",
    "ask",
    "invite",
    "call",
    "press",
    "push",
    "persuade",
    "help",
    "enable",
    "allow",
    "empower",
    "challenge",
    "inspire",
    "request",
    "require",
}
#: nouns whose "of" phrase is the content proposed: "the proposal of building X"
PROPOSAL_NOUNS = {"proposal", "idea", "concept", "vision", "notion", "initiative"}
#: texts whose purpose a following infinitive states: "the resolution to combat X"
PURPOSE_TEXT_NOUNS = {"resolution", "draft", "proposal", "initiative", "convention", "treaty", "declaration", "bill"}
#: what is owed rather than done: "its obligations to uphold peace" states no stance of its holder
OBLIGATION_NOUNS = {"obligation", "duty", "responsibility", "mandate"}
#: texts whose subject is their "on" object: "the draft resolution on the inadmissibility of X"
TOPIC_NOUNS = {"draft", "resolution", "declaration", "document", "instrument"}
#: nominalisations whose content is their "of" object: "the establishment of a cyberspace that is open"
CONTENT_NOUNS = {
    "launch",
    "imposition",
    "establishment",
    "creation",
    "building",
    "formation",
    "promotion",
    "development",
    "strengthening",
    "implementation",
    "preservation",
    "protection",
    "maintenance",
    "safeguarding",
    "realization",
    "realisation",
    "consolidation",
    "resumption",
    "intensification",
    "continuation",
    "revitalization",
    "revitalisation",
    "restoration",
    "reinforcement",
    "enhancement",
    "adoption",
    "conclusion",
    "ratification",
    # what a practice shows itself as: "the egregious phenomenon of rehabilitating Nazis"
    "phenomenon",
    "manifestation",
    "manifestations",
    "resurgence",
}
ASPECTUAL_VERBS = {"continue", "keep", "start", "begin", "resume", "try", "strive", "work"}
#: a speaker's evaluations that state a position on their subject
POSITIVE_EVAL = {
    "essential",
    "vital",
    "crucial",
    "important",
    "indispensable",
    "necessary",
    "imperative",
    "critical",
    "paramount",
    "key",
    "fundamental",
}
NEGATIVE_EVAL = {
    "unacceptable",
    "illegal",
    "illegitimate",
    "unlawful",
    "inadmissible",
    "counterproductive",
    "dangerous",
    "destructive",
    "wrong",
    "unjustified",
    "deplorable",
    "reprehensible",
    "intolerable",
    "abhorrent",
    "irresponsible",
}
#: judgements a speaker passes on a practice by naming it: "the illegal unilateral sanctions", "the
#: heedless expansion of NATO" (a stricter set than NEGATIVE_EVAL: "dangerous" describes situations)
ATTRIBUTIVE_NEGATIVE = {
    "illegal",
    "illegitimate",
    "unlawful",
    "destructive",
    "irresponsible",
    "reckless",
    "heedless",
    "irrational",
    "provocative",
    "inhumane",
    "barbaric",
    "criminal",
    "egregious",
    "shameful",
    "disgraceful",
    "outrageous",
}
#: what a speaker says there is none of, and what that denial means for its object: "there is no
#: place (justification, excuse) for terrorism" opposes it; "there is no alternative to dialogue"
#: supports it
ABSENCE_NOUNS = {
    "place": RelType.OPPOSES,
    "justification": RelType.OPPOSES,
    "excuse": RelType.OPPOSES,
    "room": RelType.OPPOSES,
    "impunity": RelType.OPPOSES,
    "alternative": RelType.SUPPORTS,
}
#: nouns for the way a practice shows itself, which any negative judgement judges the practice by:
#: "a dangerous manifestation of NATO's expansionism" ("dangerous" alone describes situations)
SHOWING_NOUNS = {"phenomenon", "manifestation", "trend", "tendency", "practice"}
#: words of worry, and the goods one worries for rather than about ("concerned about arms control")
CONCERN_WORDS = {"concerned", "worried", "alarmed", "troubled"}
VALUE_NOUNS = {
    "control",
    "disarmament",
    "non-proliferation",
    "nonproliferation",
    "stability",
    "peace",
    "security",
    "cooperation",
    "development",
    "rights",
    "law",
    "multilateralism",
    "regime",
    "architecture",
    "treaty",
    "agreement",
    "process",
}
#: verbs of harm done to something: what another does so to, a speaker upholds ("violates the
#: Charter"), and whoever does it, the speaker accuses
HARMING_VERBS = {
    "undermine",
    "violate",
    "threaten",
    "contravene",
    "erode",
    "jeopardize",
    "jeopardise",
    "endanger",
    "sabotage",
    "flout",
    "breach",
    "subvert",
}
#: verbs whose object, undermined by another, the speaker upholds ("violates the Charter")
UPHOLDING_VERBS = HARMING_VERBS | {
    "obstruct",
    "impede",
    "hinder",
    "derail",
    "torpedo",
    "disregard",
    "trample",
    "dismantle",
    "devalue",
    "discredit",
    "circumvent",
    "bypass",
}
#: verbs of obstruction that do not accuse by themselves ("hinder the process")
OBSTRUCTING_VERBS = UPHOLDING_VERBS - {"threaten"}
#: verbs that stop something, good or bad: what another is said to prevent, the speaker upholds
#: only when it is a good ("they try to prevent a multipolar world", never "prevent terrorism")
THWARTING_VERBS = {"prevent", "block", "thwart", "stop", "slow", "halt", "stall", "frustrate", "hamper"}
#: nouns whose "of" / "on" object another is said to undermine: "in violation of resolution 2231"
VIOLATION_NOUNS = {
    "violation",
    "violations",
    "breach",
    "attack",
    "attacks",
    "assault",
    "undermining",
    "erosion",
    "disregard",
    "contempt",
    "disrespect",
    "circumvention",
}
#: what a speaker accuses its subject of: the subject is opposed (a practice) or condemned (an actor)
ACCUSING_VERBS = HARMING_VERBS | {
    "destabilize",
    "destabilise",
    "interfere",
    "meddle",
    "invade",
    "annex",
    "occupy",
    "bomb",
    "exacerbate",
    "fuel",
    "provoke",
    "repudiate",
    "renege",
}
#: "our priority is X": what a speaker names as its aim it supports
AIM_NOUNS = {"priority", "goal", "aim", "objective"}
#: what a speaker calls a practice when condemning it: "X is a flagrant violation of the Charter"
WRONG_NOUNS = {"violation", "breach", "affront", "travesty", "crime", "disgrace", "abuse", "outrage"}
#: evaluations that oppose when negated ("X is not acceptable") and support otherwise
ACCEPTABLE_EVAL = {"acceptable", "legitimate", "justified", "admissible", "tolerable"}
#: nouns that introduce a list of principles: "must follow four principles: respecting X, abiding by Y"
PRINCIPLE_NOUNS = {
    "principle",
    "principles",
    "point",
    "points",
    "position",
    "positions",
    "stance",
    "element",
    "elements",
    "pillar",
    "pillars",
    "priority",
    "priorities",
}
SYMMETRIC_VERB_TYPES = {RelType.MEETS, RelType.COOPERATES_WITH}
#: nouns of two-sided relations whose two sides stand in front: "the China-Russia partnership"
BILATERAL_NOUNS = {
    "partnership",
    "cooperation",
    "alliance",
    "collaboration",
    "meeting",
    "meetings",
    "talks",
    "summit",
    "relations",
    "relationship",
    "dialogue",
    "ties",
    "call",
    "conversation",
}
#: relationships whose clause modality becomes a status (planned visits, pledged sanctions)
MODAL_TYPES = {
    RelType.VISITS,
    RelType.ATTENDS,
    RelType.HOSTS,
    RelType.MEETS,
    RelType.SIGNS,
    RelType.SANCTIONS,
    RelType.MEMBER_OF,
    RelType.PROPOSES,
}
#: verbs that advocate what their complement says: "called on all countries to oppose X"
ADVOCACY_VERBS = {"call", "urge", "appeal", "encourage", "exhort", "press", "invite"}
#: nouns whose content is their complement: "any attempt to embellish fascism"
LIGHT_NOUNS = {
    "plot",
    "attempt",
    "attempts",
    "effort",
    "efforts",
    "move",
    "moves",
    "action",
    "actions",
    "bid",
    "scheme",
    "practice",
    "practices",
    "act",
    "acts",
    "idea",
    "steps",
    "step",
    "measures",
    "measure",
    "policy",
    "policies",
    "approach",
    "decision",
    "model",
    "world",
    "order",
    "system",
    "arrangement",
    "future",
    "mechanism",
}
#: "China's foreign policy is rooted in principles such as X": the policy's owner holds X
POLICY_NOUNS = {
    "policy",
    "policies",
    "position",
    "positions",
    "stance",
    "diplomacy",
    "approach",
    "strategy",
    "vision",
    "philosophy",
    "doctrine",
}
GROUNDING_VERBS = {
    "root": ("in",),
    "base": ("on", "upon"),
    "ground": ("in", "on"),
    "guide": ("by",),
    "anchor": ("in",),
    "build": ("on", "upon"),
}
_TALLY = {
    "yes": re.compile(r"(\d[\d,]*)\s+(?:votes?\s+|countries\s+|states\s+)?(?:in\s+favou?r|for|yes|supporting)\b", re.I),
    "no": re.compile(r"(\d[\d,]*)\s+(?:votes?\s+|countries\s+|states\s+)?(?:against|no\b|opposed)", re.I),
    "abstain": re.compile(r"(\d[\d,]*)\s+(?:abstentions?|(?:countries\s+|states\s+)?abstain(?:ed|ing))", re.I),
}
_UN_BODY_IDS = {"org:unsc", "org:unga", "org:unhrc"}
#: "resolution 2231 (2015)": a Security Council resolution's number and year
_NUMBERED = re.compile(r"\s*(\d{3,4})\b(?:\s*\((\d{4})\))?")
_SYMBOL = re.compile(r"\b(?:A/RES/)?(ES-\d{1,2}/\d{1,2}|\d{2}/\d{1,3})\b|\bS/RES/(\d{3,4})\b")


@dataclass
class Target:
    """What a claim points at: an actor mention, or a node made from an NP."""

    kind: str  # actor | event | agreement | resolution | issue
    actor: ActorMention | None = None
    head: Token | None = None
    name: str = ""
    #: extra node facts read from the text (tallies, body, symbol, place)
    facts: dict[str, object] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return self.actor.node_id if self.actor else f"{self.kind}:{self.name.lower()}"


@dataclass
class Candidate:
    rel: RelType
    source: ActorMention
    target: Target
    sent: Span
    anchor: Token
    extractor: str
    confidence: float = 0.8
    choice: str | None = None
    status: str | None = None
    role: str | None = None
    speaker: str | None = None
    source_says: str | None = None
    date: DateMention | None = None
    attrs: dict[str, object] = field(default_factory=dict)


@dataclass
class SentenceContext:
    sent: Span
    mentions: list[ActorMention]
    by_token: dict[int, ActorMention]
    dates: list[DateMention]
    #: token index -> date mention covering it
    date_at: dict[int, DateMention]
    discourse: Discourse
    date: str | None
    paragraph_index: int
    #: start offsets of dates that modify a clause ("In June 2022, ..."), not a noun ("the talks in 2022")
    adverbial: set[int] = field(default_factory=set)


class ClaimReader:
    def __init__(self, linker: ActorLinker, constructions: Sequence[tuple[str, ConstructionFn]] = ()) -> None:
        self.linker = linker
        self.gaz = linker.gaz
        #: the readers of the constructions families (extract/constructions), walked after the frames
        self.constructions = list(constructions)

    # -- entry point ------------------------------------------------------------------------

    def read_sentence(self, ctx: SentenceContext) -> list[Candidate]:
        out: list[Candidate] = []
        seen_subjects: list[ActorMention] = []
        for tok in ctx.sent:
            if tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in tok.children):
                ctx.discourse.note_subject(self.subjects(tok, ctx)[0])
            if tok.dep_ in ("acomp", "oprd") or (
                tok.pos_ == "VERB" and tok.lower_ in ADJ_FRAMES and _copular_passive(tok)
            ):
                adj_frames = ADJ_FRAMES.get(tok.lower_) or ADJ_FRAMES.get(tok.lemma_.lower())
                if adj_frames:
                    out.extend(self._verb_claims(tok, adj_frames, ctx))
                    continue
            if tok.lower_ == "against" and tok.dep_ == "prep" and tok.head.lemma_ == "be":
                out.extend(self._verb_claims(tok, ADJ_FRAMES["against"], ctx))  # "China is firmly against X"
                continue
            if self._is_predicate_verb(tok):
                frames = frames_for(tok.lemma_.lower(), tok.lower_)
                if frames:
                    out.extend(self._verb_claims(tok, frames, ctx))
                if tok.lemma_.lower() == "hold" or tok.lower_ == "held":
                    out.extend(self._held_in(tok, ctx))
            if tok.pos_ in ("NOUN", "PROPN"):
                frames = NOUN_FRAMES.get(tok.lower_) or NOUN_FRAMES.get(tok.lemma_.lower())
                if frames:
                    out.extend(self._noun_claims(tok, frames, ctx))
                if tok.lemma_.lower() in AGREEMENT_HEADS:
                    out.extend(self._owned_agreement(tok, ctx))
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
                seen_subjects.extend(self.denote(tok, ctx))
        # the constructions below each need a trigger word; most sentences have none of them
        lemmas = {t.lemma_.lower() for t in ctx.sent}
        if lemmas & ADVOCACY_VERBS:
            out.extend(self._calls_to_action(ctx))
        if lemmas & GROUNDING_VERBS.keys():
            out.extend(self._grounded_policy(ctx))
        out.extend(self._titles(ctx))
        if lemmas & {"member", "founder"}:
            out.extend(self._as_member(ctx))
        if lemmas & EVENT_CONVENING_PREPS:
            out.extend(self._at_event(ctx))
        if lemmas & {"summit", "meeting", "talks", "forum"}:
            out.extend(self._event_participants(ctx))
        holder = self._holder(ctx)
        if holder is not None and lemmas & (PRINCIPLE_NOUNS | {"must", "should", "shall", "need", "ought"}):
            out.extend(self._deontic(ctx))
        if ctx.discourse.voice.state is not None and lemmas & (
            POSITIVE_EVAL
            | NEGATIVE_EVAL
            | ATTRIBUTIVE_NEGATIVE
            | ACCEPTABLE_EVAL
            | WRONG_NOUNS
            | AIM_NOUNS
            | ABSENCE_NOUNS.keys()
        ):
            out.extend(self._evaluative(ctx))
        if ctx.discourse.voice.state is not None and lemmas & (
            ACCUSING_VERBS | OBSTRUCTING_VERBS | THWARTING_VERBS | VIOLATION_NOUNS | {"fly"}
        ):
            out.extend(self._accusations(ctx))
        for _name, construction in self.constructions:
            out.extend(construction(self, ctx, out))
        for c in out:
            if c.rel is RelType.ADOPTS:
                ctx.discourse.last_adopter = c.source
        out.extend(self._tallies(ctx, out))
        out.extend(_venues(out))
        out.extend(self._condemned_owners(out, ctx))
        ctx.discourse.note_subject(_unique(seen_subjects))
        if _is_question(ctx.sent):
            # "Is President Biden willing to hold a summit with Xi?" asserts no summit; the title
            # in it still names the office its holder holds
            return [c for c in out if c.rel is RelType.HOLDS_OFFICE]
        return out

    @staticmethod
    def _is_predicate_verb(tok: Token) -> bool:
        if tok.pos_ in ("VERB", "AUX"):
            return True
        # the tagger's slips in coordinations: "abstained, abstained, and vetoed" (2nd as JJ)
        return tok.tag_ in ("VBN", "VBD", "JJ") and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "ADJ")

    # -- what an argument denotes -----------------------------------------------------------

    def mention_at(self, tok: Token, ctx: SentenceContext) -> ActorMention | None:
        return ctx.by_token.get(tok.i)

    def denote(self, tok: Token, ctx: SentenceContext, *, expand: bool = True) -> list[ActorMention]:
        """The actors an argument names, over coordination and "such as" lists."""
        heads = conjuncts(tok) if expand else [tok]
        if expand and (first := self.mention_at(tok, ctx)) is not None and first.kind is NodeKind.STATE:
            # a list the parser hung as an apposition: "The United Arab Emirates, Argentina, Egypt and Ethiopia"
            for c in tok.children:
                if c.dep_ == "appos" and (m := self.mention_at(c, ctx)) is not None and m.kind is NodeKind.STATE:
                    heads += [h for h in conjuncts(c) if h not in heads]
        out: list[ActorMention] = []
        for head in heads:
            out.extend(self._denote_one(head, ctx))
        # "Like Ukraine, Moldova and Georgia are ..." is handled by the verb; "as well as X"
        for child in tok.children:
            if child.dep_ == "cc" and child.lower_ == "as":
                for sub in child.head.children:
                    if sub.dep_ == "conj" and sub not in heads:
                        out.extend(self._denote_one(sub, ctx))
        return _unique(out)

    def _denote_one(self, tok: Token, ctx: SentenceContext) -> list[ActorMention]:
        m = self.mention_at(tok, ctx)
        if m is not None and not m.is_adjective:
            return [m]
        if m is not None and m.kind is NodeKind.STATE and tok.pos_ == "PROPN" and tok.dep_ in ("dobj", "pobj"):
            return [m]  # "visited the US": a form that is mostly a modifier ("US sanctions") as a noun
        members = such_as(tok)
        if members:
            out = []
            for member in members:
                out.extend(self._denote_one(member, ctx))
            if out:
                return out
        word = tok.lower_
        ahead = self._cataphora(tok, ctx)
        if ahead:
            return ahead
        resolved = ctx.discourse.resolve(tok)
        if resolved:
            return resolved
        if tok.pos_ == "PRON" and word in ("that", "which", "who", "whom"):
            # a relative pronoun stands for the noun its clause modifies ("mechanisms that they participate in")
            clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
            if clause is not None:
                return self._denote_one(clause.head, ctx)
        if tok.dep_ == "attr" and tok.head.lemma_ == "be":
            for c in tok.head.children:
                if c.dep_ == "nsubj":
                    return self._denote_one(c, ctx)
        lemma = tok.lemma_.lower()
        modifiers = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        mod_actors = [self.mention_at(c, ctx) for c in modifiers]
        mod_actors = [a for a in mod_actors if a is not None]
        if m is not None and m.is_adjective and lemma in COLLECTIVE_HEADS | {"chinese", "russian"}:
            return [m]
        if lemma in COLLECTIVE_HEADS or word in COLLECTIVE_HEADS:
            poss = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"]
            if poss and not mod_actors:
                return ctx.discourse.resolve(poss[0])
            if (
                mod_actors
                and lemma in ("government", "administration", "cabinet", "regime")
                and mod_actors[0].kind is NodeKind.PERSON
            ):
                state = self._state_of_person(mod_actors[0], ctx.date)
                return [state] if state else []
            if mod_actors:
                if lemma in ("president", "premier"):
                    person = self.linker.resolve_title(mod_actors[0].node_id, lemma, ctx.date)
                    return [self._office_holder(person, tok, ctx)] if person else []
                return mod_actors[:1] if len(mod_actors) == 1 else mod_actors
            # "the governments ... from the two countries", "those in Europe"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("from", "of", "in"):
                    for pobj in c.children:
                        if pobj.dep_ == "pobj":
                            inner = self._denote_one(pobj, ctx)
                            if inner:
                                return inner
        if tok.tag_ == "NNS" and (from_ := _prep_objects(tok, ["from"])):
            # "the governments ... and business enterprises from the two countries"
            found = [a for p in from_ for a in self.denote(p, ctx)]
            if found:
                return found
        if word in ("those", "these") or lemma in ("session", "plenary", "meeting"):
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "of", "from"):
                    for pobj in c.children:
                        if pobj.dep_ == "pobj":
                            inner = self.denote(pobj, ctx)
                            if inner:
                                return inner
        if lemma in TEXT_NOUNS and tok.dep_ == "nsubj" and (holders := penholders(tok, ctx)):
            # "The US initiative condemned the launch", "the Russian draft resolution expresses concern
            # over X": a draft says what its penholders propose it say
            return holders
        if (
            lemma in ("resolution", "declaration", "declarations")
            and tok.dep_ in ("nsubj", "nsubjpass")
            and ctx.discourse.last_adopter
        ):
            return [ctx.discourse.last_adopter]  # "the resolution reaffirmed X": the body that adopted it
        title = self._title_only(tok, ctx)
        if title:
            return [title]
        if tok.dep_ == "appos" and tok.head != tok:
            return self._denote_one(tok.head, ctx)  # "Jake Sullivan, our National Security Advisor, who ..."
        return []

    def _cataphora(self, tok: Token, ctx: SentenceContext) -> list[ActorMention]:
        """ "During her trip to Warsaw, Poland, today, U.S. Vice President Kamala Harris announced ...":
        a possessive in a phrase fronted before the clause's subject is that subject's."""
        if tok.dep_ != "poss" or tok.lower_ not in ("his", "her", "its", "their"):
            return []
        noun, prep = tok.head, tok.head.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX") or prep.i > prep.head.i:
            return []
        subject = next((c for c in prep.head.children if c.dep_ == "nsubj" and c.i > tok.i), None)
        if subject is None or subject.pos_ == "PRON":
            return []
        found = self.denote(subject, ctx)
        people = tok.lower_ in ("his", "her")
        found = [a for a in found if (a.kind is NodeKind.PERSON) == people or tok.lower_ == "their"]
        return found if len(found) == 1 or tok.lower_ == "their" else []

    def _state_of_person(self, person: ActorMention, date: str | None) -> ActorMention | None:
        of = person.office.of if person.office and person.office.of else None
        if of is None:
            offices = [o for o in self.gaz.offices(person.node_id, date) if o.of.startswith("state:")]
            of = offices[0].of if offices else None
        entry = self.gaz.get(of) if of else None
        if entry is None:
            return None
        return ActorMention(
            person.start,
            person.end,
            person.tok_start,
            person.tok_end,
            entry.id,
            entry.kind,
            entry.name,
            person.surface,
            "office",
        )

    def _title_only(self, tok: Token, ctx: SentenceContext) -> ActorMention | None:
        """A title without a name: "the Russian foreign minister", "Chinese Foreign Ministry spokesperson"."""
        from .gazetteer import role_kind

        if tok.pos_ not in ("NOUN", "PROPN") or self.mention_at(tok, ctx):
            return None
        words = [c for c in tok.lefts if c.dep_ in ("compound", "amod")] + [tok]
        title = " ".join(w.text for w in words if not self.mention_at(w, ctx))
        kind = role_kind(title)
        if kind is None:
            return None
        of = next((self.mention_at(w, ctx) for w in words if self.mention_at(w, ctx)), None)
        if of is None:
            return None
        person = self.linker.resolve_title(of.node_id, title, ctx.date)
        return self._office_holder(person, tok, ctx) if person else None

    def _office_holder(self, person_id: str, tok: Token, ctx: SentenceContext) -> ActorMention:
        entry = self.gaz.get(person_id)
        name = entry.name if entry else person_id
        start = tok.doc[tok.left_edge.i : tok.i + 1]
        offset = ctx.sent.doc.user_data.get("offset", 0)
        return ActorMention(
            start=offset + start.start_char,
            end=offset + start.end_char,
            tok_start=start.start,
            tok_end=start.end,
            node_id=person_id,
            kind=NodeKind.PERSON,
            name=name,
            surface=start.text,
            via="title",
        )

    # -- sources ----------------------------------------------------------------------------

    def subjects(self, v: Token, ctx: SentenceContext, depth: int = 0) -> tuple[list[ActorMention], bool]:
        """The semantic subjects of a predicate and whether it is passive."""
        if v.dep_ in ("acomp", "oprd") or (v.dep_ == "prep" and v.lower_ == "against"):
            return self.subjects(v.head, ctx, depth + 1)  # "we remain committed to X": the copula's subject
        if v.lower_ in ADJ_FRAMES and _copular_passive(v):
            # "China is opposed to X" reads as an adjective, not a passive with a missing agent
            return [a for c in v.children if c.dep_ == "nsubjpass" for a in self.denote(c, ctx)], False
        if _purpose_of_text(v):
            return [], False
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
        if passive:
            agents = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            found = [a for p in agents for a in self.denote(p, ctx)]
            return found, True
        subject_tokens = [c for c in v.children if c.dep_ in ("nsubj", "csubj") and not _expletive(c)]
        if any(_expletive(c) for c in v.children if c.dep_ == "nsubj"):
            return [], False  # "it is essential to respect X": nobody in particular
        if subject_tokens and _for_to_clause(v, subject_tokens[0]):
            # "call for Myanmar to return to X", "an invitation for him to visit": wished, not done
            return [], False
        if subject_tokens:
            # the parser may split one coordinated subject into several ("..., and even Switzerland imposed")
            found = _unique([a for c in subject_tokens for a in self.denote(c, ctx)])
            for like in (x for x in v.children if x.dep_ == "prep" and x.lower_ == "like"):
                for pobj in like.children:
                    if pobj.dep_ == "pobj":
                        found = _unique(found + self.denote(pobj, ctx))
            return found, False
        # the parser sometimes hangs the real subject clause off a subject-less root as advcl:
        # "..., the two countries will safeguard X, oppose Y, preserve Z"
        for c in v.children:
            if (
                c.dep_ in ("advcl", "ccomp", "parataxis", "dep")
                and c.i < v.i
                and any(g.dep_ == "nsubj" for g in c.children)
            ):
                return self.subjects(c, ctx, depth + 1)
        # "Like Ukraine, Moldova and Georgia are demanding ...": the parser put them all under "like"
        for like in (x for x in v.children if x.dep_ == "prep" and x.lower_ == "like" and x.i < v.i):
            found = [a for p in like.children if p.dep_ == "pobj" for a in self.denote(p, ctx)]
            if found:
                return found, False
        if depth > 4:
            return [], False
        head = v.head
        if v.dep_ == "conj" and head != v:
            if head.pos_ not in ("VERB", "AUX"):
                # a verb the parser coordinated with a preposition ("see that as a trend and propose
                # to X"): its subject is the nearest verb's above
                head = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), head)
            return self.subjects(head, ctx, depth + 1)
        if v.dep_ == "xcomp" and head != v and head.lemma_.lower() == "invite":
            # "invited Kim to visit Moscow": Kim is to visit; "were invited to enter BRICS": those invited
            invited = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
            among = head.head.head if head.dep_ == "acl" and head.head.dep_ == "pobj" else None
            if not invited and among is not None and among.lower_ == "among" and among.head.lemma_ == "be":
                # "Iran and Saudi Arabia were among six countries invited to join X"
                invited = [c for c in among.head.children if c.dep_ == "nsubj"]
            if invited:
                return [a for c in invited for a in self.denote(c, ctx)], False
        if v.dep_ in ("xcomp", "advcl", "ccomp") and head != v:
            # object control: "called on the BRICS countries to give" -> the object acts
            # "called on all countries to embrace X": the caller advocates X. "forced Y to leave": Y acts.
            if head.lemma_ not in ADVOCACY_VERBS:
                for c in head.children:
                    if (
                        c.dep_ == "dobj"
                        and v.dep_ == "xcomp"
                        and head.lemma_ in ("ask", "invite", "force", "require", "allow", "help")
                    ):
                        if head.lemma_ in ("ask", "require"):
                            # "a ruling that required Russia to stop X": a demand on Russia, not its act
                            return [], False
                        return self.denote(c, ctx), False
            return self.subjects(head, ctx, depth + 1)
        if v.dep_ == "pcomp" and head.dep_ == "prep":
            if head.head.pos_ in ("VERB", "AUX", "ADJ"):  # "resolute in upholding X": the copula's subject
                return self.subjects(head.head, ctx, depth + 1)
            return [], False
        if v.dep_ == "relcl":
            return self.denote(head, ctx), False
        if v.dep_ == "acl":
            agents = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            return [a for p in agents for a in self.denote(p, ctx)], True
        return [], False

    def owners(self, noun: Token, ctx: SentenceContext) -> list[ActorMention]:
        """Who a nominal predicate belongs to: "Xi's visit", "US sanctions", "paid a visit"."""
        for c in noun.children:
            if c.dep_ == "poss":
                return self.denote(c, ctx)
        # "US sanctions", "Western sanctions", "the China-Russia partnership" (Russia the compound, China under it)
        mods = [
            self.mention_at(t, ctx) for c in noun.children if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree
        ]
        if noun.lower_ not in BILATERAL_NOUNS:
            mods = [self.mention_at(c, ctx) for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
        mods = _unique([m for m in mods if m is not None])
        if mods:
            return mods
        # "the Russia-proposed", "China-Russia cooperation": actors hyphenated in front
        if noun.lower_ in BILATERAL_NOUNS:
            left = [self.mention_at(t, ctx) for t in noun.subtree if t.i < noun.i]
            left = _unique(
                [m for m in left if m is not None and (m.kind is not NodeKind.PERSON or m.tok_end == noun.i)]
            )
            if left:
                return left
        # "the opposition from both China and Russia", "sanctions from the international community"
        givers = [a for p in _prep_objects(noun, ["from", "by"]) for a in self.denote(p, ctx)]
        if givers:
            return givers
        for c in noun.children:
            if c.dep_ == "acl":
                agents = [p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
                if agents:
                    return [x for p in agents for x in self.denote(p, ctx)]
        head = noun.head
        if noun.dep_ in ("dobj", "attr") and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in LIGHT_VERBS:
            return self.subjects(head, ctx)[0]
        if (
            noun.dep_ == "pobj"
            and head.dep_ == "prep"
            and head.head.pos_ in ("VERB",)
            and head.lower_ in ("in", "during", "through", "with")
        ):
            return []
        return []

    # -- verb predicates --------------------------------------------------------------------

    def _verb_claims(self, v: Token, frames: list[Frame], ctx: SentenceContext) -> Iterator[Candidate]:
        if _supposed(v):
            return  # "if Russia is willing to make a reciprocal commitment": supposed, not stated
        if any(c.dep_ == "nsubj" and c.lower_ == "it" for c in v.children) and v.lemma_.lower() in ("come", "go"):
            return  # "when it comes to Taiwan": nobody comes anywhere
        if _negated(v):
            refusal = _refusal(v)
            if not refusal:
                return
            frames = [_as_opposition(f) for f in frames if f.rel is RelType.SUPPORTS]
            if not frames:
                return
        sources, passive = self.subjects(v, ctx)
        patients = [c for c in v.children if c.dep_ == "nsubjpass"]
        # "its" later in this sentence may mean them (a passive's patient is its topic)
        ctx.discourse.note_subject(sources or [a for p in patients for a in self.denote(p, ctx)])
        clause_status = _status(v)
        speaker = self._speaker(v, ctx)
        own = ctx.discourse.voice.state  # "we must ..." in a speech is the speaking state's own stance
        obliged = _obliged(v) and not (own is not None and any(s.node_id == own.node_id for s in sources))
        for frame in frames:
            if obliged and frame.rel in (RelType.SUPPORTS, RelType.OPPOSES) and not frame.choice:
                # "Russia must comply with its obligations", "Congress needs to pass legislation to ...":
                # what the text says another must do is its demand, not that one's stance
                continue
            # "China will support X" states a position, not a plan: modality is for events only
            status = clause_status if frame.rel in MODAL_TYPES else None
            if frame.object_nouns and not self._has_object_noun(v, frame):
                continue
            if frame.particle and not any(
                c.dep_ in ("prt", "advmod") and c.lower_ == frame.particle for c in v.children
            ):
                continue
            if frame.excluded_nouns and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in frame.excluded_nouns for c in v.children
            ):
                continue
            if frame.patient_is_source and status in ("proposed", "planned", "expected"):
                continue  # "proposed to expel Russia from X" says nothing of its membership yet
            if frame.patient_is_source:
                srcs = (
                    [a for p in patients for a in self.denote(p, ctx)]
                    if passive
                    else [a for c in v.children if c.dep_ == "dobj" for a in self.denote(c, ctx)]
                )
                if passive and not patients and v.dep_ in ("xcomp", "conj"):
                    srcs = self.subjects(v.head, ctx)[0]  # "demanding to be admitted": the demanders
                objs = self._slot_tokens(v, frame)
                targets = [t for o in objs for t in self.classify(o, frame, ctx)]
                yield from self._emit(frame, srcs, targets, v, ctx, status=frame.status or status, speaker=speaker)
                if status == "applied":
                    yield from self._joining(srcs, targets, v, ctx, speaker)
                if targets:
                    return
                continue
            objs = self._slot_tokens(v, frame)
            if passive and not objs and frame.slots[0] == "dobj":
                objs = patients
            if not objs and v.dep_ == "acl" and frame.slots[0] == "dobj":
                objs = [v.head]  # "the Initiative proposed by President Xi": the initiative
            if (
                v.dep_ == "relcl"
                and any(c.dep_ == "nsubj" for c in v.children)
                and frame.slots[0] == "dobj"
                and not any(self.classify(o, frame, ctx) for o in objs)
            ):
                objs = [v.head]  # "the leader whom Xi has met more than any other": the leader
            targets = [t for o in objs for t in self.classify(o, frame, ctx)]
            if v.dep_ == "relcl" and v.head in objs:
                targets = [
                    t for t in (_without_clause(t, v) if t.kind == "issue" else t for t in targets) if t is not None
                ]
            if (
                not targets
                and frame.rel in (RelType.ABSTAINS, RelType.OPPOSES, RelType.SUPPORTS)
                and frame.choice
                and self._bare_vote(v, frame, frames)
                and not _pronoun_subject(v)
            ):
                # neither the text nor the voters named ("they abstained") is too little to read a vote;
                # "Indonesia abstained" after a vote is reported is enough
                targets = self._vote_context(v, ctx)
            if (
                not targets
                and frame.rel in SYMMETRIC_VERB_TYPES
                and len(sources) >= 2
                and not objs
                and not _speaks_for(v)
            ):
                # "China and Russia met": the subjects meet each other
                yield from self._emit(
                    frame,
                    sources[:1],
                    [Target("actor", actor=a) for a in sources[1:]],
                    v,
                    ctx,
                    status=status,
                    speaker=speaker,
                )
                return
            if not targets:
                continue
            if v.dep_ == "acl" and not sources:
                continue
            if frame.rel is RelType.SIGNS:  # "Russia signed a memorandum with Iran"
                partners = [p for h in [v, *objs] for p in _prep_objects(h, ["with"])]
                sources = _unique(sources + [a for p in partners for a in self.denote(p, ctx)])
                if len(sources) < 2 and any(_one_sided(o) for o in objs):
                    continue  # "the White House issued a statement": said, not signed with anyone
            if frame.rel is RelType.MEMBER_OF and frame.role and all(s.kind is NodeKind.PERSON for s in sources):
                continue  # "President Biden led the G20 to ...": a person leads as his state's leader
            if (
                frame.rel is RelType.MEMBER_OF
                and v.dep_ == "xcomp"
                and v.head.lemma_.lower() in ("apply", "ask", "seek", "demand", "want", "hope", "aspire", "request")
            ):
                status = "applied"
            yield from self._emit(frame, sources, targets, v, ctx, status=frame.status or status, speaker=speaker)
            if frame.rel is RelType.MEMBER_OF and status == "applied":
                yield from self._joining(sources, targets, v, ctx, speaker)
            return

    def _joining(
        self, members: list[ActorMention], orgs: list[Target], v: Token, ctx: SentenceContext, speaker: str | None
    ) -> Iterator[Candidate]:
        """Applying to join is also a stated position: support for joining the organisation."""
        frame = Frame(RelType.SUPPORTS, (), (ISSUE,), "membership-application.v1")
        for t in orgs:
            if t.actor is not None:
                joining = Target("issue", name=f"joining {t.actor.name}")
                yield from self._emit(frame, members, [joining], v, ctx, status=None, speaker=speaker)

    def _has_object_noun(self, v: Token, frame: Frame) -> bool:
        for c in v.children:
            # "intj": the parser's reading of "no" in "we say no to X"
            if c.dep_ in ("dobj", "nsubjpass", "intj") and (
                c.lemma_.lower() in frame.object_nouns or c.lower_ in frame.object_nouns
            ):
                return True
            if c.dep_ == "dobj" and any(g.lower_ in frame.object_nouns for g in c.subtree):
                return True
        return v.dep_ == "acl" and (v.head.lemma_.lower() in frame.object_nouns or v.head.lower_ in frame.object_nouns)

    def _slot_tokens(self, v: Token, frame: Frame) -> list[Token]:
        out: list[Token] = []
        for slot in frame.slots:
            if slot == "dobj" and frame.object_nouns:
                # "emphasized the threats ... and the importance of X": the importance is the object
                objs = [c for c in v.children if c.dep_ in ("dobj", "attr", "oprd")]
                named = [h for o in objs for h in conjuncts(o) if _is_object_noun(h, frame)]
                out += named or objs
                continue
            if slot == "dobj":
                if v.lemma_.lower() in OBJECT_CONTROL_VERBS and any(
                    c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in v.children
                ):
                    continue  # "encouraged the audience to join X": the audience is addressed, not supported
                out += [c for c in v.children if c.dep_ in ("dobj", "attr", "oprd")]
            elif slot == "xcomp":
                for c in v.children:
                    if (c.dep_ == "xcomp" and c.pos_ == "VERB") or (c.dep_ == "pcomp" and c.pos_ == "VERB"):
                        out.append(c)
            elif slot == "ccomp-obj":
                for c in v.children:
                    if c.dep_ == "ccomp":
                        out += [d for d in c.children if d.dep_ == "dobj"]
            elif slot == "pobj":
                out += [c for c in v.children if c.dep_ == "pobj"]
            elif slot.startswith("prep:"):
                wanted = slot[5:].split("_")
                holders = [v]
                if frame.object_nouns:
                    holders += [
                        g
                        for c in v.children
                        if c.dep_ in ("dobj", "nsubjpass")
                        for g in c.subtree
                        if g.lemma_.lower() in frame.object_nouns or g.lower_ in frame.object_nouns
                    ]
                if v.dep_ == "acl":
                    holders.append(v)
                for holder in holders:
                    out += _prep_objects(holder, wanted)
                if v.dep_ == "relcl" and any(
                    c.dep_ == "prep" and c.lower_ == wanted[0] and not list(c.children) for c in v.children
                ):
                    out.append(v.head)
        return out

    def _bare_vote(self, v: Token, frame: Frame, frames: list[Frame]) -> bool:
        """A vote with no object whose choice the clause states: "China abstained", "Japan voted no",
        "the remaining members voted in favour"; not "met to vote on X" (no choice), and not this
        frame's reading of "voted against the text" (the other frame's)."""
        if any(c.dep_ == "dobj" for c in v.children):
            return False  # "vetoed S.J. Resolution 11": the object is what was voted on, or nothing
        if v.lemma_.lower() != "vote":
            return True  # "abstain", "veto": the verb is the choice
        if any(self._slot_tokens(v, f) for f in frames):
            return False
        said = {c.lower_ for c in v.children if c.dep_ in ("advmod", "dobj", "intj", "prt", "npadvmod", "acomp")}
        said |= {c.lower_ for c in v.children if c.dep_ == "prep" and not any(True for _ in c.children)}
        if any(
            c.lower_ == "in" and any(g.lemma_.lower() in ("favour", "favor") for g in c.children) for c in v.children
        ):
            said.add("yes")
        return bool(said & ({"yes", "for"} if frame.choice == "yes" else {"no", "against"}))

    def _vote_context(self, v: Token, ctx: SentenceContext) -> list[Target]:
        """A vote with no object: the resolution comes from the sentence ("In the UNGA votes on ..."),
        else it is the text the document last put to a vote ("Indonesia and Ghana abstained")."""
        body = next((m for m in ctx.mentions if m.node_id in ("org:unga", "org:unsc", "org:unhrc")), None)
        if body is None:
            body = next((m for m in ctx.mentions if m.node_id == "org:un"), None)
        if body is None and v.lemma_.lower() == "veto":
            # only the Council's permanent members veto: "Russia and China veto US resolution"
            return [Target("resolution", name="org:unsc", facts={"body": "org:unsc", "context_vote": True})]
        if body is None:
            current = ctx.discourse.resolution
            return [current] if isinstance(current, Target) else []
        return [Target("resolution", name=f"{body.node_id}", facts={"body": body.node_id, "context_vote": True})]

    def _emit(
        self,
        frame: Frame,
        sources: list[ActorMention],
        targets: list[Target],
        anchor: Token,
        ctx: SentenceContext,
        *,
        status: str | None,
        speaker: str | None,
    ) -> Iterator[Candidate]:
        rel = frame.rel
        if status == "abandoned" and anchor.dep_ == "xcomp" and anchor.head.lemma_.lower() in ADVOCACY_VERBS:
            # "We call on Pyongyang to abandon its programmes": the caller opposes what it wants abandoned
            rel, status = RelType.OPPOSES, None
        for s in sources:
            for t in targets:
                if t.actor is not None and t.actor.node_id == s.node_id:
                    continue
                if (
                    anchor.lemma_.lower() in CONCERN_WORDS
                    and t.head is not None
                    and t.head.lemma_.lower() in VALUE_NOUNS
                    and not t.facts.get("invert")
                ):
                    continue  # "concerned about arms control" worries for it: no stance against it
                inverted = bool(t.facts.get("invert")) and rel in INVERSE
                yield Candidate(
                    rel=INVERSE[rel] if inverted else rel,
                    source=s,
                    target=t,
                    sent=ctx.sent,
                    anchor=anchor,
                    extractor=f"{frame.name}+inverted" if inverted else frame.name,
                    choice=frame.choice,
                    status=status,
                    role=frame.role,
                    speaker=speaker if speaker and speaker != s.node_id else None,
                    source_says=frame.source_says,
                )

    def _speaker(self, v: Token, ctx: SentenceContext) -> str | None:
        """The person whose saying frames this clause ("Lavrov stated that Russia agrees ...")."""
        t = v
        for _ in range(4):
            if t.dep_ in ("ccomp", "xcomp", "conj", "advcl") and t.head != t:
                t = t.head
                if t.lemma_.lower() in SAY_VERBS:
                    subs = self.subjects(t, ctx)[0]
                    people = [s for s in subs if s.kind is NodeKind.PERSON]
                    return people[0].node_id if people else None
            else:
                break
        voice = ctx.discourse.voice.speaker
        return voice.node_id if voice else None

    # -- nominal predicates -----------------------------------------------------------------

    def _noun_claims(self, noun: Token, frames: list[Frame], ctx: SentenceContext) -> Iterator[Candidate]:
        if (noun.dep_ == "dobj" and _negated(noun.head)) or _supposed(noun):
            return
        if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in noun.children):
            return  # "there was no conversation", "any meeting between them": nothing asserted
        owners = self.owners(noun, ctx)
        first = noun
        while first.dep_ == "conj" and first.head != first:
            first = first.head
        undergo = first.dep_ == "dobj" and first.head.lemma_.lower() in UNDERGO_VERBS
        for frame in frames:
            if frame.rel is RelType.SANCTIONS and undergo:
                # "Russia suffered ... sanctions from the international community"
                victims = self.subjects(first.head, ctx)[0]
                givers = [
                    a for h in (noun, first) for p in _prep_objects(h, ["from", "by"]) for a in self.denote(p, ctx)
                ]
                yield from self._emit(
                    frame, givers, [Target("actor", actor=v) for v in victims], noun, ctx, status=None, speaker=None
                )
                return
            objs: list[Token] = []
            for slot in frame.slots:
                if slot.startswith("prep:"):
                    objs += _prep_objects(noun, slot[5:].split("_"))
            between = [o for o in objs if o.head.lower_ == "between"]
            if frame.rel in (RelType.MEETS, RelType.COOPERATES_WITH):
                pair = owners if len(owners) >= 2 else []
                if between:
                    pair = self.denote(between[0], ctx)
                if len(pair) >= 2:
                    ctx.discourse.note_pair(pair[0], pair[1])  # "both leaders" later in this sentence
                if len(pair) >= 2 and not [o for o in objs if o not in between]:
                    yield from self._emit(
                        frame,
                        pair[:1],
                        [Target("actor", actor=a) for a in pair[1:]],
                        noun,
                        ctx,
                        status=_status(noun.head),
                        speaker=None,
                    )
                    return
            if frame.rel is RelType.MEMBER_OF and noun.lower_ in ("member", "members"):
                continue  # handled by _as_member, which knows the member
            targets = [t for o in objs if o not in between for t in self.classify(o, frame, ctx)]
            if (
                not targets
                and frame.rel in (RelType.OPPOSES, RelType.SUPPORTS)
                and noun.dep_ == "pobj"
                and noun.head.lower_ in ("despite", "over", "amid", "against")
            ):
                # "X should go ahead despite the opposition from China": the opposition is to X
                verb = noun.head.head
                subj = (
                    [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
                    if verb.pos_ in ("VERB", "AUX")
                    else []
                )
                if (
                    not subj and verb.dep_ == "advcl"
                ):  # "Should X go ahead ..., despite the opposition ..., it would ..."
                    subj = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
                targets = [t for sj in subj for t in self.classify(sj, frame, ctx)]
            if not targets or not owners:
                continue
            status = (
                "suspended"
                if frame.rel is RelType.MEMBER_OF and noun.head.lemma_ == "suspend"
                else _status(noun.head)
                if noun.dep_ == "dobj"
                else None
            )
            if frame.rel in MODAL_TYPES:
                status = _event_status(noun) or status
            if frame.rel is RelType.HOSTS:
                # "at the invitation of Putin": the host receives the clause's subject
                verb = noun.head.head if noun.head.dep_ == "prep" else None
                if verb is None or verb.pos_ not in ("VERB", "AUX"):
                    continue
                guests = self.subjects(verb, ctx)[0]
                hosts = [t.actor for t in targets if t.actor]
                yield from self._emit(
                    frame, hosts, [Target("actor", actor=g) for g in guests], noun, ctx, status=status, speaker=None
                )
                return
            yield from self._emit(frame, owners, targets, noun, ctx, status=status, speaker=None)
            return

    def _owned_agreement(self, noun: Token, ctx: SentenceContext) -> Iterator[Candidate]:
        """ "The two countries' joint declaration on ...": the possessors signed it."""
        # "its bilateral agreements with Bangladesh": a pronoun's owner is a guess, and the text
        # names an agreement already made; only named owners sign here
        owners = [a for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON" for a in self.denote(c, ctx)]
        if not owners or (
            noun.dep_ in ("dobj",)
            and noun.head.lemma_.lower() in ("sign", "publish", "issue", "adopt", "ink", "conclude")
        ):
            return
        joint = any(c.lower_ in ("joint", "bilateral", "trilateral") for c in noun.children)
        if (len(owners) < 2 and not joint) or noun.lemma_.lower() in ("plan", "statement", "proposal"):
            return  # "his plan", "Hamas's statements": nothing was signed
        target = self._agreement_target(noun)
        for o in owners:
            yield Candidate(RelType.SIGNS, o, target, ctx.sent, noun, "sign-noun.v2")

    # -- targets ----------------------------------------------------------------------------

    def classify(self, tok: Token, frame: Frame, ctx: SentenceContext) -> list[Target]:
        """The targets an argument names, as the frame accepts them."""
        wants = set(frame.targets)
        if tok.lower_ == "it" and frame.choice and RESOLUTION in wants and isinstance(ctx.discourse.resolution, Target):
            return [ctx.discourse.resolution]  # "Russia voted against it": the text just put to a vote
        if (
            tok.lower_ in ("it", "this", "that")
            and tok.pos_ == "PRON"
            and frame.rel in (RelType.SUPPORTS, RelType.OPPOSES)
        ):
            return []  # "He embraces it": what is embraced is an idea the text named before, not a state
        gerund = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBG"), None)
        if gerund is not None and ISSUE in wants and tok.head.dep_ == "prep":
            name = _tidy_issue(tok.doc[tok.left_edge.i : gerund.right_edge.i + 1].text)
            return [Target("issue", head=gerund, name=name)] if name else []
        actors = self.denote(tok, ctx)
        if EVENT in wants and (ev := _event_head(tok)) is not None and ev != tok:
            return [self._event_target(ev, ctx)]  # "attended the ... (CICA) Summit": the summit, not CICA
        if actors:
            return [Target("actor", actor=a) for a in actors if _accepts(wants, a.kind)]
        if AGREEMENT in wants and tok.lemma_.lower() in AGREEMENT_HEADS:
            named = _named_list(tok)
            if named:
                return [Target("agreement", head=span.root, name=_tidy_issue(span.text)) for span in named]
        if tok.pos_ == "VERB" and tok.lemma_.lower() in frames_positions() | {"build", "create", "establish", "form"}:
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            if (
                objs
                and (
                    inner := [a for a in self.denote(objs[0], ctx) if a.kind in (NodeKind.ORGANISATION, NodeKind.GROUP)]
                )
                and ACTOR in wants
            ):
                return [Target("actor", actor=a) for a in inner]
        group = self._named_group(tok, ctx) if ACTOR in wants else None
        if group is not None:
            return [Target("actor", actor=group)]
        members = such_as(tok)
        heads = members or _list_heads(tok)
        out = []
        for head in heads:
            lemma = head.lemma_.lower()
            if head.pos_ == "PRON" or (head.is_stop and head.pos_ != "VERB"):
                continue
            if ((lemma in EVENT_HEADS and _is_convened(head)) or head.ent_type_ == "EVENT") and EVENT in wants:
                out.append(self._event_target(head, ctx))
            elif lemma in AGREEMENT_HEADS and AGREEMENT in wants:
                # "we support an agreement on the prevention of X": a text yet to be written is a
                # stance on what it would settle, not on an agreement of that name
                topic = _topic(head, AGREEMENT_HEADS) if ISSUE in wants and _indefinite(head) else None
                issue = self._issue_target(topic, frame, ctx) if topic is not None else None
                out.append(issue or self._agreement_target(head))
            elif lemma == "resolution" and legislative(head):
                continue  # "vetoed S.J. Resolution 11": a legislature's text, not a UN body's
            elif lemma == "resolution" and RESOLUTION in wants and self._voted_text(head, frame, ctx):
                # the older reading (a symbol anywhere in the sentence, a Council number without its
                # year) wins where both read one; the newer adds drafts, penholders and draft symbols
                facts = {**resolution_facts(head, ctx), **self._resolution_facts(head, ctx)}
                out.append(Target("resolution", head=head, name=phrase(head), facts=facts))
            elif (
                lemma == "draft"
                and RESOLUTION in wants
                and head.pos_ in ("NOUN", "PROPN")
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)  # "the draft of X": X
                and (frame.choice or frame.rel in (RelType.ADOPTS, RelType.OPPOSES, RelType.PROPOSES))
            ):
                out.append(Target("resolution", head=head, name=phrase(head), facts=resolution_facts(head, ctx)))
            elif (
                lemma in TEXT_NOUNS
                and RESOLUTION in wants
                and (frame.choice or frame.rel is RelType.ADOPTS)
                and isinstance(ctx.discourse.resolution, Target)
                and any(c.dep_ in ("det", "poss") for c in head.children)
            ):
                out.append(ctx.discourse.resolution)  # "voted against the text": the draft just reported
            elif lemma in OCCASION_NOUNS:
                continue  # "the visit that Kishida is initiating" proposes no issue
            elif ISSUE in wants and head.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "X"):
                target = self._issue_target(head, frame, ctx)
                if target is not None:
                    out.append(target)
        return out

    def _named_group(self, tok: Token, ctx: SentenceContext) -> ActorMention | None:
        """ "launch the 'Friends of Peace' group": a named group is an actor of its own."""
        if tok.lemma_.lower() not in (
            "group",
            "coalition",
            "club",
            "caucus",
            "bloc",
            "alliance",
            "platform",
            "mechanism",
        ):
            return None
        name_tokens = [t for t in tok.lefts if t.dep_ in ("compound", "nmod", "amod") or t.is_quote]
        span = tok.doc[tok.left_edge.i : tok.i]
        text = span.text.strip()
        match = re.search(r"[“\"]([^”\"]{3,60})[”\"]", text)
        name = match.group(1).strip() if match else None
        if not name or not name[:1].isupper() or not name_tokens:
            return None
        from diplograph.graph.schema import make_id

        offset = ctx.sent.doc.user_data.get("offset", 0)
        return ActorMention(
            offset + span.start_char,
            offset + tok.idx + len(tok.text),
            span.start,
            tok.i + 1,
            make_id(NodeKind.GROUP, name),
            NodeKind.GROUP,
            name,
            f"{name} {tok.text}",
            "named-group",
        )

    def _event_target(self, head: Token, ctx: SentenceContext) -> Target:
        span = phrase_span(head, preps=EVENT_NAME_PREPS)
        orgs = [
            m
            for m in ctx.mentions
            if span.start <= m.tok_start and m.tok_end <= span.end and m.kind in (NodeKind.ORGANISATION, NodeKind.GROUP)
        ]
        places = [m for m in ctx.mentions if span.start <= m.tok_start and m.tok_end <= span.end and m.via == "metonym"]
        pair = [
            m
            for m in ctx.mentions
            if span.start <= m.tok_start and m.tok_end <= head.i and m.kind is NodeKind.STATE and m.via != "metonym"
        ]
        # "the regional group's meeting": the organisation the possessive refers back to convened it
        orgs += [
            a
            for c in head.children
            if c.dep_ == "poss" and c.i not in ctx.by_token
            for a in self.denote(c, ctx)
            if a.kind in (NodeKind.ORGANISATION, NodeKind.GROUP)
        ]
        target = Target(
            "event",
            head=head,
            name=phrase(head, preps=EVENT_NAME_PREPS),
            facts={
                "orgs": [o.node_id for o in orgs],
                "places": [p.node_id for p in places],
                "head": head.lemma_.lower(),
                "parties": [p.node_id for p in pair],
                # the whole phrase, appositions too ("in the Indonesian capital Jakarta"): a later
                # shorter mention of the event ("the meeting in Jakarta") is matched against it
                "text": head.doc[head.left_edge.i : head.right_edge.i + 1].text,
            },
        )
        return ctx.discourse.same_event(target)

    def _agreement_target(self, head: Token) -> Target:
        span = phrase_span(head, keep_relcl=True)  # "a memorandum with Iran to invest $40 billion in ..."
        end = span.end
        nxt = head.doc[end] if end < len(head.doc) else None
        if nxt is not None and nxt.lower_ in ("on", "about", "concerning", "regarding") and nxt.head == head.head:
            end = max(t.i for t in nxt.subtree) + 1
        elif nxt is not None and nxt.lower_ == "to" and nxt.head.dep_ == "advcl" and nxt.head.head == head.head:
            end = max(t.i for t in nxt.head.subtree) + 1  # "signed a memorandum with Iran to invest $40 billion in ..."
        from .nps import tidy

        return Target("agreement", head=head, name=tidy(head.doc[span.start : end].text))

    def _issue_target(
        self, head: Token, frame: Frame, ctx: SentenceContext, seen: frozenset[int] = frozenset()
    ) -> Target | None:
        """The issue an argument names, following verbs and nouns to their content.

        ``seen`` stops the walk going round a loop of the parse (a verb's complement whose noun
        points back at the verb).
        """
        if head.i in seen:
            return None
        seen = seen | {head.i}
        aliases: list[str] = []
        # "urge Russia not to undermine our peace initiatives": a refused act turns the stance round
        refused = head.pos_ == "VERB" and any(c.dep_ == "neg" for c in head.children)
        if head.pos_ == "VERB" and head.lemma_.lower() in ISSUE_LIGHT_VERBS:
            # "agrees to provide security guarantees for Ukraine": the guarantees are the issue
            objs = [c for c in head.children if c.dep_ == "dobj"]
            if objs:
                inner = self._issue_target(objs[0], frame, ctx, seen)
                if inner is not None:
                    inner.facts.setdefault("aliases", []).append(
                        _tidy_issue(head.doc[head.i : objs[0].right_edge.i + 1].text)
                    )  # type: ignore[union-attr]
                    return inner
        attention = next((c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() == "attention"), None)
        if head.pos_ == "VERB" and (head.lemma_.lower() in ATTENTION_VERBS or attention is not None):
            # "necessary to think about the task of preventing X", "pay attention to X": the issue is
            # what is attended to
            holders = [head] if attention is None else [head, attention]
            about = [o for h in holders for p in ("about", "on", "upon", "to") for o in _prep_objects(h, [p])]
            if about:
                return self._issue_target(about[0], frame, ctx, seen)
            if attention is not None:
                return None
        if head.pos_ == "VERB" and head.lemma_.lower() in ASPECTUAL_VERBS:
            inner_vp = next((c for c in head.children if c.dep_ in ("xcomp",) and c.pos_ == "VERB"), None)
            if inner_vp is not None:
                return self._issue_target(inner_vp, frame, ctx, seen)  # "continue to foster X"
        if head.pos_ == "VERB":
            # "advocates respecting and safeguarding X": the object of a position verb inside
            if head.lemma_.lower() in frames_positions():
                objs = [c for c in head.children if c.dep_ == "dobj"]
                for c in head.conjuncts:
                    objs += [d for d in c.children if d.dep_ == "dobj"]
                if objs:
                    inner = self._issue_target(objs[0], frame, ctx, seen)
                    if inner is not None:
                        vp = _tidy_issue(head.doc[head.i : phrase_span(head, keep_conj=True).end].text)
                        inner.facts.setdefault("aliases", []).append(vp)  # type: ignore[union-attr]
                        if refused:
                            inner.facts["invert"] = not inner.facts.get("invert")
                    return inner
            own = [
                f
                for f in frames_for(head.lemma_.lower(), head.lower_)
                if f.rel in (RelType.SUPPORTS, RelType.OPPOSES)
                and (not f.object_nouns or self._has_object_noun(head, f))
            ]
            for f in own:
                objs = self._slot_tokens(head, f)
                if objs and objs[0] != head:
                    inner = self._issue_target(objs[0], frame, ctx, seen)
                    against = f.rel is RelType.OPPOSES or f.status == "abandoned"
                    if inner is not None and against != refused:
                        # "urge everyone to say no to X", "call on them to reject (abandon) X": against
                        # X; "urge them not to abandon X": for it
                        inner.facts["invert"] = not inner.facts.get("invert")
                    return inner
            span = phrase_span(head, keep_conj=True)
            text = head.doc[head.i : max(span.end, head.i + 1)].text
            name = _tidy_issue(text)
        elif head.lower_ in COMMITMENT_NOUNS and (
            vp := next((c for c in head.children if c.dep_ in ("acl", "relcl") and _infinitive(c)), None)
        ):
            # "their determination to continue to foster good relations": what they are determined to do
            inner = self._issue_target(vp, frame, ctx, seen)
            if inner is not None and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in head.children):
                # "the Special Envoy's efforts to engage with all parties": whose efforts is part of the
                # description, kept whole as another name of the issue
                whole = _tidy_issue(head.doc[head.left_edge.i : phrase_span(head, keep_relcl=True).end].text)
                inner.facts.setdefault("aliases", []).append(whole)  # type: ignore[union-attr]
            return inner
        elif (
            head.lower_ in COMMITMENT_NOUNS
            and (
                content := next(
                    iter(_prep_objects(head, ["of"]) + _prep_objects(head, ["for"]) + _prep_objects(head, ["to"])), None
                )
            )
            is not None
        ):
            actors = [a for a in self.denote(content, ctx) if _accepts(set(frame.targets), a.kind)]
            if actors and len(actors) == len(conjuncts(content)):
                return Target("actor", actor=actors[0])  # "support for Ukraine": for the state
            return self._issue_target(content, frame, ctx, seen)  # "the importance of X", "support for X"
        elif (
            head.lower_ in PROPOSAL_NOUNS
            and (content := next((p for p in _prep_objects(head, ["of"]) if not self.denote(p, ctx)), None)) is not None
        ):
            return self._issue_target(content, frame, ctx, seen)  # "the proposal of building X": X
        elif head.lemma_.lower() in TOPIC_NOUNS and (topic := _topic(head)) is not None:
            # "support the draft of this year's resolution on X": the stance is on what it is about
            return self._issue_target(topic, frame, ctx, seen)
        elif (
            head.lower_ in CONTENT_NOUNS
            and (content := next(iter(_prep_objects(head, ["of"])), None)) is not None
            and not self.denote(content, ctx)
        ):
            # "the consolidation of efforts to combat X": the content, read like any other name below
            aliases.append(_tidy_issue(phrase(head, keep_relcl=True)))
            head = content
            name = _tidy_issue(phrase(content, keep_relcl=True))
        else:
            # a pair is one name ("peace and stability") unless it is a list of two things
            pair = len(conjuncts(head)) == 2 and len(_list_heads(head)) == 1
            name = _tidy_issue(phrase(head, keep_relcl=head.lower_ in LIGHT_NOUNS, keep_conj=pair))
            # "the belt" after "the Silk Road Economic Belt": a definite head names the earlier thing
            if " " not in name and any(c.lower_ == "the" for c in head.children):
                name = ctx.discourse.named.get(name.lower(), name)
            if not _substantive_issue(name) and any(c.dep_ == "relcl" for c in head.children):
                # "the agreements that establish equal and indivisible security": the clause says which
                name = _tidy_issue(phrase(head, keep_relcl=True, keep_conj=pair))
            appos = next((c for c in head.children if c.dep_ == "appos"), None)
            if not _substantive_issue(name) and appos is not None:
                return self._issue_target(appos, frame, ctx, seen)  # "return to our origins — the norms of X"
        if not name or len(name) < 3 or name.lower() in _EMPTY_ISSUES or not _substantive_issue(name):
            return None
        facts: dict[str, object] = {"aliases": aliases} if aliases else {}
        span = phrase_span(head, keep_relcl=True, keep_conj=True)
        states = {
            m.node_id
            for m in ctx.mentions
            if span.start <= m.tok_start < span.end
            and m.kind is NodeKind.STATE
            and _placed_in(head.doc[m.tok_start : m.tok_end])
        }
        if len(states) == 1:
            facts["state"] = states.pop()  # for "the situation in <State>" (issues.situation_issue)
        lead_in = _LEAD_IN.match(name)
        rest = name[lead_in.end() :] if lead_in else name
        inverted = _INVERTING.match(rest)
        if inverted:
            # "support the fight against terrorism" is opposition to terrorism; the issue is the thing
            # (also after a contentless lead-in: "the consolidation of efforts to combat terrorism")
            core = rest[inverted.end() :]
            if _substantive_issue(core):
                return Target(
                    "issue", head=head, name=core, facts={**facts, "invert": not refused, "aliases": [*aliases, name]}
                )
        violated = _VIOLATED.match(name)
        if violated and _substantive_issue(violated.group("core")):
            core = violated.group("core")
            return Target(
                "issue", head=head, name=core, facts={**facts, "invert": not refused, "aliases": [*aliases, name]}
            )
        return Target("issue", head=head, name=name, facts={**facts, "invert": True} if refused else facts)

    def _voted_text(self, head: Token, frame: Frame, ctx: SentenceContext) -> bool:
        """A "resolution" is a body's resolution, not "the peaceful resolution of disputes", when it is
        voted or adopted, has a number or symbol, is capitalised, or the sentence names a UN body."""
        if frame.choice or frame.rel is RelType.ADOPTS or head.text[:1].isupper() or _SYMBOL.search(ctx.sent.text):
            return True
        if any(c.lower_ == "draft" for c in head.children):
            return True  # "the second draft resolution"
        if frame.name == "table-text.v1" and ctx.discourse.un_body and not any(c.lower_ == "of" for c in head.children):
            return True  # "One resolution was prepared by France" in a text about a UN body's votes
        if any(c.dep_ == "nummod" or c.like_num for c in head.children):
            return True
        return any(m.node_id in _UN_BODY_IDS or m.node_id == "org:un" for m in ctx.mentions)

    def _resolution_facts(self, head: Token, ctx: SentenceContext) -> dict[str, object]:
        facts: dict[str, object] = {}
        m = _SYMBOL.search(ctx.sent.text)
        if m:
            facts["symbol"] = m.group(1) or f"S/RES/{m.group(2)}"
        # the UN body named nearest before it: "Security Council resolution 2231 (2015)"
        bodies = [x for x in ctx.mentions if x.node_id in _UN_BODY_IDS and x.tok_end <= head.i + 1]
        if bodies:
            facts["body"] = bodies[-1].node_id
        after = head.doc[head.i + 1 : head.i + 6].text
        numbered = _NUMBERED.match(after)
        if numbered and "symbol" not in facts and facts.get("body") == "org:unsc":
            facts["symbol"] = f"S/RES/{numbered.group(1)}"  # Council resolutions are numbered
        if numbered and numbered.group(2):
            facts["year"] = numbered.group(2)
        return facts

    # -- constructions beyond one predicate -------------------------------------------------

    def _calls_to_action(self, ctx: SentenceContext) -> Iterator[Candidate]:
        """ "He called on the BRICS countries to give a unified response": a proposal of that response."""
        for v in ctx.sent:
            if v.lemma_.lower() not in ADVOCACY_VERBS or _negated(v):
                continue
            for vp in (c for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
                if frames_for(vp.lemma_.lower(), vp.lower_):
                    continue  # "call on all countries to oppose X" is the caller's opposition, read elsewhere
                objs = [c for c in vp.children if c.dep_ == "dobj"]
                if not objs or objs[0].lemma_.lower() == "attention":
                    continue  # "urge all to pay attention to X" proposes no "attention"
                name = _tidy_issue(vp.doc[objs[0].left_edge.i : objs[0].right_edge.i + 1].text)
                if objs[0].pos_ == "PRON" or not _substantive_issue(name):
                    continue  # "invited Republicans to do that": a pronoun proposes nothing
                for a in self.subjects(v, ctx)[0]:
                    yield Candidate(
                        RelType.PROPOSES,
                        a,
                        Target("issue", head=objs[0], name=name),
                        ctx.sent,
                        vp,
                        "call-to-action.v1",
                        confidence=0.6,
                    )

    def _condemned_owners(self, found: list[Candidate], ctx: SentenceContext) -> list[Candidate]:
        """Condemning "the West's efforts" or "Russia's aggression" condemns the West or Russia."""
        out = []
        for c in found:
            if c.rel is not RelType.CONDEMNS or c.target.kind != "issue" or c.target.head is None:
                continue
            for poss in (t for t in c.target.head.children if t.dep_ == "poss"):
                for owner in self.denote(poss, ctx):
                    if owner.node_id != c.source.node_id:
                        out.append(
                            Candidate(
                                RelType.CONDEMNS,
                                c.source,
                                Target("actor", actor=owner),
                                c.sent,
                                c.anchor,
                                c.extractor,
                                confidence=0.7,
                                speaker=c.speaker,
                            )
                        )
        return out

    def _grounded_policy(self, ctx: SentenceContext) -> Iterator[Candidate]:
        """ "China's foreign policy is rooted in principles such as X and Y": China supports X and Y."""
        for v in ctx.sent:
            preps = GROUNDING_VERBS.get(v.lemma_.lower())
            if not preps or not any(c.dep_ == "auxpass" for c in v.children) or _negated(v):
                continue
            for subj in (c for c in v.children if c.dep_ == "nsubjpass"):
                if subj.lemma_.lower() in POLICY_NOUNS:
                    owners = [a for c in subj.children if c.dep_ == "poss" for a in self.denote(c, ctx)]
                else:  # "China is guided by the principle of independence"
                    owners = self.denote(subj, ctx)
                frame = Frame(RelType.SUPPORTS, ("dobj",), (ISSUE,), "grounded-policy.v1")
                for p in _prep_objects(v, list(preps[:1])) + [
                    o for prep in preps[1:] for o in _prep_objects(v, [prep])
                ]:
                    for t in self.classify(p, frame, ctx):
                        for o in owners:
                            yield Candidate(RelType.SUPPORTS, o, t, ctx.sent, v, "grounded-policy.v1", confidence=0.7)

    def _titles(self, ctx: SentenceContext) -> Iterator[Candidate]:
        for m in ctx.mentions:
            if m.kind is NodeKind.PERSON and m.office and m.office.of and m.via != "title":
                of = self.gaz.get(m.office.of)
                target_mention = ActorMention(
                    m.start,
                    m.end,
                    m.tok_start,
                    m.tok_end,
                    m.office.of,
                    of.kind if of else NodeKind.STATE,
                    of.name if of else m.office.of,
                    m.surface,
                    "office",
                )
                yield Candidate(
                    RelType.HOLDS_OFFICE,
                    m,
                    Target("actor", actor=target_mention),
                    ctx.sent,
                    ctx.sent.doc[m.tok_start],
                    "title-apposition.v1",
                    confidence=0.9,
                    role=m.office.role,
                )

    def _as_member(self, ctx: SentenceContext) -> Iterator[Candidate]:
        """ "As a permanent member of the UN Security Council, Russia ..." / "X, a member of Y"."""
        for tok in ctx.sent:
            if tok.lemma_.lower() not in ("member", "founder"):
                continue
            root = tok
            while root.dep_ == "conj" and root.head != root:
                root = (
                    root.head
                )  # "As main victors of the war, founding members of X as well as permanent members of Y"
            founding = False
            if root.dep_ == "dobj" and root.head.dep_ == "pcomp" and root.head.lemma_ == "found":
                root, founding = root.head, True  # "As founding members of X": parsed as a gerund
            if root.dep_ not in ("pobj", "pcomp") or root.head.dep_ != "prep":
                continue
            prep = root.head
            if prep.lower_ != "as" or prep.head.pos_ not in ("VERB", "AUX"):
                continue
            orgs = []
            for member in [tok]:
                for pobj in _prep_objects(member, ["of"]):
                    orgs.extend(
                        (member, a) for a in self.denote(pobj, ctx) if a.kind in (NodeKind.ORGANISATION, NodeKind.GROUP)
                    )
            if not orgs:
                continue
            verb = prep.head
            if (
                _status(verb) == "proposed"
                or _negated(verb)
                or any(
                    c.dep_ == "dobj"
                    and c.lemma_.lower() in ("status", "role", "seat", "membership", "position", "title")
                    for c in verb.children
                )
            ):
                continue  # "proposed to cancel Russia's status as a permanent member of X"
            holders = self.subjects(verb, ctx)[0] if verb.pos_ in ("VERB", "AUX") else self.denote(verb, ctx)
            for member, org in orgs:
                attrs: dict[str, object] = {}
                mods = {c.lower_ for c in member.children}
                if "permanent" in mods:
                    attrs["permanent"] = True
                if "founding" in mods or (founding and member == tok and tok.dep_ == "dobj"):
                    attrs["founding"] = True
                for h in holders:
                    c = Candidate(
                        RelType.MEMBER_OF, h, Target("actor", actor=org), ctx.sent, member, "member-as.v1", attrs=attrs
                    )
                    yield c

    def _at_event(self, ctx: SentenceContext) -> Iterator[Candidate]:
        """Whoever acts "at" a convened event attended it."""
        for tok in ctx.sent:
            if tok.dep_ != "prep" or tok.lower_ not in EVENT_CONVENING_PREPS:
                continue
            for pobj in (c for c in tok.children if c.dep_ == "pobj"):
                events = [
                    e
                    for h in conjuncts(pobj)
                    if (e := _event_head(h)) is not None
                    and e.lemma_.lower() not in ("talks", "dialogue", "consultations", "round", "session")
                ]
                if not events:
                    continue
                verb = tok.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
                    verb = verb.head
                if _negated(verb):
                    continue
                actors = self.subjects(verb, ctx)[0]
                for ev in events:
                    target = self._event_target(ev, ctx)
                    for a in actors:
                        yield Candidate(RelType.ATTENDS, a, target, ctx.sent, ev, "at-event.v1", confidence=0.7)
                    # talking to someone at the event: "told Putin", "express to Putin"
                    for c in verb.children:
                        if c.dep_ in ("dobj", "dative") and verb.lemma_ in ("tell", "assure", "urge", "inform"):
                            for other in self.denote(c, ctx):
                                for a in actors:
                                    yield Candidate(
                                        RelType.MEETS,
                                        a,
                                        Target("actor", actor=other),
                                        ctx.sent,
                                        verb,
                                        "met-at-event.v1",
                                        confidence=0.6,
                                    )
                    # "took the step to express to Putin": an addressee in the clause was there too
                    for c in verb.subtree:
                        if c.pos_ == "VERB" and c.lemma_ in (
                            "express",
                            "say",
                            "convey",
                            "explain",
                            "tell",
                            "propose",
                            "suggest",
                        ):
                            for p in _prep_objects(c, ["to"]):
                                for other in self.denote(p, ctx):
                                    for a in actors:
                                        yield Candidate(
                                            RelType.MEETS,
                                            a,
                                            Target("actor", actor=other),
                                            ctx.sent,
                                            c,
                                            "met-at-event.v1",
                                            confidence=0.6,
                                        )
                                    yield Candidate(
                                        RelType.ATTENDS, other, target, ctx.sent, c, "at-event.v1", confidence=0.6
                                    )

    def _event_participants(self, ctx: SentenceContext) -> Iterator[Candidate]:
        """ "The U.S.-Russia Alaska summit", "the meeting between European leaders and Zelenskyy"."""
        for tok in ctx.sent:
            if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in ("summit", "meeting", "talks", "forum"):
                continue
            target = self._event_target(tok, ctx)
            parties: list[ActorMention] = []
            for p in _prep_objects(tok, ["between"]):
                parties += self.denote(p, ctx)
            if not parties:
                pair = [
                    ctx.by_token[c.i]
                    for c in tok.lefts
                    if c.i in ctx.by_token and ctx.by_token[c.i].kind is NodeKind.STATE
                ]
                hyphen = any(t.text in ("-", "–") for t in tok.doc[tok.left_edge.i : tok.i])
                if len(_unique(pair)) >= 2 and hyphen:
                    parties = _unique(pair)
            for party in _unique(parties):
                yield Candidate(RelType.ATTENDS, party, target, ctx.sent, tok, "event-participants.v1", confidence=0.7)
            for place in target.facts.get("places", []):  # type: ignore[union-attr]
                host = ctx.by_token.get(next((m.tok_start for m in ctx.mentions if m.node_id == place), -1))
                if host is not None:
                    yield Candidate(RelType.HOSTS, host, target, ctx.sent, tok, "event-venue.v1", confidence=0.7)

    def _held_in(self, v: Token, ctx: SentenceContext) -> Iterator[Candidate]:
        """ "The G20 Summit and the APEC Summit were held successively in Indonesia and Thailand"."""
        if not any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
            return
        events = [
            e for c in v.children if c.dep_ == "nsubjpass" for e in conjuncts(c) if e.lemma_.lower() in EVENT_HEADS
        ]
        if not events:
            return
        places = [a for p in _prep_objects(v, ["in"]) for a in self.denote(p, ctx) if a.kind is NodeKind.STATE]
        respectively = any(c.lower_ in ("respectively", "successively") for c in v.subtree)
        if len(places) == len(events) and (respectively or len(events) == 1):
            pairs = list(zip(places, events, strict=True))
        elif len(places) == 1:
            pairs = [(places[0], e) for e in events]
        else:
            return
        for place, ev in pairs:
            yield Candidate(
                RelType.HOSTS, place, self._event_target(ev, ctx), ctx.sent, v, "held-in.v1", confidence=0.8
            )

    def _deontic(self, ctx: SentenceContext) -> Iterator[Candidate]:
        """An agentless "X must be respected" / "X should be abandoned" in a position paragraph,
        and principles listed after a colon ("four principles: respecting X, abiding by Y")."""
        holder = self._holder(ctx)
        if holder is None:
            return
        support = Frame(RelType.SUPPORTS, ("dobj",), (ISSUE, ACTOR), "enumerated-principles.v1")
        for noun in ctx.sent:
            if noun.lemma_.lower() not in PRINCIPLE_NOUNS:
                continue
            items = [c for c in noun.children if c.dep_ in ("appos", "acl", "dep") and c.tag_ == "VBG"]
            items = [i for first in items for i in conjuncts(first)]
            for item in items:
                for t in self.classify(item, support, ctx):
                    yield Candidate(
                        RelType.SUPPORTS, holder, t, ctx.sent, item, "enumerated-principles.v1", confidence=0.6
                    )
        for v in ctx.sent:
            if v.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in v.children):
                continue
            if not any(
                c.dep_ == "aux" and c.lower_ in ("must", "should", "shall", "need", "ought") for c in v.children
            ):
                continue
            if any(c.dep_ == "agent" for c in v.children) or _negated(v):
                continue
            lemma = v.lemma_.lower()
            rel = RelType.SUPPORTS if lemma in DEONTIC_SUPPORT else RelType.OPPOSES if lemma in DEONTIC_OPPOSE else None
            if rel is None:
                continue
            for subj in (c for c in v.children if c.dep_ == "nsubjpass"):
                frame = Frame(rel, ("dobj",), (ISSUE, ACTOR), "deontic-position.v1")
                for t in self.classify(subj, frame, ctx):
                    yield Candidate(rel, holder, t, ctx.sent, v, "deontic-position.v1", confidence=0.6)

    def _holder(self, ctx: SentenceContext) -> ActorMention | None:
        """Whose positions an agentless statement states: the actor this paragraph lays out the
        positions of, else, in a speech, the state that speaks."""
        d = ctx.discourse
        if d.position_holder is not None and d.position_holder_paragraph == ctx.paragraph_index:
            return d.position_holder
        return d.voice.state

    def _evaluative(self, ctx: SentenceContext) -> Iterator[Candidate]:
        """In a speech, the speaker's evaluations are the state's positions.

        "Unilateral sanctions are illegitimate" opposes them; "It is essential to strengthen the
        United Nations" supports that; "X is not acceptable" opposes X.
        """
        state = ctx.discourse.voice.state
        assert state is not None
        frame = Frame(RelType.SUPPORTS, ("dobj",), (ISSUE, ACTOR), "speech-evaluation.v1")
        for adj in ctx.sent:
            lemma = adj.lemma_.lower()
            if lemma in ABSENCE_NOUNS and _denied(adj):
                yield from self._no_place(adj, state, ctx)
                continue
            if lemma in AIM_NOUNS and any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in adj.children):
                yield from self._our_aim(adj, state, ctx)
                continue
            # "a new and dangerous manifestation": the second adjective hangs on the first
            named = adj.head.head if adj.dep_ == "conj" and adj.head.dep_ == "amod" else adj.head
            if (
                (adj.dep_ == "amod" or named is not adj.head)
                and (
                    lemma in ATTRIBUTIVE_NEGATIVE
                    or (
                        lemma in NEGATIVE_EVAL
                        and named.lemma_.lower() in SHOWING_NOUNS
                        and bool(_prep_objects(named, ["of"]))  # "this dangerous phenomenon" names nothing
                    )
                )
                and named.pos_ == "NOUN"
                and named.dep_ != "attr"
                and not _negated(_governing_verb(named))
            ):
                # "the heedless expansion of NATO", "illegal unilateral sanctions": named to be judged
                for t in self.classify(named, frame, ctx):
                    if t.actor is None and not t.facts.get("invert"):
                        yield Candidate(
                            RelType.OPPOSES, state, t, ctx.sent, adj, "speech-evaluation.v1", confidence=0.5
                        )
                continue
            judged_by_noun = adj.dep_ == "attr" and lemma in WRONG_NOUNS and adj.head.lemma_ == "be"
            judged_by_adjective = (
                adj.dep_ == "amod"
                and lemma in NEGATIVE_EVAL
                and adj.head.dep_ == "attr"
                and adj.head.head.lemma_ == "be"
            )
            if judged_by_noun or judged_by_adjective:
                # "Imposing unilateral sanctions ... is an illegitimate act", "the use of coercive
                # measures is a flagrant violation of the Charter": the subject is judged
                verb = adj.head if judged_by_noun else adj.head.head
                if _negated(verb):
                    continue
                for subj in (c for c in verb.children if c.dep_ in ("nsubj", "csubj") and not _expletive(c)):
                    for t in self.classify(subj, frame, ctx):
                        if t.actor is None or t.actor.node_id != state.node_id:
                            yield Candidate(
                                RelType.OPPOSES, state, t, ctx.sent, adj, "speech-evaluation.v1", confidence=0.6
                            )
                continue
            considered = adj.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and adj.head.lemma_ in (
                "consider",
                "find",
                "deem",
                "believe",
                "regard",
            )
            if not considered and (adj.dep_ != "acomp" or adj.head.lemma_ not in ("be", "remain", "seem", "become")):
                continue
            negated = _negated(adj.head) or any(c.dep_ == "neg" for c in adj.children)
            if lemma in NEGATIVE_EVAL:
                rel = None if negated else RelType.OPPOSES
            elif lemma in POSITIVE_EVAL:
                rel = None if negated else RelType.SUPPORTS
            elif lemma in ACCEPTABLE_EVAL:
                rel = RelType.OPPOSES if negated else RelType.SUPPORTS
            else:
                continue
            if rel is None:
                continue
            verb = adj.head
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if considered:
                # "we consider it essential to X" / "we find X unacceptable": the object is judged
                objects = [c for c in (*verb.children, *adj.children) if c.dep_ in ("dobj", "nsubj") and c != adj]
                contents = [
                    c
                    for c in (*adj.children, *verb.children)
                    if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and c != adj
                ]
                subjects = (
                    contents[:1]
                    if any(o.lower_ == "it" for o in objects) or not objects
                    else [o for o in objects if o.pos_ != "PRON"]
                )
            elif subjects and _expletive(subjects[0]):
                # "It is essential to strengthen X" / "It is unacceptable that X"
                contents = [
                    c
                    for c in (*adj.children, *verb.children)
                    if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")
                ]
                subjects = contents[:1]
            for subj in subjects:
                if subj.pos_ == "PRON" and subj.lower_ not in ("it",):
                    continue
                for t in self.classify(subj, frame, ctx):
                    if t.actor is not None and t.actor.node_id == state.node_id:
                        continue
                    inverted = bool(t.facts.get("invert")) and rel in INVERSE
                    yield Candidate(
                        INVERSE[rel] if inverted else rel,
                        state,
                        t,
                        ctx.sent,
                        adj,
                        "speech-evaluation.v1",
                        confidence=0.6,
                        speaker=ctx.discourse.voice.speaker.node_id if ctx.discourse.voice.speaker else None,
                    )

    def _no_place(self, place: Token, state: ActorMention, ctx: SentenceContext) -> Iterator[Candidate]:
        """ "Hegemony has no place in the future", "There can be no justification for terrorism":
        opposition; "A political settlement has no alternative", "There is no alternative to
        dialogue": support."""
        verb = place.head
        if place.dep_ not in ("dobj", "attr") or verb.lemma_ not in ("have", "be"):
            return
        rel = ABSENCE_NOUNS[place.lemma_.lower()]
        if verb.lemma_ == "have":
            judged = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        else:
            judged = _prep_objects(place, ["for"]) + _prep_objects(place, ["to"])
        frame = Frame(rel, ("dobj",), (ISSUE, ACTOR), "speech-evaluation.v1")
        for j in judged:
            for t in self.classify(j, frame, ctx):
                if t.actor is None:
                    yield Candidate(rel, state, t, ctx.sent, place, "speech-evaluation.v1", confidence=0.6)

    def _our_aim(self, aim: Token, state: ActorMention, ctx: SentenceContext) -> Iterator[Candidate]:
        """ "Our priority is the eradication of poverty", "X remains our goal": support for X."""
        verb = aim.head
        if verb.lemma_ not in ("be", "remain") or _negated(verb):
            return
        other = {"nsubj": "attr", "attr": "nsubj"}.get(aim.dep_)
        frame = Frame(RelType.SUPPORTS, ("dobj",), (ISSUE, ACTOR), "speech-evaluation.v1")
        for j in (c for c in verb.children if c.dep_ == other and c.pos_ != "PRON"):
            for t in self.classify(j, frame, ctx):
                if t.actor is None or t.actor.node_id != state.node_id:
                    inverted = bool(t.facts.get("invert"))
                    rel = RelType.OPPOSES if inverted else RelType.SUPPORTS
                    yield Candidate(rel, state, t, ctx.sent, aim, "speech-evaluation.v1", confidence=0.6)

    def _accusations(self, ctx: SentenceContext) -> Iterator[Candidate]:
        """In a speech, the speaker's accusations are the state's positions.

        "The use of unilateral restrictive measures undermines the Security Council" opposes that
        use; "NATO ... violates its commitments" condemns NATO. The speaking state itself is never
        condemned by its own speech.
        """
        state = ctx.discourse.voice.state
        assert state is not None
        frame = Frame(RelType.OPPOSES, ("dobj",), (ISSUE, ACTOR), "speech-accusation.v1")
        yield from self._upheld(ctx, state)
        for v in ctx.sent:
            if v.pos_ != "VERB" or v.lemma_.lower() not in ACCUSING_VERBS or _negated(v):
                continue
            if _status(v) in ("proposed", "planned") and v.lemma_.lower() not in ("undermine", "violate", "threaten"):
                continue
            if v.lemma_.lower() in HARMING_VERBS and _harm_suffered(v):
                yield from self._harmed_good(v, state, ctx)
                continue
            subjects = [c for c in v.children if c.dep_ in ("nsubj", "csubj") and not _expletive(c)]
            if not subjects and v.dep_ == "conj":
                subjects = [c for c in v.head.children if c.dep_ in ("nsubj", "csubj")]
            for subj in subjects:
                if subj.tag_ in ("WDT", "WP"):
                    # "sanctions imposed by X on Syria, which are undermining ...": a relative
                    # pronoun's antecedent is too often misattached to the nearest name to accuse it
                    continue
                actors = self.denote(subj, ctx)
                if actors:
                    speaker = ctx.discourse.voice.speaker
                    for a in actors:
                        if a.node_id != state.node_id and (speaker is None or a.node_id != speaker.node_id):
                            yield Candidate(
                                RelType.CONDEMNS,
                                state,
                                Target("actor", actor=a),
                                ctx.sent,
                                v,
                                "speech-accusation.v1",
                                confidence=0.55,
                            )
                    continue
                if subj.pos_ == "PRON":
                    continue
                for t in self.classify(subj, frame, ctx):
                    if t.actor is None:
                        yield Candidate(RelType.OPPOSES, state, t, ctx.sent, v, "speech-accusation.v1", confidence=0.55)

    def _harmed_good(self, v: Token, state: ActorMention, ctx: SentenceContext) -> Iterator[Candidate]:
        """ "peace and stability jeopardized", "peace is jeopardised by X": the speaker supports the
        good said to suffer the harm, and opposes (or condemns) whoever does it, never the good."""
        goods = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
        frame = Frame(RelType.SUPPORTS, ("dobj",), (ISSUE, AGREEMENT, RESOLUTION), "speech-harmed.v1")
        for good in goods:
            for t in self.classify(good, frame, ctx):
                if t.actor is None:
                    yield Candidate(RelType.SUPPORTS, state, t, ctx.sent, v, "speech-harmed.v1", confidence=0.55)
        speaker = ctx.discourse.voice.speaker
        agents = [a for a in _prep_objects(v, ["by"]) if a.pos_ != "PRON"]
        frame = Frame(RelType.OPPOSES, ("dobj",), (ISSUE, ACTOR), "speech-harmed.v1")
        for agent in agents:
            actors = self.denote(agent, ctx)
            for a in actors:
                if a.node_id != state.node_id and (speaker is None or a.node_id != speaker.node_id):
                    yield Candidate(
                        RelType.CONDEMNS, state, Target("actor", actor=a), ctx.sent, v, "speech-harmed.v1", 0.55
                    )
            if not actors:
                for t in self.classify(agent, frame, ctx):
                    if t.actor is None:
                        yield Candidate(RelType.OPPOSES, state, t, ctx.sent, v, "speech-harmed.v1", confidence=0.55)

    def _upheld(self, ctx: SentenceContext, state: ActorMention) -> Iterator[Candidate]:
        """In a speech, what others are said to undermine or violate, the speaking state upholds.

        "... threatening the implementation of the Joint Comprehensive Plan of Action" and "in
        violation of Security Council resolution 2231" support the plan and the resolution. Only
        values and agreements: a harm another "threatens" is no stance of the speaker's.
        """
        frame = Frame(RelType.SUPPORTS, ("dobj",), (ISSUE, AGREEMENT, RESOLUTION), "speech-upheld.v1")
        speaker = ctx.discourse.voice.speaker
        own = {state.node_id} | ({speaker.node_id} if speaker else set())
        for tok in ctx.sent:
            lemma = tok.lemma_.lower()
            thwarting = lemma in THWARTING_VERBS
            clause: Token | None = None  # a relative clause whose antecedent is the object
            if tok.pos_ == "VERB" and (lemma in UPHOLDING_VERBS or thwarting):
                if _negated(tok) or _supposed(tok):
                    continue
                doers = {a.node_id for a in self.subjects(tok, ctx)[0]}
                if doers & own or (thwarting and not doers):
                    continue  # the state's own deeds are read by the frames; stopping needs a named doer
                objects = [c for c in tok.children if c.dep_ == "dobj"]
                subjects = [c for c in tok.children if c.dep_ == "nsubj"]
                if tok.dep_ == "relcl" and (
                    any(o.tag_ in ("WDT", "WP") for o in objects)
                    or (not objects and subjects and subjects[0].tag_ not in ("WDT", "WP"))
                ):
                    # "non-interference — a principle that the United States blocked": the antecedent
                    antecedent = tok.head.head if tok.head.dep_ == "appos" else tok.head
                    objects, clause = [antecedent], tok
            elif tok.pos_ == "NOUN" and lemma in VIOLATION_NOUNS:
                objects = [o for p in ("of", "on", "against", "for") for o in _prep_objects(tok, [p])]
            elif lemma == "fly" and not _negated(tok):
                objects = _prep_objects(tok, ["in", "face", "of"])  # "fly in the face of the Charter"
            else:
                continue
            for obj in objects:
                for found in self.classify(obj, frame, ctx):
                    # named without the clause that says what was done to it; an agreement only
                    # named by that clause ("the treaty that they violated") is not named at all
                    t = _without_clause(found, clause) if clause is not None else found
                    if t is None:
                        continue
                    # what is stopped or undermined is upheld only if it is a good: "dismantling
                    # the infrastructure of terrorism" is no defence of terrorism, and what stopping
                    # does to a thing the vocabulary does not know is not known either
                    issue = _reference_issue(t)
                    if (issue is not None and issue.harm) or (thwarting and issue is None):
                        continue
                    if t.actor is None and not t.facts.get("invert"):
                        yield Candidate(
                            RelType.SUPPORTS,
                            state,
                            t,
                            ctx.sent,
                            tok,
                            "speech-upheld.v1",
                            confidence=0.5,
                            speaker=speaker.node_id if speaker else None,
                        )

    def _tallies(self, ctx: SentenceContext, found: list[Candidate]) -> list[Candidate]:
        """Vote tallies in the sentence go on the resolution an ADOPTS claim names (no new claims)."""
        tallies = {k: int(m.group(1).replace(",", "")) for k, p in _TALLY.items() if (m := p.search(ctx.sent.text))}
        if tallies:
            for c in found:
                if c.rel is RelType.ADOPTS and c.target.kind == "resolution":
                    c.target.facts.update(tallies)
                    c.attrs.update(tallies)
        return []


def frames_positions() -> set[str]:
    return {
        "respect",
        "safeguard",
        "uphold",
        "protect",
        "preserve",
        "defend",
        "support",
        "promote",
        "advance",
        "strengthen",
        "maintain",
        "ensure",
        "build",
        "foster",
        "develop",
        "improve",
        "deepen",
        "enhance",
        "implement",
        "carry",
    }


_EMPTY_ISSUES = {
    "this",
    "that",
    "it",
    "them",
    "one",
    "all",
    "others",
    "other",
    "efforts",
    "role",
    "way",
    "part",
    "position",
    "positions",
    "idea",
    "ideas",
    "move",
    "moves",
    "step",
    "steps",
    "working together",
    "work together",
}


#: nouns that name no issue when they stand alone ("welcomed the opportunity", "his commitment"),
#: though "economic cooperation" or "the opportunity gap" do
_VAGUE_ALONE = {
    "attention",
    "completion",
    "countries",
    "failure",
    "nations",
    "parties",
    "procedure",
    "recommendation",
    "recommendations",
    "sides",
    "states",
    "temptation",
    "world",
    "ability",
    "abilities",
    "action",
    "actions",
    "administration",
    "agenda",
    "capacity",
    "capacities",
    "collaboration",
    "commitment",
    "commitments",
    "cooperation",
    "decision",
    "effort",
    "engagement",
    "government",
    "importance",
    "initiative",
    "leadership",
    "legislation",
    "measure",
    "measures",
    "need",
    "needs",
    "opportunity",
    "opportunities",
    "partnership",
    "plan",
    "policy",
    "president",
    "priority",
    "priorities",
    "proposal",
    "relationship",
    "relations",
    "situation",
    "statement",
    "support",
    "ties",
    "together",
    "working",
}

_ABSTRACT = re.compile(r"(?:ism|ity|ty|tion|sion|ment|ance|ence|cy|acy|ship|hood|ure)$", re.I)
_VAGUE = {
    "goal",
    "goals",
    "hope",
    "hopes",
    "heart",
    "thing",
    "things",
    "women",
    "men",
    "people",
    "work",
    "job",
    "jobs",
    "time",
    "day",
    "case",
    "point",
    "matter",
    "issue",
    "issues",
    "question",
    "questions",
    "concern",
    "concerns",
    "rule",
    "rules",
    "right",
    "rights",
    "nominee",
    "them",
    "us",
    "you",
    "everyone",
    "everybody",
    "ally",
    "allies",
    "partner",
    "partners",
    "friend",
    "friends",
    "help",
    "lot",
}


def _substantive_issue(name: str) -> bool:
    """A position's target must say something: "goal" or "them" does not; "multipolarity" does."""
    from .issues import IssueVocabulary

    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", name)]
    content = [
        w
        for w in words
        if w.lower() not in _VAGUE
        and w.lower()
        not in {
            "the",
            "a",
            "an",
            "of",
            "and",
            "our",
            "their",
            "its",
            "his",
            "her",
            "my",
            "your",
            "with",
            "to",
            "for",
            "in",
            "on",
            "other",
            "some",
            "many",
            "these",
            "those",
            "such",
            "each",
            "every",
        }
    ]
    if not content:
        return False
    if len(content) >= 2 or IssueVocabulary.load().find(name):
        return True
    word = content[0]
    if word.lower() in _VAGUE_ALONE or name.lower() in _EMPTY_ISSUES:
        return False
    if Gazetteer.load().lookup(word):
        return False  # "Americans", "U.S": an actor the linker left unlinked, never an issue
    return word[:1].isupper() or bool(_ABSTRACT.search(word))


_INVERTING = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:(?:immediate|total|complete|full|swift|early|speedy|unconditional|permanent|global|joint"
    r"|comprehensive|effective|universal|verifiable|general|strict|outright|legally|binding"
    r"|flagrant|gross|blatant|egregious|serious|grave|systematic|massive|continued|ongoing|repeated|and)\s+)*"
    r"(?:(?:fight|struggle|war|campaign|efforts?)\s+(?:against|to\s+(?:combat|counter|end|eliminate|prevent))"
    r"|(?:end|ending|lifting|removal|elimination|eradication|abolition|cessation|prevention|prohibition|ban|banning"
    r"|halt|withdrawal|repeal|renunciation|countering|combating"
    r"|violations?|abuses?|breach(?:es)?|erosion|undermining|disregard|non-?proliferation|reduction|reducing)"
    r"\s+(?:of|to|on|for|in)|threats?\s+to"
    r"|(?:combating|countering|ending|lifting|removing|eliminating|eradicating|abolishing|preventing|prohibiting"
    r"|banning|halting|stopping|curbing|fighting|combat|counter|end|eliminate|prevent|eradicate"
    r"|prohibit|ban|halt|stop|abolish|outlaw|lift|remove"
    r"|(?:refrain|refraining|abstain|abstaining|desist|desisting)\s+from|avoid|avoiding|renounce|renouncing"
    r"|cease|ceasing"
    # harm done to it: "efforts to undermine the authority of the United Nations are dangerous"
    r"|undermine|undermining|erode|eroding|weaken|weakening|violate|violating|destroy|destroying"
    r"|dismantle|dismantling|circumvent|circumventing|disregard|disregarding)"
    # a second verb coordinated with the first: "undermine or compromise our initiatives"
    r"(?:\s+(?:or|and)\s+(?!the\b|a\b|an\b|all\b|any\b)[a-z]+(?=\s+(?:the|our|their|its|his|her|all|any|a|an)\b))?"
    # protection from it and refusal of it: "a shield against neo-Nazism", "a barrier in the way of
    # revanchism", "the resolution on the inadmissibility of glorifying Nazism"
    r"|(?:(?:shields?|barriers?|bulwarks?|vaccines?|antidotes?|firewalls?|safeguards?|defen[cs]es?|immunity"
    r"|resistance|opposition)\s+(?:against|to|in\s+the\s+way\s+of)"
    r"|(?:inadmissibility|unacceptability|rejection|condemnation|repudiation)\s+of))\s+(?:(?:the|all|any|a|an)\s+)?",
    re.I,
)
#: words before an inverting phrase that add nothing to it: "the task of preventing X", "the
#: consolidation of efforts to combat X"
_LEAD_IN = re.compile(
    r"^(?:(?:the|a|an|our|their|its|all|joint|collective|international|global|further|greater|concerted)\s+)*"
    r"(?:(?:task|consolidation|strengthening|coordination|intensification|stepping up)\s+of\s+)?"
    r"(?:(?:the|our|their|its|all|joint|collective|international|global)\s+)*"
    r"(?:efforts?|measures?|steps|work|action|actions|cooperation|strategy|strategies|role|task|campaign|struggle"
    r"|attempts?|moves?|plans?|policy|policies)"
    r"\s+(?:to|of|in|for|on|towards)\s+",
    re.I,
)
#: how a claim's relation turns when its target is "the end of X" rather than X
INVERSE = {
    RelType.SUPPORTS: RelType.OPPOSES,
    RelType.OPPOSES: RelType.SUPPORTS,
    RelType.PROPOSES: RelType.OPPOSES,
    # "condemn violations of human rights" upholds human rights
    RelType.CONDEMNS: RelType.SUPPORTS,
}
#: "human rights violations": the violated thing before a violation noun
_VIOLATED = re.compile(r"^(?P<core>.+?)\s+(?:violations?|abuses?|breach(?:es)?)$", re.I)


_OWED_OR_AIMED = PURPOSE_TEXT_NOUNS | OBLIGATION_NOUNS


def _purpose_of_text(v: Token) -> bool:
    """ "voted against the resolution to combat X", "derogated from its obligations as a member of
    the Council to uphold peace": the parser hangs the infinitive on the verb (advcl), but after a
    text's or an obligation's name it says what the text is for or what is owed, not what the
    verb's subject does."""
    if v.dep_ != "advcl" or not _infinitive(v):
        return False
    to = next((c for c in v.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0:
        return False
    tok = v.doc[to.i - 1]  # climb from the word before "to" to the verb the infinitive hangs on
    for _ in range(8):
        if tok.i <= v.head.i or tok == v.head:
            return False
        if tok.lemma_.lower() in _OWED_OR_AIMED and tok.dep_ in ("dobj", "pobj"):
            return True
        tok = tok.head
    return False


def _reference_issue(target: Target) -> IssueRef | None:
    """The reference issue an issue target names, if any, as the assembler will find it."""
    from .issues import canonical_issue

    if target.kind != "issue" or target.facts.get("invert"):
        return None
    ref = canonical_issue(target.name, target.head)
    return ref if ref.known and not ref.opposite else None


def _denied(noun: Token) -> bool:
    """Whether a noun is said not to exist: "no place", "never any justification", "nor can there
    ever be a justification" (the "nor" sits on the first of the coordinated clauses)."""
    if any(c.lower_ == "no" for c in noun.children):
        return True
    verb = noun.head
    if noun.dep_ not in ("attr", "dobj") or verb.lemma_ not in ("be", "have"):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ == "nor" and c.i < verb.i for c in verb.head.children
    )


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _topic(text_noun: Token, heads: Collection[str] = TOPIC_NOUNS) -> Token | None:
    """What a text is about: the object of "on" (or "concerning", "regarding") after it or after
    the text it is a draft or version of ("the draft of this year's resolution on X")."""
    for tok in text_noun.subtree:
        if tok == text_noun or (tok.dep_ == "pobj" and tok.lemma_.lower() in heads):
            about = [o for p in ("on", "concerning", "regarding") for o in _prep_objects(tok, [p])]
            if about:
                return about[0]
    return None


def _tidy_issue(text: str) -> str:
    from .nps import tidy

    text = tidy(text)
    text = re.sub(r"^(?:the|a|an|any|all|its|their|his|her|our|this|these|those|such)\s+", "", text, flags=re.I)
    return text[:160]


def _list_heads(tok: Token) -> list[Token]:
    """Split a coordinated object into separate targets only when it is a real list.

    A later member of the list asked for by itself ("the importance" in "the threats and the
    importance of X") is itself only.
    """
    if tok.dep_ == "conj":
        return [tok]
    heads = conjuncts(tok)
    if len(heads) >= 3 or any(any(c.dep_ in ("det", "poss") for c in h.children) for h in heads[1:]):
        return heads
    if len(heads) == 2 and all(any(c.dep_ == "amod" for c in h.children) for h in heads):
        # "unilateral sanctions and so-called long-arm jurisdiction": each member qualified on its
        # own is a thing of its own ("regional peace and stability" qualifies the pair once)
        return heads
    return [tok]


def _governing_verb(tok: Token) -> Token:
    """The verb whose clause holds ``tok`` (the sentence root if none): "not talking about X"."""
    cur = tok
    while cur.head.i != cur.i and cur.pos_ not in ("VERB", "AUX"):
        cur = cur.head
    return cur


def _prep_objects(holder: Token, wanted: list[str]) -> list[Token]:
    """Objects of a (possibly multi-word) preposition under ``holder``: ["in", "favour", "of"]."""
    out: list[Token] = []
    for c in holder.children:
        if c.dep_ not in ("prep", "agent", "dative") or c.lower_ != wanted[0]:
            continue
        cur = [c]
        for word in wanted[1:]:
            nxt = []
            for x in cur:
                for y in x.children:
                    if y.lower_ in (word, "favor" if word == "favour" else word):
                        nxt.append(y)
            cur = nxt
        for x in cur:
            out += [p for p in x.children if p.dep_ in ("pobj", "pcomp")]
    return out


def _accepts(wants: set[str], kind: NodeKind) -> bool:
    """Does a frame taking ``wants`` accept an actor of this kind as its target?"""
    if ACTOR in wants:
        return True
    if kind is NodeKind.STATE:
        return STATE in wants
    return kind in (NodeKind.ORGANISATION, NodeKind.GROUP) and ORG in wants


def _named_list(tok: Token) -> list[Span]:
    """The proper names listed after "such as" under a head, split on the text's commas.

    The parser often mangles long lists of titles ("the Joint Statement on X and Y, the
    Cooperative Agreement on Z, and the ... Purchase and Sale Agreement"); each item of such a
    list starts with "the" and a capital, so commas (and a final ", and") are the boundaries.
    """
    doc = tok.doc
    such = next((t for h in conjuncts(tok) for t in h.children if t.dep_ == "prep" and t.lower_ == "as"), None)
    if such is None:
        return []
    sent_end = tok.sent.end
    i = such.i + 1
    items: list[Span] = []
    start = i
    for j in range(i, sent_end + 1):
        at_end = j == sent_end or (doc[j].is_sent_end and doc[j].is_punct) or doc[j].text in (";", ":")
        if at_end or doc[j].text == ",":
            k = start
            while k < j and doc[k].lower_ in ("and", "or", "the", "a", "an"):
                k += 1
            if k < j and doc[k].text[:1].isupper():
                items.append(doc[k:j])
            elif k < j:
                return []  # not a list of names
            start = j + 1
            if at_end:
                break
    return items if len(items) >= 2 else []


def _venues(found: list[Candidate]) -> list[Candidate]:
    """Who hosts an attended event, read off the same sentence.

    * a capital or seat of power inside the event's name ("the opening ceremony of the Beijing
      Winter Olympics", "the commemoration ... in Moscow") names the host state;
    * "Putin went to Uzbekistan to attend the SCO Summit": the one state visited hosts it.
    """
    out: list[Candidate] = []
    hosted: set[str] = set()
    for c in found:
        if c.rel is not RelType.ATTENDS or c.target.kind != "event":
            continue
        if set(c.target.facts.get("orgs") or []) & (_UN_BODY_IDS | {"org:un"}):  # type: ignore[arg-type]
            continue  # a session of a UN body meets at the UN, whatever state it stands in
        places = set(c.target.facts.get("places") or [])  # type: ignore[arg-type]
        if len(places) == 1 and c.target.name not in hosted:
            hosted.add(c.target.name)
            place = ActorMention(
                0, 0, c.anchor.i, c.anchor.i + 1, places.pop(), NodeKind.STATE, "", c.anchor.text, "venue"
            )
            out.append(Candidate(RelType.HOSTS, place, c.target, c.sent, c.anchor, "event-venue.v2", confidence=0.7))
            continue
        visited = {
            v.target.actor.node_id: v.target.actor
            for v in found
            if v.rel is RelType.VISITS
            and v.source.node_id == c.source.node_id
            and v.target.actor is not None
            and v.target.actor.kind is NodeKind.STATE
        }
        if len(visited) == 1 and not places and c.target.name not in hosted:
            hosted.add(c.target.name)
            out.append(
                Candidate(
                    RelType.HOSTS,
                    next(iter(visited.values())),
                    c.target,
                    c.sent,
                    c.anchor,
                    "visit-venue.v2",
                    confidence=0.7,
                )
            )
    return out


def _event_head(tok: Token) -> Token | None:
    """The convened event an NP names, even when a name comes first.

    "the SCO and CIS member states Ministers of Defense Conference": the parser may take a name
    for the head; the event is the head behind it.
    """
    if tok.lemma_.lower() in EVENT_HEADS:
        return tok if _is_convened(tok) else None
    if tok.pos_ != "PROPN":
        return None  # only a proper name the parser took for the head hides the event after it
    # the NP's real head may sit after the organisation name the parser took for the head
    nxt = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(tok.doc) else None
    if tok.head.lemma_.lower() in EVENT_HEADS and tok.dep_ in ("compound", "nmod", "amod") and tok.head.i > tok.i:
        return tok.head
    candidates = [t for t in tok.subtree if t.lemma_.lower() in EVENT_HEADS and t.pos_ == "PROPN" and t.i > tok.i]
    if candidates:
        return candidates[-1]
    if nxt is not None and nxt.lemma_.lower() in EVENT_HEADS and nxt.head == tok:
        return nxt
    return None


def _is_convened(tok: Token) -> bool:
    """ "dialogue" is an event when named ("the Shangri-La Dialogue") or given its parties; a
    convention on a subject ("the Convention on the Law of the Sea") is a treaty, not a gathering."""
    if tok.lemma_.lower() == "convention" and (
        tok.ent_type_ == "LAW"
        or any(
            c.dep_ == "prep" and c.lower_ in ("on", "against", "for", "concerning", "relating") for c in tok.children
        )
    ):
        return False
    if tok.lemma_.lower() not in SOFT_EVENT_HEADS:
        return True
    return tok.text[:1].isupper() or any(c.dep_ == "prep" and c.lower_ in ("between", "with") for c in tok.children)


#: prepositions that place an affair in a state: "the conflict in Syria", "a settlement on Cyprus"
_PLACING_PREPS = {"in", "on", "inside", "within", "across", "around", "over", "for", "of"}


def _placed_in(mention: Span) -> bool:
    """Whether a state mention says where an affair is ("in Libya"), not who acts or owns it.

    "Washington's withdrawal" (a possessor) and "German reunification" (a demonym) are not "the
    situation in" the United States or Germany.
    """
    root = next((t for t in mention if not (mention.start <= t.head.i < mention.end) or t.head == t), mention[0])
    return root.dep_ == "pobj" and root.head.lower_ in _PLACING_PREPS


def _harm_suffered(v: Token) -> bool:
    """A harming verb told from the side of what suffers it: a passive ("peace is jeopardised by
    X"), or a bare participle the parser gave a subject ("..., and peace and stability jeopardized
    throughout the world": the auxiliary of the verb before it is gapped). "X has undermined Y"
    (a participle after "have") is active."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
        return True
    if v.tag_ not in ("VBN", "VBD") or v.dep_ != "conj":
        return False
    if any(c.dep_ in ("dobj", "aux") for c in v.children):
        return False  # "X has jeopardized peace": an object or an auxiliary of its own makes it active
    # the verbs of the coordination ("will be undermined, ... challenged, and ... jeopardized"; the
    # parser may hang the first, passive one under the second as a clausal complement)
    first = v
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    group = [first, *(c for c in first.subtree if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    group += [c for g in list(group) for c in g.children if c.dep_ == "ccomp"]
    return any(c.dep_ == "auxpass" for g in group for c in g.children)


def _expletive(tok: Token) -> bool:
    """ "It" in "it is essential to ...", "it is suggested that ..."."""
    if tok.lower_ != "it":
        return False
    head = tok.head
    return (
        tok.dep_ == "expl"
        or (
            head.lemma_ in ("be", "seem", "appear", "remain")
            and any(c.dep_ in ("acomp", "xcomp", "ccomp") for c in head.children)
        )
        or (any(c.dep_ == "auxpass" for c in head.children) and any(c.dep_ == "ccomp" for c in head.children))
    )


def _is_question(sent: Span) -> bool:
    """A sentence that ends with a question mark (before any closing quote or bracket)."""
    return sent.text.rstrip().rstrip("\"'”’)]").endswith("?")


def _infinitive(v: Token) -> bool:
    return v.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def _without_clause(target: Target, clause: Token) -> Target | None:
    """ "a practice that China has often rejected": the target is the practice, named without the
    clause that states the claim (a name restating the claim says nothing, and "practice" is vague).
    An agreement keeps only a proper name: "the Charter, which they violated", not "the treaty"."""
    if target.kind not in ("issue", "agreement") or target.head is None:
        return target
    span = phrase_span(target.head, keep_relcl=True, keep_conj=True)
    if not span.start <= clause.i < span.end:
        return target
    name = _tidy_issue(phrase(target.head))
    if target.kind == "agreement":
        return Target("agreement", head=target.head, name=name) if name[:1].isupper() else None
    if not name or name.lower() in _EMPTY_ISSUES or not _substantive_issue(name):
        return None
    return Target("issue", head=target.head, name=name, facts=target.facts)


def _copular_passive(v: Token) -> bool:
    """ "is opposed to", "are committed to": a participle after "be" with a "to" complement."""
    return (
        any(c.dep_ == "auxpass" for c in v.children)
        and any(c.dep_ == "prep" for c in v.children)
        and not any(c.dep_ == "agent" for c in v.children)
    )


#: modals and verbs of obligation: what someone "must", "should" or "needs to" do
_OBLIGATION_AUX = {"must", "should", "ought"}
_OBLIGATION_VERBS = {"need", "have"}


def _obliged(v: Token) -> bool:
    """Whether the clause says its subject must do it ("Russia must comply", "Congress needs to pass
    legislation to secure X", "X has to stop"), up through purpose and complement clauses."""
    t = v
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _OBLIGATION_AUX for c in t.children):
            return True
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in _OBLIGATION_VERBS and t.head.pos_ in ("VERB", "AUX"):
            return True
        if t.dep_ not in ("xcomp", "advcl", "conj") or t.head == t:
            return False
        t = t.head
    return False


def _pronoun_subject(v: Token) -> bool:
    """Whether the clause's subject (or that of the verb it is coordinated with) is a pronoun."""
    while True:
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0].pos_ == "PRON"
        if v.dep_ != "conj" or v.head == v:
            return False
        v = v.head


def _negated(v: Token) -> bool:
    for c in v.children:
        if c.dep_ == "neg" and not any(n.lower_ == "only" for n in c.head.children if n.i == c.i + 1):
            nxt = v.doc[c.i + 1] if c.i + 1 < len(v.doc) else None
            if nxt is not None and nxt.lower_ == "only":
                continue
            return True
    head = v.head
    if v.dep_ in ("acomp", "oprd") or (v.dep_ == "prep" and v.lower_ == "against"):
        return _negated(head)
    if v.dep_ in ("xcomp",) and head != v:
        if head.lemma_.lower() in ("refuse", "decline", "fail", "reluctant", "hesitate", "cease", "stop"):
            return True
        return _negated(head)
    if v.dep_ == "conj" and head != v:
        contrast = any(t.lower_ in ("but", "instead", "yet", "rather") for t in v.doc[min(head.i, v.i) : v.i])
        return _negated(head) and not contrast and not any(c.dep_ == "nsubj" for c in v.children)
    return False


def _refusal(v: Token) -> bool:
    """ "cannot support", "will not accept": a stated refusal is a position."""
    return any(
        c.dep_ == "aux" and c.lower_ in ("can", "ca", "will", "wo", "would", "shall") for c in v.children
    ) and any(c.dep_ == "neg" for c in v.children)


def _as_opposition(frame: Frame) -> Frame:
    return Frame(RelType.OPPOSES, frame.slots, frame.targets, "refusal.v1")


def _status(v: Token) -> str | None:
    """Modality of the clause: "plans to visit" -> planned; "will attend" -> planned."""
    head = v.head
    if v.dep_ == "xcomp" and head != v:
        lemma = head.lemma_.lower()
        if lemma in ("apply", "demand", "request", "aspire"):
            return "applied"
        if lemma in ("propose", "suggest", "call", "urge", "invite"):
            return "proposed"
        if lemma in PLAN_VERBS and lemma != "agree":
            return STATUS_OF_PLAN.get(lemma, "planned")
        if lemma in ("be",) and any(c.lower_ in ("set", "scheduled", "due", "expected") for c in head.children):
            return "planned"
    if (
        v.tag_ == "VBG"
        and v.dep_ == "pcomp"
        and head.lower_ in ("for", "of", "to", "on", "about", "against", "without")
        and any(c.dep_ == "nsubj" for c in v.children)
    ):
        return "proposed"  # "a precondition for Sweden joining NATO": a state of affairs wanted, not one stated
    if v.dep_ == "pcomp" and head.lower_ == "to" and _looking_forward(head.head):
        return "planned"  # "looks forward to meeting X": a prospect, not a meeting
    for c in v.children:
        if c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "wo"):
            return "planned"
        if c.dep_ == "aux" and c.lower_ == "going":
            return "planned"
    # "will travel to Japan to attend the summit": the purpose clause is as planned as its head
    if (
        v.dep_ in ("advcl", "conj", "xcomp")
        and head != v
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) | (v.dep_ == "conj")
    ):
        return _status(head)
    return None


#: what a governing verb does to the event its object names ("postponing his trip to Germany")
_CALLED_OFF = {
    "postpone": "postponed",
    "delay": "postponed",
    "defer": "postponed",
    "reschedule": "postponed",
    "cancel": "cancelled",
    "scrap": "cancelled",
    "abandon": "cancelled",
    "skip": "cancelled",
}
#: adjectives that put an event ahead of the text ("his upcoming trip")
_AHEAD = {"upcoming", "forthcoming", "planned", "proposed", "scheduled", "expected", "future", "next"}


def _event_status(noun: Token) -> str | None:
    """ "postponing his upcoming trip": postponed; "his upcoming trip": planned; else None."""
    first = noun
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    head = first.head
    if first.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        lemma = head.lemma_.lower()
        called_off = _CALLED_OFF.get(lemma) or (
            "cancelled" if lemma == "call" and any(c.lower_ == "off" for c in head.children) else None
        )
        if called_off:
            return called_off
    if any(c.dep_ == "amod" and c.lower_ in _AHEAD for c in first.children):
        return "planned"
    return None


def _speaks_for(v: Token) -> bool:
    """ "speak for themselves", "talk about X": a verb of meeting used for something else."""
    return any(
        (c.dep_ == "prep" and c.lower_ in ("for", "about", "of", "on behalf"))
        or c.lower_ in ("themselves", "itself", "ourselves", "himself", "herself")
        for c in v.children
    )


def _supposed(tok: Token) -> bool:
    """Inside a condition, an open question or a road not taken: "if X ...", "unless X ...",
    "(asked) whether X does", "rather than protecting X", "instead of supporting X".

    "whether" only with a clause of its own: "against changes, whether in Kosovo or Crimea" is
    every case, not an open one.
    """
    for t in (tok, *tok.ancestors):
        if _judged_wrong(t):
            return True
        if t.dep_ == "ROOT":
            break  # a mark on the main clause is a misparse of something else ("—whether in Kosovo")
        if (
            t.dep_ == "pcomp"
            and t.head.lower_ in ("than", "of")
            and any(c.lower_ in ("rather", "instead") for c in t.head.children)
        ):
            return True
        for c in t.children:
            if c.dep_ != "mark":
                continue
            if c.lower_ in ("if", "unless"):
                return True
            if (
                c.lower_ == "whether"
                and not any(c.children)  # "whether in Kosovo or Crimea" heads a phrase, not a question
                and any(s.dep_ in ("nsubj", "nsubjpass") for s in t.children)
            ):
                return True
    return False


def _looking_forward(t: Token) -> bool:
    """ "look forward (to)", whichever of the two words the parser hangs "to" on."""
    if t.lower_ == "forward":
        return t.head.lemma_.lower() == "look"
    return t.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in t.children)


#: judgements that make an act named after them one not taken: "it would be a mistake to return to X",
#: "could make it difficult to comply with X"
_NOT_TO_BE_DONE = {"mistake", "error", "wrong", "difficult", "hard", "impossible", "unwise", "foolish"}


def _judged_wrong(t: Token) -> bool:
    """An infinitive whose judge says it should not or cannot be done: "it would be a mistake to attempt X"."""
    if t.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        return False
    head = t.head
    if head.lower_ in _NOT_TO_BE_DONE:
        return True
    return any(c.dep_ in ("attr", "acomp", "oprd", "ccomp") and c.lower_ in _NOT_TO_BE_DONE for c in head.children)


def _for_to_clause(v: Token, subject: Token) -> bool:
    """ "for Myanmar to return": an infinitive whose subject "for" introduces."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return False
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in v.children) or (
        subject.left_edge.i > 0 and subject.doc[subject.left_edge.i - 1].lower_ == "for"
    )


def _is_object_noun(tok: Token, frame: Frame) -> bool:
    return tok.lemma_.lower() in frame.object_nouns or tok.lower_ in frame.object_nouns


def _one_sided(obj: Token) -> bool:
    """A statement nobody else is said to share: not a joint declaration."""
    return obj.lemma_.lower() == "statement" and not any(
        c.lower_ in ("joint", "common", "bilateral", "trilateral", "shared") for c in obj.children
    )


def _unique(actors: list[ActorMention]) -> list[ActorMention]:
    seen: set[str] = set()
    out = []
    for a in actors:
        if a.node_id not in seen:
            seen.add(a.node_id)
            out.append(a)
    return out
