"""Prove a refactor kept behaviour: snapshot the exports of three fixed corpora, then compare.

    scripts/compare-exports snapshot DIR            # before and after the change, into two folders
    scripts/compare-exports diff BEFORE AFTER       # identical line for line (sorted), or exit 1
    scripts/compare-exports diff BEFORE AFTER --ignore-versions   # the pipeline version and rule
                                                                  # names bumped on purpose aside

A snapshot ingests, each into a fresh embedded store, and exports as sorted JSON lines:
``seeds/`` (the project's own), ``../shared/eval/dev/docs`` and a fixed sample of
``../shared/corpora/wh-briefings`` (``--wh-docs`` files, drawn with ``--seed``). The sample's file
list is written beside the exports, so a later snapshot can be checked to read the same files.
Run with the project's virtualenv (the shell wrapper does).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DIPLOGRAPH = Path(sys.executable).with_name("diplograph")

# what --ignore-versions blanks out: the pipeline's version and each rule name's version suffix
_PIPELINE = re.compile(r'("pipeline":"[^"]*?\.v)\d+"')
_RULE = re.compile(r'("extractor":"[^"]*?\.v)\d+"')


def wh_sample(docs: int, seed: int) -> list[Path]:
    """``docs`` documents of the White House corpus drawn with ``seed``, in path order."""
    corpus = SHARED / "corpora" / "wh-briefings"
    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".md", ".txt"))
    random.Random(seed).shuffle(files)
    return sorted(files[:docs])


def corpora(wh_docs: int, seed: int) -> dict[str, list[Path]]:
    sets = {"seeds": [ROOT / "seeds"]}
    dev = SHARED / "eval" / "dev" / "docs"
    if dev.is_dir():
        sets["dev"] = [dev]
    if wh_docs and (SHARED / "corpora" / "wh-briefings").is_dir():
        sets["wh-briefings"] = wh_sample(wh_docs, seed)
    missing = {"dev", "wh-briefings"} - set(sets) - (set() if wh_docs else {"wh-briefings"})
    if missing:
        print(f"compare-exports: {', '.join(sorted(missing))} not found under {SHARED}: not in this snapshot")
    return sets


def snapshot(out: Path, wh_docs: int, seed: int, processes: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, paths in corpora(wh_docs, seed).items():
        with tempfile.TemporaryDirectory() as work:
            store = Path(work) / "store"
            ingest = [str(DIPLOGRAPH), "ingest", *map(str, paths), "--store", str(store)]
            ingest += ["--processes", str(processes), "--json"]
            done = subprocess.run(ingest, capture_output=True, text=True)
            if done.returncode > 1:  # 1 = some documents refused, which is behaviour too
                sys.exit(f"compare-exports: ingest of {name} failed ({done.returncode}):\n{done.stderr[-2000:]}")
            rejected = [line for line in done.stderr.splitlines() if line.startswith("rejected ")]
            if rejected:  # said out loud: a refactor that breaks extraction shows here, not as a diff
                print(f"{name}: {len(rejected)} documents rejected, e.g. {rejected[0]}", file=sys.stderr)
            exported = Path(work) / "export.jsonl"
            subprocess.run([str(DIPLOGRAPH), "export", "--store", str(store), "-o", str(exported)], check=True)
            lines = sorted(exported.read_text(encoding="utf-8").splitlines())
        (out / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        if name == "wh-briefings":
            listed = [str(p.relative_to(SHARED)) for p in paths]
            (out / "wh-briefings.files").write_text("\n".join(listed) + "\n", encoding="utf-8")
        print(f"{name}: {len(lines):,} lines -> {out / (name + '.jsonl')}")


def _normalised(path: Path, ignore_versions: bool) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    if ignore_versions:
        lines = [_RULE.sub(r'\1N"', _PIPELINE.sub(r'\1N"', line)) for line in lines]
    return sorted(lines)


def _label(line: str) -> str:
    if not line.strip():
        return "(empty line)"
    record = json.loads(line)
    props = record.get("properties", {})
    if record["type"] == "node":
        return f"node {record['id']}"
    where = f"{props.get('doc_id')} [{props.get('start')}:{props.get('end')}]"
    return f"{record['label']} {record['start']['id']} -> {record['end']['id']} {where} {props.get('extractor')}"


def diff(before: Path, after: Path, ignore_versions: bool, show: int) -> int:
    names = sorted({p.stem for p in before.glob("*.jsonl")} | {p.stem for p in after.glob("*.jsonl")})
    status = 0
    for name in names:
        a, b = before / f"{name}.jsonl", after / f"{name}.jsonl"
        if not (a.exists() and b.exists()):
            print(f"{name}: only in {'after' if b.exists() else 'before'}")
            status = 1
            continue
        files_a, files_b = a.with_suffix(".files"), b.with_suffix(".files")
        if files_a.exists() and files_b.exists() and files_a.read_text() != files_b.read_text():
            print(f"{name}: the snapshots read different files (--wh-docs or --seed differ)")
            status = 1
        old, new = _normalised(a, ignore_versions), _normalised(b, ignore_versions)
        gone, added = sorted(set(old) - set(new)), sorted(set(new) - set(old))
        if not gone and not added and len(old) == len(new):
            print(f"{name}: identical ({len(old):,} lines)")
            continue
        status = 1
        print(f"{name}: {len(gone)} lines only before, {len(added)} only after (of {len(old):,} / {len(new):,})")
        for sign, lines in (("-", gone), ("+", added)):
            for line in lines[:show]:
                print(f"  {sign} {_label(line)}")
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="compare-exports", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    snap = sub.add_parser("snapshot", help="ingest the fixed corpora and write their sorted exports to DIR")
    snap.add_argument("out", type=Path)
    snap.add_argument("--wh-docs", type=int, default=300, help="White House documents in the sample (0: none)")
    snap.add_argument("--seed", type=int, default=11, help="seed of the sample")
    snap.add_argument("--processes", type=int, default=2)
    cmp = sub.add_parser("diff", help="compare two snapshots; exit 1 on any difference")
    cmp.add_argument("before", type=Path)
    cmp.add_argument("after", type=Path)
    cmp.add_argument("--ignore-versions", action="store_true", help="blank the pipeline and rule versions")
    cmp.add_argument("--show", type=int, default=10, help="differing lines shown per side and corpus")
    args = parser.parse_args(argv)
    if args.command == "snapshot":
        snapshot(args.out, args.wh_docs, args.seed, args.processes)
        return 0
    return diff(args.before, args.after, args.ignore_versions, args.show)


if __name__ == "__main__":
    sys.exit(main())
