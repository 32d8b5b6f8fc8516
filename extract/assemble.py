"""Candidates to graph: dates, target nodes, claim keys, merging, normalisations, MENTIONS.

Dating a claim (``date_basis`` records which rule gave the date):

* ``sentence``: a date in the claim's clause, else in its sentence ("respectively" pairs verbs
  and dates in order);
* ``paragraph``: the last date earlier in the same paragraph;
* ``document``: the document's narrative date, the first date within two years before
  publication (an analysis of 2022 published in 2023);
* ``publication``: for events (a visit, a summit), the publication date, as "by then"; for an
  office named without a date of its own, the document's date, when it was held;
* ``antecedent``: more targets of a sanction the text reported before ("Others sanctioned are
  ..."), dated as that act; more votes of a vote the text dated before ("met on
  Thursday to vote ... Russia and China casting their vetoes"), dated that day.
* ``session``: every claim of a UN General Debate speech, the September of its session's year
  (``ungdc.session_month``): a speech is given then, and the dates it names are about other times.
Positions with none of the first three stay undated; ``as_of`` carries the publication date.

One fact is one claim per document: event-like claims (visits, attendance, meetings, votes) are
one per date; standing claims (membership, office, sanctions, positions) one per document.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from diplograph.graph.models import Node, Relationship, claim_key, mention_key
from diplograph.graph.schema import REL_RULES, NodeKind, RelType, kind_of, make_id, slugify

from .actors import ActorMention
from .chinese import align_chinese
from .claims import INVERSE, Candidate, SentenceContext, Target
from .dates import Anchor, DateMention
from .gazetteer import Gazetteer
from .issues import IssueRef, IssueVocabulary, canonical_issue, situation_issue
from .loaders import SourceDocument
from .taxonomy import Placement, issue_properties, place
from .text import Paragraph
from .ungdc import session_month

__all__ = ["DocumentReading", "assemble"]

POSITION_TYPES = {RelType.SUPPORTS, RelType.OPPOSES, RelType.CONDEMNS, RelType.PROPOSES}
EVENT_TYPES = {
    RelType.VISITS,
    RelType.ATTENDS,
    RelType.HOSTS,
    RelType.MEETS,
    RelType.SIGNS,
    RelType.ABSTAINS,
    RelType.ADOPTS,
}
#: the relations a vote is: a body does not vote on its own texts
_VOTE_TYPES = {RelType.SUPPORTS, RelType.OPPOSES, RelType.ABSTAINS}
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
        paragraph_dates = [
            d for d in _paragraph_dates(ctx, self.source.published) if d.start < offset + ctx.sent.start_char
        ]
        respectively = _respectively_dates(candidates, ctx)
        for c in candidates:
            date, basis = self._date_for(c, ctx, paragraph_dates, respectively)
            self.readings.append(Reading(c, start, end, date, basis, para))

    def _date_for(
        self,
        c: Candidate,
        ctx: SentenceContext,
        paragraph_dates: list[DateMention],
        respectively: dict[int, DateMention],
    ) -> tuple[str | None, str | None]:
        if (session := session_month(self.source.published, self.source.metadata)) is not None:
            c.attrs.pop("document_dated", None)  # the session's month is the date of every claim
            return session, "session"
        if (dated := c.attrs.pop("document_dated", None)) and (self.source.published or self.anchor_date):
            # a standing fact stated as it holds now, or as it began ("formed by X in 2009"): it holds
            # as of the document; the date of how it began is its ``since``
            if dated == "since" and (since := _nearest(c, ctx, self.source.published) if ctx.dates else None):
                c.attrs["since"] = since.date
            return (self.source.published, "publication") if self.source.published else (self.anchor_date, "document")
        if c.anchor.i in respectively:
            return respectively[c.anchor.i].date, "sentence"
        if self.speech and c.rel in POSITION_TYPES and c.source.node_id == self.speaker_state:
            # what a state says in its speech it says then: only a date on the statement itself
            # ("In 2021 we proposed ...") moves it; dates elsewhere in the text are about other things
            own = _clause_date(c, ctx)
            if own is not None:
                return own.date, "sentence"
            return self.source.published, "publication"
        nearest = _nearest(c, ctx, self.source.published) if ctx.dates else None
        if nearest is not None:
            return nearest.date, "sentence"
        if antecedent := c.attrs.pop("antecedent_date", None):
            # "Others sanctioned are A, B": more of the act the text reported before, of its date
            return str(antecedent), "antecedent"
        if paragraph_dates:
            return paragraph_dates[-1].date, "paragraph"
        if _SAME_DAY.search(ctx.sent.text):
            # "Later that day, Minister Fidan met with ...": the day the text last named
            day = next((r.date for r in reversed(self.readings) if r.date and len(r.date) == 10), None)
            if day is not None:
                return day, "paragraph"
        published = self.source.published
        vote = c.choice is not None or c.target.kind == "resolution"
        if vote and published and len(published) >= 7:
            # a vote the text reports with no date of its own is the one of its news: the story's
            # narrative date (a mandate's expiry named in passing) is no date of a vote
            return published, "publication"
        if c.rel is RelType.HOLDS_OFFICE and (published or self.anchor_date):
            # an office named without a date of its own is held as of the document's date
            return (published, "publication") if published else (self.anchor_date, "document")
        if self.anchor_date and not (published and self.anchor_date.startswith(published)):
            return self.anchor_date, "document"
        if self.anchor_date:
            # "On August 20" in a text of August 2025 dates that clause, not every undated one after it
            return published, "publication"
        if (c.rel in EVENT_TYPES or vote) and published:
            # a vote (yes and no as well as abstentions) and a text proposed are events of a day: never
            # dropped for want of a date in their sentence
            return published, "publication"
        if c.rel is RelType.SANCTIONS and c.extractor.startswith("sanctions.") and self.source.published:
            # "We are designating X" in a State Department release, "X was hit with an asset freeze by
            # the UK" in the news: an act reported with no date of its own is the text's news of the day
            return self.source.published, "publication"
        return None, None


#: a day the text named before: "Later that day", "the same day", "that evening"
_SAME_DAY = re.compile(r"\b(?:that|the same) (?:day|morning|afternoon|evening|night)\b", re.I)


def _paragraph_dates(ctx: SentenceContext, published: str | None = None) -> list[DateMention]:
    """Dates earlier in the paragraph that set the time of a clause.

    A noun's date ("the talks in 2022") does not carry over to the next sentence.
    """
    return sorted(
        (d for d in set(ctx.date_at.values()) if d.start in ctx.adverbial and not _target_year(d, ctx, published)),
        key=lambda d: d.start,
    )


def _nearest(c: Candidate, ctx: SentenceContext, published: str | None = None) -> DateMention | None:
    """The date of the claim's clause: one in the clause, else one setting the sentence's time.

    A date inside the target's own name ("signed the 2022 Consultation Plan") dates the name,
    not the signing.
    """
    offset = ctx.sent.doc.user_data.get("offset", 0)
    inside_target: set[int] = set()
    if c.target.head is not None and c.target.kind != "actor":
        inside_target = {t.i for t in c.target.head.subtree}
    clause = c.anchor
    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
        clause = clause.head
    in_clause = [ctx.date_at[t.i] for t in clause.subtree if t.i in ctx.date_at and t.i not in inside_target]
    # a date on a clause above ("In September Putin went to X to attend Y": attend's date)
    above = {a.i for a in clause.ancestors}
    governing = [
        ctx.date_at[t.i]
        for t in ctx.sent
        if t.i in ctx.date_at and t.i not in inside_target and (t.head.i in above or t.head.head.i in above)
    ]
    adverbial = [d for d in ctx.dates if d.start in ctx.adverbial]
    pool = [d for d in in_clause or governing or adverbial if not _target_year(d, ctx, published)]
    if not pool:
        return None
    return min(pool, key=lambda d: abs(d.start - (offset + c.anchor.idx)))


#: prepositions that make a later year a target, not a time: "peak before 2030", "by 2060"
_DEADLINE_PREPS = {"by", "before", "until", "till", "through"}


def _target_year(d: DateMention, ctx: SentenceContext, published: str | None) -> bool:
    """ "peak emissions before 2030": a year named as a target never dates the claim."""
    doc = ctx.sent.doc
    offset = doc.user_data.get("offset", 0)
    span = doc.char_span(d.start - offset, d.end - offset, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    prep = next((t.head for t in span if t.head.i < span.start or t.head.i >= span.end), span.root.head)
    if prep.lower_ not in _DEADLINE_PREPS:
        return False
    return bool(published) and int(d.date[:4]) > int(str(published)[:4])


def _clause_date(c: Candidate, ctx: SentenceContext) -> DateMention | None:
    """A date attached to the claim's own predicate (or the verb above it), if any."""
    clause = c.anchor
    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
        clause = clause.head
    near = {clause.i, clause.head.i}
    own = [ctx.date_at[t.i] for t in ctx.sent if t.i in ctx.date_at and (t.head.i in near or t.head.head.i in near)]
    own = [d for d in own if d.start in ctx.adverbial]
    return own[0] if own else None


