"""The read endpoints over HTTP against both stores, on the sample graph."""

from __future__ import annotations

import httpx
import pytest

# -- actors ---------------------------------------------------------------------------------------


def test_search_actors_by_alias_in_any_language(api: httpx.Client) -> None:
    for q in ("中国", "prc", "China"):
        body = api.get("/actors", params={"q": q}).json()
        assert [a["id"] for a in body["data"]] == ["state:CHN"], q
        assert body["count"] == 1
    assert api.get("/actors", params={"q": "普京"}).json()["data"][0]["id"] == "person:vladimir-putin"


def test_search_ranks_exact_matches_first(api: httpx.Client) -> None:
    # "us" is an exact alias of the United States, and only a part of "Russia" and others
    ids = [a["id"] for a in api.get("/actors", params={"q": "us"}).json()["data"]]
    assert ids[0] == "state:USA"
    assert "state:RUS" in ids


def test_list_actors_by_kind_counts_all_matches_not_the_page(api: httpx.Client) -> None:
    page1 = api.get("/actors", params={"kind": "Person", "limit": 3}).json()
    page3 = api.get("/actors", params={"kind": "Person", "limit": 3, "offset": 6}).json()
    assert page1["count"] == page3["count"] == 7
    assert (page1["next"], page3["next"]) == (3, None)  # the offset of the next page, none after the last
    assert len(page1["data"]) == 3 and len(page3["data"]) == 1
    assert all(a["kind"] == "Person" for a in page1["data"])
    everyone = api.get("/actors", params={"kind": "Person", "limit": 1000}).json()["data"]
    assert [a["id"] for a in page1["data"] + page3["data"]] == [everyone[i]["id"] for i in (0, 1, 2, 6)]
    beyond = api.get("/actors", params={"kind": "Person", "offset": 100}).json()
    assert beyond == {"data": [], "count": 7, "next": None}


def test_actor_detail(api: httpx.Client) -> None:
    russia = api.get("/actors/state:RUS").json()
    assert russia["name"] == "Russia" and "俄罗斯" in russia["aliases"]
    statuses = {m["organisation"]["id"]: m["status"] for m in russia["memberships"]}
    assert statuses["org:coe"] == "expelled"
    assert statuses["org:unsc"] == "permanent member"
    assert russia["claim_counts"]["SANCTIONS"] == {"outgoing": 0, "incoming": 6}
    assert russia["claim_counts"]["OPPOSES"]["outgoing"] == 5
    assert russia["mentions"] == 4
    lavrov = api.get("/actors/person:sergey-lavrov").json()
    assert [(o["role"], o["of"]["id"], o["date"]) for o in lavrov["offices"]] == [
        ("foreign minister", "state:RUS", "2025-08-20")
    ]
    assert lavrov["offices"][0]["doc_id"] == "doc:sample-ukraine-talks-2025"


def test_actor_claims_filters_and_pages(api: httpx.Client) -> None:
    body = api.get("/actors/state:CHN/claims", params={"since": "2022", "until": "2022"}).json()
    assert body["count"] == 5
    assert [c["date"] for c in body["data"]] == ["2022-11-14", "2022-10-12", "2022-03-02", "2022-02-04", "2022-02-04"]
    vetoed = body["data"][0]
    assert vetoed["type"] == "OPPOSES" and vetoed["choice"] == "no" and vetoed["source_says"] == "vetoed"
    assert vetoed["direction"] == "out" and vetoed["other"]["id"] == "resolution:unga-es-11-5"
    assert vetoed["document"] == {
        "id": "doc:sample-russia-diplomacy-2022",
        "title": "Russia's diplomacy in 2022: a review",
        "published": "2023-01-11",
    }
    incoming = api.get("/actors/state:CHN/claims", params={"direction": "in", "type": "VISITS"}).json()
    assert [(c["source"]["id"], c["direction"]) for c in incoming["data"]] == [("person:vladimir-putin", "in")]
    two_types = api.get("/actors/state:CHN/claims", params=[("type", "ABSTAINS"), ("type", "SIGNS")]).json()
    assert sorted(c["type"] for c in two_types["data"]) == ["ABSTAINS", "ABSTAINS", "SIGNS"]
    page = api.get("/actors/state:CHN/claims", params={"limit": 2, "offset": 2}).json()
    everything = api.get("/actors/state:CHN/claims", params={"limit": 1000}).json()
    assert page["count"] == everything["count"] == len(everything["data"])
    assert [c["key"] for c in page["data"]] == [c["key"] for c in everything["data"][2:4]]


