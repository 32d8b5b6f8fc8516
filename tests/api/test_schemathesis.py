"""Property-based checks of the whole API from its own OpenAPI document, on both stores.

Schemathesis generates requests for every operation and checks that no response is a server error
and that every response matches the schema documented for its status. It runs

* on the embedded store, every phase: the schema's examples, the *coverage* phase (boundary and
  invalid values of every parameter, some 4,000 requests) and random fuzzing;
* on Neo4j, the examples and random fuzzing only. The coverage phase mostly probes validation,
  which is answered before any store is touched, and it is most of the run's time; what depends on
  the store (queries with odd but valid values) is what fuzzing sends to both.

Bounded so both stores together stay around a minute.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import not_a_server_error
from schemathesis.python.asgi import ASGIClient
from schemathesis.specs.openapi.checks import response_schema_conformance

from diplograph.api.main import create_app
from diplograph.graph.stores import GraphStore
from diplograph.ground.config import Settings

from ..fixtures.sample_graph import ensure_sample

MAX_EXAMPLES = 8
CHECKS = [not_a_server_error, response_schema_conformance]

# A timeout short enough that a generated query that happens to be slow cannot stall the run, long
# enough for Neo4j to plan a query it has not seen (about a second for the claim lookup). The API
# key is set so POST /documents is enabled: generated requests, without the key, take the 401 path.
SETTINGS = Settings(api_key="schemathesis-key-0123456789", query_timeout_s=5.0, query_row_cap=200, cypher="public")


class _NoStore:
    """Stands in for a store while the schema is loaded: /openapi.json never reads the graph."""

    kind = url = "none"

    def close(self) -> None:
        pass


# The document is loaded once, from the application itself; each test then sends its requests to
# an application over a real store through ``session``. (schemathesis.pytest.from_fixture would
# do this per fixture, but fails under pytest 9: it reads the removed ``Function._nodeid``.)
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(store=_NoStore(), settings=SETTINGS))  # type: ignore[arg-type]


def _client(request: pytest.FixtureRequest, kind: str) -> Iterator[ASGIClient]:
    """An in-process client of the application over one store, kept across calls."""
    store: GraphStore = request.getfixturevalue(f"{kind}_store")
    # Generated requests cannot write (POST /documents has no key), so loading once is enough.
    ensure_sample(store)
    with ASGIClient(create_app(store=store, settings=SETTINGS)) as client:
        yield client


@pytest.fixture(scope="module")
def embedded_client(request: pytest.FixtureRequest) -> Iterator[ASGIClient]:
    yield from _client(request, "embedded")


@pytest.fixture(scope="module")
def neo4j_client(request: pytest.FixtureRequest) -> Iterator[ASGIClient]:
    yield from _client(request, "neo4j")


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_embedded(case: schemathesis.Case, embedded_client: ASGIClient) -> None:
    case.call_and_validate(session=embedded_client, checks=CHECKS)


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
    phases=[Phase.generate],
)
def test_neo4j(case: schemathesis.Case, neo4j_client: ASGIClient) -> None:
    case.call_and_validate(session=neo4j_client, checks=CHECKS)
