"""Ingest: files -> SourceDocument -> extraction -> one transaction per document.

One broken document never stops a batch: every failure (load, extraction, write) becomes a
rejected entry with its reason, and the next document goes on.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from pydantic import ValidationError

from diplograph.errors import LoadError, StoreUnavailable, WriteError
from diplograph.extract.loaders import MANIFEST_NAMES, SourceDocument, discover, load_document, load_manifest
from diplograph.graph.models import GraphBatch
from diplograph.graph.store import GraphStore

log = logging.getLogger(__name__)


@dataclass
class Extraction:
    """What extraction made of one document."""

    batch: GraphBatch
    normalisations: Counter[str] = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)


class Extractor(Protocol):
    version: str

    def extract(self, source: SourceDocument) -> Extraction: ...


@dataclass
class Rejected:
    path: str
    reason: str


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
) -> list[tuple[Path, Path | None, dict[str, Any] | None]]:
    """The files to ingest with their manifest rows; problems go into the report.

    A manifest comes from ``--manifest`` or sits beside the files (``manifest.json`` in a folder
    given on the command line, or beside a file given directly). Rows naming files that do not
    exist are reported (except from a manifest that only sits beside files given directly).
    """
    rows: dict[str, dict[str, Any]] = {}
    manifest_dirs: list[Path] = []
    paths = [Path(p) for p in paths]
    # A manifest beside a file given on its own lends that file its row; its other rows are not
    # this run's business, so rows it holds for missing files are not reported.
    quiet_dirs: set[Path] = set()
    if manifest:
        candidates = [Path(manifest)]
    else:  # beside the files: in each folder given, and beside each file given directly
        folders = dict.fromkeys(p if p.is_dir() else p.parent for p in paths if p.exists())
        quiet_dirs = {d for d in folders if d not in paths}
        candidates = [d / n for d in folders for n in MANIFEST_NAMES]
    for m in candidates:
        if not m.exists():
            if manifest:
                report.rejected.append(Rejected(str(m), "manifest not found"))
            continue
        try:
            rows.update(load_manifest(m))
            manifest_dirs.append(m.parent)
        except LoadError as exc:
            report.rejected.append(Rejected(exc.path, exc.reason))
    found: list[tuple[Path, Path | None, dict[str, Any] | None]] = []
    used: set[str] = set()
    for item in discover(paths):
        if isinstance(item, LoadError):
            report.rejected.append(Rejected(item.path, item.reason))
            continue
        file, root = item
        row = None
        for key in _manifest_keys(file, root, manifest_dirs):
            if key in rows:
                row, _ = rows[key], used.add(key)
                break
        found.append((file, root, row))
    for key in sorted(set(rows) - used):
        if not any((d / key).exists() for d in manifest_dirs) and not set(manifest_dirs) <= quiet_dirs:
            report.rejected.append(Rejected(key, "manifest row for a file that does not exist"))
    return found


def _manifest_keys(file: Path, root: Path | None, manifest_dirs: list[Path]) -> list[str]:
    keys = [file.name]
    for d in [root, *manifest_dirs]:
        if d is not None:
            try:
                keys.insert(0, file.relative_to(d).as_posix())
            except ValueError:
                pass
    return keys


def ingest(
    paths: Iterable[str | Path],
    store: GraphStore,
    extractor: Extractor,
    *,
    manifest: str | Path | None = None,
    force: bool = False,
    max_bytes: int = 8 * 1024 * 1024,
    on_progress: Callable[[int, int, str], None] | None = None,
) -> IngestReport:
    """Ingest files and folders into the store; returns what was written and what was rejected.

    Raises:
        StoreUnavailable: the store went away (nothing further can be written).
    """
    started = time.perf_counter()
    report = IngestReport()
    sources = collect_sources(paths, manifest=manifest, max_bytes=max_bytes, report=report)
    seen_ids: dict[str, str] = {}
    for i, (file, root, row) in enumerate(sources):
        if on_progress:
            on_progress(i, len(sources), file.name)
        try:
            source = load_document(file, manifest_row=row, relative_to=root, max_bytes=max_bytes)
            source = _unique_id(source, seen_ids, file)
            extraction = extractor.extract(source)
            result = store.write_document(extraction.batch, force=force)
        except LoadError as exc:
            report.rejected.append(Rejected(exc.path, exc.reason))
            continue
        except (WriteError, ValidationError) as exc:
            report.rejected.append(Rejected(str(file), f"not written: {_first_line(exc)}"))
            continue
        except StoreUnavailable:
            raise
        except Exception as exc:  # an extraction bug must not stop the batch; it is reported
            log.exception("extraction failed on %s", file)
            report.rejected.append(Rejected(str(file), f"extraction failed: {type(exc).__name__}: {_first_line(exc)}"))
            continue
        setattr(report, result.status, getattr(report, result.status) + 1)
        report.words += len(source.text.split())
        if result.status != "unchanged":
            report.nodes += result.nodes
            report.relationships += result.relationships
            report.claims_by_type.update(r.type.value for r in extraction.batch.claims)
            report.normalisations.update(extraction.normalisations)
    if on_progress:
        on_progress(len(sources), len(sources), "")
    report.seconds = time.perf_counter() - started
    return report


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


def _first_line(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(str(e["msg"]) for e in exc.errors()[:3])
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
