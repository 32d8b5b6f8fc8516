"""Ingest: files -> SourceDocument -> extraction -> one transaction per document.

One broken document never stops a batch: every failure (load, extraction, write) becomes a
rejected entry with its reason, and the next document goes on.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from pydantic import ValidationError

from diplograph.extract.corpora import corpus_batches, corpus_rows
from diplograph.extract.handoffs import Extraction, SourceDocument
from diplograph.extract.loaders import MANIFEST_NAMES, discover, load_document, load_manifest
from diplograph.graph.stores import GraphStore
from diplograph.ground.errors import LoadError, StoreUnavailable, WriteError

log = logging.getLogger(__name__)


class Extractor(Protocol):
    version: str

    def extract(self, source: SourceDocument) -> Extraction: ...

    def extract_many(self, sources: Iterable[SourceDocument]) -> Iterator[Extraction | Exception]:
        """One result per source, in order; an exception in place of a document that failed."""
        ...


@dataclass
class Rejected:
    """One file (or manifest row, or folder entry) left out, and why, each printable on one line."""

    path: str
    reason: str

    def __post_init__(self) -> None:
        # A file name is anything but '/' and NUL: newlines, terminal escapes, undecodable bytes
        # (surrogates). Printed as they are they would break "one line per reject" or the terminal.
        self.path = printable(self.path)
        self.reason = printable(self.reason)


def printable(text: str) -> str:
    r"""``text`` with every character that is not printable on one line escaped.

    >>> print(printable("bad\nname\x1b[31m.md"))
    bad\nname\x1b[31m.md
    """
    if text.isprintable():
        return text
    return "".join(
        c if c.isprintable() else c.encode("unicode_escape", "backslashreplace").decode("ascii") for c in text
    )


@dataclass
class IngestReport:
    created: int = 0
    replaced: int = 0
    unchanged: int = 0
    nodes: int = 0
    relationships: int = 0
    claims_by_type: Counter[str] = field(default_factory=Counter)
    normalisations: Counter[str] = field(default_factory=Counter)
    rejected: list[Rejected] = field(default_factory=list)
    words: int = 0
    seconds: float = 0.0

    @property
    def documents(self) -> int:
        return self.created + self.replaced + self.unchanged

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "created": self.created,
            "replaced": self.replaced,
            "unchanged": self.unchanged,
            "nodes": self.nodes,
            "relationships": self.relationships,
            "claims_by_type": dict(sorted(self.claims_by_type.items())),
            "normalisations": dict(sorted(self.normalisations.items())),
            "rejected": [{"path": r.path, "reason": r.reason} for r in self.rejected],
            "words": self.words,
            "seconds": round(self.seconds, 3),
        }


def collect_sources(
    paths: Iterable[str | Path],
    *,
    manifest: str | Path | None = None,
    max_bytes: int,
    report: IngestReport,
    follow_links: bool = False,
) -> list[tuple[Path, Path | None, dict[str, Any] | None]]:
    """The files to ingest with their manifest rows; problems go into the report.

    A manifest comes from ``--manifest`` or sits beside the files (``manifest.json`` in a folder
    given on the command line, or beside a file given directly). A row's ``file`` is a path
    relative to its manifest's folder, so two folders' manifests never lend one file's row to
    another. Rows naming files that do not exist are reported (except from a manifest that only
    sits beside files given directly: its other rows are not this run's business).
    """
    rows: dict[Path, dict[str, Any]] = {}
    paths = [Path(p) for p in paths]
    quiet: set[Path] = set()
    if manifest:
        candidates = [Path(manifest)]
    else:  # beside the files: in each folder given, and beside each file given directly
        folders = dict.fromkeys(p if p.is_dir() else p.parent for p in paths if p.exists())
        candidates = [d / n for d in folders for n in MANIFEST_NAMES]
        quiet = {d / n for d in folders if d not in paths for n in MANIFEST_NAMES}
    discovered: list[tuple[Path, Path | None]] = []
    for item in discover(paths, follow_links=follow_links):
        if isinstance(item, LoadError):
            report.rejected.append(Rejected(item.path, item.reason))
        else:
            discovered.append(item)
    # a corpus whose layout a plugin knows (extract.corpora) brings its own rows;
    # a manifest given or found beside the files wins over them
    for folder in _corpus_roots(paths):
        for key, row in corpus_rows(folder).items():
            rows.setdefault((folder / key).resolve(), row)
    by_name: dict[str, list[Path]] = defaultdict(list)
    for file, _ in discovered:
        by_name[file.name].append(file.resolve())
    bases = [p if p.is_dir() else p.parent for p in paths]
    for m in candidates:
        _read_manifest(
            m, explicit=bool(manifest), quiet=m in quiet, bases=bases, by_name=by_name, rows=rows, report=report
        )
    return [(file, root, rows.get(file.resolve())) for file, root in discovered]


#: how far above a path given a corpus's root may lie (a speech file sits in ``ROOT/YEAR/``)
CORPUS_ROOT_DEPTH = 2


def _corpus_roots(paths: list[Path]) -> list[Path]:
    """The folders a corpus layout is asked about: each folder given, and the folders holding
    each path given, up to ``CORPUS_ROOT_DEPTH`` levels up.

    A single speech file or one year's folder of a known corpus is then read with the corpus's
    metadata (speaker, session date), as when the whole corpus is given; a layout that does not
    recognise a folder gives it no rows.
    """
    roots: dict[Path, None] = {}
    for path in paths:
        if not path.exists():
            continue
        folder = path.resolve() if path.is_dir() else path.resolve().parent
        roots[folder] = None
        roots.update(dict.fromkeys(list(folder.parents)[:CORPUS_ROOT_DEPTH]))
    return list(roots)


def _read_manifest(
    m: Path,
    *,
    explicit: bool,
    quiet: bool,
    bases: list[Path],
    by_name: dict[str, list[Path]],
    rows: dict[Path, dict[str, Any]],
    report: IngestReport,
) -> None:
    """Add the rows of manifest ``m`` to ``rows`` by the file each names (see collect_sources);
    ``explicit``: given by --manifest; ``quiet``: rows for missing files are not reported."""
    if not m.exists():
        if explicit:
            report.rejected.append(Rejected(str(m), "manifest not found"))
        return
    try:
        manifest_rows = load_manifest(m)
    except LoadError as exc:
        report.rejected.append(Rejected(exc.path, exc.reason))
        return
    for key, row in manifest_rows.items():
        # beside the files: relative to the manifest's folder; an explicit --manifest may also
        # name files relative to the folders ingested, or by a file name found once
        options = [m.parent / key] + ([b / key for b in bases] if explicit else [])
        target = next((o.resolve() for o in options if o.exists()), None)
        if target is None and explicit and len(by_name.get(Path(key).name, [])) == 1:
            target = by_name[Path(key).name][0]
        if target is not None:
            rows[target] = row
        elif not quiet:
            report.rejected.append(Rejected(str(m.parent / key), "manifest row for a file that does not exist"))


def ingest(
    paths: Iterable[str | Path],
    store: GraphStore,
    extractor: Extractor,
    *,
    manifest: str | Path | None = None,
    force: bool = False,
    max_bytes: int = 8 * 1024 * 1024,
    on_progress: Callable[[int, int, str], None] | None = None,
    follow_links: bool = False,
) -> IngestReport:
    """Ingest files and folders into the store; returns what was written and what was rejected.

    Raises:
        StoreUnavailable: the store went away (nothing further can be written).
    """
    started = time.perf_counter()
    report = IngestReport()
    paths = [Path(p) for p in paths]
    files = collect_sources(paths, manifest=manifest, max_bytes=max_bytes, report=report, follow_links=follow_links)
    _write_corpus_batches(paths, store, force=force, report=report)
    seen_ids: dict[str, str] = {}
    done = 0

    def loaded() -> Iterator[SourceDocument]:
        """The documents that load and changed; the others are reported or counted and skipped."""
        nonlocal done
        for file, root, row in files:
            try:
                source = load_document(file, manifest_row=row, relative_to=root, max_bytes=max_bytes)
                source = _unique_id(source, seen_ids, file)
                unchanged = not force and _stored_unchanged(store, source, extractor.version)
            except LoadError as exc:
                report.rejected.append(Rejected(exc.path, exc.reason))
                continue
            except StoreUnavailable:
                raise
            except Exception as exc:  # any other failure is this file's alone (issue 15)
                report.rejected.append(Rejected(str(file), f"cannot load: {_describe(exc)}"))
                continue
            if unchanged:
                # a re-run (or a resumed one) does not extract again what the store already holds
                report.unchanged += 1
                done += 1
                if on_progress:
                    on_progress(done, len(files), source.file)
                continue
            yield source

    # Extraction may run in worker processes (extract_many keeps the order); writes stay here,
    # one transaction per document.
    for_extraction, for_writing = itertools.tee(loaded())
    for source, extraction in zip(for_writing, extractor.extract_many(for_extraction), strict=True):
        done += 1
        if on_progress:
            on_progress(done, len(files), source.file)
        _write_one(store, source, extraction, force=force, report=report)
    if on_progress:
        on_progress(len(files), len(files), "")
    report.seconds = time.perf_counter() - started
    return report


def _write_one(
    store: GraphStore, source: SourceDocument, extraction: Extraction | Exception, *, force: bool, report: IngestReport
) -> None:
    """Write one document's extraction (one transaction) and count it; a failure is this
    document's alone and goes into the report, except a store that went away.

    Raises:
        StoreUnavailable: the store went away.
    """
    if isinstance(extraction, Exception):
        report.rejected.append(Rejected(source.path, f"extraction failed: {_describe(extraction)}"))
        return
    try:
        result = store.write_document(extraction.batch, force=force)
    except (WriteError, ValidationError) as exc:
        report.rejected.append(Rejected(source.path, f"not written: {_first_line(exc)}"))
        return
    except StoreUnavailable:
        raise
    except Exception as exc:  # a value a driver cannot send, or anything else: this document only
        report.rejected.append(Rejected(source.path, f"not written: {_describe(exc)}"))
        return
    setattr(report, result.status, getattr(report, result.status) + 1)
    report.words += len(source.text.split())
    if result.status != "unchanged":
        report.nodes += result.nodes
        report.relationships += result.relationships
        report.claims_by_type.update(r.type.value for r in extraction.batch.claims)
        report.normalisations.update(extraction.normalisations)


def _write_corpus_batches(paths: list[Path], store: GraphStore, *, force: bool, report: IngestReport) -> None:
    """Documents a known corpus layout adds beside its files (a speakers file's offices)."""
    for folder in dict.fromkeys(p for p in paths if p.is_dir()):
        try:
            batches = corpus_batches(folder)
        except LoadError as exc:
            report.rejected.append(Rejected(exc.path, exc.reason))
            continue
        for batch in batches:
            try:
                result = store.write_document(batch, force=force)
            except (WriteError, ValidationError) as exc:
                report.rejected.append(Rejected(batch.document.id, f"not written: {_first_line(exc)}"))
                continue
            except StoreUnavailable:
                raise
            except Exception as exc:
                report.rejected.append(Rejected(batch.document.id, f"not written: {_describe(exc)}"))
                continue
            setattr(report, result.status, getattr(report, result.status) + 1)
            if result.status != "unchanged":
                report.nodes += result.nodes
                report.relationships += result.relationships
                report.claims_by_type.update(r.type.value for r in batch.claims)


def _stored_unchanged(store: GraphStore, source: SourceDocument, pipeline_version: str) -> bool:
    """Whether the store holds this document as this text, metadata and pipeline would write it."""
    state = store.document_state(source.doc_id)
    return state is not None and state[0] == source.fingerprint(pipeline_version)


def _unique_id(source: SourceDocument, seen: dict[str, str], file: Path) -> SourceDocument:
    """Two files of one batch with the same stem get distinct ids (the later one a path hash).

    Files are told apart by their resolved path: two folders given separately both show their
    ``note.txt`` as ``note.txt``. The suffix hashes the path relative to the folder it came from,
    or, where that is the same for both, the path as given.
    """
    import hashlib

    owner_key = str(file.resolve())
    if seen.setdefault(source.doc_id, owner_key) == owner_key:
        return source
    for basis in (source.path, file.as_posix(), owner_key):
        doc_id = f"{source.doc_id}-{hashlib.sha1(basis.encode('utf-8')).hexdigest()[:8]}"
        if seen.setdefault(doc_id, owner_key) == owner_key:
            return source.model_copy(update={"doc_id": doc_id})
    raise AssertionError(f"no unique id for {file}")  # pragma: no cover - distinct resolved paths differ


def _describe(exc: BaseException) -> str:
    """``Type: first line`` of an exception, short enough for one report line."""
    return f"{type(exc).__name__}: {_first_line(exc)[:300]}"


def _first_line(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(str(e["msg"]) for e in exc.errors()[:3])
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
