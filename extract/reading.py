"""Reading one document: its paragraphs' Docs in order, the discourse passed from one to the next.

Why this is not a spaCy component. The spaCy pipeline (``extract.components``) runs on paragraphs
of several documents batched through one ``nlp.pipe``, in whatever order spaCy batches them; a
component there sees one paragraph's Doc and nothing else. Reading claims is not like that: what a
paragraph says depends on the paragraphs before it in the same document -- the people already
named ("Blinken" after "Antony Blinken"), the year the narrative set ("In 2015, ..." dates "in
May" a few paragraphs on), the speaker a transcript turn opened, who sanctioned last, the pair
"the two sides" refers to. So the stateless work is done by components inside ``nlp.pipe`` and
this reader walks one document's Docs afterwards, in order, with the document's ``Discourse``
handed from step to step explicitly (each function below takes it as an argument and says what it
changes in it), never held in a component or a global.

Lives here: :class:`DocumentReader` (one per extractor: the actor linker, the claim reader and the
gazetteer it needs) and the steps of reading a paragraph: its dates, its actors, its sentences.

May import the extraction's stages (actors, assemble, claims, dates, discourse, document, voice,
components) and ``extract.handoffs``; never ``extract.pipeline`` (its caller) or ``diplograph.ingest``.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from diplograph.graph.models import GraphBatch
from diplograph.graph.schema import RelType

from .actors import ActorLinker
from .assemble import DocumentReading, assemble
from .cascade import SKIPPED
from .claims import ClaimReader, SentenceContext
from .components import is_adverbial, paragraph_text
from .dates import Anchor, among_other_years, relative_day_dates, resolve_dates
from .discourse import Discourse, Voice
from .document import document_node
from .gazetteer import Gazetteer
from .handoffs import ActorMention, DateMention, Extraction, Paragraph, SourceDocument
from .voice import actor_from_reference, document_voice, transcript_voice

__all__ = ["NARRATIVE_REACH", "DocumentReader"]

#: paragraphs over which a year the narrative set ("In 2015, ...") still dates year-less dates
NARRATIVE_REACH = 6
#: relations whose two sides become the pair "the two sides" refers to next
_PAIR_RELATIONS = ("VISITS", "MEETS", "COOPERATES_WITH")
#: actors whose stated position makes them the holder "it" or "its position" refers to next
_POSITION_HOLDERS = ("State", "Organisation", "Group")


@dataclass
class _Document:
    """One document being read: its source and date anchor, what was read so far, the discourse."""

    source: SourceDocument
    anchor: Anchor
    discourse: Discourse
    reading: DocumentReading
    #: the voice each transcript speaker label opened, the first time it appeared
    speaker_voices: dict[str, Voice] = field(default_factory=dict)


@dataclass(frozen=True)
class _ParagraphDates:
    """A paragraph's dates and what they say about it."""

    dates: list[DateMention]
    #: starts of the dates that modify a clause ("In June 2022, P visited")
    adverbial: set[int]
    #: explicit years of adverbial dates that may set the narrative's year
    explicit_years: list[int]
    #: the date of the paragraph's claims when their sentence has none
    paragraph_date: str | None


