"""Fixtures of the extraction tests: one real extractor per session, ``read(text)`` -> GraphBatch, and
``ungdc_speech(rel)``: a General Debate speech of ../shared/corpora/ungdc-2015-2024 read whole with its
manifest row (each speech once per session)."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from diplograph.extract.corpora import ungdc
from diplograph.extract.loaders import SourceDocument, load_document
from diplograph.extract.pipeline import Extractor, build_extractor
from diplograph.graph.models import GraphBatch, Relationship

#: the relations that state a position
POSITIONS = frozenset({"SUPPORTS", "OPPOSES", "CONDEMNS", "PROPOSES", "ABSTAINS"})


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return build_extractor()


def make_source(text: str, published: str | None = "2023-01-11", **metadata: Any) -> SourceDocument:
    return SourceDocument(
        doc_id="doc:test",
        file="test.txt",
        path="test.txt",
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        published=published,
        metadata=metadata,
    )


@pytest.fixture(scope="session")
def read(extractor: Extractor) -> Callable[..., GraphBatch]:
    def run(text: str, published: str | None = "2023-01-11", **metadata: Any) -> GraphBatch:
        return extractor.extract(make_source(text, published, **metadata)).batch

    return run


@pytest.fixture(scope="session")
def ungdc_speech(shared_dir: Path, extractor: Extractor) -> Callable[[str], GraphBatch]:
    folder = shared_dir / "corpora" / "ungdc-2015-2024"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent: the UN General Debate corpus lives beside the project")
    rows = ungdc.corpus_manifest(folder)
    assert rows is not None
    batches: dict[str, GraphBatch] = {}

    def read_speech(rel: str) -> GraphBatch:
        if rel not in batches:
            source = load_document(folder / rel, manifest_row=rows[rel], relative_to=folder)
            batches[rel] = extractor.extract(source).batch
        return batches[rel]

    return read_speech


def speech_positions(
    read: Callable[..., GraphBatch], text: str, state: str, year: int, speaker: str | None = None
) -> list[Relationship]:
    """The position claims of ``text`` read as a General Debate speech of ``state`` in ``year`` (dated
    to the session's September), with the speaker as the corpus's manifest row names them."""
    plain = unicodedata.normalize("NFKD", speaker or "").encode("ascii", "ignore").decode()
    who = {"speaker": speaker, "speaker_id": "person:" + "-".join(plain.lower().split())} if speaker else {}
    batch = read(text, published=f"{year}-09", on_behalf_of=state, **who)
    return [c for c in batch.claims if c.type.value in POSITIONS]
