"""Shared fixtures: both real stores behind one parametrised ``store`` fixture, and paths.

Neo4j is found from ``DIPLOGRAPH_TEST_NEO4J`` (a store URL) or the local server that
``diplograph neo4j start`` runs. Without one, Neo4j tests skip and say why, unless
``DIPLOGRAPH_REQUIRE_NEO4J=1`` (set by scripts/test and CI), which makes a missing server an error:
in CI no test may be skipped for want of Neo4j. Tests wipe the Neo4j database they are given, so
never point ``DIPLOGRAPH_TEST_NEO4J`` at a database you care about.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from diplograph.connect import open_store
from diplograph.graph.stores import GraphStore

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
STORE_KINDS = ("embedded", "neo4j")


def neo4j_test_url() -> str | None:
    url = os.environ.get("DIPLOGRAPH_TEST_NEO4J")
    if url:
        return url
    try:
        from diplograph.neo4j_local import local_server_url
    except ImportError:
        return None
    return local_server_url()


def _require_neo4j() -> bool:
    return os.environ.get("DIPLOGRAPH_REQUIRE_NEO4J") == "1"


@pytest.fixture(scope="session")
def embedded_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    store = open_store(str(tmp_path_factory.mktemp("embedded-store")))
    yield store
    store.close()


@pytest.fixture(scope="session")
def neo4j_store() -> Iterator[GraphStore]:
    url = neo4j_test_url()
    if not url:
        if _require_neo4j():
            pytest.fail("DIPLOGRAPH_REQUIRE_NEO4J=1 but no Neo4j: start one with `diplograph neo4j start`")
        pytest.skip("no Neo4j server: run `diplograph neo4j start` or set DIPLOGRAPH_TEST_NEO4J")
    try:
        store = open_store(url)
    except Exception as exc:
        if _require_neo4j():
            raise
        pytest.skip(f"Neo4j at {url} unreachable: {exc}")
    yield store
    store.close()


@pytest.fixture(params=STORE_KINDS)
def any_store(request: pytest.FixtureRequest) -> GraphStore:
    """Each store in turn, not wiped: for tests that only read what a module fixture wrote."""
    return request.getfixturevalue(f"{request.param}_store")


@pytest.fixture(params=STORE_KINDS)
def store(request: pytest.FixtureRequest) -> Iterator[GraphStore]:
    """Each real store in turn, empty at the start of the test."""
    s: GraphStore = request.getfixturevalue(f"{request.param}_store")
    s.wipe()
    yield s


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the corpora and gold sets live beside the project, not in it")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return ROOT / "seeds"
