"""Extraction on Ray (``diplograph ingest --engine ray``): a local Ray with two workers reads the
seeds, and the graph it writes is the single-process ingest's, line for line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import main
from diplograph.connect import open_store
from diplograph.extract.pipeline import build_extractor
from diplograph.graph.stores import export_line
from diplograph.ingest import ingest

ray = pytest.importorskip("ray")

pytestmark = [pytest.mark.nlp, pytest.mark.slow]


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    """Two workers, as a laptop would run it; started here so the CLI joins it instead."""
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def exported(path: Path) -> list[str]:
    with open_store(str(path)) as store:
        return sorted(export_line(obj) for obj in store.export())


def test_ray_ingest_writes_the_single_process_graph(local_ray: None, seeds_dir: Path, tmp_path: Path) -> None:
    with open_store(str(tmp_path / "one")) as store:
        single = ingest([seeds_dir], store, build_extractor())
    result = CliRunner().invoke(
        main,
        ["ingest", str(seeds_dir), "--engine", "ray", "--processes", "2", "--store", str(tmp_path / "ray"), "--json"],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["created"] == single.created > 0
    assert report["claims_by_type"] == dict(sorted(single.claims_by_type.items()))
    ray_lines = exported(tmp_path / "ray")
    assert ray_lines == exported(tmp_path / "one")
    assert sum('"type":"relationship"' in line for line in ray_lines) == single.relationships


def test_address_needs_the_ray_engine(seeds_dir: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["ingest", str(seeds_dir), "--address", "ray://127.0.0.1:10001"])
    assert result.exit_code == 2
    assert "--engine ray" in result.output
