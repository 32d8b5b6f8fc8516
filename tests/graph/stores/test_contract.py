"""The store contract, run by the same test functions against Neo4j and the embedded FalkorDB."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest

from diplograph.graph import queries
from diplograph.graph.models import GraphBatch, Node, Relationship, mention_key
from diplograph.graph.plover import PLOVER_PROPERTIES, code_claim
from diplograph.graph.schema import date_bounds
from diplograph.graph.stores import GraphStore, export_line
from diplograph.ground.errors import QueryError, QueryTimeout, ReadOnlyViolation, WriteError

Batch = Callable[..., GraphBatch]
Exported = Callable[[GraphStore], set[str]]

CLAIMS_A = [
    ("SUPPORTS", "state:CHN", "state:RUS", {"date": "2022-03-02", "as_of": "2022-03-03"}),
    ("ABSTAINS", "state:IND", "resolution:unga-es-11-1", {"choice": "abstain", "date": "2022-03"}),
    ("HOLDS_OFFICE", "person:wang-yi", "state:CHN", {"role": "foreign minister", "speaker": "person:wang-yi"}),
    (
        "OPPOSES",
        "state:CHN",
        "issue:unilateral-sanctions",
        {"source_says": "rejects", "lang": "zh", "confidence": 0.55},
    ),
]
CLAIMS_B = [
    ("SUPPORTS", "state:CHN", "state:RUS", {"date": "2022"}),  # the same fact, another document: another claim
    ("MEETS", "state:RUS", "state:IND", {"attrs": {"scope": "bilateral", "days": [1, 2]}}),
]


def rels_of(store: GraphStore, doc_id: str) -> dict[str, dict[str, Any]]:
    """Claims (not MENTIONS) of a document, by key, as stored."""
    rows = store.read(
        "MATCH (a)-[r]->(b) WHERE r.doc_id = $doc AND type(r) <> 'MENTIONS' "
        "RETURN r.key AS key, type(r) AS type, a.id AS a, b.id AS b, properties(r) AS props",
        {"doc": doc_id},
    ).records()
    return {r["key"]: r for r in rows}


def node_ids(store: GraphStore) -> set[str]:
    return {row[0] for row in store.read("MATCH (n) RETURN n.id", row_cap=10**6).rows}


# -- write / read -----------------------------------------------------------------------------------


def test_write_then_read_round_trip(store: GraphStore, make_batch: Batch) -> None:
    batch = make_batch("doc:a", CLAIMS_A, node_props={"state:CHN": {"aliases": ["China", "中国"], "iso2": "CN"}})
    result = store.write_document(batch)
    assert (result.status, result.nodes, result.relationships) == ("created", 7, 10)

    doc = store.read("MATCH (d:Document {id: 'doc:a'}) RETURN d").rows[0][0]
    assert doc["labels"] == ["Document"]
    assert doc["properties"]["title"] == "Title of doc:a"
    assert doc["properties"]["text"] == batch.document.properties["text"]

    china = store.read("MATCH (n:Actor:State {id: $id}) RETURN n", {"id": "state:CHN"}).rows[0][0]
    assert china["labels"] == ["Actor", "State"]
    assert china["properties"]["iso2"] == "CN"
    assert sorted(china["properties"]["aliases"]) == ["China", "中国"]

    stored = rels_of(store, "doc:a")
    assert len(stored) == 4
    for rel in batch.claims:
        got = stored[rel.key]
        assert (got["type"], got["a"], got["b"]) == (rel.type.value, rel.source, rel.target)
        bounds = {k: got["props"].pop(k) for k in ("date_from", "date_to") if k in got["props"]}
        derived = {k: got["props"].pop(k) for k in PLOVER_PROPERTIES if k in got["props"]}
        assert got["props"] == rel.properties()
        assert derived == code_claim(rel.type, rel.properties(), rel.target).properties()
        assert bounds == (dict(zip(("date_from", "date_to"), date_bounds(rel.date), strict=True)) if rel.date else {})
        text = batch.document.properties["text"]
        assert text[got["props"]["start"] : got["props"]["end"]] == got["props"]["evidence"]


def test_claim_dates_are_temporal_values_both_stores_compare_as_dates(store: GraphStore, make_batch: Batch) -> None:
    """date_from/date_to are the store's DATE values, so `r.date_from >= date('2022-01-01')` works
    in Neo4j Browser and on the embedded store alike; a year or month spans its whole period."""
    store.write_document(make_batch("doc:a", CLAIMS_A))
    store.write_document(make_batch("doc:b", CLAIMS_B))
    rows = store.read(
        "MATCH ()-[r]->() WHERE r.date_from IS NOT NULL "
        "RETURN r.date AS date, r.date_from AS date_from, r.date_to AS date_to, "
        "r.date_from <= date('2022-03-15') AND r.date_to >= date('2022-03-15') AS covers_15_march, "
        "r.date_to.year AS year ORDER BY date"
    ).records()
    assert rows == [
        {"date": "2022", "date_from": "2022-01-01", "date_to": "2022-12-31", "covers_15_march": True, "year": 2022},
        {"date": "2022-03", "date_from": "2022-03-01", "date_to": "2022-03-31", "covers_15_march": True, "year": 2022},
        {
            "date": "2022-03-02",
            "date_from": "2022-03-02",
            "date_to": "2022-03-02",
            "covers_15_march": False,
            "year": 2022,
        },
    ]
    after = "MATCH ()-[r]->() WHERE r.date_from >= date($day) RETURN count(r) AS n"
    assert store.read(after, {"day": "2022-03-01"}).rows == [[2]]
    # a claim without a date has no bounds (an undated position is placed by as_of, not by these)
    undated = "MATCH ()-[r:HOLDS_OFFICE]->() RETURN r.date_from IS NULL AS none"
    assert store.read(undated).rows == [[True]]


def test_rewriting_the_same_batch_is_unchanged_and_force_is_idempotent(
    store: GraphStore, make_batch: Batch, exported: Exported
) -> None:
    a, b = make_batch("doc:a", CLAIMS_A), make_batch("doc:b", CLAIMS_B)
    store.write_document(a)
    store.write_document(b)
    first = exported(store)
    assert store.write_document(a).status == "unchanged"
    assert exported(store) == first
    for _ in range(2):
        assert store.write_document(a, force=True).status == "replaced"
        assert store.write_document(b, force=True).status == "replaced"
        assert exported(store) == first
    assert len(first) == store.stats().node_count + store.stats().relationship_count


def test_a_batch_without_fingerprint_is_always_rewritten_and_stays_the_same(store: GraphStore) -> None:
    batch = GraphBatch(document=Node(id="doc:plain", properties={"title": "no fingerprint"}))
    assert store.write_document(batch).status == "created"
    assert store.write_document(batch).status == "replaced"
    assert store.stats().node_count == 1


def test_replacing_a_document_replaces_its_claims_and_nothing_else(
    store: GraphStore, make_batch: Batch, exported: Exported
) -> None:
    store.write_document(make_batch("doc:a", CLAIMS_A))
    store.write_document(make_batch("doc:b", CLAIMS_B))
    b_before = rels_of(store, "doc:b")
    b_lines = {line for line in exported(store) if '"doc_id":"doc:b"' in line or '"id":"doc:b"' in line}

    new_a = [
        ("SUPPORTS", "state:CHN", "state:RUS", {"date": "2023-01"}),  # changed date: a new claim
        ("SANCTIONS", "state:USA", "state:RUS"),  # a node only the new version holds
    ]
    result = store.write_document(make_batch("doc:a", new_a, doc_props={"title": "A, second edition"}))
    assert result.status == "replaced"

    a_after = rels_of(store, "doc:a")
    assert {(r["type"], r["a"], r["b"], r["props"].get("date")) for r in a_after.values()} == {
        ("SUPPORTS", "state:CHN", "state:RUS", "2023-01"),
        ("SANCTIONS", "state:USA", "state:RUS", None),
    }
    # the other document's claims, nodes and MENTIONS are untouched, property for property
    assert rels_of(store, "doc:b") == b_before
    after_lines = exported(store)
    assert b_lines <= after_lines
    # nodes only the old version held are gone; shared nodes stay; new nodes arrive
    ids = node_ids(store)
    assert {"person:wang-yi", "resolution:unga-es-11-1", "issue:unilateral-sanctions"}.isdisjoint(ids)
    assert {"state:CHN", "state:RUS", "state:IND", "state:USA", "doc:a", "doc:b"} == ids
    # the Document's metadata is the new version's
    assert store.read("MATCH (d:Document {id: 'doc:a'}) RETURN d.title").rows == [["A, second edition"]]
    # and the graph is exactly what writing the new version first would have given
    store.wipe()
    store.write_document(make_batch("doc:b", CLAIMS_B))
    store.write_document(make_batch("doc:a", new_a, doc_props={"title": "A, second edition"}))
    assert exported(store) == after_lines


def test_delete_document_removes_it_and_its_orphans_only(store: GraphStore, make_batch: Batch) -> None:
    store.write_document(make_batch("doc:a", CLAIMS_A))
    store.write_document(make_batch("doc:b", CLAIMS_B))
    assert store.delete_document("doc:a") is True
    assert store.delete_document("doc:a") is False
    assert rels_of(store, "doc:a") == {}
    assert node_ids(store) == {"doc:b", "state:CHN", "state:RUS", "state:IND"}
    assert len(rels_of(store, "doc:b")) == 2


# -- atomic documents -------------------------------------------------------------------------------


def _bad_claim(batch: GraphBatch) -> Relationship:
    """A claim whose property value the store itself refuses at runtime (a map)."""
    good = batch.claims[0]
    return Relationship.model_construct(**{**dict(good), "key": "c-broken", "attrs": {"nested": {"x": 1}}})


def _assert_no_trace(store: GraphStore, doc_id: str, only_nodes: set[str]) -> None:
    assert store.document_state(doc_id) is None
    assert store.read("MATCH ()-[r]->() WHERE r.doc_id = $d RETURN count(r)", {"d": doc_id}).rows == [[0]]
    assert only_nodes.isdisjoint(node_ids(store))


def test_a_write_failing_midway_leaves_no_trace_and_the_next_document_goes_in(
    store: GraphStore, make_batch: Batch, exported: Exported
) -> None:
    store.write_document(make_batch("doc:a", CLAIMS_A))
    before = exported(store)
    good = make_batch("doc:c", [("SANCTIONS", "state:USA", "state:IRN"), ("SUPPORTS", "state:USA", "state:UKR")])
    broken = GraphBatch.model_construct(
        document=good.document, nodes=good.nodes, relationships=[*good.relationships, _bad_claim(good)]
    )
    with pytest.raises(WriteError, match=r"rolled the write back.*[Pp]roperty values"):
        store.write_document(broken)
    _assert_no_trace(store, "doc:c", {"state:USA", "state:IRN", "state:UKR"})
    assert exported(store) == before
    # the next document still goes in (and so does the fixed one)
    assert store.write_document(make_batch("doc:b", CLAIMS_B)).status == "created"
    assert store.write_document(good).status == "created"
    assert len(rels_of(store, "doc:c")) == 2


def test_a_failing_statement_after_the_node_merges_rolls_everything_back(
    store: GraphStore, make_batch: Batch, exported: Exported, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Inject the failure as a statement appended after every node and relationship merge."""
    real = queries.create_relationships_statements

    def failing(rels: list[Relationship]) -> list[queries.Statement]:
        return [
            *real(rels),
            queries.Statement("UNWIND $ids AS id MATCH (n:Actor {id: id}) SET n.bad = {x: 1}", {"ids": ["state:USA"]}),
        ]

    monkeypatch.setattr(queries, "create_relationships_statements", failing)
    with pytest.raises(WriteError):
        store.write_document(make_batch("doc:c", [("SANCTIONS", "state:USA", "state:IRN")]))
    _assert_no_trace(store, "doc:c", {"state:USA", "state:IRN"})
    assert exported(store) == set()
    monkeypatch.setattr(queries, "create_relationships_statements", real)
    assert store.write_document(make_batch("doc:d", [("SANCTIONS", "state:USA", "state:IRN")])).status == "created"


