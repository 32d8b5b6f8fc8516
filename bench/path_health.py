"""/health while many /graph/path searches run (issue 15: 60 concurrent searches once starved the
worker threads and /health took 10.9 s).

    python bench/path_health.py --store DIR_OR_BOLT_URL [--clients 60] [--seconds 20]
        [--source state:USA] [--target state:CHN] [--max-depth 6]
        [--rounds 3] [--baseline PYTHONPATH]

Serves the store with ``diplograph serve`` in a subprocess, keeps ``--clients`` path searches in
flight, polls /health every 50 ms from another process (a poller thread beside 60 client threads
would wait for its own interpreter's lock, and count that as the server's time), and prints the
latency percentiles of both and how the searches ended (found, not found, out of time).

``--baseline`` names a directory holding another version's ``diplograph`` package (e.g. from
``git archive``): each round then serves the baseline and this checkout in turn, under the same
load of the machine as nearly as one run allows, and the summary gives each one's p99 per round.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from typing import Any

import httpx


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def _poll_health(base: str, stop_at: float, out: Any) -> None:
    """In its own process: GET /health every 50 ms until ``stop_at`` (time.time()), then send the
    latencies. Any answer but 200 is sent as a failure."""
    times: list[float] = []
    failures = 0
    with httpx.Client(base_url=base, timeout=120) as client:
        time.sleep(1)  # let the searches fill the server first
        while time.time() < stop_at:
            started = time.perf_counter()
            ok = client.get("/health").status_code == 200
            times.append(time.perf_counter() - started)
            failures += not ok
            time.sleep(0.05)
    out.put((times, failures))


def _serve(store: str, pythonpath: str | None) -> tuple[subprocess.Popen[bytes], str]:
    """`diplograph serve` (of the code on ``pythonpath``, else this one) on a free port, once it
    answers /health (or after 60 s)."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = os.environ.copy()
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    server = subprocess.Popen(
        [sys.executable, "-m", "diplograph.cli", "serve", "--port", str(port), "--store", store],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.2)
    return server, base


def _searches(base: str, args: argparse.Namespace) -> tuple[Counter[str], list[float], list[float], int]:
    """``args.clients`` path searchers for ``args.seconds`` while /health is polled from its own
    process: the searches' outcomes and times, /health's times and failures."""
    stop = time.monotonic() + args.seconds
    outcomes: Counter[str] = Counter()
    path_times: list[float] = []
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

    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    poller = context.Process(target=_poll_health, args=(base, time.time() + args.seconds, results))
    poller.start()
    threads = [threading.Thread(target=searcher) for _ in range(args.clients)]
    for t in threads:
        t.start()
    health_times, failures = results.get()
    poller.join()
    for t in threads:
        t.join()
    return outcomes, path_times, health_times, failures


def measure(args: argparse.Namespace, pythonpath: str | None) -> dict[str, Any]:
    server, base = _serve(args.store, pythonpath)
    try:
        load = os.getloadavg()[0]
        outcomes, path_times, health_times, failures = _searches(base, args)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:  # a server stuck in a search does not stop by itself
            server.kill()
            server.wait()
    ms = [t * 1000 for t in health_times]
    pms = [t * 1000 for t in path_times]
    return {
        "load": load,
        "health_n": len(ms),
        "health_failures": failures,
        "p50": statistics.median(ms),
        "p99": _percentile(ms, 0.99),
        "max": max(ms),
        "path_n": len(pms),
        "path_p50": statistics.median(pms),
        "path_p99": _percentile(pms, 0.99),
        "outcomes": dict(outcomes),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--clients", type=int, default=60)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--source", default="state:USA")
    parser.add_argument("--target", default="state:CHN")
    parser.add_argument("--max-depth", type=int, default=6)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--baseline", help="directory holding another version's diplograph package")
    args = parser.parse_args()

    variants: list[tuple[str, str | None]] = [("this checkout", None)]
    if args.baseline:
        variants.insert(0, (f"baseline {args.baseline}", args.baseline))
    print(f"store {args.store}: {args.clients} path clients for {args.seconds:g} s", flush=True)
    p99s: dict[str, list[float]] = {name: [] for name, _ in variants}
    for round_ in range(1, args.rounds + 1):
        for name, pythonpath in variants:
            r = measure(args, pythonpath)
            p99s[name].append(r["p99"])
            print(
                f"round {round_} {name} (load {r['load']:.1f}): /health n={r['health_n']} "
                f"p50={r['p50']:.1f} ms p99={r['p99']:.1f} ms max={r['max']:.1f} ms, {r['health_failures']} not 200; "
                f"/graph/path n={r['path_n']} p50={r['path_p50']:.0f} ms p99={r['path_p99']:.0f} ms "
                f"outcomes={r['outcomes']}",
                flush=True,
            )
    for name, values in p99s.items():
        print(f"/health p99 per round, {name}: " + ", ".join(f"{v:.1f}" for v in values) + " ms")


if __name__ == "__main__":
    main()
