"""Sanctions in every form sanctions releases and the press give them, with each named target.

Read here (the predicate frames of ``lexicon`` read "X imposed sanctions on Y" and "X sanctioned Y"
with a single object already):

* verbs of listing: "We are designating A, B, as well as C", "The Chinese side decides to sanction
  the following ten individuals ...: A (party), B of the European Parliament, ...", "blacklisted A";
* a participle naming the sanctioned: "Others sanctioned are A, B and C", "the individuals
  designated on Monday – A and B";
* measures aimed at a list: "sanctions on A and B", "restrictive measures against ...", "an asset
  freeze on A", "countermeasures against A"; "Today's round of sanctions also targets companies
  such as A, B and C"; "the individuals ... in the Iranian list of sanctions include A, B";
  "placing 22 individuals from the EU on its sanctions list"; "A was hit with an asset freeze by B".

Each named target is its own fact; a group named only by its country ("seven Iranian individuals",
"22 individuals ... from the EU") gives the country as the overall target. Names no gazetteer
knows become actors of their own (a person where the model reads a person, else an organisation,
with its ``kind`` and ``country`` where the text says them).

The agent is the clause's subject or the "by" phrase; a person acting for a state sanctions as
that state (``announced_by`` keeps the person); without one it is the body issuing the document
(``agent_basis: "document"``) or, in a news text, whoever sanctioned last in it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from diplograph.graph.schema import NodeKind, RelType, make_id, slugify

from ..actors import ActorMention
from ..claims import Candidate, Target, _negated, _status, _supposed
from ..gazetteer import Entry, Gazetteer
from ..voice import ISSUING_BODY_WORDS
from . import registry

if TYPE_CHECKING:
    from ..claims import ClaimReader, SentenceContext

__all__ = ["read_sanctions"]

#: verbs whose object is the sanctioned
LISTING_VERBS = {"sanction", "designate", "blacklist"}
#: nouns of a measure aimed at someone ("sanctions on X", "an asset freeze on X")
MEASURE_NOUNS = {
    "sanction",
    "sanctions",
    "countermeasure",
    "countermeasures",
    "designation",
    "designations",
    "freeze",
    "ban",
    "embargo",
}
#: "restrictive measures", "punitive measures": measures only with such a qualifier
MEASURE_QUALIFIERS = {"restrictive", "punitive", "retaliatory", "coercive"}
#: a ban is a sanction only on entry or travel ("an entry ban on X", not "a ban on nuclear tests")
BAN_QUALIFIERS = {"entry", "travel", "visa"}
#: verbs that report a measure's imposing ("imposed the sanctions on X"), unlike those that name it
IMPOSING_VERBS = {
    "impose",
    "announce",
    "slap",
    "levy",
    "introduce",
    "adopt",
    "approve",
    "unveil",
    "renew",
    "extend",
    "expand",
    "tighten",
    "place",
    "apply",
    "issue",
    "take",
}
#: verbs whose subject is a measure and whose object its targets ("the round of sanctions targets X")
AIMING_VERBS = {"target", "hit", "cover", "affect"}
#: verbs whose object measure is not (yet) imposed by anyone: a threat, a call, a lifting
_NOT_IMPOSED = {
    "threaten",
    "lift",
    "ease",
    "remove",
    "waive",
    "suspend",
    "relax",
    "terminate",
    "end",
    "oppose",
    "condemn",
    "reject",
    "urge",
    "call",
    "seek",
    "avoid",
    "evade",
    "face",
}
#: words of the categories a designation puts someone in ("Specially Designated Global Terrorist")
_SANCTIONED_CATEGORIES = {
    "terrorist",
    "terrorists",
    "terror",
    "sanctioned",
    "kingpin",
    "trafficker",
    "traffickers",
    "sponsor",
    "proliferator",
    "sanctions",
}
#: verbs that back an act not yet done ("supports sanctioning X", "called for sanctions on X")
_BACKING_VERBS = {"support", "back", "propose", "urge", "call", "favor", "favour", "endorse", "advocate", "demand"}
#: what is frozen ("froze the assets of X")
_ASSETS = {"asset", "assets", "fund", "funds", "property", "properties", "holding", "holdings", "account", "accounts"}
#: words that end a list of targets: the legal basis, the reason, a clause about them
_STOPS = {
    "pursuant",
    "under",
    "for",
    "over",
    "because",
    "after",
    "since",
    "who",
    "which",
    "whose",
    "whom",
    "that",
    "respectively",
    "amid",
    "due",
    "citing",
    "as",
    "to",
    "by",
    "with",
}
#: nouns that name a sanctioned group by its country ("seven Iranian individuals", "entities from the EU")
GROUP_NOUNS = {
    "individual",
    "entity",
    "official",
    "organization",
    "organisation",
    "company",
    "person",
    "people",
    "firm",
    "bank",
    "businessman",
    "oligarch",
    "lawmaker",
    "officer",
    "unit",
    "member",
    "citizen",
}
#: a target's kind read from its name's head word (the graph contract's organisation kinds)
_ORG_KINDS = {
    "bank": "bank",
    "company": "company",
    "co": "company",
    "co.": "company",
    "corporation": "company",
    "corp": "company",
    "corp.": "company",
    "inc": "company",
    "inc.": "company",
    "ltd": "company",
    "ltd.": "company",
    "enterprise": "company",
    "group": "company",
    "ministry": "ministry",
    "agency": "agency",
    "division": "armed group",
    "brigade": "armed group",
    "militia": "armed group",
    "corps": "armed group",
    "army": "armed group",
    "forces": "armed group",
    "lender": "bank",
    "producer": "company",
    "manufacturer": "company",
    "exporter": "company",
    "operator": "company",
    "firm": "company",
    "broadcaster": "company",
    "insurer": "company",
    "airline": "company",
}
#: head words of an organisation's name ("Political and Security Committee of the Council of ...")
ORG_HEADS = {
    "committee",
    "subcommittee",
    "council",
    "institute",
    "foundation",
    "alliance",
    "division",
    "army",
    "bank",
    "office",
    "ministry",
    "department",
    "agency",
    "company",
    "corporation",
    "enterprise",
    "union",
    "party",
    "front",
    "movement",
    "organisation",
    "organization",
    "association",
    "center",
    "centre",
    "corps",
    "guard",
    "forces",
    "court",
    "parliament",
    "assembly",
    "commission",
    "authority",
    "service",
    "bureau",
    "group",
    "fund",
    "university",
    "academy",
    "brigade",
    "militia",
    "network",
    "industries",
}
#: lower-case words a proper name may carry inside it ("Alliance of <noun> Foundation")
_NAME_JOINERS = {"of", "for", "on", "and", "&", "the", "-", "al", "bin", "ibn", "de", "du", "van", "von"}


@registry.register("sanctions.acts.v1")
def read_sanctions(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    lemmas = {t.lemma_.lower() for t in ctx.sent} | {t.lower_ for t in ctx.sent}
    for c in found:
        if c.rel is RelType.SANCTIONS:
            owner = _measure_owner(reader, ctx, c.anchor)
            if owner is not None:
                c.source = owner  # "the proposal by X to extend UN sanctions": the sanctions are the UN's
            if c.source.kind in (NodeKind.PERSON, NodeKind.ORGANISATION):
                # the frames read "Blinken sanctioned X", "the Foreign Office sanctioned X": the state's act
                states, by = _as_states(reader, ctx, [c.source])
                if states and by:
                    c.source, c.attrs["announced_by"] = states[0], by
            if c.status is None:
                c.status = _proposed(c.anchor)
            ctx.discourse.last_sanctioner, ctx.discourse.last_sanction_date = c.source, ctx.date
    already = {(c.source.node_id, c.target.key) for c in found if c.rel is RelType.SANCTIONS}
    if not lemmas & (LISTING_VERBS | MEASURE_NOUNS | {"measure", "list"}):
        return
    out: list[Candidate] = []
    for tok in ctx.sent:
        if _supposed(tok):
            continue
        read = _read_at(reader, ctx, tok)
        if read is None:
            continue
        agents, region_start, status = read
        # no agent in the clause, none issuing the text: the last sanctioner's act goes on
        inherited = bool(agents) and agents[0] is ctx.discourse.last_sanctioner and ctx.discourse.voice.basis is None
        antecedent_date = ctx.discourse.last_sanction_date if inherited else None
        sources, announced_by = _as_states(reader, ctx, agents)
        if len(sources) == 1:
            # "The UK announced sanctions ...": the sanctioner
            ctx.discourse.last_sanctioner, ctx.discourse.last_sanction_date = sources[0], ctx.date
        targets = _targets(reader, ctx, region_start) if isinstance(region_start, Token) else region_start
        if not targets:
            continue
        for source in sources:
            for target in targets:
                key = (source.node_id, target.node_id)
                if target.node_id == source.node_id or key in already:
                    continue
                already.add(key)
                attrs: dict[str, object] = {}
                if announced_by:
                    attrs["announced_by"] = announced_by
                if antecedent_date:
                    attrs["antecedent_date"] = antecedent_date
                out.append(
                    Candidate(
                        rel=RelType.SANCTIONS,
                        source=source,
                        target=Target("actor", actor=target),
                        sent=ctx.sent,
                        anchor=tok,
                        extractor="sanctions.acts.v1",
                        status=status or _proposed(tok),
                        attrs=attrs,
                    )
                )
    yield from out


# -- the act and its agent -----------------------------------------------------------------------


def _read_at(
    reader: ClaimReader, ctx: SentenceContext, tok: Token
) -> tuple[list[ActorMention], Token | list[ActorMention], str | None] | None:
    """Whether ``tok`` states a sanction: its agents, the token its targets start after (or the
    targets themselves), its status."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in LISTING_VERBS and not _negated(tok):
        if tok.text[:1].isupper() and tok.i > ctx.sent.start:
            return None  # "a Specially Designated Narcotics Trafficker": part of a name
        if lemma == "designate" and not _designated_as_sanctioned(tok):
            return None  # "designated the third week of March as ...": a naming, no sanction
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
        if (
            tok.dep_ in ("acl", "amod", "relcl")
            or (tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children))
            or passive
        ):
            # "Others sanctioned are A, B", "the individuals designated on Monday – A and B"
            agents = _by_agents(reader, ctx, tok) or _fallback_agent(ctx)
            head = tok.head
            if head.dep_ == "nsubj" and head.head.lemma_ in ("be", "include") and head.head.i > tok.i:
                return agents, head.head, None
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if nxt is not None and nxt.lemma_ in ("be", "include"):
                return agents, nxt, None  # "Others sanctioned are A, B" (the parser's root "sanctioned")
            if passive:
                # "A, B and C were also sanctioned"; not "was designated Chair" (an appointment)
                patient = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                if patient is None or any(c.dep_ in ("oprd", "attr", "xcomp") for c in tok.children):
                    return None
                if patient.lower_ in ("who", "that", "which") and tok.dep_ == "relcl":
                    patient = tok.head
                region = [t for t in patient.subtree if t.i < tok.i and not _in_clause(t, patient)]
                return agents, _list_targets(reader, ctx, region), _status(tok)
            return agents, tok, None
        agents = _clause_agents(reader, ctx, tok)
        return (agents, tok, _status(tok)) if agents else None
    if tok.pos_ in ("NOUN", "PROPN") and _is_measure(tok):
        aim = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against")), None)
        if aim is None:  # "sanctions targeting seven Iranian individuals"
            aim = next((c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in AIMING_VERBS), None)
        if aim is None or tok.head.lemma_.lower() in _NOT_IMPOSED or _referred_to(tok):
            return None
        owners = reader.owners(tok, ctx)
        head = tok.head
        if not owners and tok.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
            if _negated(head):
                return None
            owners = _clause_agents(reader, ctx, head)
            if not owners and _has_subject(head):
                return None  # "Over 30 countries have announced sanctions": someone this text does not name
        status = _status(head) if tok.dep_ == "dobj" and head.pos_ == "VERB" else None
        if status is None and tok.dep_ == "dobj" and head.lemma_.lower() == "announce":
            status = "announced"
        return (owners or _fallback_agent(ctx)), aim, status
    if tok.pos_ == "VERB" and lemma in ("freeze", "block") and not _negated(tok):
        # "froze the assets of X", "froze X's assets"
        assets = next(
            (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _ASSETS), None
        )
        if assets is None:
            return None
        agents = _by_agents(reader, ctx, tok) or _clause_agents(reader, ctx, tok) or _fallback_agent(ctx)
        owner = next((c for c in assets.children if c.dep_ == "poss"), None)
        if owner is not None:
            item = [t for t in owner.subtree if t.dep_ != "case"]
            target = _item_target(reader, ctx, item)
            return agents, ([target] if target else []), _status(tok)
        of = next((c for c in assets.children if c.dep_ == "prep" and c.lower_ in ("of", "belonging")), None)
        return (agents, of, _status(tok)) if of is not None else None
    if tok.pos_ == "VERB" and lemma in ("ban", "bar") and not _negated(tok):
        # "banned X from entering the country"
        entering = [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for p in c.children
            if p.lemma_.lower() in ("enter", "travel", "visit")
        ]
        if not entering:
            return None
        passive = any(c.dep_ == "nsubjpass" for c in tok.children)
        if passive:
            patient = next(c for c in tok.children if c.dep_ == "nsubjpass")
            target = _item_target(reader, ctx, list(patient.subtree))
            agents = _by_agents(reader, ctx, tok) or _fallback_agent(ctx)
            return agents, ([target] if target else []), _status(tok)
        return _clause_agents(reader, ctx, tok), tok, _status(tok)
    if tok.pos_ == "VERB" and lemma == "hit" and any(c.dep_ == "nsubjpass" for c in tok.children):
        # "<company> was hit with an asset freeze by X"
        withs = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children]
        if not any(_is_measure(p) for p in withs) or _negated(tok):
            return None
        patient = next(c for c in tok.children if c.dep_ == "nsubjpass")
        item = [t for t in patient.subtree if t.dep_ not in ("relcl",)]
        target = _item_target(reader, ctx, item)
        by = [
            a
            for p in withs
            for b in p.children
            if b.dep_ == "prep" and b.lower_ == "by"
            for o in b.children
            for a in reader.denote(o, ctx)
        ]
        return (_by_agents(reader, ctx, tok) or by or _fallback_agent(ctx)), ([target] if target else []), None
    if tok.lemma_.lower() == "list" and tok.dep_ == "pobj" and _sanctions_list(tok):
        on = tok.head
        verb = on.head
        if on.lower_ not in ("on", "to") or verb.pos_ not in ("VERB", "AUX") or _negated(verb):
            return None
        agents = reader.owners(tok, ctx) or _clause_agents(reader, ctx, verb) if verb.lemma_ != "be" else []
        if verb.lemma_.lower() in ("place", "put", "add", "include"):
            return (agents or _fallback_agent(ctx)), verb, _status(verb)
        if verb.lemma_ == "be":  # "P, who is also on the sanctions list"
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None:
                return None
            if subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
                subject = verb.head
            target = ctx.by_token.get(subject.i)
            if target is None:
                item = [t for t in subject.subtree if t.i <= subject.i]
                target = _item_target(reader, ctx, item)
            return (reader.owners(tok, ctx) or _fallback_agent(ctx)), ([target] if target else []), None
        return None
    if tok.pos_ == "VERB" and lemma in AIMING_VERBS and not _negated(tok):
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None or not any(
            _is_measure(t) or t.lemma_.lower() in ("decision", "listing") for t in subject.subtree
        ):
            return None
        measure = next((t for t in subject.subtree if _is_measure(t)), subject)
        return (reader.owners(measure, ctx) or _fallback_agent(ctx)), tok, None
    if tok.pos_ == "VERB" and lemma == "include":
        # "The individuals ... in the Iranian list of sanctions include A, B"
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        lists = [t for t in subject.subtree if t.lemma_.lower() == "list"] if subject is not None else []
        if not lists or not any(t.lemma_.lower() == "sanction" for t in subject.subtree):
            return None
        return (reader.owners(lists[0], ctx) or _fallback_agent(ctx)), tok, None
    return None


