"""/positions and /analytics over real HTTP (uvicorn) against both real stores holding the positions graph."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

SOVEREIGNTY = "issue:sovereignty-and-territorial-integrity"
VOTES_2022 = ["resolution:unga-2022-03-02", "resolution:unga-2022-10-12", "resolution:unga-2022-11-14"]
CHN, RUS, USA, IND, UKR, FRA = "state:CHN", "state:RUS", "state:USA", "state:IND", "state:UKR", "state:FRA"


@pytest.fixture(scope="module")
def client(positions_api: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=positions_api, timeout=30) as c:
        yield c


def get(client: httpx.Client, path: str, **params: Any) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def all_claim_keys(body: Any) -> set[str]:
    """Every claim key anywhere in a response (keys of ClaimEvidence, lists named *claims)."""
    found: set[str] = set()
    if isinstance(body, dict):
        for k, v in body.items():
            if k in (
                "claims",
                "claim_keys",
                "a_claim_keys",
                "b_claim_keys",
                "undated_keys",
                "before",
                "after",
            ) and isinstance(v, list):
                found |= {x if isinstance(x, str) else x["key"] for x in v}
            else:
                found |= all_claim_keys(v)
    elif isinstance(body, list):
        for item in body:
            found |= all_claim_keys(item)
    return found


def assert_traceable(client: httpx.Client, body: Any) -> None:
    """Every claim a response names exists, and its quote is its document's text at its offsets."""
    keys = all_claim_keys(body)
    assert keys
    for key in sorted(keys):
        claim = get(client, f"/claims/{key}")
        document = get(client, f"/documents/{claim['doc_id']}", include_text="true")
        assert document["text"][claim["start"] : claim["end"]] == claim["evidence"]


# -- /positions ---------------------------------------------------------------------------------------


def test_china_supports_sovereignty_in_more_than_one_year(client: httpx.Client) -> None:
    body = get(client, "/positions", actor=CHN, target=SOVEREIGNTY)
    assert body["actor"] == {"id": CHN, "kind": "State", "name": "China"}
    support_years = [e["period"] for e in body["data"] if e["stance"] == "support"]
    assert support_years == ["2015", "2016", "2022"]
    first = body["data"][0]
    assert first["relations"] == {"SUPPORTS": 1} and first["claim_count"] == 1 and first["undated_count"] == 1
    claim = first["claims"][0]
    assert claim["dated"] is False and claim["as_of"] == "2015-09" and claim["speaker"] == "person:wang-yi"
    assert claim["evidence"] == "We firmly support the sovereignty and territorial integrity of all states."
    assert claim["document"]["id"] == "doc:chn_70_2015" and claim["link"] == f"/claims/{claim['key']}"
    dated = body["data"][2]["claims"][0]
    assert dated["dated"] is True and dated["date"] == "2022"
    assert_traceable(client, body)


def test_chinas_three_2022_unga_votes_abstain_abstain_no(client: httpx.Client) -> None:
    body = get(client, "/positions", actor="China", target=",".join(VOTES_2022), since="2022", until="2022")
    votes = {e["target"]["id"]: (e["stance"], [c["choice"] for c in e["claims"]]) for e in body["data"]}
    assert votes == {
        VOTES_2022[0]: ("abstain", ["abstain"]),
        VOTES_2022[1]: ("abstain", ["abstain"]),
        VOTES_2022[2]: ("oppose", ["no"]),
    }
    assert all(e["period"] == "2022" for e in body["data"])


def test_timeline_periods_paging_and_filters(client: httpx.Client) -> None:
    body = get(client, "/positions", actor=CHN)
    assert body["count"] == len(body["data"]) == 13
    periods = [e["period"] for e in body["data"]]
    assert periods == sorted(periods)  # oldest first
    page = get(client, "/positions", actor=CHN, limit=5, offset=5)
    assert page["count"] == 13 and page["data"] == body["data"][5:10] and page["next"] == 10
    last = get(client, "/positions", actor=CHN, limit=5, offset=page["next"])
    assert last["data"] == body["data"][10:] and last["next"] is None and body["next"] is None
    assert get(client, "/positions", actor=CHN, since="2017", until="2017")["count"] == 2
    months = get(client, "/positions", actor=CHN, granularity="month", since="2022")
    assert sorted(e["period"] for e in months["data"]) == [
        "2022",
        "2022-03",
        "2022-09",
        "2022-10",
        "2022-11",
    ]  # "2022": dated only to the year


