"""/positions and /analytics over the ingested seed documents, on each real store, over real HTTP.

The hand-built graph of test_api.py fixes the rules; these tests fix what an analyst gets from the
real pipeline on real text (seeds/): China's support for sovereignty and territorial integrity in
more than one year, its three 2022 General Assembly votes on Ukraine, and how China and Russia
align. Each assertion is true of the seed text (checked against ../shared/eval/seed_gold.jsonl),
so none of them may be loosened to fit a wrong extraction; they state the least the text fixes,
so that better recall does not break them. Every claim a test relies on is traced back to its
quote in the document text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from diplograph.graph.stores import GraphStore

pytestmark = pytest.mark.nlp

CHN, RUS = "state:CHN", "state:RUS"
SOVEREIGNTY = "issue:sovereignty-and-territorial-integrity"
# 001: "In the UN General Assembly votes on the Russia-Ukraine conflict on March 2, October 12, and
# November 14, 2022, China respectively abstained, abstained, and vetoed."
CHINA_VOTES_2022 = {"2022-03-02": "abstain", "2022-10-12": "abstain", "2022-11-14": "no"}


@pytest.fixture(scope="module", params=("embedded", "neo4j"))
def client(request: pytest.FixtureRequest, seeds_dir: Path, serve: Any) -> Iterator[httpx.Client]:
    """A client of the real API over each real store holding the ingested seeds (one ingest per store)."""
    from diplograph.extract.pipeline import build_extractor
    from diplograph.ingest import ingest

    store: GraphStore = request.getfixturevalue(f"{request.param}_store")
    store.wipe()
    report = ingest([seeds_dir], store, build_extractor())
    assert not report.rejected, report.rejected
    with serve(store) as server, httpx.Client(base_url=server.url, timeout=30) as c:
        yield c


def get(client: httpx.Client, path: str, **params: Any) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def assert_quoted(client: httpx.Client, keys: set[str]) -> None:
    """Each claim exists, and its evidence is its document's text at its start/end offsets."""
    assert keys
    texts: dict[str, str] = {}
    for key in sorted(keys):
        claim = get(client, f"/claims/{key}")
        doc_id = claim["doc_id"]
        if doc_id not in texts:
            texts[doc_id] = get(client, f"/documents/{doc_id}", include_text="true")["text"]
        assert texts[doc_id][claim["start"] : claim["end"]] == claim["evidence"], key


def test_china_supports_sovereignty_in_more_than_one_year(client: httpx.Client) -> None:
    body = get(client, "/positions", actor=CHN, target=SOVEREIGNTY, limit=1000)
    assert body["actor"]["id"] == CHN
    support = {e["period"]: e for e in body["data"] if e["stance"] == "support"}
    # 001 (2022): "it advocates respecting and safeguarding the sovereignty and territorial integrity
    # of all countries"; 000 (2025): "the sovereignty and territorial integrity of all states,
    # including Ukraine, must be respected"
    assert {"2022", "2025"} <= set(support), sorted(support)
    assert all(e["stance"] == "support" for e in body["data"])  # China never opposes it in the seeds
    claims = [c for e in support.values() for c in e["claims"]]
    assert all(c["type"] == "SUPPORTS" and "sovereignty and territorial integrity" in c["evidence"] for c in claims)
    assert {c["document"]["id"] for c in support["2022"]["claims"]} == {"doc:001_a99887a930e7fcc5"}
    assert {c["document"]["id"] for c in support["2025"]["claims"]} == {"doc:000_832c0e92c012bd7f"}
    assert_quoted(client, {c["key"] for c in claims})


def test_chinas_three_2022_unga_votes_abstain_abstain_no(client: httpx.Client) -> None:
    body = get(client, "/positions", actor="China", since="2022", until="2022", limit=1000)
    votes = [e for e in body["data"] if e["target"]["kind"] == "Resolution"]
    claims = sorted((c for e in votes for c in e["claims"]), key=lambda c: c["date"])
    assert {c["date"]: c["choice"] for c in claims} == CHINA_VOTES_2022
    assert [c["choice"] for c in claims] == ["abstain", "abstain", "no"]  # one claim per vote
    assert sorted(e["stance"] for e in votes) == ["abstain", "abstain", "oppose"]
    assert all(e["period"] == "2022" for e in votes)
    assert len({e["target"]["id"] for e in votes}) == 3  # three resolutions, not one
    no_vote = get(client, claims[-1]["link"])
    assert (no_vote["type"], no_vote["source_says"]) == ("OPPOSES", "vetoed")  # the GA has no veto
    assert_quoted(client, {c["key"] for c in claims})


def test_china_and_russia_agree_on_every_position_both_stated_in_2015(client: httpx.Client) -> None:
    """The alignment rule on the seeds: 003 reports the 2015 joint declaration, in which the two
    states take the same side on everything both are said to stand for or against."""
    body = get(client, "/analytics/alignment", actors=[CHN, RUS])
    by_period = {d["period"]: d for d in body["data"] if (d["a"]["id"], d["b"]["id"]) == (CHN, RUS)}
    positions = by_period["2015"]["positions"]
    assert positions["agreement"] == 1.0 and positions["agreeing"] == positions["common"]
    stances = {i["issue"]["id"]: (i["a_stance"], i["b_stance"]) for i in positions["issues"]}
    # "oppose the Cold-War mentalities ...; oppose the use or threat of force; oppose unilateral
    # sanctions"; "preserving their respective sovereignty, territorial integrity"
    assert stances["issue:cold-war-mentality"] == ("oppose", "oppose")
    assert stances["issue:unilateral-sanctions"] == ("oppose", "oppose")
    assert stances["issue:use-or-threat-of-force"] == ("oppose", "oppose")
    assert stances["issue:territorial-integrity"] == ("support", "support")
    assert_quoted(client, {k for i in positions["issues"] for k in i["a_claim_keys"] + i["b_claim_keys"]})


def test_no_stance_reversal_for_china_in_the_seeds(client: httpx.Client) -> None:
    """The shift rule on the seeds: across 2015-2025 China never turns from support to opposition
    of anything (or back), so the only shifts are silences, never a change."""
    body = get(client, "/positions/shifts", actor=CHN, min_repeats=1)
    assert body["count"] > 0  # the rule ran on a timeline with several periods
    assert [s for s in body["data"] if s["kind"] == "change"] == []
