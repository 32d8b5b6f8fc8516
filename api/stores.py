"""The API's one store: opened at start-up, reopened on demand when it could not be opened then.

Once open, each store recovers by itself: the Neo4j driver reconnects when the server is back, and
the embedded store restarts its server after it died (``EmbeddedStore._call``). What neither
covers is a store that could not be opened at all when the API started (Neo4j not up yet): the
API still starts, answers 503, and :meth:`StoreHandle.get` tries again, at most every
``retry_every`` seconds so a down server is not hammered by every request.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from diplograph.connect import open_store
from diplograph.graph.stores import GraphStore
from diplograph.ground.errors import StoreUnavailable

__all__ = ["StoreHandle"]

log = logging.getLogger(__name__)


class StoreHandle:
    """Holds the application's store; ``owned`` stores are closed with the application."""

    def __init__(
        self,
        url: str | None = None,
        *,
        store: GraphStore | None = None,
        opener: Callable[[str | None], GraphStore] = open_store,
        retry_every: float = 2.0,
    ) -> None:
        self.url = url
        self.owned = store is None
        self._store = store
        self._opener = opener
        self._retry_every = retry_every
        self._last_attempt = float("-inf")
        self._last_error = "the store has not been opened yet"
        self._lock = threading.Lock()

    @property
    def store(self) -> GraphStore | None:
        """The open store, or None (no I/O)."""
        return self._store

    def open(self) -> GraphStore:
        """The store, opening it if needed.

        Raises:
            StoreUnavailable: it cannot be opened (or an attempt failed less than ``retry_every`` ago).
        """
        if self._store is not None:
            return self._store
        with self._lock:
            if self._store is not None:
                return self._store
            if time.monotonic() - self._last_attempt < self._retry_every:
                raise StoreUnavailable(self._last_error)
            self._last_attempt = time.monotonic()
            try:
                self._store = self._opener(self.url)
            except StoreUnavailable as exc:
                self._last_error = str(exc)
                log.warning("store unavailable: %s", exc)
                raise
            log.info("opened the %s store at %s", self._store.kind, self._store.url)
            return self._store

    def close(self) -> None:
        """Close an owned store (a lifespan may run again and reopen it); a lent one stays open."""
        with self._lock:
            if self._store is not None and self.owned:
                self._store.close()
                self._store = None
                self._last_attempt = float("-inf")
