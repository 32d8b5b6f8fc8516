"""What a resolution or draft noun names: its UN body, symbol, penholders, and whether it is a draft.

Shared by the frames (``claims.ClaimReader.classify``) and the votes family
(``constructions/votes.py``). Symbols in the forms UN records and the press use: adopted texts
("A/RES/76/262", "ES-10/23", "S/RES/2669 (2022)", "resolution 2669 (2022)") and drafts ("S/2022/720",
"A/ES-10/L.30/Rev.1"), which name a draft, not the resolution it may become.

Imports spaCy types and the discourse only (no claims): the caller wraps the facts in its Target.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from diplograph.graph.schema import NodeKind

if TYPE_CHECKING:
    from .actors import ActorMention
    from .claims import SentenceContext

__all__ = [
    "PERMANENT_MEMBERS",
    "TEXT_NOUNS",
    "UN_BODIES",
    "body_named",
    "legislative",
    "penholders",
    "resolution_facts",
    "sentence_body",
]

#: the UN bodies that vote on resolutions
UN_BODIES = ("org:unsc", "org:unga", "org:unhrc")
#: the capitalised words that name a body once the text has named it: "the Council", "the Assembly"
_BODY_WORDS = {"council": "org:unsc", "assembly": "org:unga"}

#: the five permanent members of the Security Council (UN Charter, Article 23)
PERMANENT_MEMBERS = frozenset({"state:CHN", "state:FRA", "state:RUS", "state:GBR", "state:USA"})

#: nouns that name a text put to a vote
TEXT_NOUNS = frozenset({"resolution", "draft", "text", "measure", "proposal", "initiative", "motion"})

_ADOPTED_SYMBOL = re.compile(
    r"\b(?:A/RES/)?(?P<ga>ES-\d{1,2}/\d{1,3}|\d{2}/\d{1,3})\b(?!/)|\bS/RES/(?P<sc>\d{3,4})\b"
    r"|\bresolutions?\s+(?P<num>\d{3,4})\s*\((?P<year>(?:19|20)\d\d)\)",
    re.I,
)
_DRAFT_SYMBOL = re.compile(r"\b(?:A/(?:ES-\d{1,2}/)?(?:\d{2}/)?L\.\d+(?:/Rev\.\d+)?|S/(?:19|20)\d\d/\d+)\b")


#: verbs of putting a text before a body (lexicon's "table-text" frame)
TABLING_VERBS = frozenset(
    {"table", "submit", "sponsor", "co-sponsor", "prepare", "present", "draft", "bring", "propose", "introduce"}
)


def body_named(ctx: SentenceContext, *, before: int | None = None) -> str | None:
    """The UN body the sentence names (up to a token, if given): by name, or as "the Council"."""
    named = [m for m in ctx.mentions if m.node_id in UN_BODIES and (before is None or m.tok_start <= before)]
    if named:
        return named[-1].node_id
    for tok in reversed(list(ctx.sent)):
        if tok.lower_ in _BODY_WORDS and tok.text[:1].isupper() and (before is None or tok.i <= before):
            return _BODY_WORDS[tok.lower_]
    return None


def sentence_body(ctx: SentenceContext, *, before: int | None = None) -> str | None:
    """The body the sentence names, else the one the document named last."""
    return body_named(ctx, before=before) or ctx.discourse.un_body


def penholders(head: Token, ctx: SentenceContext) -> list[ActorMention]:
    """The states a text is named by: "the <state> draft", "<state>'s draft",
    "a US resolution", "the Franco-Emirati draft"."""
    out: list[ActorMention] = []
    for child in head.children:
        if child.dep_ == "acl" and child.lemma_.lower() in TABLING_VERBS:
            # "the proposal brought by X and Y", "two drafts tabled by X and Y"
            agents = [g for a in child.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            for agent in agents:
                for t in agent.subtree:
                    m = ctx.by_token.get(t.i)
                    if m is not None and m.kind is NodeKind.STATE and all(o.node_id != m.node_id for o in out):
                        out.append(m)
            continue
        if child.dep_ not in ("poss", "compound", "amod", "nmod") or child.i > head.i:
            continue
        for t in child.subtree:
            m = ctx.by_token.get(t.i)
            if m is not None and m.kind is NodeKind.STATE and all(o.node_id != m.node_id for o in out):
                out.append(m)
    return out


#: words of a legislature's texts, not a UN body's: "S.J. Resolution 11", "a House resolution"
_LEGISLATIVE = {
    "s.j.",
    "h.j.",
    "s.",
    "h.",
    "s.res.",
    "h.res.",
    "con.",
    "house",
    "senate",
    "congressional",
    "joint",
    "concurrent",
}


def legislative(head: Token) -> bool:
    """Whether a resolution noun names a legislature's text ("S.J. Resolution 11", "the House resolution")."""
    return any(t.lower_ in _LEGISLATIVE for t in head.lefts)


def resolution_facts(head: Token, ctx: SentenceContext) -> dict[str, object]:
    """Body, symbol (or draft symbol), year, and for a draft its penholders."""
    facts: dict[str, object] = {}
    body = sentence_body(ctx, before=head.i)
    if body is None and head.head.lemma_.lower() == "veto":
        body = "org:unsc"  # only the Council's permanent members veto
    if body:
        facts["body"] = body
    # the symbol follows the noun, after a title if need be: "the resolution titled “...” (document A/...)"
    end = min(head.sent.end, head.i + 30)
    # ... up to the next text named ("..., recalling resolution NNNN (YYYY)" is another one's)
    end = next((t.i for t in head.doc[head.i + 1 : end] if t.lemma_.lower() in ("resolution", "draft")), end)
    window = head.doc[head.i : end].text
    adopted = _ADOPTED_SYMBOL.search(window)
    draft_symbol = _DRAFT_SYMBOL.search(window)
    if draft_symbol:
        facts["draft_symbol"] = draft_symbol.group(0)
    elif adopted and adopted.group("ga"):
        facts["symbol"] = adopted.group("ga").upper()
        facts["body"] = "org:unga"
    elif adopted:
        facts["symbol"] = f"S/RES/{adopted.group('sc') or adopted.group('num')}"
        facts["body"] = "org:unsc"
        if adopted.group("year"):
            facts["year"] = adopted.group("year")
    lemma = head.lemma_.lower()
    is_draft = lemma == "draft" or any(c.lower_ == "draft" for c in head.children) or bool(draft_symbol)
    holders = penholders(head, ctx) if "symbol" not in facts else []
    if is_draft or holders:
        facts["draft"] = True
    if holders:
        facts["penholders"] = [h.node_id for h in holders]
    return facts
