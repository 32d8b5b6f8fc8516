"""The response cache of GET /actors/{id}: answers reused for a while, dropped on a write through
the API, never kept for an unknown id, and off when configured so."""

from __future__ import annotations

import httpx
import pytest

from diplograph.api.cache import ResponseCache

NOTE = "China and Russia oppose unilateral sanctions in a joint statement.\n"


class Clock:
    """A settable clock for the cache's timer: expiry is tested without sleeping."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_kept_for_its_time_then_computed_again() -> None:
    clock, calls = Clock(), []
    cache = ResponseCache(10, timer=clock)

    def compute() -> bytes:
        calls.append(clock.now)
        return f"body {len(calls)}".encode()

    assert cache.get_or_compute("a", compute) == (b"body 1", False)
    clock.now = 9.9
    assert cache.get_or_compute("a", compute) == (b"body 1", True)
    clock.now = 10.1
    assert cache.get_or_compute("a", compute) == (b"body 2", False)
    cache.clear()
    assert cache.get_or_compute("a", compute) == (b"body 3", False)
    assert cache.get_or_compute("b", compute) == (b"body 4", False)


def test_errors_are_not_kept_and_zero_seconds_keeps_nothing() -> None:
    cache = ResponseCache(10)

    def fail() -> bytes:
        raise LookupError("no such actor")

    with pytest.raises(LookupError):
        cache.get_or_compute("a", fail)
    assert cache.get_or_compute("a", lambda: b"found") == (b"found", False)
    off = ResponseCache(0)
    assert off.get_or_compute("a", lambda: b"x") == (b"x", False)
    assert off.get_or_compute("a", lambda: b"y") == (b"y", False)


def test_actor_detail_is_reused_until_a_document_is_posted(api: httpx.Client, api_key: str) -> None:
    first = api.get("/actors/state:CHN")
    assert first.status_code == 200 and first.headers["x-cache"] == "miss"
    again = api.get("/actors/state:CHN")
    assert again.headers["x-cache"] == "hit" and again.content == first.content
    opposes = first.json()["claim_counts"].get("OPPOSES", {}).get("outgoing", 0)

    posted = api.post(
        "/documents",
        json={"text": NOTE, "name": "cache-note", "published": "2024-05-01"},
        headers={"Authorization": f"Bearer {api_key}"},
    )
    assert posted.status_code == 201, posted.text
    after = api.get("/actors/state:CHN")
    assert after.headers["x-cache"] == "miss"
    assert after.json()["claim_counts"]["OPPOSES"]["outgoing"] == opposes + 1


def test_unknown_actor_is_404_every_time(api: httpx.Client) -> None:
    for _ in range(2):
        response = api.get("/actors/state:XXX")
        assert response.status_code == 404


def test_cache_off(make_live_app, api_store, settings_for_tests) -> None:
    with (
        make_live_app(store=api_store, settings=settings_for_tests(api_cache_seconds=0)) as (_, url),
        httpx.Client(base_url=url, timeout=30) as c,
    ):
        assert [c.get("/actors/state:CHN").headers["x-cache"] for _ in range(2)] == ["miss", "miss"]
