"""Candidates to graph: dates, target nodes, claim keys, merging, normalisations, MENTIONS.

Dating a claim (``date_basis`` records which rule gave the date) is ``dating``'s.

One fact is one claim per document: event-like claims (visits, attendance, meetings, votes) are
one per date; standing claims (membership, office, sanctions, positions) one per document.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from diplograph.graph.models import Node, Relationship, claim_key, mention_key
from diplograph.graph.schema import REL_RULES, NodeKind, RelType, kind_of, make_id, slugify

from .actors import ActorMention
from .body_purpose import counters_by_name
from .chinese import align_chinese
from .claims import INVERSE, Candidate, SentenceContext, Target
from .dates import Anchor
from .dating import EVENT_TYPES, POSITION_TYPES, claim_date, paragraph_dates, respectively_dates
from .gazetteer import Gazetteer
from .grammar.words import CONCERN_WORDS
from .issues import IssueRef, IssueVocabulary, canonical_issue, situation_issue
from .loaders import SourceDocument
from .taxonomy import Placement, Taxonomy, issue_properties, place, refusal, situation_named
from .taxonomy.countering import protected_from
from .taxonomy.schema import SITUATIONS_TOPIC
from .text import Paragraph

__all__ = ["DocumentReading", "assemble"]

#: the relations a vote is: a body does not vote on its own texts
_VOTE_TYPES = {RelType.SUPPORTS, RelType.OPPOSES, RelType.ABSTAINS}
#: stances for a phrase that counters a harm, which are stances against the harm (issues._countered)
COUNTERED = {RelType.SUPPORTS, RelType.PROPOSES}
UN_BODIES = {"org:unga": "unga", "org:unsc": "unsc", "org:unhrc": "unhrc", "org:un": "un"}


@dataclass
class Reading:
    candidate: Candidate
    start: int
    end: int
    date: str | None
    basis: str | None
    paragraph: Paragraph


@dataclass
class DocumentReading:
    """Everything read from one document before it becomes a batch."""

    source: SourceDocument
    anchor: Anchor
    anchor_date: str | None = None
    #: the state a first-person speech speaks for: the positions it states are dated by the speech
    speaker_state: str | None = None
    #: the person who speaks in the first person, where the document names one
    speaker: str | None = None

    @property
    def speech(self) -> bool:
        return self.speaker_state is not None

    mentions: list[ActorMention] = field(default_factory=list)
    readings: list[Reading] = field(default_factory=list)
    chinese: list[Paragraph] = field(default_factory=list)

    def add(self, candidates: list[Candidate], ctx: SentenceContext, para: Paragraph) -> None:
        offset = para.start
        text = self.source.text
        start, end = offset + ctx.sent.start_char, offset + ctx.sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        earlier = [d for d in paragraph_dates(ctx, self.source.published) if d.start < offset + ctx.sent.start_char]
        respectively = respectively_dates(candidates, ctx)
        for c in candidates:
            date, basis = claim_date(self, c, ctx, earlier, respectively)
            self.readings.append(Reading(c, start, end, date, basis, para))


# -- nodes -----------------------------------------------------------------------------------


class NodeBook:
    """The batch's nodes, created once each, with the surface forms seen for them."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.nodes: dict[str, dict[str, Any]] = {}
        self.forms: dict[str, Counter[str]] = defaultdict(Counter)

    def actor(self, m: ActorMention, *, counted: bool = True) -> str:
        """The actor's node; ``counted`` adds the mention's surface to MENTIONS (text mentions only)."""
        if m.node_id not in self.nodes:
            entry = self.gaz.get(m.node_id)
            if entry is not None:
                props = dict(entry.properties)
                props.setdefault("name", entry.name)
            else:
                # an actor the text introduces: its kind ("bank") and country where the text says them
                props = {"name": m.name, "aliases": [m.name], **m.properties}
            self.nodes[m.node_id] = props
        elif m.properties and self.gaz.get(m.node_id) is None:
            for k, v in m.properties.items():  # what a later mention's text says of it
                self.nodes[m.node_id].setdefault(k, v)
        if counted and m.via not in ("office", "metadata", "venue", "document"):
            self.forms[m.node_id][m.surface] += 1
        return m.node_id

    def add(self, node_id: str, props: dict[str, Any], surface: str | None = None) -> str:
        existing = self.nodes.setdefault(node_id, {})
        for k, v in props.items():
            if k == "date":
                old = str(existing.get("date") or "")
                if not old or (len(str(v)) > len(old) and str(v).startswith(old)):
                    existing["date"] = v
            else:
                existing.setdefault(k, v)
        if surface:
            self.forms[node_id][surface] += 1
        return node_id

    def build(self) -> list[Node]:
        out = []
        for node_id, props in sorted(self.nodes.items()):
            props = dict(props)
            aliases = list(dict.fromkeys([*(props.get("aliases") or []), *self.forms.get(node_id, {})]))
            props["aliases"] = [a for a in aliases if a]
            if props.get("date"):
                props["date_precision"] = ("year", "month", "day")[str(props["date"]).count("-")]
            out.append(Node(id=node_id, properties=props))
        return out