def test_actor_claims_carry_and_filter_by_their_plover_coding(api: httpx.Client) -> None:
    body = api.get("/actors/state:CHN/claims", params={"since": "2022", "until": "2022"}).json()
    vetoed = body["data"][0]
    assert (vetoed["plover_event"], vetoed.get("plover_mode"), vetoed["intensity"]) == ("REJECT", None, -4.2)
    assert "plover_event" not in vetoed["attrs"] and "intensity" not in vetoed["attrs"]
    rejections = api.get("/actors/state:CHN/claims", params={"plover_event": "REJECT", "limit": 1000}).json()
    everything = api.get("/actors/state:CHN/claims", params={"limit": 1000}).json()["data"]
    expected = sorted(c["key"] for c in everything if c.get("plover_event") == "REJECT" and c["direction"] == "out")
    assert expected and sorted(c["key"] for c in rejections["data"]) == expected
    assert rejections["count"] == len(expected)  # counted under the filter, not as the actor's degree
    visits = api.get("/actors/state:CHN/claims", params={"plover_event": "CONSULT", "plover_mode": "visit"}).json()
    assert visits["data"] and all(c["plover_mode"] == "visit" for c in visits["data"])
    conflictual = api.get("/actors/state:CHN/claims", params={"max_intensity": -0.1, "limit": 1000}).json()
    assert conflictual["data"] and all(c["intensity"] < 0 for c in conflictual["data"])
    both = api.get("/actors/state:CHN/claims", params=[("plover_event", "REJECT"), ("plover_event", "SUPPORT")]).json()
    assert {c["plover_event"] for c in both["data"]} == {"REJECT", "SUPPORT"}
    assert api.get("/actors/state:CHN/claims", params={"plover_event": "VISIT"}).status_code == 422
    bad = api.get("/actors/state:CHN/claims", params={"min_intensity": 3, "max_intensity": -3})
    assert bad.status_code == 422 and bad.headers["content-type"].startswith("application/problem+json")


def test_claim_attrs_and_undated_claims(api: httpx.Client) -> None:
    body = api.get("/actors/state:CHN/claims", params={"type": "SUPPORTS", "limit": 1000}).json()
    scopes = {c["attrs"].get("scope") for c in body["data"]}
    assert {"all countries, including Ukraine", "all states"} <= scopes
    zh = next(c for c in body["data"] if c["lang"] == "zh")
    assert zh["date"] is None and zh["as_of"] == "2025-06-12"


# -- events, issues, documents, claims ----------------------------------------------------------------


def test_events_list_and_filters(api: httpx.Client) -> None:
    resolutions = api.get("/events", params={"kind": "Resolution"}).json()
    assert [e["symbol"] for e in resolutions["data"]] == ["A/RES/ES-11/1", "A/RES/ES-11/4", "A/RES/ES-11/5"]
    assert resolutions["data"][2]["yes"] == 94
    in_2022 = api.get("/events", params={"since": "2022", "until": "2022"}).json()
    assert in_2022["count"] == 7  # 3 resolutions, 3 summits, 1 agreement
    assert api.get("/events", params={"q": "es-11/4"}).json()["data"][0]["id"] == "resolution:unga-es-11-4"


