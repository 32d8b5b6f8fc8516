"""The date of each claim, and which rule gave it (``date_basis``).

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

Used by ``assemble`` (``DocumentReading.add``), which it may not import but for types.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from diplograph.graph.schema import RelType

from .claims import Candidate, SentenceContext
from .corpora import session_month
from .dates import DateMention

if TYPE_CHECKING:
    from .assemble import DocumentReading

__all__ = ["EVENT_TYPES", "POSITION_TYPES", "claim_date", "paragraph_dates", "respectively_dates"]

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

#: (date, basis): what a claim is dated and by which rule, or (None, None)
Dated = tuple[str | None, str | None]


def claim_date(
    reading: DocumentReading,
    c: Candidate,
    ctx: SentenceContext,
    paragraph_dates: list[DateMention],
    respectively: dict[int, DateMention],
) -> Dated:
    """The date of claim ``c`` read in ``ctx``: the rules of the module's docstring, first that applies.

    Pops ``document_dated`` and ``antecedent_date`` from ``c.attrs`` as it uses them (may set
    ``since``): they are instructions to this rule, not facts of the claim.
    """
    source = reading.source
    if (session := session_month(source.published, source.metadata)) is not None:
        c.attrs.pop("document_dated", None)  # the session's month is the date of every claim
        return session, "session"
    if (dated := c.attrs.pop("document_dated", None)) and (source.published or reading.anchor_date):
        return _as_of_document(reading, c, ctx, dated)
    if c.anchor.i in respectively:
        return respectively[c.anchor.i].date, "sentence"
    if reading.speech and c.rel in POSITION_TYPES and c.source.node_id == reading.speaker_state:
        # what a state says in its speech it says then: only a date on the statement itself
        # ("In 2021 we proposed ...") moves it; dates elsewhere in the text are about other things
        own = _clause_date(c, ctx)
        if own is not None:
            return own.date, "sentence"
        return source.published, "publication"
    nearest = _nearest(c, ctx, source.published) if ctx.dates else None
    if nearest is not None:
        return nearest.date, "sentence"
    if antecedent := c.attrs.pop("antecedent_date", None):
        # "Others sanctioned are A, B": more of the act the text reported before, of its date
        return str(antecedent), "antecedent"
    if paragraph_dates:
        return paragraph_dates[-1].date, "paragraph"
    if _SAME_DAY.search(ctx.text):
        # "Later that day, Minister P met with ...": the day the text last named
        day = next((r.date for r in reversed(reading.readings) if r.date and len(r.date) == 10), None)
        if day is not None:
            return day, "paragraph"
    return _undated(reading, c)


def _as_of_document(reading: DocumentReading, c: Candidate, ctx: SentenceContext, dated: object) -> Dated:
    """A standing fact stated as it holds now, or as it began ("formed by X in 2009"): it holds
    as of the document; the date of how it began is its ``since``."""
    published = reading.source.published
    if dated == "since" and (since := _nearest(c, ctx, published) if ctx.dates else None):
        c.attrs["since"] = since.date
    return (published, "publication") if published else (reading.anchor_date, "document")


def _undated(reading: DocumentReading, c: Candidate) -> Dated:
    """A claim with no date in its sentence or paragraph: the document's date where its kind
    allows (votes, offices, events, sanctions acts), else none."""
    published = reading.source.published
    vote = c.choice is not None or c.target.kind == "resolution"
    if vote and published and len(published) >= 7:
        # a vote the text reports with no date of its own is the one of its news: the story's
        # narrative date (a mandate's expiry named in passing) is no date of a vote
        return published, "publication"
    if c.rel is RelType.HOLDS_OFFICE and (published or reading.anchor_date):
        # an office named without a date of its own is held as of the document's date
        return (published, "publication") if published else (reading.anchor_date, "document")
    if reading.anchor_date and not (published and reading.anchor_date.startswith(published)):
        return reading.anchor_date, "document"
    if reading.anchor_date:
        # "On August 20" in a text of August 2025 dates that clause, not every undated one after it
        return published, "publication"
    if (c.rel in EVENT_TYPES or vote) and published:
        # a vote (yes and no as well as abstentions) and a text proposed are events of a day: never
        # dropped for want of a date in their sentence
        return published, "publication"
    if c.rel is RelType.SANCTIONS and c.extractor.startswith("sanctions.") and published:
        # "We are designating X" in a State Department release, "X was hit with an asset freeze by
        # the UK" in the news: an act reported with no date of its own is the text's news of the day
        return published, "publication"
    return None, None


#: a day the text named before: "Later that day", "the same day", "that evening"
_SAME_DAY = re.compile(r"\b(?:that|the same) (?:day|morning|afternoon|evening|night)\b", re.I)


def paragraph_dates(ctx: SentenceContext, published: str | None = None) -> list[DateMention]:
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
        for t in ctx.tokens
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
    own = [ctx.date_at[t.i] for t in ctx.tokens if t.i in ctx.date_at and (t.head.i in near or t.head.head.i in near)]
    own = [d for d in own if d.start in ctx.adverbial]
    return own[0] if own else None


def respectively_dates(candidates: list[Candidate], ctx: SentenceContext) -> dict[int, DateMention]:
    """ "on March 2, October 12 and November 14, China respectively abstained, abstained and vetoed"."""
    if not any(t.lower_ == "respectively" for t in ctx.tokens) or len(ctx.dates) < 2:
        return {}
    anchors = sorted({c.anchor.i for c in candidates if c.choice})
    if len(anchors) != len(ctx.dates):
        return {}
    return dict(zip(anchors, sorted(ctx.dates, key=lambda d: d.start), strict=True))
