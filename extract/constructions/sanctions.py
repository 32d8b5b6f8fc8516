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

from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from diplograph.graph.schema import NodeKind, RelType, slugify

from ..actors import ActorMention
from ..gazetteer import Entry, Gazetteer
from ..grammar.clause import is_negated, is_supposed, modality
from ..grammar.types import Candidate, Target
from ..voice import ISSUING_BODY_WORDS
from . import registry
from .listed_targets import in_clause, item_target, list_targets, targets_after

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


@registry.register("sanctions.acts.v1")
def read_sanctions(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """The sanctions the sentence states in any of the shapes below, each named target its own
    claim; the frames' own sanctions get their owner, state and status first."""
    lemmas = {t.lemma_.lower() for t in ctx.tokens} | {t.lower_ for t in ctx.tokens}
    _settle_frame_sanctions(reader, ctx, found)
    already = {(c.source.node_id, c.target.key) for c in found if c.rel is RelType.SANCTIONS}
    if not lemmas & (LISTING_VERBS | MEASURE_NOUNS | {"measure", "list"}):
        return
    out: list[Candidate] = []
    for tok in ctx.tokens:
        if is_supposed(tok):
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
        targets = targets_after(reader, ctx, region_start) if isinstance(region_start, Token) else region_start
        attrs: dict[str, object] = {}
        if announced_by:
            attrs["announced_by"] = announced_by
        if antecedent_date:
            attrs["antecedent_date"] = antecedent_date
        for source in sources:
            for target in targets:
                key = (source.node_id, target.node_id)
                if target.node_id == source.node_id or key in already:
                    continue
                already.add(key)
                out.append(_sanction(ctx, tok, source, target, status or _proposed(tok), dict(attrs)))
    yield from out


def _settle_frame_sanctions(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> None:
    """The frames read "X imposed sanctions on Y" and "P sanctioned Y": the measure's owner is the
    agent ("the proposal by X to extend UN sanctions": the UN's), a person or ministry acts for
    its state, and what is only backed is proposed; the sanctioner is remembered."""
    for c in found:
        if c.rel is not RelType.SANCTIONS:
            continue
        owner = _measure_owner(reader, ctx, c.anchor)
        if owner is not None:
            c.source = owner
        if c.source.kind in (NodeKind.PERSON, NodeKind.ORGANISATION):
            states, by = _as_states(reader, ctx, [c.source])
            if states and by:
                c.source, c.attrs["announced_by"] = states[0], by
        if c.status is None:
            c.status = _proposed(c.anchor)
        ctx.discourse.last_sanctioner, ctx.discourse.last_sanction_date = c.source, ctx.date


def _sanction(
    ctx: SentenceContext, tok: Token, source: ActorMention, target: ActorMention, status: str | None, attrs: dict
) -> Candidate:
    return Candidate(
        rel=RelType.SANCTIONS,
        source=source,
        target=Target("actor", actor=target),
        sent=ctx.sent,
        anchor=tok,
        extractor="sanctions.acts.v1",
        status=status,
        attrs=attrs,
    )


# -- the act and its agent -----------------------------------------------------------------------


#: what a sanction's reading gives: its agents, the token its targets start after (or the targets
#: themselves), its status
_Reading = tuple[list[ActorMention], "Token | list[ActorMention]", str | None]


def _read_at(reader: ClaimReader, ctx: SentenceContext, tok: Token) -> _Reading | None:
    """Whether ``tok`` states a sanction: its agents, the token its targets start after (or the
    targets themselves), its status. The first shape whose trigger ``tok`` is reads it."""
    lemma = tok.lemma_.lower()
    for triggered, read in _SHAPES:
        if triggered(tok, lemma):
            return read(reader, ctx, tok, lemma)
    return None


def _listing(reader: ClaimReader, ctx: SentenceContext, tok: Token, lemma: str) -> _Reading | None:
    """Verbs of listing: "We are designating A, B", "Others sanctioned are A, B", "A, B and C were
    also sanctioned", "the individuals designated on Monday – A and B"."""
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
            region = [t for t in patient.subtree if t.i < tok.i and not in_clause(t, patient)]
            return agents, list_targets(reader, ctx, region), modality(tok)
        return agents, tok, None
    agents = _clause_agents(reader, ctx, tok)
    return (agents, tok, modality(tok)) if agents else None


def _aimed_measure(reader: ClaimReader, ctx: SentenceContext, tok: Token, lemma: str) -> _Reading | None:
    """A measure aimed at its targets: "sanctions on A and B", "restrictive measures against B",
    "sanctions targeting seven <demonym> individuals"."""
    aim = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against")), None)
    if aim is None:  # "sanctions targeting seven Iranian individuals"
        aim = next((c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in AIMING_VERBS), None)
    if aim is None or tok.head.lemma_.lower() in _NOT_IMPOSED or _referred_to(tok):
        return None
    owners = reader.owners(tok, ctx)
    head = tok.head
    if not owners and tok.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        if is_negated(head):
            return None
        owners = _clause_agents(reader, ctx, head)
        if not owners and _has_subject(head):
            return None  # "Over 30 countries have announced sanctions": someone this text does not name
    status = modality(head) if tok.dep_ == "dobj" and head.pos_ == "VERB" else None
    if status is None and tok.dep_ == "dobj" and head.lemma_.lower() == "announce":
        status = "announced"
    return (owners or _fallback_agent(ctx)), aim, status


def _frozen(reader: ClaimReader, ctx: SentenceContext, tok: Token, lemma: str) -> _Reading | None:
    """ "froze the assets of X", "froze X's assets"."""
    # "froze the assets of X", "froze X's assets"
    assets = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _ASSETS), None)
    if assets is None:
        return None
    agents = _by_agents(reader, ctx, tok) or _clause_agents(reader, ctx, tok) or _fallback_agent(ctx)
    owner = next((c for c in assets.children if c.dep_ == "poss"), None)
    if owner is not None:
        item = [t for t in owner.subtree if t.dep_ != "case"]
        target = item_target(reader, ctx, item)
        return agents, ([target] if target else []), modality(tok)
    of = next((c for c in assets.children if c.dep_ == "prep" and c.lower_ in ("of", "belonging")), None)
    return (agents, of, modality(tok)) if of is not None else None


