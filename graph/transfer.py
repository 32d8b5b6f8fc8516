"""Load an export (the contract's APOC-style JSON lines) back into a store.

``diplograph export`` from one store and ``diplograph import`` into another moves a graph between
the embedded store and Neo4j without extracting the documents again. The lines are regrouped
into one batch per document (its Document node, the nodes its relationships touch, its claims
and MENTIONS), so the import goes through the same write path as ingest: validated against the
contract, one transaction per document, unchanged documents skipped.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from .models import GraphBatch, Node, Relationship
from .schema import CLAIM_PROPERTIES, DATE_BOUND_PROPERTIES, PROVENANCE_PROPERTIES

__all__ = ["batches_from_export"]

_FIELDS = {*PROVENANCE_PROPERTIES, *CLAIM_PROPERTIES, "count"} - {"key"}


def _relationship(obj: dict[str, Any]) -> Relationship:
    props = dict(obj.get("properties") or {})
    for derived in DATE_BOUND_PROPERTIES:  # the store writes them again from date
        props.pop(derived, None)
    fields = {k: props.pop(k) for k in list(props) if k in _FIELDS}
    key = props.pop("key", obj.get("id"))
    return Relationship(
        type=obj["label"], source=obj["start"]["id"], target=obj["end"]["id"], key=key, attrs=props, **fields
    )


def batches_from_export(lines: Iterable[str]) -> Iterator[GraphBatch]:
    """One GraphBatch per Document of an export, in document id order.

    Raises:
        ValueError: a line that is not JSON, or a node or relationship the contract refuses.
    """
    nodes: dict[str, Node] = {}
    by_doc: dict[str, list[Relationship]] = defaultdict(list)
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"line {number}: not JSON ({exc.msg})") from None
        if obj.get("type") == "node":
            props = {k: v for k, v in (obj.get("properties") or {}).items() if k != "id"}
            nodes[obj["id"]] = Node(id=obj["id"], properties=props)
        elif obj.get("type") == "relationship":
            rel = _relationship(obj)
            by_doc[rel.doc_id].append(rel)
        else:
            raise ValueError(f"line {number}: neither a node nor a relationship")
    for doc_id in sorted(by_doc.keys() | {n for n in nodes if n.startswith("doc:")}):
        rels = by_doc.get(doc_id, [])
        touched = {end for r in rels for end in (r.source, r.target)} - {doc_id}
        yield GraphBatch(
            document=nodes[doc_id],
            nodes=[nodes[n] for n in sorted(touched)],
            relationships=rels,
        )
