"""The Document node of a source: metadata, text and fingerprint, as the contract lists them."""

from __future__ import annotations

from diplograph.graph.models import Node

from .loaders import SourceDocument


def document_node(source: SourceDocument, pipeline_version: str) -> Node:
    """The Document node: contract metadata, the text evidence offsets index into, provenance.

    ``fingerprint`` lets a store skip a document whose text, metadata and pipeline are unchanged.
    """
    props = {
        "title": source.title,
        "publisher": source.publisher,
        "author": source.author,
        "published": source.published,
        "published_basis": source.published_basis,
        "url": source.url,
        "languages": source.languages or None,
        "sha256": source.sha256,
        "file": source.file,
        "path": source.path,
        "text": source.text,
        "pipeline": pipeline_version,
        "fingerprint": source.fingerprint(pipeline_version),
    }
    for key, value in source.metadata.items():
        props.setdefault(key, value)
    return Node(id=source.doc_id, properties=props)