def test_a_failed_replacement_keeps_the_previous_version_whole(
    store: GraphStore, make_batch: Batch, exported: Exported
) -> None:
    store.write_document(make_batch("doc:a", CLAIMS_A))
    store.write_document(make_batch("doc:b", CLAIMS_B))
    before = exported(store)
    new_a = make_batch("doc:a", [("SANCTIONS", "state:USA", "state:RUS")])
    broken = GraphBatch.model_construct(
        document=new_a.document, nodes=new_a.nodes, relationships=[*new_a.relationships, _bad_claim(new_a)]
    )
    with pytest.raises(WriteError):
        store.write_document(broken)
    assert exported(store) == before  # the deletes of the old version were rolled back too


# -- the two stores agree ---------------------------------------------------------------------------


@pytest.fixture
def both(embedded_store: GraphStore, neo4j_store: GraphStore) -> tuple[GraphStore, GraphStore]:
    embedded_store.wipe()
    neo4j_store.wipe()
    return embedded_store, neo4j_store


def test_export_from_both_stores_gives_the_same_lines(both: tuple[GraphStore, GraphStore], make_batch: Batch) -> None:
    batches = [
        make_batch(
            "doc:a",
            CLAIMS_A,
            node_props={"state:CHN": {"aliases": ["PRC", "China", "中国"], "iso3": "CHN"}},
            doc_props={"languages": ["en", "zh"], "published": "2022-03-03", "words": 12, "flag": True},
        ),
        make_batch("doc:b", CLAIMS_B, node_props={"state:CHN": {"aliases": ["Beijing"]}}),
        # floats that need all 17 significant digits (FalkorDB prints doubles with 15)
        make_batch(
            "doc:c",
            [
                (
                    "VISITS",
                    "person:wang-yi",
                    "state:IND",
                    {"confidence": 0.1 + 0.2, "attrs": {"ratio": 1 / 3, "xs": [2 / 3, 0.5]}},
                )
            ],
        ),
    ]
    lines = []
    for s in both:
        for batch in batches:
            s.write_document(batch)
        s.write_document(make_batch("doc:a", CLAIMS_A[:2]))  # a replacement on both
        lines.append([export_line(o) for o in s.export()])
    embedded, neo4j = lines
    assert set(embedded) == set(neo4j)
    assert len(embedded) == len(neo4j) == len(set(embedded))
    assert embedded == neo4j  # even in the same order: nodes by label then id, relationships by type then key
    first = [line for line in embedded if '"type":"relationship"' in line]
    assert embedded[-len(first) :] == first  # nodes first, then relationships


