"""Constituents a coordination's members share: "the safety, security and dignity of <People>" is the
safety of <People> as much as their dignity, and "<People>'s protection, safety and access" is their
safety too. A member read alone, without what its neighbours carry for all of them, names only a bare
quality ("safety") that says of whom nothing.

In a coordination of noun heads a premodifier before the first member and a postmodifier after the
last may apply to every member (Quirk et al., A Comprehensive Grammar of the English Language, 1985,
13.65-13.70 on coordinated noun phrase constituents; Huddleston and Pullum, CGEL, 2002, ch. 15 §4.4
on right and left "node raising"). The parser hangs such a shared constituent on one member (often
the nearest, sometimes the middle one), so the reading is by position: the "of" complement right
after the last member, the noun possessor before the first, shared by the members that have none of
their own.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..nps import conjuncts, phrase, phrase_tokens
from .issue_names import tidy_issue

#: what a later member may carry and still be bare: its coordination's own links
_LINKS = ("conj", "cc", "punct")


def _bare(member: Token, allowed: tuple[str, ...] = ()) -> bool:
    """Whether a member has no word of its own beside the coordination's links (and ``allowed``)."""
    return all(c.dep_ in _LINKS or c.dep_ in allowed for c in member.children)


#: nouns whose "of" phrase is their own content: partitives, kinds and forms, acts and places of a thing
#: (Quirk et al. 1985, 5.8-5.9 partitive constructions, 17.38; "acts of violence", "places of worship")
_PARTITIVES = {"act", "form", "kind", "type", "sort", "lack", "absence", "source", "means", "way", "part"}
#: the refusal classes (data/non_issue_heads.yaml) of nouns that take their content from "of" the same way
_PARTITIVE_CLASSES = {"quantity", "place", "time", "occasion", "generic-whole"}


def _partitive(noun: Token) -> bool:
    from ..taxonomy import refusal

    lemma = noun.lemma_.lower()
    return lemma in _PARTITIVES or refusal(lemma) in _PARTITIVE_CLASSES


def _shared_of(members: list[Token]) -> Token | None:
    """The "of" phrase right after the last member that one member carries, where every member after
    the first is a bare noun: "the safety, security and dignity | of <People>". A member with words of
    its own ("the rule of law", "other forms of X", "territorial integrity") is a phrase of its own."""
    carried = [c for m in members for c in m.children if c.dep_ == "prep" and c.lower_ == "of"]
    if len(carried) != 1 or carried[0].i != members[-1].i + 1:
        return None
    if not all(_bare(m, ("prep",) if m == carried[0].head else ()) for m in members[1:]):
        return None
    if not _bare(members[0], ("det", "poss", "prep") if members[0] == carried[0].head else ("det", "poss")):
        return None  # "civil society, media and freedom of speech", "lower emissions, ... and protection of X"
    if any(_partitive(m) for m in (carried[0].head, members[-1])):
        # "threats, persecution and acts of violence", "schools and places of worship": a general or
        # partitive noun (the carrier, or the last member the parser may have passed over) whose "of" phrase is
        # its own content (Quirk et al. 1985, 5.8: partitive constructions), not a shared complement
        return None
    return carried[0]


