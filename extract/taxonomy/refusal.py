"""Refusing a target that names no issue at all (data/non_issue_heads.yaml), and whether a phrase
may be read as the situation in a state."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from .phrase import CAPITALISED, HEAD_END, head_chunk, head_word
from .terms import HOLDER_HEADS, names_actors, terms_in

#: the classes of head words that name no issue (see :func:`refusal`)
NON_ISSUE_HEADS = Path(__file__).parent.parent / "data" / "non_issue_heads.yaml"


@cache
def non_issue_heads() -> tuple[dict[str, str], frozenset[str]]:
    """head word (lemma key) -> the class of data/non_issue_heads.yaml it is listed under; and the
    heads that name a target only with a name in the phrase (``named_only``)."""
    from ..issues import lemma_key

    raw = yaml.safe_load(NON_ISSUE_HEADS.read_text(encoding="utf-8"))
    classes = {lemma_key(word): cls for cls, words in raw["classes"].items() for word in words}
    return classes, frozenset(lemma_key(word) for word in raw["named_only"])


def _named(phrase: str, heads: dict[str, str], named_only: frozenset[str]) -> bool:
    from ..issues import lemma_key

    words = [w for m in CAPITALISED.findall(phrase) for w in lemma_key(m).split()]
    return any(w not in heads and w not in named_only for w in words)


def _is_actor(phrase: str) -> bool:
    """Whether the whole phrase is an actor's name in the gazetteer (a state, an organisation, a
    person: "United States", "the Assembly"), or a list of such names ("<State> and <State>")."""
    from ..gazetteer import Gazetteer

    gazetteer = Gazetteer.load()
    names = [n for n in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", phrase.strip()) if n]
    return bool(names) and all(gazetteer.lookup(n) for n in names)


def _classified_actors(phrase: str, chunk: list[str]) -> bool:
    """Whether the phrase names actors (:func:`names_actors`: states, countries, a body's whole
    membership) that its words before the head only classify, with no complement and no topic term
    standing for it ("even our democratic States", "the entire <Body> membership")."""
    if not names_actors(phrase) or HEAD_END.search(f" {phrase} "):
        return False
    return not any(level for _, level in terms_in(phrase))


def holds_term(phrase: str) -> bool:
    """Whether the phrase holds a topic term of the taxonomy or a name (a capitalised word that is
    no listed head): what keeps it from :func:`refusal`, whatever its head word."""
    heads, named_only = non_issue_heads()
    return bool(terms_in(phrase)) or _named(phrase, heads, named_only)


#: pronouns a phrase cannot end on unless a clause after them, cut from the target, said what they stand for
_CUT_AT_PRONOUN = frozenset({"those", "these", "them", "which", "who", "whom", "whose"})
#: a contrast cut off at its negation ("bridges, not [walls]", "<X> and not [<Y>]"): the phrase ends on the
#: word that opened what it is set against, which adds nothing; what comes before it decides
_CUT_AT_CONTRAST = re.compile(r"(?:\s*,)?\s+(?:(?:and|but)\s+)?not\s*$", re.I)


def refusal(phrase: str) -> str | None:
    """Why a phrase that landed on no node names no issue at all, or None if it may name one.

    A position is a stance on an issue; a phrase whose head word is a quantity, a time, an occasion,
    an utterance, a place, an office or a generic activity or outcome ("approximately 25,000
    kilometres of high-speed railway", "attend that event", "step up our efforts", "the work of this
    session"), a vague noun ("the basic principles", "our common vision") or, with no complement, a
    state or quality ("resilience", "the necessary momentum"), and that holds no
    alias, keyword or topic term and is near no label, is a misreading of the sentence or says nothing, not an
    issue; so is a plan or an initiative that the phrase does not name ("constructive initiatives"),
    and a phrase that is an actor's whole name ("United States": the linker's, not an issue).
    A phrase that holds a name is never refused: the name may be its issue ("the French initiative",
    "China-EU relations", "the people of Hong Kong"). The head word is the last content word before the phrase's first
    preposition or relative word (:func:`head_word`; the last two, for an office such as "Secretary-
    General"). Returns the head word's class (data/non_issue_heads.yaml)."""
    chunk = head_chunk(phrase)
    if not chunk:
        return "no-content"
    if (cut := _CUT_AT_CONTRAST.sub("", phrase)) != phrase:
        return refusal(cut) if cut.strip() else "no-content"
    if phrase.split()[-1].lower() in _CUT_AT_PRONOUN:
        return "no-content"  # "a victory against those": the clause saying who they are was cut off
    if phrase.split()[-1] == "it" and chunk[-1] == "it":
        # "address it", "join it": the personal pronoun points back to something named before (Halliday
        # and Hasan 1976, 2.3, personal reference), which the phrase does not say; lower case, so not "IT"
        return "no-content"
    if _is_actor(phrase):
        return "actor"  # "United States": an actor the linker left unlinked, never an issue
    heads, named_only = non_issue_heads()
    found = heads.get(" ".join(chunk[-2:])) or heads.get(chunk[-1])
    if found == "office":
        return found  # "Secretary-General", "the President": a person, never an issue
    if _classified_actors(phrase, chunk):
        # "our democratic States", "the entire <Body> membership": actors, described (a listed head keeps
        # its class, which the grammar reads: data/non_issue_heads.yaml generic-whole)
        return found or "actor"
    if terms_in(phrase) or _named(phrase, heads, named_only):
        # it speaks of a topic, if of more than one ("nuclear safety" after a war), or names
        # something the taxonomy does not know ("China-EU relations", "people of Hong Kong")
        return None
    if found == "condition" and HEAD_END.search(f" {phrase} "):
        return None  # "changes to the status of X", "the unity of X": the complement says of what
    return "unnamed-plan" if found is None and chunk[-1] in named_only else found


def situation_named(phrase: str) -> bool:
    """Whether a phrase may be read as "the situation in" the state the claim reader found with it
    (extract/assemble.py: "a settlement in <State>", "foreign military intervention [in <State>]"):
    not when its head is a word that names a target only with a name, an office or a vague noun
    (data/non_issue_heads.yaml; an utterance may be a "military intervention"), or a quality, feeling
    or stance of its holder (:data:`HOLDER_HEADS`): "the initiative of <State>", "the gratitude of
    the people of <State>", "the brave citizens" are the state's own, not a situation in it."""
    heads, named_only = non_issue_heads()
    head = head_word(phrase)
    return not (head in named_only or head in HOLDER_HEADS or heads.get(head or "") in {"office", "vague"})