def _year(date: str | None, reading: DocumentReading) -> str | None:
    for d in (date, reading.anchor_date, reading.source.published):
        if d:
            return d[:4]
    return None


#: a possessor opening an event's name: "regional group's meeting"
_POSSESSOR = re.compile(r"^.*?['’]s\s+")


def _summit(book: NodeBook, target: Target, date: str | None, reading: DocumentReading) -> str | None:
    year = _year(date, reading)
    if year is None:
        return None
    facts = target.facts
    orgs = list(dict.fromkeys(facts.get("orgs", [])))  # type: ignore[arg-type]
    name = re.sub(r"\s*\([^)]*\)", "", target.name)  # "(CICA)"
    name = re.sub(r"^(?:the|a|an|this|that|these|those)\s+", "", name, flags=re.I)
    head = str(facts.get("head", "summit"))
    if head == "summit" and len(orgs) == 1:
        entry = book.gaz.get(orgs[0])
        acronym = (entry.properties.get("acronym") if entry else None) or orgs[0].split(":", 1)[1]
        node_id = f"summit:{slugify(str(acronym))}-{year}"
        canonical = f"{acronym} Summit {year}"
    else:
        if len(orgs) == 1 and (entry := book.gaz.get(orgs[0])) is not None:
            # "the regional group's meeting in Jakarta": named by the organisation that convened it
            acronym = str(entry.properties.get("acronym") or entry.name)
            if acronym.lower() not in name.lower() and entry.name.lower() not in name.lower():
                name = acronym + " " + _POSSESSOR.sub("", str(facts.get("text") or name))
        node_id = f"summit:{slugify(name)[:60].rstrip('-') or 'event'}-{year}"
        canonical = name if year in name else f"{name} {year}"
    props: dict[str, Any] = {"name": canonical, "kind": head}
    if date:
        props["date"] = date
    places = list(facts.get("places", []))  # type: ignore[arg-type]
    if len(places) == 1:
        props["place"] = places[0]
    return book.add(node_id, props, surface=target.name)


def _agreement(book: NodeBook, target: Target, date: str | None, parties: list[str]) -> str:
    name = re.sub(r"^(?:the|a|an|this|that)\s+", "", target.name, flags=re.I)
    slug = slugify(name)[:70].rstrip("-")
    if len(slug.split("-")) <= 3 and not _distinctive(name):
        # "joint statement": not a name on its own; the date tells it apart ("the Paris Agreement"
        # and "the Minsk agreements" are names: one node whenever they are mentioned)
        slug = f"{slug}-{date or ''}".strip("-")
    props: dict[str, Any] = {"name": name}
    if date:
        props["date"] = date
    return book.add(make_id(NodeKind.AGREEMENT, slug), props, surface=target.name)


