"""Positions stated beyond one predicate: calls to act, policies grounded in principles, deontic
passives and listed principles, and a speech's evaluations (the speaking state's stance).

* "P called on A to do X": P proposes X;
* "A's policy is rooted in principles such as X and Y": A supports X and Y;
* in a paragraph laying out A's positions, "X must be respected" (A supports X), "four principles:
  respecting X, abiding by Y";
* in a speech: "unilateral sanctions are illegitimate" (opposes them), "it is essential to
  strengthen X" (supports X), "X has no place" (opposes X), "our priority is X" (supports X).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from diplograph.graph.schema import RelType

from ..actors import ActorMention
from ..grammar.clause import is_at_a_price, is_denied, is_expletive, is_negated
from ..grammar.issue_names import INVERSE, is_substantive_issue, tidy_issue, turned
from ..grammar.syntax import governing_verb, prep_objects
from ..grammar.targets import names_by_reference
from ..grammar.types import Candidate, Target
from ..grammar.words import (
    ABSENCE_NOUNS,
    ACCEPTABLE_EVAL,
    ADVOCACY_VERBS,
    AIM_NOUNS,
    ATTRIBUTIVE_NEGATIVE,
    DEONTIC_OPPOSE,
    DEONTIC_SUPPORT,
    GROUNDING_VERBS,
    NEGATIVE_EVAL,
    OCCASION_NOUNS,
    POLICY_NOUNS,
    POSITIVE_EVAL,
    PRINCIPLE_NOUNS,
    SHOWING_NOUNS,
    WRONG_NOUNS,
)
from ..lexicon import ACTOR, ISSUE, Frame, frames_for
from ..nps import conjuncts
from . import registry

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..claims import ClaimReader
    from ..grammar.types import SentenceContext

__all__ = ["calls_to_action", "deontic", "evaluative", "grounded_policy", "position_holder"]

#: the modals of a deontic passive: "X must be respected"
DEONTIC_MODALS = {"must", "should", "shall", "need", "ought"}
#: verbs of considering whose object an evaluation is said of: "we find X unacceptable"
_CONSIDERING = ("consider", "find", "deem", "believe", "regard")
#: what "criminal" classifies rather than judges: "criminal justice (law, court, proceedings)"
_LAW_NOUNS = {
    "justice", "law", "court", "tribunal", "code", "jurisdiction", "proceeding", "procedure", "investigation",
    "accountability", "liability", "responsibility", "prosecution", "matter", "case", "record", "police",
}  # fmt: skip
#: verbs of examining and judging (FrameNet Assessing, Scrutiny): their object is what is looked
#: into, not what the one who calls for the look proposes
_SCRUTINY_VERBS = {
    "assess", "evaluate", "examine", "investigate", "review", "study", "scrutinize", "scrutinise", "inspect",
    "probe", "monitor",
}  # fmt: skip
#: verbs of removing or ending (FrameNet Removing, Activity_stop, Destroying): what one is called on to
#: remove or stop, one is against
REMOVING_VERBS = {
    "remove", "lift", "end", "cease", "halt", "abolish", "repeal", "rescind", "revoke", "dismantle", "transcend",
    "terminate", "discontinue", "stop", "suspend", "renounce", "eliminate", "eradicate", "scrap",
}  # fmt: skip
#: verbs of saying and knowing: "it is important to note that S" states S, and takes no stance on it
NOTING_VERBS = {
    "note", "recall", "remember", "mention", "say", "stress", "emphasize", "emphasise", "underline", "point",
    "acknowledge", "recognize", "recognise", "realize", "realise", "understand", "know", "add", "highlight",
    "reiterate", "repeat", "observe", "remind", "state", "notice",
}  # fmt: skip
#: what a judgement qualifies when it is said of a past conduct in some field ("an egregious human
#: rights record"): the field is not what the speaker opposes
_RECORD_NOUNS = {"record", "records", "track"}

#: occasions and times, which an evaluation judges as such: "this session (year) is important"
_OCCASIONS = {
    "session", "meeting", "debate", "year", "anniversary", "day", "week", "moment", "time",
} | OCCASION_NOUNS  # fmt: skip

#: the words an evaluation needs one of
EVALUATION_WORDS = (
    POSITIVE_EVAL
    | NEGATIVE_EVAL
    | ATTRIBUTIVE_NEGATIVE
    | ACCEPTABLE_EVAL
    | WRONG_NOUNS
    | AIM_NOUNS
    | ABSENCE_NOUNS.keys()
)


@registry.register("positions.calls-to-action.v1")
def calls_to_action(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """ "He called on the X countries to give a unified response": a proposal of that response."""
    if not ctx.lemmas & ADVOCACY_VERBS:
        return
    for v in ctx.tokens:
        if v.lemma_.lower() not in ADVOCACY_VERBS or is_negated(v):
            continue
        for vp in (c for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
            if vp.tag_ == "VBG":
                continue  # "called X an open wound": a name given, not a call to act
            if frames_for(vp.lemma_.lower(), vp.lower_):
                continue  # "call on all countries to oppose X" is the caller's opposition, read elsewhere
            if vp.lemma_.lower() in _SCRUTINY_VERBS:
                continue  # "call on A to assess B's acts": what is to be examined is not proposed
            objs = [c for c in vp.children if c.dep_ == "dobj"]
            if not objs or objs[0].lemma_.lower() == "attention":
                continue  # "urge all to pay attention to X" proposes no "attention"
            name = tidy_issue(vp.doc[objs[0].left_edge.i : objs[0].right_edge.i + 1].text)
            if objs[0].pos_ == "PRON" or not is_substantive_issue(name) or names_by_reference(objs[0]):
                # "invited Republicans to do that", "to address that phenomenon": pointing back proposes nothing
                continue
            # "appeal to A to remove its embargo": a call for the embargo's removal opposes it
            removal = vp.lemma_.lower() in REMOVING_VERBS
            # "provide support to <State>": placed by what the relation noun governs
            tail, facts = reader.relation_facts(objs[0], ctx)
            for a in reader.subjects(v, ctx)[0]:
                yield Candidate(
                    RelType.OPPOSES if removal else RelType.PROPOSES,
                    a,
                    Target("issue", head=objs[0], name=f"{name} {tail}" if tail else name, facts=facts),
                    ctx.sent,
                    vp,
                    "call-for-removal.v3" if removal else "call-to-action.v3",
                    confidence=0.6,
                )


@registry.register("positions.grounded-policy.v1")
def grounded_policy(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """ "A's foreign policy is rooted in principles such as X and Y": A supports X and Y."""
    if not ctx.lemmas & GROUNDING_VERBS.keys():
        return
    for v in ctx.tokens:
        preps = GROUNDING_VERBS.get(v.lemma_.lower())
        if not preps or not any(c.dep_ == "auxpass" for c in v.children) or is_negated(v):
            continue
        for subj in (c for c in v.children if c.dep_ == "nsubjpass"):
            if subj.lemma_.lower() in POLICY_NOUNS:
                owners = [a for c in subj.children if c.dep_ == "poss" for a in reader.denote(c, ctx)]
            else:  # "A is guided by the principle of independence"
                owners = reader.denote(subj, ctx)
            frame = Frame(RelType.SUPPORTS, ("dobj",), (ISSUE,), "grounded-policy.v1")
            for p in prep_objects(v, list(preps[:1])) + [o for prep in preps[1:] for o in prep_objects(v, [prep])]:
                for t in reader.classify(p, frame, ctx):
                    for o in owners:
                        yield Candidate(RelType.SUPPORTS, o, t, ctx.sent, v, "grounded-policy.v1", confidence=0.7)


@registry.register("positions.deontic.v1")
def deontic(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """An agentless "X must be respected" / "X should be abandoned" in a position paragraph,
    and principles listed after a colon ("four principles: respecting X, abiding by Y")."""
    holder = position_holder(ctx)
    if holder is None or not ctx.lemmas & (PRINCIPLE_NOUNS | DEONTIC_MODALS):
        return
    support = Frame(RelType.SUPPORTS, ("dobj",), (ISSUE, ACTOR), "enumerated-principles.v2")
    for noun in ctx.tokens:
        if noun.lemma_.lower() not in PRINCIPLE_NOUNS:
            continue
        items = [c for c in noun.children if c.dep_ in ("appos", "acl", "dep") and c.tag_ == "VBG"]
        items = [i for first in items for i in conjuncts(first)]
        for item in items:
            for t in reader.classify(item, support, ctx):
                # "a firm position rejecting X": the principle is against X
                rel = RelType.OPPOSES if t.facts.get("invert") else RelType.SUPPORTS
                yield Candidate(rel, holder, t, ctx.sent, item, "enumerated-principles.v2", confidence=0.6)
    for v in ctx.tokens:
        if v.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in v.children):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in ("must", "should", "shall", "need", "ought") for c in v.children):
            continue
        if any(c.dep_ == "agent" for c in v.children) or is_negated(v):
            continue
        lemma = v.lemma_.lower()
        rel = RelType.SUPPORTS if lemma in DEONTIC_SUPPORT else RelType.OPPOSES if lemma in DEONTIC_OPPOSE else None
        if rel is None:
            continue
        for subj in (c for c in v.children if c.dep_ == "nsubjpass"):
            frame = Frame(rel, ("dobj",), (ISSUE, ACTOR), "deontic-position.v3")
            for t in reader.classify(subj, frame, ctx):
                # "the fight against X must be maintained", "violations of X must be condemned": turned round
                said = INVERSE[rel] if t.facts.get("invert") else rel
                yield Candidate(said, holder, t, ctx.sent, v, "deontic-position.v3", confidence=0.6)


def position_holder(ctx: SentenceContext) -> ActorMention | None:
    """Whose positions an agentless statement states: the actor this paragraph lays out the
    positions of, else, in a speech, the state that speaks."""
    d = ctx.discourse
    if d.position_holder is not None and d.position_holder_paragraph == ctx.paragraph_index:
        return d.position_holder
    return d.voice.state


@registry.register("positions.evaluative.v1")
def evaluative(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """In a speech, the speaker's evaluations are the state's positions.

    "Unilateral sanctions are illegitimate" opposes them; "It is essential to strengthen the
    United Nations" supports that; "X is not acceptable" opposes X.
    """
    state = ctx.discourse.voice.state
    if state is None or not ctx.lemmas & EVALUATION_WORDS:
        return
    frame = Frame(RelType.SUPPORTS, ("dobj",), (ISSUE, ACTOR), "speech-evaluation.v2")
    for word in ctx.tokens:
        yield from _evaluation(reader, word, state, frame, ctx)


def _evaluation(
    reader: ClaimReader, adj: Token, state: ActorMention, frame: Frame, ctx: SentenceContext
) -> Iterator[Candidate]:
    """What one evaluative word says: a denial ("no place for X"), an aim ("our priority is X"), a
    practice named to be judged ("illegal unilateral sanctions"), a subject judged by a predicate
    noun ("X is a flagrant violation"), or a predicative evaluation ("X is unacceptable")."""
    lemma = adj.lemma_.lower()
    if lemma in ABSENCE_NOUNS and is_denied(adj):
        yield from _no_place(reader, adj, state, ctx)
        return
    if lemma in AIM_NOUNS and any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in adj.children):
        yield from _our_aim(reader, adj, state, ctx)
        return
    # "a new and dangerous manifestation": the second adjective hangs on the first
    named = adj.head.head if adj.dep_ == "conj" and adj.head.dep_ == "amod" else adj.head
    if named.lemma_.lower() in _RECORD_NOUNS:
        return  # "governments with egregious X records": a record judged, not the rights
    if _names_judged_practice(adj, lemma, named):
        # "the heedless expansion of A", "illegal unilateral sanctions": named to be judged
        for t in reader.classify(named, frame, ctx):
            if t.actor is None and not t.facts.get("invert"):
                yield Candidate(RelType.OPPOSES, state, t, ctx.sent, adj, "speech-evaluation.v2", confidence=0.5)
        return
    judged_by_noun = adj.dep_ == "attr" and lemma in WRONG_NOUNS and adj.head.lemma_ == "be"
    judged_by_adjective = (
        adj.dep_ == "amod" and lemma in NEGATIVE_EVAL and adj.head.dep_ == "attr" and adj.head.head.lemma_ == "be"
    )
    if judged_by_noun or judged_by_adjective:
        yield from _judged_subject(reader, adj, adj.head if judged_by_noun else adj.head.head, state, frame, ctx)
        return
    yield from _predicative(reader, adj, lemma, state, frame, ctx)


def _names_judged_practice(adj: Token, lemma: str, named: Token) -> bool:
    """Whether an attributive judgement names a practice to be judged ("illegal sanctions", "a
    dangerous manifestation of X"; "this dangerous phenomenon" names nothing)."""
    if lemma == "criminal" and named.lemma_.lower() in _LAW_NOUNS:
        return False  # "the international criminal justice project": a branch of law, not a judgement
    judging = lemma in ATTRIBUTIVE_NEGATIVE or (
        lemma in NEGATIVE_EVAL and named.lemma_.lower() in SHOWING_NOUNS and bool(prep_objects(named, ["of"]))
    )
    return (
        (adj.dep_ == "amod" or named is not adj.head)
        and judging
        and named.pos_ == "NOUN"
        and named.dep_ not in ("attr", "ROOT")  # a noun as the root is a failed parse of a clause
        and not is_negated(governing_verb(named))
        and not names_by_reference(named)  # "that inhumane attack": the attack named before
    )


def _judged_subject(
    reader: ClaimReader, adj: Token, verb: Token, state: ActorMention, frame: Frame, ctx: SentenceContext
) -> Iterator[Candidate]:
    """ "Imposing unilateral sanctions ... is an illegitimate act", "the use of coercive measures is
    a flagrant violation of the Charter": the subject is judged."""
    if is_negated(verb):
        return
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "csubj") and not is_expletive(c)):
        for t in reader.classify(subj, frame, ctx):
            if t.actor is None or t.actor.node_id != state.node_id:
                rel = turned(RelType.OPPOSES, t)  # "the erosion of X is a grave mistake": for X
                yield Candidate(rel, state, t, ctx.sent, adj, "speech-evaluation.v2", confidence=0.6)


