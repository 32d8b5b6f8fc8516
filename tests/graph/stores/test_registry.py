"""The store registry, and stores given their settings and credentials by whoever builds them."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import diplograph.graph
from diplograph.connect import local_auth
from diplograph.graph.stores import SCHEMES, GraphStore, is_neo4j_url, open_store
from diplograph.ground.config import Settings
from diplograph.ground.errors import ConfigError, StoreUnavailable

from ...conftest import neo4j_test_url

GRAPH = Path(diplograph.graph.__file__).parent


def test_every_scheme_names_a_store_class() -> None:
    for scheme, (module, name) in SCHEMES.items():
        cls = getattr(importlib.import_module(f"diplograph.graph.stores.{module}"), name)
        assert issubclass(cls, GraphStore), scheme
    assert is_neo4j_url("neo4j+s://db.example:7687") and not is_neo4j_url("embedded:/tmp/x")


@pytest.mark.parametrize("url", ["http://example.org", "embedded://x", "ftp://a"])
def test_unknown_schemes_are_refused_before_anything_opens(url: str) -> None:
    with pytest.raises(ConfigError, match="unknown store URL scheme"):
        open_store(url)


def test_the_graph_layer_reads_no_global_settings_and_knows_no_local_server() -> None:
    offenders = []
    for path in sorted(GRAPH.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            names = [a.name for a in getattr(node, "names", [])]
            module = getattr(node, "module", None) or ""
            if "get_settings" in names or "neo4j_local" in module or "neo4j_local" in names:
                offenders.append(str(path.relative_to(GRAPH)))
    assert offenders == []


def test_an_embedded_store_uses_the_settings_it_is_given(tmp_path: Path) -> None:
    settings = Settings(query_row_cap=3)
    with open_store(str(tmp_path / "store"), settings=settings) as store:
        assert store.settings is settings
        result = store.read("UNWIND range(1, 10) AS x RETURN x")
        assert (len(result.rows), result.truncated, result.truncated_by) == (3, True, "rows")


def test_local_auth_only_where_neither_the_url_nor_the_settings_carry_credentials() -> None:
    assert local_auth("embedded:/tmp/x", Settings()) is None
    assert local_auth("bolt://neo4j:pw@127.0.0.1:7687", Settings()) is None
    assert local_auth("bolt://127.0.0.1:7687", Settings(NEO4J_PASSWORD="set-in-the-environment")) is None


@pytest.mark.neo4j
def test_a_neo4j_store_uses_the_credentials_it_is_given() -> None:
    url = neo4j_test_url()
    if not url or "@" in url:
        pytest.skip("needs the local server of `diplograph neo4j start` (credentials from its state)")
    settings = Settings()
    auth = local_auth(url, settings)
    if auth is None:
        pytest.skip(f"{url} is not the local server")
    with open_store(url, settings=settings, auth=auth) as store:
        assert store.read("RETURN 1 AS ok").rows == [[1]]
    with pytest.raises(StoreUnavailable):
        open_store(url, settings=settings, auth=(auth[0], auth[1] + "-wrong"))