#: words of agreements' titles that name a kind of text, not one text
_GENERIC_TITLE_WORDS = {
    "joint",
    "statement",
    "statements",
    "agreement",
    "agreements",
    "treaty",
    "declaration",
    "plan",
    "memorandum",
    "understanding",
    "deal",
    "accord",
    "accords",
    "communique",
    "protocol",
    "convention",
    "pact",
    "framework",
    "roadmap",
    "road",
    "map",
    "new",
    "bilateral",
    "trade",
    "peace",
    "comprehensive",
    "action",
    "cooperation",
    "partnership",
    "strategic",
    "final",
    "interim",
    "security",
    "the",
    "of",
}


def _distinctive(name: str) -> bool:
    """Whether an agreement's name holds a proper name of its own ("Paris", "Minsk", "START")."""
    return any(w[:1].isupper() and w.lower() not in _GENERIC_TITLE_WORDS for w in re.findall(r"[\w'-]+", name))


def _resolution(book: NodeBook, target: Target, date: str | None, source_id: str) -> str | None:
    facts = dict(target.facts)
    body_id = str(facts.get("body") or (source_id if source_id in UN_BODIES else "org:unga"))
    body = UN_BODIES.get(body_id, body_id.split(":", 1)[1])
    symbol = facts.get("symbol")
    draft_symbol = facts.get("draft_symbol")
    holders = [str(h).split(":", 1)[1].lower() for h in facts.get("penholders") or []]  # type: ignore[attr-defined]
    if symbol:
        node_id = f"resolution:{body}-{slugify(str(symbol))}"
        name = f"{body.upper()} resolution {symbol}"
    elif draft_symbol:
        # a draft's document symbol ("A/ES-10/L.30/Rev.1") names the draft; the vote's date stays
        node_id = f"resolution:{body}-{slugify(str(draft_symbol))}"
        name = f"{body.upper()} draft resolution {draft_symbol}"
    elif date and len(date) >= 7 and holders:
        # two drafts put to the same vote ("the United States draft", "the Russian draft") are two texts
        node_id = f"resolution:{body}-{date}-draft-{'-'.join(holders)}"
        name = f"{body.upper()} draft resolution of {date} ({', '.join(h.upper() for h in holders)})"
    elif date and len(date) >= 7:
        node_id = f"resolution:{body}-{date}"
        name = f"{body.upper()} resolution of {date}"
    else:
        return None
    props: dict[str, Any] = {"name": name, "body": body_id}
    if draft_symbol:
        props["draft_symbol"] = draft_symbol
    if facts.get("draft"):
        props["draft"] = True
    # a resolution cited by its symbol is not dated by the sentence citing it, only by its own year
    resolution_date = facts.get("year") if symbol else date
    if resolution_date:
        props["date"] = resolution_date
    if symbol:
        props["symbol"] = symbol
    for k in ("yes", "no", "abstain"):
        if k in facts:
            props[k] = facts[k]
    return book.add(node_id, props, surface=target.name or None)


#: a phrase of more content words than this (the state's name among them) describes its own target
#: ("an immediate end to all forms of violence in <State>"), kept whole rather than read as
#: "the situation in <State>" ("a settlement in <State>", "restoring institutions in <State>")
_SITUATION_WORDS = 5
_CONTENT_WORD = re.compile(r"\b(?!(?:the|of|in|on|to|and|for|with|a|an|all|its|their|by|at)\b)[A-Za-z][\w-]*", re.I)


