"""Functions longer than the limit, which ruff has no rule for (its statement count misses long
expressions and literal tables): part of scripts/check.

    .venv/bin/python scripts/function_lengths.py            # exit 1 and list the offenders
    .venv/bin/python scripts/function_lengths.py --all      # every function over the limit, ignores aside

A function's length is its lines from ``def`` to its last line, its docstring aside (what it says
is not what it does). The limit and the paths left out are ``[tool.diplograph.function-length]``
in pyproject.toml; a function over the limit that must stay so says why on its ``def`` line with
``# length: <why>``.
"""

from __future__ import annotations

import argparse
import ast
import fnmatch
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def docstring_lines(node: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    first = node.body[0]
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
        return (first.end_lineno or first.lineno) - first.lineno + 1
    return 0


def lengths(path: Path) -> list[tuple[int, str, int, str]]:
    """(line, qualified name, length, the def line's text) of every function in ``path``."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    out = []

    def walk(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (child.end_lineno or child.lineno) - child.lineno + 1 - docstring_lines(child)
                out.append((child.lineno, prefix + child.name, length, lines[child.lineno - 1]))
                walk(child, f"{prefix}{child.name}.")
            elif isinstance(child, ast.ClassDef):
                walk(child, f"{prefix}{child.name}.")

    walk(ast.parse(text, filename=str(path)), "")
    return out


def python_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "*.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return [ROOT / name for name in sorted(listed) if (ROOT / name).is_file()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="ignore the configured exclusions and markers")
    args = parser.parse_args(argv)
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["diplograph"]["function-length"]
    limit, excluded = int(config["max-lines"]), list(config.get("exclude", []))
    offenders = []
    for path in python_files():
        name = path.relative_to(ROOT).as_posix()
        if not args.all and any(fnmatch.fnmatch(name, pattern) for pattern in excluded):
            continue
        for line, qualname, length, def_line in lengths(path):
            if length > limit and (args.all or "# length:" not in def_line):
                offenders.append(f"{name}:{line}: {qualname} is {length} lines (> {limit})")
    print("\n".join(offenders) or f"function lengths: none over {limit} lines")
    return 1 if offenders else 0


if __name__ == "__main__":
    sys.exit(main())
