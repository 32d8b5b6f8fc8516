"""Opening a store as the CLI, the API and library users do: the settings, and Neo4j's credentials.

The stores (:mod:`diplograph.graph.stores`) take both as given; this is the edge that reads the
environment's settings and, for a Neo4j URL without credentials when ``NEO4J_PASSWORD`` is unset,
asks the local server that ``diplograph neo4j start`` runs (:mod:`diplograph.neo4j_local`).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from diplograph.graph.stores import GraphStore, is_neo4j_url
from diplograph.graph.stores import open_store as open_store_with
from diplograph.graph.stores import store_exists as _store_exists
from diplograph.ground.config import Settings, get_settings

__all__ = ["local_auth", "open_store", "store_exists"]


def local_auth(url: str, settings: Settings) -> tuple[str, str] | None:
    """The credentials of the local Neo4j server at ``url``, when neither the URL nor the settings
    carry any (a URL's own, then ``NEO4J_PASSWORD``, come first in the store)."""
    if not is_neo4j_url(url) or urlsplit(url).username or settings.neo4j_password:
        return None
    from diplograph.neo4j_local import local_credentials

    return local_credentials(url)


def open_store(url: str | None = None, *, settings: Settings | None = None, **options: Any) -> GraphStore:
    """Open the store a URL names (default: the ``DIPLOGRAPH_STORE`` setting, else ``.diplograph``)."""
    settings = settings if settings is not None else get_settings()
    url = url or settings.store
    options.setdefault("auth", local_auth(url, settings))
    return open_store_with(url, settings=settings, **options)


def store_exists(url: str | None = None) -> bool:
    """Whether the store ``url`` (default: the ``DIPLOGRAPH_STORE`` setting) holds a graph already."""
    return _store_exists(url or get_settings().store)
