#!/usr/bin/env python3
"""Extraction throughput: the full ingest against raw ``nlp.pipe`` of the same model, side by side.

    .venv/bin/python bench/extract_throughput.py [--corpus DIR] [--docs N] [--processes N]

Both runs read the same documents in the same process one after the other, so the ratio
(ingest words/s over raw spaCy words/s) holds on a noisy machine even when the absolute figures
move. "Ingest" is the real path: load, extract (spaCy plus the gazetteer, grammar, dates and
assembly) and write each document in one transaction to a fresh embedded store. Target from
issue 3: ingest >= 0.8 of raw spaCy throughput. Prints one JSON line with the figures.
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
    from diplograph.extract.pipeline import build_extractor
    from diplograph.ingest import ingest

    files = sample_documents(args.corpus, args.docs, args.seed)
    texts = [load_document(f).text for f in files]
    words = sum(len(t.split()) for t in texts)

    extractor = build_extractor(processes=args.processes)
    nlp = extractor.nlp
    _ = extractor.linker, extractor.reader  # loading is not throughput

    started = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=32, n_process=args.processes):
        pass
    raw = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as tmp, open_store(tmp) as store:
        started = time.perf_counter()
        report = ingest(files, store, extractor)
        full = time.perf_counter() - started

    result = {
        "documents": len(files),
        "words": words,
        "processes": args.processes,
        "raw_spacy_words_per_s": round(words / raw),
        "ingest_words_per_s": round(words / full),
        "ratio_ingest_to_raw": round(raw / full, 3),
        "claims": sum(report.claims_by_type.values()),
        "rejected": len(report.rejected),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
