"""The readers of graph/readers.py on both real stores: the same rows from the same graph."""

from __future__ import annotations

import pytest

from diplograph.graph import algorithms as A
from diplograph.graph import readers as R
from diplograph.graph.models import GraphBatch, Node, Relationship, mention_key
from diplograph.graph.stores import GraphStore

SOVEREIGNTY = "issue:sovereignty-and-territorial-integrity"
MULTIPOLARITY = "issue:multipolarity"
VOTE_1, VOTE_2, VOTE_3 = "resolution:unga-2022-03-02", "resolution:unga-2022-10-12", "resolution:unga-2022-11-14"
Loaded = tuple[GraphStore, list[GraphBatch]]


def keys(rows: list[A.ClaimRow]) -> list[str]:
    return sorted(r.key for r in rows)


def test_read_positions_anchored_on_actors_with_filters(positions_store: Loaded) -> None:
    store, batches = positions_store
    text = {b.document.id: b.document.properties["text"] for b in batches}
    rows = R.read_positions(store, ["state:CHN"])
    assert {r.type for r in rows} == {"SUPPORTS", "OPPOSES", "ABSTAINS"}
    assert len(rows) == 13 and all(r.source == "state:CHN" for r in rows)
    for r in rows:  # every quote is the document's text at its offsets
        assert r.evidence == text[r.doc_id][r.start : r.end]
    sovereignty = R.read_positions(store, ["state:CHN"], targets=[SOVEREIGNTY])
    assert sorted((r.at or "")[:4] for r in sovereignty) == ["2015", "2016", "2022"]
    assert {r.target_name for r in sovereignty} == {"sovereignty and territorial integrity"}
    assert sorted(r.as_of for r in sovereignty if r.date is None) == ["2015-09", "2016-09"]
    assert keys(R.read_positions(store, ["state:CHN"], since="2016", until="2017")) == keys(
        [r for r in rows if A.in_period(r.at, "2016", "2017")]
    )
    assert R.read_positions(store, ["state:XXX"]) == []
    both = R.read_positions(store, ["state:CHN", "state:RUS", "state:CHN"], targets=[MULTIPOLARITY])
    assert sorted({r.source for r in both}) == ["state:CHN", "state:RUS"] and len(both) == 5


def test_read_votes_and_actor_relations(positions_store: Loaded) -> None:
    store, _ = positions_store
    votes = R.read_votes(store)
    assert len(votes) == 18 and {r.target for r in votes} == {VOTE_1, VOTE_2, VOTE_3}
    chn = {r.target: r.choice for r in R.read_votes(store, ["state:CHN"])}
    assert chn == {VOTE_1: "abstain", VOTE_2: "abstain", VOTE_3: "no"}
    assert R.read_votes(store, since="2023") == []
    ties = R.read_actor_relations(store, relations=["MEETS", "VISITS"])
    assert sorted((r.type, r.source, r.target) for r in ties) == [
        ("MEETS", "state:CHN", "state:RUS"),
        ("MEETS", "state:USA", "state:FRA"),
        ("VISITS", "state:IND", "state:RUS"),
    ]
    among = R.read_actor_relations(store, relations=["MEETS", "VISITS"], actors=["state:CHN", "state:RUS"])
    assert [(r.source, r.target) for r in among] == [("state:CHN", "state:RUS")]
    with pytest.raises(ValueError):
        R.read_actor_relations(store, relations=["NOT_A_TYPE"])


def test_resolve_node_by_id_name_and_alias(positions_store: Loaded) -> None:
    store, _ = positions_store
    assert R.resolve_node(store, "state:CHN") == ("state:CHN", "China")
    assert R.resolve_node(store, "china") == ("state:CHN", "China")
    assert R.resolve_node(store, "中国") == ("state:CHN", "China")
    assert R.resolve_node(store, "Russian Federation") == ("state:RUS", "Russia")
    assert R.resolve_node(store, "multipolar world", labels=("Issue",)) == (MULTIPOLARITY, "multipolarity")
    assert R.resolve_node(store, "multipolarity") is None  # not an actor
    assert R.resolve_node(store, "state:XXX") is None and R.resolve_node(store, "nobody") is None
    docs = R.read_documents(store, ["doc:chn_70_2015", "doc:nope", ""])
    assert list(docs) == ["doc:chn_70_2015"] and docs["doc:chn_70_2015"]["published"] == "2015-09"


def test_readers_place_a_date_later_than_the_document_at_the_document(positions_store: Loaded) -> None:
    store, _ = positions_store
    text = "We will reach carbon neutrality by 2060."
    doc, target = "doc:chn_75_2020", "issue:carbon-neutrality"
    store.write_document(
        GraphBatch(
            document=Node(id=doc, properties={"title": "China 2020", "published": "2020-09", "text": text}),
            nodes=[Node(id="state:CHN", properties={"name": "China"}), Node(id=target, properties={"name": "cn"})],
            relationships=[
                Relationship(
                    type="SUPPORTS",
                    source="state:CHN",
                    target=target,
                    key="c-future",
                    doc_id=doc,
                    evidence=text,
                    start=0,
                    end=len(text),
                    lang="en",
                    confidence=0.9,
                    extractor="t.v1",
                    date="2060",
                    as_of="2020-09",
                ),
                *[
                    Relationship(type="MENTIONS", source=doc, target=n, key=mention_key(doc, n), doc_id=doc, count=1)
                    for n in ("state:CHN", target)
                ],
            ],
        )
    )
    [claim] = R.read_positions(store, ["state:CHN"], targets=[target], since="2020", until="2020")
    assert (claim.date, claim.at, claim.dated) == ("2060", "2020-09", False)
    assert R.read_positions(store, ["state:CHN"], targets=[target], since="2030") == []


def test_read_shared_positions_keeps_issues_two_actors_spoke_of(positions_store: Loaded) -> None:
    store, _ = positions_store
    actors = ["state:CHN", "state:RUS", "state:USA"]
    shared = R.read_shared_positions(store, actors)
    # every issue here was spoken of by two of them: climate action (the US alone) is left out
    assert {r.target for r in shared} == {SOVEREIGNTY, MULTIPOLARITY, "issue:unilateral-sanctions"}
    everything = [
        r for r in R.read_positions(store, actors, target_label="Issue") if r.target != "issue:climate-action"
    ]
    assert keys(shared) == keys(everything)
    assert R.read_shared_positions(store, ["state:USA", "state:IND"]) == []
    only_2015 = R.read_shared_positions(store, actors, since="2015", until="2015")
    assert {r.at[:4] for r in only_2015 if r.at} == {"2015"} and len(only_2015) == 6