def _predicative(
    reader: ClaimReader, adj: Token, lemma: str, state: ActorMention, frame: Frame, ctx: SentenceContext
) -> Iterator[Candidate]:
    """ "X is unacceptable", "it is essential to strengthen X", "we consider X illegitimate": the
    stance the evaluation takes on what it is said of (turned round by negation where it can be)."""
    considered = adj.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and adj.head.lemma_ in _CONSIDERING
    if not considered and (adj.dep_ != "acomp" or adj.head.lemma_ not in ("be", "remain", "seem", "become")):
        return
    negated = is_negated(adj.head) or any(c.dep_ == "neg" for c in adj.children)
    if lemma in NEGATIVE_EVAL:
        rel = None if negated else RelType.OPPOSES
    elif lemma in POSITIVE_EVAL:
        rel = None if negated else RelType.SUPPORTS
    elif lemma in ACCEPTABLE_EVAL:
        rel = RelType.OPPOSES if negated else RelType.SUPPORTS
    else:
        return
    if rel is None:
        return
    speaker = ctx.discourse.voice.speaker.node_id if ctx.discourse.voice.speaker else None
    for subj in _evaluated(adj, considered):
        if subj.pos_ == "PRON" and subj.lower_ not in ("it",):
            continue
        if subj.lemma_.lower() in NOTING_VERBS and (
            any(c.dep_ == "ccomp" for c in subj.children)
            # the parser hangs a "that" clause it misreads on an object inside: "to acknowledge that X impedes Y"
            or any(t.dep_ == "mark" and t.lower_ == "that" and t.head != subj for t in subj.subtree)
        ):
            continue  # "it is important to note that A is among the producers of X": no stance on X
        if subj.lemma_.lower() in _OCCASIONS:
            continue  # "the current session of the Assembly is important": an occasion, not a stance on its body
        for t in reader.classify(subj, frame, ctx):
            if t.actor is not None and t.actor.node_id == state.node_id:
                continue
            yield Candidate(
                turned(rel, t), state, t, ctx.sent, adj, "speech-evaluation.v2", confidence=0.6, speaker=speaker
            )