def test_timeline_errors(client: httpx.Client) -> None:
    assert client.get("/positions", params={"actor": "state:XXX"}).status_code == 404
    assert client.get("/positions", params={"actor": CHN, "target": "issue:nothing"}).status_code == 404
    assert client.get("/positions", params={"actor": CHN, "since": "2015/01"}).status_code == 422
    assert client.get("/positions", params={"actor": CHN, "granularity": "week"}).status_code == 422
    assert client.get("/positions", params={"actor": CHN, "limit": 1001}).status_code == 422
    assert client.get("/positions").status_code == 422
    body = client.get("/positions", params={"actor": "x' OR 1=1 //"}).json()
    assert body["code"] == "not_found"  # a value, never query text


# -- /positions/matrix ---------------------------------------------------------------------------------


def test_matrix_signed_scores_and_claim_counts(client: httpx.Client) -> None:
    body = get(
        client, "/positions/matrix", actors=[CHN, USA], targets=[SOVEREIGNTY, "issue:climate-action", VOTES_2022[2]]
    )
    cells = {(c["actor"], c["target"], c["period"]): (c["score"], c["claim_count"]) for c in body["data"]}
    assert cells == {
        (CHN, SOVEREIGNTY, "2015"): (1.0, 1),
        (CHN, SOVEREIGNTY, "2016"): (1.0, 1),
        (CHN, SOVEREIGNTY, "2022"): (1.0, 1),
        (CHN, VOTES_2022[2], "2022"): (-1.0, 1),
        (USA, SOVEREIGNTY, "2016"): (1.0, 1),
        (USA, "issue:climate-action", "2016"): (1.0, 1),
        (USA, "issue:climate-action", "2017"): (-1.0, 1),
        (USA, "issue:climate-action", "2022"): (1.0, 1),
        (USA, VOTES_2022[2], "2022"): (1.0, 1),
    }
    assert [a["id"] for a in body["actors"]] == [CHN, USA] and body["periods"] == ["2015", "2016", "2017", "2022"]
    assert body["count"] == 9
    assert_traceable(client, body)


def test_matrix_default_targets_are_the_most_claimed(client: httpx.Client) -> None:
    body = get(client, "/positions/matrix", actors=f"{CHN},{RUS}", max_targets=2)
    # China: sanctions 4, sovereignty 3, multipolarity 3; Russia: multipolarity 2, sanctions 1, sovereignty 1
    assert [t["id"] for t in body["targets"]] == ["issue:multipolarity", "issue:unilateral-sanctions"]
    abstain = get(client, "/positions/matrix", actors=[IND], targets=VOTES_2022)
    assert {c["score"] for c in abstain["data"]} == {0.0} and abstain["count"] == 3


# -- /positions/shifts ---------------------------------------------------------------------------------


def test_shifts_of_china_and_the_united_states(client: httpx.Client) -> None:
    china = get(client, "/positions/shifts", actor=CHN)
    found = [(s["target"]["id"], s["kind"], s["from_period"], s["to_period"]) for s in china["data"]]
    assert found == [(SOVEREIGNTY, "silence", "2016", "2017"), ("issue:multipolarity", "silence", "2017", "2022")]
    silence = china["data"][0]
    assert [c["document"]["id"] for c in silence["before"]] == ["doc:chn_70_2015", "doc:chn_71_2016"]
    assert [d["id"] for d in silence["silent_documents"]] == ["doc:chn_72_2017"] and silence["after"] == []
    assert "2017" in silence["explanation"] and "min_repeats" in china["rule"]
    assert get(client, "/positions/shifts", actor=CHN, min_repeats=3)["count"] == 1

    usa = get(client, "/positions/shifts", actor="United States")
    assert [(s["from_stance"], s["to_stance"], s["to_period"]) for s in usa["data"]] == [
        ("support", "oppose", "2017"),
        ("oppose", "support", "2022"),
    ]
    change = usa["data"][0]
    assert change["before"][0]["evidence"] == "We support climate action under the Paris Agreement."
    assert change["after"][0]["evidence"] == "We reject the climate agreement as unfair to our workers."
    assert_traceable(client, usa)


