"""What the grammar hands on: a claim's candidate, what it points at, and the sentence being read."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from diplograph.graph.schema import RelType

from ..actors import ActorMention
from ..components import span_text
from ..dates import DateMention
from ..discourse import Discourse

if TYPE_CHECKING:
    from ..claims import ClaimReader


#: a constructions family's reader: (the sentence reader, the sentence, candidates so far) -> more
ConstructionFn = Callable[["ClaimReader", "SentenceContext", "list[Candidate]"], Iterable["Candidate"]]


@dataclass
class Target:
    """What a claim points at: an actor mention, or a node made from an NP."""

    kind: str  # actor | event | agreement | resolution | issue
    actor: ActorMention | None = None
    head: Token | None = None
    name: str = ""
    #: extra node facts read from the text (tallies, body, symbol, place)
    facts: dict[str, object] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return self.actor.node_id if self.actor else f"{self.kind}:{self.name.lower()}"


@dataclass
class Candidate:
    """A claim as the grammar reads it, before dating and deduplication (``assemble``)."""

    rel: RelType
    source: ActorMention
    target: Target
    sent: Span
    anchor: Token
    extractor: str
    confidence: float = 0.8
    choice: str | None = None
    status: str | None = None
    role: str | None = None
    speaker: str | None = None
    source_says: str | None = None
    date: DateMention | None = None
    attrs: dict[str, object] = field(default_factory=dict)


@dataclass
class SentenceContext:
    """One sentence being read, with its actors, dates and the document's discourse so far."""

    sent: Span
    mentions: list[ActorMention]
    by_token: dict[int, ActorMention]
    dates: list[DateMention]
    #: token index -> date mention covering it
    date_at: dict[int, DateMention]
    discourse: Discourse
    date: str | None
    paragraph_index: int
    #: start offsets of dates that modify a clause ("In June 2022, ..."), not a noun ("the talks in 2022")
    adverbial: set[int] = field(default_factory=set)

    @cached_property
    def text(self) -> str:
        """The sentence's text (``sent.text``), cut once from the paragraph's kept text: several
        constructions search it."""
        return span_text(self.sent)

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        """The sentence's tokens, made once: iterating the span makes a Token object per word each
        time, and the constructions walk every sentence some forty times (12 M objects for 100
        documents)."""
        return tuple(self.sent)

    @cached_property
    def lemmas(self) -> set[str]:
        """The sentence's lemmas, lower-cased: most constructions need one of their trigger words."""
        return {t.lemma_.lower() for t in self.tokens}