def test_resolution_detail_has_tallies_and_each_vote(api: httpx.Client) -> None:
    es1 = api.get("/events/resolution:unga-es-11-1").json()
    assert es1["kind"] == "Resolution"
    assert [(a["body"]["id"], a["yes"], a["no"], a["abstain"]) for a in es1["adoptions"]] == [("org:unga", 141, 5, 35)]
    assert sorted((v["actor"]["id"], v["choice"]) for v in es1["votes"]) == [
        ("state:CHN", "abstain"),
        ("state:IND", "abstain"),
        ("state:RUS", "no"),
        ("state:USA", "yes"),
    ]
    es5 = api.get("/events/resolution:unga-es-11-5").json()
    assert [(v["actor"]["id"], v["choice"], v["source_says"]) for v in es5["votes"]] == [("state:CHN", "no", "vetoed")]


def test_summit_detail_has_attendees_and_hosts(api: httpx.Client) -> None:
    sco = api.get("/events/summit:sco-2022").json()
    assert sorted(a["actor"]["id"] for a in sco["attendees"]) == [
        "person:narendra-modi",
        "person:vladimir-putin",
        "person:xi-jinping",
    ]
    assert [h["actor"]["id"] for h in sco["hosts"]] == ["state:UZB"]
    assert sco["place"] == "Samarkand" and sco["votes"] == []


def test_issues(api: httpx.Client) -> None:
    found = api.get("/issues", params={"q": "冷战"}).json()
    assert [i["id"] for i in found["data"]] == ["issue:cold-war-mentality"]
    assert found["data"][0]["stance_counts"] == {"OPPOSES": 3}
    issue = api.get("/issues/issue:multipolarity").json()
    assert issue["stance_counts"] == {"SUPPORTS": 3}
    assert [(p["actor"]["id"], p["date"] or p["as_of"]) for p in issue["positions"]] == [
        ("state:CHN", "2015-05"),
        ("state:RUS", "2015-05"),
        ("state:CHN", "2025-06-12"),
    ]


def test_documents_and_evidence_offsets(api: httpx.Client) -> None:
    listing = api.get("/documents").json()
    assert listing["count"] == 5
    assert [d["published"] for d in listing["data"]] == ["2025-08", "2025-06-12", "2023-01-11", "2017", "2015-05-20"]
    doc = api.get("/documents/doc:sample-russia-diplomacy-2022", params={"include_text": True}).json()
    assert doc["claim_count"] == len(doc["claims"]) == 35
    assert "text" not in doc["properties"]
    for c in doc["claims"]:
        assert doc["text"][c["start"] : c["end"]] == c["evidence"]
    assert [c["start"] for c in doc["claims"]] == sorted(c["start"] for c in doc["claims"])
    assert doc["mentions"][0]["node"]["id"] == "state:RUS"  # named most often
    without = api.get("/documents/doc:sample-russia-diplomacy-2022").json()
    assert without["text"] is None


def test_claim_detail_with_context(api: httpx.Client) -> None:
    claims = api.get("/actors/state:CHN/claims", params={"type": "ABSTAINS", "since": "2022-10"}).json()["data"]
    key = claims[0]["key"]
    claim = api.get(f"/claims/{key}").json()
    assert claim["evidence"] == "China abstained again."
    assert claim["context_before"].endswith("with 35 abstentions. ")
    assert claim["context_after"].startswith("\nOn November 14, 2022")
    assert claim["document"]["id"] == "doc:sample-russia-diplomacy-2022"
    assert claim["url"] == "https://example.org/review-2022"


# -- graph widget -----------------------------------------------------------------------------------


def test_neighbourhood_is_cytoscape_elements(api: httpx.Client) -> None:
    body = api.get("/graph/neighbourhood/state:IND").json()
    nodes = {n["data"]["id"]: n["data"] for n in body["elements"]["nodes"]}
    edges = [e["data"] for e in body["elements"]["edges"]]
    assert body["elements"]["nodes"][0]["data"]["id"] == "state:IND"
    assert set(nodes) == {"state:IND", "resolution:unga-es-11-1", "person:narendra-modi"}
    assert nodes["person:narendra-modi"] == {"id": "person:narendra-modi", "label": "Narendra Modi", "kind": "Person"}
    assert sorted(e["label"] for e in edges) == ["ABSTAINS", "HOLDS_OFFICE"]
    for e in edges:
        assert e["source"] in nodes and e["target"] in nodes and e["id"].startswith("c-")
    assert not body["truncated"]


