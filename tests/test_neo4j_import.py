"""Bulk loads for real: neo4j-admin imports into a local Neo4j, and the graph that lands exports
exactly as the transactional path's does.

The import stops and starts the server it loads, so these tests run their own server (temp home,
free ports, the default home's jars), never the session's.
"""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph import neo4j_local
from diplograph.cli import main
from diplograph.connect import open_store
from diplograph.extract.pipeline import build_extractor
from diplograph.graph.bulk import BulkWriter, write_export
from diplograph.graph.models import GraphBatch, Node, Relationship, claim_key, mention_key
from diplograph.graph.stores import GraphStore, export_line
from diplograph.ingest import ingest

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]


def free_ports(count: int) -> list[int]:
    socks = [socket.socket() for _ in range(count)]
    try:
        for sock in socks:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in socks]
    finally:
        for sock in socks:
            sock.close()


@pytest.fixture(scope="module")
def import_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A server of this module's own: the imports replace its database and restart it."""
    if shutil.which("java") is None:
        if os.environ.get("DIPLOGRAPH_REQUIRE_NEO4J") == "1":
            pytest.fail("java is not on PATH: cannot run a local Neo4j")
        pytest.skip("java is not on PATH: cannot run a local Neo4j")
    lib = neo4j_local.ensure_artifacts()  # fetched once into the default home, then shared
    home = tmp_path_factory.mktemp("neo4j-import-home")
    (home / "lib").symlink_to(lib, target_is_directory=True)
    bolt, http = free_ports(2)
    neo4j_local.start(bolt_port=bolt, http_port=http, timeout=180, home=home)
    yield home
    neo4j_local.stop(home=home)


