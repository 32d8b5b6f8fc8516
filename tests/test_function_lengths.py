"""scripts/function_lengths.py, the length half of scripts/check: what it counts and what it lets pass."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("function_lengths", ROOT / "scripts" / "function_lengths.py")
assert spec and spec.loader
function_lengths = importlib.util.module_from_spec(spec)
spec.loader.exec_module(function_lengths)


def test_lengths_count_def_to_end_without_the_docstring(tmp_path: Path) -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(59))
    source = (
        f'def long():\n    """Says\n    what."""\n{body}\n    return x0\n\n\n'
        "class K:\n    def short(self):  # length: a reason\n        return 1\n"
    )
    path = tmp_path / "m.py"
    path.write_text(source)
    found = {name: (length, line) for _, name, length, line in function_lengths.lengths(path)}
    assert found["long"][0] == 61  # def + 59 assignments + return; the 2-line docstring aside
    assert found["K.short"][0] == 2 and "# length:" in found["K.short"][1]


def test_the_tree_passes_with_extract_left_to_its_split() -> None:
    assert function_lengths.main([]) == 0
