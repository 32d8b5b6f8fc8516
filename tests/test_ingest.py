"""Ingest end to end on real files and both real stores: bad input is reported, never fatal;
re-ingesting is idempotent; a changed file replaces its own claims and nothing else."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from diplograph.cli import main
from diplograph.connect import open_store
from diplograph.extract.document import document_node
from diplograph.extract.loaders import SourceDocument
from diplograph.graph.models import GraphBatch, Node, Relationship, claim_key, mention_key
from diplograph.graph.stores import GraphStore, export_line
from diplograph.ingest import Extraction, IngestReport, ingest

# -- a tiny extractor: a test double for the Extractor protocol -------------------------------------

STATES = {
    "China": "CHN",
    "Russia": "RUS",
    "India": "IND",
    "Ukraine": "UKR",
    "Belarus": "BLR",
    "Iran": "IRN",
    "USA": "USA",
}
_NAME = "|".join(STATES)
SENTENCE = re.compile(rf"\b({_NAME}) (supports|opposes|sanctions) ({_NAME})\.")


class ManyMixin:
    """``extract_many`` as the real extractor offers it: one Extraction or Exception per source."""

    def extract_many(self, sources: Iterable[SourceDocument]) -> Iterator[Extraction | Exception]:
        for source in sources:
            try:
                yield self.extract(source)  # type: ignore[attr-defined]
            except Exception as exc:
                yield exc


class TinyExtractor(ManyMixin):
    """Reads 'China supports Russia.' sentences as claims, with real offsets and provenance."""

    version = "tiny-test.v1"

    def __init__(self, broken: set[str] | None = None, crash: set[str] | None = None) -> None:
        self.broken = broken or set()  # files whose batch the store will refuse at runtime
        self.crash = crash or set()  # files on which extraction itself raises

    def extract(self, source: SourceDocument) -> Extraction:
        if source.file in self.crash:
            raise RuntimeError(f"tiny extractor tripped on {source.file}")
        doc = source.doc_id
        nodes: dict[str, Node] = {}
        claims: dict[str, Relationship] = {}
        for m in SENTENCE.finditer(source.text):
            a, verb, b = m.groups()
            ida, idb = f"state:{STATES[a]}", f"state:{STATES[b]}"
            nodes.setdefault(ida, Node(id=ida, properties={"name": a, "aliases": [a]}))
            nodes.setdefault(idb, Node(id=idb, properties={"name": b, "aliases": [b]}))
            key = claim_key(doc, verb.upper(), ida, idb)
            claims[key] = Relationship(
                type=verb.upper(),
                source=ida,
                target=idb,
                key=key,
                doc_id=doc,
                evidence=m.group(0),
                start=m.start(),
                end=m.end(),
                lang="en",
                confidence=0.7,
                extractor=self.version,
                as_of=source.published,
            )
        rels = list(claims.values())
        if source.file in self.broken and rels:
            rels.append(
                Relationship.model_construct(**{**dict(rels[0]), "key": "c-broken", "attrs": {"map": {"a": 1}}})
            )
        mentions = [
            Relationship(type="MENTIONS", source=doc, target=n, key=mention_key(doc, n), doc_id=doc, count=1)
            for n in nodes
        ]
        batch_cls = GraphBatch.model_construct if source.file in self.broken else GraphBatch
        return Extraction(
            batch_cls(
                document=document_node(source, self.version), nodes=list(nodes.values()), relationships=rels + mentions
            )
        )


class DocumentsOnly(ManyMixin):
    """The Document node alone: ingest's behaviour without any extraction (a stable test double;
    the real NLP extractor has its own tests)."""

    version = "documents-only-test.v1"

    def extract(self, source: SourceDocument) -> Extraction:
        return Extraction(GraphBatch(document=document_node(source, self.version)))


def build_extractor(*_args: object, **_kw: object) -> DocumentsOnly:
    return DocumentsOnly()


@pytest.fixture
def cli_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """`diplograph ingest` in-process with the documents-only extractor (no spaCy load per call)."""
    import diplograph.extract.pipeline as pipeline

    monkeypatch.setattr(pipeline, "build_extractor", build_extractor)


def lines(store: GraphStore) -> set[str]:
    return {export_line(o) for o in store.export()}


def claims_of(store: GraphStore, doc_id: str) -> set[tuple[str, str, str, str]]:
    rows = store.read(
        "MATCH (a)-[r]->(b) WHERE r.doc_id = $d AND type(r) <> 'MENTIONS' RETURN type(r), a.id, b.id, r.evidence",
        {"d": doc_id},
    ).rows
    return {tuple(r) for r in rows}  # type: ignore[misc]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# -- a batch with every kind of bad input ---------------------------------------------------------

GOOD = {
    "good-1.txt": "China supports Russia.\nRussia opposes Ukraine.\n",
    "good-2.md": (
        "---\ntitle: Second good one\ndate: 2023-01-11\nsource_url: https://example.org/2\n---\n"
        "India supports Russia.\n"
    ),
    "sub/good-3.txt": "USA sanctions Iran.\n",
}


def bad_batch(root: Path) -> tuple[list[Path], dict[str, str]]:
    """A folder of good and bad files plus a missing path; returns (paths to ingest, file -> reason)."""
    folder = root / "in"
    for name, text in GOOD.items():
        write(folder / name, text)
    write(folder / "empty.txt", "")
    write(folder / "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x01")
    write(folder / "latin1.txt", "São Paulo".encode("latin-1"))
    with (folder / "huge.txt").open("wb") as f:
        f.truncate(50 * 10**6)  # sparse
    write(folder / "unterminated.md", "---\ntitle: never closed\n\nChina supports Russia.\n")
    write(folder / "bad-yaml.md", "---\ntitle: [unclosed\n---\nChina supports Russia.\n")
    write(folder / "yaml-list.md", "---\n- a\n- b\n---\nChina supports Russia.\n")
    write(
        folder / "manifest.json",
        json.dumps(
            [
                {"file": "good-1.txt", "title": "First good one", "published": "2022-03-02", "languages": ["en"]},
                {"file": "ghost.txt", "title": "Not there"},
            ]
        ),
    )
    expected = {
        "empty.txt": "empty file",
        "binary.txt": "binary file",
        "latin1.txt": "not valid UTF-8",
        "huge.txt": "over the 8.0 MiB limit",
        "unterminated.md": "without a closing '---'",
        "bad-yaml.md": "malformed front matter at line 2",
        "yaml-list.md": "expected key: value pairs, got a list",
        "ghost.txt": "manifest row for a file that does not exist",
        "missing.txt": "no such file or folder",
    }
    return [folder, root / "missing.txt"], expected


def check_rejections(rejected: list[tuple[str, str]], expected: dict[str, str]) -> None:
    assert len(rejected) == len(expected), rejected
    by_name = {Path(path).name: reason for path, reason in rejected}
    assert set(by_name) == set(expected)
    for name, fragment in expected.items():
        assert fragment in by_name[name], (name, by_name[name])


def test_bad_input_is_reported_one_line_each_and_the_rest_goes_in(store: GraphStore, tmp_path: Path) -> None:
    paths, expected = bad_batch(tmp_path)
    report = ingest(paths, store, TinyExtractor())
    check_rejections([(r.path, r.reason) for r in report.rejected], expected)
    assert all("\n" not in r.reason for r in report.rejected)
    assert (report.created, report.replaced, report.unchanged) == (3, 0, 0)
    assert report.relationships == 4 + 7  # claims + MENTIONS
    assert dict(report.claims_by_type) == {"SUPPORTS": 2, "OPPOSES": 1, "SANCTIONS": 1}
    docs = store.read("MATCH (d:Document) RETURN d.id, d.title, d.published, d.url ORDER BY d.id").rows
    assert docs == [
        ["doc:good-1", "First good one", "2022-03-02", None],
        ["doc:good-2", "Second good one", "2023-01-11", "https://example.org/2"],
        ["doc:good-3", None, None, None],
    ]
    assert claims_of(store, "doc:good-3") == {("SANCTIONS", "state:USA", "state:IRN", "USA sanctions Iran.")}


def test_a_write_or_extraction_failure_is_reported_and_the_next_document_goes_in(
    store: GraphStore, tmp_path: Path
) -> None:
    for name, text in [
        ("a.txt", "China supports Russia.\n"),
        ("b.txt", "USA sanctions Iran.\n"),
        ("c.txt", "India supports Russia.\n"),
        ("d.txt", "Russia opposes Ukraine.\n"),
    ]:
        write(tmp_path / name, text)
    report = ingest([tmp_path], store, TinyExtractor(broken={"b.txt"}, crash={"c.txt"}))
    reasons = {Path(r.path).name: r.reason for r in report.rejected}
    assert set(reasons) == {"b.txt", "c.txt"}
    assert reasons["b.txt"].startswith("not written: ") and "rolled the write back" in reasons["b.txt"]
    assert reasons["c.txt"] == "extraction failed: RuntimeError: tiny extractor tripped on c.txt"
    assert report.created == 2
    ids = {row[0] for row in store.read("MATCH (n) RETURN n.id").rows}
    assert ids == {"doc:a", "doc:d", "state:CHN", "state:RUS", "state:UKR"}  # no trace of b or c


def test_front_matter_and_manifest_metadata_land_on_the_document(store: GraphStore, tmp_path: Path) -> None:
    write(
        tmp_path / "docs/fm.md",
        "---\ntitle: Front matter title\ndate: 2022-02-04\nsource_url: https://x.org/fm\n"
        "author: A. Author\nspeaker: person:wang-yi\n---\nChina supports Russia.\n",
    )
    write(tmp_path / "docs/m.txt", "Russia opposes Ukraine.\n")
    manifest = write(
        tmp_path / "meta/list.jsonl",
        json.dumps(
            {
                "file": "m.txt",
                "title": "From --manifest",
                "publisher": "P",
                "published": "2021-12",
                "url": "https://x.org/m",
                "languages": ["en", "zh"],
                "speaker_role": "spokesperson",
            }
        )
        + "\n",
    )
    report = ingest([tmp_path / "docs"], store, build_extractor(), manifest=manifest)
    assert report.rejected == [] and report.created == 2
    rows = store.read("MATCH (d:Document) RETURN d ORDER BY d.id").rows
    fm, m = (row[0]["properties"] for row in rows)
    assert (fm["title"], fm["published"], fm["url"], fm["author"], fm["speaker"]) == (
        "Front matter title",
        "2022-02-04",
        "https://x.org/fm",
        "A. Author",
        "person:wang-yi",
    )
    assert fm["published_basis"] == "front matter" and fm["text"] == "China supports Russia.\n"
    assert (m["title"], m["publisher"], m["published"], m["url"], m["languages"], m["speaker_role"]) == (
        "From --manifest",
        "P",
        "2021-12",
        "https://x.org/m",
        ["en", "zh"],
        "spokesperson",
    )


def test_the_seed_manifest_beside_the_files_is_used(store: GraphStore, seeds_dir: Path) -> None:
    report = ingest([seeds_dir], store, build_extractor())
    assert (report.created, report.rejected) == (5, [])
    manifest = {row["file"]: row for row in json.loads((seeds_dir / "manifest.json").read_text())}
    for row in store.read("MATCH (d:Document) RETURN d.file, d.title, d.publisher, d.url, d.languages").rows:
        file, title, publisher, url, languages = row
        assert (title, publisher, url, languages) == (
            manifest[file]["title"],
            manifest[file]["publisher"],
            manifest[file]["url"],
            manifest[file]["languages"],
        )


def test_a_file_given_directly_uses_the_manifest_beside_it(store: GraphStore, tmp_path: Path, seeds_dir: Path) -> None:
    """Re-ingesting one seed file must not lose the metadata ingesting the folder gave it."""
    folder = tmp_path / "seeds"
    shutil.copytree(seeds_dir, folder)
    ingest([folder], store, build_extractor())
    before = lines(store)
    name = sorted(folder.glob("*.txt"))[0]
    report = ingest([name], store, build_extractor())
    assert (report.unchanged, report.rejected) == (1, [])
    assert lines(store) == before


def test_same_stem_in_different_folders_gets_distinct_doc_ids(store: GraphStore, tmp_path: Path) -> None:
    write(tmp_path / "root/a/note.txt", "China supports Russia.\n")
    write(tmp_path / "root/b/note.txt", "USA sanctions Iran.\n")
    # one folder holding both, the two folders given separately, the two files given directly
    for paths in (
        [tmp_path / "root"],
        [tmp_path / "root/a", tmp_path / "root/b"],
        [tmp_path / "root/a/note.txt", tmp_path / "root/b/note.txt"],
    ):
        store.wipe()
        report = ingest(paths, store, TinyExtractor())
        assert (report.created, report.rejected) == (2, []), paths
        ids = sorted(row[0] for row in store.read("MATCH (d:Document) RETURN d.id").rows)
        assert len(ids) == 2 and ids[0] == "doc:note" and ids[1].startswith("doc:note-"), (paths, ids)
        assert {c[3] for i in ids for c in claims_of(store, i)} == {"China supports Russia.", "USA sanctions Iran."}


class Counting(DocumentsOnly):
    """Counts the documents it is asked to extract."""

    def __init__(self) -> None:
        self.extracted: list[str] = []

    def extract(self, source: SourceDocument) -> Extraction:
        self.extracted.append(source.file)
        return super().extract(source)


@pytest.mark.parametrize("force", [False, True], ids=["plain", "force"])
def test_ingesting_seeds_twice_gives_an_identical_export(store: GraphStore, seeds_dir: Path, force: bool) -> None:
    first = ingest([seeds_dir], store, build_extractor())
    exported = lines(store)
    assert first.created == 5 and len(exported) == 5
    again = Counting()
    second = ingest([seeds_dir], store, again, force=force)
    assert (second.replaced, second.unchanged) == ((5, 0) if force else (0, 5))
    assert lines(store) == exported
    # what the store already holds is not extracted again (a resumed corpus ingest starts where it stopped)
    assert len(again.extracted) == (5 if force else 0)


def test_seed_exports_from_both_stores_are_identical(
    embedded_store: GraphStore, neo4j_store: GraphStore, seeds_dir: Path
) -> None:
    exports = []
    for s in (embedded_store, neo4j_store):
        s.wipe()
        ingest([seeds_dir], s, build_extractor())
        exports.append([export_line(o) for o in s.export()])
    assert exports[0] == exports[1]


def test_a_changed_file_replaces_its_claims_and_nothing_else(store: GraphStore, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    write(folder / "a.txt", "China supports Russia.\nRussia opposes Ukraine.\n")
    write(folder / "b.txt", "China supports Iran.\nRussia opposes Ukraine.\n")
    ingest([folder], store, TinyExtractor())
    b_claims = claims_of(store, "doc:b")
    b_lines = {ln for ln in lines(store) if '"doc_id":"doc:b"' in ln or '"id":"doc:b"' in ln}

    write(folder / "a.txt", "China opposes Russia.\nRussia supports Belarus.\n")
    report = ingest([folder], store, TinyExtractor())
    assert (report.replaced, report.unchanged, report.rejected) == (1, 1, [])
    assert claims_of(store, "doc:a") == {
        ("OPPOSES", "state:CHN", "state:RUS", "China opposes Russia."),
        ("SUPPORTS", "state:RUS", "state:BLR", "Russia supports Belarus."),
    }
    assert claims_of(store, "doc:b") == b_claims
    after = lines(store)
    assert b_lines <= after
    ids = {row[0] for row in store.read("MATCH (n) RETURN n.id").rows}
    assert ids == {"doc:a", "doc:b", "state:CHN", "state:RUS", "state:IRN", "state:UKR", "state:BLR"}
    # exactly the graph a fresh ingest of the current files gives
    store.wipe()
    ingest([folder], store, TinyExtractor())
    assert lines(store) == after

    # and a change that drops a node only a held removes it
    write(folder / "a.txt", "China supports Russia.\n")
    ingest([folder], store, TinyExtractor())
    assert "state:BLR" not in {row[0] for row in store.read("MATCH (n) RETURN n.id").rows}


# -- through the command line ---------------------------------------------------------------------


def _cli_ingest(args: list[str]) -> Any:
    return CliRunner().invoke(main, ["ingest", *args], catch_exceptions=False)


@pytest.mark.usefixtures("cli_extractor")
def test_cli_ingest_reports_rejections_and_exits_1(tmp_path: Path) -> None:
    paths, expected = bad_batch(tmp_path)
    store = tmp_path / "store"
    result = _cli_ingest([*map(str, paths), "--store", str(store)])
    assert result.exit_code == 1, result.output
    rejected_lines = [ln for ln in result.stderr.splitlines() if ln.startswith("rejected ")]
    check_rejections([tuple(ln.removeprefix("rejected ").split(": ", 1)) for ln in rejected_lines], expected)
    assert f"{len(expected)} rejected" in result.stderr
    assert "3 documents into embedded:" in " ".join(result.stdout.split())

    as_json = _cli_ingest([*map(str, paths), "--store", str(store), "--json"])
    assert as_json.exit_code == 1
    report = json.loads(as_json.stdout)
    assert (report["documents"], report["unchanged"], len(report["rejected"])) == (3, 3, len(expected))


@pytest.mark.usefixtures("cli_extractor")
def test_cli_ingest_exits_0_when_nothing_is_rejected_and_on_a_file_name_with_brackets(tmp_path: Path) -> None:
    write(tmp_path / "in/a [draft].txt", "text")
    result = _cli_ingest([str(tmp_path / "in"), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == ""
    write(tmp_path / "in/[/]b.txt", "")
    result = _cli_ingest([str(tmp_path / "in"), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1
    assert "[/]b.txt: empty file" in result.stderr  # the file's own name, not eaten as markup


@pytest.mark.usefixtures("cli_extractor")
def test_cli_ingest_twice_with_and_without_force_gives_identical_exports(tmp_path: Path, seeds_dir: Path) -> None:
    store = str(tmp_path / "store")
    runner = CliRunner()
    exports = []
    for extra in ([], [], ["--force"]):
        assert _cli_ingest([str(seeds_dir), "--store", store, *extra]).exit_code == 0
        out = runner.invoke(main, ["export", "--store", store], catch_exceptions=False)
        assert out.exit_code == 0
        exports.append(sorted(out.stdout.splitlines()))
    assert exports[0] == exports[1] == exports[2] and len(exports[0]) == 5


def test_the_installed_command_ingests_in_a_real_subprocess(tmp_path: Path) -> None:
    paths, expected = bad_batch(tmp_path)
    exe = Path(sys.executable).with_name("diplograph")
    done = subprocess.run(
        [str(exe), "ingest", *map(str, paths), "--store", str(tmp_path / "store")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 1, done.stderr
    rejected_lines = [ln for ln in done.stderr.splitlines() if ln.startswith("rejected ")]
    # one line each even when the line is longer than a terminal: stderr here is a pipe
    check_rejections([tuple(ln.removeprefix("rejected ").split(": ", 1)) for ln in rejected_lines], expected)
    assert "Traceback" not in done.stderr
    assert "3 documents" in done.stdout

    good = subprocess.run(
        [str(exe), "ingest", str(tmp_path / "in" / "good-1.txt"), "--store", str(tmp_path / "store2")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert good.returncode == 0, good.stderr
    with open_store(str(tmp_path / "store2")) as s:
        assert s.read("MATCH (d:Document) RETURN d.id, d.title").rows == [["doc:good-1", "First good one"]]


def test_report_as_dict_is_json_ready() -> None:
    report = IngestReport(created=1)
    assert json.loads(json.dumps(report.as_dict()))["documents"] == 1
