#!/usr/bin/env python3
"""Words per second per core of each stage of a document's way into the graph (docs/capacity.md).

    .venv/bin/python bench/stages.py [--corpus DIR] [--docs N]

On one core, over the same sampled documents: loading (read, metadata, fingerprint), spaCy alone
(``nlp.pipe`` of the same model as it ships, over the same English paragraphs the extractor parses), the whole
extraction (spaCy plus gazetteer, grammar, dates, assembly), and the neo4j-admin CSV writer. Each
stage is timed in CPU seconds of this process as well as wall seconds: on a machine shared with
others the CPU figure is the one that says what a core does. Prints a table and one JSON line.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from corpus_sample import DEFAULT_CORPUS, sample_documents


class Timer:
    def __enter__(self) -> Timer:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--docs", type=int, default=100, help="documents sampled from the corpus")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    from diplograph.extract.loaders import load_document
    from diplograph.extract.pipeline import build_extractor, load_model
    from diplograph.extract.text import mask_markup, segment
    from diplograph.graph.bulk import BulkWriter

    files = sample_documents(args.corpus, args.docs, args.seed)
    extractor = build_extractor()
    _ = extractor.reader  # loading the model and gazetteer is not throughput
    plain = load_model(extractor.model)  # spaCy as it ships, without diplograph's components

    stages: dict[str, Timer] = {}
    with Timer() as stages["load"]:
        sources = [load_document(f) for f in files]
    words = sum(len(s.text.split()) for s in sources)
    texts = []
    for source in sources:
        masked = mask_markup(source.text)
        texts += [
            masked[p.start : p.end] for p in segment(source.text) if p.lang == "en" and p.role in ("body", "heading")
        ]
    with Timer() as stages["spaCy nlp.pipe"]:
        for _doc in plain.pipe(texts, batch_size=extractor.batch_size):
            pass
    with Timer() as stages["extraction (spaCy included)"]:
        results = list(extractor.extract_many(sources))
    batches = [r.batch for r in results if not isinstance(r, Exception)]
    rels = sum(len(b.relationships) for b in batches)
    with (
        tempfile.TemporaryDirectory() as tmp,
        Timer() as stages["neo4j-admin CSV"],
        BulkWriter(Path(tmp) / "bulk") as writer,
    ):
        writer.add_all(batches)

    print(f"{len(sources)} documents, {words:,} words, {rels:,} relationships (claims and MENTIONS)")
    print(f"{'stage':<30} {'wall s':>7} {'CPU s':>7} {'words/CPU-s':>12}")
    summary: dict[str, object] = {"documents": len(sources), "words": words, "relationships": rels}
    for name, t in stages.items():
        print(f"{name:<30} {t.wall:>7.1f} {t.cpu:>7.1f} {words / t.cpu:>12,.0f}")
        summary[name] = {"wall_s": round(t.wall, 2), "cpu_s": round(t.cpu, 2), "words_per_cpu_s": round(words / t.cpu)}
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
