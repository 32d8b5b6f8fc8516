"""Write the probe's malformed folder: good documents mixed with every kind of bad input (issue 15).

    python bench/malformed_folder.py DIR [--bad 980] [--good 20]

then time ``diplograph ingest DIR`` against a store: it should exit 1 by itself, print one reject
line per bad item and no traceback, and store every good document. The test suite builds a small
version of the same folder (tests/probe/).

Every case is generated here, none is a stored binary. The bad ones cycle through ``CASES``; the
good ones are short English texts the extractor reads claims from.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path

ALIAS_BOMB = (
    "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
    "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
    "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n"
)
BODY = "China supports Russia.\n"


def _md(front: str, body: str = BODY) -> bytes:
    return f"---\n{front}\n---\n{body}".encode("utf-8", "surrogatepass")


#: bad front matter, one file each (name stem, content)
FRONT_MATTER: list[tuple[str, bytes]] = [
    ("alias-bomb", _md(ALIAS_BOMB)),
    ("deep-nesting", _md("a: " + "[" * 500 + "]" * 500)),
    ("timestamp-tag", _md("date: !!timestamp x")),
    ("python-tag", _md("title: !!python/object/apply:os.system ['true']")),
    ("surrogate", _md('title: "\\uD800"')),
    ("backtick-key", _md("'`x': 1")),
    ("empty-key", _md("'': 1")),
    ("int-key", _md("1: one")),
    ("huge-int", _md("n: 123456789012345678901234567890")),
    ("front-id", _md("id: doc:someone-else")),
    ("front-text", _md("text: replaced")),
    ("date-0000", _md("date: '0000'")),
    ("date-month-13", _md("date: 2022-13")),
    ("date-month-0", _md("date: 2022-00")),
    ("date-99999", _md("date: 99999")),
    ("date-20220101", _md("date: 20220101")),
    ("date-feb-30", _md("date: 2022-02-30")),
    ("many-keys", _md("\n".join(f"k{i}: {i}" for i in range(4000)))),
    ("long-list", _md("tags: [" + ", ".join("x" for _ in range(5000)) + "]")),
    ("big-front", _md("x: '" + "y" * 70_000 + "'")),
    ("nan", _md("n: .nan")),
    ("nested-map", _md("meta: {a: {b: 1}}")),
    ("control-char", _md('note: "a\\x07b"')),
    ("nul-escape", _md('note: "a\\0b"')),
    ("title-map", _md("title: {a: 1}")),
    ("languages-int", _md("languages: 5")),
    ("unterminated", b"---\ntitle: no end\n\nChina supports Russia.\n"),
    ("list-front", _md("- a\n- b")),
    ("bad-yaml", _md("title: [unclosed")),
    ("nothing-after", _md("title: x", body="  \n")),
]
#: bad bytes, in .txt files
BYTES: list[tuple[str, bytes]] = [
    ("empty", b""),
    ("whitespace", b"   \n\t\n"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
    ("late-nul", b"China supports Russia. " * 50 + b"\x00"),
    ("latin1", "Ürümqi and São Paulo".encode("latin-1")),
    ("lone-continuation", b"China \x80 Russia"),
]


def _special(kind: str) -> Callable[[Path], None]:
    """Items that are not regular files inside the folder."""

    def make(path: Path) -> None:
        if kind == "fifo":
            os.mkfifo(path)
        elif kind == "dangling":
            path.symlink_to(path.with_name(path.name + ".nowhere"))
        elif kind == "loop":
            path.symlink_to(path)
        elif kind == "outside":
            path.symlink_to("/etc/hostname")
        elif kind == "outside-dir":
            path.symlink_to("/etc", target_is_directory=True)
        elif kind == "proc":
            path.symlink_to("/proc/self/environ")
        elif kind == "oversize":
            with path.open("wb") as f:  # sparse: large on paper, nothing on disk
                f.truncate(9 * 2**20)

    return make


SPECIAL = ["fifo", "dangling", "loop", "outside", "outside-dir", "proc", "oversize"]
#: odd names for some of the bad files: a newline, a terminal escape, a bidi override
ODD_NAMES = ["new\nline", "esc\x1b[31mred", "bidi\u202etxt"]


def good_text(i: int) -> str:
    year = 2015 + i % 10
    pairs = [("China", "Russia"), ("India", "Canada"), ("Russia", "Iran"), ("France", "Germany")]
    a, b = pairs[i % len(pairs)]
    return (
        f"---\ntitle: Good document {i}\ndate: {year}-0{1 + i % 9}-1{i % 10}\n---\n"
        f"{a} supports {b}. In {year}, the foreign minister of {a} visited {b} (report {i}).\n"
    )


def write_folder(root: Path, *, bad: int = 100, good: int = 20) -> dict[str, int]:
    """Write ``good`` good documents and ``bad`` bad items into ``root``; return the counts."""
    root.mkdir(parents=True, exist_ok=True)
    for i in range(good):
        (root / f"good-{i:04d}.md").write_text(good_text(i), encoding="utf-8")
    cases: list[tuple[str, str, object]] = (
        [("md", stem, content) for stem, content in FRONT_MATTER]
        + [("txt", stem, content) for stem, content in BYTES]
        + [("txt", kind, _special(kind)) for kind in SPECIAL]
    )
    for i in range(bad):
        suffix, stem, content = cases[i % len(cases)]
        prefix = ODD_NAMES[i % len(ODD_NAMES)] if i % 17 == 5 else "bad"
        path = root / f"{prefix}-{i:04d}-{stem}.{suffix if stem != 'outside-dir' else 'd'}"
        if callable(content):
            content(path)
        else:
            path.write_bytes(content)  # type: ignore[arg-type]
    return {"good": good, "bad": bad}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--bad", type=int, default=980)
    parser.add_argument("--good", type=int, default=20)
    args = parser.parse_args()
    print(write_folder(args.folder, bad=args.bad, good=args.good))


if __name__ == "__main__":
    main()
