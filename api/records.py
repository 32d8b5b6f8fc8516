"""Rows from the store -> response models. Pure functions, no I/O."""

from __future__ import annotations

from typing import Any

from fastapi import Response
from pydantic import BaseModel

from diplograph.graph.schema import kind_of

from .queries import EDGE_FIELDS
from .schemas import Claim, ClaimRef, CyEdge, CyEdgeData, CyElements, CyNode, CyNodeData, NodeRef

__all__ = ["claim", "claim_fields", "cytoscape", "kind_name", "node_ref"]

#: claim properties that are fields of :class:`Claim`; the rest go into ``attrs``
_CLAIM_FIELDS = frozenset(Claim.model_fields) - {"type", "source", "target", "attrs"}
_REF_FIELDS = frozenset(ClaimRef.model_fields)


def kind_name(node_id: str) -> str:
    """The kind label of a contract id (``state:CHN`` -> ``State``)."""
    return kind_of(node_id).value


def node_ref(node_id: str, name: str | None) -> NodeRef:
    return NodeRef(id=node_id, kind=kind_name(node_id), name=name)  # type: ignore[arg-type]


def claim_fields(props: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Split a relationship's properties into Claim fields and the remaining ``attrs``."""
    fields = {k: v for k, v in props.items() if k in _CLAIM_FIELDS}
    attrs = {k: v for k, v in props.items() if k not in _CLAIM_FIELDS and k != "count"}
    return fields, attrs


def claim(row: dict[str, Any]) -> Claim:
    """A Claim from a row with ``type``, ``claim`` (properties) and source/target ids and names."""
    fields, attrs = claim_fields(row["claim"])
    return Claim(
        type=row["type"],
        source=node_ref(row["source_id"], row["source_name"]),
        target=node_ref(row["target_id"], row["target_name"]),
        attrs=attrs,
        **fields,
    )


def ref_fields(props: dict[str, Any]) -> dict[str, Any]:
    """The ClaimRef fields (key, date, as_of, doc_id, evidence) of a claim's properties."""
    return {k: v for k, v in props.items() if k in _REF_FIELDS}


def _label(node: dict[str, Any]) -> str:
    return str(node.get("name") or node.get("title") or node["id"])


def cytoscape(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> CyElements:
    """Cytoscape.js elements from node maps (``id``, ``name``, ``title``) and edge rows.

    Edge rows carry ``type``, ``claim`` (properties) and ``source``/``target`` ids. Nodes are
    deduplicated by id and edges by claim key, keeping first-seen order.
    """
    seen_nodes: dict[str, CyNode] = {}
    for node in nodes:
        if node["id"] not in seen_nodes:
            seen_nodes[node["id"]] = CyNode(
                data=CyNodeData(id=node["id"], label=_label(node), kind=kind_name(node["id"]))
            )  # type: ignore[arg-type]
    seen_edges: dict[str, CyEdge] = {}
    for edge in edges:
        props = edge["claim"]
        key = props.get("key") or f"{edge['source']}-{edge['type']}-{edge['target']}"
        if key in seen_edges:
            continue
        seen_edges[key] = CyEdge(
            data=CyEdgeData(
                id=key,
                source=edge["source"],
                target=edge["target"],
                label=edge["type"],
                **{k: props.get(k) for k in EDGE_FIELDS},
            )
        )
    return CyElements(nodes=list(seen_nodes.values()), edges=list(seen_edges.values()))


def serialised(model: BaseModel) -> Response:
    """The response, built and validated once, serialised by pydantic-core.

    Returning the model would make FastAPI dump it to Python objects, validate them again against
    the response model and encode them: for a 500-edge neighbourhood that took longer than the
    query (bench/api_latency.py). The route still names its ``response_model`` for OpenAPI.
    """
    return Response(content=model.model_dump_json(), media_type="application/json")