def test_neighbourhood_depth_types_period_and_limit(api: httpx.Client) -> None:
    depth2 = api.get("/graph/neighbourhood/state:IND", params={"depth": 2}).json()
    ids2 = {n["data"]["id"] for n in depth2["elements"]["nodes"]}
    assert {"state:CHN", "state:RUS", "state:USA", "summit:sco-2022", "org:unga"} <= ids2
    depth3 = api.get("/graph/neighbourhood/state:IND", params={"depth": 3}).json()
    assert len(depth3["elements"]["edges"]) > len(depth2["elements"]["edges"])
    only = api.get("/graph/neighbourhood/state:IND", params={"depth": 2, "types": "ABSTAINS"}).json()
    assert {e["data"]["label"] for e in only["elements"]["edges"]} == {"ABSTAINS"}
    assert {n["data"]["id"] for n in only["elements"]["nodes"]} == {"state:IND", "resolution:unga-es-11-1", "state:CHN"}
    dated = api.get("/graph/neighbourhood/state:CHN", params={"since": "2025", "until": "2025"}).json()
    assert {e["data"]["date"] or "undated" for e in dated["elements"]["edges"]} <= {"undated"} | {"2025-08-20"}
    cut = api.get("/graph/neighbourhood/state:CHN", params={"depth": 2, "edge_limit": 5}).json()
    assert cut["truncated"] and len(cut["elements"]["edges"]) == 5
    mentions = api.get("/graph/neighbourhood/state:IND", params={"types": "MENTIONS"}).json()
    assert {n["data"]["kind"] for n in mentions["elements"]["nodes"]} == {"State", "Document"}


def test_neighbourhood_of_an_isolated_node_is_the_node(api: httpx.Client) -> None:
    body = api.get("/graph/neighbourhood/state:IND", params={"types": "SANCTIONS"}).json()
    assert body["elements"] == {
        "nodes": [{"data": {"id": "state:IND", "label": "India", "kind": "State"}}],
        "edges": [],
    }


def test_shortest_path(api: httpx.Client) -> None:
    body = api.get("/graph/path", params={"source": "state:IND", "target": "state:CAN"}).json()
    assert body["found"] and body["length"] == 3
    assert body["path"][0] == "state:IND" and body["path"][-1] == "state:CAN"
    assert len(body["elements"]["nodes"]) == 4 and len(body["elements"]["edges"]) == 3
    short = api.get("/graph/path", params={"source": "state:IND", "target": "state:CAN", "max_depth": 2}).json()
    assert short == {
        "found": False,
        "length": None,
        "path": [],
        "elements": {"nodes": [], "edges": []},
        "complete": True,
    }
    via = api.get("/graph/path", params={"source": "state:IND", "target": "state:CHN", "types": "ABSTAINS"}).json()
    assert via["path"] == ["state:IND", "resolution:unga-es-11-1", "state:CHN"]
    same = api.get("/graph/path", params={"source": "state:IND", "target": "state:IND"}).json()
    assert same["found"] and same["length"] == 0
    # one hop works on both stores (the embedded store's guard once refused [*1..1])
    one = api.get("/graph/path", params={"source": "state:IND", "target": "resolution:unga-es-11-1", "max_depth": 1})
    assert one.status_code == 200 and one.json()["found"] and one.json()["length"] == 1
    none = api.get("/graph/path", params={"source": "state:IND", "target": "state:CAN", "max_depth": 1}).json()
    assert none["found"] is False and none["complete"] is True


def test_a_path_search_out_of_time_is_a_200_saying_so(make_live_app, api_store, settings_for_tests) -> None:
    from ..fixtures.sample_graph import ensure_sample

    ensure_sample(api_store)
    settings = settings_for_tests(path_timeout_s=0.000001)
    with make_live_app(store=api_store, settings=settings) as (_, url), httpx.Client(base_url=url, timeout=30) as c:
        response = c.get("/graph/path", params={"source": "state:IND", "target": "state:CAN", "max_depth": 6})
        assert response.status_code == 200
        assert response.json()["found"] is False and response.json()["complete"] is False


