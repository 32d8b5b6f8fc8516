"""The command line: every command has --help, --store works everywhere (and DIPLOGRAPH_STORE),
`query` is read-only on both stores, export and stats print what they promise."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from diplograph.cli import main
from diplograph.connect import open_store
from diplograph.graph.models import GraphBatch, Node, Relationship, claim_key, mention_key
from diplograph.graph.stores import GraphStore, export_line
from diplograph.ground.config import get_settings

COMMANDS = ["ingest", "export", "import", "query", "stats", "serve", "reset", "positions"]


def run(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), env=env, input=input, catch_exceptions=False)


def flat(text: str) -> str:
    return " ".join(text.split())


def neo4j_url() -> str | None:
    """The Neo4j URL the conftest uses, with whatever credentials it carries."""
    url = os.environ.get("DIPLOGRAPH_TEST_NEO4J")
    if url:
        return url
    try:
        from diplograph.neo4j_local import local_server_url
    except ImportError:
        return None
    return local_server_url()


@pytest.fixture(params=["embedded", "neo4j"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A store URL the CLI opens itself, holding one small document. Neo4j: the test server (wiped
    through the session fixture, so this fails or skips exactly as the other Neo4j tests do)."""
    if request.param == "embedded":
        url = f"embedded:{tmp_path / 'store'}"
        with open_store(url) as s:
            s.write_document(small_batch())
        yield url
        return
    neo: GraphStore = request.getfixturevalue("neo4j_store")
    neo.wipe()
    neo.write_document(small_batch())
    url = neo4j_url()
    assert url
    yield url
    neo.wipe()


def small_batch() -> GraphBatch:
    evidence = "China supports Russia's position on [sanctions]."
    rel = Relationship(
        type="SUPPORTS",
        source="state:CHN",
        target="state:RUS",
        key=claim_key("doc:cli", "SUPPORTS", "state:CHN", "state:RUS"),
        doc_id="doc:cli",
        evidence=evidence,
        start=0,
        end=len(evidence),
        lang="en",
        confidence=0.9,
        extractor="t.v1",
        date="2022-03-02",
    )
    nodes = [
        Node(id="state:CHN", properties={"name": "China", "aliases": ["PRC"]}),
        Node(id="state:RUS", properties={"name": "Russia"}),
    ]
    mentions = [
        Relationship(
            type="MENTIONS", source="doc:cli", target=n.id, key=mention_key("doc:cli", n.id), doc_id="doc:cli", count=1
        )
        for n in nodes
    ]
    return GraphBatch(
        document=Node(id="doc:cli", properties={"title": "CLI doc", "text": evidence}),
        nodes=nodes,
        relationships=[rel, *mentions],
    )


# -- help -----------------------------------------------------------------------------------------


def test_help_lists_every_command() -> None:
    result = run("--help")
    assert result.exit_code == 0
    listed = {line.split()[0] for line in result.stdout.split("Commands:")[1].splitlines() if line.strip()}
    assert set(COMMANDS) <= listed
    assert listed - set(COMMANDS) <= {"neo4j"}


@pytest.mark.parametrize("command", [*COMMANDS, "neo4j"])
def test_every_command_has_help(command: str) -> None:
    if command == "neo4j" and "neo4j" not in main.commands:  # type: ignore[attr-defined]
        pytest.skip("`diplograph neo4j` is not registered in this build")
    result = run(command, "--help")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Usage: main {command}") or f"{command}" in result.stdout.splitlines()[0]
    if command in {"ingest", "export", "query", "stats", "serve", "reset"}:
        assert "--store" in result.stdout


def test_neo4j_subcommands_have_help() -> None:
    group = main.commands.get("neo4j")  # type: ignore[attr-defined]
    if group is None:
        pytest.skip("`diplograph neo4j` is not registered in this build")
    for sub in ("start", "stop", "status"):
        assert sub in group.commands  # type: ignore[attr-defined]
        assert run("neo4j", sub, "--help").exit_code == 0


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0 and "0.1.0" in result.stdout


# -- query ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cypher",
    [
        "CREATE (n:Issue {id: 'issue:x', name: 'x'})",
        "MERGE (n:Issue {id: 'issue:x', name: 'x'})",
        "MATCH (n:Actor) SET n.name = 'x'",
        "MATCH (n) DETACH DELETE n",
    ],
)
def test_query_refuses_writes_on_both_stores(store_url: str, cypher: str) -> None:
    result = run("query", cypher, "--store", store_url)
    assert result.exit_code == 1
    message = flat(result.stderr)
    assert message.startswith("ReadOnlyViolation: read-only:")
    assert (
        "Writing in read access mode not allowed" in message
        or "RO_QUERY is to be executed only on read-only" in message
    )
    after = run("query", "MATCH (n) RETURN count(n) AS n", "--store", store_url, "--json")
    assert json.loads(after.stdout)["rows"] == [{"n": 3}]


