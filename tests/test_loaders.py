"""Loading files and manifests: every unusable file is one LoadError naming it and saying why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplograph.extract.loaders import SourceDocument, discover, load_document, load_manifest, normalise_date
from diplograph.ground.errors import LoadError

MIB = 2**20


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def rejected(path: Path, **kwargs: object) -> LoadError:
    with pytest.raises(LoadError) as info:
        load_document(path, **kwargs)  # type: ignore[arg-type]
    err = info.value
    assert err.path == str(path)
    assert str(err) == f"{path}: {err.reason}"
    assert "\n" not in str(err)  # one line
    return err


# -- unusable files -------------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"   \n\t\n"], ids=["empty", "whitespace"])
def test_an_empty_file_is_rejected(tmp_path: Path, content: bytes) -> None:
    assert rejected(write(tmp_path / "empty.txt", content)).reason == "empty file"


def test_a_binary_file_is_rejected(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    assert "binary file" in rejected(write(tmp_path / "image.txt", png)).reason


def test_a_nul_byte_late_in_a_file_is_rejected_too(tmp_path: Path) -> None:
    """FalkorDB cannot hold a NUL in a string parameter (Neo4j can): a file with one would go into
    one store and be refused by the other, so the loader refuses it for both."""
    path = write(tmp_path / "late-nul.txt", b"plain text. " * 1000 + b"\x00 and more")
    assert "binary file" in rejected(path).reason


def test_invalid_utf8_is_rejected_naming_the_byte(tmp_path: Path) -> None:
    path = write(tmp_path / "latin1.txt", "Ürümqi and São Paulo".encode("latin-1"))
    err = rejected(path)
    assert "not valid UTF-8" in err.reason and "byte 0" in err.reason and "\\xdc" in err.reason


def test_a_file_over_the_limit_is_rejected_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:  # sparse: 50 MB on paper, nothing on disk
        f.truncate(50 * 10**6)
    err = rejected(path)
    assert err.reason.startswith("file is 47.7 MiB, over the 8.0 MiB limit")
    assert "DIPLOGRAPH_MAX_FILE_BYTES" in err.reason
    small = write(tmp_path / "small.txt", "x" * 100)
    assert "over the 0.0 MiB limit" in rejected(small, max_bytes=10).reason


def test_a_file_just_under_the_limit_loads(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", ("China supports Russia. " * (8 * MIB // 23 + 1))[: 8 * MIB - 1])
    assert len(load_document(path).text) == 8 * MIB - 1


def test_a_missing_path_is_rejected(tmp_path: Path) -> None:
    assert rejected(tmp_path / "nowhere.txt").reason == "no such file"
    assert "not a regular file" in rejected(tmp_path).reason
    [item] = list(discover([tmp_path / "missing-folder"]))
    assert isinstance(item, LoadError) and item.reason == "no such file or folder"


# -- front matter ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("---\ntitle: Unterminated\n\nBody text.\n", "an opening '---' without a closing '---'"),
        ("---\ntitle: [unclosed\n---\nBody.\n", "malformed front matter at line 2"),
        ("---\ntitle: a\n\tbad: tab\n---\nBody.\n", "malformed front matter at line 3"),
        ("---\n- a\n- list\n---\nBody.\n", "expected key: value pairs, got a list"),
        ("---\njust a string\n---\nBody.\n", "expected key: value pairs, got a str"),
        ("---\ndate: 2022-02-30\n---\nBody.\n", "malformed front matter"),
        ("---\ndate: someday\n---\nBody.\n", "bad publication date"),
        ("---\ntitle: x\n---\n\n  \n", "no text after the front matter"),
        ("---\ntitle: {a: 1}\n---\nBody.\n", "'title'"),
        ("---\nlanguages: 5\n---\nBody.\n", "'languages'"),
    ],
    ids=[
        "unterminated",
        "bad-yaml",
        "tab",
        "yaml-list",
        "yaml-scalar",
        "impossible-date",
        "unreadable-date",
        "nothing-after",
        "title-map",
        "languages-int",
    ],
)
def test_malformed_front_matter_is_one_clear_rejection(tmp_path: Path, text: str, reason: str) -> None:
    err = rejected(write(tmp_path / "note.md", text))
    assert reason in err.reason, err.reason


def test_front_matter_fields_land_on_the_document(tmp_path: Path) -> None:
    path = write(
        tmp_path / "Joint Statement.md",
        "---\ntitle: Joint Statement\ndate: 2022-02-04\nsource_url: https://example.org/js\n"
        "author: MFA\nlanguages: en, zh\nspeaker: person:wang-yi\n---\n# Heading\n\nBody — 中文.\n",
    )
    doc = load_document(path)
    assert (doc.title, doc.published, doc.published_basis, doc.url, doc.author) == (
        "Joint Statement",
        "2022-02-04",
        "front matter",
        "https://example.org/js",
        "MFA",
    )
    assert doc.languages == ["en", "zh"]
    assert doc.metadata["speaker"] == "person:wang-yi"
    assert doc.text == "# Heading\n\nBody — 中文.\n"  # the front matter is not part of the text
    assert doc.doc_id == "doc:joint-statement" and doc.file == "Joint Statement.md"


@pytest.mark.parametrize(("yaml_value", "title"), [("1984", "1984"), ("2022-03-02", "2022-03-02"), ("3.5", "3.5")])
def test_scalar_front_matter_titles_are_taken_as_text(tmp_path: Path, yaml_value: str, title: str) -> None:
    doc = load_document(write(tmp_path / "t.md", f"---\ntitle: {yaml_value}\n---\nBody.\n"))
    assert doc.title == title
    assert load_document(tmp_path / "t.md", manifest_row={"title": 1984}).title == "1984"


def test_front_matter_variants_that_are_fine(tmp_path: Path) -> None:
    crlf = load_document(write(tmp_path / "crlf.md", "---\r\ntitle: CRLF\r\n---\r\nBody\r\n"))
    assert (crlf.title, crlf.text) == ("CRLF", "Body\n")
    empty = load_document(write(tmp_path / "empty-fm.md", "---\n---\nBody\n"))
    assert empty.title is None and empty.text == "Body\n"
    dots = load_document(write(tmp_path / "dots.md", "---\ntitle: Dots\n...\nBody\n"))
    assert dots.title == "Dots"
    stamp = load_document(write(tmp_path / "stamp.md", "---\ndate: 2022-03-01 22:03:42-05:00\n---\nBody\n"))
    assert stamp.published == "2022-03-01"
    txt = load_document(write(tmp_path / "plain.txt", "---\ntitle: not parsed in .txt\n---\nBody\n"))
    assert txt.title is None and txt.text.startswith("---")
    bom = load_document(write(tmp_path / "bom.md", "\ufeff---\ntitle: BOM\n---\nBody\n"))
    assert bom.title == "BOM"


# -- manifests ------------------------------------------------------------------------------------


def test_a_manifest_row_overrides_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path / "a.md", "---\ntitle: From front matter\ndate: 2020\n---\nBody.\n")
    row = {"file": "a.md", "title": "From the manifest", "published": "2022-03-02", "languages": ["zh"], "speaker": "x"}
    doc = load_document(path, manifest_row=row)
    assert (doc.title, doc.published, doc.published_basis, doc.languages) == (
        "From the manifest",
        "2022-03-02",
        "manifest",
        ["zh"],
    )
    assert doc.metadata["speaker"] == "x"


@pytest.mark.parametrize("suffix", [".json", ".jsonl", ".csv"])
def test_manifests_in_each_format(tmp_path: Path, suffix: str) -> None:
    rows = [{"file": "a.txt", "title": "A", "published": "2022"}, {"file": "sub/b.txt", "title": "B", "published": ""}]
    path = tmp_path / f"manifest{suffix}"
    if suffix == ".json":
        path.write_text(json.dumps(rows))
    elif suffix == ".jsonl":
        path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    else:
        path.write_text(
            "file,title,published\n" + "\n".join(f"{r['file']},{r['title']},{r['published']}" for r in rows)
        )
    loaded = load_manifest(path)
    assert set(loaded) == {"a.txt", "sub/b.txt"} and loaded["a.txt"]["title"] == "A"


def test_a_json_manifest_may_wrap_its_rows(tmp_path: Path) -> None:
    path = write(tmp_path / "manifest.json", json.dumps({"documents": [{"file": "a.txt"}]}))
    assert list(load_manifest(path)) == ["a.txt"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('[{"file": ', "malformed manifest"),
        ('[{"title": "no file"}]', "manifest row 1 has no 'file'"),
        ("[1]", "row 1"),
    ],
)
def test_a_broken_manifest_is_one_load_error(tmp_path: Path, content: str, reason: str) -> None:
    path = write(tmp_path / "manifest.json", content)
    with pytest.raises(LoadError) as info:
        load_manifest(path)
    assert info.value.path == str(path) and reason in info.value.reason


def test_the_seed_manifest_matches_the_seed_files(seeds_dir: Path) -> None:
    rows = load_manifest(seeds_dir / "manifest.json")
    files = sorted(p.name for p in seeds_dir.glob("*.txt"))
    assert sorted(rows) == files and len(files) == 5
    for name, row in rows.items():
        doc = load_document(seeds_dir / name, manifest_row=row, relative_to=seeds_dir)
        assert doc.doc_id == f"doc:{Path(name).stem}"
        assert doc.published == normalise_date(row["published"])
        assert doc.sha256 and doc.text.strip()


# -- discovery and ids ----------------------------------------------------------------------------


def test_discover_finds_documents_only_sorted_and_skips_hidden_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "sub/c.markdown", "sub/D.TXT", ".hidden.txt", "notes.pdf", "manifest.json"):
        write(tmp_path / name, "x")
    found = [p.relative_to(tmp_path).as_posix() for p, _root in discover([tmp_path])]  # type: ignore[misc]
    assert found == ["a.md", "b.txt", "sub/D.TXT", "sub/c.markdown"]


@pytest.mark.parametrize(
    ("stem", "doc_id"),
    [
        ("001_a99887a930e7fcc5", "doc:001_a99887a930e7fcc5"),
        ("Joint Statement (2022)", "doc:joint-statement-2022"),
        ("__x--y__", "doc:x-y"),
        ("a_-_b", "doc:a-b"),
    ],
)
def test_doc_ids_come_from_the_stem_and_are_valid(tmp_path: Path, stem: str, doc_id: str) -> None:
    assert load_document(write(tmp_path / f"{stem}.txt", "text")).doc_id == doc_id


def test_a_stem_without_ascii_gets_a_hash_id(tmp_path: Path) -> None:
    a = load_document(write(tmp_path / "中国.txt", "text"))
    b = load_document(write(tmp_path / "美国.txt", "text"))
    assert a.doc_id.startswith("doc:h") and b.doc_id.startswith("doc:h") and a.doc_id != b.doc_id


def test_fingerprint_changes_with_text_metadata_and_pipeline(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "one")
    base = load_document(path)
    assert base.fingerprint("p.v1") == load_document(path).fingerprint("p.v1")
    assert base.fingerprint("p.v1") != base.fingerprint("p.v2")
    assert base.fingerprint("p.v1") != load_document(path, manifest_row={"title": "T"}).fingerprint("p.v1")
    write(path, "two")
    assert base.fingerprint("p.v1") != load_document(path).fingerprint("p.v1")
    assert isinstance(base, SourceDocument)


# -- hostile front matter (issue 15) ----------------------------------------------------------------

ALIAS_BOMB = (
    "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
    "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
)


@pytest.mark.parametrize(
    ("front", "reason"),
    [
        (ALIAS_BOMB, "aliases"),
        ("a: " + "[" * 500 + "]" * 500, "nested deeper"),
        ("a: {b: {c: {d: 1}}}", "nested deeper"),
        ("date: !!timestamp x", "explicit YAML tags"),
        ("title: !!python/object:os.system x", "explicit YAML tags"),
        ("a: !custom x", "explicit YAML tags"),
        ('title: "\\uD800"', "lone surrogate"),
        ('note: "a\\0b"', "control character"),
        ("n: 123456789012345678901234567890", "64 bits"),
        ("n: .nan", "not finite"),
        ("'`x': 1", "not a plain name"),
        ("'': 1", "not a plain name"),
        ("1: one", "not a plain name"),
        ("id: doc:other", "reserved"),
        ("text: replaced", "reserved"),
        ("meta: {a: 1}", "values must be scalars"),
        ("tags: [[a, b]]", "values must be scalars"),
        ("\n".join(f"k{i}: {i}" for i in range(201)), "more than 200 keys"),
        ("tags: [" + ", ".join("x" for _ in range(101)) + "]", "more than 100 items"),
        ("date: '0000'", "between 1900 and 2100"),
        ("date: 2022-13", "month 13"),
        ("date: 2022-00", "month 0"),
        ("date: 99999", "between 1900 and 2100"),
        ("date: 20220101", "between 1900 and 2100"),
        ("date: 1850-01-01", "between 1900 and 2100"),
        ("x: '" + "y" * (65 * 1024) + "'", "over 64 KiB"),
    ],
)
def test_hostile_front_matter_is_refused_before_it_grows(tmp_path: Path, front: str, reason: str) -> None:
    err = rejected(write(tmp_path / "hostile.md", f"---\n{front}\n---\nChina supports Russia.\n"))
    assert reason in err.reason, err.reason


@pytest.mark.parametrize(
    ("date", "published"),
    [
        ("2022", "2022"),
        ("2022-03", "2022-03"),
        ("'2022-03'", "2022-03"),
        ("2022-03-02", "2022-03-02"),
        ("1900", "1900"),
    ],
)
def test_dates_keep_their_precision(tmp_path: Path, date: str, published: str) -> None:
    assert load_document(write(tmp_path / "d.md", f"---\ndate: {date}\n---\nBody.\n")).published == published


def test_front_matter_within_the_bounds_loads(tmp_path: Path) -> None:
    front = "\n".join(f"k{i}: {i}" for i in range(150)) + "\ntags: [a, b, c]\nshared: &s one\nagain: *s\n"
    doc = load_document(write(tmp_path / "ok.md", f"---\n{front}---\nBody.\n"))
    assert doc.metadata["k149"] == 149 and doc.metadata["tags"] == ["a", "b", "c"] and doc.metadata["again"] == "one"


def test_a_manifest_row_with_a_nested_value_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Body.")
    assert "values must be scalars" in rejected(path, manifest_row={"file": "a.txt", "extra": {"a": 1}}).reason


# -- only regular files inside the folder (issue 15) ------------------------------------------------


def _discovered(folder: Path, **kwargs: bool) -> tuple[list[str], dict[str, str]]:
    files, skipped = [], {}
    for item in discover([folder], **kwargs):
        if isinstance(item, LoadError):
            skipped[Path(item.path).name] = item.reason
        else:
            files.append(item[0].relative_to(folder).as_posix())
    return files, skipped


def test_links_are_followed_inside_the_folder_only(tmp_path: Path) -> None:
    import os

    folder, outside = tmp_path / "in", tmp_path / "out"
    write(folder / "real.txt", "China supports Russia.")
    write(folder / "sub" / "deep.md", "Body.")
    write(outside / "secret.txt", "not for the graph")
    (folder / "inside-link.txt").symlink_to(folder / "real.txt")
    (folder / "escape.txt").symlink_to(outside / "secret.txt")
    (folder / "system.txt").symlink_to("/etc/hostname")
    (folder / "dangling.md").symlink_to(folder / "nowhere.md")
    (folder / "loop.md").symlink_to(folder / "loop.md")
    (folder / "outdir").symlink_to(outside, target_is_directory=True)
    (folder / "subdir-link").symlink_to(folder / "sub", target_is_directory=True)
    os.mkfifo(folder / "pipe.txt")
    files, skipped = _discovered(folder)
    assert files == ["inside-link.txt", "real.txt", "sub/deep.md"]
    assert skipped == {
        "escape.txt": "symbolic link to a file outside the folder (--follow-links follows it)",
        "system.txt": "symbolic link to a file outside the folder (--follow-links follows it)",
        "dangling.md": "dangling or looping symbolic link",
        "loop.md": "dangling or looping symbolic link",
        "outdir": "symbolic link to a folder outside the folder (--follow-links follows it)",
        "subdir-link": "symbolic link to a folder inside the folder: its files are read there",
        "pipe.txt": "a FIFO, not a regular file",
    }
    followed, skipped = _discovered(folder, follow_links=True)
    assert followed == ["escape.txt", "inside-link.txt", "outdir/secret.txt", "real.txt", "sub/deep.md", "system.txt"]
    assert set(skipped) == {"dangling.md", "loop.md", "subdir-link", "pipe.txt"}


def test_special_and_proc_like_files_are_refused_with_a_reason(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    assert rejected(tmp_path / "pipe.txt").reason == "a FIFO, not a regular file"  # and it did not hang
    assert rejected(Path("/dev/null")).reason == "a device, not a regular file"
    proc = Path("/proc/self/environ")
    if proc.exists():
        assert "size of 0 but has content" in rejected(proc).reason
