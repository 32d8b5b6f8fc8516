"""Events and who took part in them, as news and readouts report them.

* every convened event a sentence names is remembered, so "the meeting" later is that meeting
  (``discourse.same_event``);
* ``"a summit in <city> involving <State> President P, ..."``, ``"Among the
  participants of the meeting were X and Y"``, ``"Also attending were X, Y, ..."``: ATTENDS;
* ``"following their talks"``, ``"the five leaders were locked in closed-door discussions"``,
  ``"After talks in <city> with P and Q, R said"``: MEETS, pairwise;
* ``"presided over the meeting"``, ``"chaired the summit"``: HOSTS.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING

from diplograph.graph.schema import NodeKind, RelType

from ..actors import ActorMention
from ..grammar.clause import is_negated, modality
from ..grammar.syntax import event_head, prep_objects, unique_actors
from ..grammar.targets import UN_BODY_IDS
from ..grammar.types import Candidate, Target
from ..grammar.words import EVENT_CONVENING_PREPS
from ..nps import conjuncts
from . import registry

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..claims import ClaimReader, SentenceContext

#: nouns of taking part: "Among the participants of the meeting were ..."
PARTICIPANT_NOUNS = {"participant", "attendee", "delegate", "guest", "participants", "attendees"}
#: verbs of presence whose subjects list who attended: "Also attending were ...", "Present were ..."
PRESENCE_WORDS = {"attending", "present", "participating"}
#: a participle on an event that lists its parties: "a summit in Johannesburg involving X, Y"
INVOLVING = {"involve", "include", "feature", "gather", "bring"}
#: nouns of talking together
TALK_NOUNS = {"talks", "discussions", "discussion", "negotiations", "consultations", "meeting", "meetings"}
#: prepositions that set a clause after (or during) talks: the clause's subject held them
TALK_TIME_PREPS = {"after", "following", "during", "before", "ahead"}
#: event nouns whose parties the phrase names: "the A-B summit", "the meeting between A and B"
EVENT_NOUNS_NAMING_PARTIES = {"summit", "meeting", "talks", "forum"}
#: verbs of presiding: their subject hosts the event
PRESIDING = {"preside": "over", "chair": None, "host": None, "convene": None, "oversee": None}


@registry.register("events.mentions.v1")
def remember_events(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """Every convened event named is noted, so that a later "the meeting" is the same event."""
    for tok in ctx.tokens:
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound" and event_head(tok) is tok:
            reader.event_target(tok, ctx)
    return iter(())


@registry.register("events.participants.v1")
def participants(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    for tok in ctx.tokens:
        lemma = tok.lemma_.lower()
        # "a summit in Johannesburg involving X, Y and Z"
        if tok.dep_ == "acl" and lemma in INVOLVING and tok.tag_ == "VBG" and event_head(tok.head) is not None:
            event = reader.event_target(tok.head, ctx)
            objs = [c for c in tok.children if c.dep_ in ("dobj", "pobj")] + prep_objects(tok, ["together"])
            for party in _people_or_states(reader, ctx, objs):
                yield Candidate(RelType.ATTENDS, party, event, ctx.sent, tok.head, "event-involving.v1", 0.7)
        # "Among the participants of the meeting were X" / "Also attending were X, Y"
        if lemma == "be" and tok.pos_ == "AUX" and not is_negated(tok):
            among = [
                p
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "among"
                for p in c.children
                if p.dep_ == "pobj" and p.lower_ in PARTICIPANT_NOUNS
            ]
            presence = [c for c in tok.children if c.dep_ in ("acomp", "advcl", "xcomp") and c.lower_ in PRESENCE_WORDS]
            if not among and not presence:
                continue
            event = None
            for holder in among + presence:
                for p in prep_objects(holder, ["of", "in", "at"]) + [c for c in holder.children if c.dep_ == "dobj"]:
                    if (ev := event_head(p)) is not None:
                        event = reader.event_target(ev, ctx)
            if event is None:
                event = _last_event(ctx)
            if event is None:
                continue
            listed = [c for c in tok.children if c.dep_ in ("nsubj", "attr")]
            for party in _people_or_states(reader, ctx, listed):
                yield Candidate(RelType.ATTENDS, party, event, ctx.sent, tok, "event-participants-list.v1", 0.7)


#: "on the sidelines of E": where a meeting happened, at an event both sides attended
SIDELINES = {"sideline", "sidelines", "margin", "margins", "fringe", "fringes"}


@registry.register("events.sidelines.v1")
def on_the_sidelines(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """ "President P will meet with President Q ... on the sidelines of the <year> <name>
    Summit": both attend the summit (the meeting itself is the verb's)."""
    for tok in ctx.tokens:
        if tok.lower_ not in SIDELINES or tok.dep_ != "pobj" or tok.head.lower_ not in ("on", "at"):
            continue
        events = [ev for p in prep_objects(tok, ["of"]) if (ev := event_head(p)) is not None]
        verb = tok.head.head
        if not events or verb.pos_ not in ("VERB", "AUX") or is_negated(verb):
            continue
        meetings = [c for c in found if c.rel is RelType.MEETS and c.anchor == verb]
        parties = unique_actors(
            reader.subjects(verb, ctx)[0] + [c.target.actor for c in meetings if c.target.actor is not None]
        )
        status = next((c.status for c in meetings if c.status), None)
        for ev in events:
            target = reader.event_target(ev, ctx)
            for p in parties:
                if p.kind in (NodeKind.PERSON, NodeKind.STATE):
                    yield Candidate(RelType.ATTENDS, p, target, ctx.sent, ev, "sidelines.v1", 0.7, status=status)


