"""Period filters as strings versus as dates, on both stores: the same answers, and what each costs.

Writes ``--claims`` synthetic claims (write_throughput.py's contract-valid documents; dates of day
and month precision, 2014-2025) through the real write path, which gives every dated claim its
``date_from``/``date_to`` DATE values, then counts the claims overlapping several periods two ways:

* **string**: the old cookbook's ``r.date + '~' >= $since AND r.date <= $until + '~'``
* **date**: ``r.date_to >= date($first_day) AND r.date_from <= date($last_day)``

and checks both counts are equal on each store and across stores. Prints the median of ``--runs``
timings per filter. The store is WIPED first (the default Neo4j is ``$DIPLOGRAPH_TEST_NEO4J``).

    .venv/bin/python bench/date_filters.py
    .venv/bin/python bench/date_filters.py --claims 5000 --store embedded
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time

from write_throughput import document, node_for, node_ids

from diplograph.connect import open_store
from diplograph.graph.schema import date_bounds
from diplograph.graph.stores import GraphStore

PERIODS = [("2015", "2015"), ("2018-03", "2019-06"), ("2022-02-24", "2022-03-02"), ("2014", "2025")]
STRING = "MATCH ()-[r]->() WHERE r.date + '~' >= $since AND r.date <= $until + '~' RETURN count(r) AS n"
DATES = "MATCH ()-[r]->() WHERE r.date_to >= date($since) AND r.date_from <= date($until) RETURN count(r) AS n"


def fill(store: GraphStore, claims: int, per_doc: int = 1000) -> None:
    store.wipe()
    rng = random.Random(7)
    ids = node_ids(2000)
    nodes = {i: node_for(i) for i in ids}
    for d in range(max(1, claims // per_doc)):
        store.write_document(document(d, per_doc, rng, ids, nodes))


def timed(store: GraphStore, cypher: str, params: dict[str, str], runs: int) -> tuple[int, float]:
    counts, seconds = set(), []
    for _ in range(runs):
        t = time.perf_counter()
        counts.add(store.read(cypher, params).rows[0][0])
        seconds.append(time.perf_counter() - t)
    assert len(counts) == 1
    return counts.pop(), statistics.median(seconds) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", action="append", help="store URL or 'embedded' (repeatable)")
    parser.add_argument("--claims", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    urls = args.store or ["embedded", os.environ.get("DIPLOGRAPH_TEST_NEO4J", "bolt://127.0.0.1:7687")]
    answers: dict[str, list[int]] = {}
    for url in urls:
        store = open_store(tempfile.mkdtemp(prefix="bench-dates-") if url == "embedded" else url)
        try:
            fill(store, args.claims)
            print(f"{store.kind}: {args.claims} claims")
            for since, until in PERIODS:
                n_str, ms_str = timed(store, STRING, {"since": since, "until": until}, args.runs)
                days = {"since": date_bounds(since)[0], "until": date_bounds(until)[1]}
                n_date, ms_date = timed(store, DATES, days, args.runs)
                assert n_str == n_date, (store.kind, since, until, n_str, n_date)
                answers.setdefault(f"{since}..{until}", []).append(n_date)
                print(f"  {since}..{until}: {n_date} claims; string {ms_str:.1f} ms, date {ms_date:.1f} ms")
        finally:
            store.close()
    agree = all(len(set(v)) == 1 for v in answers.values())
    print("both stores give the same counts" if agree else f"the stores disagree: {answers}")
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())
