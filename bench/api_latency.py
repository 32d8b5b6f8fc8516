#!/usr/bin/env python3
"""API latency at a fixed request rate, against the same queries run directly through the store.

    .venv/bin/python bench/api_latency.py [--store URL]... [--corpus DIR] [--rate 200] [--seconds 10]

For each store: load the data (the sample graph, or ``--corpus`` ingested by the real pipeline;
``--keep`` uses what the store holds), then

1. serve it with a real uvicorn process (``uvicorn --factory diplograph.api.main:create_app``,
   no access log) and call ``GET /actors/{id}``, ``GET /actors/{id}/claims`` and
   ``GET /graph/neighbourhood/{id}?depth=2`` over HTTP, one endpoint at a time;
2. run what each endpoint runs (the same Cypher through the same ``GraphReader``, without HTTP,
   FastAPI and pydantic) directly through the store from this process.

Both sides are open-loop: request i is *scheduled* at ``start + i / rate`` and its latency is
measured from that scheduled time, not from when it was sent, so a stall shows in the numbers
instead of silently lowering the rate (coordinated omission). Ids cycle over the actors with the
most claims. ``/actors/{id}`` is measured twice: as served (its answers are reused for
``DIPLOGRAPH_API_CACHE_SECONDS``, api/cache.py) and with that cache off (``actor_no_cache``), which
is the row whose API/direct ratio is the cost of HTTP, FastAPI and pydantic. Prints a table and one
JSON line; targets from issue 4: p99 <= 20 ms for ``/actors/{id}`` at 200 req/s, and API/direct
<= 1.5.

Without ``--store``: a fresh embedded store in a temporary folder, plus the test Neo4j
(``DIPLOGRAPH_TEST_NEO4J``) if set. The data is (re)loaded into every store given, which wipes it:
never point this at a store you care about unless with ``--keep``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
ENDPOINTS = ("actor", "actor_claims", "neighbourhood_2")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


# -- loading ---------------------------------------------------------------------------------------


def load(url: str, corpus: Path | None, keep: bool) -> list[str]:
    """Put the data in the store; return the ids of the (up to 20) actors with the most claims."""
    from diplograph.connect import open_store

    store = open_store(url)
    try:
        if corpus is not None and not keep:
            from diplograph.extract.pipeline import build_extractor
            from diplograph.ground.config import get_settings
            from diplograph.ingest import ingest

            store.wipe()
            started = time.perf_counter()
            report = ingest([corpus], store, build_extractor(get_settings().spacy_model))
            print(
                f"  ingested {report.documents} documents ({len(report.rejected)} rejected) "
                f"in {time.perf_counter() - started:.0f} s",
                file=sys.stderr,
            )
        elif not keep:
            sys.path.insert(0, str(ROOT))  # the sample graph is a test fixture (tests/fixtures/)
            from tests.fixtures.sample_graph import ensure_sample

            ensure_sample(store)
        rows = store.read(
            "MATCH (a:Actor)-[r]-() WHERE type(r) <> 'MENTIONS' "
            "RETURN a.id AS id, count(r) AS n ORDER BY n DESC, id LIMIT 20"
        ).rows
        return [r[0] for r in rows]
    finally:
        store.close()


# -- open-loop drivers -------------------------------------------------------------------------------


class _RawHttp:
    """A minimal HTTP/1.1 keep-alive GET client over asyncio streams.

    Why not httpx: its async client costs about 5 ms of CPU per request on this 2-core machine
    (measured: 5.7 ms per sequential GET of a trivial endpoint, against 1.2 ms with this client),
    so at 200 req/s the benchmark would measure its own client. Enough HTTP for uvicorn's
    responses (Content-Length bodies) and nothing more.
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self._idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
        self._all: list[asyncio.StreamWriter] = []

    async def get(self, path: str) -> int:
        if self._idle:
            reader, writer = self._idle.pop()
            try:
                return await self._exchange(reader, writer, path)
            except (ConnectionError, asyncio.IncompleteReadError):
                # the server closed this keep-alive connection while it sat idle (uvicorn's
                # timeout_keep_alive): sent again on a new one, as pooling HTTP clients do
                writer.close()
        reader, writer = await asyncio.open_connection(self.host, self.port)
        self._all.append(writer)
        return await self._exchange(reader, writer, path)

    async def _exchange(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> int:
        writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
        await writer.drain()
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        status = int(lines[0].split()[1])
        length = next(int(line.split(b":", 1)[1]) for line in lines if line.lower().startswith(b"content-length:"))
        await reader.readexactly(length)
        self._idle.append((reader, writer))
        return status

    def close(self) -> None:
        for writer in self._all:
            writer.close()


#: connections the HTTP side keeps open at most, like a load generator's (wrk's -c); a request
#: waiting for one still counts its latency from its scheduled time
CONNECTIONS = 32


async def _open_loop_http(base: str, paths: list[str], rate: float, seconds: float) -> list[float]:
    host, port = base.rsplit("//", 1)[1].rsplit(":", 1)
    client = _RawHttp(host, int(port))
    latencies: list[float] = []
    errors = 0
    slots = asyncio.Semaphore(CONNECTIONS)
    statuses: dict[int, int] = {}  # the failed requests' statuses (0: the connection dropped)

    async def one(path: str, scheduled: float) -> None:
        nonlocal errors
        async with slots:
            try:
                status = await client.get(path)
            except (OSError, asyncio.IncompleteReadError):
                status = 0  # a dropped connection is an error, counted, not the end of the run
        latencies.append(time.perf_counter() - scheduled)
        if status != 200:
            errors += 1
            statuses[status] = statuses.get(status, 0) + 1

    tasks = []
    start = time.perf_counter() + 0.05
    try:
        for i in range(int(rate * seconds)):
            scheduled = start + i / rate
            delay = scheduled - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(paths[i % len(paths)], scheduled)))
        await asyncio.gather(*tasks)
    finally:
        client.close()
    if errors:
        print(f"  !! {errors} of {len(latencies)} requests did not answer 200: {statuses}", file=sys.stderr)
    return latencies


