"""Noun phrases: what an argument of a predicate denotes, and how targets are named.

An argument token (the head of a subject or object) denotes:

* the actors it names, expanded over coordination ("Tajikistan and Turkmenistan"), appositions
  and "such as" lists ("institutions such as the EAEU and the CSTO");
* a state through a collective head ("the Russian side", "the Chinese government", "Russian
  leaders", "Tajikistan's President" with no name: the office-holder at the date);
* an actor the discourse supplies (pronouns, "the two countries"): see discourse.py;
* otherwise an event, an agreement, a resolution or an issue, named from its words.

Which heads are collective, generic, events or agreements is data, in ``extract/data/noun_heads.yaml``:
add a word there, not here.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .wordlists import DATA, WordLists

__all__ = [
    "AGREEMENT_HEADS",
    "COLLECTIVE_HEADS",
    "EVENT_HEADS",
    "EVENT_NAME_PREPS",
    "GENERIC_HEADS",
    "SOFT_EVENT_HEADS",
    "acts_as_aside",
    "conjuncts",
    "phrase",
    "phrase_span",
    "such_as",
]

#: the head lists are data: extract/data/noun_heads.yaml, checked at load
_HEADS = WordLists.load(DATA / "noun_heads.yaml")
#: heads that stand for the state (or group) their modifier names: "the Russian side"
COLLECTIVE_HEADS = _HEADS.words("collective_heads")
#: heads that name a list's kind and take "such as" members: "countries such as X and Y"
GENERIC_HEADS = _HEADS.words("generic_heads")
#: heads of convened events (the graph's Summit kind)
EVENT_HEADS = _HEADS.words("event_heads")
#: event heads that are abstract unless named ("the Shangri-La Dialogue") or given participants
SOFT_EVENT_HEADS = _HEADS.words("soft_event_heads")
#: heads of agreements (the graph's Agreement kind)
AGREEMENT_HEADS = _HEADS.words("agreement_heads")
#: prepositions whose phrase stays in an event's name
EVENT_NAME_PREPS = _HEADS.words("event_name_preps")
#: heads of texts and instruments on a topic, which keep an "on"/"for" phrase the parser hung on the verb
INSTRUMENT_HEADS = _HEADS.words("instrument_heads")

_DROP_DEPS = {"det", "predet", "punct", "cc", "preconj", "case"}
_CUT_DEPS = {"relcl", "acl", "appos", "advcl", "parataxis", "conj", "cc", "punct"}
_QUOTES = "\"'“”‘’«»"


def conjuncts(token: Token) -> list[Token]:
    """The token and the heads coordinated with it, in text order."""
    return sorted({token, *token.conjuncts}, key=lambda t: t.i)


def such_as(token: Token) -> list[Token]:
    """Members listed after "such as" / "like" / "including" under a generic head."""
    out: list[Token] = []
    for holder in conjuncts(token):
        out.extend(_such_as_under(holder))
    # "the framework of mechanisms ..., such as X": the list hangs off the noun above the "of"
    if not out and token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in ("NOUN", "PROPN"):
        out = [t for t in _such_as_under(token.head.head) if t.i > token.i]
    return list(dict.fromkeys(out))


def _such_as_under(token: Token) -> list[Token]:
    out: list[Token] = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("as", "like", "including"):
            if (
                child.lower_ == "as"
                and not any(c.lower_ == "such" for c in child.children)
                and not (child.i > 0 and child.doc[child.i - 1].lower_ == "such")
            ):
                continue
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out.extend(conjuncts(pobj))
        if child.dep_ == "amod" and child.lower_ == "such":
            # spaCy sometimes hangs "such as X" off the head as amod + prep
            for sub in child.children:
                if sub.dep_ == "prep" and sub.lower_ == "as":
                    for pobj in sub.children:
                        if pobj.dep_ == "pobj":
                            out.extend(conjuncts(pobj))
    return out


def _phrase_tokens(
    head: Token,
    *,
    keep_relcl: bool = False,
    keep_conj: bool = False,
    max_tokens: int = 20,
    preps: frozenset[str] | None = None,
) -> list[Token]:
    """The tokens of the noun phrase a head governs, without clauses hanging off it.

    ``preps`` limits which prepositional phrases stay (event names keep "of" and "in", not
    "between the leaders").
    """
    keep: list[Token] = []

    def walk(t: Token, depth: int) -> None:
        for child in t.children:
            if child.dep_ in _CUT_DEPS and not (
                (keep_relcl and child.dep_ in ("relcl", "acl") and not _non_restrictive(child))
                or ((keep_conj or depth > 0) and child.dep_ in ("conj", "cc"))  # "relations between China and the US"
            ):
                continue
            if preps is not None and child.dep_ == "prep" and child.lower_ not in preps:
                continue
            if depth > 0 and acts_as_aside(child):
                continue  # on the head itself the examples say what it is ("many measures, including raising X")
            if depth == 0 and child.dep_ in _DROP_DEPS and child.i < head.i:
                continue
            keep.append(child)
            walk(child, depth + 1)

    keep.append(head)
    walk(head, 0)
    if preps is None and (topic := _topic_on_verb(head)) is not None:
        keep.append(topic)
        walk(topic, 1)
    keep.sort(key=lambda t: t.i)
    # a contiguous window around the head
    out = [t for t in keep if abs(t.i - head.i) <= max_tokens]
    while out and (
        out[0].is_punct
        or (
            out[0].dep_ in ("det", "poss", "case")
            and out[0].i < head.i
            and out[0].lower_ in ("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her")
        )
    ):
        out.pop(0)
    while out and (out[-1].is_punct or out[-1].dep_ in ("cc", "prep")):
        out.pop()
    return out


def acts_as_aside(prep: Token) -> bool:
    """ ", such as curtailing X", ", including closing Y": examples set off by a comma (non-restrictive,
    Quirk et al. 1985, 17.65 on "such as" and "including" introducing examples) that are acts, a
    gerund clause, hung on a noun inside a phrase: they exemplify something else the sentence names (the
    speaker's measures), not the noun, and are no part of the phrase's name."""
    if prep.dep_ != "prep" or prep.lower_ not in ("as", "like", "including") or prep.i == 0:
        return False
    opener = prep.doc[prep.i - 1]
    if opener.lower_ == "such":
        opener = prep.doc[prep.i - 2] if prep.i > 1 else opener
    return opener.text == "," and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)


def _topic_on_verb(head: Token) -> Token | None:
    """ "support the global compact on migration": the "on" or "for" phrase right after an instrument
    noun, which the parser hung on a word above it (the verb, "the adoption of"), is the
    instrument's topic."""
    if head.dep_ not in ("dobj", "pobj") or head.lemma_.lower() not in INSTRUMENT_HEADS:
        return None
    after = head.right_edge.i + 1
    if after >= len(head.doc):
        return None
    prep = head.doc[after]
    if prep.dep_ != "prep" or prep.lower_ not in ("on", "for") or prep.head not in head.ancestors:
        return None
    # "adopted the resolution on Monday": a time is when, not what the text is on
    if any(c.dep_ == "pobj" and (c.ent_type_ in ("DATE", "TIME") or c.like_num) for c in prep.children):
        return None
    return prep


def _non_restrictive(clause: Token) -> bool:
    """ ", which will help ...": a comment on the noun, not part of its name."""
    return (
        any(c.lower_ in ("which", "who") for c in clause.children)
        and clause.i > 0
        and any(t.text == "," for t in clause.doc[clause.head.i : clause.left_edge.i])
    )


def phrase_tokens(head: Token, **kw: object) -> list[Token]:
    """The noun phrase's own tokens (not a window: a clause inside it stays out), as
    :func:`phrase_span` reads them."""
    return _phrase_tokens(head, **kw) or [head]  # type: ignore[arg-type]


def phrase_span(head: Token, **kw: object) -> Span:
    tokens = _phrase_tokens(head, **kw)  # type: ignore[arg-type]
    if not tokens:
        return head.doc[head.i : head.i + 1]
    return head.doc[tokens[0].i : tokens[-1].i + 1]


def phrase(head: Token, **kw: object) -> str:
    """The phrase's text with quotes, footnote digits and extra spaces tidied."""
    span = phrase_span(head, **kw)
    return tidy(span.text)


def tidy(text: str) -> str:
    text = re.sub(rf"[{_QUOTES}]", "", text)
    text = re.sub(r"(?<=[a-z])\d+$", "", text)  # footnote markers: "reparations.3"
    text = re.sub(r"\s+", " ", text).strip(" ,;:.-—–")
    return text