class DocumentReader:
    """The paragraphs' Docs of one document to its :class:`Extraction`."""

    def __init__(self, linker: ActorLinker, reader: ClaimReader, gazetteer: Gazetteer, version: str) -> None:
        self.linker = linker
        self.reader = reader
        self.gazetteer = gazetteer
        self.version = version

    def read(self, source: SourceDocument, paragraphs: list[Paragraph], docs: dict[Paragraph, Doc]) -> Extraction:
        """Read ``paragraphs`` in order (``docs`` holds the pipeline's Doc of each English one)."""
        anchor = Anchor(source.published)
        discourse = Discourse(voice=document_voice(source, self.gazetteer))
        speaker_state = discourse.voice.state.node_id if discourse.voice.state else None
        speaker = discourse.voice.speaker.node_id if discourse.voice.speaker else None
        reading = DocumentReading(source=source, anchor=anchor, speaker_state=speaker_state, speaker=speaker)
        state = _Document(source, anchor, discourse, reading)
        for index, para in enumerate(paragraphs):
            if para.lang == "zh":
                reading.chinese.append(para)
                continue
            doc = docs.get(para)
            if doc is not None:
                self._read_paragraph(state, index, para, doc)
        document = document_node(source, self.version)
        nodes, relationships, normalisations = assemble(reading, document, self.gazetteer)
        batch = GraphBatch(document=document, nodes=nodes, relationships=relationships)
        return Extraction(batch=batch, normalisations=normalisations)

    def _read_paragraph(self, state: _Document, index: int, para: Paragraph, doc: Doc) -> None:
        """One paragraph: its voice, dates, actors and claims. Changes in the discourse: the voice
        (a transcript turn), known names, pairs, and the narrative's year (last)."""
        discourse, reading = state.discourse, state.reading
        if para.speaker_label:
            discourse.voice = self._speaker_voice(state, para.speaker_label)
        dated = _paragraph_dates(doc, para, state, index)
        discourse.note_names(paragraph_text(doc))
        mentions = self.linker.link(
            doc, offset=para.start, date=dated.paragraph_date, known_people=discourse.known_people
        )
        reading.mentions.extend(mentions)
        _note_hyphen_pairs(doc, mentions, discourse)
        if para.role == "heading":
            self._read_heading(doc, para, mentions, dated, discourse, reading, index)
        if para.role in ("body", "heading"):
            self._read_sentences(doc, para, mentions, dated, discourse, reading, index)
        if reading.anchor_date is None:
            reading.anchor_date = next(
                (d.date for d in dated.dates if _narrative_date(d, state.source.published)), None
            )
        if dated.explicit_years:
            discourse.context_year = dated.explicit_years[-1]
            discourse.context_year_paragraph = index

    def _speaker_voice(self, state: _Document, label: str) -> Voice:
        """The voice a transcript speaker label opens: the same each time the label comes back."""
        if label not in state.speaker_voices:
            state.speaker_voices[label] = transcript_voice(label, state.source, self.gazetteer)
        return state.speaker_voices[label]

    def _read_sentences(
        self,
        doc: Doc,
        para: Paragraph,
        mentions: list[ActorMention],
        dated: _ParagraphDates,
        discourse: Discourse,
        reading: DocumentReading,
        index: int,
    ) -> None:
        """Each sentence's claims, read with the discourse and noted in it after each sentence."""
        by_token = {t: m for m in mentions for t in range(m.tok_start, m.tok_end)}
        date_at: dict[int, DateMention] = {}
        for d in dated.dates:
            for t in doc.char_span(d.start - para.start, d.end - para.start, alignment_mode="expand") or []:
                date_at[t.i] = d
        skipped = doc.user_data.get(SKIPPED, ())
        for sent in doc.sents:
            sent_dates = _sentence_dates(sent, dated.dates, para)
            ctx = SentenceContext(
                sent=sent,
                mentions=[m for m in mentions if sent.start <= m.tok_start < sent.end],
                by_token=by_token,
                dates=sent_dates,
                date_at=date_at,
                discourse=discourse,
                date=(sent_dates[0].date if sent_dates else dated.paragraph_date),
                paragraph_index=index,
                adverbial=dated.adverbial,
            )
            # a sentence the cascade left unparsed holds no claim; its mentions still go on
            candidates = [] if sent.start in skipped else self.reader.read_sentence(ctx)
            if para.role == "heading":
                # a headline or a signature line ("Josep Borrell, High Representative for Foreign
                # Affairs and Security Policy") asserts no act, but its titles name offices
                candidates = [c for c in candidates if c.rel is RelType.HOLDS_OFFICE]
            reading.add(candidates, ctx, para)
            self._after_sentence(candidates, ctx, discourse, index)

    def _after_sentence(self, candidates: list, ctx: SentenceContext, discourse: Discourse, index: int) -> None:
        """What a sentence leaves in the discourse: pairs, the position holder, the mentions."""
        self._note_pairs(candidates, discourse, ctx.date)
        discourse.next_sentence()
        for c in candidates:
            if c.rel.value in ("SUPPORTS", "OPPOSES") and c.source.kind.value in _POSITION_HOLDERS:
                discourse.position_holder = c.source
                discourse.position_holder_paragraph = index
        discourse.note_mentions(ctx.mentions)

    def _read_heading(
        self,
        doc: Doc,
        para: Paragraph,
        mentions: list[ActorMention],
        dated: _ParagraphDates,
        discourse: Discourse,
        reading: DocumentReading,
        index: int,
    ) -> None:
        """A heading or a short list line states acts in the document's own voice ("Sanctions on X",
        "Designation of Y"): only the sanctions it names are read from it, on a copy of the discourse
        (who sanctioned is remembered), so that a title leaves "he" and "it" to the body."""
        by_token = {t: m for m in mentions for t in range(m.tok_start, m.tok_end)}
        skipped = doc.user_data.get(SKIPPED, ())
        for sent in doc.sents:
            if sent.start in skipped:
                continue
            sent_dates = _sentence_dates(sent, dated.dates, para)
            ctx = SentenceContext(
                sent=sent,
                mentions=[m for m in mentions if sent.start <= m.tok_start < sent.end],
                by_token=by_token,
                dates=sent_dates,
                date_at={},
                discourse=discourse.fork(),
                date=(sent_dates[0].date if sent_dates else dated.paragraph_date),
                paragraph_index=index,
            )
            found = [c for c in self.reader.read_sentence(ctx) if c.rel.value == "SANCTIONS"]
            if found:
                reading.add(found, ctx, para)
                discourse.last_sanctioner = ctx.discourse.last_sanctioner

    def _note_pairs(self, candidates: list, discourse: Discourse, date: str | None) -> None:
        """A visit or a meeting makes its two sides the pair "the two sides" refers to next."""
        for c in candidates:
            if c.rel.value in _PAIR_RELATIONS and c.target.actor is not None:
                a, b = self._state_of(c.source, date), self._state_of(c.target.actor, date)
                if a is not None and b is not None:
                    discourse.note_pair(a, b)

    def _state_of(self, m: ActorMention, date: str | None) -> ActorMention | None:
        if m.kind.value == "State":
            return m
        if m.kind.value != "Person":
            return None
        of = m.office.of if m.office and m.office.of else None
        if of is None:
            offices = [o for o in self.gazetteer.offices(m.node_id, date) if o.of.startswith("state:")]
            of = offices[0].of if offices else None
        return actor_from_reference(self.gazetteer, of) if of else None


