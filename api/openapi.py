"""The OpenAPI document and the pages that show it: named operations, one error schema, local docs.

* ``operationId``s are chosen here, one per route, so a generated client has methods named after
  what they do (``get_position_timeline``) rather than FastAPI's default (``timeline_positions_get``).
  A route missing from :data:`OPERATION_IDS` stops the application from starting.
* Every error status of every operation is ``application/problem+json`` with the ``Problem``
  schema (api/errors.py); FastAPI's own 422 schemas (``HTTPValidationError``) are replaced.
* ``/docs`` (Swagger UI) and ``/redoc`` (ReDoc) load their scripts from the ``fastapi-offline``
  package, pinned in pyproject.toml, served under ``/docs/assets``: they work without internet.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import fastapi_offline
from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles

from .errors import PROBLEM_MEDIA_TYPE

__all__ = ["ASSETS", "OPERATION_IDS", "install_docs", "install_openapi", "operation_id"]

#: route function name -> operationId (verbs first: list_, get_, run_, ingest_)
OPERATION_IDS: dict[str, str] = {
    "health": "get_health",
    "list_actors": "list_actors",
    "get_actor": "get_actor",
    "actor_claims": "list_actor_claims",
    "alignment": "get_alignment",
    "centrality": "get_centrality",
    "communities": "get_communities",
    "get_claim": "get_claim",
    "run_cypher": "run_cypher",
    "list_documents": "list_documents",
    "get_document": "get_document",
    "ingest_document": "ingest_document",
    "list_events": "list_events",
    "get_event": "get_event",
    "neighbourhood": "get_neighbourhood",
    "shortest_path": "get_shortest_path",
    "list_issues": "list_issues",
    "get_issue": "get_issue",
    "timeline": "get_position_timeline",
    "matrix": "get_position_matrix",
    "shifts": "list_position_shifts",
    "list_queries": "list_queries",
    "run_query": "run_query",
}

#: Swagger UI and ReDoc as the fastapi-offline wheel ships them
ASSETS = Path(fastapi_offline.__file__).parent / "static"
_ASSETS_URL = "/docs/assets"


def operation_id(route: APIRoute) -> str:
    """The ``generate_unique_id_function`` of the app: the table's name for a documented route."""
    if not route.include_in_schema:
        return f"{route.name}_{'_'.join(sorted(route.methods or []))}".lower()
    try:
        return OPERATION_IDS[route.name]
    except KeyError:
        raise RuntimeError(f"route {route.path} ({route.name}) has no operationId in api/openapi.py") from None


def _problem_content(spec: dict[str, Any]) -> dict[str, Any]:
    ref = {"$ref": "#/components/schemas/Problem"}
    examples = spec["components"]["schemas"]["Problem"].get("examples") or []
    return {PROBLEM_MEDIA_TYPE: {"schema": ref, **({"example": examples[0]} if examples else {})}}


def _rewrite_errors(spec: dict[str, Any]) -> dict[str, Any]:
    """Every 4xx/5xx response as problem details; the 422 FastAPI adds is given the same schema."""
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    content = _problem_content(spec)
    invalid = {"loc": ["query", "since"], "msg": "Value error, impossible date '2019-13'", "type": "value_error"}
    for item in spec.get("paths", {}).values():
        for op in item.values():
            for status, response in op.get("responses", {}).items():
                if status[0] in "45":
                    response["content"] = content
                if status == "422":
                    response["description"] = "invalid parameters or body: each failed check is in errors"
                    response["content"] = {
                        PROBLEM_MEDIA_TYPE: {
                            "schema": content[PROBLEM_MEDIA_TYPE]["schema"],
                            "example": {
                                "type": "urn:diplograph:problem:invalid_request",
                                "title": "Unprocessable Content",
                                "status": 422,
                                "detail": f"query.since: {invalid['msg']}",
                                "code": "invalid_request",
                                "errors": [invalid],
                            },
                        }
                    }
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    return spec


def install_openapi(app: FastAPI) -> None:
    """Replace ``app.openapi`` with one that rewrites error responses (built once, then cached)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = get_openapi(
                title=app.title,
                version=app.version,
                summary=app.summary,
                description=app.description,
                routes=app.routes,
                tags=app.openapi_tags,
            )
            app.openapi_schema = _rewrite_errors(spec)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def install_docs(app: FastAPI) -> None:
    """``/docs`` and ``/redoc`` from the packaged assets (create the app with docs_url=None)."""
    app.mount(_ASSETS_URL, StaticFiles(directory=ASSETS), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        page = get_swagger_ui_html(
            openapi_url="/openapi.json",
            title=f"{app.title}: API",
            swagger_js_url=f"{_ASSETS_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{_ASSETS_URL}/swagger-ui.css",
            swagger_favicon_url=f"{_ASSETS_URL}/favicon.png",
            # no badge from the public validator service
            swagger_ui_parameters={"validatorUrl": None},
        )
        return _local_only(page)

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        page = get_redoc_html(
            openapi_url="/openapi.json",
            title=f"{app.title}: API reference",
            redoc_js_url=f"{_ASSETS_URL}/redoc.standalone.js",
            redoc_favicon_url=f"{_ASSETS_URL}/favicon.png",
            with_google_fonts=False,
        )
        # ReDoc's sidebar links its vendor's logo from their CDN: hidden, and never fetched (below)
        body = bytes(page.body).decode().replace("</style>", "a[href*='redocly.com'] { display: none; }\n</style>", 1)
        return _local_only(HTMLResponse(body))


def _local_only(page: HTMLResponse) -> HTMLResponse:
    """The page may load images, fonts and styles from this server only: nothing reaches out."""
    page.headers["Content-Security-Policy"] = "img-src 'self' data:; font-src 'self' data:; connect-src 'self'"
    return page
