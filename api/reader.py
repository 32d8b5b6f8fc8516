"""How routes read the graph: the store, the server-side timeout, and paging over ``Paged`` pairs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from diplograph.graph.stores import GraphStore, QueryResult
from diplograph.ground.config import Settings

from .queries import Paged

__all__ = ["GraphReader", "Pagination"]


@dataclass(frozen=True)
class Pagination:
    limit: int = 50
    offset: int = 0


@dataclass(frozen=True)
class GraphReader:
    """A store plus the API's limits; one per request (cheap: two references)."""

    store: GraphStore
    settings: Settings

    def run(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        row_cap: int | None = None,
        timeout: float | None = None,
        byte_cap: int | None = None,
    ) -> QueryResult:
        return self.store.read(
            cypher,
            params or {},
            timeout=timeout or self.settings.query_timeout_s,
            row_cap=row_cap or self.settings.query_row_cap,
            byte_cap=byte_cap,
        )

    def rows(self, cypher: str, **params: Any) -> list[dict[str, Any]]:
        return self.run(cypher, params).records()

    def one(self, cypher: str, **params: Any) -> dict[str, Any] | None:
        rows = self.rows(cypher, **params)
        return rows[0] if rows else None

    def page(
        self, paged: Paged, pagination: Pagination, *, total: str | None = None, **params: Any
    ) -> tuple[list[dict[str, Any]], int]:
        """One page of rows and the total count of matches.

        The count query runs only when the page cannot tell the total by itself: a page shorter
        than ``limit`` that is not empty, or the first page, ends the list. ``total``, if given, is
        a cheaper query for the same number (a sum of degrees) that replaces the count.
        """
        rows = self.rows(paged.page, offset=pagination.offset, limit=pagination.limit, **params)
        if len(rows) < pagination.limit and (rows or pagination.offset == 0):
            return rows, pagination.offset + len(rows)
        counted = self.one(total or paged.count, **params)
        return rows, int(counted["total"]) if counted else 0

    def adhoc(
        self, cypher: str, params: dict[str, Any] | None, *, row_cap: int, timeout: float, byte_cap: int
    ) -> QueryResult:
        """A power user's query (``POST /cypher``), bounded as the store can (GraphStore.read_adhoc)."""
        return self.store.read_adhoc(cypher, params or {}, timeout=timeout, row_cap=row_cap, byte_cap=byte_cap)