def _issue(book: NodeBook, target: Target, source: ActorMention, date: str | None) -> tuple[IssueRef, Placement | str]:
    """The issue a target names and where it lands in the taxonomy; or, for a phrase that lands
    nowhere and names no issue at all ("attend that event"), why not (extract/taxonomy/
    ``refusal``): the claim is then no position and is dropped."""
    described = bool(target.facts.get("described"))
    ref = canonical_issue(target.name, target.head, keywords=not described)
    state = target.facts.get("state")
    if (
        not ref.known
        and isinstance(state, str)
        and state not in _own_states(book, source, date)
        and len(_CONTENT_WORD.findall(ref.surface)) <= _SITUATION_WORDS
    ):
        entry = book.gaz.get(state)
        if entry is not None and situation_named(ref.surface):
            ref = situation_issue(state, entry.name, ref.surface)
    # the taxonomy node (extract/taxonomy/); a description is read whole, neither by topic nor refused
    placed = place(ref.id, ref.name, ref.surface, rule=ref.rule, topics=not described)
    if (
        placed.taxonomy
        and not (ref.countered or ref.opposite)
        and (counters_by_name(ref.surface, placed.id) or protected_from(_taking_verb(target), ref.surface, placed.id))
    ):
        # "the initiatives of the Office on <Harm>", "protecting our ports from <Harm>": against the harm
        ref = replace(ref, countered=True)
    if not placed.taxonomy and (governed := _governed_issue(book, target, ref, source, date)) is not None:
        ref, placed = governed
    if not placed.taxonomy and not described and (why := refusal(ref.surface)) is not None:
        return ref, why
    book.add(placed.id, issue_properties(placed.id, placed.name), surface=ref.surface)
    for alias in target.facts.get("aliases", []):  # type: ignore[union-attr]
        book.forms[placed.id][str(alias)] += 1
    return ref, placed


def _taking_verb(target: Target) -> str:
    """The lemma of the verb whose object the target's head is (through a coordination: "protecting
    our services, ports and airports"), or ""."""
    head = target.head
    if head is None:
        return ""
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    return head.head.lemma_ if head.dep_ == "dobj" and head.head.pos_ == "VERB" else ""


def _governed_issue(
    book: NodeBook, target: Target, ref: IssueRef, source: ActorMention, date: str | None
) -> tuple[IssueRef, Placement] | None:
    """Where a relation noun's phrase lands by what it governs (grammar/relation_nouns.py), when
    the whole phrase lands nowhere: "solidarity with the <demonym> people" is a stance on "the
    situation in" that state, "resilience in the face of X" one against X, "<State>'s unity" one
    on its territorial integrity. The claim keeps the text's phrase; a complement that lands
    nowhere either leaves the phrase as it was."""
    governed, state = target.facts.get("governed"), target.facts.get("governed_state")
    if isinstance(state, str) and state not in _own_states(book, source, date):
        entry = book.gaz.get(state)
        if entry is not None:
            inner = situation_issue(state, entry.name, ref.surface)
            return inner, place(inner.id, inner.name, inner.surface, rule=inner.rule)
    if not isinstance(governed, str):
        return None
    inner = canonical_issue(governed, None)
    placed = place(inner.id, inner.name, inner.surface, rule=inner.rule)
    adverse = bool(target.facts.get("adverse"))
    node = Taxonomy.load().nodes.get(placed.id)
    # withstanding X is a stance against X only when X's node is a harm (climate change, not "threats
    # to security" placed on security); solidarity with X a stance for X only when it is not a harm
    if node is None or node.harm != adverse or inner.opposite or inner.countered:
        return None
    # a stance for resilience to X is one against X: counted as a phrase that counters a harm
    return replace(inner, surface=ref.surface, countered=adverse), placed


def _own_states(book: NodeBook, source: ActorMention, date: str | None) -> set[str]:
    """The state an actor is, or serves at the date: "protecting Americans in the United States"
    is not, for the US President, a stance on "the situation in" his own country."""
    own = {source.node_id}
    if source.office is not None and source.office.of:
        own.add(source.office.of)
    if source.kind is NodeKind.PERSON:
        own.update(o.of for o in book.gaz.offices(source.node_id, date) if o.of)
    return own


