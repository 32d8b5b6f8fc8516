"""Every Cypher string of graph/ in one place: the writes, the stores' upkeep and schema, the
readers' claims-in-a-period queries and the date-overlap filter (which api/queries.py uses too).

Values always travel as parameters; the only text composed here is labels and relationship types,
and those come from the contract's enums (never from input). Each write statement is an updating
body that ends without ``RETURN`` so a store can run it as it is (Neo4j: one statement of a
transaction) or wrap it in ``CALL { ... RETURN count(*) }`` (FalkorDB: one atomic query). Every
statement stays inside the Cypher subset both stores run (shared/design/cypher-subset.md).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .models import GraphBatch, Node, Relationship
from .plover import code_claim
from .schema import (
    CLAIM_TYPES,
    INDEXED_NODE_PROPERTIES,
    INDEXED_REL_PROPERTIES,
    BaseLabel,
    NodeKind,
    RelType,
    base_label,
    date_bounds,
    kind_of,
    labels_of,
)


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
    props = rel.properties()
    if rel.is_claim:  # derived here, like the date bounds, so extraction never codes PLOVER itself
        props.update(code_claim(rel.type, props, rel.target).properties())
    return {
        "source": rel.source,
        "target": rel.target,
        "key": rel.key,
        "props": props,
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


# ================================================================== the store's own statements

#: a store answers (GraphStore.ping)
PING = "RETURN 1 AS ok"
#: a document node and what hangs on it only (GraphStore.delete_document)
DELETE_DOCUMENT = "MATCH (d:Document {id: $doc_id}) DETACH DELETE d"
#: WIPE in batches: Neo4j keeps one transaction's deletions in memory
WIPE_IN_BATCHES = "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS"
#: Neo4j waits for the indexes it populates after neo4j-admin import
AWAIT_INDEXES = "CALL db.awaitIndexes(3600)"
COUNT_ALL_NODES = "MATCH (n) RETURN count(n)"
COUNT_ALL_RELATIONSHIPS = "MATCH ()-[r]->() RETURN count(r)"


def set_empty_lists(what: str, name: str, prop: str) -> str:
    """Set ``prop`` to ``[]`` on the nodes (``what="nodes"``, by id) or relationships (by key) of
    label or type ``name`` listed in ``$ids``: the empty lists neo4j-admin's CSV cannot carry.
    ``name`` and ``prop`` are checked identifiers from the import's manifest."""
    match = {"nodes": "MATCH (x:{name} {{id: id}})", "relationships": "MATCH ()-[x:{name} {{key: id}}]->()"}[what]
    return f"UNWIND $ids AS id {match.format(name=name)} SET x.{prop} = []"


def neo4j_schema_statements() -> list[str]:
    """Neo4j's dialect of the schema: named, idempotent constraints and indexes."""
    out = []
    for label in BaseLabel:
        out.append(
            f"CREATE CONSTRAINT {label.value.lower()}_id IF NOT EXISTS FOR (n:{label.value}) REQUIRE n.id IS UNIQUE"
        )
        for prop in INDEXED_NODE_PROPERTIES[label]:
            out.append(f"CREATE INDEX {label.value.lower()}_{prop} IF NOT EXISTS FOR (n:{label.value}) ON (n.{prop})")
    for rel in sorted(CLAIM_TYPES):
        name = rel.value.lower()
        out.append(f"CREATE CONSTRAINT {name}_key IF NOT EXISTS FOR ()-[r:{rel.value}]-() REQUIRE r.key IS UNIQUE")
        for prop in INDEXED_REL_PROPERTIES:
            out.append(f"CREATE INDEX {name}_{prop} IF NOT EXISTS FOR ()-[r:{rel.value}]-() ON (r.{prop})")
    out.append("CREATE CONSTRAINT mentions_key IF NOT EXISTS FOR ()-[r:MENTIONS]-() REQUIRE r.key IS UNIQUE")
    return out


