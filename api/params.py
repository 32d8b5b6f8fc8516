"""Checks on query parameters a client sends (``POST /cypher``, ``POST /queries/{name}``).

Parameters travel to the store as parameters, never as query text, so they cannot change a
query. What they can do is break a driver before the query runs: falkordb-py writes parameters
into a ``CYPHER name=value`` header (a NUL byte, an infinity or an empty or back-ticked map key
fail there), the Neo4j driver refuses integers beyond 64 bits, and neither encodes a lone UTF-16
surrogate. Each would surface as a driver exception rather than a store error, so it is refused
here, up front, with a 422 that says which parameter and why.
"""

from __future__ import annotations

import math
import re
from typing import Any

__all__ = ["MAX_DEPTH", "check_params", "check_text"]

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_INT64 = (-(2**63), 2**63 - 1)
MAX_DEPTH = 10


def check_params(params: dict[str, Any]) -> dict[str, Any]:
    """Return ``params`` unchanged, or raise ValueError naming the first unusable value.

    >>> check_params({"state": "state:CHN", "years": [2022, 2023]})
    {'state': 'state:CHN', 'years': [2022, 2023]}
    >>> check_params({"x": float("nan")})
    Traceback (most recent call last):
    ...
    ValueError: parameter 'x': numbers must be finite
    """
    for name, value in params.items():
        if not _NAME.fullmatch(name):
            raise ValueError(f"parameter name {name!r}: use letters, digits and _ (and no leading digit)")
        _check_value(name, value, 0)
    return params


def _check_value(where: str, value: Any, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise ValueError(f"parameter {where!r}: nested deeper than {MAX_DEPTH} levels")
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, int):
        if not _INT64[0] <= value <= _INT64[1]:
            raise ValueError(f"parameter {where!r}: integers must fit in 64 bits")
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"parameter {where!r}: numbers must be finite")
    elif isinstance(value, str):
        _check_text(where, value)
    elif isinstance(value, list):
        for item in value:
            _check_value(where, item, depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            if not key or "`" in key:
                raise ValueError(f"parameter {where!r}: map keys must be non-empty and without backticks")
            _check_text(where, key)
            _check_value(where, item, depth + 1)
    else:  # pragma: no cover - JSON has no other types
        raise ValueError(f"parameter {where!r}: unsupported value type {type(value).__name__}")


def check_text(text: str) -> str:
    """Return ``text`` if a store can hold it: no NUL character, no lone surrogate."""
    if "\x00" in text:
        raise ValueError("text may not contain NUL characters")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text is not valid Unicode (it holds a lone surrogate)") from None
    return text


def _check_text(where: str, text: str) -> None:
    try:
        check_text(text)
    except ValueError as exc:
        raise ValueError(f"parameter {where!r}: {exc}") from None