def _shared_possessor(members: list[Token]) -> Token | None:
    """A noun possessor of the first member that the later members, bare nouns, share: "<People>'s |
    protection, safety and access"."""
    owner = next((c for c in members[0].children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
    if owner is None or not all(_bare(m, ("prep",)) for m in members[1:]):
        return None
    return owner


def shared_name(head: Token) -> str | None:
    """The name of one member of a list of three or more nouns read alone, with what its neighbours
    carry for all ("safety of <People>", "<People>'s safety"), or None if it shares nothing. A pair is
    read whole (a name such as "peace and security"), not here."""
    members = conjuncts(head)
    if len(members) < 3 or not all(m.pos_ == "NOUN" for m in members):
        return None
    of = _shared_of(members)
    owner = _shared_possessor(members) if head != members[0] else None
    if of is None and owner is None:
        return None
    # the member's own words (its neighbours are left out of them; the carrier keeps the "of" phrase)
    words = list(phrase_tokens(head))
    if of is not None and of.head != head:
        words += list(of.subtree)
    if owner is not None:
        words = [*owner.subtree, *words]
    words = sorted({t.i: t for t in words}.values(), key=lambda t: t.i)
    return tidy_issue(" ".join(t.text for t in words)) or None


# -- a possessor pointing back ---------------------------------------------------------------------

#: possessive determiners of the third person that stand for a thing, not a person: "its" for one,
#: "their" for several (Quirk et al. 1985, 6.27; Halliday and Hasan, Cohesion in English, 1976, 2.3:
#: personal reference, whose referent is found in the text before)
_THING_POSSESSIVES = {"its": ("NN", "NNP", "NNPS"), "their": ("NNS", "NNPS")}
#: the places an antecedent is looked for: the arguments of a clause, the subject and object first
#: (Hobbs, "Resolving pronoun references", Lingua 44, 1978: the nearest noun phrase of the clauses
#: before, left to right, that agrees in number)
_ANTECEDENT_DEPS = ("nsubj", "nsubjpass", "dobj", "attr", "pobj")


def _antecedent(pointer: Token, head: Token, inside: set[int]) -> Token | None:
    """The noun a possessive pronoun stands for, in the sentence before it: the nearest noun that agrees
    with it in number, inside the target phrase ("the stalemate in the conflict ... after its outbreak")
    or, outside it, the head of a clause's argument ("strengthen the <Body> and ensure the funding of all
    its activities": the <Body>). Never the phrase's own head, which holds the pronoun (Chomsky 1981,
    the i-within-i condition: "the funding of its activities" is not the funding's)."""
    from ..taxonomy import refusal

    tags = _THING_POSSESSIVES[pointer.lower_]
    for tok in reversed(list(pointer.sent)):
        if tok.i >= pointer.i or tok == head or tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ not in tags:
            continue
        if tok.i not in inside and (
            tok.dep_ not in _ANTECEDENT_DEPS
            or tok.ent_type_ == "PERSON"  # a person is "his" or "her"
            or (tok.dep_ == "pobj" and tok.head.head.pos_ not in ("VERB", "AUX"))  # a noun's complement
        ):
            continue
        # a noun that names nothing itself ("on our part") resolves nothing: the thing is named elsewhere
        return None if tok.pos_ == "NOUN" and refusal(tok.lemma_.lower()) is not None else tok
    return None


def possessor_named(head: Token, vague: Callable[[Token], bool]) -> tuple[bool, str | None]:
    """Whether the target phrase of ``head`` has a noun inside it ("the funding of all its activities")
    that only a possessive pronoun gives content, a noun ``vague`` says names nothing by itself; and
    if so the phrase with the possessor named from the sentence ("the funding of all activities of
    the <Body>"), or None where the sentence does not name it (the thing was named before: the phrase
    names nothing). (False, None) where no such possessor is in the phrase."""
    tokens = phrase_tokens(head)
    pointer = next(
        (
            t
            for t in tokens
            if t.dep_ == "poss"
            and t.lower_ in _THING_POSSESSIVES
            # the noun of the head's own complement ("the funding of all its activities"); one deeper
            # ("multilateralism, with <Org> at its heart") leaves the head's own words to name it
            and t.head.dep_ == "pobj"
            and t.head.head.dep_ == "prep"
            and t.head.head.head == head
            and t.head != head
            and vague(t.head)
        ),
        None,
    )
    if pointer is None:
        return False, None
    inside = {t.i for t in tokens}
    owner = _antecedent(pointer, head, inside)
    if owner is None:
        return True, None
    if owner.i in inside:
        return False, None  # the phrase names the owner itself
    owned = pointer.head
    last = max(t.i for t in tokens if t.i <= owned.right_edge.i)
    words = [t.text for t in tokens if t != pointer and t.i <= last]
    words += ["of", phrase(owner)] + [t.text for t in tokens if t.i > last]
    return True, tidy_issue(" ".join(words))
