"""Extraction on Ray (``diplograph ingest --engine ray``): a local Ray with two workers reads the
seeds, and the graph it writes is the single-process ingest's, line for line.

The Ray ingest runs as a user runs it, the installed command in its own process, which starts a
local Ray and stops it at exit. Ray is never started inside pytest: a Ray driver whose raylet dies
is ended by Ray itself, and inside pytest that would end the whole test session with no report.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import main
from diplograph.connect import open_store
from diplograph.extract.pipeline import build_extractor
from diplograph.graph.stores import export_line
from diplograph.ingest import ingest

pytest.importorskip("ray")

pytestmark = [pytest.mark.nlp, pytest.mark.slow]

#: where a local Ray keeps the logs of its last session (Ray's default temp dir)
RAY_SESSION_LOGS = Path("/tmp/ray/session_latest/logs")


def exported(path: Path) -> list[str]:
    with open_store(str(path)) as store:
        return sorted(export_line(obj) for obj in store.export())


def _ray_logs_tail(lines: int = 30) -> str:
    """The end of the local Ray's own error logs, for a failure message that says what Ray saw."""
    parts = []
    for log in sorted(RAY_SESSION_LOGS.glob("*.err")) + sorted(RAY_SESSION_LOGS.glob("raylet*.out")):
        tail = log.read_text(errors="replace").splitlines()[-lines:]
        if tail:
            parts.append(f"--- {log.name}\n" + "\n".join(tail))
    return "\n".join(parts) or f"(no Ray logs under {RAY_SESSION_LOGS})"


def test_ray_ingest_writes_the_single_process_graph(seeds_dir: Path, tmp_path: Path) -> None:
    with open_store(str(tmp_path / "one")) as store:
        single = ingest([seeds_dir], store, build_extractor())
    exe = Path(sys.executable).with_name("diplograph")
    command = [str(exe), "ingest", str(seeds_dir), "--engine", "ray", "--processes", "2"]
    done = subprocess.run(
        [*command, "--store", str(tmp_path / "ray"), "--json"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, f"{done.stderr[-3000:]}\n{_ray_logs_tail()}"
    report = json.loads(done.stdout)
    assert report["created"] == single.created > 0
    assert report["claims_by_type"] == dict(sorted(single.claims_by_type.items()))
    ray_lines = exported(tmp_path / "ray")
    assert ray_lines == exported(tmp_path / "one")
    assert sum('"type":"relationship"' in line for line in ray_lines) == single.relationships


def test_address_needs_the_ray_engine(seeds_dir: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["ingest", str(seeds_dir), "--address", "ray://127.0.0.1:10001"])
    assert result.exit_code == 2
    assert "--engine ray" in result.output