def _measure_owner(reader: ClaimReader, ctx: SentenceContext, verb: Token) -> ActorMention | None:
    """The body a verb's object measure names as its own ("extend UN sanctions"), if any."""
    for c in verb.children:
        if c.dep_ == "dobj" and _is_measure(c):
            owners = [
                m
                for t in c.children
                if t.dep_ == "compound" and (m := ctx.by_token.get(t.i)) is not None and not m.is_adjective
            ]
            if owners:
                return owners[0]
    return None


def _designated_as_sanctioned(v: Token) -> bool:
    """ "designate X as a Foreign Terrorist Organization" is a sanction, "designate X as a national
    monument" is not; a designation with no "as" is one in sanctions texts ("We are designating X")."""
    # the parser may hang "as" on the object ("designated cancer institutes in Japan, and India as ...")
    after = [t for t in v.subtree if t.i > v.i]
    as_ = next((t for t in after if t.lower_ == "as" and t.dep_ == "prep"), None)
    if as_ is None:
        return True
    words = {t.lower_ for t in as_.subtree}
    return bool(words & _SANCTIONED_CATEGORIES)


def _referred_to(measure: Token) -> bool:
    """ "have not violated the sanctions against Russia imposed by X": measures in force named in
    passing, whose imposing the clause does not report (nor date)."""
    if measure.dep_ not in ("dobj", "pobj") or not any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those", "such") for c in measure.children
    ):
        return False
    verb = measure.head if measure.dep_ == "dobj" else measure.head.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in IMPOSING_VERBS


