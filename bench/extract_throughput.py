#!/usr/bin/env python3
"""Extraction throughput: the full ingest against raw ``nlp.pipe`` of the same model, side by side.

    .venv/bin/python bench/extract_throughput.py [--corpus DIR] [--docs N] [--processes N]

All runs read the same documents in the same process one after the other, so the ratios (ingest
words/s over raw spaCy words/s; raw spaCy is the model as it ships, ``load_model``) hold on a noisy
machine even when the absolute figures move. "Ingest" is the real path: load, extract (spaCy plus
the gazetteer, grammar, dates and assembly) and write each document in one transaction to a fresh
embedded store; it runs twice, without and with the cascade (extract/cascade.py: the model reads
only the sentences that can hold a claim), each into its own store. Targets: issue 3, ingest >= 0.8
of raw spaCy throughput; issue 14, ingest with the cascade >= 2.0x raw spaCy. Prints one JSON line
with the figures, the share of sentences and tokens the cascade skipped, and the claims each ingest
read.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from corpus_sample import DEFAULT_CORPUS, sample_documents


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--docs", type=int, default=200, help="documents sampled from the corpus (0 = all)")
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    from diplograph.connect import open_store
    from diplograph.extract.loaders import load_document
    from diplograph.extract.pipeline import build_extractor, load_model
    from diplograph.extract.taxonomy import VectorIndex
    from diplograph.ingest import ingest

    files = sample_documents(args.corpus, args.docs, args.seed)
    texts = [load_document(f).text for f in files]
    words = sum(len(t.split()) for t in texts)

    extractor = build_extractor(processes=args.processes)
    nlp = load_model(extractor.model)  # as it ships: the ingest's has its own components (rule_tables)
    _ = extractor.nlp, extractor.linker, extractor.reader, extractor.gated.gate  # loading is not throughput
    _ = VectorIndex.load()

    started, cpu = time.perf_counter(), time.process_time()
    for _doc in nlp.pipe(texts, batch_size=32, n_process=args.processes):
        pass
    raw, raw_cpu = time.perf_counter() - started, time.process_time() - cpu

    timed, cpu_timed, claims = {}, {}, {}
    for cascade in (False, True):
        extractor.cascade = cascade
        with tempfile.TemporaryDirectory() as tmp, open_store(tmp) as store:
            started, cpu = time.perf_counter(), time.process_time()
            report = ingest(files, store, extractor)
            timed[cascade], cpu_timed[cascade] = time.perf_counter() - started, time.process_time() - cpu
        claims[cascade] = sum(report.claims_by_type.values())

    gated = extractor.gated
    result = {
        "documents": len(files),
        "words": words,
        "processes": args.processes,
        "raw_spacy_words_per_s": round(words / raw),
        "ingest_words_per_s": round(words / timed[False]),
        "ratio_ingest_to_raw": round(raw / timed[False], 3),
        "cascade_ingest_words_per_s": round(words / timed[True]),
        "ratio_cascade_ingest_to_raw": round(raw / timed[True], 3),
        # the same ratios in this process's CPU seconds: steadier on a machine shared with others (the
        # embedded store's server process, whose writes the wall figures include, is not counted)
        "cpu_ratio_ingest_to_raw": round(raw_cpu / cpu_timed[False], 3),
        "cpu_ratio_cascade_ingest_to_raw": round(raw_cpu / cpu_timed[True], 3),
        "cascade_skipped_sentences": round(gated.skipped_sentences / max(gated.sentences, 1), 3),
        "cascade_skipped_tokens": round(gated.skipped_tokens / max(gated.tokens, 1), 3),
        "claims": claims[False],
        "claims_with_cascade": claims[True],
        "rejected": len(report.rejected),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