@registry.register("events.talks.v1")
def talks(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """Who talked with whom, where the talks are a noun: each pair of the parties meets."""
    for tok in ctx.tokens:
        if tok.lower_ not in TALK_NOUNS or tok.pos_ != "NOUN":
            continue
        parties: list[ActorMention] = []
        partners = _people_or_states(reader, ctx, prep_objects(tok, ["with"]))
        poss = [c for c in tok.children if c.dep_ == "poss"]
        if poss and not partners:
            # "their talks": the parties are the owners, when more than one
            parties = [a for c in poss for a in reader.denote(c, ctx)]
        elif partners and not poss and tok.dep_ == "pobj" and tok.head.lower_ in TALK_TIME_PREPS:
            # "After talks in <city> with P and Q, R said ...": the
            # clause's subject held them
            verb = tok.head.head
            if verb.pos_ in ("VERB", "AUX") and not is_negated(verb):
                parties = reader.subjects(verb, ctx)[0] + partners
        elif tok.dep_ == "pobj" and tok.head.lower_ in ("in", "into") and not partners and not poss:
            # "the five leaders were locked in closed-door discussions"
            verb = tok.head.head
            own = verb
            while own.dep_ == "conj" and own.head != own:
                own = own.head  # "they were approaching and engaging in those talks": the first verb's subject
            named = not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in own.children)
            if verb.pos_ in ("VERB", "AUX") and not is_negated(verb) and named:
                # ("they were engaging in those talks": whom "they" means is a guess too far)
                parties, passive = reader.subjects(verb, ctx)
                if passive and not parties:  # "were locked in talks": those locked in them
                    parties = [a for c in verb.children if c.dep_ == "nsubjpass" for a in reader.denote(c, ctx)]
        # people meet people, states states: "talks with Erdogan and Sweden's Prime Minister" are the two men's
        people = unique_actors([p for p in parties if p.kind is NodeKind.PERSON])
        parties = people if len(people) >= 2 else unique_actors([p for p in parties if p.kind is NodeKind.STATE])
        if len(parties) < 2:
            continue
        for a, b in itertools.combinations(parties, 2):
            yield Candidate(RelType.MEETS, a, Target("actor", actor=b), ctx.sent, tok, "talks-parties.v1", 0.7)


