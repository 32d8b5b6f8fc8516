"""Errors to HTTP: one table, one JSON body (``{"detail", "error"}``), never a stack trace.

    NotFound              404 not_found          an id or name that names nothing
    LoadError             422 (validation body)  a posted document that cannot be read
    ReadOnlyViolation     400 read_only          the store refused a write on the read path
    QueryRefused          400 refused            the query's plan holds what the read path never runs
    QueryError            400 bad_query          the store rejected a query (its own message)
    QueryTimeout          504 timeout            the server-side timeout stopped a query
    StoreUnavailable      503 store_unavailable  the store cannot be reached
    WriteError            500 write_failed       the store rolled a document's write back
    HTTPException         its status             401/403/404/405/413 raised by routes and routing
    anything else         500 internal_error     logged with its traceback, answered without it

Every 422 has FastAPI's validation body (``{"detail": [{"loc", "msg", "type"}, ...]}``), the one
the OpenAPI document describes for every operation: a LoadError or an ``HTTPException(422, "...")``
raised by a route is rendered in that shape too, so a client handles one 422 format.
"""

from __future__ import annotations

import json
import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from diplograph.errors import (
    LoadError,
    QueryError,
    QueryRefused,
    QueryTimeout,
    ReadOnlyViolation,
    StoreUnavailable,
    WriteError,
)

from .schemas import ErrorResponse

__all__ = ["COMMON_RESPONSES", "NotFound", "error_responses", "install_error_handlers", "validation_body"]

log = logging.getLogger(__name__)


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
}


def error_body(status: int, detail: str, code: str) -> JSONResponse:
    return JSONResponse(status_code=status, content={"detail": detail, "error": code})


def validation_body(message: str, loc: tuple[str, ...] = ("body",)) -> JSONResponse:
    """A 422 in FastAPI's validation shape, for errors found after validation."""
    return JSONResponse(
        status_code=422, content={"detail": [{"type": "value_error", "loc": list(loc), "msg": message, "input": None}]}
    )


def install_error_handlers(app: FastAPI) -> None:
    for exc_type, status, code in _TABLE:
        app.add_exception_handler(exc_type, _handler(status, code))
    app.add_exception_handler(RequestValidationError, _request_validation)
    app.add_exception_handler(LoadError, _load_error)
    app.add_exception_handler(StarletteHTTPException, _http_exception)
    app.add_exception_handler(Exception, _unexpected)


def _json_safe(value: Any) -> Any:
    """``value`` if it can be sent as strict JSON in UTF-8, else a printable stand-in: a request's
    bad input (``1e999``, a lone surrogate) echoed in a 422 must not turn it into a 500."""
    try:
        json.dumps(value, allow_nan=False, ensure_ascii=False).encode("utf-8")
    except (ValueError, TypeError, UnicodeEncodeError):
        return repr(value)[:200].encode("ascii", "backslashreplace").decode("ascii")
    return value


async def _request_validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {
            "type": str(error.get("type", "value_error")),
            "loc": [_json_safe(part) for part in error.get("loc", ())],
            "msg": _json_safe(str(error.get("msg", ""))),
            "input": _json_safe(error.get("input")),
        }
        for error in exc.errors()
    ]
    return JSONResponse(status_code=422, content={"detail": errors})


async def _load_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, LoadError)
    return validation_body(exc.reason, ("body", "text"))


def _handler(status: int, code: str) -> Any:
    async def handle(request: Request, exc: Exception) -> JSONResponse:
        if status >= 500:
            log.warning("%s %s: %s", request.method, request.url.path, exc)
        return error_body(status, str(exc), code)

    return handle


async def _http_exception(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 422:
        return validation_body(str(exc.detail), ("query",) if request.method == "GET" else ("body",))
    code = _HTTP_CODES.get(exc.status_code, HTTPStatus(exc.status_code).phrase.lower().replace(" ", "_"))
    response = error_body(exc.status_code, str(exc.detail), code)
    if exc.headers:
        response.headers.update(exc.headers)
    return response


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    # The traceback goes to the log, never to the client.
    log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_body(500, "internal error: the server log has the details", "internal_error")


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for error statuses a route may answer.

    422 is left out: FastAPI documents it (its validation body) on every operation with parameters,
    and every 422 the API sends has that body.
    """
    descriptions = {
        400: "the store rejected the query (its message is in detail)",
        401: "missing or wrong bearer key",
        403: "disabled on this server (no DIPLOGRAPH_API_KEY configured, or DIPLOGRAPH_CYPHER=off)",
        404: "no such id",
        413: "the posted document is too large",
        503: "the store is unreachable",
        504: "the query hit the server-side timeout",
    }
    return {
        s: {"model": ErrorResponse, "description": descriptions.get(s, HTTPStatus(s).phrase)}
        for s in statuses
        if s != 422
    }


#: what every route that reads the store may answer besides its own statuses
COMMON_RESPONSES = error_responses(503, 504)