def _banned(reader: ClaimReader, ctx: SentenceContext, tok: Token, lemma: str) -> _Reading | None:
    """ "banned X from entering the country", "X was barred from entering"."""
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
        target = item_target(reader, ctx, list(patient.subtree))
        agents = _by_agents(reader, ctx, tok) or _fallback_agent(ctx)
        return agents, ([target] if target else []), modality(tok)
    return _clause_agents(reader, ctx, tok), tok, modality(tok)


def _hit(reader: ClaimReader, ctx: SentenceContext, tok: Token, lemma: str) -> _Reading | None:
    """ "<company> was hit with an asset freeze by X"."""
    # "<company> was hit with an asset freeze by X"
    withs = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children]
    if not any(_is_measure(p) for p in withs) or is_negated(tok):
        return None
    patient = next(c for c in tok.children if c.dep_ == "nsubjpass")
    item = [t for t in patient.subtree if t.dep_ not in ("relcl",)]
    target = item_target(reader, ctx, item)
    by = [
        a
        for p in withs
        for b in p.children
        if b.dep_ == "prep" and b.lower_ == "by"
        for o in b.children
        for a in reader.denote(o, ctx)
    ]
    return (_by_agents(reader, ctx, tok) or by or _fallback_agent(ctx)), ([target] if target else []), None


def _listed_on(reader: ClaimReader, ctx: SentenceContext, tok: Token, lemma: str) -> _Reading | None:
    """ "placed A on its sanctions list", "P, who is also on the sanctions list"."""
    on = tok.head
    verb = on.head
    if on.lower_ not in ("on", "to") or verb.pos_ not in ("VERB", "AUX") or is_negated(verb):
        return None
    agents = reader.owners(tok, ctx) or _clause_agents(reader, ctx, verb) if verb.lemma_ != "be" else []
    if verb.lemma_.lower() in ("place", "put", "add", "include"):
        return (agents or _fallback_agent(ctx)), verb, modality(verb)
    if verb.lemma_ == "be":  # "P, who is also on the sanctions list"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        if subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
            subject = verb.head
        target = ctx.by_token.get(subject.i)
        if target is None:
            item = [t for t in subject.subtree if t.i <= subject.i]
            target = item_target(reader, ctx, item)
        return (reader.owners(tok, ctx) or _fallback_agent(ctx)), ([target] if target else []), None
    return None


def _aiming_verb(reader: ClaimReader, ctx: SentenceContext, tok: Token, lemma: str) -> _Reading | None:
    """ "The sanctions target A and B", "the listing covers A"."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(
        _is_measure(t) or t.lemma_.lower() in ("decision", "listing") for t in subject.subtree
    ):
        return None
    measure = next((t for t in subject.subtree if _is_measure(t)), subject)
    return (reader.owners(measure, ctx) or _fallback_agent(ctx)), tok, None


def _included(reader: ClaimReader, ctx: SentenceContext, tok: Token, lemma: str) -> _Reading | None:
    """ "The individuals ... in the <state> list of sanctions include A, B"."""
    # "The individuals ... in the Iranian list of sanctions include A, B"
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    lists = [t for t in subject.subtree if t.lemma_.lower() == "list"] if subject is not None else []
    if not lists or not any(t.lemma_.lower() == "sanction" for t in subject.subtree):
        return None
    return (reader.owners(lists[0], ctx) or _fallback_agent(ctx)), tok, None


#: the shapes a sanction takes, each with the trigger a token must be to read it
_SHAPES: tuple[tuple[Callable[[Token, str], bool], Callable[..., _Reading | None]], ...] = (
    (lambda tok, lemma: tok.pos_ == "VERB" and lemma in LISTING_VERBS and not is_negated(tok), _listing),
    (lambda tok, lemma: tok.pos_ in ("NOUN", "PROPN") and _is_measure(tok), _aimed_measure),
    (lambda tok, lemma: tok.pos_ == "VERB" and lemma in ("freeze", "block") and not is_negated(tok), _frozen),
    (lambda tok, lemma: tok.pos_ == "VERB" and lemma in ("ban", "bar") and not is_negated(tok), _banned),
    (
        lambda tok, lemma: tok.pos_ == "VERB" and lemma == "hit" and any(c.dep_ == "nsubjpass" for c in tok.children),
        _hit,
    ),
    (lambda tok, lemma: tok.lemma_.lower() == "list" and tok.dep_ == "pobj" and _sanctions_list(tok), _listed_on),
    (lambda tok, lemma: tok.pos_ == "VERB" and lemma in AIMING_VERBS and not is_negated(tok), _aiming_verb),
    (lambda tok, lemma: tok.pos_ == "VERB" and lemma == "include", _included),
)


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
            state = reader.state_of_person(a, ctx.date)
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