def falkordb_schema_statements() -> list[str]:
    """FalkorDB's dialect of the schema: plain CREATE INDEX (its constraints are a command, not Cypher)."""
    out = []
    for label in BaseLabel:
        for prop in ("id", *INDEXED_NODE_PROPERTIES[label]):
            out.append(f"CREATE INDEX FOR (n:{label.value}) ON (n.{prop})")
    for rel in sorted(CLAIM_TYPES):
        for prop in ("key", *INDEXED_REL_PROPERTIES):
            out.append(f"CREATE INDEX FOR ()-[r:{rel.value}]-() ON (r.{prop})")
    return out


def neo4j_degree(node: str, rel_type: str, direction: str) -> str:
    """Neo4j's expression for the number of ``rel_type`` relationships out of or into ``node``."""
    arrow = f"-[:{rel_type}]->" if direction == "out" else f"<-[:{rel_type}]-"
    return f"COUNT {{ ({node}){arrow}() }}"


def falkordb_degree(node: str, rel_type: str, direction: str) -> str:
    """FalkorDB's expression for the same (its COUNT subqueries are slower than these functions)."""
    return f"{'outdegree' if direction == 'out' else 'indegree'}({node}, '{rel_type}')"


def call_block(body: str, index: int) -> str:
    """One statement of an atomic FalkorDB write: ``CALL { body RETURN count(*) AS c<index> }``."""
    return f"CALL {{ {body} RETURN count(*) AS c{index} }}"


def atomic_query(blocks: list[str]) -> str:
    """The CALL blocks of :func:`call_block` as one query (FalkorDB rolls a failing query back whole)."""
    return "\n".join(blocks) + "\nRETURN " + ", ".join(f"c{i}" for i in range(len(blocks)))


def capped(cypher: str, cap: int) -> str:
    """``cypher`` wrapped so the server stops after ``cap + 1`` rows (``RETURN *`` lists the columns
    alphabetically)."""
    return f"CALL {{\n{cypher}\n}}\nRETURN * LIMIT {int(cap) + 1}"


# ================================================================== claims in a period (readers, api/)

#: a claim's time in Cypher (graph.algorithms.ClaimRow.at): its date unless that is later than its
#: document's (or absent), else the document's
CLAIM_AT = "CASE WHEN r.date IS NOT NULL AND (r.as_of IS NULL OR r.date <= r.as_of + '~') THEN r.date ELSE r.as_of END"


def overlaps(at: str) -> str:
    """The date-overlap filter, the one place it is written: the time in expression ``at`` overlaps
    the period ``$since``..``$until`` (each may be null) at the precision each side has.

    ``~`` sorts after every digit and ``-``, so ``'2022' + '~' >= '2022-03-01'``: a claim dated
    only to 2022 overlaps a period from March 2022, and ``'2022-03-15' <= '2022' + '~'`` keeps it
    in one that ends in 2022 (the same rule as graph.algorithms.in_period).
    """
    return f"($since IS NULL OR {at} + '~' >= $since) AND ($until IS NULL OR {at} <= $until + '~')"


#: what placing and scoring a claim need
_CLAIM_FIELDS = (
    "r.key AS key, type(r) AS type, a.id AS source, a.name AS source_name, t.id AS target, "
    "coalesce(t.name, t.title, t.id) AS target_name, r.date AS date, r.as_of AS as_of, r.doc_id AS doc_id, "
    "r.choice AS choice, r.intensity AS intensity"
)
#: what showing it needs besides: the quote and its offsets are most of a row's bytes, and parsing
#: rows is most of a read's time, so results that cite only claim keys leave them out
_CLAIM_DETAIL_FIELDS = (
    ", r.evidence AS evidence, r.start AS start, r.end AS end, r.speaker AS speaker, r.status AS status, "
    "r.confidence AS confidence"
)
#: claims ``r`` from ``a`` to ``t`` kept when their time overlaps the period
_IN_PERIOD = f"WITH a, r, t, {CLAIM_AT} AS at WHERE {overlaps('at')} "


def _claims_returning(quotes: bool) -> str:
    return f"RETURN {_CLAIM_FIELDS}{_CLAIM_DETAIL_FIELDS if quotes else ''}"


def types_pattern(types: Iterable[str]) -> str:
    """``SUPPORTS|OPPOSES``: relationship types cannot be parameters, so they are checked against
    the contract's enum before they are written into a query (never copied from input)."""
    checked = sorted({RelType(t).value for t in types} - {RelType.MENTIONS.value})
    if not checked:
        raise ValueError("no relationship types to read")
    return "|".join(checked)


