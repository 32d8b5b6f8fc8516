"""Exports for other tools and the Python API, used as their users use them: GraphML opened by
networkx, CSV by pandas, Parquet by pyarrow, and ``import diplograph`` in a fresh interpreter."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import diplograph
from diplograph.cli import main
from diplograph.connect import open_store
from diplograph.graph.stores import StoreStats

from .fixtures.sample_graph import load_sample

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, StoreStats]]:
    """A closed embedded store holding the sample graph, and its counts."""
    url = str(tmp_path_factory.mktemp("exports") / "store")
    with open_store(url) as store:
        load_sample(store)
        stats = store.stats()
    yield url, stats


def export(url: str, *args: str) -> None:
    result = CliRunner().invoke(main, ["export", *args, "--store", url], catch_exceptions=False)
    assert result.exit_code == 0, result.output


def test_graphml_opens_in_networkx(sample_store: tuple[str, StoreStats], tmp_path: Path) -> None:
    import networkx as nx

    url, stats = sample_store
    export(url, "--format", "graphml", "-o", str(tmp_path / "graph.graphml"))
    G = nx.read_graphml(tmp_path / "graph.graphml")
    assert G.is_directed() and G.is_multigraph()
    assert (G.number_of_nodes(), G.number_of_edges()) == (stats.node_count, stats.relationship_count)
    china = G.nodes["state:CHN"]
    assert (china["label"], china["kind"], china["labels"]) == ("China", "State", "Actor:State")
    assert "中国" in json.loads(china["aliases"])
    votes = [(k, d) for _, t, k, d in G.edges("state:CHN", keys=True, data=True) if d["label"] == "ABSTAINS"]
    assert votes and all(k.startswith("c-") for k, _ in votes)
    _, vote = votes[0]
    assert vote["date_from"] <= vote["date_to"] and vote["date"].startswith(vote["date_from"][:4])
    assert isinstance(vote["start"], int) and isinstance(vote["confidence"], float)


def test_csv_tables_read_with_pandas(sample_store: tuple[str, StoreStats], tmp_path: Path) -> None:
    import pandas as pd

    url, stats = sample_store
    export(url, "--format", "csv", "-o", str(tmp_path / "tables"))
    present = {t: n for t, n in stats.relationships.items() if n}
    assert sorted(p.stem for p in (tmp_path / "tables").glob("*.csv")) == sorted(["nodes", *present])
    nodes = pd.read_csv(tmp_path / "tables" / "nodes.csv")
    assert len(nodes) == stats.node_count and list(nodes.columns[:3]) == ["id", "kind", "labels"]
    for rel_type, count in present.items():
        table = pd.read_csv(tmp_path / "tables" / f"{rel_type}.csv")
        assert len(table) == count and list(table.columns[:3]) == ["key", "source", "target"], rel_type
        assert table["key"].is_unique and set(table["source"]) <= set(nodes["id"]), rel_type
    abstains = pd.read_csv(tmp_path / "tables" / "ABSTAINS.csv", parse_dates=["date_from", "date_to"])
    dated = abstains.dropna(subset=["date"])
    assert (dated["date_from"] <= dated["date_to"]).all() and len(dated) > 0


def test_parquet_tables_keep_types(sample_store: tuple[str, StoreStats], tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    url, stats = sample_store
    export(url, "--format", "parquet", "-o", str(tmp_path / "tables"))
    nodes = pq.read_table(tmp_path / "tables" / "nodes.parquet")
    assert nodes.num_rows == stats.node_count
    supports = pq.read_table(tmp_path / "tables" / "SUPPORTS.parquet")
    assert supports.num_rows == stats.relationships["SUPPORTS"]
    schema = supports.schema
    assert schema.field("date_from").type == pa.date32() and schema.field("date_to").type == pa.date32()
    assert schema.field("start").type == pa.int64() and schema.field("confidence").type == pa.float64()
    assert schema.field("evidence").type == pa.string()


def test_table_formats_need_a_folder(sample_store: tuple[str, StoreStats]) -> None:
    result = CliRunner().invoke(main, ["export", "--format", "csv", "--store", sample_store[0]])
    assert result.exit_code == 2 and "-o DIR" in result.output


def test_the_library_surface() -> None:
    """Like httpx's test_exported_members: what ``__all__`` promises exists, is documented, and
    nothing else public sits at the top level but the sub-packages."""
    assert sorted(diplograph.__all__) == [
        "GraphStore",
        "QueryResult",
        "open_store",
        "to_dataframes",
        "to_networkx",
        "write_csv",
        "write_graphml",
        "write_parquet",
    ]
    for name in diplograph.__all__:
        member = getattr(diplograph, name)
        assert member.__doc__, f"diplograph.{name} is undocumented"
    public = {n for n in dir(diplograph) if not n.startswith("_") and n != "annotations"}  # __future__
    subpackages = {n for n in public if type(getattr(diplograph, n)).__name__ == "module"}
    assert public - subpackages == set(diplograph.__all__)


def test_to_networkx_and_to_dataframes_agree_with_the_store(sample_store: tuple[str, StoreStats]) -> None:
    url, stats = sample_store
    with diplograph.open_store(url) as store:
        G = diplograph.to_networkx(store)
        tables = diplograph.to_dataframes(store)
    assert (G.number_of_nodes(), G.number_of_edges()) == (stats.node_count, stats.relationship_count)
    assert len(tables["nodes"]) == stats.node_count
    assert {t: len(df) for t, df in tables.items() if t != "nodes"} == {
        t: n for t, n in stats.relationships.items() if n
    }
    first = tables["ABSTAINS"].dropna(subset=["date_from"]).iloc[0]
    assert isinstance(first["date_from"], dt.date)
    edge = next(d for _, _, d in G.edges(data=True) if d["type"] == "ABSTAINS" and d.get("date_from"))
    assert isinstance(edge["date_from"], dt.date)


def test_readme_example_runs_as_a_user_would(sample_store: tuple[str, StoreStats], tmp_path: Path) -> None:
    """The README's Python example, run by a fresh interpreter outside the repository."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"### Python\n.*?```python\n(.*?)```", readme, re.DOTALL)
    assert example, "the README has no Python example"
    script = tmp_path / "example.py"
    script.write_text(example.group(1), encoding="utf-8")
    env = {**os.environ, "DIPLOGRAPH_STORE": sample_store[0]}
    done = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "'state'" in lines[0] and "'resolution'" in lines[0]
    assert lines[1] == f"{sample_store[1].node_count} {sample_store[1].relationship_count}"
    assert "source" in lines[2] and "evidence" in lines[2]  # the head of the SUPPORTS table