@registry.register("events.presiding.v1")
def presiding(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """ "Sultan P ... presided over the meeting in <capital>", "a ceremony overseen by P": he
    hosted it."""
    for tok in ctx.tokens:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or lemma not in PRESIDING or lemma in ("host",) or is_negated(tok):
            continue
        prep = PRESIDING[lemma]
        objs = prep_objects(tok, [prep]) if prep else [c for c in tok.children if c.dep_ == "dobj"]
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            objs = [tok.head]  # "in a ceremony overseen by P": the event the participle is on
        events = [ev for o in objs for h in conjuncts(o) if (ev := event_head(h)) is not None]
        if not events:
            continue
        hosts = reader.subjects(tok, ctx)[0]
        # "the Security Council convened an Emergency Special Session of the General Assembly": a body
        # called another body's session, it did not host it (a person chairing a G7 meeting hosts it)
        bodies = {h.node_id for h in hosts if h.kind is not NodeKind.PERSON}
        events = [
            ev
            for ev in events
            if not bodies
            or not (orgs := set(reader.event_target(ev, ctx).facts.get("orgs") or ()))  # type: ignore[arg-type]
            or orgs & bodies
        ]
        for ev in events:
            target = reader.event_target(ev, ctx)
            if len([w for w in target.name.lower().split() if w not in ("the", "a", "an", "this", "that")]) < 2:
                continue  # "a ceremony overseen by X": an event with no name of its own makes a node of nothing
            # "will participate in a G7 meeting chaired by Scholz": as planned as the clause it is in
            clause = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None) if tok.dep_ == "acl" else None
            status = modality(tok) or (modality(clause) if clause is not None else None)
            for host in hosts:
                yield Candidate(RelType.HOSTS, host, target, ctx.sent, tok, "presided-over.v1", 0.7, status=status)


def _people_or_states(reader: ClaimReader, ctx: SentenceContext, heads: list[Token]) -> list[ActorMention]:
    """The people a listed phrase names (a possessive state before a title is not one of them),
    or, with no person in it, the states and organisations it names."""
    people: list[ActorMention] = []
    others: list[ActorMention] = []
    for head in heads:
        for tok in head.subtree:
            m = ctx.by_token.get(tok.i)
            if m is None or m.is_adjective:
                continue
            if m.kind is NodeKind.PERSON:
                people.append(m)
            elif tok.dep_ != "poss" and m.kind in (NodeKind.STATE, NodeKind.ORGANISATION, NodeKind.GROUP):
                others.append(m)
        if not people and not others:
            others.extend(a for a in reader.denote(head, ctx) if a.kind is not NodeKind.PERSON)
    return unique_actors(people or others)


def _last_event(ctx: SentenceContext) -> Target | None:
    """The event a sentence with none of its own goes on about: the last one named."""
    event = ctx.discourse.recent_event()
    return event if isinstance(event, Target) else None


