"""The PLOVER table (graph/data/plover.yaml): complete, consistent with the manual, and applied
to every claim the stores write."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from diplograph.graph import plover
from diplograph.graph.plover import EVENTS, MODES, SCORES, code_claim, load_table, rows_for
from diplograph.graph.schema import CLAIM_TYPES, RelType
from diplograph.graph.stores import GraphStore

from .conftest import build_batch

#: the PLOVER manual's event categories (chapter "Event Categories", v0.7b1)
MANUAL_EVENTS = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "DEMAND", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


def _table() -> dict:
    return yaml.safe_load(plover.DATA.read_text(encoding="utf-8"))


@pytest.mark.parametrize("rel", sorted(CLAIM_TYPES))
def test_every_claim_type_has_rows_ending_in_a_default(rel: RelType) -> None:
    rows = rows_for(rel)
    assert rows, f"{rel} has no PLOVER row"
    assert rows[-1][0] == {}, f"{rel}'s last row must be its default"
    assert all(why for _, _, why in rows)


def test_a_type_without_rows_fails_at_load(tmp_path: Path) -> None:
    data = _table()
    del data["relations"]["SIGNS"]
    path = tmp_path / "plover.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ValueError, match=r"no PLOVER row for \['SIGNS'\]"):
        load_table(path)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["relations"]["VISITS"].insert(0, {"event": "VISIT", "why": "x"}), "not a PLOVER event"),
        (lambda d: d["relations"]["VISITS"].insert(0, {"event": "CONSULT", "mode": "call", "why": "x"}), "not a mode"),
        (lambda d: d["relations"]["VISITS"].insert(0, {"event": "CONSULT", "why": ""}), "no 'why'"),
        (lambda d: d["relations"]["VISITS"].insert(0, {"colour": "red", "event": "CONSULT", "why": "x"}), "unknown"),
        (lambda d: d["relations"]["VISITS"].append({"status": ["planned"], "event": "AGREE", "why": "x"}), "last row"),
        (lambda d: d["relations"].update({"PRAISES": [{"event": "SUPPORT", "why": "x"}]}), "not a relation type"),
    ],
)
def test_bad_rows_are_refused_at_load(tmp_path: Path, change, message: str) -> None:
    data = _table()
    change(data)
    path = tmp_path / "plover.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_table(path)


def test_events_and_scores_are_the_manuals() -> None:
    assert set(EVENTS) == MANUAL_EVENTS
    # the manual's "Schrodt scores": conflictual negative, cooperative positive, ASSAULT lowest
    assert EVENTS[0] == "ASSAULT" and EVENTS[-1] == "RETREAT"
    assert SCORES["REJECT"] == -4.2 and SCORES["ACCUSE"] == -2.0 and SCORES["SUPPORT"] == 4.6
    assert all(SCORES[e] < 0 for e in ("ACCUSE", "REJECT", "THREATEN", "SANCTION", "ASSAULT"))
    assert all(SCORES[e] > 0 for e in ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"))
    assert MODES["CONSULT"] == ("visit", "third-party", "multilateral", "phone")


@pytest.mark.parametrize(
    ("rel", "props", "target", "expected"),
    [
        ("VISITS", {}, "state:RUS", ("CONSULT", "visit", 2.1)),
        ("VISITS", {"status": "postponed"}, "state:RUS", ("SANCTION", "cancel", -5.2)),
        ("ATTENDS", {}, "summit:g20-2016", ("CONSULT", "multilateral", 2.1)),
        ("HOSTS", {}, "summit:g20-2016", ("CONSULT", "multilateral", 2.1)),
        ("HOSTS", {}, "person:xi-jinping", ("CONSULT", "visit", 2.1)),
        ("MEETS", {}, "state:USA", ("CONSULT", None, 2.1)),
        ("OPPOSES", {"choice": "no", "source_says": "vetoed"}, "resolution:unga-es-11-5", ("REJECT", None, -4.2)),
        ("OPPOSES", {}, "issue:unilateral-sanctions", ("REJECT", None, -4.2)),
        ("SUPPORTS", {"choice": "yes"}, "resolution:unga-es-11-1", ("SUPPORT", None, 4.6)),
        ("SUPPORTS", {"status": "pledged"}, "issue:peace", ("AGREE", None, 4.2)),
        ("SUPPORTS", {}, "issue:peace", ("SUPPORT", None, 4.6)),
        ("ABSTAINS", {"choice": "abstain"}, "resolution:unga-es-11-1", (None, None, 0.0)),
        ("SANCTIONS", {}, "state:RUS", ("SANCTION", "sever", -5.2)),
        ("SANCTIONS", {"status": "planned"}, "state:RUS", ("THREATEN", "restrict", -5.1)),
        ("CONDEMNS", {}, "state:RUS", ("ACCUSE", None, -2.0)),
        ("SIGNS", {}, "agreement:paris-agreement", ("SUPPORT", None, 4.6)),
        ("SIGNS", {"status": "planned"}, "agreement:paris-agreement", ("AGREE", None, 4.2)),
        ("MEMBER_OF", {"status": "expelled"}, "org:council-of-europe", ("SANCTION", "expel", -5.2)),
        ("MEMBER_OF", {"status": "applied"}, "org:nato", ("AGREE", None, 4.2)),
        ("MEMBER_OF", {}, "org:nato", (None, None, 0.0)),
        ("HOLDS_OFFICE", {"role": "president"}, "state:CHN", (None, None, 0.0)),
        ("COOPERATES_WITH", {}, "state:RUS", ("COOPERATE", None, 6.8)),
        ("COOPERATES_WITH", {"status": "suspended"}, "state:RUS", ("SANCTION", "withdraw", -5.2)),
        ("COOPERATES_WITH", {"status": "ended"}, "state:RUS", ("SANCTION", "withdraw", -5.2)),
        ("PROPOSES", {}, "issue:global-development-initiative", ("AGREE", None, 4.2)),
        ("ADOPTS", {}, "resolution:unga-es-11-1", ("SUPPORT", None, 4.6)),
    ],
)
def test_claims_are_coded(rel: str, props: dict, target: str, expected: tuple) -> None:
    coding = code_claim(rel, props, target)
    assert (coding.event, coding.mode, coding.intensity) == expected


def test_the_stores_write_the_codes_on_every_claim(store: GraphStore) -> None:
    batch = build_batch(
        "doc:plover",
        [
            ("VISITS", "person:xi-jinping", "state:RUS", {"date": "2015-05-08"}),
            ("OPPOSES", "state:CHN", "resolution:unga-es-11-5", {"choice": "no", "source_says": "vetoed"}),
            ("ABSTAINS", "state:IND", "resolution:unga-es-11-5", {"choice": "abstain"}),
            ("MEMBER_OF", "state:RUS", "org:council-of-europe", {"status": "expelled"}),
        ],
    )
    store.write_document(batch)
    rows = store.read(
        "MATCH (a)-[r]->(b) WHERE r.doc_id = 'doc:plover' AND type(r) <> 'MENTIONS' "
        "RETURN type(r) AS type, r.plover_event AS event, r.plover_mode AS mode, r.intensity AS intensity "
        "ORDER BY type",
        {},
    ).records()
    assert [(r["type"], r["event"], r["mode"], r["intensity"]) for r in rows] == [
        ("ABSTAINS", None, None, 0.0),
        ("MEMBER_OF", "SANCTION", "expel", -5.2),
        ("OPPOSES", "REJECT", None, -4.2),
        ("VISITS", "CONSULT", "visit", 2.1),
    ]


def test_extraction_cannot_set_the_codes_itself() -> None:
    with pytest.raises(ValueError, match="plover_event"):
        build_batch("doc:x", [("VISITS", "state:CHN", "state:RUS", {"attrs": {"plover_event": "AGREE"}})])