def _respectively_dates(candidates: list[Candidate], ctx: SentenceContext) -> dict[int, DateMention]:
    """ "on March 2, October 12 and November 14, China respectively abstained, abstained and vetoed"."""
    if not any(t.lower_ == "respectively" for t in ctx.sent) or len(ctx.dates) < 2:
        return {}
    anchors = sorted({c.anchor.i for c in candidates if c.choice})
    if len(anchors) != len(ctx.dates):
        return {}
    return dict(zip(anchors, sorted(ctx.dates, key=lambda d: d.start), strict=True))


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


def _issue(book: NodeBook, target: Target, source: ActorMention, date: str | None) -> tuple[IssueRef, Placement]:
    ref = canonical_issue(target.name, target.head)
    state = target.facts.get("state")
    if not ref.known and isinstance(state, str) and state not in _own_states(book, source, date):
        entry = book.gaz.get(state)
        if entry is not None:
            ref = situation_issue(state, entry.name, ref.surface)
    placed = place(ref.id, ref.name, ref.surface, rule=ref.rule)  # the taxonomy node (extract/taxonomy.py)
    book.add(placed.id, issue_properties(placed.id, placed.name), surface=ref.surface)
    for alias in target.facts.get("aliases", []):  # type: ignore[union-attr]
        book.forms[placed.id][str(alias)] += 1
    return ref, placed


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
        # how the phrase was mapped, on the claim, so a researcher can audit it
        extra.update(target_text=ref.surface, issue_rule=placed.rule)
        if placed.score is not None:
            extra["issue_score"] = placed.score
        if ref.scope:
            extra["scope"] = ref.scope
        if ref.opposite:
            extra["opposite"] = ref.surface  # popped by assemble, which turns the claim round
        return placed.id, extra
    return None, extra


