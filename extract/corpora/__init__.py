"""Corpus knowledge at the edge: what one corpus or publisher brings that generic code must not know.

Two registries (catalogue, as ``extract.constructions``), walked in name order:

* ``layouts``: corpora whose folder layout is known (the UN General Debate speeches,
  ``"ungdc.v1"``). A :class:`CorpusLayout` gives a folder's files their manifest rows, the
  documents the layout adds beside its files (a speakers file's offices), and the month a
  document's claims are dated to when the corpus knows it better than the text (a speech's session).
  The generic collector (``diplograph.ingest``) and the assembly ask :func:`corpus_rows`,
  :func:`corpus_batches` and :func:`session_month`; none of them names a corpus.
* ``voices``: publishers' rules for who a transcript turn's speaker is ("THE PRESIDENT" on a
  White House page, ``"whitehouse.president.v1"``): a :data:`TranscriptVoice` answers a
  ``Voice`` or ``None``, and the first answer wins (``extract.voice.transcript_voice`` asks).

A new corpus or publisher is a new module here, listed in ``PLUGINS``, that registers itself.

This package imports nothing of ours at import time; its plugin modules may import the loaders,
``document``, ``gazetteer``, ``handoffs``, ``discourse`` (``Voice``), ``voice`` and the graph
models. Generic
modules import only this package's functions, never a plugin module.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import catalogue

if TYPE_CHECKING:
    from diplograph.graph.models import GraphBatch

    from ..discourse import Voice
    from ..gazetteer import Gazetteer
    from ..handoffs import SourceDocument

__all__ = [
    "PLUGINS",
    "CorpusLayout",
    "TranscriptVoice",
    "corpus_batches",
    "corpus_rows",
    "layouts",
    "load_layouts",
    "load_voices",
    "session_month",
    "voices",
]

#: the modules of this package that register layouts or voices
PLUGINS = ("ungdc", "whitehouse")

layouts = catalogue.create("diplograph", "corpus_layouts", entry_points=False)
voices = catalogue.create("diplograph", "transcript_voices", entry_points=False)

#: ``(speaker label, source, gazetteer) -> Voice | None``: who speaks in a transcript turn, if this
#: publisher's rule knows
TranscriptVoice = Callable[[str, "SourceDocument", "Gazetteer"], "Voice | None"]


def _no_session(published: str | None, metadata: dict[str, Any]) -> str | None:
    return None


@dataclass(frozen=True)
class CorpusLayout:
    """What a corpus laid out in a known way brings beside its files."""

    #: manifest rows keyed by path relative to the folder, or None when the folder is not this corpus
    manifest: Callable[[Path], dict[str, dict[str, Any]] | None]
    #: documents the layout adds beside its files (empty for a folder that is not this corpus)
    batches: Callable[[Path], list[GraphBatch]]
    #: the month every claim of a document is dated to, from its metadata, or None
    session_month: Callable[[str | None, dict[str, Any]], str | None] = _no_session


def _import_plugins() -> None:
    for plugin in PLUGINS:
        importlib.import_module(f"{__name__}.{plugin}")


@functools.cache
def load_layouts() -> tuple[tuple[str, CorpusLayout], ...]:
    """Every registered layout with its name, in name order (importing the plugins registers them).
    Cached: ``session_month`` asks for every claim; ``load_layouts.cache_clear()`` after registering."""
    _import_plugins()
    return tuple(sorted(layouts.get_all().items()))


@functools.cache
def load_voices() -> tuple[tuple[str, TranscriptVoice], ...]:
    """Every registered transcript voice rule with its name, in name order (cached, as layouts)."""
    _import_plugins()
    return tuple(sorted(voices.get_all().items()))


def corpus_rows(folder: Path) -> dict[str, dict[str, Any]]:
    """Manifest rows the known layouts give a folder's files (an earlier layout's row wins)."""
    rows: dict[str, dict[str, Any]] = {}
    for _, layout in load_layouts():
        for key, row in (layout.manifest(folder) or {}).items():
            rows.setdefault(key, row)
    return rows


def corpus_batches(folder: Path) -> list[GraphBatch]:
    """Documents the known layouts add beside a folder's files.

    Raises:
        LoadError: a layout's own file (a speakers file) cannot be read.
    """
    return [batch for _, layout in load_layouts() for batch in layout.batches(folder)]


def session_month(published: str | None, metadata: dict[str, Any]) -> str | None:
    """The month a known corpus dates every claim of this document to, or None."""
    for _, layout in load_layouts():
        if (month := layout.session_month(published, metadata)) is not None:
            return month
    return None