def test_query_values_come_back_the_same_from_both(both: tuple[GraphStore, GraphStore], make_batch: Batch) -> None:
    queries_ = [
        ("MATCH (n:Actor {id: 'state:CHN'}) RETURN n", {}),
        ("MATCH (a)-[r:SUPPORTS]->(b) RETURN r ORDER BY r.key", {}),
        ("MATCH p = (a:Actor {id: 'state:CHN'})-[:SUPPORTS]->(b) RETURN p", {}),
        ("MATCH (n) RETURN labels(n) AS l, n.id AS id ORDER BY id", {}),
        ("RETURN date('2022-03-02') AS d, [1, 'a', null] AS l, {k: [1, 2]} AS m", {}),
        (
            "MATCH (a:Actor)-[r]->(b) WHERE r.date STARTS WITH $y RETURN a.id, type(r), b.id ORDER BY a.id",
            {"y": "2022"},
        ),
    ]
    for s in both:
        s.write_document(make_batch("doc:a", CLAIMS_A))
    for q, params in queries_:
        emb, neo = (s.read(q, params) for s in both)
        assert (emb.columns, emb.rows) == (neo.columns, neo.rows), q


# -- reads ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cypher",
    [
        "CREATE (n:Issue {id: 'issue:x', name: 'x'})",
        "CREATE (n:Issue {id: 'issue:x', name: 'x'}) RETURN n",
        "MERGE (n:Issue {id: 'issue:x', name: 'x'})",
        "MATCH (n:Actor) SET n.name = 'hacked'",
        "MATCH (n:Actor) SET n += {name: 'hacked'}",
        "MATCH (n:Actor) REMOVE n.name",
        "MATCH (n) DETACH DELETE n",
        "MATCH ()-[r]->() DELETE r",
        "MATCH (n:Actor) WITH n LIMIT 1 CREATE (n)-[:SUPPORTS {key: 'k'}]->(n)",
        "CREATE INDEX FOR (n:Zed) ON (n.q)",
    ],
)
def test_read_refuses_writes_by_the_store_itself(store: GraphStore, make_batch: Batch, cypher: str) -> None:
    store.write_document(make_batch("doc:a", CLAIMS_A))
    before = store.stats()
    with pytest.raises(ReadOnlyViolation) as info:
        store.read(cypher)
    # the refusal comes from the store (its own words), not from a string check of ours
    assert any(
        phrase in str(info.value)
        for phrase in (
            "Writing in read access mode not allowed",
            "RO_QUERY is to be executed only on read-only queries",
        )
    ), str(info.value)
    assert isinstance(info.value.__cause__, Exception) and type(info.value.__cause__).__module__.split(".")[0] in (
        "neo4j",
        "redis",
    )
    assert store.stats() == before
    assert store.read("MATCH (n:Actor {id: 'state:CHN'}) RETURN n.name").rows == [["Chn"]]


