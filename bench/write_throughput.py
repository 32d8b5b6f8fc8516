"""Write throughput through the store interface: batched documents versus one relationship per transaction.

Measures relationships per second written to each store through the real write path
(``GraphStore.write_document`` and ``_run_atomically`` with the statements of ``graph/queries.py``):

* **batched**: documents of ``--batch-size`` claims, one transaction per document. Each document is
  a contract-valid GraphBatch: its Document node (with its text), the nodes its claims name, a
  MENTIONS to each, and claims with every provenance property. Claims/s is the headline; the
  MENTIONS the contract requires are written too and reported beside it.
* **unbatched**: one claim per transaction, ``_run_atomically(create_relationships_statements([rel]))``
  onto nodes that already exist (the cheapest honest "one relationship per transaction"). A sample
  of ``--sample`` writes is timed and extrapolated to ``--rels``; the output says so. A second
  sample writes one-claim *documents* through ``write_document`` (document read, node merges,
  MENTIONS): what an extractor emitting one claim per document would cost.

Ratios are measured side by side in one run. The store is WIPED first: never point this at a
database you care about (the default Neo4j is ``$DIPLOGRAPH_TEST_NEO4J``, the test server).

    .venv/bin/python bench/write_throughput.py                    # both stores, 200k rels, 20k nodes
    .venv/bin/python bench/write_throughput.py --store embedded --rels 20000 --nodes 2000
    .venv/bin/python bench/write_throughput.py --store "$DIPLOGRAPH_TEST_NEO4J" --batch-size 5000 --profile

Targets (issue 2): batched >= 20x unbatched on Neo4j, and >= 20,000 relationships/s into the local
Neo4j on a 2-core machine.

``--bulk`` compares instead the batched transactional path with a bulk load (issue 14) on the same
relationships, into the local Neo4j (``diplograph neo4j start``; the import stops and restarts it
and REPLACES its database): the same seeded documents are written once through
``write_document`` and once into neo4j-admin CSV (``graph/bulk.py``) that ``neo4j-admin database
import full`` loads, followed by the constraints and indexes. Documents are generated as they are
written (2,000,000 claims do not fit in memory as models); only the writes are timed.

    .venv/bin/python bench/write_throughput.py --bulk --rels 2000000 --batch-size 5000

Target (issue 14): bulk import >= 5x the batched transactional path on 2,000,000 relationships.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import psutil

from diplograph.connect import open_store
from diplograph.graph import queries
from diplograph.graph.models import GraphBatch, Node, Relationship, claim_key, mention_key
from diplograph.graph.stores import GraphStore

CLAIM_TYPES = ["SUPPORTS", "OPPOSES", "MEETS", "SANCTIONS", "CONDEMNS", "COOPERATES_WITH", "VISITS"]
VERBS = {
    "SUPPORTS": "expressed support for",
    "OPPOSES": "rejected the position of",
    "MEETS": "held talks with",
    "SANCTIONS": "imposed sanctions on",
    "CONDEMNS": "condemned",
    "COOPERATES_WITH": "agreed to deepen cooperation with",
    "VISITS": "paid a state visit to",
}


# -- a synthetic, contract-valid corpus ---------------------------------------------------------------


def node_ids(n: int) -> list[str]:
    """Actors of every kind plus issues, in realistic proportions (issues are only position targets)."""
    kinds = [("person", 0.45), ("org", 0.25), ("group", 0.10), ("issue", 0.20)]
    ids: list[str] = []
    for prefix, share in kinds:
        ids += [f"{prefix}:bench-{prefix}-{i:06d}" for i in range(int(n * share))]
    ids += [f"person:bench-extra-{i:06d}" for i in range(n - len(ids))]
    return ids


def node_for(node_id: str) -> Node:
    name = node_id.split(":", 1)[1].replace("-", " ").title()
    return Node(id=node_id, properties={"name": name, "aliases": [name, name.upper()]})


def claim_for(
    doc_id: str, i: int, rng: random.Random, actors: list[str], targets: list[str], offset: int
) -> Relationship:
    rel_type = rng.choice(CLAIM_TYPES)
    source = rng.choice(actors)
    target = rng.choice(targets if rel_type in ("SUPPORTS", "OPPOSES", "CONDEMNS") else actors)
    while target == source:
        target = rng.choice(actors)
    year, month, day = rng.randint(2014, 2025), rng.randint(1, 12), rng.randint(1, 28)
    date = f"{year}-{month:02d}-{day:02d}" if i % 3 else f"{year}-{month:02d}"
    evidence = (
        f"On {date}, {source.split(':')[1].replace('-', ' ').title()} {VERBS[rel_type]} "
        f"{target.split(':')[1].replace('-', ' ').title()}, according to the statement (claim {i})."
    )
    extra: dict[str, Any] = {}
    if i % 5 == 0:
        extra["speaker"] = rng.choice([a for a in actors[:50] if a.startswith("person:")] or [actors[0]])
    if i % 7 == 0:
        extra["source_says"] = "vowed to counter"
    if i % 11 == 0:
        extra["status"] = "announced"
    return Relationship(
        type=rel_type,
        source=source,
        target=target,
        key=claim_key(doc_id, rel_type, source, target, date, str(i)),
        doc_id=doc_id,
        evidence=evidence,
        start=offset,
        end=offset + len(evidence),
        lang="en",
        confidence=round(rng.uniform(0.5, 0.99), 3),
        extractor="bench-pattern.v1",
        date=date,
        as_of="2025-06-12",
        **extra,
    )


def document(doc_index: int, size: int, rng: random.Random, ids: list[str], nodes: dict[str, Node]) -> GraphBatch:
    doc_id = f"doc:bench-{doc_index:06d}"
    actors = [i for i in ids if not i.startswith("issue:")]
    claims: list[Relationship] = []
    offset = 0
    for i in range(size):
        rel = claim_for(doc_id, doc_index * 1_000_000 + i, rng, actors, ids, offset)
        claims.append(rel)
        offset = rel.end + 1  # type: ignore[operator]
    text = "\n".join(c.evidence for c in claims)  # type: ignore[misc]
    named = sorted({c.source for c in claims} | {c.target for c in claims})
    mentions = [
        Relationship(type="MENTIONS", source=doc_id, target=n, key=mention_key(doc_id, n), doc_id=doc_id, count=1)
        for n in named
    ]
    doc = Node(
        id=doc_id,
        properties={
            "title": f"Bench document {doc_index}",
            "publisher": "bench",
            "published": "2025-06-12",
            "languages": ["en"],
            "sha256": f"{doc_index:064x}",
            "text": text,
            "fingerprint": f"bench-{doc_index}-{size}",
        },
    )
    return GraphBatch(document=doc, nodes=[nodes[n] for n in named], relationships=[*claims, *mentions])


# -- measurement ------------------------------------------------------------------------------------


@dataclass
class Phase:
    """Wall time, and CPU seconds of this process and of the store's server over one phase.

    On a shared machine wall time depends on what else runs; CPU seconds much less. ``cpu_rate``
    (items per client+server CPU second) estimates what a quiet machine would do, since client and
    server mostly take turns (request, then reply).
    """

    items: int = 0
    wall: float = 0.0
    client_cpu: float = 0.0
    server_cpu: float | None = None
    load: float = 0.0

    @property
    def rate(self) -> float:
        return self.items / self.wall if self.wall else float("nan")

    @property
    def cpu_rate(self) -> float:
        if self.server_cpu is None:
            return float("nan")
        return self.items / (self.client_cpu + self.server_cpu)


class Meter:
    def __init__(self, server: psutil.Process | None) -> None:
        self.server = server

    def _server_cpu(self) -> float | None:
        if self.server is None:
            return None
        try:
            t = self.server.cpu_times()
            return t.user + t.system
        except psutil.Error:
            return None

    def start(self) -> tuple[float, float, float | None]:
        return time.perf_counter(), time.process_time(), self._server_cpu()

    def stop(self, started: tuple[float, float, float | None], items: int) -> Phase:
        wall, cpu, server = started
        now_server = self._server_cpu()
        return Phase(
            items=items,
            wall=time.perf_counter() - wall,
            client_cpu=time.process_time() - cpu,
            server_cpu=None if server is None or now_server is None else now_server - server,
            load=os.getloadavg()[0],
        )


def server_process(store: GraphStore) -> psutil.Process | None:
    """The store's server process, if it runs on this machine (for its CPU time)."""
    pid = getattr(store, "server_pid", None)
    if pid is None and store.kind == "neo4j":
        port = urlsplit(store.url).port or 7687
        for conn in psutil.net_connections(kind="tcp"):
            if conn.status == psutil.CONN_LISTEN and conn.laddr.port == port and conn.pid:
                pid = conn.pid
                break
    try:
        return psutil.Process(pid) if pid else None
    except psutil.Error:
        return None


