"""What a relation noun governs: the party of "solidarity with X", the adversity of "resilience to X".

A relation or disposition noun (data/grammar_words.yaml ``relation_nouns``, ``adversity_nouns``)
names no issue by itself: "our solidarity" or "our resilience" says nothing of what it is about. Its
complement does, also when the parser hung that complement on the verb right after the noun's
phrase ("reaffirm our solidarity | with X", "build resilience | to X"). The reader keeps the text's
phrase whole and notes the complement in the target's facts; assemble (``_governed_issue``) places
the complement where the whole phrase lands nowhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..nps import phrase_span, tidy
from .words import ADVERSITY_NOUNS, RELATION_NOUNS, STATE_WHOLE_NOUNS

__all__ = ["Governed", "governed", "state_whole"]

#: the prepositions of a relation's party ("solidarity with", "assistance to", "support for")
_PARTY_PREPS = ("with", "to", "towards", "for")
#: the prepositions of an adversity ("resilience to", "resistance against")
_ADVERSITY_PREPS = ("to", "against")
#: the verb's prepositions that may carry the noun's complement: "for" after a verb is often the
#: verb's own purpose ("reaffirm our solidarity, for the benefit of ..."), so only these
_HUNG_PREPS = ("with", "to", "towards", "against")
#: the longest name looked up after a mistaken infinitive's "to"
_NAME_WORDS = 6


@dataclass(frozen=True)
class Governed:
    """A relation noun's complement: its head token, its name, the text from the preposition to
    its end, whether it names an adversity (a stance against it) rather than a party, and whether
    the parser hung it on the verb (the phrase then takes it)."""

    obj: Token
    name: str
    tail: str
    adverse: bool
    on_verb: bool


def governed(head: Token) -> Governed | None:
    """The complement a relation or adversity noun governs, on the noun or hung on its verb."""
    lemma = head.lemma_.lower()
    adverse = lemma in ADVERSITY_NOUNS
    if not adverse and lemma not in RELATION_NOUNS:
        return None
    preps = _ADVERSITY_PREPS if adverse else _PARTY_PREPS
    holders = [head]
    if head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX"):
        holders.append(head.head)
    for holder in holders:
        for p in holder.children:
            if p.dep_ != "prep" or (holder is not head and p.i != head.right_edge.i + 1):
                continue
            obj = _face_of(p) if adverse else None
            if obj is None and p.lower_ in preps and (holder is head or p.lower_ in _HUNG_PREPS):
                obj = next((c for c in p.children if c.dep_ == "pobj"), None)
            if obj is not None:
                span = phrase_span(obj)
                return Governed(obj, tidy(span.text), tidy(head.doc[p.i : span.end].text), adverse, holder is not head)
    return _mistaken_infinitive(head, adverse)


def _mistaken_infinitive(head: Token, adverse: bool) -> Governed | None:
    """ "build resilience | to climate change": the tagger reads "to climate" as an infinitive (a
    verb "climate" with the object "change"). Words after the "to" that the issue vocabulary knows
    as a name (extract/data/issues.yaml) are a noun phrase, the noun's complement."""
    from ..issues import IssueVocabulary

    doc, at = head.doc, head.right_edge.i + 1
    if at + 1 >= len(doc) or doc[at].lower_ != "to" or doc[at].dep_ != "aux" or doc[at].head.i != at + 1:
        return None
    vocabulary = IssueVocabulary.load()
    for end in range(min(len(doc), at + 1 + _NAME_WORDS), at + 1, -1):
        words = doc[at + 1 : end]
        if words[-1].pos_ in ("CCONJ", "ADP", "DET") or any(t.is_punct for t in words):
            continue
        if vocabulary.named(words.text) is not None:
            return Governed(doc[at + 1], tidy(words.text), tidy(doc[at:end].text), adverse, True)
    return None


def _face_of(prep: Token) -> Token | None:
    """ "in the face of X": X, the adversity a capacity withstands."""
    if prep.lower_ != "in":
        return None
    face = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ == "face"), None)
    if face is None:
        return None
    of = next((c for c in face.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def state_whole(head: Token) -> list[Token]:
    """The tokens that may name whose unity it is: "<State>'s unity", "the unity of <State>"."""
    if head.lemma_.lower() not in STATE_WHOLE_NOUNS:
        return []
    owners = [c for c in head.children if c.dep_ == "poss"]
    owners += [
        o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
    ]
    return owners
