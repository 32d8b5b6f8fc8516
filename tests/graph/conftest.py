"""Helpers for the graph tests: small, valid batches built from a compact description.

``make_batch("doc:a", [("SUPPORTS", "state:CHN", "state:RUS"), ...])`` gives a GraphBatch whose
text is the claims' evidence sentences one per line, with correct offsets and full provenance, the
nodes every claim names (each with a MENTIONS from the document) and a fingerprint that changes
when the claims do.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import pytest

from diplograph.graph.models import GraphBatch, Node, Relationship, claim_key, mention_key
from diplograph.graph.schema import NodeKind, kind_of

ClaimSpec = tuple[str, str, str] | tuple[str, str, str, dict[str, Any]]


def default_name(node_id: str) -> str:
    return node_id.split(":", 1)[1].replace("-", " ").title()


def build_batch(
    doc_id: str,
    claims: Sequence[ClaimSpec] = (),
    *,
    extra_nodes: Iterable[str] = (),
    node_props: dict[str, dict[str, Any]] | None = None,
    doc_props: dict[str, Any] | None = None,
) -> GraphBatch:
    """A valid batch: one claim per spec ``(type, source, target[, fields])``."""
    node_props = node_props or {}
    lines: list[str] = []
    rels: list[Relationship] = []
    offset = 0
    ids: dict[str, None] = {}
    for spec in claims:
        rel_type, source, target = spec[:3]
        fields: dict[str, Any] = dict(spec[3]) if len(spec) > 3 else {}  # type: ignore[misc]
        evidence = fields.pop("evidence", f"{default_name(source)} {rel_type.lower()} {default_name(target)}.")
        distinguishing = fields.pop("distinguishing", ())
        rels.append(
            Relationship(
                type=rel_type,
                source=source,
                target=target,
                key=claim_key(doc_id, rel_type, source, target, *distinguishing),
                doc_id=doc_id,
                evidence=evidence,
                start=offset,
                end=offset + len(evidence),
                lang=fields.pop("lang", "en"),
                confidence=fields.pop("confidence", 0.9),
                extractor=fields.pop("extractor", "test-rule.v1"),
                **fields,
            )
        )
        lines.append(evidence)
        offset += len(evidence) + 1
        ids.update({source: None, target: None})
    ids.update(dict.fromkeys(extra_nodes))
    nodes = []
    for node_id in ids:
        props = {"name": default_name(node_id), **node_props.get(node_id, {})}
        if kind_of(node_id) is NodeKind.DOCUMENT:
            raise ValueError("documents are not claim ends")
        nodes.append(Node(id=node_id, properties=props))
    rels += [
        Relationship(type="MENTIONS", source=doc_id, target=n.id, key=mention_key(doc_id, n.id), doc_id=doc_id, count=1)
        for n in nodes
    ]
    text = "\n".join(lines)
    fingerprint = hashlib.sha256(repr((claims, sorted(node_props.items()), doc_props)).encode()).hexdigest()[:16]
    props = {"title": f"Title of {doc_id}", "text": text, "fingerprint": fingerprint, **(doc_props or {})}
    return GraphBatch(document=Node(id=doc_id, properties=props), nodes=nodes, relationships=rels)


@pytest.fixture
def make_batch() -> Callable[..., GraphBatch]:
    return build_batch


def export_set(store: Any) -> set[str]:
    from diplograph.graph.stores import export_line

    return {export_line(obj) for obj in store.export()}


@pytest.fixture
def exported() -> Callable[[Any], set[str]]:
    """``exported(store)``: the store's export as a set of lines (order ignored)."""
    return export_set