def _proposed(anchor: Token) -> str | None:
    """ "the G7 now supports ... sanctioning key Russian leaders": backed, not (yet) done."""
    t = anchor
    for _ in range(4):
        if t.dep_ not in ("conj", "xcomp", "pcomp", "dobj", "pobj", "prep", "advcl") or t.head == t:
            return None
        t = t.head
        if t.dep_ == "prep" and t.lower_ in ("by", "through", "via", "with"):
            return None  # "supports Ukraine by sanctioning Russia": the means, done
        if t.pos_ == "VERB" and t.lemma_.lower() in _BACKING_VERBS:
            return "proposed"
    return None


def _has_subject(v: Token) -> bool:
    """Whether a clause names its agent (even one no actor mention stands for)."""
    while v.dep_ in ("xcomp", "conj") and v.head != v and not any(c.dep_ == "nsubj" for c in v.children):
        v = v.head
    return any(c.dep_ in ("nsubj", "agent") for c in v.children)


def _sanctions_list(tok: Token) -> bool:
    """ "its sanctions list", "the sanctions list", "the list of sanctions"."""
    return any(t.lemma_.lower() == "sanction" for t in tok.subtree)


def _is_measure(tok: Token) -> bool:
    lemma, word = tok.lemma_.lower(), tok.lower_
    if lemma not in MEASURE_NOUNS and word not in MEASURE_NOUNS and lemma != "measure":
        return False
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
    if lemma == "measure":
        return bool(mods & MEASURE_QUALIFIERS)
    if lemma == "ban":
        return bool(mods & BAN_QUALIFIERS)
    if lemma == "freeze":
        return bool(mods & {"asset", "assets"})
    return True


