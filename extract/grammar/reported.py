"""Stances a sentence reports of another actor rather than states: no position claim of that actor.

Two shapes. An accusation:

"It has exacerbated the dispute by its calls for X", "measures aimed at stopping A's support for
X": the speaker names the other's stance as the means or the object of a harm it denounces, and
the sentence's claim is the speaker's own (against X, or against A), not A's position on X, which
the text does not vouch for as A's own words. A stance noun (the claim's anchor) governed by a
verb of accusing or of stopping is such a report when the stance's holder is not the speaking
state or its speaker.

A commitment broken: "A has reneged on its commitments to implement X" names what A was bound to
do as the object of the breach the speaker accuses it of (the position verb hangs on the noun of
commitment, or, misparsed, on the verb of breach itself): not A's position on X.

A suggestion: "A can do this by supporting X", "the Council should support X": a
position verb under a modal of possibility or obligation whose subject is another actor is what
the speaker suggests that actor do, not a stance the text reports it takes.

A function described: "the Council, which ensures peace and security", "the organisation, which
has provided a framework to promote peace" say what an organisation is for or has done (a relative
clause on it, with a verb of aims or support), not a position the organisation takes in the text.

Another's stance in a speech: a General Debate speech states the positions of the state it is
given for and of its speaker; what it says another actor seeks, rejects or calls for ("no one other
than <State> sought conflict", "the Council adopted resolutions demanding X", "<Org> promotes X",
"we expect the <Government> to respect X") is the speaker's report, description or expectation of
that actor (FrameNet Statement and Expectation: the Speaker/Cognizer is the speech's, the Message
is about the other), which the text does not vouch for as the other's own position. Only the
voice's actors hold the speech's position claims, together with an actor a clause names beside
them ("<State> and the <Org> stand by X"), and an officer of the speaking state ("proposed by
President <Name>"). A vote the speech reports is a recorded act, not a
stance told, and stays. What the speaker expects, hopes or demands another will do ("we expect the
<Government> to respect X", "<State> hopes that <Other> will implement X") is at most the speaker's
own stance on X (FrameNet Expectation, Desiring, Request: the Cognizer's or Speaker's wish about
the Message), never the addressee's.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.graph.schema import NodeKind, RelType

from ..actors import ActorMention
from .types import Candidate, SentenceContext
from .words import ACCUSING_VERBS, COMMITMENT_NOUNS, DEONTIC_OPPOSE

#: the relations a position claim has
_POSITIONS = {RelType.SUPPORTS, RelType.OPPOSES, RelType.PROPOSES, RelType.CONDEMNS}

#: the dependencies that lead from a noun up to the verb it is an argument of ("by its calls": pobj,
#: prep; "stopping A's support": dobj)
_ARGUMENT_DEPS = {"pobj", "prep", "dobj", "nsubj", "nsubjpass", "conj", "appos"}


#: verbs of dealing with a problem (FrameNet's Resolve_problem frame: address, deal with, handle,
#: resolve, solve, tackle): another's stance they govern is a problem to the speaker ("addressing
#: A's support for X"), as under a verb of stopping
_DEALING_VERBS = {"address", "tackle", "deal", "handle", "resolve", "solve", "remedy", "confront"}

#: modals of possibility and obligation: what another "can", "should" or "must" do is suggested
#: ("will" and "would" report a plan or a condition and stay the actor's)
_SUGGESTING_MODALS = {"can", "could", "should", "must", "may", "might", "ought"}

#: how a verb's clause hangs on the verb it elaborates: "do this by supporting X" (pcomp under the
#: preposition), "must act to support X" (xcomp, advcl), "must ensure X and support Y" (conj)
_ELABORATING_DEPS = {"pcomp", "xcomp", "advcl", "conj", "acomp"}


def governing_verb(noun: Token) -> Token | None:
    """The verb a noun is an argument of, through prepositions and coordination, or None."""
    tok = noun
    for _ in range(6):  # a bounded walk: a parse's chain of arguments is short
        if tok.dep_ not in _ARGUMENT_DEPS or tok.head is tok:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def is_reported_stance(candidate: Candidate, ctx: SentenceContext) -> bool:
    """Whether a position claim is another actor's stance that a speech reports to accuse it."""
    voice = ctx.discourse.voice
    if voice.state is None or candidate.rel not in _POSITIONS:
        return False
    anchor = candidate.anchor
    if candidate.source.node_id in voice.own_ids:
        return False
    if anchor.pos_ == "VERB":
        return _breached_commitment(anchor) or _suggested(anchor)
    if anchor.pos_ != "NOUN":
        return False
    verb = governing_verb(anchor)
    return verb is not None and verb.lemma_.lower() in (ACCUSING_VERBS | DEONTIC_OPPOSE | _DEALING_VERBS)


