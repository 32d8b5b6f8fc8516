"""The graph stores and the registry that picks one from a store URL.

``base`` holds the interface (:class:`GraphStore`) both implementations share; ``neo4j`` and
``embedded`` (FalkorDB) are the two implementations. :data:`SCHEMES` maps a URL scheme to the class
that serves it: ``bolt://`` / ``neo4j://`` (and their ``+s``/``+ssc`` variants) open Neo4j;
``embedded:PATH`` or a plain directory path opens the embedded FalkorDB.

A store is given its settings (and Neo4j its credentials) by whoever builds it; nothing here
reads the global settings or knows of the local Neo4j server (:mod:`diplograph.connect` does).
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from diplograph.ground.config import Settings
from diplograph.ground.errors import ConfigError

from .base import GraphStore, QueryResult, StoreStats, WriteResult, export_line, redacted, size_over, to_plain

__all__ = [
    "SCHEMES",
    "GraphStore",
    "QueryResult",
    "StoreStats",
    "WriteResult",
    "export_line",
    "is_neo4j_url",
    "open_store",
    "redacted",
    "size_over",
    "store_exists",
    "to_plain",
]

# scheme -> (module of this package, class); a module is imported only when its store is opened,
# so the embedded store's server code is never loaded for Neo4j, nor the driver for FalkorDB
_NEO4J = ("neo4j", "Neo4jStore")
SCHEMES: dict[str, tuple[str, str]] = {
    "bolt": _NEO4J,
    "bolt+s": _NEO4J,
    "bolt+ssc": _NEO4J,
    "neo4j": _NEO4J,
    "neo4j+s": _NEO4J,
    "neo4j+ssc": _NEO4J,
    "embedded": ("embedded", "EmbeddedStore"),  # also any URL without a scheme: a directory
}


def _scheme(url: str) -> str:
    return url.split("://", 1)[0].lower() if "://" in url else ""


def is_neo4j_url(url: str) -> bool:
    return SCHEMES.get(_scheme(url)) == _NEO4J


def _embedded_path(url: str) -> str:
    return url[len("embedded:") :] if url.startswith("embedded:") else url


def store_exists(url: str) -> bool:
    """Whether the store a URL names holds a graph already (without creating anything).

    Raises:
        ConfigError: the embedded store's path is a file.

    A Neo4j URL names a server, whose database exists as long as it answers (opening it says
    whether it does); an embedded store exists once something created its directory and files.
    """
    if "://" in url:
        return True
    path = Path(_embedded_path(url)).expanduser()
    if path.exists() and not path.is_dir():
        raise ConfigError(f"embedded store path {path.resolve()} exists and is not a directory")
    from .embedded import holds_a_store

    return holds_a_store(path)


def open_store(
    url: str, *, settings: Settings | None = None, auth: tuple[str, str] | None = None, **options: Any
) -> GraphStore:
    """Open the store a URL names, with the settings (and, for Neo4j, the credentials) given.

    Raises:
        ConfigError: an unknown URL scheme.
    """
    scheme = _scheme(url)
    if scheme and (scheme not in SCHEMES or scheme == "embedded"):  # embedded is spelt embedded:PATH
        raise ConfigError(
            f"unknown store URL scheme {scheme!r} in {redacted(url)!r}: use bolt://, neo4j:// or a directory"
        )
    module, name = SCHEMES[scheme or "embedded"]
    cls: type[GraphStore] = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    if not scheme:
        return cls(_embedded_path(url), settings=settings, **options)  # type: ignore[call-arg]
    return cls(url, settings=settings, auth=auth, **options)  # type: ignore[call-arg]