# -- errors -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/actors/state:XXX",
        "/actors/person:nobody/claims",
        "/actors/not-an-id",
        "/events/summit:none-2022",
        "/issues/issue:none",
        "/documents/doc:none",
        "/claims/c-0000",
        "/graph/neighbourhood/state:XXX",
        "/graph/neighbourhood/nonsense",
        "/graph/path?source=state:IND&target=state:XXX",
    ],
)
def test_unknown_ids_are_404(api: httpx.Client, path: str) -> None:
    response = api.get(path)
    assert response.status_code == 404
    assert response.json()["code"] == "not_found" and "no " in response.json()["detail"]


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/actors", {"limit": 0}),
        ("/actors", {"limit": 1001}),
        ("/actors", {"offset": -1}),
        ("/actors", {"kind": "Planet"}),
        ("/actors", {"q": ""}),
        ("/actors", {"q": "a\x00b"}),
        ("/actors/state:CHN/claims", {"since": "2022-3"}),
        ("/actors/state:CHN/claims", {"type": "LIKES"}),
        ("/actors/state:CHN/claims", {"direction": "sideways"}),
        ("/events", {"until": "yesterday"}),
        ("/graph/neighbourhood/state:CHN", {"depth": 4}),
        ("/graph/neighbourhood/state:CHN", {"types": "KNOWS"}),
        ("/graph/path", {"source": "state:CHN"}),
        ("/graph/path", {"source": "a", "target": "b", "max_depth": 7}),
        # the pattern takes these; the calendar does not
        ("/events", {"since": "2019-13"}),
        ("/documents", {"until": "2022-02-30"}),
        ("/positions", {"actor": "state:CHN", "since": "2019-13"}),
        ("/graph/neighbourhood/state:CHN", {"until": "2021-00"}),
    ],
)
def test_bad_parameters_are_422(api: httpx.Client, path: str, params: dict) -> None:
    response = api.get(path, params=params)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["code"] == "invalid_request" and body["status"] == 422 and body["type"].endswith(":invalid_request")
    assert body["errors"] and all(e["loc"][0] == "query" for e in body["errors"])
    assert isinstance(body["detail"], str) and body["detail"].startswith("query.")


@pytest.mark.parametrize(
    "q", ["x' OR 1=1 //", 'x" OR 1=1 RETURN 1 //', "') MATCH (n) DETACH DELETE n //", "\\", "$q", "{a: 1}", "`n`"]
)
def test_injection_through_parameters_is_just_a_value(api: httpx.Client, api_store, q: str) -> None:
    before = api.get("/health").json()
    for path in ("/actors", "/events", "/issues", "/documents"):
        response = api.get(path, params={"q": q})
        assert response.status_code == 200, (path, response.text)
        assert response.json() == {"data": [], "count": 0, "next": None}
    assert api.get(f"/actors/{q.replace('/', '')}").status_code in (404, 422)
    assert api.get("/health").json() == before


def test_cors_for_configured_origins(api: httpx.Client, cors_origin: str) -> None:
    response = api.get("/health", headers={"Origin": cors_origin})
    assert response.headers["access-control-allow-origin"] == cors_origin
    other = api.get("/health", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in other.headers
    preflight = api.options(
        "/cypher",
        headers={
            "Origin": cors_origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code == 200


def test_openapi_documents_every_endpoint(api: httpx.Client) -> None:
    spec = api.get("/openapi.json").json()
    assert {
        "/health",
        "/actors",
        "/actors/{id}",
        "/actors/{id}/claims",
        "/events",
        "/events/{id}",
        "/issues",
        "/issues/{id}",
        "/documents",
        "/documents/{id}",
        "/claims/{key}",
        "/graph/neighbourhood/{id}",
        "/graph/path",
        "/queries",
        "/queries/{name}",
        "/cypher",
    } <= set(spec["paths"])
    for path, operations in spec["paths"].items():
        for method, op in operations.items():
            assert op.get("summary") and op.get("description"), f"{method.upper()} {path} is undocumented"
    assert api.get("/docs").status_code == 200
