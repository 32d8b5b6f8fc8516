"""Dependencies routes declare with ``Annotated`` aliases: the store, settings, paging, auth.

The light ones are ``async`` on purpose: FastAPI runs a sync dependency in the thread pool, a hop
per request that buys nothing when the function does no I/O. Routes themselves are sync, since the
store drivers block.
"""

from __future__ import annotations

import secrets
import threading
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import AfterValidator

from diplograph.graph.schema import precision_of
from diplograph.graph.stores import GraphStore
from diplograph.ground.config import Settings

from .cache import ResponseCache
from .reader import GraphReader, Pagination
from .stores import StoreHandle

__all__ = [
    "ApiKeyDep",
    "CacheDep",
    "CypherAccessDep",
    "DateQuery",
    "ExtractorDep",
    "NodeId",
    "PaginationDep",
    "ReaderDep",
    "SearchQuery",
    "SettingsDep",
    "StoreDep",
]

# -- parameter types shared by routes -------------------------------------------------------------

#: an id in the path: anything but control characters (ids name nothing else -> 404)
NodeId = Annotated[
    str,
    Path(
        min_length=1, max_length=300, pattern=r"^[^\x00-\x1f]+$", description="the contract id", examples=["state:CHN"]
    ),
]


def _real_date(value: str | None) -> str | None:
    """The pattern lets 2019-13 and 2022-02-30 through; the calendar does not (a 422)."""
    if value is not None:
        precision_of(value)
    return value


#: a date bound of a period filter; claims that overlap the period are kept
DateQuery = Annotated[
    str | None,
    Query(
        pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
        description="YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date); keeps what overlaps the period at its own "
        "precision",
        examples=["2022"],
    ),
    AfterValidator(_real_date),
]

#: free-text search over names and aliases (any language), case-insensitive
SearchQuery = Annotated[
    str | None,
    Query(
        min_length=1,
        max_length=200,
        pattern=r"^[^\x00]+$",
        description="part of a name or alias, any language",
        examples=["中国"],
    ),
]


# -- the application's state ---------------------------------------------------------------------


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


async def get_store(request: Request) -> GraphStore:
    handle: StoreHandle = request.app.state.stores
    store = handle.store
    if store is not None:
        return store
    # Opening may block for a while (a Neo4j that does not answer): keep it off the event loop.
    return await run_in_threadpool(handle.open)


StoreDep = Annotated[GraphStore, Depends(get_store)]


async def get_reader(store: StoreDep, settings: SettingsDep) -> GraphReader:
    return GraphReader(store, settings)


ReaderDep = Annotated[GraphReader, Depends(get_reader)]


async def pagination(
    limit: Annotated[int, Query(ge=1, le=1000, description="page size")] = 50,
    offset: Annotated[int, Query(ge=0, le=10**9, description="items to skip")] = 0,
) -> Pagination:
    return Pagination(limit=limit, offset=offset)


PaginationDep = Annotated[Pagination, Depends(pagination)]


async def get_response_cache(request: Request) -> ResponseCache:
    cache: ResponseCache = request.app.state.responses
    return cache


CacheDep = Annotated[ResponseCache, Depends(get_response_cache)]


# -- writes ----------------------------------------------------------------------------------------

_bearer = HTTPBearer(auto_error=False, description="the server's DIPLOGRAPH_API_KEY")


async def require_api_key(
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """Writes need ``Authorization: Bearer <DIPLOGRAPH_API_KEY>``; no configured key disables them."""
    if not settings.api_key:
        raise HTTPException(403, "document ingestion is disabled: the server has no DIPLOGRAPH_API_KEY configured")
    challenge = {"WWW-Authenticate": "Bearer"}
    if credentials is None:
        raise HTTPException(
            401, "missing bearer key: send 'Authorization: Bearer <DIPLOGRAPH_API_KEY>'", headers=challenge
        )
    # Constant-time comparison, on bytes so non-ASCII input cannot raise.
    if not secrets.compare_digest(credentials.credentials.encode(), settings.api_key.encode()):
        raise HTTPException(401, "wrong bearer key", headers=challenge)


ApiKeyDep = Annotated[None, Depends(require_api_key)]


async def require_cypher_access(
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """``POST /cypher`` as ``DIPLOGRAPH_CYPHER`` says: ``off`` (the default) refuses it, ``public``
    lets anyone read, ``key`` asks for the API key as writes do."""
    if settings.cypher == "off":
        raise HTTPException(403, "ad-hoc Cypher is disabled on this server (DIPLOGRAPH_CYPHER=off)")
    if settings.cypher == "key":
        await require_api_key(settings, credentials)


CypherAccessDep = Annotated[None, Depends(require_cypher_access)]


class ExtractorCache:
    """Builds the extraction pipeline once, on first use (loading spaCy takes seconds).

    ``lock`` serialises extraction too: spaCy pipelines are not documented as thread-safe.
    """

    def __init__(self, factory: Any) -> None:
        self._factory = factory
        self._extractor: Any = None
        self.lock = threading.Lock()

    def get(self) -> Any:
        with self.lock:
            if self._extractor is None:
                self._extractor = self._factory()
            return self._extractor


async def get_extractor(request: Request) -> ExtractorCache:
    cache: ExtractorCache = request.app.state.extractors
    return cache


ExtractorDep = Annotated[ExtractorCache, Depends(get_extractor)]