def positions_query(types: Iterable[str], filters: list[str], *, quotes: bool, parents: bool = False) -> str:
    """Claims of types ``types`` from the actors ``$actors``, under the ``filters`` on ``r`` and ``t``;
    with ``parents``, each target's topic in the issue taxonomy too."""
    return (
        f"UNWIND $actors AS aid MATCH (a:Actor {{id: aid}})-[r:{types_pattern(types)}]->(t) "
        + (f"WHERE {' AND '.join(filters)} " if filters else "")
        + _IN_PERIOD
        + _claims_returning(quotes)
        + (
            ", t.parent AS parent, t.parent_name AS parent_name, t.parent_reversed AS parent_reversed"
            if parents
            else ""
        )
    )


def shared_positions_query(types: Iterable[str]) -> str:
    """Per target of label ``$label`` that two or more of ``$actors`` spoke of, its claims in the
    period packed as one ``$sep``-joined string each (key, type, source, date, as_of)."""
    return (
        f"UNWIND $actors AS aid MATCH (a:Actor {{id: aid}})-[r:{types_pattern(types)}]->(t) "
        "WHERE $label IN labels(t) "
        "WITH t, collect(r) AS claims, count(DISTINCT a) AS speakers WHERE speakers >= 2 "
        f"UNWIND claims AS r WITH t, r, {CLAIM_AT} AS at WHERE {overlaps('at')} "
        "RETURN t.id AS target, coalesce(t.name, t.title, t.id) AS target_name, "
        # one string per claim: FalkorDB's client decodes a list of five values far slower
        "collect(r.key + $sep + type(r) + $sep + startNode(r).id + $sep + coalesce(r.date, '') + $sep "
        "+ coalesce(r.as_of, '')) AS claims"
    )


ACTOR_NAMES = "UNWIND $actors AS aid MATCH (a:Actor {id: aid}) RETURN a.id AS id, a.name AS name"


def votes_query(vote_types: Iterable[str], *, anchored: bool, quotes: bool) -> str:
    """Vote claims on resolutions, of the actors ``$actors`` (``anchored``) or of all."""
    anchor = "UNWIND $actors AS aid MATCH (a:Actor {id: aid})" if anchored else "MATCH (a:Actor)"
    return f"{anchor}-[r:{types_pattern(vote_types)}]->(t:Resolution) " + _IN_PERIOD + _claims_returning(quotes)


def actor_relations_query(relations: Iterable[str], *, among: bool, quotes: bool) -> str:
    """Claims from an actor to an actor; ``among``: both ends in ``$actors``."""
    return (
        f"MATCH (a:Actor)-[r:{types_pattern(relations)}]->(t:Actor) "
        + ("WHERE a.id IN $actors AND t.id IN $actors " if among else "")  # see readers.read_positions
        + _IN_PERIOD
        + _claims_returning(quotes)
    )


DOCUMENTS_BY_ID = (
    "UNWIND $ids AS id MATCH (d:Document {id: id}) "
    "RETURN d.id AS id, d.title AS title, d.published AS published, d.url AS url"
)


def nodes_by_id_query(label: str) -> str:
    """(id, name) of the nodes of base label ``label`` (from the contract, never input) in ``$ids``."""
    return f"UNWIND $ids AS ref MATCH (n:{label} {{id: ref}}) RETURN n.id AS id, coalesce(n.name, n.id) AS name"


def node_by_name_query(label: str) -> str:
    """The node of base label ``label`` whose name or an alias is ``$q`` (lower case): an exact name
    first, then states before organisations, groups and persons."""
    return (
        f"MATCH (n:{label}) WHERE toLower(n.name) = $q OR any(x IN coalesce(n.aliases, []) WHERE toLower(x) = $q) "
        "RETURN n.id AS id, n.name AS name, "
        "CASE WHEN toLower(n.name) = $q THEN 0 ELSE 1 END AS exact, "
        "CASE split(n.id, ':')[0] WHEN 'state' THEN 0 WHEN 'org' THEN 1 WHEN 'group' THEN 2 ELSE 3 END AS rank "
        "ORDER BY exact, rank, id LIMIT 1"
    )
