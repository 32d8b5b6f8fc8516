#!/usr/bin/env python3
"""Extraction on Ray against the single-process ingest, side by side, with an identical export.

    .venv/bin/python bench/ray_scaling.py [--corpus DIR] [--docs N] [--workers 1,2]

The same sampled documents are ingested into fresh embedded stores: once by the single-process
ingest (the extractor loaded beforehand: loading is not throughput), then through
``--engine ray`` with a local Ray of 2 CPUs and each worker count given (the Ray runs include
starting their actor pool, each actor loading spaCy and the gazetteer; the "net" figure subtracts
that start, timed as a run over one short document with the same pool). Every export must equal
the single-process one, line for line. On a 2-core machine the driver (loading, writing) shares
the cores with the actors, so two workers cannot reach 2x here. Prints a table and one JSON line.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from corpus_sample import DEFAULT_CORPUS, sample_documents


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--docs", type=int, default=100, help="documents sampled from the corpus (0 = all)")
    parser.add_argument("--workers", default="1,2", help="Ray worker counts to run [1,2]")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    import ray

    from diplograph.connect import open_store
    from diplograph.extract.pipeline import build_extractor
    from diplograph.graph.stores import export_line
    from diplograph.ingest import ingest
    from diplograph.ray_engine import RayExtractor

    files = sample_documents(args.corpus, args.docs, args.seed)

    def run(extractor: object, sources: list[Path] = files) -> dict:
        with tempfile.TemporaryDirectory() as tmp, open_store(tmp) as store:
            started = time.perf_counter()
            report = ingest(sources, store, extractor)
            seconds = time.perf_counter() - started
            lines = sorted(export_line(obj) for obj in store.export())
        return {"seconds": seconds, "words": report.words, "rejected": len(report.rejected), "lines": lines}

    single = build_extractor()
    _ = single.reader  # loading is not throughput
    rows = {"single process": run(single)}
    rows["single process"]["start"] = 0.0
    started = time.perf_counter()
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    ray_start = time.perf_counter() - started
    shortest = min(files, key=lambda f: f.stat().st_size)
    for count in (int(w) for w in args.workers.split(",")):
        name = f"ray, {count} worker{'s' * (count > 1)}"
        start = run(RayExtractor(single.model, workers=count), [shortest])["seconds"]
        rows[name] = run(RayExtractor(single.model, workers=count))
        rows[name]["start"] = start
    ray.shutdown()

    summary = _report(rows, len(files), ray_start)
    print(json.dumps(summary))
    return 0 if all(r["lines"] == rows["single process"]["lines"] for r in rows.values()) else 1


def _report(rows: dict[str, dict], documents: int, ray_start: float) -> dict[str, Any]:
    """Print each run's throughput against the single process; the same as a summary."""
    base = rows["single process"]
    words = base["words"]
    rate = {name: words / r["seconds"] for name, r in rows.items()}
    print(f"{documents} documents, {words:,} words; local Ray of 2 CPUs started in {ray_start:.1f} s (not counted)")
    print(f"{'run':<18} {'seconds':>8} {'words/s':>9} {'vs single':>10} {'pool start':>11} {'net words/s':>12}  export")
    summary: dict[str, Any] = {"documents": documents, "words": words, "ray_start_s": round(ray_start, 1)}
    for name, r in rows.items():
        same = r["lines"] == base["lines"]
        net = words / max(r["seconds"] - r["start"], 1e-9)
        print(
            f"{name:<18} {r['seconds']:>8.1f} {rate[name]:>9,.0f} {rate[name] / rate['single process']:>9.2f}x "
            f"{r['start']:>10.1f}s {net:>12,.0f}  {'identical' if same else 'DIFFERENT'} ({len(r['lines']):,} lines)"
        )
        summary[name] = {
            "seconds": round(r["seconds"], 1),
            "words_per_s": round(rate[name]),
            "ratio_to_single": round(rate[name] / rate["single process"], 2),
            "pool_start_s": round(r["start"], 1),
            "net_words_per_s": round(net),
            "identical_export": same,
            "rejected": r["rejected"],
        }
    return summary


if __name__ == "__main__":
    sys.exit(main())
