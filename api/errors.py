"""Errors to HTTP: one table, one body for every error (RFC 9457 problem details), never a stack trace.

    NotFound              404 not_found          an id or name that names nothing
    RequestValidationError 422 invalid_request   parameters or body that fail validation
    LoadError             422 invalid_request    a posted document that cannot be read
    ReadOnlyViolation     400 read_only          the store refused a write on the read path
    QueryRefused          400 refused            the query's plan holds what the read path never runs
    QueryError            400 bad_query          the store rejected a query (its own message)
    QueryTimeout          504 timeout            the server-side timeout stopped a query
    StoreUnavailable      503 store_unavailable  the store cannot be reached
    WriteError            500 write_failed       the store rolled a document's write back
    HTTPException         its status             401/403/404/405/413/422 raised by routes and routing
    anything else         500 internal_error     logged with its traceback, answered without it

Every body is ``application/problem+json``: ``type`` (``urn:diplograph:problem:<code>``),
``title`` (the HTTP status phrase), ``status``, ``detail`` (a sentence; for a bad query the
store's own message), ``instance`` (the request path), ``code`` (the short stable code above)
and, on a 422, ``errors``: each failed check with its ``loc``, ``msg`` and ``type``. The OpenAPI
document describes that one schema (``Problem``) for every error status of every operation.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from diplograph.ground.errors import (
    LoadError,
    QueryError,
    QueryRefused,
    QueryTimeout,
    ReadOnlyViolation,
    StoreUnavailable,
    WriteError,
)

from .schemas import Problem

__all__ = [
    "COMMON_RESPONSES",
    "PROBLEM_MEDIA_TYPE",
    "NotFound",
    "error_responses",
    "install_error_handlers",
    "problem",
]

log = logging.getLogger(__name__)

PROBLEM_MEDIA_TYPE = "application/problem+json"


class NotFound(LookupError):
    """An id that names nothing; ``what`` is the kind of thing looked for."""

    def __init__(self, what: str, ident: str) -> None:
        super().__init__(f"no {what} {ident!r}")


_TABLE: list[tuple[type[BaseException], int, str]] = [
    (NotFound, 404, "not_found"),
    (ReadOnlyViolation, 400, "read_only"),
    (QueryRefused, 400, "refused"),
    (QueryError, 400, "bad_query"),
    (QueryTimeout, 504, "timeout"),
    (StoreUnavailable, 503, "store_unavailable"),
    (WriteError, 500, "write_failed"),
]

_HTTP_CODES = {
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    422: "invalid_request",
}


def problem(
    request: Request,
    status: int,
    detail: str,
    code: str,
    *,
    errors: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """The response for one error, as RFC 9457 problem details."""
    body = Problem(
        type=f"urn:diplograph:problem:{code}",
        title=HTTPStatus(status).phrase,
        status=status,
        detail=detail,
        instance=request.url.path,
        code=code,
        errors=errors,
    )
    return JSONResponse(
        status_code=status,
        content=body.model_dump(mode="json", exclude_none=True),
        media_type=PROBLEM_MEDIA_TYPE,
        headers=headers,
    )


def _issues(raw: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Validation errors without their ``input`` (it may be the whole body, or not JSON at all)."""
    return [
        {
            "loc": [p if isinstance(p, int) else _json_safe(str(p)) for p in e["loc"]],
            "msg": _json_safe(str(e["msg"])),
            "type": str(e["type"]),
        }
        for e in raw
    ]


def _invalid(request: Request, issues: list[dict[str, Any]]) -> JSONResponse:
    first = issues[0] if issues else {"loc": [], "msg": "invalid request"}
    where = ".".join(str(p) for p in first["loc"])
    more = f" (and {len(issues) - 1} more)" if len(issues) > 1 else ""
    detail = f"{where}: {first['msg']}{more}" if where else f"{first['msg']}{more}"
    return problem(request, 422, detail, "invalid_request", errors=issues)


def install_error_handlers(app: FastAPI) -> None:
    for exc_type, status, code in _TABLE:
        app.add_exception_handler(exc_type, _handler(status, code))
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(LoadError, _load_error)
    app.add_exception_handler(StarletteHTTPException, _http_exception)
    app.add_exception_handler(Exception, _unexpected)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return _invalid(request, _issues(exc.errors()))


def _json_safe(value: Any) -> Any:
    """``value`` if it can be sent as strict JSON in UTF-8, else a printable stand-in: a request's
    bad input (``1e999``, a lone surrogate) echoed in a 422 must not turn it into a 500."""
    try:
        json.dumps(value, allow_nan=False, ensure_ascii=False).encode("utf-8")
    except (ValueError, TypeError, UnicodeEncodeError):
        return repr(value)[:200].encode("ascii", "backslashreplace").decode("ascii")
    return value


async def _load_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, LoadError)
    return _invalid(request, [{"loc": ["body", "text"], "msg": exc.reason, "type": "value_error"}])


def _handler(status: int, code: str) -> Any:
    async def handle(request: Request, exc: Exception) -> JSONResponse:
        if status >= 500:
            log.warning("%s %s: %s", request.method, request.url.path, exc)
        return problem(request, status, str(exc), code)

    return handle


async def _http_exception(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 422:
        where = "query" if request.method == "GET" else "body"
        return _invalid(request, [{"loc": [where], "msg": str(exc.detail), "type": "value_error"}])
    code = _HTTP_CODES.get(exc.status_code, HTTPStatus(exc.status_code).phrase.lower().replace(" ", "_"))
    return problem(request, exc.status_code, str(exc.detail), code, headers=dict(exc.headers or {}) or None)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    # The traceback goes to the log, never to the client.
    log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return problem(request, 500, "internal error: the server log has the details", "internal_error")


_DESCRIPTIONS = {
    400: "the store rejected the query (its message is in detail)",
    401: "missing or wrong bearer key",
    403: "disabled on this server (no DIPLOGRAPH_API_KEY configured, or DIPLOGRAPH_CYPHER=off)",
    404: "no such id",
    413: "the posted document is too large",
    422: "invalid parameters or body: each failed check is in errors",
    503: "the store is unreachable",
    504: "the query hit the server-side timeout",
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for error statuses a route may answer (all problem details).

    422 need not be listed: every operation with parameters or a body gets it (api/openapi.py).
    """
    return {
        s: {
            "model": Problem,
            "description": _DESCRIPTIONS.get(s, HTTPStatus(s).phrase),
        }
        for s in statuses
    }


#: what every route that reads the store may answer besides its own statuses
COMMON_RESPONSES = error_responses(503, 504)