@registry.register("events.at-event.v1")
def at_event(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """Whoever acts "at" a convened event attended it; whom they spoke to there, they met."""
    if not ctx.lemmas & EVENT_CONVENING_PREPS:
        return
    for tok in ctx.tokens:
        if tok.dep_ != "prep" or tok.lower_ not in EVENT_CONVENING_PREPS:
            continue
        for pobj in (c for c in tok.children if c.dep_ == "pobj"):
            events = [
                e for h in conjuncts(pobj) if (e := event_head(h)) is not None and e.lemma_.lower() not in _NOT_ATTENDED
            ]
            if not events:
                continue
            verb = tok.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
                verb = verb.head
            if is_negated(verb):
                continue
            actors = reader.subjects(verb, ctx)[0]
            for ev in events:
                target = reader.event_target(ev, ctx)
                for a in actors:
                    yield Candidate(RelType.ATTENDS, a, target, ctx.sent, ev, "at-event.v1", confidence=0.7)
                yield from _spoken_to_at(reader, ctx, verb, actors, target)


#: gatherings one holds rather than attends ("at the talks" is read by the talks reader)
_NOT_ATTENDED = ("talks", "dialogue", "consultations", "round", "session")
#: verbs of telling whose object was spoken to ("told P", "assured P")
_TELLING = ("tell", "assure", "urge", "inform")
#: verbs of saying whose "to" object was spoken to ("express to P")
_SAYING_TO = ("express", "say", "convey", "explain", "tell", "propose", "suggest")


def _spoken_to_at(
    reader: ClaimReader, ctx: SentenceContext, verb: Token, actors: list[ActorMention], target: Target
) -> Iterator[Candidate]:
    """Talking to someone at the event: "told P", "took the step to express to P" (an addressee
    in the clause was there too)."""
    for c in verb.children:
        if c.dep_ in ("dobj", "dative") and verb.lemma_ in _TELLING:
            for other in reader.denote(c, ctx):
                for a in actors:
                    yield Candidate(
                        RelType.MEETS,
                        a,
                        Target("actor", actor=other),
                        ctx.sent,
                        verb,
                        "met-at-event.v1",
                        confidence=0.6,
                    )
    for c in verb.subtree:
        if c.pos_ != "VERB" or c.lemma_ not in _SAYING_TO:
            continue
        for p in prep_objects(c, ["to"]):
            for other in reader.denote(p, ctx):
                for a in actors:
                    yield Candidate(
                        RelType.MEETS, a, Target("actor", actor=other), ctx.sent, c, "met-at-event.v1", confidence=0.6
                    )
                yield Candidate(RelType.ATTENDS, other, target, ctx.sent, c, "at-event.v1", confidence=0.6)


@registry.register("events.named-parties.v1")
def named_parties(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """ "The U.S.-Russia Alaska summit", "the meeting between European leaders and Zelenskyy"."""
    if not ctx.lemmas & EVENT_NOUNS_NAMING_PARTIES:
        return
    for tok in ctx.tokens:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in EVENT_NOUNS_NAMING_PARTIES:
            continue
        target = reader.event_target(tok, ctx)
        parties: list[ActorMention] = []
        for p in prep_objects(tok, ["between"]):
            parties += reader.denote(p, ctx)
        if not parties:
            pair = [
                ctx.by_token[c.i] for c in tok.lefts if c.i in ctx.by_token and ctx.by_token[c.i].kind is NodeKind.STATE
            ]
            hyphen = any(t.text in ("-", "–") for t in tok.doc[tok.left_edge.i : tok.i])
            if len(unique_actors(pair)) >= 2 and hyphen:
                parties = unique_actors(pair)
        for party in unique_actors(parties):
            yield Candidate(RelType.ATTENDS, party, target, ctx.sent, tok, "event-participants.v1", confidence=0.7)
        for place in target.facts.get("places", []):  # type: ignore[union-attr]
            host = ctx.by_token.get(next((m.tok_start for m in ctx.mentions if m.node_id == place), -1))
            if host is not None:
                yield Candidate(RelType.HOSTS, host, target, ctx.sent, tok, "event-venue.v1", confidence=0.7)


@registry.register("events.venues.v1")
def venues(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> list[Candidate]:
    """Who hosts an attended event, read off the same sentence.

    * a capital or seat of power inside the event's name ("the opening ceremony of the Beijing
      Winter Olympics", "the commemoration ... in Moscow") names the host state;
    * "P went to <State> to attend the <group> Summit": the one state visited hosts it.
    """
    out: list[Candidate] = []
    hosted: set[str] = set()
    for c in found:
        if c.rel is not RelType.ATTENDS or c.target.kind != "event":
            continue
        if set(c.target.facts.get("orgs") or []) & (UN_BODY_IDS | {"org:un"}):  # type: ignore[arg-type]
            continue  # a session of a UN body meets at the UN, whatever state it stands in
        places = set(c.target.facts.get("places") or [])  # type: ignore[arg-type]
        if len(places) == 1 and c.target.name not in hosted:
            hosted.add(c.target.name)
            place = ActorMention(
                0, 0, c.anchor.i, c.anchor.i + 1, places.pop(), NodeKind.STATE, "", c.anchor.text, "venue"
            )
            out.append(Candidate(RelType.HOSTS, place, c.target, c.sent, c.anchor, "event-venue.v2", confidence=0.7))
            continue
        visited = {
            v.target.actor.node_id: v.target.actor
            for v in found
            if v.rel is RelType.VISITS
            and v.source.node_id == c.source.node_id
            and v.target.actor is not None
            and v.target.actor.kind is NodeKind.STATE
        }
        if len(visited) == 1 and not places and c.target.name not in hosted:
            hosted.add(c.target.name)
            out.append(
                Candidate(
                    RelType.HOSTS,
                    next(iter(visited.values())),
                    c.target,
                    c.sent,
                    c.anchor,
                    "visit-venue.v2",
                    confidence=0.7,
                )
            )
    return out
