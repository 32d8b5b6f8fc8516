"""The OpenAPI document as a dashboard developer meets it: named operations, shared enums, one error
schema, one name for one thing, and /docs and /redoc that work without internet."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx
import pytest

from diplograph.api.openapi import OPERATION_IDS
from diplograph.graph.stores import GraphStore

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def spec_and_url(make_live_app: Any, embedded_store: GraphStore) -> Iterator[tuple[dict[str, Any], str]]:
    from ..fixtures.sample_graph import ensure_sample

    ensure_sample(embedded_store)
    with make_live_app(store=embedded_store) as (_, url):
        yield httpx.get(f"{url}/openapi.json").json(), url


@pytest.fixture(scope="module")
def spec(spec_and_url: tuple[dict[str, Any], str]) -> dict[str, Any]:
    return spec_and_url[0]


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method, op in item.items():
            yield path, method, op


def test_every_operation_has_its_explicit_operation_id(spec: dict[str, Any]) -> None:
    ids = [op["operationId"] for _, _, op in _operations(spec)]
    assert sorted(ids) == sorted(OPERATION_IDS.values())  # every route named in the table, once
    assert all(re.fullmatch(r"(list|get|run|ingest)_[a-z_]+", i) for i in ids), ids


def test_every_error_is_problem_details(spec: dict[str, Any]) -> None:
    problem = spec["components"]["schemas"]["Problem"]
    assert {"type", "title", "status", "detail", "code"} <= set(problem["required"])
    assert problem["properties"]["errors"]["anyOf"][0]["items"] == {"$ref": "#/components/schemas/ValidationIssue"}
    assert "HTTPValidationError" not in spec["components"]["schemas"]
    for path, method, op in _operations(spec):
        for status, response in op["responses"].items():
            if status[0] in "45":
                assert list(response["content"]) == ["application/problem+json"], (path, method, status)
                assert response["content"]["application/problem+json"]["schema"] == {
                    "$ref": "#/components/schemas/Problem"
                }
        if op.get("parameters") or op.get("requestBody"):
            assert "422" in op["responses"], (path, method)


def test_enums_are_named_shared_schemas(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for name in ("Granularity", "ClaimType", "RelType", "NodeKind", "ActorKind", "EventKind", "Stance"):
        assert "enum" in schemas[name], name
    inline: list[tuple[str, list[str]]] = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            if "enum" in node and not re.fullmatch(r"/components/schemas/[A-Za-z]+", where):
                inline.append((where, node["enum"]))
            for k, v in node.items():
                walk(v, f"{where}/{k}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{where}/{i}")

    walk(spec, "")
    # what is left inline is used once: a document's format, an ingest status, health, a shift's kind,
    # the cap that cut a query's answer
    assert sorted(tuple(values) for _, values in inline) == [
        ("change", "silence"),
        ("created", "replaced", "unchanged"),
        ("ok", "unavailable"),
        ("rows", "bytes"),
        ("text", "markdown"),
    ], inline
    granularity = [
        p
        for _, _, op in _operations(spec)
        for p in op.get("parameters", [])
        if p["name"] == "granularity" and "Granularity" in str(p["schema"])
    ]
    assert len(granularity) == 4  # three /positions routes and /analytics/alignment, all by reference


def test_one_name_for_one_thing(spec: dict[str, Any]) -> None:
    """``evidence`` is always the quote, ``count`` an integer total, and every paged list says where
    the next page starts."""
    for name, schema in spec["components"]["schemas"].items():
        props = schema.get("properties", {})
        if "evidence" in props:
            assert "string" in str(props["evidence"]), name
        for field in ("claim_count", "undated_count", "count"):
            if field in props and name not in ("Mention",):
                assert props[field].get("type") == "integer", (name, field)
        if "claim_keys" in props:
            assert props["claim_keys"]["items"] == {"type": "string"}, name
        assert "undated" not in props and "a_claims" not in props, name
        if props.get("data", {}).get("type") == "array" and name != "Rows":
            assert {"count", "next"} <= set(props), f"{name} is a list without count and next"
    assert "count" in spec["components"]["schemas"]["Neighbourhood"]["properties"]
    assert "application/json" in spec["paths"]["/queries"]["get"]["responses"]["200"]["content"]
    described = spec["info"]["description"]
    assert "claim_count" in described and "problem" in described


def test_docs_and_redoc_load_only_local_assets(spec_and_url: tuple[dict[str, Any], str]) -> None:
    _, url = spec_and_url
    for page in ("/docs", "/redoc"):
        html = httpx.get(f"{url}{page}").text
        sources = re.findall(r"""(?:src|href)=["']([^"']+)["']""", html)
        assert sources, page
        for source in sources:
            assert source.startswith("/"), f"{page} loads {source} from elsewhere"
            response = httpx.get(f"{url}{source}")
            assert response.status_code == 200 and len(response.content) > 1000, source
        assert "cdn" not in html.lower() and "fonts.googleapis" not in html


@pytest.mark.browser
def test_swagger_ui_renders_without_internet(spec_and_url: tuple[dict[str, Any], str]) -> None:
    """In Chromium with every request off this host refused: the page still lists the operations."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium (apt-get install chromium)")
    from playwright.sync_api import expect, sync_playwright

    _, url = spec_and_url
    foreign: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"])
        try:
            page = browser.new_page()

            def route(r: Any) -> None:
                if urlparse(r.request.url).hostname == "127.0.0.1":
                    r.continue_()
                else:
                    foreign.append(r.request.url)
                    r.abort()

            page.route("**/*", route)
            page.goto(f"{url}/docs")
            expect(page.locator("#operations-positions-get_position_timeline")).to_be_visible(timeout=20_000)
            page.goto(f"{url}/redoc")
            summary = "An actor's stance towards each target, period by period"
            expect(page.get_by_text(summary).first).to_be_attached(timeout=20_000)
            page.wait_for_load_state("networkidle")  # whatever the page would fetch, it has asked for by now
        finally:
            browser.close()
    assert foreign == []


def test_examples_in_the_document_are_valid_bodies(spec: dict[str, Any]) -> None:
    """The examples a reader learns the names from are real answers: each validates against its model."""
    from diplograph.api.routes.positions import MatrixCell, TimelineEntry
    from diplograph.api.schemas import Problem

    schemas = spec["components"]["schemas"]
    for model in (Problem, TimelineEntry, MatrixCell):
        examples = schemas[model.__name__]["examples"]
        assert examples, model.__name__
        for example in examples:
            model.model_validate(example)
