"""Corpus knowledge at the edge (extract/corpora): layouts and transcript voices found by their
registries, and the generic collector and voice asking the registries rather than naming a corpus.
No model is loaded."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import catalogue
import pytest

from diplograph.extract import corpora
from diplograph.extract.corpora import CorpusLayout, corpus_rows, load_layouts, load_voices, session_month
from diplograph.extract.corpora.ungdc import CORPUS_NAME
from diplograph.extract.gazetteer import Gazetteer
from diplograph.extract.handoffs import SourceDocument
from diplograph.extract.voice import document_voice, transcript_voice
from diplograph.ingest import IngestReport, collect_sources


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def source(url: str | None = None, published: str | None = "2022-03-02", **metadata: Any) -> SourceDocument:
    text = "THE PRESIDENT: Thank you."
    return SourceDocument(
        doc_id="doc:t",
        file="t.txt",
        path="t.txt",
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        url=url,
        published=published,
        publisher=metadata.pop("publisher", None),
        metadata=metadata,
    )


def test_the_registries_list_the_plugins_by_versioned_name() -> None:
    assert [name for name, _ in load_layouts()] == ["ungdc.v1"]
    assert [name for name, _ in load_voices()] == ["whitehouse.president.v1"]


def test_the_president_speaks_for_the_united_states_on_a_white_house_page_only(gaz: Gazetteer) -> None:
    page = source("https://www.whitehouse.gov/briefing-room/speeches-remarks/2022/03/02/remarks/")
    voice = transcript_voice("THE PRESIDENT", page, gaz)
    assert voice.state is not None and voice.state.node_id == "state:USA"
    assert voice.speaker is not None and voice.speaker.node_id == "person:joe-biden"
    assert transcript_voice("THE VICE PRESIDENT", page, gaz).state is None
    assert transcript_voice("THE PRESIDENT", source("https://example.org/remarks"), gaz).state is None
    assert transcript_voice("MS. PSAKI", page, gaz).state is None


def test_speech_metadata_comes_before_the_publisher(gaz: Gazetteer) -> None:
    speech = document_voice(source(on_behalf_of="state:CHN", publisher="U.S. Department of State"), gaz)
    assert speech.state is not None and speech.state.node_id == "state:CHN" and speech.speech
    issued = document_voice(source(publisher="U.S. Department of State"), gaz)
    assert issued.state is not None and issued.state.node_id == "state:USA" and issued.basis == "document"
    assert document_voice(source(publisher="Ukrainian News Agency"), gaz).state is None


def test_a_session_month_comes_from_the_layout_that_knows_the_corpus() -> None:
    assert session_month("2020-09", {"corpus": CORPUS_NAME, "session": 75}) == "2020-09"
    assert session_month("2020-09", {"session": 75}) is None


@pytest.fixture
def extra_layout(tmp_path: Path) -> Iterator[Path]:
    """A layout registered for the test: every ``.txt`` of a folder holding ``LAYOUT`` gets a title."""

    def rows(folder: Path) -> dict[str, dict[str, Any]] | None:
        if not (folder / "LAYOUT").exists():
            return None
        return {p.name: {"file": p.name, "title": f"from the layout: {p.stem}"} for p in folder.glob("*.txt")}

    corpora.layouts.register("aaa-test.v1", func=CorpusLayout(manifest=rows, batches=lambda folder: []))
    load_layouts.cache_clear()
    try:
        yield tmp_path
    finally:
        catalogue.REGISTRY.pop(("diplograph", "corpus_layouts", "aaa-test.v1"))
        load_layouts.cache_clear()


def test_the_generic_collector_takes_rows_from_any_registered_layout(extra_layout: Path) -> None:
    folder = extra_layout / "in"
    folder.mkdir()
    (folder / "LAYOUT").write_text("", encoding="utf-8")
    (folder / "one.txt").write_text("China and Russia met.", encoding="utf-8")
    assert corpus_rows(folder) == {"one.txt": {"file": "one.txt", "title": "from the layout: one"}}
    [(file, _, row)] = collect_sources([folder], max_bytes=1 << 20, report=IngestReport())
    assert file.name == "one.txt" and row == {"file": "one.txt", "title": "from the layout: one"}
    # a manifest beside the files wins over the layout's rows
    (folder / "manifest.json").write_text('[{"file": "one.txt", "title": "from the manifest"}]', encoding="utf-8")
    [(_, _, row)] = collect_sources([folder], max_bytes=1 << 20, report=IngestReport())
    assert row == {"file": "one.txt", "title": "from the manifest"}
