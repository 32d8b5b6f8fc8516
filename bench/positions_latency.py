#!/usr/bin/env python3
"""Latency of the positions endpoints over HTTP: /positions, /positions/matrix and /analytics/alignment.

    .venv/bin/python bench/positions_latency.py [--store URL]... [--corpus DIR] [--keep] [--requests 100]

For each store: load the data (``--corpus`` ingested by the real pipeline, which wipes the store
first; ``--keep`` measures what the store already holds; neither: the hand-built graph of
``tests/fixtures/sample_graph.py``), serve it with a real uvicorn process, and time, one request at a
time (closed loop, after a warm-up):

* ``GET /positions?actor=A`` for the 20 actors with the most position claims, in turn;
* ``GET /positions/matrix`` for 10 of those actors x the 20 targets they made most claims about;
* ``GET /analytics/alignment`` for the 20 actors (votes and shared issues, per year).

Prints p50/p95/max per endpoint and store and one JSON line. Target (issue 5): p95 < 500 ms for
each with the wh-briefings corpus ingested. Without ``--store``: a fresh embedded store in a
temporary folder, plus the test Neo4j (``DIPLOGRAPH_TEST_NEO4J``) if set. Loading wipes the store:
never point this at a store you care about unless with ``--keep``.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ENDPOINTS = ("positions", "matrix_10x20", "alignment_20")
POSITION_TYPES = "SUPPORTS|OPPOSES|ABSTAINS|CONDEMNS|PROPOSES"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def load(url: str, corpus: Path | None, keep: bool) -> tuple[list[str], list[str], dict[str, int]]:
    """Put the data in the store; return the 20 most active actors, the 20 targets of the first 10,
    and the store's size."""
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
            sys.path.insert(
                0, str(Path(__file__).resolve().parents[1])
            )  # the sample graph is a test fixture (tests/fixtures/)
            from tests.fixtures.sample_graph import ensure_sample

            ensure_sample(store)
        actors = [
            r[0]
            for r in store.read(
                f"MATCH (a:Actor)-[r:{POSITION_TYPES}]->() "
                "RETURN a.id AS id, count(r) AS n ORDER BY n DESC, id LIMIT 20"
            ).rows
        ]
        targets = [
            r[0]
            for r in store.read(
                f"UNWIND $actors AS aid MATCH (a:Actor {{id: aid}})-[r:{POSITION_TYPES}]->(t) "
                "RETURN t.id AS id, count(r) AS n ORDER BY n DESC, id LIMIT 20",
                {"actors": actors[:10]},
            ).rows
        ]
        stats = store.stats()
        return actors, targets, {"nodes": stats.node_count, "relationships": stats.relationship_count}
    finally:
        store.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def requests_for(actors: list[str], targets: list[str]) -> dict[str, list[tuple[str, list[tuple[str, str]]]]]:
    return {
        "positions": [("/positions", [("actor", a), ("limit", "100")]) for a in actors],
        "matrix_10x20": [
            (
                "/positions/matrix",
                [("actors", ",".join(actors[:10])), *[("targets", t) for t in targets], ("limit", "1000")],
            )
        ],
        "alignment_20": [("/analytics/alignment", [("actors", ",".join(actors[:20])), ("limit", "1000")])],
    }


def measure(url: str, actors: list[str], targets: list[str], n: int, warmup: int) -> dict[str, list[float]]:
    port = free_port()
    log = tempfile.NamedTemporaryFile(prefix="positions-latency-", suffix=".log", delete=False)  # noqa: SIM115
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
        env={**os.environ, "DIPLOGRAPH_STORE": url},
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
        results: dict[str, list[float]] = {}
        with httpx.Client(base_url=base, timeout=120) as client:
            for name, calls in requests_for(actors, targets).items():
                timings = []
                for i in range(warmup + n):
                    path, params = calls[i % len(calls)]
                    started = time.perf_counter()
                    response = client.get(path, params=params)
                    elapsed = time.perf_counter() - started
                    if response.status_code != 200:
                        raise RuntimeError(f"{path}: {response.status_code} {response.text[:300]}")
                    if i >= warmup:
                        timings.append(elapsed)
                results[name] = timings
        return results
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", action="append", metavar="URL", help="store URL (repeatable); see above")
    parser.add_argument("--corpus", type=Path, help="ingest this folder first (the real extraction pipeline)")
    parser.add_argument("--keep", action="store_true", help="measure the data the store holds; load nothing")
    parser.add_argument("--requests", type=int, default=100, help="measured requests per endpoint [100]")
    parser.add_argument("--warmup", type=int, default=5, help="unmeasured requests first [5]")
    args = parser.parse_args()

    stores = args.store or [str(Path(tempfile.mkdtemp(prefix="positions-latency-")) / "graph")]
    if not args.store and os.environ.get("DIPLOGRAPH_TEST_NEO4J"):
        stores.append(os.environ["DIPLOGRAPH_TEST_NEO4J"])
    if args.corpus is not None and not args.corpus.is_dir():
        print(f"corpus {args.corpus} not found", file=sys.stderr)
        return 2

    summary: dict[str, Any] = {
        "data": str(args.corpus or ("kept" if args.keep else "sample")),
        "requests": args.requests,
        "stores": {},
    }
    print(f"{'store':9} {'endpoint':14} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'mean ms':>8}")
    for url in stores:
        kind = "neo4j" if "://" in url else "embedded"
        print(f"[{kind}] loading ...", file=sys.stderr)
        actors, targets, size = load(url, args.corpus, args.keep)
        if len(actors) < 2:
            print(f"{url}: fewer than two actors with positions", file=sys.stderr)
            return 1
        timings = measure(url, actors, targets, args.requests, args.warmup)
        rows = {}
        for name in ENDPOINTS:
            t = [x * 1e3 for x in timings[name]]
            rows[name] = {
                "p50_ms": round(percentile(t, 50), 1),
                "p95_ms": round(percentile(t, 95), 1),
                "max_ms": round(max(t), 1),
                "mean_ms": round(statistics.fmean(t), 1),
            }
            r = rows[name]
            print(f"{kind:9} {name:14} {r['p50_ms']:8.1f} {r['p95_ms']:8.1f} {r['max_ms']:8.1f} {r['mean_ms']:8.1f}")
        summary["stores"][kind] = {**size, "actors": len(actors), "targets": len(targets), **rows}
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
