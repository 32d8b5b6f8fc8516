"""A hand-built positions graph with known answers, and a real API server over each real store.

The graph (:func:`build_positions_batches`) is small enough to check by eye:

* one news document on the three 2022 General Assembly votes on Ukraine: China abstains, abstains
  and votes no (the source says "vetoed"); India abstains three times; Russia votes no three
  times; the United States, Ukraine and France vote yes three times;
* General Debate speeches (first person, undated sentences placed by the session's September):
  China 2015, 2016, 2017, 2022; Russia 2015, 2016; the United States 2016, 2017, 2022;
* a few actor-to-actor claims in 2022: China meets and cooperates with Russia, India visits
  Russia, the United States sanctions Russia and meets France.

The tests state the answers they expect next to the assertions, derived by hand from this graph.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from diplograph.graph.models import GraphBatch, Node, Relationship, claim_key, mention_key
from diplograph.graph.schema import RelType
from diplograph.graph.stores import GraphStore

SOVEREIGNTY = "issue:sovereignty-and-territorial-integrity"
SANCTIONS = "issue:unilateral-sanctions"
MULTIPOLARITY = "issue:multipolarity"
CLIMATE = "issue:climate-action"
VOTE_1 = "resolution:unga-2022-03-02"
VOTE_2 = "resolution:unga-2022-10-12"
VOTE_3 = "resolution:unga-2022-11-14"

NODES: dict[str, dict[str, Any]] = {
    "state:CHN": {"name": "China", "iso3": "CHN", "aliases": ["China", "PRC", "中国"]},
    "state:RUS": {"name": "Russia", "iso3": "RUS", "aliases": ["Russia", "Russian Federation"]},
    "state:USA": {"name": "United States", "iso3": "USA", "aliases": ["United States", "US"]},
    "state:IND": {"name": "India", "iso3": "IND", "aliases": ["India"]},
    "state:UKR": {"name": "Ukraine", "iso3": "UKR", "aliases": ["Ukraine"]},
    "state:FRA": {"name": "France", "iso3": "FRA", "aliases": ["France"]},
    "person:wang-yi": {"name": "Wang Yi", "aliases": ["Wang Yi"]},
    SOVEREIGNTY: {"name": "sovereignty and territorial integrity", "aliases": ["territorial integrity"]},
    SANCTIONS: {"name": "unilateral sanctions", "aliases": ["unilateral sanctions"]},
    MULTIPOLARITY: {"name": "multipolarity", "aliases": ["multipolar world"]},
    CLIMATE: {"name": "climate action", "aliases": ["climate action"]},
    VOTE_1: {"name": "UNGA resolution of 2022-03-02", "body": "UNGA", "date": "2022-03-02"},
    VOTE_2: {"name": "UNGA resolution of 2022-10-12", "body": "UNGA", "date": "2022-10-12"},
    VOTE_3: {"name": "UNGA resolution of 2022-11-14", "body": "UNGA", "date": "2022-11-14"},
}


@dataclass
class Doc:
    """A document described by its sentences and the claims each one states."""

    doc_id: str
    title: str
    published: str
    sentences: list[tuple[str, list[tuple[Any, ...]]]] = field(default_factory=list)
    speaker: str | None = None

    def batch(self) -> GraphBatch:
        text = " ".join(s for s, _ in self.sentences)
        rels: list[Relationship] = []
        ids: dict[str, int] = {}
        offset = 0
        for sentence, claims in self.sentences:
            start = text.index(sentence, offset)
            offset = start + len(sentence)
            for claim in claims:
                rel_type, source, target, *rest = claim
                extra: dict[str, Any] = rest[0] if rest else {}
                date = extra.get("date")
                choice = extra.get("choice")
                rels.append(
                    Relationship(
                        type=rel_type,
                        source=source,
                        target=target,
                        doc_id=self.doc_id,
                        key=claim_key(self.doc_id, rel_type, source, target, date or "", choice or ""),
                        evidence=sentence,
                        start=start,
                        end=start + len(sentence),
                        lang="en",
                        confidence=0.9,
                        extractor="positions-fixture.v1",
                        date=date,
                        as_of=self.published,
                        choice=choice,
                        speaker=extra.get("speaker", self.speaker if source.startswith("state:") else None),
                        source_says=extra.get("source_says"),
                    )
                )
                for node in (source, target):
                    ids[node] = ids.get(node, 0) + 1
        for node in ids:
            rels.append(
                Relationship(
                    type=RelType.MENTIONS,
                    source=self.doc_id,
                    target=node,
                    key=mention_key(self.doc_id, node),
                    doc_id=self.doc_id,
                    count=ids[node],
                )
            )
        document = Node(
            id=self.doc_id,
            properties={
                "title": self.title,
                "published": self.published,
                "text": text,
                "languages": ["en"],
                "fingerprint": f"fixture-{self.doc_id}",
            },
        )
        nodes = [Node(id=n, properties=NODES[n]) for n in sorted(ids)]
        return GraphBatch(document=document, nodes=nodes, relationships=rels)


def _votes(resolution: str, date: str, sentence: str, choices: dict[str, str], **extra: Any) -> tuple[str, list]:
    rel = {"yes": RelType.SUPPORTS, "no": RelType.OPPOSES, "abstain": RelType.ABSTAINS}
    claims = [
        (rel[c], state, resolution, {"date": date, "choice": c, **extra.get(state, {})}) for state, c in choices.items()
    ]
    return sentence, claims


def build_positions_batches() -> list[GraphBatch]:  # length: the fixture graph written out as data
    west = {"state:USA": "yes", "state:UKR": "yes", "state:FRA": "yes"}
    votes = Doc(
        "doc:fixture-unga-votes-2022",
        "How the General Assembly voted on Ukraine in 2022",
        "2022-11-20",
        [
            _votes(
                VOTE_1,
                "2022-03-02",
                "On 2 March 2022 China and India abstained, Russia voted against and the "
                "United States, Ukraine and France voted in favour.",
                {"state:CHN": "abstain", "state:IND": "abstain", "state:RUS": "no", **west},
            ),
            _votes(
                VOTE_2,
                "2022-10-12",
                "On 12 October 2022 China and India again abstained while Russia voted no "
                "and the United States, Ukraine and France voted yes.",
                {"state:CHN": "abstain", "state:IND": "abstain", "state:RUS": "no", **west},
            ),
            _votes(
                VOTE_3,
                "2022-11-14",
                "On 14 November 2022 China vetoed the text and Russia voted no, India "
                "abstained, and the United States, Ukraine and France voted yes.",
                {"state:CHN": "no", "state:IND": "abstain", "state:RUS": "no", **west},
                **{"state:CHN": {"source_says": "vetoed"}},
            ),
        ],
    )
    chn = [
        Doc(
            "doc:chn_70_2015",
            "China at the UN General Debate 2015",
            "2015-09",
            [
                (
                    "We firmly support the sovereignty and territorial integrity of all states.",
                    [("SUPPORTS", "state:CHN", SOVEREIGNTY)],
                ),
                ("My country opposes unilateral sanctions.", [("OPPOSES", "state:CHN", SANCTIONS)]),
                ("We stand for a multipolar world.", [("SUPPORTS", "state:CHN", MULTIPOLARITY)]),
            ],
            speaker="person:wang-yi",
        ),
        Doc(
            "doc:chn_71_2016",
            "China at the UN General Debate 2016",
            "2016-09",
            [
                ("China upholds sovereignty and territorial integrity.", [("SUPPORTS", "state:CHN", SOVEREIGNTY)]),
                ("We oppose unilateral sanctions.", [("OPPOSES", "state:CHN", SANCTIONS)]),
                ("My delegation supports a multipolar world.", [("SUPPORTS", "state:CHN", MULTIPOLARITY)]),
            ],
            speaker="person:wang-yi",
        ),
        Doc(
            "doc:chn_72_2017",
            "China at the UN General Debate 2017",
            "2017-09",
            [
                ("We reject unilateral sanctions.", [("OPPOSES", "state:CHN", SANCTIONS)]),
                ("China will keep working for a multipolar world.", [("SUPPORTS", "state:CHN", MULTIPOLARITY)]),
            ],
            speaker="person:wang-yi",
        ),
        Doc(
            "doc:chn_77_2022",
            "China at the UN General Debate 2022",
            "2022-09",
            [
                (
                    "In 2022 China supports the sovereignty and territorial integrity of all countries.",
                    [("SUPPORTS", "state:CHN", SOVEREIGNTY, {"date": "2022"})],
                ),
                ("We oppose unilateral sanctions.", [("OPPOSES", "state:CHN", SANCTIONS)]),
                (
                    "China cooperates with Russia and met its leaders in 2022.",
                    [
                        ("COOPERATES_WITH", "state:CHN", "state:RUS", {"date": "2022", "speaker": None}),
                        ("MEETS", "state:CHN", "state:RUS", {"date": "2022", "speaker": None}),
                    ],
                ),
            ],
            speaker="person:wang-yi",
        ),
    ]
    rus = [
        Doc(
            "doc:rus_70_2015",
            "Russia at the UN General Debate 2015",
            "2015-09",
            [
                (
                    "We support a multipolar world, oppose unilateral sanctions and uphold territorial integrity.",
                    [
                        ("SUPPORTS", "state:RUS", MULTIPOLARITY),
                        ("OPPOSES", "state:RUS", SANCTIONS),
                        ("SUPPORTS", "state:RUS", SOVEREIGNTY),
                    ],
                ),
            ],
        ),
        Doc(
            "doc:rus_71_2016",
            "Russia at the UN General Debate 2016",
            "2016-09",
            [
                ("Russia supports a multipolar world.", [("SUPPORTS", "state:RUS", MULTIPOLARITY)]),
            ],
        ),
    ]
    usa = [
        Doc(
            "doc:usa_71_2016",
            "United States at the UN General Debate 2016",
            "2016-09",
            [
                ("We support climate action under the Paris Agreement.", [("SUPPORTS", "state:USA", CLIMATE)]),
                ("We support sanctions on those who break the rules.", [("SUPPORTS", "state:USA", SANCTIONS)]),
                ("We defend the territorial integrity of every nation.", [("SUPPORTS", "state:USA", SOVEREIGNTY)]),
            ],
        ),
        Doc(
            "doc:usa_72_2017",
            "United States at the UN General Debate 2017",
            "2017-09",
            [
                ("We reject the climate agreement as unfair to our workers.", [("OPPOSES", "state:USA", CLIMATE)]),
            ],
        ),
        Doc(
            "doc:usa_77_2022",
            "United States at the UN General Debate 2022",
            "2022-09",
            [
                ("We are all in on climate action.", [("SUPPORTS", "state:USA", CLIMATE)]),
                (
                    "In 2022 the United States sanctioned Russia and met France.",
                    [
                        ("SANCTIONS", "state:USA", "state:RUS", {"date": "2022"}),
                        ("MEETS", "state:USA", "state:FRA", {"date": "2022"}),
                    ],
                ),
            ],
        ),
    ]
    visits = Doc(
        "doc:fixture-ind-visit-2022",
        "India visits Russia",
        "2022-07-01",
        [
            ("In July 2022 India visited Russia.", [("VISITS", "state:IND", "state:RUS", {"date": "2022-07"})]),
        ],
    )
    return [doc.batch() for doc in (votes, *chn, *rus, *usa, visits)]


def write_positions_graph(store: GraphStore) -> list[GraphBatch]:
    """Empty the store and write the positions graph into it."""
    store.wipe()
    batches = build_positions_batches()
    for batch in batches:
        store.write_document(batch, force=True)
    return batches


# -- a real API server over a real store --------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """uvicorn serving ``create_app(store=...)`` in a thread, on a free loopback port."""

    def __init__(self, store: GraphStore) -> None:
        import uvicorn

        from diplograph.api.main import create_app

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            create_app(store=store), host="127.0.0.1", port=self.port, log_level="warning", lifespan="on", ws="none"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name=f"uvicorn-{self.port}", daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"uvicorn did not start on port {self.port}")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


@pytest.fixture(scope="session")
def positions_batches() -> Callable[[], list[GraphBatch]]:
    """Builds the positions graph's batches (for tests that write them themselves)."""
    return build_positions_batches


@pytest.fixture(scope="session")
def serve() -> type[Server]:
    """``with serve(store) as server:`` a real uvicorn server over a store, at ``server.url``."""
    return Server


@pytest.fixture
def positions_store(store: GraphStore) -> tuple[GraphStore, list[GraphBatch]]:
    """Each real store in turn (function scope, wiped) holding the positions graph, with its batches."""
    return store, write_positions_graph(store)


@pytest.fixture(scope="module", params=("embedded", "neo4j"))
def positions_api(request: pytest.FixtureRequest) -> Iterator[str]:
    """The base URL of a real server over each real store holding the positions graph."""
    store: GraphStore = request.getfixturevalue(f"{request.param}_store")
    write_positions_graph(store)
    with Server(store) as server:
        yield server.url
