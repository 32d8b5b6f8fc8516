"""The cookbook over HTTP (GET /queries, POST /queries/{name}) and ad-hoc Cypher (POST /cypher)."""

from __future__ import annotations

import httpx
import pytest

from diplograph.cypher import load_queries

# A query no store finishes in time: FalkorDB builds a range() list in one step (uninterruptible,
# ~28 s for 10^8), so the slow part is the nested UNWIND, which both stores check the timeout in.
SLOW = "UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y RETURN count(*) AS n"


def test_list_queries(api: httpx.Client) -> None:
    page = api.get("/queries").json()
    listed = page["data"]
    assert page["count"] == len(listed) == len(load_queries()) >= 20 and page["next"] is None
    votes = next(q for q in listed if q["name"] == "state_votes")
    assert votes["question"].endswith("?")
    assert [(p["name"], p["required"]) for p in votes["params"]] == [
        ("state", True),
        ("since", False),
        ("until", False),
    ]
    assert votes["params"][0]["example"] == "state:CHN"


def test_run_query(api: httpx.Client) -> None:
    response = api.post(
        "/queries/state_votes", json={"params": {"state": "state:CHN", "since": "2022", "until": "2022"}}
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["count"] == 3 and not body["truncated"]
    assert body["columns"][:2] == ["resolution", "symbol"]
    assert [r["choice"] for r in body["data"]] == ["abstain", "abstain", "no"]


def test_run_query_with_examples_of_each(api: httpx.Client) -> None:
    for query in api.get("/queries", params={"limit": 1000}).json()["data"]:
        params = {p["name"]: p["example"] for p in query["params"]}
        response = api.post(f"/queries/{query['name']}", json={"params": params})
        assert response.status_code == 200, (query["name"], response.text)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"params": {"since": "2022"}}, "needs 'state'"),
        ({"params": {"state": "state:CHN", "country": "CHN"}}, "no parameter 'country'"),
        ({"params": {"state": 7}}, "must be a JSON string"),
        ({"params": {"state": "state:CHN"}, "extra": 1}, "Extra inputs"),
        ({"params": {"state": "a\u0000b"}}, "NUL"),
        ({"params": []}, "dictionary"),
    ],
)
def test_run_query_bad_params_are_422(api: httpx.Client, body: dict, message: str) -> None:
    response = api.post("/queries/state_votes", json=body)
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "invalid_request" and message in body["detail"] + str(body["errors"])


def test_run_query_without_body_needs_required_params(api: httpx.Client) -> None:
    assert api.post("/queries/state_votes").status_code == 422
    assert api.post("/queries/most_active_actors", json={"params": {"top": 2}}).json()["count"] == 2


def test_unknown_query_is_404(api: httpx.Client) -> None:
    response = api.post("/queries/no_such_query", json={"params": {}})
    assert response.status_code == 404 and response.json()["code"] == "not_found"
    assert api.post("/queries/../cypher", json={}).status_code in (404, 422)


def test_query_injection_through_params_is_just_a_value(api: httpx.Client) -> None:
    for name in ("x' OR 1=1 //", '") RETURN 1 //', "'; MATCH (n) DETACH DELETE n; //"):
        response = api.post("/queries/find_actor", json={"params": {"name": name}})
        assert response.status_code == 200 and response.json()["data"] == []
    assert api.get("/actors", params={"limit": 1}).json()["count"] == 24


# -- POST /cypher ---------------------------------------------------------------------------------


def test_cypher_reads_with_parameters(api: httpx.Client) -> None:
    response = api.post(
        "/cypher",
        json={
            "query": "MATCH (s:State)-[v:ABSTAINS]->(r:Resolution {id: $r}) RETURN s.name AS state ORDER BY state",
            "params": {"r": "resolution:unga-es-11-1"},
        },
    )
    assert response.status_code == 200
    assert response.json() == {
        "columns": ["state"],
        "data": [{"state": "China"}, {"state": "India"}],
        "count": 2,
        "truncated": False,
        "truncated_by": None,
    }


