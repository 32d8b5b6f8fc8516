"""An export loaded into the other store gives back the same export (graph/transfer.py, `diplograph import`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import main
from diplograph.graph.stores import GraphStore, export_line
from diplograph.graph.transfer import batches_from_export

from ..fixtures.sample_graph import load_sample


def _lines(store: GraphStore) -> list[str]:
    return sorted(export_line(obj) for obj in store.export())


@pytest.mark.neo4j
def test_export_from_one_store_imports_into_the_other(embedded_store: GraphStore, neo4j_store: GraphStore) -> None:
    for source, target in ((embedded_store, neo4j_store), (neo4j_store, embedded_store)):
        source.wipe()
        target.wipe()
        load_sample(source)
        before = _lines(source)
        for batch in batches_from_export(before):
            target.write_document(batch)
        assert _lines(target) == before
        # a second import changes nothing and writes nothing
        assert {target.write_document(b).status for b in batches_from_export(before)} == {"unchanged"}


def test_the_import_command_reports_bad_lines(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        json.dumps({"type": "node", "id": "state:CHN", "labels": ["Actor", "State"], "properties": {"name": "China"}})
        + "\nnot json\n"
    )
    result = CliRunner().invoke(main, ["import", str(bad), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1
    assert "line 2: not JSON" in result.output
