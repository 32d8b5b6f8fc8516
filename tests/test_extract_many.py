"""``Extractor.extract_many`` keeps one result per source, in order, whatever fails where (issue 15).

The chunk fallback used to redo a whole chunk after a failure, yielding again the documents it had
already yielded: sources and results went out of step, the wrong file was blamed and later good
documents were lost. Here a failure is injected at every position of a chunk (and before any
document of it is read) into the real pipeline; a failure in the middle of reading a document
cannot be caused otherwise on demand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.extract.loaders import SourceDocument, load_document
from diplograph.extract.pipeline import Extractor
from diplograph.graph.stores import GraphStore
from diplograph.ingest import ingest

pytestmark = pytest.mark.nlp

CHUNK = 4


class FailingExtractor(Extractor):
    """The real extractor, with a fault injected while reading the documents named in ``fail``."""

    def __init__(self, fail: set[str], *, when: str = "read") -> None:
        super().__init__(chunk_docs=CHUNK)
        self.fail = fail
        self.when = when

    def _prepare(self, source: SourceDocument):  # type: ignore[no-untyped-def]
        if self.when == "prepare" and source.doc_id in self.fail:
            raise RecursionError(f"injected while preparing {source.doc_id}")
        return super()._prepare(source)

    def _read(self, source, paragraphs, docs):  # type: ignore[no-untyped-def]
        if self.when == "read" and source.doc_id in self.fail:
            raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, f"injected while reading {source.doc_id}")
        return super()._read(source, paragraphs, docs)


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> list[SourceDocument]:
    folder = tmp_path_factory.mktemp("chunk-docs")
    out = []
    for i in range(CHUNK * 2 + 1):  # two whole chunks and a short one
        path = folder / f"d{i}.txt"
        path.write_text(f"China and Russia signed agreement number {i} in Moscow on 3 May 2022.\n", encoding="utf-8")
        out.append(load_document(path))
    return out


@pytest.fixture(scope="module")
def nlp_loaded() -> Extractor:
    extractor = Extractor(chunk_docs=CHUNK)
    extractor.reader  # noqa: B018 - load spaCy and the gazetteer once for the module
    return extractor


def _share(extractor: Extractor, loaded: Extractor) -> Extractor:
    # the loaded pipeline, reused (cached_property values live in the instance's __dict__)
    for name in ("nlp", "gazetteer", "linker", "reader"):
        extractor.__dict__[name] = getattr(loaded, name)
    return extractor


@pytest.mark.parametrize("when", ["read", "prepare"])
@pytest.mark.parametrize("position", range(CHUNK))
def test_a_failure_at_any_position_of_a_chunk_blames_that_document_only(
    sources: list[SourceDocument], nlp_loaded: Extractor, position: int, when: str
) -> None:
    # the same position in the first chunk and in the second, so a fallback that drifts shows twice
    failing = {sources[position].doc_id, sources[CHUNK + position].doc_id}
    extractor = _share(FailingExtractor(failing, when=when), nlp_loaded)
    results = list(extractor.extract_many(sources))
    assert len(results) == len(sources)
    for source, result in zip(sources, results, strict=True):
        if source.doc_id in failing:
            assert isinstance(result, Exception) and source.doc_id in str(result)
        else:
            assert not isinstance(result, Exception), result
            assert result.batch.document.id == source.doc_id


def test_every_document_of_a_chunk_failing(sources: list[SourceDocument], nlp_loaded: Extractor) -> None:
    extractor = _share(FailingExtractor({s.doc_id for s in sources[:CHUNK]}), nlp_loaded)
    results = list(extractor.extract_many(sources))
    assert [isinstance(r, Exception) for r in results] == [True] * CHUNK + [False] * (len(sources) - CHUNK)


def test_ten_files_the_fourth_bad_nine_go_in(embedded_store: GraphStore, tmp_path: Path, nlp_loaded: Extractor) -> None:
    """The issue's case: ten small Markdown files, the fourth with ``date: '0000'``."""
    embedded_store.wipe()
    for i in range(10):
        date = "'0000'" if i == 3 else f"2022-05-{i + 1:02d}"
        (tmp_path / f"note{i}.md").write_text(
            f"---\ntitle: Note {i}\ndate: {date}\n---\nChina and Russia held talks in Moscow ({i}).\n", encoding="utf-8"
        )
    report = ingest([tmp_path], embedded_store, _share(Extractor(chunk_docs=CHUNK), nlp_loaded))
    assert report.created == 9
    [rejected] = report.rejected
    assert rejected.path.endswith("note3.md") and "between 1900 and 2100" in rejected.reason
    stored = embedded_store.read("MATCH (d:Document) RETURN d.id AS id ORDER BY id").rows
    assert [r[0] for r in stored] == [f"doc:note{i}" for i in range(10) if i != 3]
