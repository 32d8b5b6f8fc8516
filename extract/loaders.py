"""Files and manifests to :class:`SourceDocument` (the *Load* step).

Accepts ``.txt`` and ``.md`` (Markdown with an optional YAML front-matter block) and manifests in
JSON (a list of rows, as shared/eval/seed_manifest.json), JSON Lines or CSV, with the fields
``file, title, publisher, author, published, url, languages`` and any extra metadata (``speaker``,
``speaker_role``, ``on_behalf_of``, ...). A manifest row overrides front matter, which overrides
what is read from the text.

Front matter is parsed within bounds by ``front_matter``. Every way a file can be unusable raises
:class:`LoadError` with one line saying why; callers report it and go on with the batch.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from diplograph.graph.schema import DATE_PATTERN, NodeKind, check_id
from diplograph.ground.errors import LoadError

from .front_matter import check_front_matter, split_front_matter
from .handoffs import SourceDocument

__all__ = [
    "DOCUMENT_SUFFIXES",
    "MANIFEST_NAMES",
    "SourceDocument",
    "discover",
    "infer_published",
    "load_document",
    "load_manifest",
    "normalise_date",
    "source_from_text",
    "wire_dateline",
]

DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown")
MANIFEST_NAMES = ("manifest.json", "manifest.jsonl", "manifest.csv")
_METADATA_FIELDS = ("title", "publisher", "author", "published", "url", "languages")


#: publication years a document may give; outside them a date is a typo or a placeholder ("0000")
YEARS = (1900, 2100)
_DATE_TEXT = re.compile(
    r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?"
)


def normalise_date(value: Any) -> str | None:
    """A manifest or front-matter date as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (None if absent),
    at the precision given, refusing what is not a real date between 1900 and 2100.

    >>> normalise_date("2022-03-01 22:03:42-05:00"), normalise_date(dt.date(2023, 1, 11)), normalise_date("2025-08")
    ('2022-03-01', '2023-01-11', '2025-08')
    >>> normalise_date("2022-13")
    Traceback (most recent call last):
    ValueError: unreadable date '2022-13': month 13 does not exist
    """
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(f"unreadable date {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        _check_year(value.year, value)
        return value.isoformat()
    if isinstance(value, int):
        _check_year(value, value)
        return str(value)
    text = str(value).strip()
    match = _DATE_TEXT.fullmatch(text)
    if not match:
        raise ValueError(f"unreadable date {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.group(1), match.group(2), match.group(3)
    _check_year(int(year), value)
    if month is not None and not 1 <= int(month) <= 12:
        raise ValueError(f"unreadable date {value!r}: month {int(month)} does not exist")
    if day is not None:
        try:
            dt.date(int(year), int(month), int(day))
        except ValueError:
            raise ValueError(f"unreadable date {value!r}: {year}-{month}-{day} does not exist") from None
    candidate = "-".join(p for p in (year, month, day) if p is not None)
    assert DATE_PATTERN.fullmatch(candidate)
    return candidate


def _check_year(year: int, value: Any) -> None:
    if not YEARS[0] <= year <= YEARS[1]:
        raise ValueError(f"unreadable date {value!r}: the year is not between {YEARS[0]} and {YEARS[1]}")


def _doc_id(stem: str) -> str:
    slug = re.sub(r"[^a-z0-9_]+", "-", stem.lower()).strip("-_")
    slug = re.sub(r"[-_]{2,}", "-", slug)
    if not slug:
        slug = "h" + hashlib.sha1(stem.encode("utf-8")).hexdigest()[:12]
    doc_id = f"doc:{slug}"
    check_id(doc_id, NodeKind.DOCUMENT)
    return doc_id


def _decode(path: Path, max_bytes: int) -> tuple[bytes, str]:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise LoadError(str(path), "no such file") from None
    except OSError as exc:
        raise LoadError(str(path), f"cannot read: {exc.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        # never opened: opening a FIFO would wait for a writer for ever
        raise LoadError(
            str(path),
            "not a regular file" if stat.S_ISDIR(info.st_mode) else f"{_kind(info.st_mode)}, not a regular file",
        )
    size = info.st_size
    too_big = f"over the {max_bytes / 2**20:.1f} MiB limit (DIPLOGRAPH_MAX_FILE_BYTES)"
    if size > max_bytes:
        raise LoadError(str(path), f"file is {size / 2**20:.1f} MiB, {too_big}")
    try:
        with path.open("rb") as f:
            raw = f.read(max_bytes + 1)  # bounded: the size a file reports is not always what it holds
    except OSError as exc:
        raise LoadError(str(path), f"cannot read: {exc.strerror}") from None
    if size == 0 and raw:
        raise LoadError(str(path), "reports a size of 0 but has content (a /proc-like file), not a document")
    if len(raw) > max_bytes:
        raise LoadError(str(path), f"file grew while read, {too_big}")
    if not raw.strip():
        raise LoadError(str(path), "empty file")
    if b"\x00" in raw:  # anywhere: FalkorDB cannot hold a NUL in a string, so it could not be stored
        raise LoadError(str(path), "binary file (NUL bytes), not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError(str(path), f"not valid UTF-8 (byte {exc.start}: {raw[exc.start : exc.start + 1]!r})") from None
    return raw, text.replace("\r\n", "\n").replace("\r", "\n")


def _plain(value: Any) -> Any:
    """Metadata values the graph can hold: primitives and lists of strings."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, list):
        return [str(v) for v in value]
    return str(value)