def _open_loop_calls(calls: list[Callable[[], Any]], rate: float, seconds: float, workers: int = 16) -> list[float]:
    latencies: list[float] = []

    def one(call: Callable[[], Any], scheduled: float) -> None:
        call()
        latencies.append(time.perf_counter() - scheduled)

    with ThreadPoolExecutor(workers) as pool:
        futures = []
        start = time.perf_counter() + 0.05
        for i in range(int(rate * seconds)):
            scheduled = start + i / rate
            delay = scheduled - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            futures.append(pool.submit(one, calls[i % len(calls)], scheduled))
        for f in futures:
            f.result()
    return latencies


# -- the two sides ----------------------------------------------------------------------------------


def http_paths(ids: list[str]) -> dict[str, list[str]]:
    return {
        "actor": [f"/actors/{i}" for i in ids],
        "actor_claims": [f"/actors/{i}/claims" for i in ids],
        "neighbourhood_2": [f"/graph/neighbourhood/{i}?depth=2" for i in ids],
    }


def direct_calls(reader: Any, ids: list[str]) -> dict[str, list[Callable[[], Any]]]:
    """What each endpoint runs, with the endpoint's default parameters."""
    from diplograph.api import queries as Q
    from diplograph.api.reader import Pagination
    from diplograph.graph.schema import CLAIM_TYPES, BaseLabel

    nb = Q.neighbourhood(BaseLabel.ACTOR, 2, tuple(sorted(CLAIM_TYPES)), False)
    page = Pagination(limit=50, offset=0)
    return {
        "actor": [lambda i=i: reader.one(Q.actor_detail(reader.store.degree), id=i) for i in ids],
        "actor_claims": [
            lambda i=i: reader.page(
                Q.actor_claims(None, "both", False),
                page,
                total=Q.actor_claim_total(reader.store.degree, None, "both"),
                id=i,
                since=None,
                until=None,
            )
            for i in ids
        ],
        "neighbourhood_2": [lambda i=i: reader.rows(nb, id=i, since=None, until=None, edge_limit=501) for i in ids],
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def measure_api(
    url: str,
    ids: list[str],
    rate: float,
    seconds: float,
    warmup: float,
    endpoints: tuple[str, ...] = ENDPOINTS,
    settings: dict[str, str] | None = None,
) -> dict[str, list[float]]:
    port = free_port()
    env = {**os.environ, "DIPLOGRAPH_STORE": url, **(settings or {})}
    log = tempfile.NamedTemporaryFile(prefix="api-latency-", suffix=".log", delete=False)  # noqa: SIM115
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            "diplograph.api.main:create_app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-access-log",
            "--log-level",
            "warning",
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the API did not start; see {log.name}")
            time.sleep(0.1)
        results = {}
        for name, paths in http_paths(ids).items():
            if name not in endpoints:
                continue
            asyncio.run(_open_loop_http(base, paths, rate, warmup))
            results[name] = asyncio.run(_open_loop_http(base, paths, rate, seconds))
        return results
    finally:
        server.terminate()
        server.wait(timeout=30)


def measure_direct(
    url: str, ids: list[str], rate: float, seconds: float, warmup: float, endpoints: tuple[str, ...] = ENDPOINTS
) -> dict[str, list[float]]:
    from diplograph.api.reader import GraphReader
    from diplograph.connect import open_store
    from diplograph.ground.config import get_settings

    store = open_store(url)
    try:
        reader = GraphReader(store, get_settings())
        results = {}
        for name, calls in direct_calls(reader, ids).items():
            if name not in endpoints:
                continue
            _open_loop_calls(calls, rate, warmup)
            results[name] = _open_loop_calls(calls, rate, seconds)
        return results
    finally:
        store.close()


# -- main ---------------------------------------------------------------------------------------------


def _compare(kind: str, name: str, api: list[float], direct: list[float]) -> dict[str, Any]:
    """One endpoint's percentiles through the API and direct, printed as a table row."""
    a50, a99 = percentile(api, 50) * 1e3, percentile(api, 99) * 1e3
    d50, d99 = percentile(direct, 50) * 1e3, percentile(direct, 99) * 1e3
    print(f"{kind:9} {name:16} {a50:8.2f} {a99:8.2f} {d50:11.2f} {d99:8.2f} {a50 / d50:10.2f} {a99 / d99:6.2f}")
    return {
        "api_p50_ms": round(a50, 2),
        "api_p99_ms": round(a99, 2),
        "direct_p50_ms": round(d50, 2),
        "direct_p99_ms": round(d99, 2),
        "ratio_p50": round(a50 / d50, 2),
        "ratio_p99": round(a99 / d99, 2),
        "requests": len(api),
    }


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", action="append", metavar="URL", help="store URL (repeatable); see above")
    parser.add_argument("--corpus", type=Path, help="ingest this folder first (the real extraction pipeline)")
    parser.add_argument("--keep", action="store_true", help="measure the data the store holds; load nothing")
    parser.add_argument("--rate", type=float, default=200.0, help="requests per second [200]")
    parser.add_argument("--seconds", type=float, default=10.0, help="measured seconds per endpoint [10]")
    parser.add_argument("--warmup", type=float, default=2.0, help="unmeasured seconds first [2]")
    parser.add_argument(
        "--endpoints",
        default=",".join(ENDPOINTS),
        help=f"comma-separated subset of {', '.join(ENDPOINTS)} [all]",
    )
    return parser.parse_args()


def main() -> int:
    args = _arguments()
    endpoints = tuple(e for e in ENDPOINTS if e in args.endpoints.split(","))

    scratch = None if args.store else Path(tempfile.mkdtemp(prefix="api-latency-"))
    stores = args.store or [str(scratch / "graph")]
    if not args.store and os.environ.get("DIPLOGRAPH_TEST_NEO4J"):
        stores.append(os.environ["DIPLOGRAPH_TEST_NEO4J"])
    if args.corpus is not None and not args.corpus.is_dir():
        print(f"corpus {args.corpus} not found", file=sys.stderr)
        return 2

    summary: dict[str, Any] = {
        "rate": args.rate,
        "seconds": args.seconds,
        "data": str(args.corpus or ("kept" if args.keep else "sample")),
        "stores": {},
    }
    print(
        f"{'store':9} {'endpoint':16} {'API p50':>8} {'p99':>8} {'direct p50':>11} {'p99':>8} "
        f"{'ratio p50':>10} {'p99':>6}"
    )
    for url in stores:
        kind = "neo4j" if "://" in url else "embedded"
        print(f"[{kind}] loading ...", file=sys.stderr)
        ids = load(url, args.corpus, args.keep)
        if not ids:
            print(f"{url}: no actor with claims to query", file=sys.stderr)
            return 1
        # Direct first: the API process is then the store's last user and shuts its server down
        # (an embedded store left open by this process could keep its server running).
        direct = measure_direct(url, ids, args.rate, args.seconds, args.warmup, endpoints)
        api = measure_api(url, ids, args.rate, args.seconds, args.warmup, endpoints)
        if "actor" in endpoints:
            # The actor detail is served from the API's response cache once asked for (api/cache.py):
            # the same endpoint with the cache off shows what HTTP, FastAPI and pydantic add to the query
            uncached = measure_api(
                url, ids, args.rate, args.seconds, args.warmup, ("actor",), {"DIPLOGRAPH_API_CACHE_SECONDS": "0"}
            )
            api["actor_no_cache"] = uncached["actor"]
            direct["actor_no_cache"] = direct["actor"]
        rows = {
            name: _compare(kind, name, api[name], direct[name])
            for name in (*endpoints, "actor_no_cache")
            if name in api
        }
        summary["stores"][kind] = {"actors": len(ids), **rows}
    print(json.dumps(summary))
    if scratch is not None:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
