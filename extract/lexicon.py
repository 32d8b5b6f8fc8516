"""Predicate frames: which verbs, nouns and adjectives express which relationship, and where their
arguments are. The frames and their words are data, in ``extract/data/frames.yaml``: add a word or a
frame there, not here; this module checks the file at load (pydantic) and builds the tables.

A frame names the relationship, the slots its target is read from (``dobj``, ``prep:to``,
``xcomp``, ...), the kinds of target it accepts, and fixed properties (a vote's ``choice``). The
same word may carry several frames, tried in the file's order; the first whose target kind fits
wins. Verb frames are keyed by lemma and, because the tagger sometimes mistakes a verb for an
adjective ("abstained" as JJ in a coordination), by lower-cased surface form too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StrictBool,
    StrictStr,
    Tag,
    model_validator,
)

from diplograph.graph.schema import RelType

from .wordlists import DATA, Lemma, WordList, read_yaml

__all__ = [
    "ADJ_FRAMES",
    "HOSTILE_NOUNS",
    "NOT_GUESTS",
    "NOT_MET",
    "NOUN_FRAMES",
    "PLAN_VERBS",
    "SANCTION_NOUNS",
    "SAY_VERBS",
    "STATUS_OF_PLAN",
    "VERB_FRAMES",
    "Frame",
    "FrameEntry",
    "Lexicon",
    "frames_for",
]

PATH = DATA / "frames.yaml"

ACTOR, STATE, EVENT, AGREEMENT, RESOLUTION, ISSUE, ORG = (
    "actor",
    "state",
    "event",
    "agreement",
    "resolution",
    "issue",
    "org",
)
KINDS = (ACTOR, STATE, EVENT, AGREEMENT, RESOLUTION, ISSUE, ORG)
#: what a stance can be on; ``position`` in the data file
POSITION = (ACTOR, EVENT, AGREEMENT, RESOLUTION, ISSUE)


@dataclass(frozen=True)
class Frame:
    rel: RelType
    slots: tuple[str, ...]
    targets: tuple[str, ...]
    name: str
    choice: str | None = None
    status: str | None = None
    role: str | None = None
    source_says: str | None = None
    #: the object must be one of these nouns for the frame to apply ("impose sanctions on X")
    object_nouns: frozenset[str] = field(default_factory=frozenset)
    #: the grammatical subject is the target and the argument in slot the source ("X was expelled from Y")
    patient_is_source: bool = False
    #: a particle the verb needs for this sense ("carry out", "put forward")
    particle: str | None = None
    #: objects that give the verb another sense ("launch a war" proposes nothing)
    excluded_nouns: frozenset[str] = field(default_factory=frozenset)


_SLOT = re.compile(r"dobj|xcomp|ccomp-obj|pobj|prep:[a-z]+(_[a-z]+)*")
_RULE = re.compile(r"[a-z]+(-[a-z]+)*\.v[1-9][0-9]*")
_NAME = re.compile(r"[a-z]+([-_][a-z]+)*")


def _slot(slot: str) -> str:
    if not _SLOT.fullmatch(slot):
        raise ValueError(f"unknown slot {slot!r}: dobj, xcomp, ccomp-obj, pobj or prep:<preposition>")
    return slot


def _kind(kind: str) -> str:
    if kind not in (*KINDS, "position"):
        raise ValueError(f"unknown target kind {kind!r}: one of {', '.join(KINDS)} or position")
    return kind


def _rule(rule: str) -> str:
    if not _RULE.fullmatch(rule):
        raise ValueError(f"rule {rule!r} is not a versioned rule name such as 'visit-verb.v1'")
    return rule


def _name(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise ValueError(f"{name!r}: names are lower-case words joined by hyphens or underscores")
    return name


Slot = Annotated[StrictStr, AfterValidator(_slot)]
Kind = Annotated[StrictStr, AfterValidator(_kind)]
RuleName = Annotated[StrictStr, AfterValidator(_rule)]
Name = Annotated[StrictStr, AfterValidator(_name)]


def _words_or_list(value: object) -> str:
    return "list name" if isinstance(value, str) else "words"


#: a list of words, or the name of a word list of the file (tagged, so that an error says which)
Nouns = Annotated[
    Annotated[tuple[Lemma, ...], Tag("words")] | Annotated[Name, Tag("list name")],
    Discriminator(_words_or_list),
]


class FrameEntry(BaseModel):
    """One named frame of the file and the words that evoke it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    rule: RuleName
    relation: RelType
    slots: tuple[Slot, ...] = Field(min_length=1)
    targets: tuple[Kind, ...] = Field(min_length=1)
    choice: StrictStr | None = None
    status: StrictStr | None = None
    role: StrictStr | None = None
    source_says: StrictStr | None = None
    particle: Lemma | None = None
    object_nouns: Nouns | None = None
    excluded_nouns: Nouns | None = None
    patient_is_source: StrictBool = False
    verbs: tuple[Lemma, ...] = ()
    nouns: tuple[Lemma, ...] = ()
    adjectives: tuple[Lemma, ...] = ()

    @model_validator(mode="after")
    def _evoked_once(self) -> FrameEntry:
        if not (self.verbs or self.nouns or self.adjectives):
            raise ValueError("no verbs, nouns or adjectives evoke this frame")
        for part in ("verbs", "nouns", "adjectives"):
            words: tuple[str, ...] = getattr(self, part)
            twice = sorted({w for w in words if words.count(w) > 1})
            if twice:
                raise ValueError(f"{part}: {twice} listed twice")
        return self


