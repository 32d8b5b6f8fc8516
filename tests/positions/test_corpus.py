"""A sample of the real UN General Debate corpus through the real extraction pipeline, on both stores.

China, Russia and the United States in four sessions (2015, 2018, 2022, 2024): each speech is read
with its manifest row (the state it speaks for, the speaker), and the speakers file becomes
HOLDS_OFFICE claims. Checks: offices from the speakers file; first-person positions attributed to
the speaking state, with the speaker, quotes that are exact substrings of the speech; and the
same answers from /positions over HTTP on each store.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from diplograph.extract.corpora import ungdc
from diplograph.extract.loaders import load_document
from diplograph.graph import algorithms as A
from diplograph.graph.models import GraphBatch
from diplograph.graph.stores import GraphStore

pytestmark = [pytest.mark.corpus, pytest.mark.slow, pytest.mark.nlp]

STATES = ("CHN", "RUS", "USA")
YEARS = (2015, 2018, 2022, 2024)


@pytest.fixture(scope="module")
def sample(shared_dir: Path) -> dict[str, Any]:
    """The sample's manifest rows, speech texts and extracted batches (extracted once per module)."""
    folder = shared_dir / "corpora" / "ungdc-2015-2024"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent: the UN General Debate corpus lives beside the project")
    from diplograph.extract.pipeline import build_extractor

    rows = ungdc.corpus_manifest(folder)
    assert rows is not None
    chosen = {rel: row for rel, row in rows.items() if row["iso3"] in STATES and int(rel[:4]) in YEARS}
    assert len(chosen) == len(STATES) * len(YEARS)
    extractor = build_extractor()
    batches: list[GraphBatch] = []
    texts: dict[str, str] = {}
    for rel, row in sorted(chosen.items()):
        source = load_document(folder / rel, manifest_row=row, relative_to=folder)
        texts[source.doc_id] = (folder / rel).read_text(encoding="utf-8")
        batches.append(extractor.extract(source).batch)
    batches += ungdc.extra_batches(folder)
    return {
        "rows": {
            load_document(folder / rel, manifest_row=row, relative_to=folder).doc_id: row for rel, row in chosen.items()
        },
        "texts": texts,
        "batches": batches,
    }


def test_first_person_positions_belong_to_the_speaking_state(sample: dict[str, Any]) -> None:
    for batch in sample["batches"][:-1]:
        row = sample["rows"][batch.document.id]
        speech = sample["texts"][batch.document.id]
        own = [c for c in batch.claims if c.source == row["on_behalf_of"] and c.type.value in A.POSITION_TYPES]
        assert own, f"no position of {row['on_behalf_of']} read from {batch.document.id}"
        for claim in own:
            assert claim.evidence in speech  # the quote is the speech's own words
            assert batch.document.properties["text"][claim.start : claim.end] == claim.evidence
            assert claim.as_of == row["published"]
        speakers = {c.speaker for c in own} - {None}
        assert speakers == {row["speaker_id"]}, batch.document.id  # "I" and "we" said by this speaker


def test_holds_office_from_the_speakers_file(sample: dict[str, Any]) -> None:
    speakers = sample["batches"][-1]
    offices = {(c.source, c.target, c.date): c.role for c in speakers.claims}
    for row in sample["rows"].values():
        year = row["published"][:4]
        assert offices[(row["speaker_id"], row["on_behalf_of"], year)] == row["speaker_role"]
    assert offices[("person:sergey-lavrov", "state:RUS", "2022")] == "Minister of Foreign Affairs"


@pytest.fixture(scope="module", params=("embedded", "neo4j"))
def corpus_api(request: pytest.FixtureRequest, sample: dict[str, Any], serve: Any) -> Iterator[str]:
    """A real server over each real store holding the sample."""
    store: GraphStore = request.getfixturevalue(f"{request.param}_store")
    store.wipe()
    for batch in sample["batches"]:
        store.write_document(batch, force=True)
    with serve(store) as server:
        yield server.url


def test_positions_over_http_are_quoted_from_the_speeches(corpus_api: str, sample: dict[str, Any]) -> None:
    with httpx.Client(base_url=corpus_api, timeout=60) as client:
        for iso in STATES:
            response = client.get("/positions", params={"actor": f"state:{iso}", "limit": 1000})
            assert response.status_code == 200, response.text
            body = response.json()
            # every sampled speech of the state is behind some entry (an entry's period is the
            # claim's own date where the text gives one, "in 2017 we ...", else the session's year)
            docs = {c["document"]["id"] for e in body["data"] for c in e["claims"]}
            speeches = {d for d, row in sample["rows"].items() if row["iso3"] == iso}
            assert speeches <= docs, iso
            for entry in body["data"]:
                for claim in entry["claims"]:
                    doc_id = claim["document"]["id"]
                    if doc_id in sample["texts"]:
                        assert claim["evidence"] in sample["texts"][doc_id]
                        assert claim["dated"] or claim["as_of"] == f"{entry['period']}-09"
        person = client.get("/actors/person:sergey-lavrov").json()
        # one entry per office as worded, spanning the sessions the speakers file gives it
        held = {(o["of"]["id"], o["role"], o["date"], o["last_date"], o["claim_count"]) for o in person["offices"]}
        assert {
            ("state:RUS", "Minister for Foreign Affairs", "2016", "2019", 4),
            ("state:RUS", "Minister of Foreign Affairs", "2021", "2024", 4),
        } <= held
        matrix = client.get("/positions/matrix", params={"actors": "state:CHN,state:RUS,state:USA"}).json()
        assert matrix["count"] > 0 and len(matrix["targets"]) == 20
