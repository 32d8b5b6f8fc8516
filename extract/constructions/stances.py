"""Stances toward issues read from stance nouns and from acts named before, each target kept whole.

* ``"X firmly opposes and strongly condemns this"``, ``"X welcomed the move"``: a demonstrative
  object of a stance verb is the act the text reported just before ("Y imposed sanctions on Z"),
  named by what was done;
* ``"X expresses concern over N"``, ``"X voiced its deep concern about N"``: a stance against N;
* ``"we hope the parties will settle X by V-ing"``, ``"he hoped the accord would lead to N"``:
  what the holder hopes others will do is its stance;
* ``"called for an end to N"``, ``"demanded a cessation of N"``: support for the end itself, the
  described target kept whole (the predicate frames read the same clause as opposition to what
  is to end);
* ``"X reiterated its call to V N"``, ``"X's appeal for all States to reject N"``,
  ``"X adopted a resolution calling for N"``: the call's content is X's stance, read through the
  content verb's own frame (to reject N is against N), else in favour of what is called for.

The described target is kept whole ("an end to the embargo against <State>", "uphold democratic
institutions and processes"): the call is for it, so the stance is support.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from diplograph.graph.schema import NodeKind, RelType

from ..grammar.clause import is_negated
from ..grammar.issue_names import INVERSE, INVERTING, is_substantive_issue, is_utterance, position_verbs, tidy_issue
from ..grammar.syntax import prep_objects, unique_actors
from ..grammar.targets import names_by_reference
from ..grammar.types import Candidate, Target
from ..grammar.words import VALUE_NOUNS
from ..lexicon import ISSUE, Frame, frames_for
from ..taxonomy import COUNTERING_WORDS
from . import registry

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors import ActorMention
    from ..claims import ClaimReader, SentenceContext

HOLDER_KINDS = (NodeKind.STATE, NodeKind.ORGANISATION, NodeKind.PERSON, NodeKind.GROUP)
_STANCES = (RelType.SUPPORTS, RelType.OPPOSES, RelType.CONDEMNS)

#: acts a later "this" can name: measures taken against or for someone, texts adopted or signed
ACT_RELS = {RelType.SANCTIONS, RelType.SIGNS, RelType.ADOPTS}
#: how many sentences back "this" may reach for its act
ACT_REACH = 2
#: pronouns and nouns that point back at an act: "condemns this", "welcomed the move"
ANAPHORS = {"this", "that", "it"}
_BACK_DETS = {"this", "that", "the", "such"}
ACT_NOUNS = {"move", "decision", "step", "act", "action", "measure", "measures", "actions", "steps"}

#: nouns of worry: their content is what the holder is against
CONCERN_NOUNS = {"concern", "concerns", "alarm"}
CONCERN_PREPS = ["over", "about", "at", "regarding"]
#: verbs that voice a stance noun on behalf of their subject: "expressed concern", "renewed its call"
VOICING_VERBS = {
    "express",
    "voice",
    "raise",
    "reiterate",
    "share",
    "register",
    "convey",
    "renew",
    "repeat",
    "echo",
    "issue",
    "make",
    "reaffirm",
    "underline",
}
#: nouns of calling for something
CALL_NOUNS = {"call", "calls", "appeal", "appeals", "demand", "demands", "plea"}
#: participles that give a text's content: "a resolution calling for N"
CALLING = {"call", "demand", "urge"}
#: texts whose content is their adopter's stance
TEXT_NOUNS = {"resolution", "declaration", "statement", "communique", "communiqué"}
#: verbs by which a holder makes a text its own
ADOPTING = {"adopt", "pass", "approve", "issue", "endorse"}


#: verbs of hoping (the tagger's "hoped" is sometimes lemmatised "hop")
HOPING = {"hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished"}
#: verbs whose clause after "hope" states a wish for oneself or a pleasantry, not a stance
_PLEASANTRIES = {"be", "have", "get", "see", "do", "go", "come", "enjoy", "hear", "know", "feel", "like", "join"}
#: verbs that lead to what is hoped for: "would lead to a two-state solution"
_LEADING = {"lead": "to", "contribute": "to", "result": "in", "pave": "for"}


#: verbs of calling for something and where what is called for stands
CALLING_VERBS = {"call": "for", "press": "for", "appeal": "for", "demand": None, "urge": None, "seek": None}
#: nouns of ending: "an end to", "the cessation of", "a halt to"
ENDING_NOUNS = {"end", "cessation", "halt", "ending", "lifting", "withdrawal", "removal", "stop"}


@dataclass(frozen=True)
class Act:
    """An act a sentence reported: who did it and a name for it ("<actor> imposed sanctions on <Z>")."""

    source: ActorMention
    name: str


@registry.register("stances.acts.v1")
def stance_on_act(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """ "A firmly opposes and strongly condemns this": the act reported just before."""
    d = ctx.discourse
    recent = d.last_act if d.sentence_index - d.last_act_at <= ACT_REACH else None
    if recent is not None:
        for v in ctx.tokens:
            if v.pos_ != "VERB" or is_negated(v):
                continue
            rel = _stance_rel(v)
            if rel is None:
                continue
            obj = _object(v)
            if obj is None or not _points_back(obj):
                continue
            holders = [a for a in reader.subjects(v, ctx)[0] if a.kind in HOLDER_KINDS]
            for h in holders:
                if h.node_id == recent.source.node_id:
                    continue  # an actor's stance on its own act says nothing new
                target = Target("issue", head=obj, name=recent.name, facts={"described": True})
                yield Candidate(rel, h, target, ctx.sent, v, "stance-on-act.v1", 0.6, speaker=reader.speaker_of(v, ctx))
    # note this sentence's act for the sentences after it
    for c in found:
        if c.rel in ACT_RELS:
            name = _act_name(c)
            if name:
                d.last_act = Act(c.source, name)
                d.last_act_at = d.sentence_index
                break


@registry.register("stances.concern.v1")
def concern(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """ "The draft expresses concern over N": against N."""
    for tok in ctx.tokens:
        if tok.lower_ not in CONCERN_NOUNS or tok.pos_ != "NOUN":
            continue
        contents = prep_objects(tok, CONCERN_PREPS[:1]) or [
            p for prep in CONCERN_PREPS[1:] for p in prep_objects(tok, [prep])
        ]
        if not contents:
            continue
        holders = _holders(reader, tok, ctx)
        if not holders:
            continue
        read = list(_read(reader, contents[0], RelType.OPPOSES, ctx))
        if not read and len(name := tidy_issue(phrase_of(contents[0]))) >= 3:
            read = [(RelType.OPPOSES, Target("issue", head=contents[0], name=name))]  # the phrase as it stands
        for rel, target in read:
            if target.head is not None and target.head.lemma_.lower() in VALUE_NOUNS and rel is RelType.OPPOSES:
                continue  # "concern over arms control" worries for it: no stance against it
            for h in holders:
                yield Candidate(
                    rel, h, target, ctx.sent, tok, "concern-noun.v2", 0.6, speaker=reader.speaker_of(tok.head, ctx)
                )


@registry.register("stances.calls.v1")
def calls(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """ "reiterated its call to uphold N", "X's appeal for all States to reject N", "a resolution
    calling for N": the holder's stance on what it calls for."""
    for tok in ctx.tokens:
        if tok.pos_ == "NOUN" and tok.lower_ in CALL_NOUNS:
            holders = _holders(reader, tok, ctx)
            anchor = tok
        elif (
            tok.pos_ == "VERB"
            and tok.tag_ == "VBG"
            and tok.dep_ == "acl"
            and tok.lemma_.lower() in CALLING
            and tok.head.lemma_.lower() in TEXT_NOUNS
        ):
            holders = _adopters(reader, tok.head, ctx) or unique_actors(
                [c.source for c in found if c.rel is RelType.ADOPTS]  # "has - for the 33rd year - adopted"
            )
            anchor = tok
        else:
            continue
        if not holders:
            continue
        for rel, target in _called_for(reader, anchor, ctx):
            for h in holders:
                yield Candidate(
                    rel,
                    h,
                    target,
                    ctx.sent,
                    anchor,
                    "call-content.v1",
                    0.6,
                    speaker=reader.speaker_of(anchor.head, ctx),
                )


