"""Visits where the place is a city, and company on a trip.

* ``"during a rare visit to meet leader P in <capital>"``: a visit named as a noun, its
  place a capital or city of a state, its visitor the clause's subject when the visit sets the
  clause's time ("said ... during a visit");
* ``"visited Kharkiv, Ukraine"``, ``"Ukraine's Kharkiv"``, ``"the Ukrainian city of Kharkiv"``: a
  place the gazetteer lacks (the model's GPE) is in the state the text names with it;
* ``"visited <State> to accompany President P at the <n>th Session of the United Nations General
  Assembly"``: the one accompanied made the trip too, and both attended the event.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from diplograph.graph.schema import NodeKind, RelType

from ..grammar.clause import event_modality, is_negated, modality
from ..grammar.syntax import event_head, prep_objects, unique_actors
from ..grammar.types import Candidate, Target
from . import registry

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors import ActorMention
    from ..claims import ClaimReader, SentenceContext

VISIT_NOUNS = {"visit", "trip", "tour", "stopover"}
VISIT_VERBS = {"visit", "travel", "arrive", "go", "fly", "tour"}
#: prepositions by which a visit sets the time of its clause: "said ... during a visit to X"
_TIME_PREPS = {"during", "on", "after", "following", "before", "ahead"}
#: nouns a place is named by after the state: "the Ukrainian city of Kharkiv"
_PLACE_NOUNS = {"city", "town", "region", "province", "capital", "port", "village", "state"}
_PLACES = ("GPE", "LOC", "FAC")


@registry.register("visits.noun-place.v1")
def visit_to_a_city(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    for noun in ctx.tokens:
        if noun.lemma_.lower() not in VISIT_NOUNS or noun.pos_ != "NOUN":
            continue
        if any(c.rel is RelType.VISITS and c.anchor == noun for c in found):
            continue
        visitors = reader.owners(noun, ctx)
        if not visitors and noun.dep_ == "pobj" and noun.head.lower_ in _TIME_PREPS:
            verb = noun.head.head
            if verb.pos_ in ("VERB", "AUX") and not is_negated(verb):
                visitors = reader.subjects(verb, ctx)[0]
        visitors = [v for v in visitors if v.kind in (NodeKind.PERSON, NodeKind.STATE)]
        if not visitors:
            continue
        places = unique_actors(
            [
                s
                for t in noun.subtree
                if t.dep_ == "pobj" and t.head.lower_ in ("to", "in")
                for s in _state_of_place(reader, ctx, t)
            ]
        )
        if len(places) != 1:
            continue
        for v in visitors:
            if v.node_id == places[0].node_id or _own_state(reader, v, ctx) == places[0].node_id:
                continue  # a visit in one's own capital is no visit abroad
            yield Candidate(
                RelType.VISITS,
                v,
                Target("actor", actor=places[0]),
                ctx.sent,
                noun,
                "visit-place.v1",
                0.7,
                status=event_modality(noun),
            )


@registry.register("visits.unlisted-place.v1")
def visit_to_an_unlisted_place(
    reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]
) -> Iterator[Candidate]:
    """ "visited Kharkiv, Ukraine": a place the gazetteer lacks, in the state named with it."""
    for v in ctx.tokens:
        if v.lemma_.lower() not in VISIT_VERBS or v.pos_ != "VERB" or is_negated(v):
            continue
        places = [c for c in v.children if c.dep_ == "dobj"] + prep_objects(v, ["to"]) + prep_objects(v, ["in"])
        states = unique_actors([s for p in places if p.i not in ctx.by_token for s in _state_of_place(reader, ctx, p)])
        if len(states) != 1:
            continue
        for visitor in reader.subjects(v, ctx)[0]:
            if visitor.kind in (NodeKind.PERSON, NodeKind.STATE) and visitor.node_id != states[0].node_id:
                yield Candidate(
                    RelType.VISITS,
                    visitor,
                    Target("actor", actor=states[0]),
                    ctx.sent,
                    v,
                    "visit-place.v1",
                    0.7,
                    status=modality(v),
                )


@registry.register("visits.accompany.v1")
def accompanying(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """ "visited the US to accompany President Erdoğan at the 78th Session of the UNGA"."""
    for v in ctx.tokens:
        if v.lemma_.lower() != "accompany" or v.pos_ != "VERB" or is_negated(v):
            continue
        companions = [
            a for c in v.children if c.dep_ == "dobj" for a in reader.denote(c, ctx) if a.kind is NodeKind.PERSON
        ]
        if not companions:
            continue
        travellers = reader.subjects(v, ctx)[0]
        # the trip the accompanying is the purpose of: the companions made it too
        for c in found:
            if c.rel is RelType.VISITS and c.anchor == v.head and c.source.node_id in {t.node_id for t in travellers}:
                for p in companions:
                    yield Candidate(RelType.VISITS, p, c.target, ctx.sent, v, "visit-accompanied.v1", 0.7)
        events = [ev for p in prep_objects(v, ["at"]) + prep_objects(v, ["to"]) if (ev := event_head(p))]
        for ev in events:
            target = reader.event_target(ev, ctx)
            for a in unique_actors(travellers + companions):
                yield Candidate(RelType.ATTENDS, a, target, ctx.sent, ev, "attend-accompanied.v1", 0.7)


def _state_of_place(reader: ClaimReader, ctx: SentenceContext, tok: Token) -> list[ActorMention]:
    """The state a place token lies in: a capital or seat the gazetteer knows, or a place the model
    found with its state beside it ("Kharkiv, Ukraine", "Ukraine's Kharkiv", "the Ukrainian city of
    Kharkiv")."""
    m = ctx.by_token.get(tok.i)
    if m is not None:
        return [m] if m.kind is NodeKind.STATE and m.via == "metonym" else []
    if tok.lower_ in _PLACE_NOUNS:
        # "the Ukrainian city of Kharkiv": the state modifies the place noun
        named = [p for p in prep_objects(tok, ["of"]) if p.ent_type_ in _PLACES and p.i not in ctx.by_token]
        mods = [ctx.by_token.get(c.i) for c in tok.children if c.dep_ in ("amod", "compound", "poss")]
        states = [x for x in mods if x is not None and x.kind is NodeKind.STATE]
        return states[:1] if named and len(states) == 1 else []
    if tok.ent_type_ not in _PLACES:
        return []
    beside = [ctx.by_token.get(c.i) for c in tok.children if c.dep_ == "poss"]  # "Ukraine's Kharkiv"
    if tok.i + 2 < ctx.sent.end and tok.doc[tok.i + 1].text == ",":
        beside.append(ctx.by_token.get(tok.i + 2))  # "Munich, Germany", however the parser hangs it
    states = [x for x in beside if x is not None and x.kind is NodeKind.STATE and not x.is_adjective]
    return states[:1] if len(states) == 1 else []


def _own_state(reader: ClaimReader, person: ActorMention, ctx: SentenceContext) -> str | None:
    if person.kind is NodeKind.STATE:
        return person.node_id
    if person.office is not None and person.office.of:
        return person.office.of
    offices = [o for o in reader.gaz.offices(person.node_id, ctx.date) if o.of.startswith("state:")]
    return offices[0].of if offices else None