def _evaluated(adj: Token, considered: bool) -> list[Token]:
    """What a predicative evaluation is said of: the subject; the content clause after "it"
    ("It is essential to strengthen X"); the object of a verb of considering ("we find X
    unacceptable", "we consider it essential to X")."""
    verb = adj.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if considered:
        objects = [c for c in (*verb.children, *adj.children) if c.dep_ in ("dobj", "nsubj") and c != adj]
        contents = [
            c
            for c in (*adj.children, *verb.children)
            if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and c != adj
        ]
        if any(o.lower_ == "it" for o in objects) or not objects:
            return contents[:1]
        return [o for o in objects if o.pos_ != "PRON"]
    if subjects and is_expletive(subjects[0]):
        contents = [
            c for c in (*adj.children, *verb.children) if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")
        ]
        return contents[:1]
    return subjects


def _no_place(reader: ClaimReader, place: Token, state: ActorMention, ctx: SentenceContext) -> Iterator[Candidate]:
    """ "Hegemony has no place in the future", "There can be no justification for terrorism":
    opposition; "A political settlement has no alternative", "There is no alternative to
    dialogue": support."""
    verb = place.head
    if place.dep_ not in ("dobj", "attr") or verb.lemma_ not in ("have", "be") or is_at_a_price(place):
        return  # "no room for X at the expense of Y": X at that price is refused, not X
    rel = ABSENCE_NOUNS[place.lemma_.lower()]
    if verb.lemma_ == "have":
        judged = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    else:
        judged = prep_objects(place, ["for"]) + prep_objects(place, ["to"])
    frame = Frame(rel, ("dobj",), (ISSUE, ACTOR), "speech-evaluation.v2")
    for j in judged:
        for t in reader.classify(j, frame, ctx):
            if t.actor is None:
                # "no impunity for violations of X": against the violations, so for X
                yield Candidate(turned(rel, t), state, t, ctx.sent, place, "speech-evaluation.v2", confidence=0.6)


def _our_aim(reader: ClaimReader, aim: Token, state: ActorMention, ctx: SentenceContext) -> Iterator[Candidate]:
    """ "Our priority is the eradication of poverty", "X remains our goal": support for X."""
    verb = aim.head
    if verb.lemma_ not in ("be", "remain") or is_negated(verb):
        return
    other = {"nsubj": "attr", "attr": "nsubj"}.get(aim.dep_)
    frame = Frame(RelType.SUPPORTS, ("dobj",), (ISSUE, ACTOR), "speech-evaluation.v2")
    for j in (c for c in verb.children if c.dep_ == other and c.pos_ != "PRON"):
        for t in reader.classify(j, frame, ctx):
            if t.actor is None or t.actor.node_id != state.node_id:
                inverted = bool(t.facts.get("invert"))
                rel = RelType.OPPOSES if inverted else RelType.SUPPORTS
                yield Candidate(rel, state, t, ctx.sent, aim, "speech-evaluation.v2", confidence=0.6)