def _target_node(
    book: NodeBook, c: Candidate, date: str | None, reading: DocumentReading
) -> tuple[str | None, dict[str, Any]]:
    t = c.target
    extra: dict[str, Any] = {}
    if t.kind == "actor" and t.actor is not None:
        return book.actor(t.actor, counted=t.actor.via in ("title", "named-group")), extra
    if t.kind == "event":
        return _summit(book, t, date, reading), extra
    if t.kind == "agreement":
        bare = re.sub(r"^(?:the|a|an|this|that|our)\s+", "", t.name, flags=re.I)
        vocabulary = IssueVocabulary.load()
        if " " not in bare:
            known = vocabulary.named(bare)
        elif c.rel in POSITION_TYPES:
            known = vocabulary.find(bare, t.head.text if t.head is not None else None, keywords=False)
        else:
            known = None
        if known is not None and not known.opposite:
            # a bare "the Charter" is the one the reference vocabulary knows, not a nameless text; and
            # a stance on "the Joint Comprehensive Plan of Action for Iran's nuclear programme" is one
            # on the vocabulary's issue of that name (signing it is still signing an agreement)
            if c.rel in POSITION_TYPES:
                extra.update(target_text=t.name, issue_rule=known.rule)
            return book.add(known.id, issue_properties(known.id, known.name), surface=t.name), extra
        return _agreement(book, t, date, [c.source.node_id]), extra
    if t.kind == "resolution":
        return _resolution(book, t, date, c.source.node_id), extra
    if t.kind == "issue":
        ref, placed = _issue(book, t, c.source, date)
        if isinstance(placed, str) or (not (ref.opposite or ref.countered) and _worried_for(c, placed.id)):
            # counted by _claim
            return None, {"refused": placed if isinstance(placed, str) else "worry-for-a-good"}
        # how the phrase was mapped, on the claim, so a researcher can audit it
        extra.update(target_text=ref.surface, issue_rule=placed.rule)
        if placed.score is not None:
            extra["issue_score"] = placed.score
        if ref.scope:
            extra["scope"] = ref.scope
        if ref.opposite:
            extra["opposite"] = ref.surface  # popped by assemble, which turns the claim round
        if ref.countered:
            extra["countered"] = ref.surface  # popped by assemble, which turns a stance for it round
        return placed.id, extra
    return None, extra


#: nouns of the state a thing is in (WordNet situation.n.01, condition.n.01): "the human rights situation"
_STATE_NOUNS = frozenset({"situation", "condition"})


def _worried_for(c: Candidate, node: str) -> bool:
    """Whether a worry ("concerned about", "our concern over") is about the state of a good ("the <good>
    situation", "the situation of <good>"): a worry for the good, no stance against it (as for a good
    itself, grammar_words.yaml ``value_nouns``). A named situation (a conflict or crisis) is what is worried
    about and keeps its stance."""
    head = c.target.head
    if c.rel not in (RelType.OPPOSES, RelType.CONDEMNS) or head is None or head.lemma_.lower() not in _STATE_NOUNS:
        return False
    if c.anchor.lemma_.lower() not in CONCERN_WORDS and not c.extractor.startswith("concern-noun"):
        return False
    entry = Taxonomy.load().entries.get(node)
    return entry is not None and not entry.harm and SITUATIONS_TOPIC not in (node, entry.parent)


# -- assembling ------------------------------------------------------------------------------


def assemble(
    reading: DocumentReading, document: Node, gazetteer: Gazetteer
) -> tuple[list[Node], list[Relationship], Counter[str]]:
    """The batch's nodes and relationships for one document, and the normalisations made."""
    doc_id = document.id
    book = NodeBook(gazetteer)
    normalisations: Counter[str] = Counter()
    for m in reading.mentions:
        if not m.is_adjective or m.kind is NodeKind.STATE:
            book.actor(m)
    _one_name_per_agreement(reading)
    claims, order = _claims(reading, book, doc_id, normalisations)
    _merge_event_dates(claims, order)
    align_chinese(reading, claims, book, gazetteer)
    relationships = [_relationship(key, claims[key], doc_id) for key in order if key in claims]
    nodes = book.build()
    relationships += [_mentions(book, node.id, doc_id) for node in nodes]
    return nodes, relationships, normalisations


#: a claim before it is a Relationship: type, source, target, props (None dropped later), attrs
Claim = dict[str, Any]


