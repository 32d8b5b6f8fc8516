"""/health while many /graph/path searches run (issue 15: 60 concurrent searches once starved the
worker threads and /health took 10.9 s).

    python bench/path_health.py --store DIR_OR_BOLT_URL [--clients 60] [--seconds 20]
        [--source state:USA] [--target state:CHN] [--max-depth 6]

Serves the store with ``diplograph serve`` in a subprocess, keeps ``--clients`` path searches in
flight, polls /health every 50 ms from one more client, and prints the latency percentiles of both
and how the searches ended (found, not found, out of time).
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter

import httpx


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def _serve(store: str) -> tuple[subprocess.Popen[bytes], str]:
    """`diplograph serve` on a free port, once it answers /health (or after 60 s)."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "diplograph.cli", "serve", "--port", str(port), "--store", store],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=os.environ.copy(),
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.2)
    return server, base


def _load(base: str, args: argparse.Namespace) -> tuple[Counter[str], list[float], list[float]]:
    """``args.clients`` path searchers and one /health prober for ``args.seconds``: the outcomes
    and times of the searches, and the times of /health."""
    stop = time.monotonic() + args.seconds
    outcomes: Counter[str] = Counter()
    path_times: list[float] = []
    health_times: list[float] = []
    lock = threading.Lock()
    params = {"source": args.source, "target": args.target, "max_depth": args.max_depth}

    def searcher() -> None:
        with httpx.Client(base_url=base, timeout=120) as client:
            while time.monotonic() < stop:
                started = time.perf_counter()
                response = client.get("/graph/path", params=params)
                elapsed = time.perf_counter() - started
                body = response.json() if response.status_code == 200 else {}
                outcome = (
                    f"{response.status_code} "
                    + ("found" if body.get("found") else "out of time" if body.get("complete") is False else "none")
                    if response.status_code == 200
                    else str(response.status_code)
                )
                with lock:
                    outcomes[outcome] += 1
                    path_times.append(elapsed)

    def health() -> None:
        with httpx.Client(base_url=base, timeout=120) as client:
            time.sleep(1)  # let the searches fill the server first
            while time.monotonic() < stop:
                started = time.perf_counter()
                assert client.get("/health").status_code == 200
                health_times.append(time.perf_counter() - started)
                time.sleep(0.05)

    threads = [threading.Thread(target=searcher) for _ in range(args.clients)] + [threading.Thread(target=health)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return outcomes, path_times, health_times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--clients", type=int, default=60)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--source", default="state:USA")
    parser.add_argument("--target", default="state:CHN")
    parser.add_argument("--max-depth", type=int, default=6)
    args = parser.parse_args()

    server, base = _serve(args.store)
    try:
        outcomes, path_times, health_times = _load(base, args)
        ms = [t * 1000 for t in health_times]
        print(f"store {args.store}: {args.clients} path clients for {args.seconds:g} s")
        print(
            f"/health: n={len(ms)} p50={statistics.median(ms):.1f} ms p99={_percentile(ms, 0.99):.1f} ms "
            f"max={max(ms):.1f} ms"
        )
        pms = [t * 1000 for t in path_times]
        print(
            f"/graph/path: n={len(pms)} p50={statistics.median(pms):.0f} ms p99={_percentile(pms, 0.99):.0f} ms "
            f"outcomes={dict(outcomes)}"
        )
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:  # a server stuck in a search does not stop by itself
            server.kill()
            server.wait()


if __name__ == "__main__":
    main()