def _clause_agents(reader: ClaimReader, ctx: SentenceContext, v: Token) -> list[ActorMention]:
    subjects = [c for c in v.children if c.dep_ == "nsubj"]
    if not subjects and v.dep_ in ("xcomp", "conj") and v.head != v:
        subjects = [c for c in v.head.children if c.dep_ == "nsubj"]
    if subjects and all(_names_issuer(s, ctx) for s in subjects):
        return [ctx.discourse.voice.state]  # type: ignore[list-item]
    agents = reader.subjects(v, ctx)[0]
    return [a for a in agents if not a.is_adjective or a.kind is NodeKind.STATE]


def _names_issuer(subject: Token, ctx: SentenceContext) -> bool:
    """ "The Council decided ..." in the Council's own press release: the issuing body."""
    voice = ctx.discourse.voice
    if voice.basis != "document" or voice.state is None:
        return False
    return (
        subject.lemma_.lower() in ISSUING_BODY_WORDS
        and any(c.lower_ == "the" for c in subject.children)
        and not any(c.dep_ in ("compound", "amod", "poss", "prep") for c in subject.children)
    )


def _by_agents(reader: ClaimReader, ctx: SentenceContext, v: Token) -> list[ActorMention]:
    return [
        a
        for c in v.children
        if c.dep_ == "agent"
        for p in c.children
        if p.dep_ == "pobj"
        for a in reader.denote(p, ctx)
    ]


