"""The FastAPI application: ``create_app()``.

The lifespan opens the store once (``StoreHandle``) and closes it at shutdown. Routers are found,
not listed: every module in ``api/routes/`` that exposes ``router`` is included, so a new resource
is one new file. ``uvicorn --factory diplograph.api.main:create_app`` serves the store that
``DIPLOGRAPH_STORE`` names; ``diplograph serve`` does the same with ``--store``.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import importlib
import pkgutil
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, suppress
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from diplograph.connect import open_store
from diplograph.graph.stores import GraphStore
from diplograph.ground.config import Settings, get_settings
from diplograph.ground.errors import StoreUnavailable

from . import routes
from .cache import ResponseCache
from .deps import ExtractorCache
from .errors import install_error_handlers
from .openapi import install_docs, install_openapi, operation_id
from .stores import StoreHandle

__all__ = ["create_app", "discover_routers"]

DESCRIPTION = """\
Read the diplograph knowledge graph: geopolitical actors, events, issues and the claims documents
make about them, each claim with its evidence and offsets in its document.

* Ids are the graph contract's (`state:CHN`, `person:xi-jinping`, `resolution:unga-es-11-1`,
  `issue:multipolarity`, `doc:...`); claims have stable `key`s.
* Lists return `{"data": [...], "count": N, "next": M}` and take `limit` (1-1000) and `offset`:
  `count` is the total over all pages, `next` the offset of the next page (null on the last).
* One name for one thing: `count` is always a list's total; `claim_count` the number of claims
  behind a number (a timeline entry, a matrix cell, an office); `claims` the claims themselves
  (each with its quote), `claim_keys` only their keys (`GET /claims/{key}`); `evidence` is always
  the quote; `undated_count` / `undated_keys` the claims placed by their document's date.
* Period filters (`since`, `until`: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, real calendar dates) keep
  what overlaps the period at the precision the source gives: a claim dated "2022" is in
  `since=2022-03`. `since=2019-13` is a 422.
* Errors: 404 unknown id, 422 bad parameters, 400 bad Cypher (the store's message), 504 query
  timeout, 503 store unreachable. Every error body is RFC 9457 problem details
  (`application/problem+json`: `type`, `title`, `status`, `detail`, `instance`, `code`, and on a
  422 `errors` with each failed check).
"""


def discover_routers() -> list[tuple[APIRouter, str]]:
    """Every ``router`` in the modules of ``diplograph.api.routes`` with the first line of its
    module's docstring (the OpenAPI tag's description); health first, then by module name."""
    found = []
    for info in sorted(pkgutil.iter_modules(routes.__path__), key=lambda m: (m.name != "health", m.name)):
        module = importlib.import_module(f"{routes.__name__}.{info.name}")
        router = getattr(module, "router", None)
        if isinstance(router, APIRouter):
            found.append((router, (module.__doc__ or "").strip().splitlines()[0] if module.__doc__ else ""))
    return found


def _default_extractor_factory(settings: Settings) -> Callable[[], Any]:
    def build() -> Any:
        from diplograph.extract.pipeline import build_extractor

        return build_extractor(settings.spacy_model)

    return build


def _package_version() -> str:
    try:
        return version("diplograph")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0"


def _lifespan(handle: StoreHandle) -> Callable[[FastAPI], Any]:
    """The application's start and stop: the store opened (a store that is down is served as 503
    until it comes up: StoreHandle retries on demand), /health's own threads, the start-up objects
    frozen out of the collector's full passes."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        with suppress(StoreUnavailable):
            handle.open()
        # /health's own threads (api/routes/health.py): two, so one check stuck on a store that
        # does not answer leaves the next one a thread
        app.state.health_threads = ThreadPoolExecutor(max_workers=2, thread_name_prefix="diplograph-health")
        # What exists now (modules, the app and its models, the store's driver) lives as long as the
        # server. Frozen, it is left out of the collector's full passes, which otherwise walk it all
        # while every request waits: under load one pass took 0.2-0.9 s here, the slowest /health
        # answers while path searches ran (issue 15).
        gc.collect()
        gc.freeze()
        try:
            yield
        finally:
            gc.unfreeze()
            app.state.health_threads.shutdown(wait=False, cancel_futures=True)
            handle.close()

    return lifespan


def create_app(
    store_url: str | None = None,
    *,
    store: GraphStore | None = None,
    settings: Settings | None = None,
    extractor_factory: Callable[[], Any] | None = None,
    store_retry_every: float = 2.0,
) -> FastAPI:
    """Build the application.

    Args:
        store_url: the store to open at start-up (default: the ``DIPLOGRAPH_STORE`` setting).
        store: an already open store to serve instead; the application then leaves it open.
        settings: limits, CORS origins and the API key (default: read from the environment).
        extractor_factory: builds the extraction pipeline for ``POST /documents`` on first use
            (default: ``diplograph.extract.pipeline.build_extractor``).
        store_retry_every: seconds between attempts to open a store that could not be opened.
    """
    settings = settings or get_settings()
    # the store is given the application's settings (and, for the local Neo4j, its credentials)
    opener = functools.partial(open_store, settings=settings)
    handle = StoreHandle(store_url, store=store, opener=opener, retry_every=store_retry_every)

    routers = discover_routers()
    tags = [{"name": str(tag), "description": doc} for router, doc in routers for tag in router.tags]
    app = FastAPI(
        title="diplograph",
        version=_package_version(),
        summary="A knowledge graph of geopolitical actors, events and positions, read from documents.",
        description=DESCRIPTION,
        lifespan=_lifespan(handle),
        openapi_tags=tags,
        # served from packaged assets by install_docs, never from a CDN
        docs_url=None,
        redoc_url=None,
        generate_unique_id_function=operation_id,
    )
    app.state.settings = settings
    app.state.stores = handle
    app.state.extractors = ExtractorCache(extractor_factory or _default_extractor_factory(settings))
    app.state.responses = ResponseCache(settings.api_cache_seconds)
    # /graph/path searches that may run at once (api/routes/graph.py); made here, in no event loop
    app.state.path_turns = asyncio.Semaphore(settings.path_concurrency)
    install_error_handlers(app)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )
    for router, _ in routers:
        app.include_router(router)
    install_docs(app)
    install_openapi(app)
    return app