@pytest.mark.parametrize(
    ("cypher", "fragment"),
    [("MATCH (n RETURN n", "Invalid input"), ("RETURN nosuchfunction(1)", "nosuchfunction"), ("RETURN $missing", "")],
)
def test_a_bad_query_raises_query_error_with_the_store_message(store: GraphStore, cypher: str, fragment: str) -> None:
    with pytest.raises(QueryError) as info:
        store.read(cypher)
    assert not isinstance(info.value, ReadOnlyViolation)
    assert fragment in str(info.value)
    assert str(info.value).strip()
    assert store.read("RETURN 1 AS ok").rows == [[1]]  # the store is still fine


def test_row_cap_truncates_and_says_so(store: GraphStore) -> None:
    q = "UNWIND range(1, 100) AS x RETURN x"
    capped = store.read(q, row_cap=10)
    assert (capped.rows, capped.truncated) == ([[x] for x in range(1, 11)], True)
    exact = store.read(q, row_cap=100)
    assert (len(exact.rows), exact.truncated) == (100, False)
    assert store.read(q).truncated is False  # the default cap (10,000) is above 100


ONE_BILLION_ROWS = "UNWIND range(1, 1000) AS a UNWIND range(1, 1000) AS b UNWIND range(1, 1000) AS c RETURN count(*)"