def _paragraph_dates(doc: Doc, para: Paragraph, state: _Document, index: int) -> _ParagraphDates:
    """The paragraph's dates: the patterns' matches (date_matches component) given the year the
    narrative set within reach, and the DATE entities of relative days (date_entities component)."""
    discourse, anchor, published = state.discourse, state.anchor, state.source.published
    # a year the narrative set a few paragraphs ago still dates "In May"; one set long before
    # (a 1968 anecdote early in a 2023 briefing) does not
    recent = index - discourse.context_year_paragraph <= NARRATIVE_REACH
    context_year = discourse.context_year if recent else None
    text = paragraph_text(doc)
    dates = resolve_dates(text, doc._.date_matches, anchor=anchor, offset=para.start, context_year=context_year)
    dates = sorted(dates + relative_day_dates(doc._.date_entities, dates, anchor=anchor), key=lambda d: d.start)
    adverbial = {d.start for d in dates if is_adverbial(doc, d, para.start)}
    latest = int(published[:4]) if published else 9999
    explicit_years = [
        int(d.date[:4])
        for d in dates
        if d.basis == "explicit"
        and d.start in adverbial
        and int(d.date[:4]) <= latest
        and not among_other_years(text, d.start - para.start, d.end - para.start, int(d.date[:4]))
    ]
    paragraph_date = (
        next((d.date for d in dates if d.start in adverbial), None) or state.reading.anchor_date or published
    )
    return _ParagraphDates(dates, adverbial, explicit_years, paragraph_date)


def _sentence_dates(sent: Span, dates: list[DateMention], para: Paragraph) -> list[DateMention]:
    return [d for d in dates if sent.start_char <= d.start - para.start < sent.end_char]


def _note_hyphen_pairs(doc: Doc, mentions: list[ActorMention], discourse: Discourse) -> None:
    """ "A-B cooperation", "Sino-<demonym> relations": a bilateral frame for "the two sides"."""
    states = [m for m in mentions if m.kind.value == "State"]
    for a, b in itertools.pairwise(states):
        if b.tok_start == a.tok_end + 1 and doc[a.tok_end].text in ("-", "–") and a.node_id != b.node_id:
            discourse.note_pair(a, b)


def _narrative_date(d: DateMention, published: str | None) -> bool:
    """A date that can stand for the document's story: within two years before publication."""
    if not published:
        return d.basis == "explicit"
    return int(published[:4]) - 2 <= int(d.date[:4]) <= int(published[:4])