@dataclass
class Result:
    store: str
    claims: int = 0
    mentions: int = 0
    batched: Phase = field(default_factory=Phase)
    doc_seconds: list[float] = field(default_factory=list)
    unbatched: Phase = field(default_factory=Phase)
    one_claim_docs: Phase = field(default_factory=Phase)


def batches(args: argparse.Namespace, ids: list[str], nodes: dict[str, Node]) -> Iterator[GraphBatch]:
    rng = random.Random(args.seed)
    remaining, index = args.rels, 0
    while remaining > 0:
        size = min(args.batch_size, remaining)
        yield document(index, size, rng, ids, nodes)
        remaining -= size
        index += 1


def run_store(url: str, args: argparse.Namespace) -> Result:
    ids = node_ids(args.nodes)
    nodes = {i: node_for(i) for i in ids}
    started = time.perf_counter()
    docs = list(batches(args, ids, nodes))
    build_s = time.perf_counter() - started

    store = open_store(url)
    label = f"{store.kind} ({store.url})"
    result = Result(label)
    meter = Meter(server_process(store))
    try:
        store.wipe()
        print(
            f"\n== {label}: {args.rels:,} claims among {args.nodes:,} nodes, {len(docs)} documents of "
            f"<= {args.batch_size:,} claims (batches built and validated in {build_s:.1f} s, not timed); "
            f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs",
            flush=True,
        )
        m = meter.start()
        for n, batch in enumerate(docs, 1):
            t = time.perf_counter()
            store.write_document(batch)
            result.doc_seconds.append(time.perf_counter() - t)
            result.claims += len(batch.claims)
            result.mentions += len(batch.relationships) - len(batch.claims)
            if n % max(1, len(docs) // 10) == 0:
                rate = result.claims / (time.perf_counter() - m[0])
                print(f"   batched: {n}/{len(docs)} documents, {rate:,.0f} claims/s", flush=True)
        result.batched = meter.stop(m, result.claims)

        # one relationship per transaction, onto existing nodes
        # (endpoints among the nodes the documents wrote: a MATCH that finds no node writes nothing)
        rng = random.Random(args.seed + 1)
        written = sorted({n.id for batch in docs for n in batch.nodes})
        actors = [i for i in written if not i.startswith("issue:")]
        sample = [claim_for("doc:bench-unbatched", 10**9 + i, rng, actors, written, 0) for i in range(args.sample)]
        m = meter.start()
        for rel in sample:
            store._run_atomically(queries.create_relationships_statements([rel]))
        result.unbatched = meter.stop(m, len(sample))

        # one claim per document through write_document (document read, node merges, MENTIONS)
        one_docs = list(_one_claim_documents(args, ids, nodes))
        m = meter.start()
        for batch in one_docs:
            store.write_document(batch)
        result.one_claim_docs = meter.stop(m, len(one_docs))

        stats = store.stats()
        expected = result.claims + len(sample) + len(one_docs)
        stored = stats.relationship_count - stats.relationships["MENTIONS"]
        if stored != expected:
            print(f"!! stored {stored:,} claims, expected {expected:,}", file=sys.stderr)
        print_store(result, args)
    finally:
        if not args.keep:
            store.wipe()
        store.close()
    return result


def run_bulk(url: str, args: argparse.Namespace) -> None:
    """Batched transactions, then a bulk load of the same documents, into the local Neo4j."""
    from diplograph.neo4j_local import local_server_url

    if url != local_server_url():
        raise SystemExit(f"--bulk loads the local Neo4j ({local_server_url()}), not {url}")
    ids = node_ids(args.nodes)
    nodes = {i: node_for(i) for i in ids}
    print(
        f"\n== bulk vs batched transactions into {url}: {args.rels:,} claims among {args.nodes:,} nodes, "
        f"documents of <= {args.batch_size:,} claims; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs",
        flush=True,
    )
    with open_store(url) as store:
        # relationships first, in their own transactions: a previous bulk load's documents hold
        # thousands each, more than store.wipe()'s 1,000-node transactions fit in Neo4j's memory pool
        with store._driver.session(database=store.database) as session:  # IN TRANSACTIONS: auto-commit only
            session.run("MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 20000 ROWS").consume()
        store.wipe()
        claims = mentions = 0
        written = 0.0
        for n, batch in enumerate(batches(args, ids, nodes), 1):
            if args.skip_transactional:
                claims += len(batch.claims)
                mentions += len(batch.relationships) - len(batch.claims)
                continue
            t = time.perf_counter()
            store.write_document(batch)
            written += time.perf_counter() - t
            claims += len(batch.claims)
            mentions += len(batch.relationships) - len(batch.claims)
            if n % 20 == 0:
                print(f"   transactional: {claims:,} claims, {(claims + mentions) / written:,.0f} rels/s", flush=True)
        stored = claims + mentions if args.skip_transactional else store.stats().relationship_count
    rels = claims + mentions
    tx_rate = rels / written if written else float("nan")
    print(f"   transactional: {rels:,} relationships ({claims:,} claims) in {written:.1f} s: {tx_rate:,.0f} rels/s")

    manifest, csv_s, result, stopping = _bulk_load(args, ids, nodes)
    # the CSV's writing (not the generation of the documents) and the import, the stop's wait included
    bulk_s = csv_s + result.total_seconds
    if (result.relationships, manifest.relationship_count) != (stored, rels):
        print(f"!! imported {result.relationships:,}, the transactional path stored {stored:,}", file=sys.stderr)
    early = f" (begun with the CSV: the stop took {stopping.seconds:.1f} s)" if stopping else ""
    parts = (result.stop_seconds, result.import_seconds, result.start_seconds, result.schema_seconds)
    rest = result.total_seconds - sum(parts)
    print(
        f"   bulk: CSV {csv_s:.1f} s, waiting for the server's stop {result.stop_seconds:.1f} s{early}, "
        f"neo4j-admin {result.import_seconds:.1f} s (JVM start included), server start {result.start_seconds:.1f} s, "
        f"constraints and indexes {result.schema_seconds:.1f} s, counts and the rest "
        f"{rest:.1f} s; end to end {bulk_s:.1f} s\n"
        f"   ratio bulk/transactional, end to end (CSV + stop + import + start + schema): "
        f"{rels / bulk_s:,.0f} vs {tx_rate:,.0f} rels/s = {written / bulk_s:.1f}x\n"
        f"   ratio neo4j-admin alone: {rels / result.import_seconds:,.0f} rels/s = "
        f"{written / result.import_seconds:.1f}x\n"
        f"   target bulk >= 5x: {'MET' if written / bulk_s >= 5 else 'MISSED'} end to end "
        f"({written / bulk_s:.1f}x), {'MET' if written / result.import_seconds >= 5 else 'MISSED'} "
        f"for the importer alone ({written / result.import_seconds:.1f}x)",
        flush=True,
    )


def _bulk_load(args: argparse.Namespace, ids: list[str], nodes: dict[str, Node]) -> tuple[Any, float, Any, Any]:
    """The same documents as CSV, imported with neo4j-admin: the manifest, the seconds writing
    the CSV took, the import's result and the early stop (None without one)."""
    from diplograph.graph.bulk import BulkWriter
    from diplograph.neo4j_import import EarlyStop, import_directory

    with tempfile.TemporaryDirectory(prefix="diplograph-bulk-bench-") as tmp:
        csv_s = 0.0
        # as `ingest --bulk` does: the server the import replaces stops while the CSV is written
        stopping = EarlyStop() if args.early_stop else None
        with BulkWriter(Path(tmp) / "bulk") as writer:
            for batch in batches(args, ids, nodes):
                t = time.perf_counter()
                writer.add(batch)
                csv_s += time.perf_counter() - t
            t = time.perf_counter()
            manifest = writer.close()
            csv_s += time.perf_counter() - t
        size = sum(f.stat().st_size for f in (Path(tmp) / "bulk").rglob("*.csv"))
        print(f"   CSV: {manifest.relationship_count:,} relationships, {size / 1e6:,.0f} MB written in {csv_s:.1f} s")
        return manifest, csv_s, import_directory(Path(tmp) / "bulk", force=True, stopping=stopping), stopping


def _one_claim_documents(args: argparse.Namespace, ids: list[str], nodes: dict[str, Node]) -> Iterator[GraphBatch]:
    rng = random.Random(args.seed + 2)
    for i in range(args.doc_sample):
        yield document(900_000 + i, 1, rng, ids, nodes)


def profile_document(url: str, args: argparse.Namespace) -> None:
    """Time the statements of one document separately (each in its own transaction) on an empty store."""
    ids = node_ids(args.nodes)
    nodes = {i: node_for(i) for i in ids}
    batch = document(0, args.batch_size, random.Random(args.seed), ids, nodes)
    store = open_store(url)
    try:
        store.wipe()
        statements = queries.write_document_statements(batch, previously_mentioned=None)
        print(f"\n== profile of one {args.batch_size:,}-claim document on {store.kind} (one transaction per statement)")
        for st in statements:
            rows = len(st.params.get("rows", [])) or 1
            t = time.perf_counter()
            store._run_atomically([st])
            dt = time.perf_counter() - t
            print(f"   {dt * 1000:8.1f} ms  {rows:6,} rows  {rows / dt:10,.0f} rows/s  {st.cypher[:90]}")
        t = time.perf_counter()
        store.write_document(batch, force=True)
        print(f"   {(time.perf_counter() - t) * 1000:8.1f} ms  the whole document again (replace: deletes + merges)")
    finally:
        store.wipe()
        store.close()


def print_store(r: Result, args: argparse.Namespace) -> None:
    b, u, d = r.batched, r.unbatched, r.one_claim_docs
    med = statistics.median(r.doc_seconds)
    print(
        f"-- {r.store}\n"
        f"   batched:   {b.rate:>9,.0f} claims/s ({(r.claims + r.mentions) / b.wall:,.0f} rels/s with the "
        f"{r.mentions:,} MENTIONS); {r.claims:,} claims in {b.wall:.1f} s, median {med * 1000:.0f} ms per document; "
        f"CPU {b.client_cpu:.1f} s client + {_cpu(b.server_cpu)} server -> {b.cpu_rate:,.0f} claims per CPU-second; "
        f"load {b.load:.2f}\n"
        f"   unbatched: {u.rate:>9,.0f} rels/s (one relationship per transaction; {u.items:,} timed in {u.wall:.1f} s, "
        f"{args.rels:,} would take ~{args.rels / u.rate:,.0f} s); CPU {u.client_cpu:.1f} s + {_cpu(u.server_cpu)} "
        f"-> {u.cpu_rate:,.0f} per CPU-second; load {u.load:.2f}\n"
        f"   1-claim documents: {d.rate:,.0f}/s ({d.items:,} timed)\n"
        f"   ratio batched/unbatched: {b.rate / u.rate:.1f}x wall, {b.cpu_rate / u.cpu_rate:.1f}x per CPU-second; "
        f"batched/1-claim documents: {b.rate / d.rate:.1f}x",
        flush=True,
    )
    if r.store.startswith("neo4j"):
        ok_ratio = b.rate / u.rate >= 20
        ok_rate = b.rate >= 20_000
        print(
            f"   targets: batched >= 20x unbatched: {'MET' if ok_ratio else 'MISSED'} ({b.rate / u.rate:.1f}x); "
            f">= 20,000 rels/s: {'MET' if ok_rate else 'MISSED'} ({b.rate:,.0f} claims/s, "
            f"{(r.claims + r.mentions) / b.wall:,.0f} incl. MENTIONS; CPU-normalised {b.cpu_rate:,.0f} claims/s)",
            flush=True,
        )


def _cpu(value: float | None) -> str:
    return "?" if value is None else f"{value:.1f} s"


def print_summary(results: list[Result], args: argparse.Namespace) -> None:
    print(
        f"\n== summary: {args.rels:,} claims among {args.nodes:,} nodes, batch size {args.batch_size:,}; unbatched "
        f"timed on a sample of {args.sample:,} single-relationship transactions and extrapolated to {args.rels:,}"
    )
    header = (
        f"{'store':<34} {'batched claims/s':>16} {'incl. MENTIONS':>15} {'unbatched/s':>12} {'ratio':>7} "
        f"{'claims/CPU-s':>13} {'unbatched/CPU-s':>16} {'ratio':>7} {'load':>5}"
    )
    print(header)
    print("-" * len(header))
    for r in results:
        b, u = r.batched, r.unbatched
        print(
            f"{r.store[:34]:<34} {b.rate:>16,.0f} {(r.claims + r.mentions) / b.wall:>15,.0f} {u.rate:>12,.0f} "
            f"{b.rate / u.rate:>6.1f}x {b.cpu_rate:>13,.0f} {u.cpu_rate:>16,.0f} {b.cpu_rate / u.cpu_rate:>6.1f}x "
            f"{b.load:>5.2f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--store",
        action="append",
        metavar="URL",
        help="store URL, repeatable; 'embedded' = a fresh temp dir [default: embedded and $DIPLOGRAPH_TEST_NEO4J]",
    )
    parser.add_argument("--rels", type=int, default=200_000, help="claims to write batched [200000]")
    parser.add_argument("--nodes", type=int, default=20_000, help="distinct nodes [20000]")
    parser.add_argument("--batch-size", type=int, default=2_000, help="claims per document [2000]")
    parser.add_argument("--sample", type=int, default=2_000, help="single-relationship transactions timed [2000]")
    parser.add_argument("--doc-sample", type=int, default=300, help="one-claim documents timed [300]")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="leave the data in the store afterwards")
    parser.add_argument("--profile", action="store_true", help="also time each statement of one document on its own")
    parser.add_argument("--bulk", action="store_true", help="bulk import vs batched transactions (local Neo4j only)")
    parser.add_argument(
        "--no-early-stop",
        dest="early_stop",
        action="store_false",
        help="--bulk: stop the server after the CSV is written, not while (as before issue 14's second pass)",
    )
    parser.add_argument("--skip-transactional", action="store_true", help="--bulk: time the bulk path alone (no ratio)")
    args = parser.parse_args(argv)
    if args.bulk:
        from diplograph.neo4j_local import local_server_url

        for url in args.store or [os.environ.get("DIPLOGRAPH_TEST_NEO4J") or local_server_url() or ""]:
            run_bulk(url, args)
        return 0

    urls = args.store or [
        "embedded",
        *([os.environ["DIPLOGRAPH_TEST_NEO4J"]] if os.environ.get("DIPLOGRAPH_TEST_NEO4J") else []),
    ]
    results = []
    with tempfile.TemporaryDirectory(prefix="diplograph-bench-") as tmp:
        for url in urls:
            real = f"embedded:{tmp}/store" if url == "embedded" else url
            results.append(run_store(real, args))
            if args.profile:
                profile_document(real, args)
    print_summary(results, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
