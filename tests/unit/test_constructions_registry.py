"""The constructions registry: every reader placed in the reading order, the order kept."""

from __future__ import annotations

import pytest

from diplograph.extract import constructions
from diplograph.extract.constructions import READING_ORDER, load_readers


def test_readers_come_in_the_reading_order() -> None:
    assert [name for name, _ in load_readers()] == list(READING_ORDER)


def test_readers_over_what_others_found_come_last() -> None:
    order = list(READING_ORDER)
    # tallies need the adoptions, venues the attendances, owners the condemnations
    assert order.index("votes.tallies.v1") > order.index("votes.v1")
    assert order[-3:] == ["votes.tallies.v1", "events.venues.v1", "accusations.owners.v1"]


def test_a_reader_left_out_of_the_order_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(constructions, "READING_ORDER", READING_ORDER[1:])
    with pytest.raises(RuntimeError, match=r"not in READING_ORDER \['positions.calls-to-action.v1'\]"):
        load_readers()