def _fallback_agent(ctx: SentenceContext) -> list[ActorMention]:
    """No agent in the clause: the body issuing the text, else whoever sanctioned last in it."""
    voice = ctx.discourse.voice
    if voice.basis == "document" and voice.state is not None:
        return [voice.state]
    last = ctx.discourse.last_sanctioner
    return [last] if last is not None else []


def _as_states(
    reader: ClaimReader, ctx: SentenceContext, agents: list[ActorMention]
) -> tuple[list[ActorMention], str | None]:
    """A person sanctions for the state whose office they hold ("Blinken sanctioned X": the US)."""
    out: list[ActorMention] = []
    announced_by = None
    for a in agents:
        if a.kind is NodeKind.PERSON:
            state = reader._state_of_person(a, ctx.date)
            if state is None:
                continue
            announced_by = a.name
            a = state
        elif a.kind is NodeKind.ORGANISATION:
            state = _government_of(reader, a)
            if state is not None:
                announced_by, a = a.name, state
        if all(o.node_id != a.node_id for o in out):
            out.append(a)
    return out, announced_by


def _government_of(reader: ClaimReader, body: ActorMention) -> ActorMention | None:
    """The state a government body belongs to: its department or office sanctions for it. The
    gazetteer names a state's own bodies org:<state slug>-<body> (organisations.yaml), and an office
    within one (OFAC in the Treasury) has it as parent."""
    entry = reader.gaz.get(body.node_id)
    for _ in range(3):
        if entry is None or entry.properties.get("kind") != "government-body":
            return None
        slug = entry.id.split(":", 1)[1]
        state = next(
            (e for prefix, e in _state_prefixes(reader.gaz) if slug.startswith(prefix + "-")),
            None,
        )
        if state is not None:
            return ActorMention(
                body.start,
                body.end,
                body.tok_start,
                body.tok_end,
                state.id,
                state.kind,
                state.name,
                body.surface,
                "office",
            )
        parent = entry.properties.get("parent")
        entry = reader.gaz.get(str(parent)) if parent else None
    return None


@lru_cache(maxsize=4)
def _state_prefixes(gaz: Gazetteer) -> tuple[tuple[str, Entry], ...]:
    """The id slugs of states' short names ("united-states", "china", "united-kingdom"), longest first."""
    out = [(slugify(e.name), e) for e in gaz.entries(NodeKind.STATE)]
    return tuple(sorted(out, key=lambda p: -len(p[0])))


# -- the targets ---------------------------------------------------------------------------------


def _targets(reader: ClaimReader, ctx: SentenceContext, after: Token) -> list[ActorMention]:
    """The actors a list after ``after`` names, one per item."""
    sent = ctx.sent
    start = after.i + 1
    colon = next((t for t in sent if t.i > after.i and t.text == ":"), None)
    if colon is not None and any(
        t.lower_ in ("following", "these", "follows") for t in sent[start - sent.start : colon.i - sent.start]
    ):
        start = colon.i + 1  # "sanction the following ten individuals ...: A, B, C"
    region: list[Token] = []
    resume = -1
    for t in sent[start - sent.start :]:
        if t.i < resume:
            continue
        named = t.i in ctx.by_token or t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG")
        clause = t.pos_ in ("VERB", "AUX") and t.dep_ not in ("pobj", "dobj", "compound", "amod", "nsubj")
        if t.lower_ == "including":
            clause = False  # "..., including units of the IRGC": more of the list
        if not named and (t.lower_ in _STOPS or clause or t.text in (";", ".")):
            prev = region[-1].lower_ if region else ""
            if t.lower_ == "as" and t.i + 2 < len(t.doc) and t.doc[t.i + 1].lower_ == "well":
                region.append(t)  # "as well as" continues the list
                continue
            if (t.lower_ in ("well", "as") and prev in ("as", "well")) or (t.lower_, prev) in (
                ("with", "along"),
                ("as", "such"),
            ):
                region.append(t)  # "along with", "such as"
                continue
            # "designating A pursuant to E.O. 13894, as well as B": the list goes on past the basis
            more = _more_of_list(t, sent)
            if more is None:
                break
            region.append(t.doc[more - 1])  # a comma that ends the item before
            resume = more
            continue
        region.append(t)
    return _list_targets(reader, ctx, region)


