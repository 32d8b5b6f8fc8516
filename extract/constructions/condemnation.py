"""Condemnation read from what a speaker or a government's own text says of an act.

* ``"The X continues to crush democracy and attack its own people"``, ``"the regime continued
  its brutal repression and violence against its people"``, said by a speaker (or in a
  government's own statement): the speaker condemns what the perpetrator is said to do;
* ``"vile attacks against <N>"``, ``"<X>'s brutal war against <Y>"`` in a government's own text or
  a speaker's words: a condemning adjective on an act condemns the act;
* ``"took a swipe at X"``, ``"lashed out at X"``: criticism named by a light verb and its noun.

The act is named whole (a described target: a topic word inside it never renames it).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from diplograph.graph.schema import NodeKind, RelType

from ..grammar.clause import is_negated
from ..grammar.issue_names import tidy_issue
from ..grammar.types import Candidate, Target
from ..lexicon import POSITION, SAY_VERBS, Frame
from . import registry
from .stances import phrase_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors import ActorMention
    from ..claims import ClaimReader, SentenceContext


#: verbs of harming people: their subject is the perpetrator when their object is people or their rights
HARMING = {
    "crush",
    "attack",
    "repress",
    "oppress",
    "persecute",
    "massacre",
    "torture",
    "kill",
    "brutalize",
    "terrorize",
}


#: what such a verb harms for the reading to hold ("attack the problem" is no atrocity)
HARMED = {
    "people",
    "civilian",
    "civilians",
    "population",
    "protester",
    "protesters",
    "democracy",
    "journalist",
    "journalists",
    "opposition",
    "citizen",
    "citizens",
    "minority",
    "minorities",
    "dissent",
    "child",
    "children",
    "woman",
    "women",
}


#: nouns of atrocity that a perpetrator "continues", "commits" or "wages"
ATROCITIES = {
    "repression",
    "violence",
    "atrocity",
    "atrocities",
    "violations",
    "abuses",
    "crackdown",
    "persecution",
    "war",
    "crimes",
    "killings",
    "massacres",
    "aggression",
}


#: verbs that carry out an atrocity noun: "continues its brutal repression", "commit mass atrocities"
PERPETRATING = {"continue", "commit", "wage", "perpetrate", "escalate", "intensify", "step"}


#: verbs whose complement goes on with the act: "continues to crush", "keeps attacking"
_GOING_ON = PERPETRATING | {"keep", "persist", "seek", "try"}


#: acts that a condemning adjective condemns
HARMFUL_ACTS = {
    "attack",
    "assault",
    "aggression",
    "war",
    "invasion",
    "killing",
    "violence",
    "crackdown",
    "bombing",
    "repression",
    "atrocity",
    "massacre",
    "desecration",
    "abuse",
}


#: adjectives that condemn the act they qualify (the speaker's judgement, not a description)
CONDEMNING = {
    "vile",
    "heinous",
    "brutal",
    "barbaric",
    "despicable",
    "cowardly",
    "horrific",
    "horrendous",
    "abhorrent",
    "unprovoked",
    "unjustified",
    "outrageous",
    "atrocious",
    "senseless",
    "egregious",
    "reprehensible",
    "appalling",
    "shameful",
    "callous",
    "heartless",
}


#: criticism named by a verb and its noun or particle: "took a swipe at X", "lashed out at X"
CRITICISM_FRAMES = {
    "take": [
        Frame(
            RelType.CONDEMNS,
            ("prep:at",),
            POSITION,
            "criticism-at.v1",
            object_nouns=frozenset({"swipe", "swipes", "aim", "potshot", "potshots", "jab", "jabs"}),
        )
    ],
    "lash": [Frame(RelType.CONDEMNS, ("prep:at",), POSITION, "criticism-at.v1", particle="out")],
    "hit": [Frame(RelType.CONDEMNS, ("prep:at",), POSITION, "criticism-at.v1", particle="out")],
}


@registry.register("condemnation.atrocities.v1")
def atrocities(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """A speaker saying that a perpetrator crushes, represses or attacks people condemns it."""
    for v in ctx.tokens:
        if v.pos_ != "VERB" or is_negated(v) or not _atrocious(v):
            continue
        if v.dep_ == "conj" and _atrocious(v.head):
            continue  # "crush democracy and attack its people": one clause, read from its first verb
        holders = _sayers(reader, v, ctx)
        if not holders:
            continue
        end = max([v.i] + [c.right_edge.i for c in v.children if c.i > v.i and c.dep_ != "punct"])
        name = tidy_issue(_perpetrator_clause(v, end))
        if len(name.split()) < 3:
            continue
        for h in holders:
            yield Candidate(
                RelType.CONDEMNS,
                h,
                Target("issue", head=v, name=name, facts={"described": True}),
                ctx.sent,
                v,
                "atrocity-said.v1",
                0.55,
                speaker=h.node_id if h.kind is NodeKind.PERSON else None,
            )


@registry.register("condemnation.criticism.v1")
def criticism(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """ "took a swipe at A", "lashed out at the West": the subject condemns the one aimed at."""
    for v in ctx.tokens:
        frames = CRITICISM_FRAMES.get(v.lemma_.lower())
        if v.pos_ != "VERB" or not frames:
            continue
        if frames[0].particle and not any(c.dep_ == "prt" and c.lower_ == frames[0].particle for c in v.children):
            continue
        if frames[0].object_nouns and not reader.has_object_noun(v, frames[0]):
            continue
        yield from reader.verb_claims(v, frames, ctx)


@registry.register("condemnation.adjective.v1")
def condemning_adjective(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """ "vile attacks against our holy book" in a ministry's release: the ministry condemns them."""
    for noun in ctx.tokens:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in HARMFUL_ACTS:
            continue
        if not any(c.dep_ == "amod" and c.lower_ in CONDEMNING for c in noun.children):
            continue
        if any(c.rel is RelType.CONDEMNS and noun in c.anchor.subtree for c in found):
            continue  # already condemned with the clause it is in ("continued its brutal repression")
        v = noun
        while v.head.i != v.i and v.pos_ not in ("VERB", "AUX"):
            v = v.head
        if v.pos_ in ("VERB", "AUX") and is_negated(v):
            continue
        holders = _sayers(reader, v, ctx) if v.pos_ in ("VERB", "AUX") else []
        name = tidy_issue(phrase_of(noun))
        if not holders or len(name.split()) < 2:
            continue
        own = {a.node_id for a in reader.owners(noun, ctx)}
        for h in holders:
            if h.node_id in own:
                continue  # a government's own "brutal" fight is no condemnation of itself
            target = Target("issue", head=noun, name=name, facts={"described": True})
            yield Candidate(RelType.CONDEMNS, h, target, ctx.sent, noun, "condemning-adjective.v1", 0.55)


