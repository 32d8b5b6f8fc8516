"""POST /cypher cannot reach past the graph: the probe's escape list on both stores (issue 15).

Every query here either read a server file, fetched a URL from the server's network, ran an
administration command, called a procedure with effects or wrote, before the API judged queries on
the store's plan. Each must be refused (400) on each store, leave the graph as it was, and leak
nothing: the secret a local web service serves and the contents of /etc/passwd never appear.
"""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

SECRET = "s3cret-body-of-a-local-service"


@pytest.fixture(scope="module")
def local_service() -> Iterator[str]:
    """A web service on the loopback interface, as another local service would be."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = f"name\n{SECRET}\n".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/csv")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/health"
    server.shutdown()
    server.server_close()


ESCAPES = [
    # files of the server
    "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r",
    "LOAD CSV FROM 'file:///../../../../etc/passwd' AS r RETURN r",
    "load csv from 'file:///etc/passwd' as r return r",
    "/* a comment */ LOAD /* another */ CSV FROM 'file:///etc/passwd' AS r RETURN r",
    "WITH 'file:///etc/' + 'passwd' AS u LOAD CSV FROM u AS r RETURN r",
    "LOAD CSV FROM $url AS r RETURN r",
    "MATCH (n) WITH n LIMIT 1 CALL { LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r } RETURN r",
    # URLs on the server's network
    "LOAD CSV FROM '{service}' AS r RETURN r",
    "LOAD CSV WITH HEADERS FROM '{service}' AS r RETURN r.name AS name",
    "LOAD CSV FROM 'http://169.254.169.254/latest/meta-data/' AS r RETURN r",
    # administration
    "SHOW TRANSACTIONS",
    "SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "SHOW USERS",
    "SHOW DATABASES",
    "SHOW SETTINGS",
    "SHOW PROCEDURES",
    "SHOW FUNCTIONS",
    "SHOW INDEXES",
    "SHOW CONSTRAINTS",
    "ALTER USER neo4j SET PASSWORD 'changed-by-a-client'",
    "CREATE USER intruder SET PASSWORD 'intruder-password'",
    "STOP DATABASE neo4j",
    "USE system SHOW USERS",
    "USE system MATCH (n) RETURN n",
    # procedures outside the allow-list
    "CALL dbms.listConfig()",
    "CALL dbms.listConfig() YIELD name, value RETURN name, value",
    "CALL db.clearQueryCaches()",
    "CALL dbms.components()",
    "CALL dbms.procedures()",
    "CALL `dbms`.`listConfig`()",
    "UNWIND [1] AS x CALL dbms.listConfig() YIELD name RETURN name",
    "CALL algo.pageRank(null, null)",
    "CALL db.idx.fulltext.createNodeIndex('Actor', 'name')",
    "CALL db.labels() YIELD label WITH label CALL dbms.listConfig() YIELD name RETURN name",
    # batches in their own transactions
    "MATCH (n) CALL { WITH n RETURN n.id AS x } IN TRANSACTIONS RETURN x",
    "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS",
    # writes
    "CREATE (n:Actor:State {id: 'state:ZZZ', name: 'Nowhere'}) RETURN n",
    "MATCH (n:Actor {id: 'state:CHN'}) SET n.name = 'changed' RETURN n.name",
    "MATCH (n) DETACH DELETE n",
    "MERGE (n:Issue {id: 'issue:x'}) RETURN n.id",
    "FOREACH (x IN [1] | CREATE (:Actor {id: 'state:ZZY'}))",
    "MATCH (n:Actor {id: 'state:CHN'}) REMOVE n.name RETURN n",
    "CREATE INDEX escape_index FOR (n:Actor) ON (n.acronym)",
    "DROP CONSTRAINT actor_id",
]


@pytest.mark.parametrize("query", ESCAPES)
def test_escape_is_refused(api: httpx.Client, local_service: str, query: str) -> None:
    before = api.get("/health").json()
    response = api.post(
        "/cypher", json={"query": query.replace("{service}", local_service), "params": {"url": local_service}}
    )
    assert response.status_code == 400, response.text
    assert response.json()["code"] in ("refused", "read_only", "bad_query")
    assert SECRET not in response.text and "root:" not in response.text
    assert api.get("/health").json() == before
    assert api.get("/actors/state:CHN").json()["name"] == "China"


def test_load_csv_and_admin_are_refused_by_the_plan(api: httpx.Client, api_store, local_service: str) -> None:
    """The refusal names what the plan holds, on both stores (not just a syntax error)."""
    procedure = "CALL db.clearQueryCaches()" if api_store.kind == "neo4j" else "CALL dbms.procedures()"
    for query, words in [
        ("LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r", "LOAD CSV"),
        (f"LOAD CSV FROM '{local_service}' AS r RETURN r", "LOAD CSV"),
        (procedure, "procedure"),
    ]:
        body = api.post("/cypher", json={"query": query}).json()
        assert body["code"] == "refused" and words in body["detail"], body


def test_schema_procedures_on_the_allow_list(api: httpx.Client, api_store) -> None:
    response = api.post("/cypher", json={"query": "CALL db.labels() YIELD label RETURN label ORDER BY label"})
    if api_store.kind == "neo4j":
        assert response.status_code == 200
        assert "Actor" in [r["label"] for r in response.json()["data"]]
    else:  # FalkorDB's plan does not name the procedure, so none is allowed there
        assert response.status_code == 400 and response.json()["code"] == "refused"


def test_answers_are_bounded_in_bytes(make_live_app, api_store, settings_for_tests) -> None:
    settings = settings_for_tests(query_byte_cap=100_000, query_row_cap=100_000)
    with make_live_app(store=api_store, settings=settings) as (_, url), httpx.Client(base_url=url, timeout=60) as c:
        # many small rows: cut before the cap, with the rows that fit
        body = c.post("/cypher", json={"query": "UNWIND range(1, 50000) AS x RETURN 'row number ' + toString(x) AS s"})
        assert body.status_code == 200
        data = body.json()
        assert data["truncated"] and data["truncated_by"] == "bytes"
        assert 1000 < data["count"] < 10_000 and len(body.content) < 200_000
        # one value larger than the cap: no row at all, still a clear flag, and fast
        big = c.post("/cypher", json={"query": "RETURN range(1, 2000000) AS x"})
        assert big.status_code == 200 and big.json()["truncated_by"] == "bytes" and big.json()["count"] == 0
        # within the caps: whole
        small = c.post("/cypher", json={"query": "UNWIND range(1, 3) AS x RETURN x"}).json()
        assert small["count"] == 3 and not small["truncated"] and small["truncated_by"] is None


def test_cypher_is_off_by_default_and_can_need_the_key(
    make_live_app, api_store, settings_for_tests, api_key: str
) -> None:
    query = {"query": "RETURN 1 AS one"}
    with (
        make_live_app(store=api_store, settings=settings_for_tests(cypher="off")) as (_, url),
        httpx.Client(base_url=url, timeout=30) as c,
    ):
        off = c.post("/cypher", json=query)
        assert off.status_code == 403 and "DIPLOGRAPH_CYPHER" in off.json()["detail"]
        assert c.post("/cypher", json=query, headers={"Authorization": f"Bearer {api_key}"}).status_code == 403
    with (
        make_live_app(store=api_store, settings=settings_for_tests(cypher="key")) as (_, url),
        httpx.Client(base_url=url, timeout=30) as c,
    ):
        assert c.post("/cypher", json=query).status_code == 401
        assert (
            c.post("/cypher", json=query, headers={"Authorization": "Bearer wrong-key-0123456789"}).status_code == 401
        )
        ok = c.post("/cypher", json=query, headers={"Authorization": f"Bearer {api_key}"})
        assert ok.status_code == 200 and ok.json()["data"] == [{"one": 1}]


def test_the_local_neo4j_itself_refuses_file_and_local_urls(neo4j_store, local_service: str) -> None:
    """Below the API: the configuration `diplograph neo4j start` writes closes file URLs and the
    private address ranges to LOAD CSV for every client of the server (here, the driver itself)."""
    from diplograph.neo4j_local import local_server_url

    if local_server_url() != neo4j_store.url:
        pytest.skip("the test server is not the one `diplograph neo4j start` configures")
    driver = neo4j_store._driver
    for url in ("file:///etc/passwd", local_service, "http://10.1.2.3/x.csv", "http://[::1]:1/x.csv"):
        with driver.session(database=neo4j_store.database) as session, pytest.raises(Exception) as caught:
            session.run(f"LOAD CSV FROM '{url}' AS r RETURN r").consume()
        assert SECRET not in str(caught.value) and "root:" not in str(caught.value)
        assert "file" in str(caught.value).lower() or "blocked" in str(caught.value).lower(), str(caught.value)


def test_the_row_cap_stops_the_store_not_just_the_answer(api: httpx.Client) -> None:
    """Three million rows asked for, a thousand answered: both stores stop at the cap rather than
    fetch everything first (the embedded store used to take 25 s here, past its timeout)."""
    started = time.monotonic()
    body = api.post("/cypher", json={"query": "UNWIND range(1, 3000000) AS x RETURN x, x * 2 AS y"}).json()
    assert time.monotonic() - started < 15
    assert body["count"] == 1000 and body["truncated_by"] == "rows"
    assert sorted(body["columns"]) == ["x", "y"] and body["data"][0] == {"x": 1, "y": 2}
