"""/health and the error paths that depend on the store's state: down, back, broken."""

from __future__ import annotations

import os
import signal
import socket
import threading
import time
from contextlib import suppress
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import anyio
import httpx
import pytest

from diplograph.api.stores import StoreHandle
from diplograph.graph.stores import GraphStore
from diplograph.ground.errors import StoreUnavailable

from ..fixtures.sample_graph import load_sample


def test_health(api: httpx.Client, api_store: GraphStore) -> None:
    response = api.get("/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok" and body["store"] == api_store.kind
    assert body["nodes"] == 50 and body["relationships"] == 143
    assert "@" not in body["url"]  # no credentials


def test_health_answers_while_every_worker_thread_is_taken(make_live_app, api_store: GraphStore) -> None:
    """The sync routes share anyio's worker threads (40): requests holding all of them (slow
    reads, a flood of path searches) must not queue /health behind them (issue 15)."""
    release = threading.Event()
    held = threading.Event()  # the probe waits for it: on a loaded machine the POST arrives late

    async def hold_every_worker_thread() -> dict[str, int]:
        limiter = anyio.to_thread.current_default_thread_limiter()
        holders = [object() for _ in range(int(limiter.total_tokens))]
        for holder in holders:
            await limiter.acquire_on_behalf_of(holder)
        held.set()
        try:  # wait on a thread of its own limiter, so the event loop stays free
            await anyio.to_thread.run_sync(release.wait, limiter=anyio.CapacityLimiter(1))
        finally:
            for holder in holders:
                limiter.release_on_behalf_of(holder)
        return {"held": len(holders)}

    with make_live_app(store=api_store) as (app, url), httpx.Client(base_url=url, timeout=30) as c:
        app.add_api_route("/test-hold-workers", hold_every_worker_thread, methods=["POST"], include_in_schema=False)
        holding = threading.Thread(target=lambda: c.post("/test-hold-workers"))
        holding.start()
        try:
            assert held.wait(timeout=30), "the route holding the worker threads never ran"
            # the worker threads are taken: a sync route cannot start (so the test can fail)
            with pytest.raises(httpx.ReadTimeout):
                httpx.get(f"{url}/actors", timeout=1.0)
            started = time.perf_counter()
            response = httpx.get(f"{url}/health", timeout=10)
            assert response.status_code == 200, response.text
            assert response.json()["nodes"] > 0
            assert time.perf_counter() - started < 2.0
        finally:
            release.set()
            holding.join(timeout=30)
        assert httpx.get(f"{url}/actors", timeout=10).status_code == 200


def test_what_the_server_starts_with_is_out_of_the_collectors_full_passes(make_live_app, api_store) -> None:
    """A full collection walked every object the process started with, stopping all requests
    for up to 0.9 s under load; the lifespan freezes them and lets them go at shutdown."""
    import gc

    gc.unfreeze()  # what another live application of the session froze
    with make_live_app(store=api_store) as (_, url):
        assert gc.get_freeze_count() > 10_000
        assert httpx.get(f"{url}/health", timeout=10).status_code == 200
    assert gc.get_freeze_count() == 0


@pytest.mark.neo4j
def test_health_counts_come_from_the_count_store(neo4j_store: GraphStore) -> None:
    """/health's one query answers both counts without a scan on Neo4j, under load too."""
    from diplograph.api import queries as Q

    summary = neo4j_store._driver.execute_query("EXPLAIN " + Q.COUNTS, database_=neo4j_store.database).summary
    operators: list[str] = []
    stack = [summary.plan]
    while stack:
        op = stack.pop()
        operators.append(op["operatorType"].partition("@")[0])
        stack.extend(op.get("children") or [])
    assert {"NodeCountFromCountStore", "RelationshipCountFromCountStore"} <= set(operators)
    assert not [op for op in operators if "Scan" in op or "Expand" in op], operators


def test_embedded_store_recovers_after_its_server_is_killed(make_live_app, tmp_path: Path) -> None:
    """kill -9 of the embedded server: the store reopens itself and /health answers again."""
    with make_live_app(store_url=str(tmp_path / "graph")) as (app, url), httpx.Client(base_url=url, timeout=60) as c:
        store = app.state.stores.store
        load_sample(store)
        assert c.get("/health").json()["relationships"] == 143
        pid = store.server_pid
        os.kill(pid, signal.SIGKILL)
        _wait_dead(pid)
        response = c.get("/health")
        assert response.status_code == 200, response.text
        assert response.json()["relationships"] == 143  # acknowledged writes survived (append-only file)
        assert store.server_pid != pid
        assert c.get("/actors/state:CHN").status_code == 200


def _wait_dead(pid: int) -> None:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
            with open(f"/proc/{pid}/stat") as stat:
                if stat.read().split()[2] == "Z":
                    return
        except (ProcessLookupError, FileNotFoundError):
            return
        time.sleep(0.02)


class TcpProxy:
    """A TCP proxy we can stop and start on a fixed port, to take Neo4j away from the API."""

    def __init__(self, target: tuple[str, int], port: int = 0) -> None:
        self.target = target
        self.port = port
        self._listener: socket.socket | None = None
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()

    def start(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self) -> None:
        with self._lock:
            if self._listener:
                with suppress(OSError):
                    self._listener.shutdown(socket.SHUT_RDWR)
                self._listener.close()
                self._listener = None
            for conn in self._conns:
                with suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
                conn.close()
            self._conns.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._conns += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            with suppress(OSError):
                dst.shutdown(socket.SHUT_WR)


def _neo4j_url() -> str:
    url = os.environ.get("DIPLOGRAPH_TEST_NEO4J")
    if not url:
        from diplograph.neo4j_local import local_server_url

        url = local_server_url()
    if not url:
        pytest.skip("no Neo4j URL")
    return url


def _through(url: str, port: int) -> str:
    """The same server behind a proxy port, its credentials spelled out.

    The local server's credentials are found by host and port, and the proxy's port is not the
    server's: without them in the URL the driver would connect with no authentication at all.
    """
    parts = urlsplit(url)
    if "@" in url:
        auth = url.split("://", 1)[1].split("@", 1)[0] + "@"
    else:
        from diplograph.neo4j_local import local_credentials

        found = local_credentials(url)
        auth = f"{quote(found[0], safe='')}:{quote(found[1], safe='')}@" if found else ""
    return f"{parts.scheme}://{auth}127.0.0.1:{port}"


@pytest.mark.neo4j
def test_neo4j_down_then_back(make_live_app, neo4j_store: GraphStore) -> None:
    """503 while Neo4j is unreachable, 200 again once it is back, without restarting the API."""
    real = urlsplit(_neo4j_url())
    proxy = TcpProxy((real.hostname or "127.0.0.1", real.port or 7687))
    proxy.start()
    try:
        with (
            make_live_app(store_url=_through(_neo4j_url(), proxy.port)) as (_, url),
            httpx.Client(base_url=url, timeout=60) as c,
        ):
            assert c.get("/health").status_code == 200
            proxy.stop()
            down = c.get("/health")
            assert down.status_code == 503
            assert down.json()["status"] == "unavailable" and down.json()["store"] == "neo4j"
            actors = c.get("/actors")
            assert actors.status_code == 503 and actors.json()["code"] == "store_unavailable"
            proxy.start()  # same port
            assert _eventually_ok(c)
    finally:
        proxy.stop()


@pytest.mark.neo4j
def test_neo4j_unreachable_at_start_up(make_live_app, neo4j_store: GraphStore) -> None:
    """The API starts without its store, answers 503, and opens the store once it is reachable."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    real = urlsplit(_neo4j_url())
    with (
        make_live_app(store_url=_through(_neo4j_url(), port), store_retry_every=0.2) as (_, url),
        httpx.Client(base_url=url, timeout=60) as c,
    ):
        assert c.get("/health").status_code == 503
        assert c.get("/actors/state:CHN").status_code == 503
        proxy = TcpProxy((real.hostname or "127.0.0.1", real.port or 7687), port)
        proxy.start()
        try:
            assert _eventually_ok(c)
        finally:
            proxy.stop()


def _eventually_ok(client: httpx.Client, seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if client.get("/health").status_code == 200:
            return True
        time.sleep(0.2)
    return False


def test_store_handle_retries_at_most_every_interval() -> None:
    calls: list[str | None] = []

    def opener(url: str | None) -> Any:
        calls.append(url)
        raise StoreUnavailable("down")

    handle = StoreHandle("bolt://x", opener=opener, retry_every=60)
    for _ in range(3):
        with pytest.raises(StoreUnavailable, match="down"):
            handle.open()
    assert calls == ["bolt://x"]


class _BrokenStore:
    """A store whose reads fail the way a bug would: not with a store error."""

    kind = "embedded"
    url = "embedded:/broken"

    def __init__(self, real: GraphStore, error: Exception) -> None:
        self._real, self._error = real, error

    def read(self, *args: Any, **kwargs: Any) -> Any:
        raise self._error

    def close(self) -> None:
        pass


def test_unexpected_errors_are_json_500_without_a_traceback(make_live_app, embedded_store: GraphStore) -> None:
    broken = _BrokenStore(embedded_store, RuntimeError("secret internals at /srv/x.py line 3"))
    with make_live_app(store=broken) as (_, url), httpx.Client(base_url=url, timeout=60) as c:
        response = c.get("/actors/state:CHN")
        assert response.status_code == 500
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json() == {
            "type": "urn:diplograph:problem:internal_error",
            "title": "Internal Server Error",
            "status": 500,
            "detail": "internal error: the server log has the details",
            "instance": "/actors/state:CHN",
            "code": "internal_error",
        }
        assert "Traceback" not in response.text and "secret" not in response.text


def test_store_errors_map_to_their_statuses(make_live_app, embedded_store: GraphStore) -> None:
    from diplograph.ground.errors import QueryTimeout

    for error, status in ((StoreUnavailable("gone"), 503), (QueryTimeout("too slow"), 504)):
        with (
            make_live_app(store=_BrokenStore(embedded_store, error)) as (_, url),
            httpx.Client(base_url=url, timeout=60) as c,
        ):
            response = c.get("/actors")
            assert response.status_code == status
            assert response.json()["detail"] == str(error)
            assert c.get("/health").status_code == 503
