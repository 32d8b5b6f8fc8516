"""Fixtures of the extraction tests: one real extractor per session, and ``read(text)`` -> GraphBatch."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

import pytest

from diplograph.extract.loaders import SourceDocument
from diplograph.extract.pipeline import Extractor, build_extractor
from diplograph.graph.models import GraphBatch


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
