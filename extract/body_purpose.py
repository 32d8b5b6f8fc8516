"""A harm named in the name of a body set up to counter it.

Bodies, offices and coalitions are named for the matter they deal with ("the <Organisation> Office on
<Harm>", "the Committee against <Harm>", "the Global Coalition to Counter <Harm>"): no body is set
up to further a harm, so a harm named in such a name is the thing the body counters, and a stance
for a phrase about the body ("the initiatives of the Office on <Harm>") is a stance against the harm,
as for "the fight against <Harm>" (extract/issues.py ``_countered``; the assembler turns it round).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .issues import BODY_NAME_ENDS, lemma_key
from .taxonomy import Taxonomy

__all__ = ["counters_by_name", "in_named_matter"]

#: the capitalised head of a body's name (WordNet noun.group organisations, extract/issues.py
#: ``BODY_NAME_ENDS``, and a coalition, noun.group too), then the preposition or "to <Verb>" that
#: introduces the matter it deals with, then that matter in capitalised words ("Drugs and Crime")
_BODY = "|".join(sorted({w.capitalize() for w in BODY_NAME_ENDS} | {"Coalition", "Alliance", "Centre", "Center"}))
_NAMED_MATTER = re.compile(
    rf"\b(?:{_BODY})s?\s+(?:on|against|for|to\s+[A-Z][a-z]+)\s+(?:the\s+)?"
    r"(?P<matter>[A-Z][\w’'-]*(?:\s+(?:and|of|the|in|[A-Z][\w’'-]*))*)"
)


def counters_by_name(phrase: str, node: str) -> bool:
    """Whether the phrase names the harm ``node`` only as the matter of a body's name (:data:`_NAMED_MATTER`)."""
    taxonomy = Taxonomy.load()
    entry = taxonomy.entries.get(node)
    if entry is None or not entry.harm:
        return False
    words = taxonomy.label_keys(node)
    for m in _NAMED_MATTER.finditer(phrase):
        matter = f" {lemma_key(m.group('matter'))} "
        if any(f" {w} " in matter for w in words):
            return True
    return False


def in_named_matter(tok: Token) -> bool:
    """Whether a word is the matter of a body's name (:data:`_NAMED_MATTER`: "<Harm>" in "the Global
    Coalition to Counter <Harm>") read as the argument of a predicate outside that name: the parser
    hangs "to Counter <Harm>" on the sentence's verb or adjective ("committed to the work of the
    Coalition | to Counter <Harm>"), which would make the harm the body counters the stance's object.
    A stance on the body's work is a stance on the body (and, through its name, against the harm);
    the countering verb of the name itself ("a member of the Coalition to Defeat <Harm>") still reads it."""
    sent = tok.sent
    governor = tok.head.head if tok.head.pos_ == "ADP" else tok.head
    at = tok.idx - sent.start_char
    where = governor.idx - sent.start_char
    for m in _NAMED_MATTER.finditer(sent.text):
        if m.start("matter") <= at < m.end("matter") and not m.start() <= where < m.end():
            return True
    return False
