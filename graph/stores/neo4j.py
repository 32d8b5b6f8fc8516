"""Neo4j 5 through the official driver.

Credentials come from the URL (``bolt://user:pass@host:port``), else the ``auth`` its builder
passes (the CLI and the API look up the local server of ``diplograph neo4j start``, see
:mod:`diplograph.connect`), else ``NEO4J_USER`` / ``NEO4J_PASSWORD`` of the settings given. Reads run in
READ access mode, so Neo4j itself refuses writes; each document's statements run in one
transaction (``execute_write`` retries it whole on transient errors, safe because every write
MERGEs on keys).
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

import neo4j
from neo4j import exceptions as neo4j_errors

from diplograph.ground.config import Settings
from diplograph.ground.errors import (
    QueryError,
    QueryRefused,
    QueryTimeout,
    ReadOnlyViolation,
    StoreUnavailable,
    WriteError,
)

from .. import plans, queries
from .base import GraphStore, QueryResult, size_over, to_plain

log = logging.getLogger(__name__)


def schema_statements() -> list[str]:
    """Neo4j's dialect of the schema (written in :mod:`..queries`)."""
    return queries.neo4j_schema_statements()


def _credentials(url: str, auth: tuple[str, str] | None, settings: Settings) -> tuple[str, tuple[str, str] | None]:
    """Split credentials off a URL; else the ``auth`` passed in, else the settings' user and password."""
    parts = urlsplit(url)
    if parts.username:
        netloc = parts.hostname or ""
        if parts.port:
            netloc += f":{parts.port}"
        clean = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
        return clean, (unquote(parts.username), unquote(parts.password or ""))
    if auth is not None:
        return url, auth
    if settings.neo4j_password:
        return url, (settings.neo4j_user or "neo4j", settings.neo4j_password)
    return url, None