class Lexicon(BaseModel):
    """The whole file: word lists, the status each plan verb gives, and the frames in order."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    word_lists: dict[Name, WordList]
    status_of_plan: dict[Lemma, StrictStr]
    frames: dict[Name, FrameEntry]

    @model_validator(mode="after")
    def _lists_known(self) -> Lexicon:
        for name, entry in self.frames.items():
            for option in ("object_nouns", "excluded_nouns"):
                ref = getattr(entry, option)
                if isinstance(ref, str) and ref not in self.word_lists:
                    raise ValueError(f"frame {name}: {option} names no word list of the file: {ref!r}")
        return self

    @classmethod
    def load(cls, path: Path = PATH) -> Lexicon:
        return cls.model_validate(read_yaml(path))

    def words(self, name: str) -> frozenset[str]:
        try:
            return frozenset(self.word_lists[name].words)
        except KeyError:
            raise KeyError(f"{PATH.name} has no word list {name!r}") from None

    def _nouns(self, nouns: tuple[str, ...] | str | None) -> frozenset[str]:
        if nouns is None:
            return frozenset()
        return self.words(nouns) if isinstance(nouns, str) else frozenset(nouns)

    def frame(self, entry: FrameEntry) -> Frame:
        targets = tuple(k for kind in entry.targets for k in (POSITION if kind == "position" else (kind,)))
        return Frame(
            entry.relation,
            entry.slots,
            targets,
            entry.rule,
            choice=entry.choice,
            status=entry.status,
            role=entry.role,
            source_says=entry.source_says,
            object_nouns=self._nouns(entry.object_nouns),
            patient_is_source=entry.patient_is_source,
            particle=entry.particle,
            excluded_nouns=self._nouns(entry.excluded_nouns),
        )

    def table(self, part: str) -> dict[str, list[Frame]]:
        """Word -> its frames in file order, for ``verbs``, ``nouns`` or ``adjectives``."""
        found: dict[str, list[Frame]] = {}
        for entry in self.frames.values():
            for word in getattr(entry, part):
                found.setdefault(word, []).append(self.frame(entry))
        return found


@cache
def _load() -> Lexicon:
    return Lexicon.load()


LEXICON = _load()

VERB_FRAMES = LEXICON.table("verbs")
#: adjectival predicates ("we remain committed to X", "China is opposed to X"), read like verbs
ADJ_FRAMES = LEXICON.table("adjectives")
#: nominal predicates: noun -> frames whose slots are read off the noun
NOUN_FRAMES = LEXICON.table("nouns")

HOSTILE_NOUNS = LEXICON.words("hostile_nouns")
SANCTION_NOUNS = LEXICON.words("sanction_nouns")
NOT_MET = LEXICON.words("not_met")
NOT_GUESTS = LEXICON.words("not_guests")
SAY_VERBS = LEXICON.words("say_verbs")
PLAN_VERBS = LEXICON.words("plan_verbs")
STATUS_OF_PLAN = dict(LEXICON.status_of_plan)


def frames_for(token_lemma: str, token_lower: str) -> list[Frame]:
    return VERB_FRAMES.get(token_lemma) or VERB_FRAMES.get(token_lower) or []