def test_query_params_take_json_values(store_url: str) -> None:
    result = run(
        "query",
        "RETURN $i AS i, $f AS f, $l AS l, $m AS m, $s AS s, $n AS n, $b AS b, $eq AS eq, $q AS q",
        "--param",
        "i=42",
        "--param",
        "f=0.5",
        "--param",
        'l=[1, "two"]',
        "--param",
        'm={"k": [1, 2]}',
        "--param",
        "s=hello world",
        "--param",
        "n=null",
        "--param",
        "b=true",
        "--param",
        "eq=a=b",
        "--param",
        'q="42"',
        "--json",
        "--store",
        store_url,
    )
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["columns"] == ["i", "f", "l", "m", "s", "n", "b", "eq", "q"]
    assert body["rows"] == [
        {
            "i": 42,
            "f": 0.5,
            "l": [1, "two"],
            "m": {"k": [1, 2]},
            "s": "hello world",
            "n": None,
            "b": True,
            "eq": "a=b",
            "q": "42",
        }
    ]
    assert body["truncated"] is False


def test_query_params_filter_real_data(store_url: str) -> None:
    result = run(
        "query",
        "MATCH (a:Actor)-[r:SUPPORTS]->(b) WHERE a.id = $who AND r.date >= $since "
        "RETURN b.id AS target, r.evidence AS ev",
        "--param",
        "who=state:CHN",
        "--param",
        'since="2022"',
        "--json",
        "--store",
        store_url,
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["rows"] == [
        {"target": "state:RUS", "ev": "China supports Russia's position on [sanctions]."}
    ]
    # a bare 2022 is JSON, so an integer: it compares with no date string (a trap worth knowing)
    bare = run(
        "query",
        "MATCH ()-[r:SUPPORTS]->() WHERE r.date >= $since RETURN r.key",
        "--param",
        "since=2022",
        "--json",
        "--store",
        store_url,
    )
    assert json.loads(bare.stdout)["rows"] == []


def test_query_table_output_keeps_brackets_and_counts_rows(store_url: str) -> None:
    result = run(
        "query",
        "MATCH (a)-[r:SUPPORTS]->(b) RETURN r.evidence AS ev, [1, 2] AS l, '[bold]x[/]' AS markup",
        "--store",
        store_url,
    )
    assert result.exit_code == 0, result.output
    assert "[sanctions]" in result.stdout and "[bold]x[/]" in result.stdout
    assert "1 rows" in result.stderr


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        (["MATCH (n RETURN n"], 1, "QueryError:"),
        (["RETURN 1", "--param", "novalue"], 2, "expected NAME=VALUE"),
        ([], 2, "give either a CYPHER text or --name"),
        (
            [
                "UNWIND range(1, 1000) AS a UNWIND range(1, 1000) AS b UNWIND range(1, 1000) AS c RETURN count(*)",
                "--timeout",
                "0.001",
            ],
            1,
            "QueryTimeout:",
        ),
    ],
)
def test_query_errors_exit_with_a_clear_message(store_url: str, args: list[str], code: int, fragment: str) -> None:
    result = run("query", *args, "--store", store_url)
    assert result.exit_code == code, result.output
    assert fragment in flat(result.stderr + result.stdout)


# -- export and stats -----------------------------------------------------------------------------


def test_export_to_a_file_and_to_stdout(store_url: str, tmp_path: Path) -> None:
    out = tmp_path / "graph.jsonl"
    result = run("export", "-o", str(out), "--store", store_url)
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 6  # 3 nodes, 3 relationships
    objects = [json.loads(line) for line in lines]
    assert [o["type"] for o in objects] == ["node"] * 3 + ["relationship"] * 3
    assert {o["id"] for o in objects if o["type"] == "node"} == {"doc:cli", "state:CHN", "state:RUS"}
    claim = next(o for o in objects if o.get("label") == "SUPPORTS")
    assert claim["start"] == {"id": "state:CHN", "labels": ["Actor", "State"]}
    assert claim["properties"]["evidence"] == "China supports Russia's position on [sanctions]."
    assert run("export", "--format", "jsonl", "--store", store_url).stdout.splitlines() == lines


