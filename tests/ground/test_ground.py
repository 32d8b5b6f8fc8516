"""The ground (settings and errors) loads alone: it imports nothing of ours, and importing it
does not drag the graph, extraction or API layers in through ``diplograph/__init__``."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import diplograph
import diplograph.ground

GROUND = Path(diplograph.ground.__file__).parent


def test_ground_modules_import_only_the_standard_library_and_third_parties():
    ours = []
    for path in sorted(GROUND.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("diplograph")):
                ours.append(f"{path.name}: from {'.' * node.level}{node.module or ''}")
            elif isinstance(node, ast.Import):
                ours += [f"{path.name}: import {a.name}" for a in node.names if a.name.startswith("diplograph")]
    assert ours == []


def test_importing_the_ground_loads_no_other_layer():
    code = (
        "import sys, diplograph.ground.config, diplograph.ground.errors\n"
        "print(sorted(m for m in sys.modules if m.startswith('diplograph.') and not m.startswith('diplograph.ground')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_library_surface_still_answers_from_the_package():
    from diplograph import GraphStore, open_store, to_networkx

    assert callable(open_store) and callable(to_networkx) and isinstance(GraphStore, type)
    assert set(diplograph.__all__) <= set(dir(diplograph))