@pytest.mark.parametrize("timeout", [0.001, 0.0001])
def test_a_timeout_raises_query_timeout(store: GraphStore, timeout: float) -> None:
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match=r"query stopped"):
        store.read(ONE_BILLION_ROWS, timeout=timeout)
    # FalkorDB stops it within milliseconds; Neo4j's transaction monitor within about a second
    assert time.monotonic() - started < 10
    assert store.read("RETURN 1 AS ok").rows == [[1]]


# Each store stops a single huge expression its own way, so each gets a size its own guard must catch.
# FalkorDB checks its timeout between records: ``range(1, N)`` is built whole first, and the embedded
# store's per-query memory cap (QUERY_MEM_CAPACITY) stops the list at 50 million (0.6 s here).
# Neo4j streams the range and its transaction monitor ends the transaction at its next check, every
# 2 s by default; 50 million summed in under that on a quiet CI machine (the query returned), so it
# gets a billion, which no machine sums before the monitor's second check (1.5 s here).
HUGE_EXPRESSION_SIZE = {"embedded": 50_000_000, "neo4j": 1_000_000_000}


def test_a_timeout_stops_a_single_huge_expression(store: GraphStore) -> None:
    started = time.monotonic()
    size = HUGE_EXPRESSION_SIZE[store.kind]
    with pytest.raises((QueryTimeout, QueryError)) as info:
        store.read(f"UNWIND range(1, {size}) AS x RETURN sum(x)", timeout=0.001)
    assert isinstance(info.value, QueryTimeout) or "mem consumption" in str(info.value)
    assert time.monotonic() - started < 15


TRICKY = [
    "it's \"quoted\" and 'single'",
    'back\\slash \\n \\\\ \\" trailing\\',
    "new\nline\r\ncarriage\ttab",
    "中国对“雅尔塔2.0”的立场",
    "emoji 🇨🇳🎉😀 and a ZWJ 👩‍👩‍👧",
    "$doc_id ${x} $s0_rows $rows",
    "} ] ) CALL { RETURN 1 } //",
    "CYPHER x=1 RETURN 2",
    "'; MATCH (n) DETACH DELETE n //",
    "\\u0041 \\x41 %s {0}",
    "\u2028\u2029 line separators",
    "  leading and trailing  ",
]