def _in_clause(t: Token, noun: Token) -> bool:
    """Whether ``t`` sits in a clause that modifies ``noun`` ("X, who ...")."""
    return any(
        a.dep_ in ("relcl", "acl") and a.i > noun.i for a in t.ancestors if a.i != noun.i and noun in a.ancestors
    )


def _list_targets(reader: ClaimReader, ctx: SentenceContext, region: list[Token]) -> list[ActorMention]:
    """One target per item of a list's tokens."""
    if not region:
        return []
    sent = ctx.sent
    out: list[ActorMention] = []
    titled = _title_cased(sent)
    pending: list[Token] | None = None
    for item in _items(region, ctx):
        target = _item_target(reader, ctx, item)
        if titled and target is not None and (target.via == "model" and target.kind is not NodeKind.PERSON):
            continue  # "Sanctions On Relevant X Entities And Personnel": every word looks like a name
        if target is None and _is_description(item, ctx):
            if out and _describable(out[-1]) and out[-1].tok_end <= item[0].i:
                # "Sberbank, the country's largest lender": the apposition says what it is
                out[-1] = _with_description(out[-1], item, ctx)
            else:
                pending = item  # "Russia's largest lender, Sberbank": said before the name
            continue
        if target is not None and pending is not None and _describable(target):
            target = _with_description(target, pending, ctx)
        pending = None
        if target is not None and all(o.node_id != target.node_id for o in out):
            out.append(target)
    return out


def _title_cased(sent: Span) -> bool:
    """A headline in title case, where capitals no longer mark names."""
    if any(t.pos_ in ("ADP", "CCONJ") and t.is_title and t.i > sent.start for t in sent):
        return True  # "Sanctions On Relevant X Entities And Personnel"
    words = [t for t in sent if t.pos_ in ("NOUN", "VERB", "ADJ")]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def _kind_of(item: list[Token]) -> str | None:
    return next((_ORG_KINDS[t.lower_] for t in reversed(item) if t.lower_ in _ORG_KINDS and t.pos_ == "NOUN"), None)


def _is_description(item: list[Token], ctx: SentenceContext) -> bool:
    """Common nouns naming a kind of organisation, with at most a state as possessor or demonym
    ("Belarus’s main potash producer", "the country's largest lender")."""
    if _kind_of(item) is None:
        return False
    for t in item:
        m = ctx.by_token.get(t.i)
        if t.text[:1].isupper() and t.pos_ != "DET" and not (m is not None and m.kind is NodeKind.STATE):
            return False
    return True


def _describable(target: ActorMention) -> bool:
    return target.kind is NodeKind.ORGANISATION and target.via == "model" and "kind" not in target.properties


def _with_description(target: ActorMention, item: list[Token], ctx: SentenceContext) -> ActorMention:
    properties = {**target.properties, "kind": _kind_of(item)}
    state = next((m for t in item if (m := ctx.by_token.get(t.i)) is not None and m.kind is NodeKind.STATE), None)
    if state is not None:
        properties.setdefault("country", state.node_id)
    return replace(target, properties=properties)


def _more_of_list(stop: Token, sent: Span) -> int | None:
    """Where an "as well as" / "along with" later in the clause resumes a list a stop word broke."""
    for t in sent[stop.i + 1 - sent.start :]:
        if (t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "relcl", "ccomp", "advcl")) or t.text in (";", "."):
            return None
        if t.lower_ == "as" and t.i + 2 < len(t.doc) and [x.lower_ for x in t.doc[t.i + 1 : t.i + 3]] == ["well", "as"]:
            return t.i
    return None


def _items(region: list[Token], ctx: SentenceContext) -> Iterable[list[Token]]:
    """The items of a list: split at commas, dashes, "as well as", "along with", "including" and at an
    "and" after a name (not "Political and Security Committee", nor inside a known name)."""
    item: list[Token] = []
    depth = 0
    skip = 0
    for t in region:
        if skip:
            skip -= 1
            continue
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        in_name = t.i in ctx.by_token and ctx.by_token[t.i].tok_start < t.i < ctx.by_token[t.i].tok_end - 0
        split = (
            depth == 0
            and not in_name
            and (
                (t.text in (",", "–", "—", "-") and not (t.text == "-" and t.whitespace_ == ""))
                or t.lower_ in ("including", "plus")
                or (t.lower_ == "as" and item and item[-1].lower_ == "such")
                or (t.lower_ == "and" and _names_something(item, ctx) and not _inside_name(t, ctx))
            )
        )
        if t.lower_ == "as" and t.i + 2 < len(t.doc) and t.doc[t.i + 1].lower_ == "well" and depth == 0:
            split, skip = True, 2
        if t.lower_ == "along" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "with" and depth == 0:
            split, skip = True, 1
        if split:
            if item:
                yield item
            item = []
            continue
        item.append(t)
    if item:
        yield item


