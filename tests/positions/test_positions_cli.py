"""`diplograph positions`: the timeline as a table, as JSON with its claims, and as a plot, on both stores."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from diplograph.connect import open_store
from diplograph.graph.models import GraphBatch
from diplograph.graph.stores import GraphStore
from diplograph.positions_cli import positions


def run(*args: str) -> Result:
    return CliRunner().invoke(positions, list(args), catch_exceptions=False)


@pytest.fixture(params=["embedded", "neo4j"])
def store_url(
    request: pytest.FixtureRequest, tmp_path: Path, positions_batches: Callable[[], list[GraphBatch]]
) -> Iterator[str]:
    """A store URL the command opens itself, holding the positions graph."""
    batches_of = positions_batches
    if request.param == "embedded":
        url = f"embedded:{tmp_path / 'store'}"
        with open_store(url) as s:
            for batch in batches_of():
                s.write_document(batch)
        yield url
        return
    neo: GraphStore = request.getfixturevalue("neo4j_store")
    neo.wipe()
    for batch in batches_of():
        neo.write_document(batch)
    url = os.environ.get("DIPLOGRAPH_TEST_NEO4J")
    if not url:
        from diplograph.neo4j_local import local_server_url

        url = local_server_url()
    assert url
    yield url
    neo.wipe()


def test_table_lists_targets_with_most_years_first(store_url: str) -> None:
    result = run("China", "--store", store_url)
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if "│" in line]
    assert "unilateral sanctions" in lines[0] and lines[0].count("-1") == 4  # opposed in all four years
    assert any("sovereignty and territorial integrity" in line and line.count("+1") == 3 for line in lines)
    assert "6 targets, 13 claims; 3 targets with positions in 3 or more periods" in result.stderr


def test_json_carries_every_claim_with_its_quote(store_url: str) -> None:
    result = run("state:CHN", "--store", store_url, "--json", "--target", "sovereignty and territorial integrity")
    body = json.loads(result.stdout)
    [target] = body["targets"]
    assert target["id"] == "issue:sovereignty-and-territorial-integrity" and list(target["periods"]) == [
        "2015",
        "2016",
        "2022",
    ]
    claim = target["periods"]["2015"]["claims"][0]
    assert claim["evidence"] == "We firmly support the sovereignty and territorial integrity of all states."
    assert claim["dated"] is False and claim["as_of"] == "2015-09" and claim["doc_id"] == "doc:chn_70_2015"


def test_filters_quotes_and_plot(store_url: str, tmp_path: Path) -> None:
    result = run(
        "United States",
        "--store",
        store_url,
        "--since",
        "2017",
        "--until",
        "2022",
        "--quotes",
        "--min-years",
        "2",
        "--plot",
        str(tmp_path / "usa.png"),
    )
    assert result.exit_code == 0, result.output
    assert (
        "climate action" in result.stdout
        and "“We reject the climate agreement as unfair to our workers.”"
        in result.stdout.replace("\n", " ").replace("  ", " ")
    )
    assert "[as of 2017-09]" in result.stdout  # undated claims say what places them
    png = (tmp_path / "usa.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5_000


def test_unknown_actor_and_bad_dates(store_url: str) -> None:
    missing = run("Atlantis", "--store", store_url)
    assert missing.exit_code == 1 and "no actor 'Atlantis'" in missing.stderr
    assert run("China", "--store", store_url, "--target", "issue:nothing").exit_code == 1
    bad = CliRunner().invoke(positions, ["China", "--since", "last year", "--store", store_url])
    assert bad.exit_code == 2 and "YYYY" in bad.output