@pytest.mark.parametrize(
    "query",
    [
        "CREATE (n:Actor:State {id: 'state:ZZZ', name: 'Nowhere'}) RETURN n",
        "MATCH (n:Actor {id: 'state:CHN'}) SET n.name = 'changed' RETURN n.name",
        "MATCH (n) DETACH DELETE n",
        "MERGE (n:Issue {id: 'issue:x'}) RETURN n.id",
    ],
)
def test_cypher_writes_are_refused_by_the_store(api: httpx.Client, query: str) -> None:
    before = api.get("/health").json()
    response = api.post("/cypher", json={"query": query})
    assert response.status_code == 400
    body = response.json()
    # refused on the store's plan before it runs (Neo4j plans it as a write; FalkorDB shows the
    # writing operator), else by the store's read-only mode in its own words
    assert body["code"] in ("refused", "read_only")
    assert "refused" in body["detail"] or "read access mode" in body["detail"] or "read-only" in body["detail"].lower()
    assert api.get("/health").json() == before
    assert api.get("/actors/state:CHN").json()["name"] == "China"


@pytest.mark.parametrize("query", ["MATC (n) RETURN n", "RETURN nosuchfunction(1)", "MATCH (n RETURN n"])
def test_bad_cypher_is_400_with_the_stores_message(api: httpx.Client, query: str) -> None:
    response = api.post("/cypher", json={"query": query})
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "bad_query" and len(body["detail"]) > 10


def test_cypher_timeout_is_504(api: httpx.Client) -> None:
    response = api.post("/cypher", json={"query": SLOW, "timeout_s": 0.05})
    assert response.status_code == 504
    assert response.json()["code"] == "timeout"


def test_cypher_timeout_from_settings(make_live_app, api_store, settings_for_tests) -> None:
    settings = settings_for_tests(query_timeout_s=0.05)
    with make_live_app(store=api_store, settings=settings) as (_, url), httpx.Client(base_url=url, timeout=30) as c:
        # a request cannot raise the server's timeout
        response = c.post("/cypher", json={"query": SLOW, "timeout_s": 100})
        assert response.status_code == 504


def test_cypher_row_cap(api: httpx.Client, make_live_app, api_store, settings_for_tests) -> None:
    body = api.post("/cypher", json={"query": "UNWIND range(1, 50) AS x RETURN x", "row_cap": 7}).json()
    assert body["count"] == 7 and body["truncated"] and body["data"][-1] == {"x": 7}
    with (
        make_live_app(store=api_store, settings=settings_for_tests(query_row_cap=5)) as (_, url),
        httpx.Client(base_url=url, timeout=30) as c,
    ):
        capped = c.post("/cypher", json={"query": "UNWIND range(1, 50) AS x RETURN x", "row_cap": 1000}).json()
        assert capped["count"] == 5 and capped["truncated"]


@pytest.mark.parametrize(
    "body",
    [
        {"query": ""},
        {},
        {"query": "RETURN 1", "row_cap": 0},
        {"query": "RETURN 1", "timeout_s": 0},
        {"query": "RETURN $x", "params": {"x": "\u0000"}},
        {"query": "RETURN $x", "params": {"": 1}},
        {"query": "RETURN $x", "params": {"x": {"": 1}}},
        {"query": "RETURN $x", "params": {"x": 2**64}},
        {"query": "RETURN 1", "unknown": True},
    ],
)
def test_cypher_bad_requests_are_422(api: httpx.Client, body: dict) -> None:
    assert api.post("/cypher", json=body).status_code == 422


def test_cypher_parameter_values_cannot_inject(api: httpx.Client) -> None:
    for value in ("x' OR 1=1 //", "x\\", '\\" RETURN 1 //', "}) DETACH DELETE n //", "中国"):
        body = api.post(
            "/cypher", json={"query": "MATCH (a:Actor) WHERE a.name = $v RETURN a.id AS id", "params": {"v": value}}
        ).json()
        assert body["data"] == [], value
        echoed = api.post("/cypher", json={"query": "RETURN $v AS v", "params": {"v": value}}).json()
        assert echoed["data"] == [{"v": value}]
