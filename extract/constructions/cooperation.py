"""Acting jointly: "A took this action alongside B and C", "A, together with B, imposed X", "A acts in
close coordination with B": the clause's subject cooperates with the partners the phrase names.

FrameNet's Collaboration frame (its Partner_2 expressed by "alongside", "together with", "jointly
with", "in cooperation/coordination/partnership with"); what the clause does is the cooperation's
domain, not a claim of its own here. Left alone:

* a passive clause ("A was sanctioned alongside B"): both undergo it, neither acts with the other;
* verbs of standing, being, becoming and undergoing ("we stand alongside the people of B", "together
  with B we suffered X"): solidarity or a shared fate rather than joint action;
* a subject the clause inherits from another (only its own ``nsubj`` acts with the partners);
* a negated clause ("A will not act together with B").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from diplograph.graph.schema import NodeKind, RelType

from ..grammar.clause import is_negated, modality
from ..grammar.syntax import prep_objects, unique_actors
from ..grammar.types import Candidate, Target
from ..grammar.words import UNDERGO_VERBS
from ..nps import conjuncts
from . import registry

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors import ActorMention
    from ..claims import ClaimReader, SentenceContext

#: prepositions and adverbs whose object is a partner in the clause's act (public: the cascade's
#: trigger vocabulary reads the families' word sets, so a sentence holding one is parsed)
JOINT_WORDS = frozenset({"alongside", "together", "jointly"})
#: what those words need beside them for the cascade to parse the sentence ("work together to V"
#: names no partner)
TRIGGER_NEEDS = {"together": frozenset({"with"}), "jointly": frozenset({"with"})}
#: nouns of "in <noun> with B" that make B a partner in the act
JOINT_NOUNS = frozenset({"cooperation", "coordination", "partnership", "collaboration", "concert", "conjunction"})
#: verbs whose "alongside" is solidarity or a shared fate, not a shared act: standing and being,
#: becoming, and undergoing ("together with B we suffered X")
_STANCE_VERBS = UNDERGO_VERBS | {"stand", "be", "become", "remain", "sit", "continue", "experience", "witness"}
_PARTNERS = (NodeKind.STATE, NodeKind.ORGANISATION, NodeKind.GROUP, NodeKind.PERSON)


@registry.register("cooperation.joint-action.v1")
def joint_action(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    for marker in ctx.tokens:
        read = _partner_phrase(marker)
        if read is None:
            continue
        heads, attached = read
        verb = _clause_verb(attached)
        if verb is None or verb.lemma_.lower() in _STANCE_VERBS or is_negated(verb):
            continue
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            continue
        # the clause's own subject only: one inherited from a governing clause ("thank B for its
        # efforts to keep X, in coordination with C") is rarely the one acting with the partner
        actors = [a for c in verb.children if c.dep_ == "nsubj" for h in conjuncts(c) for a in reader.denote(h, ctx)]
        partners = unique_actors(
            [a for p in heads for h in conjuncts(p) for a in reader.denote(h, ctx) if a.kind in _PARTNERS]
        )
        yield from _claims(actors, partners, ctx, verb)


def _partner_phrase(t: Token) -> tuple[list[Token], Token] | None:
    """The heads naming partners that ``t`` introduces ("alongside B", "together/jointly with B", "in
    (close) coordination with B") and the word the phrase hangs on; None if ``t`` introduces none.
    The parser hangs "together with B" on the subject as often as on the verb."""
    if t.lower_ == "alongside" and t.dep_ == "prep":
        return [p for p in t.children if p.dep_ == "pobj"], t.head
    if t.lower_ in ("together", "jointly") and t.dep_ == "advmod":
        if t.head.lower_ == "with" and t.head.dep_ == "prep":
            return [p for p in t.head.children if p.dep_ == "pobj"], t.head.head
        return prep_objects(t, ["with"]) or prep_objects(t.head, ["with"]), t.head
    if t.lemma_.lower() in JOINT_NOUNS and t.dep_ == "pobj" and t.head.lower_ == "in":
        return prep_objects(t, ["with"]), t.head.head
    return None


def _clause_verb(t: Token) -> Token | None:
    """The verb whose act the phrase on ``t`` qualifies: ``t`` itself, or the verb above the noun
    phrase it sits in (its subject's or its object's)."""
    for _ in range(4):
        if t.pos_ == "VERB":
            return t
        if t.head is t:
            return None
        t = t.head
    return None


def _claims(
    actors: list[ActorMention], partners: list[ActorMention], ctx: SentenceContext, verb: Token
) -> Iterator[Candidate]:
    status = modality(verb)
    for actor in unique_actors([a for a in actors if a.kind in _PARTNERS]):
        for partner in partners:
            if partner.node_id != actor.node_id:
                yield Candidate(
                    RelType.COOPERATES_WITH,
                    actor,
                    Target("actor", actor=partner),
                    ctx.sent,
                    verb,
                    "joint-action.v1",
                    0.7,
                    status=status,
                )