# -- assembling ------------------------------------------------------------------------------


def assemble(
    reading: DocumentReading, document: Node, gazetteer: Gazetteer
) -> tuple[list[Node], list[Relationship], Counter[str]]:
    """The batch's nodes and relationships for one document, and the normalisations made."""
    doc_id = document.id
    book = NodeBook(gazetteer)
    normalisations: Counter[str] = Counter()
    source = reading.source
    text = source.text
    claims: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    for m in reading.mentions:
        if not m.is_adjective or m.kind is NodeKind.STATE:
            book.actor(m)
    _one_name_per_agreement(reading)
    for r in reading.readings:
        c = r.candidate
        src = book.actor(c.source, counted=c.source.via in ("title", "named-group"))
        tgt, extra = _target_node(book, c, r.date, reading)
        if tgt is None or tgt == src:
            continue
        if c.rel in _VOTE_TYPES and src in UN_BODIES and tgt.startswith("resolution:"):
            # "the Council rejected the draft": the body's own decision, reported by its members' votes
            normalisations["dropped-vote-by-the-voting-body"] += 1
            continue
        if not _allowed(c.rel, src, tgt):
            # a reading the contract does not allow ("we adopted a resolution": ADOPTS is an
            # organisation's) is dropped and counted, never the whole document
            normalisations[f"dropped-{c.rel.value.lower()}-from-{kind_of(src).value.lower()}"] += 1
            continue
        props: dict[str, Any] = {
            "date": r.date,
            "as_of": source.published,
            "evidence": text[r.start : r.end],
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
        rel = c.rel
        if extra.pop("opposite", None) is not None and rel in INVERSE:
            # "rejects regime change": the issue is non-interference, and the stance on it the reverse
            rel = INVERSE[rel]
            props["extractor"] = f"{c.extractor}+opposite"
        attrs = {**c.attrs, **extra}
        if c.source.via == "document":
            attrs["agent_basis"] = "document"  # the issuing body of a statement, not a named agent
        if r.basis:
            attrs["date_basis"] = r.basis
        if c.source_says == "vetoed" and tgt.startswith("resolution:unga"):
            # The General Assembly has no veto: the source's "vetoed" is recorded as a no vote.
            normalisations["unga-veto-recorded-as-no-vote"] += 1
        if rel in EVENT_TYPES or c.choice:
            distinguishing = [r.date or "", c.choice or ""]
        else:
            distinguishing = [c.role or "", c.status or "", c.choice or ""]
        key = claim_key(doc_id, rel, src, tgt, *distinguishing)
        if key in claims:
            _merge(claims[key], props, attrs)
            continue
        claims[key] = {"type": rel, "source": src, "target": tgt, "props": props, "attrs": attrs}
        order.append(key)
    _merge_event_dates(claims, order)
    align_chinese(reading, claims, book, gazetteer)
    relationships = []
    for key in order:
        if key not in claims:
            continue
        claim = claims[key]
        props = {k: v for k, v in claim["props"].items() if v is not None}
        relationships.append(
            Relationship(
                type=claim["type"],
                source=claim["source"],
                target=claim["target"],
                key=key,
                doc_id=doc_id,
                attrs=claim["attrs"],
                **props,
            )
        )
    nodes = book.build()
    for node in nodes:
        forms = book.forms.get(node.id, Counter())
        count = max(1, sum(forms.values()))
        relationships.append(
            Relationship(
                type=RelType.MENTIONS,
                source=doc_id,
                target=node.id,
                key=mention_key(doc_id, node.id),
                doc_id=doc_id,
                count=count,
                attrs={"forms": sorted(forms)} if forms else {},
            )
        )
    return nodes, relationships, normalisations


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