def test_export_is_the_same_from_both_stores(tmp_path: Path, neo4j_store: GraphStore) -> None:
    neo4j_store.wipe()
    neo4j_store.write_document(small_batch())
    url = neo4j_url()
    assert url
    embedded = f"embedded:{tmp_path / 'store'}"
    with open_store(embedded) as s:
        s.write_document(small_batch())
    assert run("export", "--store", embedded).stdout == run("export", "--store", url).stdout


def test_stats_json(store_url: str) -> None:
    result = run("stats", "--json", "--store", store_url)
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["nodes"] == {"Actor": 2, "Event": 0, "Issue": 0, "Document": 1}
    assert body["relationships"]["SUPPORTS"] == 1 and body["relationships"]["MENTIONS"] == 2
    assert sum(body["relationships"].values()) == 3
    assert "secretpw" not in body["store"] and body["store"].split(":")[0] in {"embedded", "bolt", "neo4j"}
    table = run("stats", "--store", store_url)
    assert table.exit_code == 0 and "relationships" in table.stdout


# -- --store and DIPLOGRAPH_STORE -----------------------------------------------------------------


@pytest.fixture
def fresh_settings() -> Iterator[None]:
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.mark.usefixtures("fresh_settings")
def test_diplograph_store_env_is_used_by_every_command(store_url: str, tmp_path: Path) -> None:
    env = {"DIPLOGRAPH_STORE": store_url}
    assert json.loads(run("stats", "--json", env=env).stdout)["nodes"]["Document"] == 1
    assert len(run("export", env=env).stdout.splitlines()) == 6
    assert json.loads(run("query", "MATCH (d:Document) RETURN d.id AS id", "--json", env=env).stdout)["rows"] == [
        {"id": "doc:cli"}
    ]
    # --store wins over the environment
    other = f"embedded:{tmp_path / 'other'}"
    with open_store(other):
        pass  # an empty store
    assert json.loads(run("stats", "--json", "--store", other, env=env).stdout)["nodes"]["Document"] == 0


@pytest.mark.usefixtures("fresh_settings")
def test_open_store_reads_the_setting(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DIPLOGRAPH_STORE", str(tmp_path / "from-env"))
    get_settings.cache_clear()
    with open_store() as s:
        assert s.kind == "embedded" and s.url == f"embedded:{tmp_path / 'from-env'}"


def test_ingest_and_reset_with_store(store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import diplograph.extract.pipeline as pipeline
    from diplograph.extract.document import document_node
    from diplograph.ingest import Extraction

    class DocumentsOnly:
        version = "documents-only-test.v1"

        def extract(self, source: Any) -> Extraction:
            return Extraction(GraphBatch(document=document_node(source, self.version)))

        def extract_many(self, sources: Any) -> Any:
            return (self.extract(source) for source in sources)

    monkeypatch.setattr(pipeline, "build_extractor", lambda *a, **k: DocumentsOnly())
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "x.txt").write_text("hello", encoding="utf-8")
    assert run("ingest", str(tmp_path / "in"), "--store", store_url).exit_code == 0
    assert json.loads(run("stats", "--json", "--store", store_url).stdout)["nodes"]["Document"] == 2
    assert run("reset", "--store", store_url, input="n\n").exit_code == 1  # declined: aborted
    assert json.loads(run("stats", "--json", "--store", store_url).stdout)["nodes"]["Document"] == 2
    result = run("reset", "--yes", "--store", store_url)
    assert result.exit_code == 0 and "emptied" in result.stderr
    assert sum(json.loads(run("stats", "--json", "--store", store_url).stdout)["nodes"].values()) == 0


def test_unreachable_and_bad_store_urls_exit_with_their_codes(tmp_path: Path) -> None:
    result = run("stats", "--store", "bolt://127.0.0.1:1")
    assert result.exit_code == 3 and "store unavailable" in flat(result.stderr)
    result = run("stats", "--store", "http://127.0.0.1:7474")
    assert result.exit_code == 2 and "unknown store URL scheme" in flat(result.stderr)
    # a mistyped scheme never echoes the password in the URL
    result = run("stats", "--store", "blot://neo4j:hunter2-secret@127.0.0.1:7687")
    assert result.exit_code == 2 and "hunter2" not in result.stderr and "neo4j:***@" in flat(result.stderr)
    (tmp_path / "file").write_text("x")
    result = run("stats", "--store", str(tmp_path / "file"))
    assert result.exit_code == 2 and "not a directory" in flat(result.stderr)


def test_export_line_is_compact_and_keeps_unicode() -> None:
    assert export_line({"a": "中国", "b": [1]}) == '{"a":"中国","b":[1]}'


# -- a store that is not there, output formats, the cookbook list -----------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["stats"],
        ["query", "MATCH (n) RETURN count(n)"],
        ["query", "--name", "find_actor", "--param", "name=China"],
        ["export"],
        ["serve", "--port", "1"],
        ["positions", "China"],
        ["reset", "--yes"],
    ],
    ids=lambda a: a[0],
)
def test_read_commands_refuse_a_store_that_does_not_exist(args: list[str], tmp_path: Path) -> None:
    missing = tmp_path / "typo"
    result = run(*args, "--store", str(missing))
    assert result.exit_code == 2, result.output
    message = flat(result.stderr)
    assert f"no store at {missing}" in message and "diplograph ingest PATH --store" in message
    assert not missing.exists(), "a read command created the store it was asked to read"


