"""Front matter of a Markdown document: the YAML block between ``---`` lines, parsed within bounds.

Lives here: the bounds (size, keys, list length, aliases, depth), the bounded YAML loader that
enforces them while composing, and the checks that make parsed front matter metadata (plain keys
the document does not hold for itself; scalars or short lists of scalars). Used by the loaders
for front matter and for a manifest row's extra fields.

May import the standard library, PyYAML and ``diplograph.ground.errors``; nothing else of ours.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from pathlib import Path
from typing import Any

import yaml

from diplograph.ground.errors import LoadError

__all__ = [
    "FRONT_MATTER_MAX_ALIASES",
    "FRONT_MATTER_MAX_BYTES",
    "FRONT_MATTER_MAX_DEPTH",
    "FRONT_MATTER_MAX_KEYS",
    "FRONT_MATTER_MAX_LIST",
    "RESERVED_KEYS",
    "check_front_matter",
    "split_front_matter",
]

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:(.*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)

# Bounds on front matter, checked while YAML composes it, before anything is built (issue 15: an
# 810-byte alias bomb grew without end; 400,000 keys made the store's write quadratic; values
# nested 500 deep overflowed the stack).
FRONT_MATTER_MAX_BYTES = 64 * 1024
FRONT_MATTER_MAX_KEYS = 200
FRONT_MATTER_MAX_LIST = 100
FRONT_MATTER_MAX_ALIASES = 10
#: a mapping of lists of scalars: nothing deeper is metadata
FRONT_MATTER_MAX_DEPTH = 3
#: keys a document's node holds for itself; front matter setting them would overwrite them
RESERVED_KEYS = frozenset(
    {"id", "doc_id", "text", "file", "path", "sha256", "fingerprint", "pipeline", "published_basis"}
)
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
_INT64 = (-(2**63), 2**63 - 1)


class _FrontMatterRefused(yaml.YAMLError):
    """Front matter outside the bounds; the message is the reason."""


class _BoundedLoader(yaml.SafeLoader):
    """PyYAML's safe loader that refuses, while composing: more than a few aliases, nesting, explicit
    tags (``!!timestamp x`` made PyYAML itself raise AttributeError) and too many keys or items."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._aliases = 0
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > FRONT_MATTER_MAX_ALIASES:
                raise _FrontMatterRefused(f"more than {FRONT_MATTER_MAX_ALIASES} YAML aliases")
        elif getattr(event, "tag", None) not in (None, "!"):
            raise _FrontMatterRefused(f"explicit YAML tags are not allowed ({event.tag})")
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            self._depth += 1
            if self._depth > FRONT_MATTER_MAX_DEPTH:
                raise _FrontMatterRefused(f"nested deeper than {FRONT_MATTER_MAX_DEPTH} levels")
            try:
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1
        return super().compose_node(parent, index)

    def compose_mapping_node(self, anchor: Any) -> Any:
        node = super().compose_mapping_node(anchor)
        if len(node.value) > FRONT_MATTER_MAX_KEYS:
            raise _FrontMatterRefused(f"more than {FRONT_MATTER_MAX_KEYS} keys")
        return node

    def compose_sequence_node(self, anchor: Any) -> Any:
        node = super().compose_sequence_node(anchor)
        if len(node.value) > FRONT_MATTER_MAX_LIST:
            raise _FrontMatterRefused(f"a list of more than {FRONT_MATTER_MAX_LIST} items")
        return node


def _scalar_ok(value: Any) -> str | None:
    """Why a front-matter scalar cannot be stored, or None."""
    if isinstance(value, bool) or value is None or isinstance(value, (dt.date, dt.datetime)):
        return None
    if isinstance(value, int):
        return None if _INT64[0] <= value <= _INT64[1] else "an integer beyond 64 bits"
    if isinstance(value, float):
        return None if math.isfinite(value) else "a number that is not finite"
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "a lone surrogate (not valid Unicode)"
        if any(ord(c) < 32 and c not in "\t\n" for c in value):
            return "a control character"
        return None
    return f"a {type(value).__name__}"


def check_front_matter(data: dict[Any, Any]) -> str | None:
    """Why parsed front matter cannot become metadata, or None: keys are plain names that the
    document does not hold for itself; values are scalars or short lists of scalars."""
    for key, value in data.items():
        if not isinstance(key, str) or not _KEY.fullmatch(key):
            return f"key {str(key)[:40]!r} is not a plain name (letters, digits, '_')"
        if key in RESERVED_KEYS:
            return f"key {key!r} is reserved (give a document's id in a manifest row)"
        values = value if isinstance(value, list) else [value]
        for item in values:
            problem = "a list inside a list" if isinstance(item, list) else _scalar_ok(item)
            if problem:
                return f"{key!r} holds {problem}: values must be scalars or short lists of scalars"
    return None


def split_front_matter(path: Path, text: str) -> tuple[dict[str, Any], str]:
    if not text.startswith("---"):
        return {}, text
    match = _FRONT_MATTER.match(text)
    if not match:
        raise LoadError(str(path), "malformed front matter: an opening '---' without a closing '---'")
    raw = match.group(1) or ""
    if len(raw.encode("utf-8", "surrogatepass")) > FRONT_MATTER_MAX_BYTES:
        raise LoadError(str(path), f"front matter over {FRONT_MATTER_MAX_BYTES // 1024} KiB")
    try:
        loader = _BoundedLoader(raw)
        try:
            data = loader.get_single_data()
        finally:
            loader.dispose()
    except _FrontMatterRefused as exc:
        raise LoadError(str(path), f"front matter refused: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise LoadError(str(path), f"malformed front matter{where}: {problem}") from None
    except Exception as exc:  # PyYAML builds dates itself: `date: 2022-02-30` raises ValueError
        raise LoadError(str(path), f"malformed front matter: {type(exc).__name__}: {str(exc)[:200]}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise LoadError(str(path), f"malformed front matter: expected key: value pairs, got a {type(data).__name__}")
    problem = check_front_matter(data)
    if problem:
        raise LoadError(str(path), f"front matter refused: {problem}")
    return data, text[match.end() :]
