"""Answers of the aggregating reads, reused for a few seconds.

``GET /actors/{id}`` groups every office and membership claim of the actor: for a head of state
that is thousands of relationships read per request (9-13 ms in either store, see
bench/api_latency.py), the same answer each time until the graph changes. Dashboards ask for the
same few actors over and over, so the serialised answer is kept for ``DIPLOGRAPH_API_CACHE_SECONDS``
(0 turns it off). A write through this API (``POST /documents``) clears the cache at once; a write
by another process (``diplograph ingest`` into the same store) shows within that many seconds.
Unknown ids and errors are never kept.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable

from cachetools import TTLCache

__all__ = ["ResponseCache"]


class ResponseCache:
    """A bounded, thread-safe time-to-live cache of response bodies (bytes).

    The body is computed outside the lock: two requests that miss together both compute it, which
    costs one query more and never blocks the other routes' threads.
    """

    def __init__(self, seconds: float, *, maxsize: int = 4096, timer: Callable[[], float] = time.monotonic) -> None:
        self._entries: TTLCache[Hashable, bytes] | None = (
            TTLCache(maxsize=maxsize, ttl=seconds, timer=timer) if seconds > 0 else None
        )
        self._lock = threading.Lock()

    def get_or_compute(self, key: Hashable, compute: Callable[[], bytes]) -> tuple[bytes, bool]:
        """The body for ``key`` and whether it came from the cache."""
        if self._entries is None:
            return compute(), False
        with self._lock:
            body = self._entries.get(key)
        if body is not None:
            return body, True
        body = compute()
        with self._lock:
            self._entries[key] = body
        return body, False

    def clear(self) -> None:
        if self._entries is not None:
            with self._lock:
                self._entries.clear()
