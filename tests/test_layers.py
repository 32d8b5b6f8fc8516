"""Each layer imports only what its package docstring allows (extract/ aside: issue 11 splits it).

Relative imports stay inside their package; absolute ``diplograph.*`` imports, at the top or
inside functions, are checked against the rules below.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# folder -> the diplograph.* names its modules may import (besides their own package)
ALLOWED = {
    "ground": set(),
    "graph": {"diplograph.ground"},
    "cypher": {"diplograph.ground", "diplograph.graph"},
    "api": {
        "diplograph.ground",
        "diplograph.graph",
        "diplograph.extract",
        "diplograph.cypher",
        "diplograph.connect",
    },
}
OWN = {
    "ground": "diplograph.ground",
    "graph": "diplograph.graph",
    "cypher": "diplograph.cypher",
    "api": "diplograph.api",
}


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and not node.level and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return {n for n in names if n == "diplograph" or n.startswith("diplograph.")}


@pytest.mark.parametrize("folder", sorted(ALLOWED))
def test_a_layer_imports_only_what_it_may(folder: str) -> None:
    allowed = ALLOWED[folder] | {OWN[folder]}
    wrong = sorted(
        f"{path.relative_to(ROOT)}: {name}"
        for path in (ROOT / folder).rglob("*.py")
        for name in imported(path)
        if not any(name == a or name.startswith(a + ".") for a in allowed)
    )
    assert wrong == []