@pytest.fixture
def at_home(import_home: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The CLI and the stores find this module's server (and its password) through the env."""
    monkeypatch.setenv("DIPLOGRAPH_NEO4J_HOME", str(import_home))
    url = neo4j_local.local_server_url(home=import_home)
    assert url
    return url


def exported(store: GraphStore) -> list[str]:
    return sorted(export_line(obj) for obj in store.export())


def awkward_batches() -> list[GraphBatch]:
    """What CSV makes hard: quotes, commas, newlines, Chinese, empty strings and lists, every type."""
    batches = []
    for n, doc_id in enumerate(["doc:awkward-a", "doc:awkward-b"]):
        evidence = f'China said "no, never",\nand 中国 abstained ({n}).'
        text = f"Header line; with semicolons\n{evidence}"
        start = text.index(evidence)
        nodes = [
            Node(id="state:CHN", properties={"name": "China", "aliases": ["中国", f"PRC{n}"], "note": ""}),
            Node(id="resolution:unga-2022-03-02", properties={"name": "ES-11/1", "tally": [141, 5, 35]}),
        ]
        claim = Relationship(
            type="ABSTAINS",
            source="state:CHN",
            target="resolution:unga-2022-03-02",
            key=claim_key(doc_id, "ABSTAINS", "state:CHN", "resolution:unga-2022-03-02", "2022-03-02"),
            doc_id=doc_id,
            evidence=evidence,
            start=start,
            end=start + len(evidence),
            lang="en",
            confidence=0.1 + 0.2,
            extractor="test-rule.v1",
            date="2022-03-02",
            choice="abstain",
            attrs={"yes": 141, "permanent": n == 0, "scores": [0.5, 1.25], "forms": [], "scope": ""},
        )
        mentions = [
            Relationship(
                type="MENTIONS",
                source=doc_id,
                target=t,
                key=mention_key(doc_id, t),
                doc_id=doc_id,
                count=2,
                attrs={"forms": ["中国", 'the "PRC"']},
            )
            for t in ("state:CHN", "resolution:unga-2022-03-02")
        ]
        document = Node(id=doc_id, properties={"text": text, "title": "", "published": "2022-03-03", "pages": n})
        batches.append(GraphBatch(document=document, nodes=nodes, relationships=[claim, *mentions]))
    return batches


@pytest.mark.nlp
def test_a_bulk_load_builds_the_transactional_graph(
    at_home: str, embedded_store: GraphStore, seeds_dir: Path, tmp_path: Path
) -> None:
    """The seeds as `ingest --bulk` writes them, plus what CSV makes hard, in one import (an
    import restarts the server, so there is one)."""
    extractor = build_extractor()
    embedded_store.wipe()
    single = ingest([seeds_dir], embedded_store, extractor)
    for batch in awkward_batches():
        embedded_store.write_document(batch)
    with BulkWriter(tmp_path / "bulk") as writer:
        bulk = ingest([seeds_dir], writer, extractor)
        writer.add_all(awkward_batches())
    assert (bulk.created, bulk.relationships) == (single.created, single.relationships)
    result = CliRunner().invoke(main, ["neo4j", "import", str(tmp_path / "bulk"), "--force"])
    assert result.exit_code == 0, result.output
    assert f"and {single.relationships + 6} relationships" in result.output
    assert result.output.strip().splitlines()[-1] == at_home
    with open_store(at_home) as neo4j:
        assert exported(neo4j) == exported(embedded_store)
        constraints = {r[0] for r in neo4j.read("SHOW CONSTRAINTS YIELD name RETURN name").rows}
        assert {"actor_id", "document_id", "abstains_key", "mentions_key"} <= constraints
        states = neo4j.read("SHOW INDEXES YIELD name, state WHERE name = 'abstains_doc_id' RETURN state").rows
        assert states == [["ONLINE"]]
    # the step after neo4j-admin alone, as for a Neo4j in Docker: idempotent, the graph unchanged
    user, password = neo4j_local.local_credentials(at_home) or ("", "")
    url = at_home.replace("bolt://", f"bolt://{user}:{password}@")
    finished = CliRunner().invoke(main, ["neo4j", "import", str(tmp_path / "bulk"), "--server", url])
    assert finished.exit_code == 0, finished.output
    assert password not in finished.output
    with open_store(at_home) as neo4j:
        assert exported(neo4j) == exported(embedded_store)


def test_a_database_that_holds_a_graph_is_not_replaced_without_force(
    at_home: str, embedded_store: GraphStore, seeds_dir: Path, tmp_path: Path
) -> None:
    with open_store(at_home) as neo4j:
        if not neo4j.stats().node_count:  # run alone: give the database something to lose
            neo4j.write_document(awkward_batches()[0])
        before = neo4j.stats()
    embedded_store.wipe()
    embedded_store.write_document(awkward_batches()[1])
    write_export(embedded_store.export(), tmp_path / "bulk")  # `export --format neo4j-admin`
    refused = CliRunner().invoke(main, ["neo4j", "import", str(tmp_path / "bulk")])
    assert refused.exit_code == 1
    assert f"holds {before.node_count} nodes" in refused.output and "--force" in refused.output
    # ingest --bulk asks before it reads the corpus
    refused = CliRunner().invoke(main, ["ingest", str(seeds_dir), "--bulk"])
    assert refused.exit_code == 1
    assert "--force" in refused.output
    with open_store(at_home) as neo4j:
        assert neo4j.stats() == before


def _schema_names(neo4j: GraphStore) -> dict[str, str]:
    """name -> state of every constraint's and index's index (a constraint's is named after it)."""
    rows = neo4j.read("SHOW INDEXES YIELD name, state, owningConstraint RETURN coalesce(owningConstraint, name), state")
    return {name: state for name, state in rows.rows}


@pytest.mark.nlp
def test_ingest_bulk_stops_the_server_while_it_reads_and_builds_the_whole_schema(
    at_home: str, import_home: Path, seeds_dir: Path
) -> None:
    """`ingest --bulk` end to end: the summary breaks the import down, the server answers
    afterwards, and every constraint and index the store makes (created in one transaction) is
    there and online."""
    import json

    from diplograph.graph.stores.neo4j import schema_statements

    result = CliRunner().invoke(main, ["ingest", str(seeds_dir), "--bulk", "--force", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output[result.output.index("{") :])
    imported = summary["import"]
    assert imported["relationships"] == summary["relationships"] > 0
    for step in ("stop_seconds", "import_seconds", "start_seconds", "schema_seconds"):
        assert 0 <= imported[step] <= imported["total_seconds"]
    assert neo4j_local.status(home=import_home).running
    expected = {statement.split()[2] for statement in schema_statements()}
    with open_store(at_home) as neo4j:
        schema = _schema_names(neo4j)
        assert expected <= schema.keys()
        assert {schema[name] for name in expected} == {"ONLINE"}


def test_a_bulk_load_that_fails_while_reading_starts_the_server_again(at_home: str, import_home: Path) -> None:
    """The server is stopped as soon as the CSV writer opens (so its stop overlaps the reading);
    if the reading fails, it is started again with its database as it was."""
    from diplograph.neo4j_import import BulkSink

    with open_store(at_home) as neo4j:
        if not neo4j.stats().node_count:
            neo4j.write_document(awkward_batches()[0])
        before = neo4j.stats()
    with (
        pytest.raises(RuntimeError, match="the corpus could not be read"),
        BulkSink(import_home / "failed-bulk", home=import_home) as sink,
    ):
        sink.stopping.wait()
        assert not neo4j_local.status(home=import_home).running
        raise RuntimeError("the corpus could not be read")
    assert neo4j_local.status(home=import_home).running
    assert not (import_home / "failed-bulk" / "import.json").exists()  # nothing to import half of
    with open_store(at_home) as neo4j:  # the counts: a whole export can outlast a cold server's timeout
        assert neo4j.stats() == before
