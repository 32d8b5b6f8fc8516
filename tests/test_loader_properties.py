"""Property-based tests of the loader (hypothesis): whatever bytes a file holds, loading it either
gives a document the stores can hold or one LoadError on one line; it never raises anything else.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplograph.extract.loaders import load_document, normalise_date
from diplograph.ground.errors import LoadError
from diplograph.ingest import printable

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# YAML-ish fragments, so generated front matter reaches the parser's corners more often than
# uniformly random text would
FRAGMENTS = st.sampled_from(
    [
        "a: 1\n",
        "date: ",
        "'0000'",
        "2022-13",
        "!!timestamp x",
        "&a [x, x]\n",
        "b: [*a, *a]\n",
        "*a",
        "[",
        "]",
        "{",
        "}",
        ": ",
        "- ",
        "\n",
        "  ",
        '"\\uD800"',
        "99999999999999999999999",
        "id: x\n",
        "`: 1\n",
        "'': 2\n",
        ".nan",
        "!!python/object:x",
        "? ",
        "|\n  x\n",
        "title: ",
        "languages: ",
    ]
)
FRONT = st.lists(st.one_of(FRAGMENTS, st.text(max_size=20)), max_size=30).map("".join)


def _load(path: Path, content: bytes) -> None:
    path.write_bytes(content)
    try:
        doc = load_document(path)
    except LoadError as exc:
        assert "\n" not in printable(str(exc))
        return
    # what loads can be stored: text and metadata encode as UTF-8 and hold no NUL
    doc.text.encode("utf-8")
    assert "\x00" not in doc.text
    for key, value in doc.metadata.items():
        assert key.isidentifier()
        for item in value if isinstance(value, list) else [value]:
            assert not isinstance(item, (dict, list))
            if isinstance(item, str):
                item.encode("utf-8")
            if isinstance(item, int):
                assert -(2**63) <= item < 2**63
    if doc.published:
        assert normalise_date(doc.published) == doc.published
        assert 1900 <= int(doc.published[:4]) <= 2100


@SETTINGS
@given(front=FRONT, body=st.text(max_size=50))
def test_any_front_matter_loads_or_is_one_load_error(front: str, body: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        _load(Path(tmp) / "doc.md", f"---\n{front}\n---\n{body}".encode("utf-8", "surrogatepass"))


@SETTINGS
@given(content=st.binary(max_size=300))
def test_any_bytes_load_or_are_one_load_error(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        _load(Path(tmp) / "doc.md", content)
        _load(Path(tmp) / "doc.txt", content)


@SETTINGS
@given(value=st.one_of(st.text(max_size=30), st.integers(), st.dates(), st.floats(), st.booleans()))
def test_a_date_is_normalised_at_its_precision_or_refused(value: object) -> None:
    try:
        out = normalise_date(value)
    except ValueError:
        return
    if out is not None:
        assert len(out) in (4, 7, 10) and 1900 <= int(out[:4]) <= 2100
        assert normalise_date(out) == out