@registry.register("stances.hopes.v1")
def hopes(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """ "We hope the parties will settle X by V-ing": for it."""
    for v in ctx.tokens:
        if v.lower_ not in HOPING or v.pos_ != "VERB" or is_negated(v):
            continue
        holders = [a for a in reader.subjects(v, ctx)[0] if a.kind in HOLDER_KINDS]
        if not holders:
            continue
        for clause in (c for c in v.children if c.dep_ == "ccomp" and c.pos_ == "VERB"):
            for verb in [clause, *[c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB"]]:
                name = _hoped_for(verb)
                if not name:
                    continue
                rel, target = _hoped_target(verb, name)
                for h in holders:
                    yield Candidate(
                        rel,
                        h,
                        target,
                        ctx.sent,
                        v,
                        "hope-clause.v4",
                        0.55,
                        speaker=reader.speaker_of(v, ctx),
                    )


def _hoped_target(verb: Token, name: str) -> tuple[RelType, Target]:
    """The stance a hoped-for act takes: for what it names, against X when the act ends or lessens X
    ("we hope that it will curtail X").

    A noun phrase ("will lead to <N>", "will promote <N>") and what an ending act ends ("will lift
    <N>", "a reduction in <N>") are targets like any other: the taxonomy places them, or refuses a
    noun that names nothing ("contribute to the solution", "to our efforts")."""
    turned = INVERTING.match(name)
    core = name[turned.end() :] if turned else ""
    if core and is_substantive_issue(core):
        return RelType.OPPOSES, Target("issue", head=verb, name=core, facts={"aliases": [name]})
    return RelType.SUPPORTS, Target("issue", head=verb, name=name)


def _hoped_for(verb: Token) -> str:
    """What is hoped for: N after "lead to"; else what the hoped-for act furthers or ends
    (:func:`_hoped_act`), or "" when the clause hopes for no act."""
    if is_negated(verb) or verb.lemma_.lower() in _PLEASANTRIES:
        return ""
    if any(c.dep_ == "nsubj" and c.lower_ in ("you", "i", "everyone", "everybody") for c in verb.children):
        return ""  # "I hope you all have ...": a pleasantry
    if any(c.dep_ == "nsubj" and is_utterance(c) for c in verb.children):
        return ""  # "I hope that my words reflect X": a hope about the speech itself
    prep = _LEADING.get(verb.lemma_.lower())
    if prep and (objs := prep_objects(verb, [prep])):
        return tidy_issue(phrase_of(objs[0]))
    return _hoped_act(verb)


def _hoped_act(verb: Token) -> str:
    """What a hoped-for act furthers: the object of a verb that upholds or advances it ("will promote
    socioeconomic recovery", "will strengthen X"; issue_names ``position_verbs``), a noun phrase
    placed or refused like any other. Any other act ("lead the parties", "regulate the energy
    space", "choose the path of N") is what others are hoped to do, no stance on an issue."""
    finite = verb.tag_ in ("VBZ", "VBD") or any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBD") for c in verb.children)
    if finite and (verb.dep_ == "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
        # "we hope that the process draws a clear pathway": what another does, told in a finite
        # clause, names no act to be hoped for; nor does a verb joined to the hoped one with its own
        # tense ("will mature ... and has undermined X"): the modal of the hope does not reach it
        return ""
    args = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "prep", "dative", "attr")]
    if not any(c.dep_ == "dobj" for c in args):
        return ""
    obj = next(c for c in args if c.dep_ == "dobj")
    if (obj.tag_ in ("NNP", "NNPS") or obj.ent_type_ in ("GPE", "NORP", "PERSON", "ORG")) and any(
        c.dep_ in ("xcomp", "oprd", "advmod", "prt", "ccomp") and c.i > obj.i for c in verb.children
    ):
        # "will enable <State> to implement X", "bring <people> together": the act is in the
        # complement after the one it concerns; the verb and that object alone name none
        return ""
    if _names_nothing(obj):
        # "we hope X will yield satisfactory outcomes (will take place in ...)": the object
        # is a generic outcome or an idiom's noun, and the verb phrase names no act hoped for
        return ""
    end = max(c.right_edge.i for c in args)
    act = tidy_issue(verb.doc[verb.i : end + 1].text)
    if INVERTING.match(act) or _COUNTERING.fullmatch(verb.lemma_.lower()):
        # "will end X", "will resolve disputes through dialogue": against X, which _hoped_target
        # or the taxonomy (a countered harm) turns round; the act read whole
        return act
    if verb.lemma_.lower() not in _FURTHERING:
        return ""
    return tidy_issue(phrase_of(obj))


#: verbs that counter what they act on (extract/taxonomy/countering.py ``COUNTERING_WORDS``: reduce, end,
#: resolve, address ...)
_COUNTERING = re.compile(COUNTERING_WORDS)

#: verbs whose object is what the act upholds or advances (issue_names ``position_verbs``, and
#: attaining a goal: FrameNet Accomplishment, Cause_to_start "bring about")
_FURTHERING = frozenset(position_verbs()) | {"achieve", "attain", "realize", "realise", "restore", "bring", "secure"}

#: the classes of head words (extract/taxonomy/refusal.py ``refusal``) that leave a hoped-for verb phrase
#: naming nothing, unless a complement says of what ("a solution to X", "the implementation of X")
_EMPTY_OBJECT_CLASSES = {
    "place", "generic-outcome", "generic-activity", "generic-whole", "vague", "quantity", "time", "occasion",
    "utterance", "office",
}  # fmt: skip


def _names_nothing(obj: Token) -> bool:
    """Whether a hoped-for verb's object is a noun that names nothing by itself ("outcomes", "place")."""
    from ..issues import IssueVocabulary
    from ..taxonomy import refusal

    if any(c.dep_ == "prep" and c.lower_ in ("of", "to", "on", "against") for c in obj.children):
        return False
    if any(IssueVocabulary.load().find(tidy_issue(phrase_of(o)), o.text) for o in prep_objects(obj, ["for"])):
        return False  # "the necessary resources for the implementation of X": for what, an issue
    return refusal(obj.lemma_) in _EMPTY_OBJECT_CLASSES


@registry.register("stances.ending.v1")
def ending(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """ "The body called for an end to N"."""
    for v in ctx.tokens:
        lemma = v.lemma_.lower()
        if v.pos_ != "VERB" or lemma not in CALLING_VERBS or is_negated(v):
            continue
        prep = CALLING_VERBS[lemma]
        contents = prep_objects(v, [prep]) if prep else [c for c in v.children if c.dep_ == "dobj"]
        contents = [c for c in contents if c.lemma_.lower() in ENDING_NOUNS and list(c.children)]
        # "cessation of such action": the end of something named before, in no words of its own
        contents = [c for c in contents if not names_by_reference(c)]
        if not contents:
            continue
        holders = [a for a in reader.subjects(v, ctx)[0] if a.kind in HOLDER_KINDS]
        for content in contents:
            target = _ended(content)
            for h in holders:
                yield Candidate(
                    RelType.SUPPORTS, h, target, ctx.sent, v, "call-for-end.v1", 0.6, speaker=reader.speaker_of(v, ctx)
                )


def _ended(content: Token) -> Target:
    return Target("issue", head=content, name=tidy_issue(phrase_of(content)), facts={"described": True})


def _called_for(reader: ClaimReader, anchor: Token, ctx: SentenceContext) -> Iterator[tuple[RelType, Target]]:
    """What a call asks for: "for N" (support), "to V N" read by V's own stance frame if it has one."""
    for p in prep_objects(anchor, ["for"]):
        if p.pos_ in ("NOUN", "PROPN") and p.ent_type_ not in ("GPE", "NORP"):
            if names_by_reference(p):
                continue  # "calls for the cessation of such action": what ends was named before
            if p.lemma_.lower() in ENDING_NOUNS and list(p.children):
                yield RelType.SUPPORTS, _ended(p)  # "a resolution calling for an end to N": the end, whole
            else:
                yield from _read(reader, p, RelType.SUPPORTS, ctx)
    for vp in anchor.children:
        if vp.pos_ != "VERB" or vp.dep_ not in ("acl", "advcl", "relcl", "xcomp"):
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in vp.children) or is_negated(vp):
            continue
        for verb in [vp, *[c for c in vp.children if c.dep_ == "conj" and c.pos_ == "VERB"]]:
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            if not objs:
                continue
            own = _stance_rel(verb)
            if own in (RelType.OPPOSES, RelType.CONDEMNS):
                yield from _read(reader, objs[0], own, ctx)
            else:
                end = max(o.right_edge.i for o in objs)
                whole = tidy_issue(verb.doc[verb.i : end + 1].text)
                found = list(_read(reader, verb, RelType.SUPPORTS, ctx))
                for rel, t in found:
                    t.facts.setdefault("aliases", []).append(whole)  # type: ignore[union-attr]
                    yield rel, t
                if not found and len(whole) >= 3:
                    yield RelType.SUPPORTS, Target("issue", head=verb, name=whole, facts={"described": True})


def _read(reader: ClaimReader, tok: Token, rel: RelType, ctx: SentenceContext) -> Iterator[tuple[RelType, Target]]:
    """The issue a content phrase names, as the claim reader reads it ("an end to N" turns the stance
    round), with the whole phrase kept as another name of it."""
    frame = Frame(rel, ("dobj",), (ISSUE,), "stance-content.v1")
    target = reader.issue_target(tok, frame, ctx)
    if target is None:
        return
    whole = tidy_issue(phrase_of(tok))
    if whole and whole != target.name:
        target.facts.setdefault("aliases", []).append(whole)  # type: ignore[union-attr]
    inverted = bool(target.facts.get("invert")) and rel in INVERSE
    yield (INVERSE[rel] if inverted else rel), target


def _stance_rel(v: Token) -> RelType | None:
    """The stance a verb takes toward its direct object, if its frames give one."""
    for f in frames_for(v.lemma_.lower(), v.lower_):
        if f.rel in _STANCES and "dobj" in f.slots:
            return f.rel
    return None


def _object(v: Token) -> Token | None:
    objs = [c for c in v.children if c.dep_ == "dobj"]
    if not objs and v.dep_ != "conj":
        # "opposes and strongly condemns this": the shared object hangs on the last conjunct
        for c in v.conjuncts:
            if c.i > v.i:
                objs = [d for d in c.children if d.dep_ == "dobj"]
    return objs[0] if objs else None


def _points_back(obj: Token) -> bool:
    if obj.lower_ in ANAPHORS and obj.pos_ in ("PRON", "DET"):
        return True
    return obj.lower_ in ACT_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("this", "that", "the", "such") for c in obj.children
    )


def _act_name(c: Candidate) -> str:
    """ "<actor> imposed unilateral sanctions on <Z>": the verb and its object, after its doer."""
    v = c.anchor
    if v.pos_ in ("NOUN", "PROPN") and v.dep_ == "dobj":
        v = v.head  # "imposed sanctions on <Z>" read from its noun
    objs = [o for o in v.children if o.dep_ == "dobj"]
    if v.pos_ != "VERB" or not objs:
        return ""
    end = max(o.right_edge.i for o in objs)
    return tidy_issue(f"{c.source.name} {v.doc[v.i : end + 1].text}")


def _holders(reader: ClaimReader, noun: Token, ctx: SentenceContext) -> list[ActorMention]:
    """Whose stance noun it is: its possessor ("the Assembly's appeal"), else the subject of the verb
    that voices it ("the Council reiterated its call"), else the author of that subject's text ("the
    <demonym> draft expresses concern")."""
    # "its call" after the Council was named; not "his" or "our", which too often reach the wrong person
    poss = [c for c in noun.children if c.dep_ == "poss" and (c.pos_ != "PRON" or c.lower_ in ("its", "their"))]
    if poss:
        return [a for a in reader.denote(poss[0], ctx) if a.kind in HOLDER_KINDS]
    v = noun.head
    if noun.dep_ != "dobj" or v.lemma_.lower() not in VOICING_VERBS or is_negated(v):
        return []
    subjects = [a for a in reader.subjects(v, ctx)[0] if a.kind in HOLDER_KINDS]
    if subjects:
        return unique_actors(subjects)
    for s in (c for c in v.children if c.dep_ == "nsubj"):
        if s.lemma_.lower() in TEXT_NOUNS | {"draft"}:
            authors = [ctx.by_token.get(m.i) for m in s.children if m.dep_ in ("amod", "compound", "poss")]
            return unique_actors([a for a in authors if a is not None and a.kind in HOLDER_KINDS])
    return []


def _adopters(reader: ClaimReader, text: Token, ctx: SentenceContext) -> list[ActorMention]:
    """ "The Assembly adopted a resolution calling for N": the body that adopted the text."""
    v = text.head
    if text.dep_ != "dobj" or v.lemma_.lower() not in ADOPTING or is_negated(v):
        return []
    subjects = reader.subjects(v, ctx)[0] or [
        # "The Assembly has - for the 33rd year - adopted": the parser hangs the subject on the auxiliary
        a
        for aux in v.children
        if aux.dep_ == "aux"
        for s in aux.children
        if s.dep_ == "nsubj"
        for a in reader.denote(s, ctx)
    ]
    return unique_actors([a for a in subjects if a.kind in (NodeKind.STATE, NodeKind.ORGANISATION)])


def phrase_of(tok: Token) -> str:
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text
