"""One exception tree for diplograph.

    DiplographError
    ├── ConfigError            a setting or store URL that cannot work
    ├── LoadError              a file that cannot be read as a document (the batch goes on)
    ├── Neo4jLocalError        the local Neo4j server cannot be fetched, started or stopped (neo4j_local.py)
    └── StoreError             anything a graph store refused or could not do
        ├── StoreUnavailable   the server cannot be reached (HTTP 503)
        ├── QueryError         the store rejected a query: syntax, types, unknown function (HTTP 400)
        │   ├── ReadOnlyViolation  a write attempted through the read-only path
        │   └── QueryRefused       the query's plan holds an operator power users may not run (HTTP 400)
        ├── QueryTimeout       the store stopped a query at the server-side timeout (HTTP 504)
        └── WriteError         a document's write failed and was rolled back

Contract violations in the models are pydantic ``ValidationError`` (a ``ValueError``).
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "DiplographError",
    "LoadError",
    "QueryError",
    "QueryRefused",
    "QueryTimeout",
    "ReadOnlyViolation",
    "StoreError",
    "StoreUnavailable",
    "WriteError",
]


class DiplographError(Exception):
    """Base of every error diplograph raises on purpose."""


class ConfigError(DiplographError):
    pass


class LoadError(DiplographError):
    """A file that cannot become a document; ``path`` names it, the message says why."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class StoreError(DiplographError):
    pass


class StoreUnavailable(StoreError):
    pass


class QueryError(StoreError):
    pass


class ReadOnlyViolation(QueryError):
    pass


class QueryRefused(QueryError):
    """The store's plan for a query holds something the read path never runs: LOAD CSV, a
    procedure outside the allow-list, an administration command, another database, a write."""


class QueryTimeout(StoreError):
    pass


class WriteError(StoreError):
    pass
