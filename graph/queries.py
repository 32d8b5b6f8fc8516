"""Every Cypher statement the stores write or read for the graph's own upkeep, in one place.

Values always travel as parameters; the only text composed here is labels and relationship types,
and those come from the contract's enums (never from input). Each write statement is an updating
body that ends without ``RETURN`` so a store can run it as it is (Neo4j: one statement of a
transaction) or wrap it in ``CALL { ... RETURN count(*) }`` (FalkorDB: one atomic query). Every
statement stays inside the Cypher subset both stores run (shared/design/cypher-subset.md).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from .models import GraphBatch, Node, Relationship
from .schema import CLAIM_TYPES, BaseLabel, NodeKind, RelType, base_label, date_bounds, kind_of, labels_of


@dataclass(frozen=True)
class Statement:
    """One updating Cypher body and its parameters (names unique within a write)."""

    cypher: str
    params: dict[str, Any] = field(default_factory=dict)


def _node_row(node: Node) -> dict[str, Any]:
    props = dict(node.properties)
    aliases = props.pop("aliases", [])
    return {"id": node.id, "props": props, "aliases": aliases}


def _rel_row(rel: Relationship) -> dict[str, Any]:
    date_from, date_to = date_bounds(rel.date)
    return {
        "source": rel.source,
        "target": rel.target,
        "key": rel.key,
        "props": rel.properties(),
        "date_from": date_from,
        "date_to": date_to,
    }


def delete_document_statements(doc_id: str, previously_mentioned: list[str]) -> list[Statement]:
    """Remove what a document wrote: its claims, its MENTIONS, then nodes nothing else holds.

    ``previously_mentioned`` are the ids the document's MENTIONS pointed at (read beforehand):
    those left without any relationship are deleted, so replacing a document leaves no orphans.
    """
    statements = [
        Statement(f"MATCH ()-[r:{rel.value}]->() WHERE r.doc_id = $doc_id DELETE r", {"doc_id": doc_id})
        for rel in sorted(CLAIM_TYPES)
    ]
    statements.append(Statement("MATCH (d:Document {id: $doc_id})-[m:MENTIONS]->() DELETE m", {"doc_id": doc_id}))
    by_label: dict[BaseLabel, list[str]] = defaultdict(list)
    for node_id in previously_mentioned:
        by_label[base_label(kind_of(node_id))].append(node_id)
    for label, ids in sorted(by_label.items()):
        statements.append(
            Statement(
                f"UNWIND $ids AS id MATCH (n:{label.value} {{id: id}}) WHERE NOT (n)--() DELETE n",
                {"ids": sorted(ids)},
            )
        )
    return statements


def merge_nodes_statements(nodes: list[Node]) -> list[Statement]:
    """MERGE nodes on their base label's constrained ``id``; aliases accumulate across documents.

    ``SET n = ...`` for Documents (a re-ingested document's metadata replaces the old); other nodes
    take ``+=`` so properties another document set are kept.
    """
    by_kind: dict[NodeKind, list[Node]] = defaultdict(list)
    for node in nodes:
        by_kind[node.kind].append(node)
    statements = []
    for kind, group in sorted(by_kind.items()):
        labels = ":".join(labels_of(kind))
        rows = [_node_row(n) for n in sorted(group, key=lambda n: n.id)]
        if kind is NodeKind.DOCUMENT:
            cypher = f"UNWIND $rows AS row MERGE (n:{labels} {{id: row.id}}) SET n = row.props SET n.id = row.id"
        else:
            cypher = (
                f"UNWIND $rows AS row MERGE (n:{labels} {{id: row.id}}) SET n += row.props "
                "SET n.aliases = coalesce(n.aliases, []) + "
                "[a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])]"
            )
        statements.append(Statement(cypher, {"rows": rows}))
    return statements


def create_relationships_statements(rels: list[Relationship]) -> list[Statement]:
    """CREATE relationships, one UNWIND per (type, start label, end label).

    CREATE, not MERGE: a document's relationships are always deleted before it is written again
    and their keys embed the document, so none of them can exist yet; the key uniqueness
    constraint still refuses a duplicate. MERGE would have to expand every relationship of that
    type on the start node, which costs more the more a node is mentioned (a state's thousands of
    claims).
    """
    groups: dict[tuple[RelType, BaseLabel, BaseLabel], list[Relationship]] = defaultdict(list)
    for rel in rels:
        groups[(rel.type, base_label(kind_of(rel.source)), base_label(kind_of(rel.target)))].append(rel)
    statements = []
    for (rel_type, source_label, target_label), group in sorted(groups.items()):
        statements.append(
            Statement(
                f"UNWIND $rows AS row "
                f"MATCH (a:{source_label.value} {{id: row.source}}) "
                f"MATCH (b:{target_label.value} {{id: row.target}}) "
                f"CREATE (a)-[r:{rel_type.value}]->(b) SET r = row.props "
                # temporal values made by the store itself: both stores have date(), neither driver
                # sends a Python date the other can take (FalkorDB's parameters are text)
                "SET r.date_from = date(row.date_from), r.date_to = date(row.date_to)",
                {"rows": [_rel_row(r) for r in sorted(group, key=lambda r: r.key)]},
            )
        )
    return statements


def write_document_statements(batch: GraphBatch, *, previously_mentioned: list[str] | None) -> list[Statement]:
    """All statements that put one document's batch in the graph, replacing an earlier version.

    ``previously_mentioned`` is None for a document the store has never seen.
    """
    statements: list[Statement] = []
    if previously_mentioned is not None:
        statements += delete_document_statements(batch.document.id, previously_mentioned)
    statements += merge_nodes_statements([batch.document, *batch.nodes])
    statements += create_relationships_statements(batch.relationships)
    return statements


# -- reads the stores need for their own upkeep -------------------------------------------------

DOCUMENT_STATE = (
    "MATCH (d:Document {id: $doc_id}) "
    "OPTIONAL MATCH (d)-[:MENTIONS]->(n) "
    "RETURN d.fingerprint AS fingerprint, collect(n.id) AS mentioned"
)

EXPORT_NODES = "MATCH (n:{label}) RETURN n.id AS id, properties(n) AS props"

EXPORT_RELATIONSHIPS = "MATCH (a)-[r:{type}]->(b) RETURN a.id AS source, b.id AS target, properties(r) AS props"

COUNT_NODES = "MATCH (n:{label}) RETURN count(n) AS n"
COUNT_RELATIONSHIPS = "MATCH ()-[r:{type}]->() RETURN count(r) AS n"

WIPE = "MATCH (n) DETACH DELETE n"
