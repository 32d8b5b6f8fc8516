"""The API under test: the real application served by uvicorn on a free port, over each real store,
called with httpx. (Starlette's TestClient would need httpx2; a live server is closer to the truth
anyway.) The store is the session's store; every test starts from the sample graph.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from diplograph.api.main import create_app
from diplograph.graph.stores import GraphStore
from diplograph.ground.config import Settings

from ..fixtures.sample_graph import ensure_sample

API_KEY = "test-key-0123456789abcdef"
CORS_ORIGIN = "https://dashboard.example"
STORE_KINDS = ("embedded", "neo4j")


def api_settings(**overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "api_key": API_KEY,
        "cors_origins": [CORS_ORIGIN],
        "query_timeout_s": 10.0,
        "query_row_cap": 1000,
        "cypher": "public",
    }
    values.update(overrides)
    return Settings(**values)


@contextmanager
def live_server(app: FastAPI) -> Iterator[str]:
    """Serve ``app`` with uvicorn in a thread on a free port; yield its base URL."""
    # proto=IPPROTO_TCP: asyncio sets TCP_NODELAY only on sockets that say they are TCP; without
    # it, keep-alive requests wait 40 ms on Nagle's algorithm and delayed ACKs.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        sock.close()


@pytest.fixture(scope="session")
def make_live_app() -> Callable[..., Any]:
    """``with make_live_app(**create_app_kwargs) as (app, url): ...``"""

    @contextmanager
    def make(**kwargs: Any) -> Iterator[tuple[FastAPI, str]]:
        kwargs.setdefault("settings", api_settings())
        app = create_app(**kwargs)
        with live_server(app) as url:
            yield app, url

    return make


@pytest.fixture(scope="module", params=STORE_KINDS)
def served(request: pytest.FixtureRequest) -> Iterator[tuple[GraphStore, str, FastAPI]]:
    """(store, base URL, application) of the application serving one of the session's stores."""
    store: GraphStore = request.getfixturevalue(f"{request.param}_store")
    app = create_app(store=store, settings=api_settings())
    with live_server(app) as url:
        yield store, url, app


@pytest.fixture
def api(served: tuple[GraphStore, str, FastAPI]) -> Iterator[httpx.Client]:
    """An HTTP client of the application, whose store holds the sample graph."""
    store, url, app = served
    ensure_sample(store)
    # the sample may have been rewritten under the running application, as another process's
    # ingest would: answers it kept from an earlier test are not this test's (api/cache.py)
    app.state.responses.clear()
    with httpx.Client(base_url=url, timeout=30) as client:
        yield client


@pytest.fixture
def api_app(served: tuple[GraphStore, str, FastAPI]) -> FastAPI:
    return served[2]


@pytest.fixture
def api_store(served: tuple[GraphStore, str, FastAPI]) -> GraphStore:
    return served[0]


@pytest.fixture(scope="session")
def api_key() -> str:
    return API_KEY


@pytest.fixture(scope="session")
def cors_origin() -> str:
    return CORS_ORIGIN


@pytest.fixture(scope="session")
def settings_for_tests() -> Callable[..., Settings]:
    """``settings_for_tests(**overrides)``: the tests' settings with some values changed."""
    return api_settings
