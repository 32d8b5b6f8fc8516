"""The explorer page at ``/ui``: search an actor, its neighbourhood graph, and its positions over time.

A static page (``api/static/ui/``) that calls the API's own JSON endpoints from the browser:
``/actors`` to search, ``/graph/neighbourhood/{id}`` for the graph (drawn with Cytoscape.js,
vendored in ``api/static/vendor/``: nothing is loaded from a CDN), ``/positions`` for the
timeline and ``/claims/{key}`` for a claim's quote in its document. It is left out of the
OpenAPI document: it is a page, not part of the API.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, RedirectResponse

from ..errors import NotFound

__all__ = ["STATIC_DIR", "router"]

router = APIRouter(include_in_schema=False)

#: the page and its assets (installed with the package: see pyproject's package data)
STATIC_DIR = Path(__file__).resolve().parent.parent / "static"

_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".png": "image/png",
    ".svg": "image/svg+xml",
}


@router.get("/ui")
def explorer() -> FileResponse:
    """The explorer page."""
    return FileResponse(
        STATIC_DIR / "ui" / "index.html", media_type=_TYPES[".html"], headers={"Cache-Control": "no-cache"}
    )


@router.get("/ui/")
def explorer_slash() -> RedirectResponse:
    return RedirectResponse("/ui", status_code=308)


@router.get("/ui/static/{path:path}")
def asset(path: str) -> FileResponse:
    """A file of the page (script, style sheet, the vendored Cytoscape.js and its licence).

    Only files inside the static folder are served: a path that resolves outside it (``..``,
    a symbolic link) is a 404 like any missing file.
    """
    target = (STATIC_DIR / path).resolve()
    if not target.is_relative_to(STATIC_DIR) or not target.is_file() or target.suffix not in _TYPES:
        raise NotFound("file", path)
    return FileResponse(target, media_type=_TYPES[target.suffix], headers={"Cache-Control": "public, max-age=300"})
