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
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.graph.schema import NodeKind, RelType

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
