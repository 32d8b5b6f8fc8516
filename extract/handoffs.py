"""The typed hand-offs between the extraction's stages: what one stage gives the next.

Lives here: the source document the loaders make (``SourceDocument``), a paragraph of its text
(``Paragraph``), an actor named in it (``ActorMention`` with its ``Office``), a dated expression
(``DateMention``) and what extraction made of the whole document (``Extraction``). Each stage
imports these from here, never from the stage that made them or the caller that consumes them, so
no stage imports its caller (``extract.pipeline`` used to import ``Extraction`` from
``diplograph.ingest``).

May import the standard library, pydantic and the graph contract (``diplograph.graph.models``,
``diplograph.graph.schema``); nothing else of ours, and no spaCy. Checked by mypy (scripts/check).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from diplograph.graph.models import GraphBatch
from diplograph.graph.schema import NodeKind

__all__ = ["ActorMention", "DateMention", "Extraction", "Lang", "Office", "Paragraph", "Role", "SourceDocument"]

Lang = Literal["en", "zh"]
Role = Literal["body", "heading", "furniture", "speaker"]


class SourceDocument(BaseModel):
    """One document ready for extraction. ``text`` is what evidence offsets index into."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    doc_id: str
    file: str
    path: str
    text: str
    sha256: str
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: str | None = None
    published_basis: str | None = None
    url: str | None = None
    languages: list[str] = Field(default_factory=list)
    metadata: dict[str, Any] = Field(default_factory=dict)

    def fingerprint(self, pipeline_version: str) -> str:
        """Changes when the text, the metadata or the extraction pipeline changes."""
        meta = self.model_dump(exclude={"text", "doc_id"})
        raw = json.dumps([self.sha256, meta, pipeline_version], sort_keys=True, default=str)
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class Paragraph:
    """A span of the document text: ``text[start:end]``."""

    start: int
    end: int
    lang: Lang
    role: Role
    #: the transcript speaker label that opened this turn ("THE PRESIDENT"), if any
    speaker_label: str | None = None


@dataclass(frozen=True)
class Office:
    role: str
    kind: str
    of: str | None


@dataclass
class ActorMention:
    """An actor named in the text: ``start:end`` are document character offsets."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    node_id: str
    kind: NodeKind
    name: str
    surface: str
    #: "gazetteer", "demonym", "metonym", "model", "title", "alias"
    via: str
    office: Office | None = None
    #: the tokens of the title before the name, if any (for HOLDS_OFFICE evidence)
    title_start: int | None = None
    properties: dict[str, object] = field(default_factory=dict)

    @property
    def is_adjective(self) -> bool:
        return self.via == "demonym"


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: str
    precision: str
    text: str
    end_date: str | None = None
    #: how the year was found: "explicit", "context", "publication", "relative"
    basis: str = "explicit"


@dataclass
class Extraction:
    """What extraction made of one document."""

    batch: GraphBatch
    normalisations: Counter[str] = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)