def _claims(
    reading: DocumentReading, book: NodeBook, doc_id: str, normalisations: Counter[str]
) -> tuple[dict[str, Claim], list[str]]:
    """The document's claims by key, and the keys in reading order; one fact read twice is one
    claim (``_merge``): events one per date, standing claims one per document."""
    claims: dict[str, Claim] = {}
    order: list[str] = []
    for r in reading.readings:
        claim = _claim(r, reading, book, normalisations)
        if claim is None:
            continue
        c = r.candidate
        if claim["type"] in EVENT_TYPES or c.choice:
            distinguishing = [r.date or "", c.choice or ""]
        else:
            distinguishing = [c.role or "", c.status or "", c.choice or ""]
        key = claim_key(doc_id, claim["type"], claim["source"], claim["target"], *distinguishing)
        if key in claims:
            _merge(claims[key], claim["props"], claim["attrs"])
            continue
        claims[key] = claim
        order.append(key)
    return claims, order


#: the position claims a speech cannot make on its own voice (its state or its speaker)
_OWN_STANCES = frozenset({RelType.SUPPORTS, RelType.OPPOSES, RelType.CONDEMNS, RelType.PROPOSES})


def _claim(r: Reading, reading: DocumentReading, book: NodeBook, normalisations: Counter[str]) -> Claim | None:
    """One reading as a claim between nodes of ``book``, or None when the graph does not take it:
    no target node, a claim on itself, or (counted in ``normalisations``) a vote by the voting body
    or a claim the contract does not allow."""
    c = r.candidate
    source = reading.source
    src = book.actor(c.source, counted=c.source.via in ("title", "named-group"))
    tgt, extra = _target_node(book, c, r.date, reading)
    if tgt is None and "refused" in extra:
        normalisations[f"refused-issue-{extra['refused']}"] += 1  # a phrase that names no issue
    if tgt is None or tgt == src:
        return None
    if c.rel in _OWN_STANCES and {src, tgt} <= {reading.speaker_state, reading.speaker} - {None}:
        # "I call on A to support us", "my decision ... was criticized by the <demonym> people": a stance
        # of the speaker on the state it speaks for (or the reverse) is no position; what is asked of
        # another or said of the speaker is that one's, not the speech's
        normalisations[f"dropped-{c.rel.value.lower()}-on-own-voice"] += 1
        return None
    if c.rel in _VOTE_TYPES and src in UN_BODIES and tgt.startswith("resolution:"):
        # "the Council rejected the draft": the body's own decision, reported by its members' votes
        normalisations["dropped-vote-by-the-voting-body"] += 1
        return None
    if not _allowed(c.rel, src, tgt):
        # a reading the contract does not allow ("we adopted a resolution": ADOPTS is an
        # organisation's) is dropped and counted, never the whole document
        normalisations[f"dropped-{c.rel.value.lower()}-from-{kind_of(src).value.lower()}"] += 1
        return None
    props: dict[str, Any] = {
        "date": r.date,
        "as_of": source.published,
        "evidence": source.text[r.start : r.end],
        "start": r.start,
        "end": r.end,
        "lang": "en",
        "confidence": c.confidence,
        "extractor": c.extractor,
        "choice": c.choice,
        "role": c.role,
        "status": c.status,
        "speaker": c.speaker,
        "source_says": c.source_says,
    }
    rel, rule = c.rel, c.extractor
    # countered first: "supports alleviating the food crisis" is against the crisis, and then (the
    # crisis being food security's breach) for food security
    if extra.pop("countered", None) is not None and rel in COUNTERED:
        # "supports the fight against the pandemic": the issue is the pandemic, and the stance against it
        rel, rule = RelType.OPPOSES, f"{rule}+countered"
    if extra.pop("opposite", None) is not None and rel in INVERSE:
        # "rejects regime change": the issue is non-interference, and the stance on it the reverse
        rel, rule = INVERSE[rel], f"{rule}+opposite"
    if rule != c.extractor:
        props["extractor"] = rule
    attrs = {**c.attrs, **extra}
    if c.source.via == "document":
        attrs["agent_basis"] = "document"  # the issuing body of a statement, not a named agent
    if r.basis:
        attrs["date_basis"] = r.basis
    if c.source_says == "vetoed" and tgt.startswith("resolution:unga"):
        # The General Assembly has no veto: the source's "vetoed" is recorded as a no vote.
        normalisations["unga-veto-recorded-as-no-vote"] += 1
    return {"type": rel, "source": src, "target": tgt, "props": props, "attrs": attrs}


