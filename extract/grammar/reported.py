"""Stances a sentence reports of another actor rather than states: no position claim of that actor.

Two shapes. An accusation:

"It has exacerbated the dispute by its calls for X", "measures aimed at stopping A's support for
X": the speaker names the other's stance as the means or the object of a harm it denounces, and
the sentence's claim is the speaker's own (against X, or against A), not A's position on X, which
the text does not vouch for as A's own words. A stance noun (the claim's anchor) governed by a
verb of accusing or of stopping is such a report when the stance's holder is not the speaking
state or its speaker.

A function described: "the Council, which ensures peace and security", "the United Nations, which
has provided a framework to promote peace" say what an organisation is for or has done (a relative
clause on it, with a verb of aims or support), not a position the organisation takes in the text.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.graph.schema import NodeKind, RelType

from .types import Candidate, SentenceContext
from .words import ACCUSING_VERBS, DEONTIC_OPPOSE

#: the relations a position claim has
_POSITIONS = {RelType.SUPPORTS, RelType.OPPOSES, RelType.PROPOSES, RelType.CONDEMNS}

#: the dependencies that lead from a noun up to the verb it is an argument of ("by its calls": pobj,
#: prep; "stopping A's support": dobj)
_ARGUMENT_DEPS = {"pobj", "prep", "dobj", "nsubj", "nsubjpass", "conj", "appos"}


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
    own = {a.node_id for a in (voice.state, voice.speaker) if a is not None}
    anchor = candidate.anchor
    if candidate.source.node_id in own or anchor.pos_ != "NOUN":
        return False
    verb = governing_verb(anchor)
    return verb is not None and verb.lemma_.lower() in (ACCUSING_VERBS | DEONTIC_OPPOSE)


def is_described_function(candidate: Candidate) -> bool:
    """Whether a goal or support verb's claim only describes what an organisation is for ("the
    Council, which ensures peace and security")."""
    anchor = candidate.anchor
    if candidate.source.kind is not NodeKind.ORGANISATION or not candidate.extractor.startswith(
        ("goal-verb", "support-verb")
    ):
        return False
    # the relative clause the predicate is in (itself, or the clause its purpose infinitive hangs on:
    # "the United Nations, which has provided a framework ... to promote peace")
    clause = next((t for t in (anchor, *anchor.ancestors) if t.dep_ == "relcl"), None)
    return clause is not None and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in clause.children)
