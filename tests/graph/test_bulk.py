"""The neo4j-admin CSV writer, read back as files (the import itself: tests/test_neo4j_import.py)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from diplograph.graph.bulk import ARRAY_DELIMITER, BulkManifest, BulkWriter, csv_type, csv_value
from diplograph.graph.bulk_columns import column_type, write_columns
from diplograph.ground.errors import WriteError

from .conftest import build_batch


def rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def header(root: Path, entry: dict) -> list[str]:
    return rows(root / entry["header"])[0]


def test_values_are_typed_and_quoted_so_empty_strings_survive() -> None:
    assert [csv_type(v) for v in ("a", 3, 0.5, True, ["x"], [1], [], [2.5])] == [
        "string",
        "long",
        "double",
        "boolean",
        "string[]",
        "long[]",
        "string[]",
        "double[]",
    ]
    assert csv_value('He said "no", twice\n') == '"He said ""no"", twice\n"'
    assert csv_value("") == '""'  # an empty string, where an empty field is no property
    assert csv_value(None) == ""
    assert csv_value(0.1 + 0.2) == "0.30000000000000004"  # repr: the double comes back exact
    assert csv_value(["a", "b;c"]) == f'"a{ARRAY_DELIMITER}b;c"'
    with pytest.raises(WriteError, match="U\\+001F"):
        csv_value([f"a{ARRAY_DELIMITER}b"])
    with pytest.raises(WriteError):
        csv_value(float("nan"))


def test_nodes_merge_across_documents_as_the_store_merges_them(tmp_path: Path) -> None:
    first = build_batch(
        "doc:a",
        [("SUPPORTS", "state:CHN", "state:RUS")],
        node_props={"state:CHN": {"aliases": ["China", "PRC"], "iso": "CN"}},
        doc_props={"aliases": ["not kept"]},
    )
    second = build_batch(
        "doc:b",
        [("OPPOSES", "state:CHN", "state:USA")],
        node_props={"state:CHN": {"aliases": ["中国", "China"], "iso": "CHN"}},
    )
    with BulkWriter(tmp_path / "bulk") as writer:
        assert writer.document_state("doc:a") is None  # an import target starts empty
        assert writer.write_document(first).status == "created"
        writer.write_document(second)
    manifest = BulkManifest.read(tmp_path / "bulk")
    root = manifest.root
    states = next(e for e in manifest.nodes if e["labels"] == ["Actor", "State"])
    cols = header(root, states)
    assert cols[0] == "id:ID" and "aliases:string[]" in cols and "name:string" in cols
    by_id = {r[0]: dict(zip(cols, r, strict=False)) for r in rows(root / states["files"][0])}
    china = by_id["state:CHN"]
    assert china["iso:string"] == "CHN"  # the later document's value wins, as with SET n += props
    assert china["aliases:string[]"].split(ARRAY_DELIMITER) == ["China", "PRC", "中国"]  # accumulated, once each
    # RUS and USA have no aliases: the store writes [] there, which the CSV cannot say, so it is noted
    assert sorted(manifest.empty_lists["nodes"]["Actor"]["aliases"]) == ["state:RUS", "state:USA"]
    documents = next(e for e in manifest.nodes if e["labels"] == ["Document"])
    assert "aliases:string[]" not in header(root, documents)  # SET n = props drops a Document's aliases
    assert manifest.node_count == 5 and manifest.relationship_count == 2 + 2 + 2  # claims and MENTIONS


def test_one_file_per_type_with_columns_added_as_they_appear(tmp_path: Path) -> None:
    plain = build_batch("doc:a", [("SUPPORTS", "state:CHN", "state:RUS")])
    tallied = build_batch("doc:b", [("SUPPORTS", "state:CHN", "state:USA", {"attrs": {"scope": "all", "yes": 3}})])
    retyped = build_batch("doc:c", [("SUPPORTS", "state:CHN", "state:FRA", {"attrs": {"yes": "three"}})])
    with BulkWriter(tmp_path / "bulk") as writer:
        writer.add_all([plain, tallied, retyped])
    manifest = BulkManifest.read(tmp_path / "bulk")
    parts = [e for e in manifest.relationships if e["type"] == "SUPPORTS"]
    assert len(parts) == 2  # one file; a second only because 'yes' changed type
    first, second = parts
    cols = header(manifest.root, first)
    assert cols[:3] == [":START_ID", ":END_ID", "key:string"]
    assert {"start:long", "end:long", "confidence:double", "scope:string", "yes:long"} <= set(cols)
    data = rows(manifest.root / first["files"][0])
    assert len(data[0]) < len(cols) == len(data[1])  # the earlier row ends before the new columns
    assert "yes:string" in header(manifest.root, second)
    args = (manifest.root / "import.args").read_text().splitlines()
    assert "--array-delimiter=U+001F" in args and "--multiline-fields=true" in args
    assert f"--relationships=SUPPORTS={first['header']},{first['files'][0]}" in args


def test_a_document_twice_and_a_foreign_directory_are_refused(tmp_path: Path) -> None:
    batch = build_batch("doc:a", [("SUPPORTS", "state:CHN", "state:RUS")])
    writer = BulkWriter(tmp_path / "bulk")
    writer.add(batch)
    with pytest.raises(WriteError, match="written twice"):
        writer.add(batch)
    writer.close()
    assert json.loads((tmp_path / "bulk" / "import.json").read_text())["format"].startswith("diplograph")
    BulkWriter(tmp_path / "bulk").close()  # a bulk directory is rewritten
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "keep.txt").write_text("mine")
    with pytest.raises(WriteError, match="not a bulk directory"):
        BulkWriter(tmp_path / "other")
    assert (tmp_path / "other" / "keep.txt").exists()
    with pytest.raises(WriteError, match=r"no import\.json"):
        BulkManifest.read(tmp_path / "other")


def test_a_failed_run_leaves_no_manifest(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), BulkWriter(tmp_path / "bulk") as writer:
        writer.add(build_batch("doc:a", [("SUPPORTS", "state:CHN", "state:RUS")]))
        raise RuntimeError("extraction stopped")
    assert not (tmp_path / "bulk" / "import.json").exists()


AWKWARD_VALUES = {
    "string": [
        'He said "no", twice\n',
        "",
        '"',
        "a,b;c\r\nd",
        f"unit{ARRAY_DELIMITER}separator in a plain string",
        "中国 abstained — ünïcode",
        " padded ",
    ],
    "long": [0, -1, 2**62, 141],
    "double": [0.1 + 0.2, 1e16, 1e-7, -0.0, 123456789.0, 0.5, 5e-324],
    "boolean": [True, False],
    "date": [dt.date(2022, 3, 2), dt.date(1, 1, 1)],
    "string[]": [["中国", 'the "PRC"', "a,b"], [""], ["one"]],
    "long[]": [[141, 5, 35], [-1]],
    "double[]": [[0.5, 1.25], [0.1 + 0.2]],
    "boolean[]": [[True, False]],
}


@pytest.mark.parametrize("kind", sorted(AWKWARD_VALUES))
def test_the_columns_writer_writes_each_value_as_csv_value_does(kind: str) -> None:
    """Arrow's CSV writer, which writes the relationships, against the row writer's csv_value:
    the same text (strings quoted, quotes doubled, newlines kept inside the quotes), doubles the
    same number (Arrow drops a trailing '.0'), a null an empty field, never '\"\"'."""
    values = [*AWKWARD_VALUES[kind], None]
    assert column_type(values) == kind
    handle = io.BytesIO()
    longest = write_columns(handle, [[f"n{i}" for i in range(len(values))]], [(kind, values)], len(values))
    written = handle.getvalue().decode("utf-8")
    expected = "".join(f"{csv_value(f'n{i}')},{csv_value(v)}\n" for i, v in enumerate(values))
    if kind != "double":
        assert written == expected
    else:
        lines = written.splitlines()
        assert [float(line.split(",")[1]) for line in lines[:-1]] == values[:-1]
        assert lines[-1] == '"n7",'
    texts = [csv_value(v) for v in ["n0", *values] if isinstance(v, (str, list))]  # the read buffer's measure
    assert longest == max(map(len, texts))


def test_the_columns_writer_refuses_what_the_row_writer_refuses() -> None:
    for kind, values in [("double", [1.0, float("inf")]), ("double[]", [[float("nan")]])]:
        with pytest.raises(WriteError):
            write_columns(io.BytesIO(), [["a", "b"]], [(kind, values)], 2)
    with pytest.raises(WriteError, match="U\\+001F"):
        write_columns(io.BytesIO(), [["a"]], [("string[]", [[f"a{ARRAY_DELIMITER}b"]])], 1)
    assert column_type([1, "one"]) is None and column_type([True, 1]) is None  # two types: row by row


def test_relationships_written_a_chunk_at_a_time_are_the_rows_written_at_once(tmp_path: Path) -> None:
    """Chunks of one relationship: a property first seen in a later chunk becomes a new last
    column, the earlier rows end before it; empty lists are noted, never written."""
    batches = [
        build_batch("doc:a", [("SUPPORTS", "state:CHN", "state:RUS")]),
        build_batch("doc:b", [("SUPPORTS", "state:CHN", "state:USA", {"attrs": {"scope": 'all "P5"', "forms": []}})]),
        build_batch("doc:c", [("SUPPORTS", "state:CHN", "state:FRA", {"attrs": {"forms": ["a", "b"]}})]),
    ]
    tables = {}
    for chunk_rows in (1, 1000):
        with BulkWriter(tmp_path / f"bulk-{chunk_rows}", chunk_rows=chunk_rows) as writer:
            writer.add_all(batches)
        manifest = BulkManifest.read(tmp_path / f"bulk-{chunk_rows}")
        (part,) = [e for e in manifest.relationships if e["type"] == "SUPPORTS"]
        cols = header(manifest.root, part)
        data = rows(manifest.root / part["files"][0])
        # the properties each row holds (an empty field is none; "" is tested above)
        held = [{c: v for c, v in zip(cols, row, strict=False) if v} for row in data]
        tables[chunk_rows] = held, manifest.empty_lists
        if chunk_rows == 1:
            assert len(data[0]) < len(cols)  # written before 'scope' and 'forms' were seen
    assert tables[1] == tables[1000]
    parsed, empty = tables[1]
    assert parsed[1]["scope:string"] == 'all "P5"' and parsed[2]["forms:string[]"] == f"a{ARRAY_DELIMITER}b"
    assert empty["relationships"]["SUPPORTS"]["forms"] == [batches[1].relationships[0].key]
    assert "forms:string[]" not in parsed[1]
