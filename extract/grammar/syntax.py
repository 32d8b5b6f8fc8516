"""Small walks of the dependency tree shared by the grammar: prepositional objects (also multi-word
ones), real lists against coordinated names, the event an NP names, where an affair is placed."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

from diplograph.graph.schema import NodeKind

from ..actors import ActorMention
from ..lexicon import (
    ACTOR,
    ORG,
    STATE,
    Frame,
)
from ..nps import (
    EVENT_HEADS,
    SOFT_EVENT_HEADS,
    conjuncts,
)
from .words import (
    TOPIC_NOUNS,
)


def list_heads(tok: Token) -> list[Token]:
    """Split a coordinated object into separate targets only when it is a real list.

    A later member of the list asked for by itself ("the importance" in "the threats and the
    importance of X") is itself only.
    """
    if tok.dep_ == "conj":
        return [tok]
    heads = conjuncts(tok)
    if len(heads) >= 3 or any(any(c.dep_ in ("det", "poss") for c in h.children) for h in heads[1:]):
        return heads
    if len(heads) == 2 and all(any(c.dep_ == "amod" for c in h.children) for h in heads):
        # "unilateral sanctions and so-called long-arm jurisdiction": each member qualified on its
        # own is a thing of its own ("regional peace and stability" qualifies the pair once)
        return heads
    return [tok]


def governing_verb(tok: Token) -> Token:
    """The verb whose clause holds ``tok`` (the sentence root if none): "not talking about X"."""
    cur = tok
    while cur.head.i != cur.i and cur.pos_ not in ("VERB", "AUX"):
        cur = cur.head
    return cur


def prep_objects(holder: Token, wanted: list[str]) -> list[Token]:
    """Objects of a (possibly multi-word) preposition under ``holder``: ["in", "favour", "of"]."""
    out: list[Token] = []
    for c in holder.children:
        if c.dep_ not in ("prep", "agent", "dative") or c.lower_ != wanted[0]:
            continue
        cur = [c]
        for word in wanted[1:]:
            nxt = []
            for x in cur:
                for y in x.children:
                    if y.lower_ in (word, "favor" if word == "favour" else word):
                        nxt.append(y)
            cur = nxt
        for x in cur:
            out += [p for p in x.children if p.dep_ in ("pobj", "pcomp")]
    return out


def accepts(wants: set[str], kind: NodeKind) -> bool:
    """Does a frame taking ``wants`` accept an actor of this kind as its target?"""
    if ACTOR in wants:
        return True
    if kind is NodeKind.STATE:
        return STATE in wants
    return kind in (NodeKind.ORGANISATION, NodeKind.GROUP) and ORG in wants


def named_list(tok: Token) -> list[Span]:
    """The proper names listed after "such as" under a head, split on the text's commas.

    The parser often mangles long lists of titles ("the Joint Statement on X and Y, the
    Cooperative Agreement on Z, and the ... Purchase and Sale Agreement"); each item of such a
    list starts with "the" and a capital, so commas (and a final ", and") are the boundaries.
    """
    doc = tok.doc
    such = next((t for h in conjuncts(tok) for t in h.children if t.dep_ == "prep" and t.lower_ == "as"), None)
    if such is None:
        return []
    sent_end = tok.sent.end
    i = such.i + 1
    items: list[Span] = []
    start = i
    for j in range(i, sent_end + 1):
        at_end = j == sent_end or (doc[j].is_sent_end and doc[j].is_punct) or doc[j].text in (";", ":")
        if at_end or doc[j].text == ",":
            k = start
            while k < j and doc[k].lower_ in ("and", "or", "the", "a", "an"):
                k += 1
            if k < j and doc[k].text[:1].isupper():
                items.append(doc[k:j])
            elif k < j:
                return []  # not a list of names
            start = j + 1
            if at_end:
                break
    return items if len(items) >= 2 else []


def event_head(tok: Token) -> Token | None:
    """The convened event an NP names, even when a name comes first.

    "the <group> and <group> member states Ministers of Defense Conference": the parser may take a name
    for the head; the event is the head behind it.
    """
    if tok.lemma_.lower() in EVENT_HEADS:
        return tok if is_convened(tok) else None
    if tok.pos_ != "PROPN":
        return None  # only a proper name the parser took for the head hides the event after it
    # the NP's real head may sit after the organisation name the parser took for the head
    nxt = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(tok.doc) else None
    if tok.head.lemma_.lower() in EVENT_HEADS and tok.dep_ in ("compound", "nmod", "amod") and tok.head.i > tok.i:
        return tok.head
    candidates = [t for t in tok.subtree if t.lemma_.lower() in EVENT_HEADS and t.pos_ == "PROPN" and t.i > tok.i]
    if candidates:
        return candidates[-1]
    if nxt is not None and nxt.lemma_.lower() in EVENT_HEADS and nxt.head == tok:
        return nxt
    return None


def is_convened(tok: Token) -> bool:
    """ "dialogue" is an event when named ("the Shangri-La Dialogue") or given its parties; a
    convention on a subject ("the Convention on the Law of the Sea") is a treaty, not a gathering."""
    if tok.lemma_.lower() == "convention" and (
        tok.ent_type_ == "LAW"
        or any(
            c.dep_ == "prep" and c.lower_ in ("on", "against", "for", "concerning", "relating") for c in tok.children
        )
    ):
        return False
    if tok.lemma_.lower() not in SOFT_EVENT_HEADS:
        return True
    return tok.text[:1].isupper() or any(c.dep_ == "prep" and c.lower_ in ("between", "with") for c in tok.children)


#: prepositions that place an affair in a state: "the conflict in Syria", "a settlement on Cyprus"
_PLACING_PREPS = {"in", "on", "inside", "within", "across", "around", "over", "for", "of"}


def is_placed_in(mention: Span) -> bool:
    """Whether a state mention says where an affair is ("in Libya"), not who acts or owns it.

    "Washington's withdrawal" (a possessor) and "German reunification" (a demonym) are not "the
    situation in" the United States or Germany.
    """
    root = next((t for t in mention if not (mention.start <= t.head.i < mention.end) or t.head == t), mention[0])
    return root.dep_ == "pobj" and root.head.lower_ in _PLACING_PREPS


def is_object_noun(tok: Token, frame: Frame) -> bool:
    return tok.lemma_.lower() in frame.object_nouns or tok.lower_ in frame.object_nouns


def is_one_sided(obj: Token) -> bool:
    """A statement nobody else is said to share: not a joint declaration."""
    return obj.lemma_.lower() == "statement" and not any(
        c.lower_ in ("joint", "common", "bilateral", "trilateral", "shared") for c in obj.children
    )


def unique_actors(actors: list[ActorMention]) -> list[ActorMention]:
    seen: set[str] = set()
    out = []
    for a in actors:
        if a.node_id not in seen:
            seen.add(a.node_id)
            out.append(a)
    return out


def topic_of(text_noun: Token, heads: Collection[str] = TOPIC_NOUNS) -> Token | None:
    """What a text is about: the object of "on" (or "concerning", "regarding") after it or after
    the text it is a draft or version of ("the draft of this year's resolution on X")."""
    for tok in text_noun.subtree:
        if tok == text_noun or (tok.dep_ == "pobj" and tok.lemma_.lower() in heads):
            about = [o for p in ("on", "concerning", "regarding") for o in prep_objects(tok, [p])]
            if about:
                return about[0]
    return None


def antecedent(clause: Token) -> Token:
    """The noun a relative clause set off by a comma modifies: the one it hangs on, unless that is a
    place closing a locative phrase ("terrorist insurgents in <State>, which we condemn": the
    insurgents, which the parser hangs the clause on the place name next to it)."""
    head = clause.head
    comma = head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == ","
    if (
        comma
        and head.pos_ == "PROPN"
        and head.dep_ == "pobj"
        and head.head.lower_ in ("in", "at", "across", "throughout")
        and head.head.head.pos_ == "NOUN"
        and head.head.head.ent_type_ == ""  # a common noun, not another name
    ):
        return head.head.head
    return head