def _inside_name(t: Token, ctx: SentenceContext) -> bool:
    """ "Political and Security Committee": an "and" between capitalised words of one name."""
    doc = t.doc
    if t.i == 0 or t.i + 1 >= len(doc):
        return False
    prev, nxt = doc[t.i - 1], doc[t.i + 1]
    if not (prev.text[:1].isupper() and nxt.text[:1].isupper()):
        return False
    if prev.i in ctx.by_token or prev.ent_type_ == "PERSON":
        return False  # "P and <demonym> militia ...": two names
    # the model's one entity over the "and", or a capitalised adjective before it ("Economic and Social")
    return (t.ent_iob_ == "I" and t.ent_type_ != "PERSON") or prev.pos_ == "ADJ" or prev.dep_ == "amod"


def _names_something(item: list[Token], ctx: SentenceContext) -> bool:
    return any(
        (t.i in ctx.by_token and not ctx.by_token[t.i].is_adjective) or t.pos_ == "PROPN" or t.pos_ == "NOUN"
        for t in item
    ) and not (item and item[-1].pos_ == "ADJ")


def _after_preposition(tok: Token, item: list[Token]) -> bool:
    """Whether a name sits in a phrase after a preposition ("of the European Parliament")."""
    i = tok.i - 1
    first = item[0].i
    while i >= first and tok.doc[i].pos_ in ("DET", "PRON") and tok.doc[i].lower_ not in ("who", "which"):
        i -= 1
    return i >= first and tok.doc[i].pos_ == "ADP"


def _item_target(reader: ClaimReader, ctx: SentenceContext, item: list[Token]) -> ActorMention | None:
    mentions: list[ActorMention] = []
    for t in item:
        m = ctx.by_token.get(t.i)
        if m is not None and m.tok_start == t.i and all(x is not m for x in mentions):
            mentions.append(m)
    doc = item[0].doc
    free = [
        m
        for m in mentions
        if not _after_preposition(doc[m.tok_start], item) and not m.is_adjective and not _modifier(doc, m)
    ]
    people = [m for m in free if m.kind is NodeKind.PERSON]
    if people:
        return people[0]
    name = _name_run(item, ctx)
    if name is not None and not _after_preposition(name[0], item):
        known = [m for m in free if m.tok_start == name[0].i]
        if known and known[0].tok_end >= name[-1].i + 1:
            return _described(ctx, item, known[0])
        return _new_actor(ctx, item, name)
    if free:
        return _described(ctx, item, free[0])
    # "seven Iranian individuals", "22 individuals and three entities from the EU": their country
    heads = [
        t
        for t in item
        if t.pos_ == "NOUN"
        and t.lemma_.lower() in GROUP_NOUNS
        and (t.tag_ == "NNS" or any(c.dep_ == "nummod" for c in t.children))
    ]
    for m in mentions if heads else []:
        before = doc[m.tok_start - 1] if m.tok_start else None
        while before is not None and before.pos_ == "DET" and before.i > item[0].i:
            before = doc[before.i - 1]
        if m.kind is NodeKind.STATE and m.is_adjective and m.tok_end < len(doc) and doc[m.tok_end] in heads:
            return m  # "seven Iranian individuals"
        if m.is_adjective or before is None:
            continue
        if before.lower_ == "from" or (before.lower_ == "of" and before.i > 0 and doc[before.i - 1] in heads):
            return m  # "entities from the EU", "units of the IRGC"
    for head in heads:
        # "units of the <name> Corps": a body the model reads, named after "of"
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        body = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if body is not None and body.ent_type_ == "ORG" and body.i not in ctx.by_token:
            run = _name_run([t for t in item if t.i > of.i], ctx)
            if run is not None and body in run:
                return _new_actor(ctx, item, run)
    return None


def _modifier(doc: Doc, m: ActorMention) -> bool:
    """A name that modifies a noun after it: "the Lukashenko regime", "Belarus's main potash producer"."""
    return _modifies(doc, m.tok_end)


def _modifies(doc: Doc, end: int) -> bool:
    """Whether the name ending before ``end`` modifies the noun after it (possessor or compound)."""
    if end >= len(doc):
        return False
    last, nxt = doc[end - 1], doc[end]
    if nxt.text in ("’s", "'s"):
        return True
    lower = nxt.text[:1].islower() or nxt.lemma_.lower() in GROUP_NOUNS  # "the EU Entities" in a headline
    return last.dep_ in ("compound", "poss", "nmod", "amod") and last.head.i >= end and lower