# -- /analytics ---------------------------------------------------------------------------------------


def test_alignment_from_votes_and_positions(client: httpx.Client) -> None:
    body = get(client, "/analytics/alignment", actors=[CHN, IND, RUS, USA])
    by_pair = {(d["a"]["id"], d["b"]["id"], d["period"]): d for d in body["data"]}
    votes = {k: (d["votes"]["common"], d["votes"]["identical"]) for k, d in by_pair.items() if d["votes"]}
    assert votes == {
        (CHN, IND, "2022"): (3, 2),
        (CHN, RUS, "2022"): (3, 1),
        (CHN, USA, "2022"): (3, 0),
        (IND, RUS, "2022"): (3, 0),
        (IND, USA, "2022"): (3, 0),
        (RUS, USA, "2022"): (3, 0),
    }
    assert by_pair[(CHN, IND, "2022")]["votes"]["agreement"] == pytest.approx(2 / 3)
    stances = {k: d["positions"]["agreement"] for k, d in by_pair.items() if d["positions"]}
    assert stances == {(CHN, RUS, "2015"): 1.0, (CHN, RUS, "2016"): 1.0, (CHN, USA, "2016"): 0.5}
    pooled = get(client, "/analytics/alignment", actors=[CHN, IND], granularity="all")
    assert [d["period"] for d in pooled["data"]] == ["all"]
    assert "identical votes" in body["rule"]
    assert_traceable(client, get(client, "/analytics/alignment", actors=[CHN, IND]))
    assert client.get("/analytics/alignment", params={"actors": "state:XXX"}).status_code == 404


def test_centrality_on_the_actor_graph(client: httpx.Client) -> None:
    body = get(client, "/analytics/centrality", relations=["MEETS", "COOPERATES_WITH", "VISITS", "SANCTIONS"])
    assert (body["nodes"], body["edges"]) == (5, 4)
    scores = {d["actor"]["id"]: d for d in body["data"]}
    assert body["data"][0]["actor"]["id"] == RUS  # highest PageRank: everyone's claims point at Russia
    assert scores[RUS]["degree"] == pytest.approx(3 / 4) and scores[RUS]["betweenness"] == pytest.approx(5 / 6)
    assert scores[USA]["betweenness"] == pytest.approx(1 / 2) and scores[CHN]["betweenness"] == 0
    assert len(scores[CHN]["claim_keys"]) == 2  # cooperates with and meets Russia
    assert sum(d["pagerank"] for d in body["data"]) == pytest.approx(1.0)
    assert get(client, "/analytics/centrality", relations=["MEETS"], since="2023")["count"] == 0
    assert client.get("/analytics/centrality", params={"relations": "FRIENDS_WITH"}).status_code == 422


def test_communities_of_actors_that_vote_together(client: httpx.Client) -> None:
    body = get(client, "/analytics/communities", basis="votes", seed=3)
    members = [[m["id"] for m in c["members"]] for c in body["data"]]
    assert members == [[FRA, UKR, USA], [CHN, IND], [RUS]]
    assert body["modularity"] == pytest.approx(36 / 121)
    assert len(body["data"][1]["claim_keys"]) == 6  # the six vote claims behind China-India
    ties = get(client, "/analytics/communities", basis="relations", relations=["MEETS", "COOPERATES_WITH"])
    assert sorted(sorted(m["id"] for m in c["members"]) for c in ties["data"]) == [[CHN, RUS], [FRA, USA]]
    stand = get(client, "/analytics/communities", basis="positions", actors=[CHN, RUS, USA], min_agreement=1.0)
    assert [[m["id"] for m in c["members"]] for c in stand["data"]] == [[CHN, RUS], [USA]]
    assert client.get("/analytics/communities", params={"basis": "positions"}).status_code == 422
    assert_traceable(client, body)


def test_openapi_describes_the_new_endpoints(client: httpx.Client) -> None:
    paths = get(client, "/openapi.json")["paths"]
    for path in (
        "/positions",
        "/positions/matrix",
        "/positions/shifts",
        "/analytics/alignment",
        "/analytics/centrality",
        "/analytics/communities",
    ):
        assert "get" in paths[path], path
    assert "/ui" not in paths
