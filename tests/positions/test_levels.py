"""Positions read at the issue or at its topic (the parent in the taxonomy): the analysis, the API over
both real stores, and `diplograph positions --level`.

The graph, small enough to check by eye (General Debate speeches, one claim a sentence):

* China: supports a ceasefire (2015), supports peace talks (2016), opposes peace talks (2017);
* Russia: supports a ceasefire (2016);
* the United States: supports peace talks (2016), opposes nuclear testing (2016), and supports an
  issue outside the taxonomy (2016).

A ceasefire and peace talks are issues under the topic "international peace and security"; the
CTBT is under "disarmament and non-proliferation". So, by hand: at the issue level China shifts
on peace talks (support 2016 -> oppose 2017) and Russia and China share nothing in 2016; at the
topic level China shifts on peace and security (support in 2015 and 2016 -> oppose 2017, after 2
periods) and shares it with Russia in 2016 (one claim each: 2 claims).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from diplograph.connect import open_store
from diplograph.extract.taxonomy import issue_properties
from diplograph.graph import algorithms as A
from diplograph.graph import readers as R
from diplograph.graph.models import GraphBatch, Node, Relationship, claim_key, mention_key
from diplograph.graph.schema import RelType
from diplograph.graph.stores import GraphStore
from diplograph.positions_cli import positions

CHN, RUS, USA = "state:CHN", "state:RUS", "state:USA"
CEASEFIRE, TALKS, CTBT = "issue:ceasefire", "issue:peace-talks", "issue:nuclear-test-ban"
OWN = "issue:enough-affordable-housing"  # a phrase that fits no node of the taxonomy
PEACE, DISARMAMENT = "issue:international-peace-and-security", "issue:disarmament-and-non-proliferation"
STATES = {CHN: "China", RUS: "Russia", USA: "United States"}

SPEECHES: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("chn_70_2015", "2015-09", [("SUPPORTS", CEASEFIRE, "China supports a ceasefire.")]),
    ("chn_71_2016", "2016-09", [("SUPPORTS", TALKS, "China supports peace talks.")]),
    ("chn_72_2017", "2017-09", [("OPPOSES", TALKS, "China opposes these peace talks.")]),
    ("rus_71_2016", "2016-09", [("SUPPORTS", CEASEFIRE, "Russia supports a ceasefire.")]),
    (
        "usa_71_2016",
        "2016-09",
        [
            ("SUPPORTS", TALKS, "We support peace talks."),
            ("OPPOSES", CTBT, "We oppose nuclear testing."),
            ("SUPPORTS", OWN, "We support enough affordable housing."),
        ],
    ),
]


def _batch(name: str, published: str, claims: list[tuple[str, str, str]]) -> GraphBatch:
    doc_id = f"doc:{name}"
    source = f"state:{name[:3].upper()}"
    text = " ".join(sentence for _, _, sentence in claims)
    rels, offset = [], 0
    for rel_type, target, sentence in claims:
        start = text.index(sentence, offset)
        offset = start + len(sentence)
        rels.append(
            Relationship(
                type=rel_type,
                source=source,
                target=target,
                doc_id=doc_id,
                key=claim_key(doc_id, rel_type, source, target),
                evidence=sentence,
                start=start,
                end=offset,
                lang="en",
                confidence=0.9,
                extractor="levels-fixture.v1",
                as_of=published,
                attrs={"target_text": sentence.split(" ", 2)[2].rstrip("."), "issue_rule": "alias"},
            )
        )
    targets = [t for _, t, _ in claims]
    nodes = [Node(id=source, properties={"name": STATES[source], "aliases": [STATES[source]]})]
    nodes += [Node(id=t, properties=issue_properties(t, t.split(":", 1)[1].replace("-", " "))) for t in targets]
    rels += [
        Relationship(
            type=RelType.MENTIONS, source=doc_id, target=n.id, key=mention_key(doc_id, n.id), doc_id=doc_id, count=1
        )
        for n in nodes
    ]
    document = Node(
        id=doc_id,
        properties={"title": name, "published": published, "text": text, "languages": ["en"], "fingerprint": name},
    )
    return GraphBatch(document=document, nodes=nodes, relationships=rels)


def write(store: GraphStore) -> None:
    store.wipe()
    for name, published, claims in SPEECHES:
        store.write_document(_batch(name, published, claims), force=True)


# -- the analysis, on rows read from each real store ----------------------------------------------------


def test_issue_nodes_carry_their_place_in_the_taxonomy() -> None:
    assert issue_properties(TALKS, "peace talks") == {
        "name": "peace talks",
        "taxonomy": True,
        "parent": PEACE,
        "parent_name": "international peace and security",
        "scheme_code": "CAP:19",
    }
    assert issue_properties(OWN, "enough affordable housing") == {
        "name": "enough affordable housing",
        "taxonomy": False,
    }
    # a topic has no parent; the "situation in" a state is under the named conflicts and crises
    assert "parent" not in issue_properties(PEACE, "international peace and security")
    assert issue_properties("issue:situation-in-libya", "situation in Libya")["parent"] == "issue:conflicts-and-crises"


def test_shifts_and_alignment_at_both_levels(store: GraphStore) -> None:
    write(store)
    by_level = {
        level: A.claims_graph(R.read_positions(store, [CHN, RUS, USA], level=level)) for level in ("issue", "topic")
    }
    issue_shifts = A.stance_shifts(by_level["issue"], CHN)
    assert [(s["target"], s["from_period"], s["to_period"], s["to_stance"]) for s in issue_shifts] == [
        (TALKS, "2016", "2017", "oppose")
    ]
    topic_shifts = A.stance_shifts(by_level["topic"], CHN)
    assert [(s["target"], s["kind"], s["from_period"], s["to_period"], s["repeats"]) for s in topic_shifts] == [
        (PEACE, "change", "2016", "2017", 2)
    ]
    assert len(topic_shifts[0]["before"]) == 1 and len(topic_shifts[0]["after"]) == 1

    def aligned(level: str) -> dict[tuple[str, str, str], dict[str, Any]]:
        rows = R.read_shared_positions(store, [CHN, RUS, USA], level=level)  # type: ignore[arg-type]
        return A.position_agreement(A.claims_graph(rows), [CHN, RUS, USA])

    issue = aligned("issue")
    assert (CHN, RUS, "2016") not in issue  # a ceasefire and peace talks are two issues
    assert [(i["issue"], i["a_stance"], i["b_stance"]) for i in issue[(CHN, USA, "2016")]["issues"]] == [
        (TALKS, "support", "support")
    ]
    topic = aligned("topic")
    cell = topic[(CHN, RUS, "2016")]
    assert (cell["common"], cell["agreeing"], cell["claims"]) == (1, 1, 2)
    assert cell["issues"][0]["issue"] == PEACE
    # the United States' disarmament claim has no partner at either level; its own phrase stays its own
    assert {i["issue"] for i in topic[(CHN, USA, "2016")]["issues"]} == {PEACE}
    usa = {r.target for r in R.read_positions(store, [USA], level="topic")}
    assert usa == {PEACE, DISARMAMENT, OWN}
    # a filter on a topic keeps the claims on the issues under it
    assert {r.key for r in R.read_positions(store, [CHN], targets=[PEACE], level="topic")} == {
        r.key for r in R.read_positions(store, [CHN], level="issue")
    }


def test_a_stance_on_a_harm_is_the_reverse_stance_on_its_topic(store: GraphStore) -> None:
    """Opposing hegemonism (a harm under the international order) and supporting multilateralism (a
    good under it) are one stance on the topic, support, with the intensity turned round too."""
    store.wipe()
    hegemonism, multilateralism = "issue:hegemonism", "issue:multilateralism"
    claims = [
        ("OPPOSES", hegemonism, "China opposes hegemonism."),
        ("SUPPORTS", multilateralism, "China supports multilateralism."),
    ]
    store.write_document(_batch("chn_73_2018", "2018-09", claims), force=True)
    issue = {r.target: r for r in R.read_positions(store, [CHN], level="issue")}
    topic = R.read_positions(store, [CHN], level="topic")
    assert {(r.type, r.target) for r in topic} == {("SUPPORTS", "issue:international-order")}
    assert sorted(r.intensity for r in topic) == sorted(abs(r.intensity or 0) for r in issue.values())
    assert issue[hegemonism].type == "OPPOSES"  # the issue level keeps the claim as stated
    timeline = A.stance_timeline(A.claims_graph(topic), CHN)
    assert timeline["issue:international-order"]["2018"]["stance"] == "support"


# -- the API, over real HTTP, on both stores ---------------------------------------------------------------


@pytest.fixture(scope="module", params=("embedded", "neo4j"))
def client(request: pytest.FixtureRequest, serve: Any) -> Iterator[httpx.Client]:
    store: GraphStore = request.getfixturevalue(f"{request.param}_store")
    write(store)
    with serve(store) as server, httpx.Client(base_url=server.url, timeout=30) as c:
        yield c


def get(client: httpx.Client, path: str, **params: Any) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_api_timeline_and_matrix_at_the_topic(client: httpx.Client) -> None:
    issue = get(client, "/positions", actor=CHN)
    assert issue["level"] == "issue"
    assert {(e["target"]["id"], e["period"]) for e in issue["data"]} == {
        (CEASEFIRE, "2015"),
        (TALKS, "2016"),
        (TALKS, "2017"),
    }
    topic = get(client, "/positions", actor="China", level="topic")
    assert topic["level"] == "topic"
    assert [(e["target"]["id"], e["target"]["name"], e["period"], e["stance"]) for e in topic["data"]] == [
        (PEACE, "international peace and security", "2015", "support"),
        (PEACE, "international peace and security", "2016", "support"),
        (PEACE, "international peace and security", "2017", "oppose"),
    ]
    # each claim keeps its own quote: the topic is where it counts, not what it says
    assert topic["data"][2]["claims"][0]["evidence"] == "China opposes these peace talks."
    # a topic no claim names itself can be asked for by its id
    matrix = get(client, "/positions/matrix", actors=[CHN, RUS], targets=[PEACE], level="topic")
    assert [(c["actor"], c["period"], c["claim_count"]) for c in matrix["data"]] == [
        (CHN, "2015", 1),
        (CHN, "2016", 1),
        (CHN, "2017", 1),
        (RUS, "2016", 1),
    ]
    assert client.get("/positions/matrix", params={"actors": CHN, "targets": PEACE}).status_code == 404
    assert client.get("/positions", params={"actor": CHN, "level": "parent"}).status_code == 422


def test_api_shifts_and_alignment_at_both_levels(client: httpx.Client) -> None:
    shifts = get(client, "/positions/shifts", actor=CHN, level="topic")
    assert [(s["target"]["id"], s["from_period"], s["to_period"]) for s in shifts["data"]] == [(PEACE, "2016", "2017")]
    assert [(s["target"]["id"]) for s in get(client, "/positions/shifts", actor=CHN)["data"]] == [TALKS]
    pairs = {
        level: {
            (p["a"]["id"], p["b"]["id"], p["period"]): p["positions"]
            for p in get(client, "/analytics/alignment", actors=[CHN, RUS, USA], level=level)["data"]
        }
        for level in ("issue", "topic")
    }
    assert (CHN, RUS, "2016") not in pairs["issue"]
    assert pairs["topic"][(CHN, RUS, "2016")]["claim_count"] == 2
    assert pairs["topic"][(CHN, RUS, "2016")]["issues"][0]["issue"]["id"] == PEACE


def test_openapi_documents_the_level(client: httpx.Client) -> None:
    spec = get(client, "/openapi.json")
    level = spec["components"]["schemas"]["IssueLevel"]
    assert level["enum"] == ["issue", "topic"] and "parent" in level["description"]
    for path in ("/positions", "/positions/matrix", "/positions/shifts", "/analytics/alignment"):
        params = {p["name"]: p for p in spec["paths"][path]["get"]["parameters"]}
        assert "topic" in params["level"]["description"], path


# -- the CLI ------------------------------------------------------------------------------------------------


def test_cli_level(tmp_path: Path) -> None:
    url = f"embedded:{tmp_path / 'store'}"
    with open_store(url) as s:
        write(s)
    runner = CliRunner()
    issue = json.loads(runner.invoke(positions, ["China", "--store", url, "--json"], catch_exceptions=False).stdout)
    assert {t["id"] for t in issue["targets"]} == {CEASEFIRE, TALKS}
    result = runner.invoke(positions, ["China", "--store", url, "--json", "--level", "topic"], catch_exceptions=False)
    topic = json.loads(result.stdout)
    assert topic["level"] == "topic"
    assert [(t["id"], sorted(t["periods"])) for t in topic["targets"]] == [(PEACE, ["2015", "2016", "2017"])]
    table = runner.invoke(positions, ["China", "--store", url, "--level", "topic", "--min-years", "3"])
    assert table.exit_code == 0 and "1 targets, 3 claims; 1 targets with positions in 3 or more periods" in table.stderr
    assert runner.invoke(positions, ["China", "--store", url, "--level", "parent"]).exit_code == 2