def _atrocious(v: Token) -> bool:
    """ "crush democracy", "attack its own people", "continued its brutal repression", "commit mass
    atrocities": a harm done to people, or an atrocity carried out."""
    objs = [c for c in v.children if c.dep_ == "dobj"]
    lemma = v.lemma_.lower()
    if lemma in HARMING:
        return any(o.lower_ in HARMED or o.lemma_.lower() in HARMED for o in objs)
    if lemma in PERPETRATING:
        return any(o.lower_ in ATROCITIES or o.lemma_.lower() in ATROCITIES for o in objs)
    return False


def _perpetrator_clause(v: Token, end: int) -> str:
    """The perpetrator and what it does: the subject ("The X"), then the verb chain
    ("continues to crush ...") up to ``end``; a conjunct's subject is its first conjunct's ("the
    regime has refused ... but has continued its repression": "the regime continued its repression")."""
    start = v
    while start.dep_ == "xcomp" and start.head.lemma_.lower() in _GOING_ON and start.head.i < start.i:
        start = start.head  # "continues to crush": "uses the money to wage war" starts at "wage"
    head = start
    while head.dep_ in ("xcomp", "conj") and head.head.pos_ in ("VERB", "AUX") and head.head.i < head.i:
        head = head.head
    subj = next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    doc = v.doc
    verb_part = doc[start.i : end + 1].text
    if subj is None:
        return verb_part
    return f"{doc[subj.left_edge.i : subj.right_edge.i + 1].text} {verb_part}"


def _sayers(reader: ClaimReader, v: Token, ctx: SentenceContext) -> list[ActorMention]:
    """Who says that the clause is so: the subject of the saying verb it hangs from, else the
    government whose own statement the text is."""
    t = v
    for _ in range(5):
        if t.dep_ in ("ccomp", "xcomp", "conj", "advcl", "parataxis") and t.head != t:
            t = t.head
            if t.lemma_.lower() in SAY_VERBS:
                subs = reader.subjects(t, ctx)[0]
                return [a for a in subs if a.kind in (NodeKind.PERSON, NodeKind.STATE, NodeKind.ORGANISATION)][:1]
        else:
            break
    voice = ctx.discourse.voice
    if voice.basis == "document" and voice.state is not None:
        return [voice.state]
    return []
