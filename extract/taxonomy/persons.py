"""Phrases about persons: their rights (human rights, whatever else classifies them) and their
security or safety (no international security)."""

from __future__ import annotations

import re

from .phrase import HEAD_END, head_word

HUMAN_RIGHTS = "issue:human-rights"

#: nouns of persons and groups of persons (WordNet noun.person and noun.group heads that hold rights as
#: people: the Universal Declaration's "everyone"), lemma keys: "the rights of the <X> people", "the
#: basic rights of millions of men, women and children"; not a territory, a state or a body, whose
#: "right" is a prerogative ("the right of the territory to participate", "the right of veto")
_PERSONS = frozenset(
    {
        "people", "person", "population", "citizen", "national", "individual", "man", "woman", "child",
        "girl", "boy", "minority", "community", "worker", "inhabitant", "resident", "youth", "family",
        "human", "everyone", "civilian", "prisoner", "detainee", "patient", "victim", "million", "peasant",
        "personnel", "staff", "men", "women", "children",
    }
)  # fmt: skip
#: "rights of X" and "X's rights": the holder
#: (the plural: a people's "right", one, is mostly a right of a nation, to self-determination or
#: statehood, that the phrase leaves unsaid: "the right of the <X> people")
_RIGHTS_OF = re.compile(r"\brights\s+of\s+(?P<of>.+)|(?P<poss>\S+)(?:'s|s'|’s|s’)\s+rights\b", re.I)


def persons_rights(phrase: str) -> bool:
    """Whether the phrase is the rights (plural) held by persons ("the rights of the <X> people", "the basic
    rights of millions of men, women and children", "rights of all <demonym plural>", "citizens'
    rights"): their human rights, however the holder is named. Not "the right of X to Y" (a named
    right, which :func:`extract.issues.variants` reads as "the right to Y"), nor a right held by a
    territory, a state or a body ("the right of the territory to participate")."""
    m = _RIGHTS_OF.search(phrase)
    if m is None or head_word(phrase) != "right":
        return False
    if m.group("poss"):
        holder = m.group("poss")
    else:
        rest = f" {m.group('of')} "
        end = HEAD_END.search(rest)
        if end is not None and end.group(0).strip().lower() == "to":
            return False  # "the right of X to Y": a named right
        holder = rest[: end.start()] if end else rest
    return are_persons(holder)


def are_persons(holder: str) -> bool:
    """Whether a holder phrase names persons (:data:`_PERSONS`, or a state's people by its plural
    demonym: "all <demonym>s"), not a state, a territory or a body."""
    from ..gazetteer import Gazetteer
    from ..issues import lemma_key

    words = holder.split()
    last = lemma_key(holder).split()[-1:] or [""]
    demonym = bool(words) and words[-1][:1].isupper() and words[-1].endswith("s")
    return last[0] in _PERSONS or (demonym and Gazetteer.load().demonym(words[-1]) is not None)


def personal_safety(phrase: str) -> str | None:
    """Where the security or safety of persons lands ("the security of the children", "the safety and
    security of personnel": WordNet's security.n.01, a person's freedom from danger, not the
    international peace and security its topic term names): on the protection of civilians when they
    are civilians (its alias "safety of civilians"), else on no node (""); None if the phrase is not one."""
    from ..issues import lemma_key

    padded = f" {phrase} "
    first = HEAD_END.search(padded)
    if head_word(phrase) not in {"security", "safety"} or first is None or first.group(0).strip().lower() != "of":
        return None
    rest = f" {padded[first.end() :]} "
    end = HEAD_END.search(rest)
    holder = rest[: end.start()] if end else rest
    if not are_persons(holder):
        return None
    return "issue:protection-of-civilians" if lemma_key(holder).endswith("civilian") else ""