def test_ingest_and_import_create_a_store(tmp_path: Path) -> None:
    export = tmp_path / "export.jsonl"
    with open_store(str(tmp_path / "source")) as s:
        s.write_document(small_batch())
        export.write_text("".join(export_line(o) + "\n" for o in s.export()), encoding="utf-8")
    result = run("import", str(export), "--store", str(tmp_path / "new"))
    assert result.exit_code == 0, result.output
    assert json.loads(run("stats", "--json", "--store", str(tmp_path / "new")).stdout)["nodes"]["Document"] == 1


def test_query_formats(store_url: str) -> None:
    cypher = "MATCH (a)-[r:SUPPORTS]->(b) RETURN a.id AS a, r.evidence AS evidence, [1, 2] AS l, null AS nothing"
    # not a terminal (CliRunner's stdout is not): plain tab-separated lines, a header first
    tsv = run("query", cypher, "--store", store_url)
    assert tsv.exit_code == 0, tsv.output
    assert tsv.stdout.splitlines() == [
        "a\tevidence\tl\tnothing",
        "state:CHN\tChina supports Russia's position on [sanctions].\t[1, 2]\t",
    ]
    csv_out = run("query", cypher, "--format", "csv", "--store", store_url)
    assert csv_out.stdout.splitlines() == [
        "a,evidence,l,nothing",
        'state:CHN,China supports Russia\'s position on [sanctions].,"[1, 2]",',
    ]
    as_json = json.loads(run("query", cypher, "--format", "json", "--store", store_url).stdout)
    assert as_json["rows"] == [
        {"a": "state:CHN", "evidence": "China supports Russia's position on [sanctions].", "l": [1, 2], "nothing": None}
    ]
    table = run("query", cypher, "--format", "table", "--store", store_url)
    assert "┃ a" in table.stdout and "[sanctions]" in table.stdout
    # a value with a tab or a line break stays on its line
    odd = run("query", "RETURN 'two\nlines\tand a tab' AS v", "--store", store_url)
    assert odd.stdout.splitlines() == ["v", "two\\nlines\\tand a tab"]


def test_query_list_shows_the_cookbook() -> None:
    from diplograph.cypher import load_queries

    listed = run("query", "--list")
    assert listed.exit_code == 0, listed.output
    lines = listed.stdout.splitlines()
    assert lines[0] == "name\tquestion\tparams\treturns" and len(lines) == len(load_queries()) + 1
    votes = next(line.split("\t") for line in lines if line.startswith("state_votes\t"))
    assert votes[2] == "state, since?, until?" and votes[1].endswith("?")
    as_json = json.loads(run("query", "--list", "--format", "json").stdout)
    assert {q["name"] for q in as_json} == set(load_queries())


def test_query_errors_are_one_line_with_the_stores_message(store_url: str) -> None:
    result = run("query", "RETURN sum(x) AS s FROM", "--store", store_url)
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    message = result.stderr.strip()
    assert message.startswith("QueryError: ") and "errMsg" not in message and "errCtx" not in message
    assert "Invalid input" in message


def test_a_short_api_key_is_a_configuration_error_exit_2(monkeypatch: pytest.MonkeyPatch) -> None:
    get_settings.cache_clear()
    monkeypatch.setenv("DIPLOGRAPH_API_KEY", "short")
    try:
        result = CliRunner().invoke(main, ["stats"])
        assert result.exit_code == 2, result.output
        assert "DIPLOGRAPH_API_KEY must be at least 16 characters" in flat(result.stderr)
        assert "Traceback" not in result.output
    finally:
        monkeypatch.delenv("DIPLOGRAPH_API_KEY")
        get_settings.cache_clear()