def _text(path: Path, name: str, value: Any) -> str | None:
    """A metadata field that must be text: scalars become strings (``title: 1984``), lists and
    maps are refused with a LoadError rather than stringified or left to fail validation."""
    if value is None or value == "":
        return None
    if isinstance(value, (list, dict, set, tuple)):
        raise LoadError(str(path), f"'{name}' must be text, not a {type(value).__name__}")
    return str(_plain(value))


def load_document(
    path: str | Path,
    *,
    manifest_row: dict[str, Any] | None = None,
    relative_to: Path | None = None,
    max_bytes: int = 8 * 1024 * 1024,
) -> SourceDocument:
    """Read one file (and its manifest row) into a SourceDocument.

    Raises:
        LoadError: missing, empty, binary, not UTF-8, too large, or malformed front matter.
    """
    path = Path(path)
    raw, text = _decode(path, max_bytes)
    front: dict[str, Any] = {}
    if path.suffix.lower() in (".md", ".markdown"):
        front, text = split_front_matter(path, text)
    if not text.strip():
        raise LoadError(str(path), "no text after the front matter")
    row = dict(manifest_row or {})
    meta = _metadata(path, front, row)
    published, basis = _publication(path, front, row, text)
    languages = _languages(path, front, row)
    try:
        shown = path.relative_to(relative_to) if relative_to else Path(path.name)
    except ValueError:
        shown = Path(path.name)
    explicit_id = _manifest_id(path, row)
    return SourceDocument(
        doc_id=explicit_id or _doc_id(path.stem),
        file=path.name,
        path=shown.as_posix(),
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        title=_text(path, "title", row.get("title") or front.get("title")),
        publisher=_text(path, "publisher", row.get("publisher") or front.get("publisher")),
        author=_text(path, "author", row.get("author") or front.get("author")),
        published=published,
        published_basis=basis,
        url=_text(path, "url", row.get("url") or front.get("source_url") or front.get("url")),
        languages=languages,
        metadata={k: v for k, v in meta.items() if v is not None},
    )


