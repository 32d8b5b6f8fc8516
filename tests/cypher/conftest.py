"""Data sets the cookbook is checked against: one YAML file each in ``expected/``.

A data set says how to load it (``load: sample`` for the sample graph, or ``load: {ingest:
[paths]}`` to run the real ingest over files of the repository) and, per query, the cases whose
answers it fixes (format in ``expected/sample.yaml``). Adding ``expected/seeds.yaml`` with
``load: {ingest: [seeds]}`` plugs the ingested seed documents in; no code changes.

Each store holds one data set at a time: :func:`ensure_dataset` compares a snapshot of the
store (documents, fingerprints, counts) with the one taken after loading, and reloads only when
another test changed the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from diplograph.graph.stores import GraphStore

from ..fixtures.sample_graph import ensure_sample

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = Path(__file__).parent / "expected"


@dataclass(frozen=True)
class Case:
    """One run of a query and what its answer must satisfy."""

    dataset: str
    query: str
    index: int
    params: dict[str, Any]
    rows: list[dict[str, Any]] | None = None
    ordered: bool = True
    contains: list[dict[str, Any]] = field(default_factory=list)
    absent: list[dict[str, Any]] = field(default_factory=list)
    count: int | None = None
    question: str | None = None

    @property
    def id(self) -> str:
        tag = f"-{self.question}" if self.question else ""
        return f"{self.dataset}-{self.query}-{self.index}{tag}"


@dataclass(frozen=True)
class Dataset:
    name: str
    load: Any
    cases: list[Case]


def read_dataset(path: Path) -> Dataset:
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    name = path.stem
    cases = []
    for query, entries in (spec.get("queries") or {}).items():
        for i, entry in enumerate(entries):
            unknown = set(entry) - {"params", "rows", "ordered", "contains", "absent", "count", "question"}
            if unknown:
                raise ValueError(f"{path.name}: {query}[{i}] has unknown keys {sorted(unknown)}")
            cases.append(
                Case(
                    dataset=name,
                    query=query,
                    index=i,
                    params=entry.get("params") or {},
                    rows=entry.get("rows"),
                    ordered=entry.get("ordered", True),
                    contains=entry.get("contains") or [],
                    absent=entry.get("absent") or [],
                    count=entry.get("count"),
                    question=entry.get("question"),
                )
            )
    return Dataset(name=name, load=spec.get("load"), cases=cases)


DATASETS: dict[str, Dataset] = {p.stem: read_dataset(p) for p in sorted(EXPECTED.glob("*.yaml"))}

_snapshots: dict[tuple[int, str], tuple[Any, ...]] = {}


def _snapshot(store: GraphStore) -> tuple[Any, ...]:
    documents = sorted(map(tuple, store.read("MATCH (d:Document) RETURN d.id, d.fingerprint").rows))
    nodes = store.read("MATCH (n) RETURN count(n)").rows[0][0]
    relationships = store.read("MATCH ()-[r]->() RETURN count(r)").rows[0][0]
    return (tuple(documents), nodes, relationships)


def ensure_dataset(store: GraphStore, dataset: Dataset) -> None:
    """Make ``store`` hold exactly ``dataset`` (loading it only when something else is there)."""
    if dataset.load == "sample":
        ensure_sample(store)
        return
    key = (id(store), dataset.name)
    if _snapshots.get(key) == _snapshot(store):
        return
    if not (isinstance(dataset.load, dict) and "ingest" in dataset.load):
        raise ValueError(f"data set {dataset.name}: unknown load {dataset.load!r}")
    from diplograph.extract.pipeline import build_extractor
    from diplograph.ground.config import get_settings
    from diplograph.ingest import ingest

    store.wipe()
    report = ingest([ROOT / p for p in dataset.load["ingest"]], store, build_extractor(get_settings().spacy_model))
    assert not report.rejected, f"data set {dataset.name}: rejected {report.rejected}"
    _snapshots[key] = _snapshot(store)


def all_cases() -> list[Case]:
    return [case for ds in DATASETS.values() for case in ds.cases]


@pytest.fixture
def cookbook_store(any_store: GraphStore, request: pytest.FixtureRequest) -> GraphStore:
    """The parametrised store holding the data set of the test's ``case``."""
    case: Case = request.getfixturevalue("case")
    ensure_dataset(any_store, DATASETS[case.dataset])
    return any_store


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # Test modules cannot import this conftest (importlib import mode), so cases arrive as a
    # parameter and the helpers below as fixtures.
    if "case" in metafunc.fixturenames:
        cases = all_cases()
        metafunc.parametrize("case", cases, ids=[c.id for c in cases])


@pytest.fixture(scope="session")
def datasets() -> dict[str, Dataset]:
    return DATASETS


def _normalise(value: Any) -> Any:
    """Lists of scalars compare sorted (collect() order is not part of an answer)."""
    if isinstance(value, list) and all(not isinstance(v, (list, dict)) for v in value):
        return sorted(value, key=lambda v: (str(type(v)), v))
    return value


def _project(row: dict[str, Any], keys: list[str]) -> dict[str, Any]:
    return {k: _normalise(row.get(k)) for k in keys}


def check_answer(case: Case, columns: list[str], records: list[dict[str, Any]]) -> None:
    """Assert the answer satisfies the case; failures show the whole answer for diagnosis."""
    shown = "\n".join(map(str, records)) or "(no rows)"
    if case.count is not None:
        assert len(records) == case.count, f"expected {case.count} rows, got {len(records)}:\n{shown}"
    wanted_keys = {k for row in (case.rows or []) + case.contains + case.absent for k in row}
    missing = wanted_keys - set(columns)
    assert not missing, f"the query returns no column {sorted(missing)}; it returns {columns}"
    if case.rows is not None:
        expected = [_project(row, list(row)) for row in case.rows]
        actual = [_project(rec, list(exp)) for rec, exp in zip(records, case.rows, strict=False)]
        assert len(records) == len(case.rows), f"expected {len(case.rows)} rows, got {len(records)}:\n{shown}"
        if not case.ordered:
            actual = [_project(rec, list(case.rows[0])) for rec in records]
            expected = [_project(row, list(case.rows[0])) for row in case.rows]
            key = repr
            actual, expected = sorted(actual, key=key), sorted(expected, key=key)
        assert actual == expected, f"answer differs:\n{shown}"
    for row in case.contains:
        projected = [_project(rec, list(row)) for rec in records]
        assert _project(row, list(row)) in projected, f"missing {row} in:\n{shown}"
    for row in case.absent:
        projected = [_project(rec, list(row)) for rec in records]
        assert _project(row, list(row)) not in projected, f"unexpected {row} in:\n{shown}"


@pytest.fixture(scope="session")
def answer_checker() -> Any:
    return check_answer


@pytest.fixture(scope="session")
def load_dataset() -> Any:
    """``load_dataset(store, name)``: make the store hold that data set (as cookbook_store does)."""
    return lambda store, name: ensure_dataset(store, DATASETS[name])
