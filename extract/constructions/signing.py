"""Signing named as a noun: "the signing of the Joint Declaration of Peace and Friendship between
Ethiopia and Eritrea", "the signing of the agreement by X and Y": each party signed it.

The parties are those "between" whom the text was signed (on "signing" or on the agreement) or
those "by" whom; a signing still ahead ("the upcoming signing") keeps its ``status``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from diplograph.graph.schema import NodeKind, RelType

from ..grammar.clause import event_modality, is_negated
from ..grammar.syntax import prep_objects, unique_actors
from ..grammar.types import Candidate
from ..nps import AGREEMENT_HEADS, conjuncts
from . import registry

if TYPE_CHECKING:
    from ..actors import ActorMention
    from ..claims import ClaimReader, SentenceContext

_PARTIES = (NodeKind.STATE, NodeKind.ORGANISATION, NodeKind.PERSON, NodeKind.GROUP)


@registry.register("signing.noun.v1")
def signing_of(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    for tok in ctx.tokens:
        if tok.lower_ != "signing" or tok.pos_ != "NOUN" or (tok.dep_ == "dobj" and is_negated(tok.head)):
            continue
        texts = [
            h
            for p in prep_objects(tok, ["of"])
            for h in conjuncts(p)
            if h.lemma_.lower() in AGREEMENT_HEADS or (h.pos_ == "PROPN" and h.ent_type_ in ("LAW", "WORK_OF_ART"))
        ]
        if not texts:
            continue
        parties: list[ActorMention] = []
        between = prep_objects(tok, ["between"]) + [p for t in texts for p in prep_objects(t, ["between"])]
        by = prep_objects(tok, ["by"])
        for p in between + by:
            parties += [a for a in reader.denote(p, ctx) if a.kind in _PARTIES]
        parties = unique_actors(parties)
        if len(parties) < (2 if between and not by else 1):
            continue
        status = event_modality(tok)
        for t in texts:
            target = reader.agreement_target(t)
            for p in parties:
                yield Candidate(RelType.SIGNS, p, target, ctx.sent, tok, "signing-noun.v1", 0.7, status=status)