def _metadata(path: Path, front: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    """The document's other metadata: front matter, then the manifest row's extra fields (checked
    like front matter), less the fields the document's own properties hold."""
    meta: dict[str, Any] = {str(key): _plain(value) for key, value in front.items()}
    extras = {k: v for k, v in row.items() if k not in _METADATA_FIELDS and k not in ("file", "id", "published_basis")}
    problem = check_front_matter(extras)
    if problem:
        raise LoadError(str(path), f"manifest row refused: {problem}")
    for key, value in extras.items():
        meta[str(key)] = _plain(value)
    for key in ("date", "published", "published_time", "title", "source_url", "url", "author", "publisher"):
        meta.pop(key, None)
    return meta


def _publication(path: Path, front: dict[str, Any], row: dict[str, Any], text: str) -> tuple[str | None, str | None]:
    """The publication date and how it was found: the manifest, the front matter, else the text
    (a wire dateline also gives the day to a manifest that knows only the month)."""
    published, basis = None, None
    try:
        if row.get("published"):
            published, basis = normalise_date(row["published"]), str(row.get("published_basis") or "manifest")
        elif front.get("date") or front.get("published") or front.get("published_time"):
            published = normalise_date(front.get("date") or front.get("published") or front.get("published_time"))
            basis = "front matter"
    except ValueError as exc:
        raise LoadError(str(path), f"bad publication date: {exc}") from None
    if published is None:
        inferred = infer_published(text)
        if inferred is not None:
            published, basis = inferred
    elif len(published) < 10:
        wire = wire_dateline(text, published)
        if wire is not None:
            published, basis = wire
    return published, basis


def _languages(path: Path, front: dict[str, Any], row: dict[str, Any]) -> list[str]:
    languages = row.get("languages") or front.get("languages") or []
    if isinstance(languages, str):
        languages = [x.strip() for x in languages.split(",") if x.strip()]
    if not isinstance(languages, list):
        raise LoadError(str(path), f"'languages' must be a list or a comma-separated string, not {languages!r:.40}")
    return [str(x) for x in languages]


def _manifest_id(path: Path, row: dict[str, Any]) -> str | None:
    """A document id the manifest gives (``doc:`` added where missing), checked against the contract."""
    explicit_id = row.get("id")
    if explicit_id is None:
        return None
    if not str(explicit_id).startswith("doc:"):
        explicit_id = f"doc:{explicit_id}"
    try:
        check_id(str(explicit_id), NodeKind.DOCUMENT)
    except ValueError as exc:
        raise LoadError(str(path), f"bad manifest id: {exc}") from None
    return str(explicit_id)


_DATELINE = re.compile(
    r"^\s*(?:(?:Posted|Published|Updated|Date)\s*:?\s*)?"
    r"((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\s*,\s*\d{4}"
    r"|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2})\s*$",
    re.M,
)
_CITE_LINE = re.compile(
    r"(?:originally |first )?published\b[^.\n]{0,80}?"
    r"((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\s*,\s*\d{4})",
    re.I,
)


_MONTH_NAMES = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
#: a wire dateline opening a story: "MOSCOW, June 19 (AFP):", "Aug. 7 (UPI) --",
#: "United Nations, March 1 (RHC)--"; the agency in parentheses is what makes it a dateline
_WIRE_DATELINE = re.compile(
    r"^\s*(?:[A-Z][\w .'’-]{0,40},\s*)?(" + _MONTH_NAMES + r"\s+\d{1,2}(?:\s*,\s*\d{4})?)"
    r"\s*\((?:[A-Z][\w .&-]{0,20})\)\s*(?:[-–—:]|$)",
    re.M,
)


def wire_dateline(text: str, published: str | None = None) -> tuple[str, str] | None:
    """The day a wire dateline near the top gives, read against what is known of the publication.

    A year-less dateline ("MOSCOW, June 19 (AFP):") counts only where ``published`` gives its year
    and does not contradict its month.
    """
    from .dates import Anchor, find_dates

    head = "\n".join(text.splitlines()[:15])
    match = _WIRE_DATELINE.search(head)
    if match is None:
        return None
    found = find_dates(match.group(1), anchor=Anchor(published))
    if not found or found[0].precision != "day":
        return None
    date = found[0].date
    if published and not date.startswith(published):
        return None
    if found[0].basis != "explicit" and not published:
        return None
    return date, f"text (wire dateline): {match.group(0).strip()[:120]!r}"


def infer_published(text: str) -> tuple[str, str] | None:
    """The publication date where the text itself states it, with how it was found.

    Only two statements count: a dateline standing alone on a line near the top ("May 20 , 2015")
    and a cite line ("original work published in The Paper, January 11, 2023"). Dates merely
    mentioned in the story say nothing about publication.
    """
    from .dates import Anchor, find_dates

    head = "\n".join(text.splitlines()[:15])
    for pattern, where, scope in ((_DATELINE, "dateline", head), (_CITE_LINE, "cite line", text)):
        match = pattern.search(scope)
        if match:
            found = find_dates(match.group(1), anchor=Anchor(None))
            if found and found[0].precision == "day":
                return found[0].date, f"text ({where}): {match.group(0).strip()[:120]!r}"
    return wire_dateline(text)


def load_manifest(path: str | Path) -> dict[str, dict[str, Any]]:
    """Manifest rows keyed by their ``file`` (a file name or a path relative to the manifest).

    Raises:
        LoadError: unreadable manifest, or rows without a ``file``.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LoadError(str(path), f"cannot read manifest: {exc}") from None
    try:
        if path.suffix == ".jsonl":
            rows = [json.loads(line) for line in text.splitlines() if line.strip()]
        elif path.suffix == ".csv":
            rows = list(csv.DictReader(text.splitlines()))
        else:
            data = json.loads(text)
            rows = data.get("documents", []) if isinstance(data, dict) else data
    except (json.JSONDecodeError, csv.Error) as exc:
        raise LoadError(str(path), f"malformed manifest: {exc}") from None
    out: dict[str, dict[str, Any]] = {}
    for i, row in enumerate(rows):
        if not isinstance(row, dict) or not row.get("file"):
            raise LoadError(str(path), f"manifest row {i + 1} has no 'file'")
        out[str(row["file"])] = row
    return out


def discover(
    paths: Iterable[str | Path], *, follow_links: bool = False
) -> Iterator[tuple[Path, Path | None] | LoadError]:
    """Document files under the given files and folders, sorted, with the folder they came from.

    Only regular files are documents. In a folder, a symbolic link is followed when it points
    inside that folder (a link to a folder inside it is left out: its files are found where they
    are), and outside it only with ``follow_links``; a dangling or looping link, a link out of the
    folder, a FIFO, a socket or a device is a LoadError in place, saying why (issue 15). A path
    given that does not exist yields a LoadError too; manifests are not documents.
    """
    for given in paths:
        p = Path(given)
        if p.is_dir():
            yield from _walk(p, follow_links=follow_links)
        elif p.exists():
            yield p, None
        else:
            yield LoadError(str(p), "no such file or folder")


def _walk(root: Path, *, follow_links: bool) -> Iterator[tuple[Path, Path | None] | LoadError]:
    base = root.resolve()
    seen_dirs = {base}
    pending = [root]
    found: list[tuple[Path, Path | None] | LoadError] = []
    while pending:
        folder = pending.pop()
        try:
            entries = sorted(folder.iterdir())
        except OSError as exc:
            found.append(LoadError(str(folder), f"cannot list folder: {exc.strerror}"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            item = _entry(entry, root, base, follow_links, seen_dirs, pending)
            if item is not None:
                found.append(item)
    yield from sorted(found, key=lambda item: str(item.path if isinstance(item, LoadError) else item[0]))
    # (sorted as a whole: the walk's order is a stack's)


def _entry(
    entry: Path, root: Path, base: Path, follow_links: bool, seen_dirs: set[Path], pending: list[Path]
) -> tuple[Path, Path | None] | LoadError | None:
    """What one folder entry gives: a document, a reason it is left out, or nothing (not ours)."""
    is_document = entry.suffix.lower() in DOCUMENT_SUFFIXES
    try:
        mode = entry.lstat().st_mode
    except OSError as exc:
        return LoadError(str(entry), f"cannot read: {exc.strerror}")
    if stat.S_ISLNK(mode):
        try:
            target = entry.resolve(strict=True)
            target_mode = target.stat().st_mode
        except (OSError, RuntimeError):
            return LoadError(str(entry), "dangling or looping symbolic link")
        inside = target == base or base in target.parents
        if stat.S_ISDIR(target_mode):
            if inside:
                return LoadError(str(entry), "symbolic link to a folder inside the folder: its files are read there")
            if not follow_links:
                return LoadError(str(entry), "symbolic link to a folder outside the folder (--follow-links follows it)")
            if target not in seen_dirs:
                seen_dirs.add(target)
                pending.append(entry)
            return None
        if not is_document:
            return None
        if not inside and not follow_links:
            return LoadError(str(entry), "symbolic link to a file outside the folder (--follow-links follows it)")
        if not stat.S_ISREG(target_mode):
            return LoadError(str(entry), f"symbolic link to {_kind(target_mode)}, not a regular file")
        return entry, root
    if stat.S_ISDIR(mode):
        resolved = entry.resolve()
        if resolved not in seen_dirs:
            seen_dirs.add(resolved)
            pending.append(entry)
        return None
    if not stat.S_ISREG(mode):
        return LoadError(str(entry), f"{_kind(mode)}, not a regular file")
    return (entry, root) if is_document else None


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "a special file"


def source_from_text(
    text: str,
    *,
    name: str,
    markdown: bool = False,
    manifest_row: dict[str, Any] | None = None,
    max_bytes: int = 8 * 1024 * 1024,
) -> SourceDocument:
    """A SourceDocument from text in memory (the API's ``POST /documents``), loaded exactly as a
    file of that name would be: same checks, front matter, manifest semantics and document id.

    It goes through a temporary file on purpose, so a posted document and an ingested file can
    never be read two different ways.

    Raises:
        LoadError: the same reasons as :func:`load_document`; ``name`` must be a plain file name.
    """
    import tempfile

    if not name or Path(name).name != name or name in (".", ".."):
        raise LoadError(name or "<empty name>", "a document name must be a plain file name")
    if len(name.encode("utf-8", "surrogatepass")) > 200:  # file systems stop at 255 bytes
        raise LoadError(name[:40] + "...", "a document name must be at most 200 bytes in UTF-8")
    if "\x00" in name or any(0xD800 <= ord(c) <= 0xDFFF for c in name):
        raise LoadError(repr(name)[:40], "a document name must be valid text without NUL")
    suffix = ".md" if markdown else ".txt"
    stem = name[: -len(Path(name).suffix)] if Path(name).suffix.lower() in DOCUMENT_SUFFIXES else name
    with tempfile.TemporaryDirectory(prefix="diplograph-post-") as tmp:
        path = Path(tmp) / f"{stem}{suffix}"
        try:
            path.write_text(text, encoding="utf-8")
        except (OSError, UnicodeEncodeError) as exc:
            raise LoadError(name, f"cannot be stored as a file: {exc}") from None
        return load_document(path, manifest_row=manifest_row, relative_to=Path(tmp), max_bytes=max_bytes)