class Neo4jStore(GraphStore):
    kind = "neo4j"

    def __init__(
        self,
        url: str,
        *,
        settings: Settings | None = None,
        auth: tuple[str, str] | None = None,
        database: str | None = None,
        ensure_schema: bool = True,
    ) -> None:
        # no settings given: the defaults with the environment's overrides, read now (not a global)
        self.settings = settings if settings is not None else Settings()
        self.url, auth = _credentials(url, auth, self.settings)
        self.database = database or self.settings.neo4j_database
        self._driver = neo4j.GraphDatabase.driver(
            self.url,
            auth=auth,
            # Deprecation notices are for the Cypher we ship, which stays in the portable subset.
            notifications_min_severity="OFF",
            connection_acquisition_timeout=10.0,
            max_transaction_retry_time=15.0,
        )
        try:
            self._driver.verify_connectivity()
        except (neo4j_errors.ServiceUnavailable, neo4j_errors.AuthError, OSError) as exc:
            self._driver.close()
            raise StoreUnavailable(f"cannot reach Neo4j at {self.url}: {exc}") from exc
        if ensure_schema:
            self.ensure_schema()

    @staticmethod
    def degree(node: str, rel_type: str, direction: str) -> str:
        return queries.neo4j_degree(node, rel_type, direction)

    def ensure_schema(self) -> None:
        with self._driver.session(database=self.database) as session:
            for statement in schema_statements():
                session.run(statement).consume()

    def _run_atomically(self, statements: list[queries.Statement]) -> None:
        # The server ends a transaction that runs past the write timeout and rolls it back: a
        # pathological document cannot hold a worker (or the server's locks) for ever.
        timeout = self.settings.write_timeout_s

        @neo4j.unit_of_work(timeout=timeout)
        def work(tx: neo4j.ManagedTransaction) -> None:
            for st in statements:
                tx.run(st.cypher, st.params).consume()

        try:
            with self._driver.session(database=self.database) as session:
                session.execute_write(work)
        except neo4j_errors.ServiceUnavailable as exc:
            raise StoreUnavailable(f"Neo4j at {self.url} is unavailable: {exc}") from exc
        except neo4j_errors.Neo4jError as exc:
            raise WriteError(f"Neo4j rolled the write back: {exc.message or exc}") from exc
        except (neo4j_errors.DriverError, ValueError, OverflowError, TypeError) as exc:
            # the driver refuses a value it cannot send (an integer over 64 bits) before the server
            # sees it: nothing was written
            raise WriteError(f"Neo4j driver refused the write: {exc}") from exc

    def check_plan(self, cypher: str, params: dict[str, Any] | None = None) -> None:
        try:
            with self._driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS) as session:
                summary = session.run(neo4j.Query("EXPLAIN " + cypher, timeout=10), params or {}).consume()
        except neo4j_errors.ServiceUnavailable as exc:
            raise StoreUnavailable(f"Neo4j at {self.url} is unavailable: {exc}") from exc
        except neo4j_errors.Neo4jError as exc:
            raise QueryError(exc.message or str(exc)) from exc
        plan = summary.plan if isinstance(summary.plan, dict) else None
        reason = plans.neo4j_refusal(plan, summary.query_type, self.database)
        if summary.database and summary.database != self.database:
            reason = f"queries run on the '{self.database}' database only, not on '{summary.database}'"
        if reason:
            raise QueryRefused(f"refused: {reason}")

    def read(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        timeout: float | None = None,
        row_cap: int | None = None,
        byte_cap: int | None = None,
    ) -> QueryResult:
        settings = self.settings
        cap = row_cap or settings.query_row_cap
        budget = byte_cap if byte_cap is not None else float("inf")
        query = neo4j.Query(cypher, timeout=timeout or settings.query_timeout_s)
        # Records come in batches of fetch_size: a capped answer stops pulling soon after the cap.
        fetch = max(1, min(cap + 1, 1000))
        try:
            with self._driver.session(
                database=self.database, default_access_mode=neo4j.READ_ACCESS, fetch_size=fetch
            ) as session:
                result = session.run(query, params or {})
                columns = list(result.keys())
                rows: list[list[Any]] = []
                truncated_by = None
                used = 0
                for record in result:
                    if len(rows) >= cap:
                        truncated_by = "rows"
                        break
                    values = record.values()
                    if byte_cap is not None:
                        # sized before it is converted: one huge value is refused at its first bytes
                        used += size_over(values, int(budget - used))
                        if used > budget:
                            truncated_by = "bytes"
                            break
                    rows.append([to_plain(v) for v in values])
                result.consume()
                truncated = truncated_by is not None
        except neo4j_errors.ServiceUnavailable as exc:
            raise StoreUnavailable(f"Neo4j at {self.url} is unavailable: {exc}") from exc
        except neo4j_errors.ClientError as exc:
            code = exc.code or ""
            if code.endswith("Statement.AccessMode") or "AccessMode" in code:
                raise ReadOnlyViolation(f"read-only: {exc.message}") from exc
            if "TransactionTimedOut" in code or "Timeout" in code:
                raise QueryTimeout(
                    f"query stopped after {timeout or settings.query_timeout_s:g} s: {exc.message}"
                ) from exc
            raise QueryError(exc.message or str(exc)) from exc
        except neo4j_errors.Neo4jError as exc:
            if "TransactionTimedOut" in (exc.code or "") or "terminated" in (exc.message or "").lower():
                raise QueryTimeout(f"query stopped: {exc.message}") from exc
            raise QueryError(exc.message or str(exc)) from exc
        return QueryResult(columns, rows, truncated, truncated_by)

    def wipe(self) -> None:
        """Delete everything in transactions of 1,000 nodes (with their relationships).

        One ``DETACH DELETE`` of a graph of 200k relationships exceeds the server's transaction
        memory limit (``dbms.memory.transaction.total.max``, 716.8 MiB with a 1 GiB heap), so it is
        batched; ``IN TRANSACTIONS`` needs an auto-commit transaction, hence ``session.run``.
        """
        try:
            with self._driver.session(database=self.database) as session:
                session.run(queries.WIPE_IN_BATCHES).consume()
        except neo4j_errors.ServiceUnavailable as exc:
            raise StoreUnavailable(f"Neo4j at {self.url} is unavailable: {exc}") from exc
        except neo4j_errors.Neo4jError as exc:
            raise WriteError(f"Neo4j could not wipe the database: {exc.message or exc}") from exc

    def close(self) -> None:
        self._driver.close()
