"""The documents a bench reads: a seeded sample of ../shared/corpora/wh-briefings (or --corpus).

Shared by the benches that time extraction, so they all read the same documents for the same
``--docs`` and ``--seed``. Run as ``python bench/NAME.py``, which puts this folder on the path.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "wh-briefings"


def sample_documents(corpus: Path, docs: int, seed: int) -> list[Path]:
    """``docs`` documents (0 = all) of ``corpus``, drawn with ``seed``, in path order.

    Exits with status 2 and one line when the corpus is absent (it lives in ../shared/corpora).
    """
    if not corpus.is_dir():
        print(f"corpus {corpus} not found (it lives in ../shared/corpora)", file=sys.stderr)
        raise SystemExit(2)
    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".md", ".txt"))
    random.Random(seed).shuffle(files)
    return sorted(files[:docs] if docs else files)