def _relationship(key: str, claim: Claim, doc_id: str) -> Relationship:
    props = {k: v for k, v in claim["props"].items() if v is not None}
    return Relationship(
        type=claim["type"],
        source=claim["source"],
        target=claim["target"],
        key=key,
        doc_id=doc_id,
        attrs=claim["attrs"],
        **props,
    )


def _mentions(book: NodeBook, node_id: str, doc_id: str) -> Relationship:
    """The document's MENTIONS of a node, counting its surface forms (at least one)."""
    forms = book.forms.get(node_id, Counter())
    count = max(1, sum(forms.values()))
    return Relationship(
        type=RelType.MENTIONS,
        source=doc_id,
        target=node_id,
        key=mention_key(doc_id, node_id),
        doc_id=doc_id,
        count=count,
        attrs={"forms": sorted(forms)} if forms else {},
    )


def _one_name_per_agreement(reading: DocumentReading) -> None:
    """A shorter name of an agreement the document names in full is that agreement: "a 'strategic
    partnership treaty'" and "a 'Comprehensive Strategic Partnership Treaty'" are one treaty.

    Only where exactly one fuller name in the document holds all the shorter one's words.
    """
    targets = [r.candidate.target for r in reading.readings if r.candidate.target.kind == "agreement"]
    names = {t.name: _name_words(t.name) for t in targets}
    for t in targets:
        words = names[t.name]
        if len(words) < 2:
            continue
        fuller = {n for n, w in names.items() if words < w}
        if len(fuller) == 1:
            t.name = fuller.pop()


def _name_words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[\w'-]+", name.lower()) if w not in ("the", "a", "an", "this", "that"))


def _allowed(rel: RelType, source: str, target: str) -> bool:
    sources, targets = REL_RULES[rel]
    return kind_of(source) in sources and kind_of(target) in targets


def _merge(existing: dict[str, Any], props: dict[str, Any], attrs: dict[str, Any]) -> None:
    """The same fact read twice in a document: keep the first evidence, the more precise date."""
    old = existing["props"]
    if (
        props.get("date")
        and (not old.get("date") or len(props["date"]) > len(old["date"]))
        and (not old.get("date") or props["date"].startswith(old["date"]))
    ):
        old["date"] = props["date"]
        existing["attrs"]["date_basis"] = attrs.get("date_basis")
    old["confidence"] = max(old["confidence"], props["confidence"])
    existing["attrs"]["mentions"] = int(existing["attrs"].get("mentions", 1)) + 1
    for k, v in attrs.items():
        existing["attrs"].setdefault(k, v)


def _merge_event_dates(claims: dict[str, dict[str, Any]], order: list[str]) -> None:
    """Event claims whose dates are one a prefix of the other are one event: keep the precise date."""
    groups: dict[tuple[Any, ...], list[str]] = defaultdict(list)
    for key in order:
        c = claims[key]
        groups[(c["type"], c["source"], c["target"], c["props"].get("choice"))].append(key)
    for keys in groups.values():
        if len(keys) < 2:
            continue
        keys_sorted = sorted(keys, key=lambda k: -len(claims[k]["props"].get("date") or ""))
        for i, k in enumerate(keys_sorted):
            if k not in claims:
                continue
            d = claims[k]["props"].get("date") or ""
            for other in keys_sorted[i + 1 :]:
                if other in claims:
                    od = claims[other]["props"].get("date") or ""
                    if d.startswith(od):
                        claims[k]["attrs"]["mentions"] = int(claims[k]["attrs"].get("mentions", 1)) + 1
                        del claims[other]