def is_others_stance(candidate: Candidate, ctx: SentenceContext, found: list[Candidate]) -> bool:
    """Whether a position claim of a General Debate speech is held by an actor other than the
    speech's state or speaker (and not beside them on the same predicate): the speaker's report of
    another's stance, not a position the speech states."""
    voice = ctx.discourse.voice
    if not voice.speech or voice.state is None or candidate.rel not in _POSITIONS:
        return False
    own = voice.own_ids
    if candidate.source.node_id in own or candidate.choice is not None:
        return False  # the voice's own stance; a vote cast (the choice of a recorded vote)
    if _officer_of(candidate.source, own, ctx):
        return False  # "<Initiative>, proposed by President <Name>": an officer of the speaking state
    # "<State> and the <Org> stand by X": held jointly with the voice, on the same predicate
    return not any(c.anchor.i == candidate.anchor.i and c.source.node_id in own for c in found)


#: verbs by which the speaker says what it expects, hopes or demands another will do (FrameNet
#: Expectation: expect, anticipate; Desiring: hope, wish, want, trust; Request: demand, insist): the
#: complement's stance is the speaker's wish, not the other's position
_EXPECTING_VERBS = {"expect", "anticipate", "hope", "wish", "want", "trust", "demand", "insist"}
#: their inflected forms, for a tagger that lemmatises "hopes" as "hop"
_EXPECTING_FORMS = {
    form
    for verb in _EXPECTING_VERBS
    for form in (verb, verb + "s", verb + "es", verb + "ed", verb + "d", verb + "ing", verb[:-1] + "ing")
}

#: how a stance's clause hangs under the verb of expecting ("expect A to respect X": xcomp or ccomp;
#: "hope that A will continue to implement X": ccomp, then xcomp); an adverbial clause ("since A
#: launched X, the countries have anticipated ...") is no content of the expectation
_COMPLEMENT_DEPS = {"ccomp", "xcomp", "conj"}


def _officer_of(actor: ActorMention, own: set[str], ctx: SentenceContext) -> bool:
    """Whether a person holds an office of the speaking state: by the title the linker read ("President
    <Name>" of it) or an apposition naming the state ("<Name>, President of the Republic of <State>,")."""
    if actor.office is not None and actor.office.of in own:
        return True
    if actor.kind is not NodeKind.PERSON:
        return False
    doc = ctx.sent.doc
    return any(
        (m := ctx.by_token.get(t.i)) is not None and m.node_id in own
        for i in range(actor.tok_start, min(actor.tok_end, len(doc)))
        for c in doc[i].children
        if c.dep_ == "appos"
        for t in c.subtree
    )


def expected_by_voice(candidate: Candidate, ctx: SentenceContext) -> bool:
    """Whether another's stance is what the speech's own voice expects, hopes or demands it will
    take ("we expect the <Government> to respect X"): the voice's verb of expecting governs the
    stance's clause, and its subject is "we", "I" or names the voice's own actor ("The State of
    <State> hopes")."""
    own = ctx.discourse.voice.own_ids
    tok = candidate.anchor
    for _ in range(4):  # a bounded walk up the complements the stance's verb hangs in
        if tok.dep_ not in _COMPLEMENT_DEPS or tok.head is tok:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and (tok.lemma_.lower() in _EXPECTING_VERBS or tok.lower_ in _EXPECTING_FORMS):
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            return any(
                s.lower_ in ("we", "i")
                or any((m := ctx.by_token.get(t.i)) is not None and m.node_id in own for t in s.subtree)
                for s in subjects
            )
    return False


def _breached_commitment(verb: Token) -> bool:
    """Whether a position verb says what another was bound to do and is accused of breaking: "reneged
    on its commitments to implement X" (the verb on the noun of commitment, or on the breach)."""
    head = verb.head
    if verb.dep_ == "acl" and head.lemma_.lower() in COMMITMENT_NOUNS:
        head = governing_verb(head) or head
    return verb.dep_ in ("acl", "xcomp") and head.pos_ == "VERB" and head.lemma_.lower() in ACCUSING_VERBS


def _suggested(verb: Token) -> bool:
    """Whether a position verb is under a modal of possibility or obligation of its clause ("A can
    do this by supporting X"): the speaker's suggestion to its subject."""
    tok = verb
    for _ in range(4):  # a bounded walk up the verbs the position verb elaborates
        if any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in _SUGGESTING_MODALS for c in tok.children):
            return True
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
            tok = tok.head.head
        elif tok.dep_ in _ELABORATING_DEPS and tok.head is not tok:
            tok = tok.head
        else:
            return False
        if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "ADJ" and tok.dep_ == "acomp"):
            return False  # "A should be able to make X": through the adjective to its copula
    return False


def is_described_function(candidate: Candidate) -> bool:
    """Whether a goal or support verb's claim only describes what an organisation is for ("the
    Council, which ensures peace and security")."""
    anchor = candidate.anchor
    if candidate.source.kind is not NodeKind.ORGANISATION or not candidate.extractor.startswith(
        ("goal-verb", "support-verb")
    ):
        return False
    # the relative clause the predicate is in (itself, or the clause its purpose infinitive hangs on:
    # "the organisation, which has provided a framework ... to promote peace")
    clause = next((t for t in (anchor, *anchor.ancestors) if t.dep_ == "relcl"), None)
    return clause is not None and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in clause.children)