def test_tricky_strings_survive_a_round_trip_as_parameters_and_properties(store: GraphStore) -> None:
    for i, text in enumerate(TRICKY):
        assert store.read("RETURN $v AS v, size($v) AS n", {"v": text}).rows == [[text, len(text)]], repr(text)
        doc = f"doc:t{i}"
        evidence = text
        batch = GraphBatch(
            document=Node(id=doc, properties={"title": text, "tags": [text, text + "2"], "text": "x" * 3 + evidence}),
            nodes=[
                Node(id="issue:x", properties={"name": text, "aliases": [text]}),
                Node(id="state:CHN", properties={"name": "China"}),
            ],
            relationships=[
                Relationship(
                    type="MENTIONS", source=doc, target="issue:x", key=mention_key(doc, "issue:x"), doc_id=doc, count=1
                ),
                Relationship(
                    type="MENTIONS",
                    source=doc,
                    target="state:CHN",
                    key=mention_key(doc, "state:CHN"),
                    doc_id=doc,
                    count=1,
                ),
                Relationship(
                    type="PROPOSES",
                    source="state:CHN",
                    target="issue:x",
                    key=f"c-{i}",
                    doc_id=doc,
                    evidence=evidence,
                    start=3,
                    end=3 + len(evidence),
                    lang="zh",
                    confidence=1.0,
                    extractor="x.v1",
                    attrs={"note": text},
                ),
            ],
        )
        store.write_document(batch)
        by_id = {o["id"]: o["properties"] for o in store.export()}
        assert by_id[doc]["title"] == text and by_id[doc]["tags"] == [text, text + "2"]
        assert by_id[f"c-{i}"]["evidence"] == text and by_id[f"c-{i}"]["note"] == text
        assert text in by_id["issue:x"]["aliases"]
        assert store.read("MATCH (d:Document) WHERE d.title = $t RETURN d.id", {"t": text}).rows == [[doc]]
    assert store.stats().node_count == len(TRICKY) + 2


def test_stats_count_nodes_per_label_and_relationships_per_type(store: GraphStore, make_batch: Batch) -> None:
    empty = store.stats()
    assert empty.node_count == empty.relationship_count == 0
    assert set(empty.nodes) == {"Actor", "Event", "Issue", "Document"}
    assert len(empty.relationships) == 16
    store.write_document(make_batch("doc:a", CLAIMS_A))
    store.write_document(make_batch("doc:b", CLAIMS_B))
    stats = store.stats()
    assert stats.nodes == {"Actor": 4, "Event": 1, "Issue": 1, "Document": 2}
    nonzero = {k: v for k, v in stats.relationships.items() if v}
    assert nonzero == {"SUPPORTS": 2, "ABSTAINS": 1, "HOLDS_OFFICE": 1, "OPPOSES": 1, "MEETS": 1, "MENTIONS": 6 + 3}
    assert (stats.node_count, stats.relationship_count) == (8, 15)


def test_ensure_schema_is_idempotent(store: GraphStore, make_batch: Batch) -> None:
    store.write_document(make_batch("doc:a", CLAIMS_A))
    store.ensure_schema()
    store.ensure_schema()
    assert store.stats().node_count == 7


def test_ping_and_unknown_store_urls() -> None:
    from diplograph.connect import open_store
    from diplograph.ground.errors import ConfigError

    with pytest.raises(ConfigError, match="unknown store URL scheme 'http'"):
        open_store("http://localhost:7474")


# -- a resent write, a write timeout (issue 15) ------------------------------------------------------


def test_a_write_resent_after_its_reply_was_lost_does_not_double_the_document(
    store: GraphStore, make_batch: Batch
) -> None:
    """The write committed, its reply never came, the client sends the same statements again (as
    the embedded store's reconnect does): the document is there once."""
    batch = make_batch("doc:a", CLAIMS_A)
    previously = [] if store.clears_before_write else None
    statements = queries.write_document_statements(batch, previously_mentioned=previously)
    store._run_atomically(statements)
    before = rels_of(store, "doc:a")
    try:
        store._run_atomically(statements)  # the resend
    except WriteError:
        assert store.kind == "neo4j"  # Neo4j's key constraint refuses it, rolled back whole
    assert rels_of(store, "doc:a") == before and len(before) == len(CLAIMS_A)


def test_a_claim_key_is_unique_in_both_stores(store: GraphStore, make_batch: Batch) -> None:
    store.write_document(make_batch("doc:a", CLAIMS_A))
    [claim] = [r for r in make_batch("doc:a", CLAIMS_A).claims if r.type.value == "SUPPORTS"]
    with pytest.raises(WriteError):
        store._run_atomically(queries.create_relationships_statements([claim]))
    assert len(rels_of(store, "doc:a")) == len(CLAIMS_A)


def test_a_write_past_its_timeout_is_rolled_back(store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    from diplograph.ground.config import get_settings

    monkeypatch.setattr(get_settings(), "write_timeout_s", 0.2)
    slow = queries.Statement("UNWIND range(1, 3000000) AS i CREATE (:Issue {id: 'issue:t' + toString(i)})")
    started = time.monotonic()
    with pytest.raises(WriteError):
        store._run_atomically([slow])
    assert time.monotonic() - started < 30
    assert store.read("MATCH (n:Issue) RETURN count(n)").rows == [[0]]