def _name_run(item: list[Token], ctx: SentenceContext) -> list[Token] | None:
    """The proper name an item starts with, when no actor mention covers it: capitalised words and
    the joiners inside a name, up to a place ("in Germany"), a parenthesis or the item's end."""
    tokens = [t for t in item if t.pos_ != "DET"]
    start = next((i for i, t in enumerate(tokens) if t.text[:1].isupper() and not _descriptor(t, ctx)), None)
    if start is None:
        return None
    run: list[Token] = []
    for t in tokens[start:]:
        if t.text == "(" or (t.lower_ == "in" and t.i + 1 in ctx.by_token) or t.ent_type_ in ("DATE", "TIME"):
            break
        hyphenated = t.i > 0 and t.doc[t.i - 1].text == "-" and not t.doc[t.i - 1].whitespace_
        if t.lower_ == "of" and not any(r.lower_ in ORG_HEADS for r in run):
            break  # "P of the <demonym> Parliament": a person and their affiliation
        if t.text[:1].isupper() or hyphenated or t.lower_ in _NAME_JOINERS or t.text in (".", "’s", "'s"):
            run.append(t)
            continue
        break
    if run and run[-1].text in ("’s", "'s"):
        return None  # "Belarus’s main potash producer": the name is a possessor
    while run and run[-1].lower_ in _NAME_JOINERS:
        run.pop()
    if run and _modifies(run[0].doc, run[-1].i + 1):
        return None
    content = [t for t in run if t.is_alpha and len(t.text) >= 3 and t.text[:1].isupper()]
    if not content:
        return None
    # a lone capitalised word is a name only where the model reads one ("Belaruskali" as ORG)
    if len(content) == 1 and not (
        content[0].pos_ == "PROPN" and content[0].ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "CARDINAL")
    ):
        return None
    return run


def _descriptor(t: Token, ctx: SentenceContext) -> bool:
    """A demonym describing the name after it ("Iranian militia X", "German scholar Y"), unlike
    one that begins the name ("<demonym> Potash Co.")."""
    m = ctx.by_token.get(t.i)
    if m is None or not m.is_adjective:
        return False
    nxt = t.doc[m.tok_end] if m.tok_end < len(t.doc) else None
    return nxt is None or not nxt.text[:1].isupper() or t.ent_type_ not in ("ORG", "FAC", "PRODUCT")


def _new_actor(ctx: SentenceContext, item: list[Token], run: list[Token]) -> ActorMention | None:
    doc = run[0].doc
    span = doc[run[0].i : run[-1].i + 1]
    if any(t.i in ctx.by_token and ctx.by_token[t.i].kind is NodeKind.PERSON for t in span):
        return None
    text = span.text
    org_words = any(t.lower_ in ORG_HEADS or t.lower_ in _ORG_KINDS for t in span)
    names = [t for t in span if t.text[:1].isupper()]
    # a person where the model reads one, or several name words with no organisation's word in them
    # (a single word is an organisation's name: "Gazprombank", "Belaruskali"; people get two)
    person = (
        not org_words
        and len(names) >= 2
        and (any(t.ent_type_ == "PERSON" for t in span) or not any(t.ent_type_ == "ORG" for t in span))
    )
    kind = NodeKind.PERSON if person else NodeKind.ORGANISATION
    properties = _properties(ctx, item, span, organisation=not person)
    offset = doc.user_data.get("offset", 0)
    return ActorMention(
        start=offset + span.start_char,
        end=offset + span.end_char,
        tok_start=span.start,
        tok_end=span.end,
        node_id=make_id(kind, text),
        kind=kind,
        name=text,
        surface=text,
        via="model",
        properties=properties,
    )


def _properties(ctx: SentenceContext, item: list[Token], span: Span, *, organisation: bool) -> dict[str, object]:
    """What the text says of a target: an organisation's kind ("company", "bank") and its country."""
    properties: dict[str, object] = {}
    if organisation:
        head_words = [t.lower_ for t in span] + [t.lower_ for t in item if t.i < span.start]
        org_kind = next((_ORG_KINDS[w] for w in reversed(head_words) if w in _ORG_KINDS), None)
        if org_kind:
            properties["kind"] = org_kind
    country = _country(ctx, item, span.end)
    if country is not None:
        properties["country"] = country
    return properties


def _described(ctx: SentenceContext, item: list[Token], m: ActorMention) -> ActorMention:
    """A model's organisation the gazetteer does not know, with what the list item says of it."""
    if m.via != "model" or m.kind is not NodeKind.ORGANISATION or m.properties:
        return m
    span = item[0].doc[m.tok_start : m.tok_end]
    return replace(m, properties=_properties(ctx, item, span, organisation=True))


def _country(ctx: SentenceContext, item: list[Token], after: int) -> str | None:
    """The state an item places its target in: "in Germany" after it, "Iranian militia" before it."""
    for t in item:
        m = ctx.by_token.get(t.i)
        if m is None or m.kind is not NodeKind.STATE:
            continue
        if m.tok_start == after + 1 and t.doc[after].lower_ in ("in", "of", "from"):
            return m.node_id
        if m.is_adjective and m.tok_end <= item[0].i + 3 and m.tok_end <= after:
            return m.node_id
    return None
