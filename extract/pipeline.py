"""Extraction entry point: ``build_extractor()`` gives the Extractor ingest uses."""

from __future__ import annotations

from diplograph.graph.models import GraphBatch
from diplograph.ingest import Extraction

from .document import document_node
from .loaders import SourceDocument

PIPELINE_VERSION = "documents-only.v1"


class DocumentOnlyExtractor:
    """Writes each document's Document node and nothing else (until the NLP pipeline is ready)."""

    version = PIPELINE_VERSION

    def extract(self, source: SourceDocument) -> Extraction:
        return Extraction(GraphBatch(document=document_node(source, self.version)))


def build_extractor(model: str | None = None, *, processes: int = 1) -> DocumentOnlyExtractor:
    return DocumentOnlyExtractor()
