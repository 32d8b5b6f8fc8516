"""The word lists the grammar keys on, loaded from ``extract/data/grammar_words.yaml``.

Which lemmas make a light verb, a deontic passive, an evaluation, an accusation, a principle or a
policy noun is data: the file is checked at load (pydantic) and each list is exposed here as a
constant the grammar imports (a frozenset of lemmas, a set of relation types, or a word's relation
or prepositions). Add a word there, not here.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictStr, model_validator

from diplograph.graph.schema import RelType

from ..wordlists import DATA, Lemma, read_yaml

__all__ = [
    "ABSENCE_NOUNS",
    "ACCEPTABLE_EVAL",
    "ACCUSING_VERBS",
    "ADDRESS_NOUNS",
    "ADVERSITY_NOUNS",
    "ADVOCACY_VERBS",
    "AGENTIVE_COMMITMENT_NOUNS",
    "AIM_NOUNS",
    "ASPECTUAL_VERBS",
    "ATTENTION_VERBS",
    "ATTRIBUTIVE_NEGATIVE",
    "BILATERAL_NOUNS",
    "COMMITMENT_NOUNS",
    "CONCERN_WORDS",
    "CONTENT_NOUNS",
    "DEONTIC_OPPOSE",
    "DEONTIC_SUPPORT",
    "ENDING_NOUNS",
    "ENDING_SUBJECT_VERBS",
    "ENDING_VERBS",
    "EVENT_CONVENING_PREPS",
    "GROUNDING_VERBS",
    "HAPPENING_NOUNS",
    "HARMING_VERBS",
    "ISSUE_LIGHT_VERBS",
    "LIGHT_NOUNS",
    "LIGHT_VERBS",
    "MASS_SENSE_AGREEMENT_HEADS",
    "MODAL_TYPES",
    "NEGATIVE_EVAL",
    "OBJECT_CONTROL_VERBS",
    "OBLIGATION_NOUNS",
    "OBSTRUCTING_VERBS",
    "OCCASION_NOUNS",
    "PAUSING_WORDS",
    "POLICY_NOUNS",
    "POSITIVE_EVAL",
    "PRINCIPLE_NOUNS",
    "PROPOSAL_NOUNS",
    "PURPOSE_TEXT_NOUNS",
    "RELATION_NOUNS",
    "SHOWING_NOUNS",
    "STATE_WHOLE_NOUNS",
    "SYMMETRIC_VERB_TYPES",
    "THWARTING_VERBS",
    "TOPIC_NOUNS",
    "UNDERGO_VERBS",
    "UPHOLDING_VERBS",
    "VALUE_NOUNS",
    "VIOLATION_NOUNS",
    "WORDS",
    "WRONG_NOUNS",
    "GrammarWords",
    "WordList",
]

PATH = DATA / "grammar_words.yaml"


class WordList(BaseModel):
    """One list of the file: what its words do (``doc``) and the words, in one of four shapes."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    doc: str = Field(min_length=3)
    words: tuple[Lemma, ...] = ()
    #: other lists whose words come first, and words taken out after
    include: tuple[StrictStr, ...] = ()
    exclude: tuple[Lemma, ...] = ()
    relations: tuple[RelType, ...] = ()
    relation_of: dict[Lemma, RelType] = Field(default_factory=dict)
    preps_of: dict[Lemma, tuple[Lemma, ...]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _one_shape(self) -> WordList:
        shapes = [bool(self.words or self.include), bool(self.relations), bool(self.relation_of), bool(self.preps_of)]
        if sum(shapes) != 1:
            raise ValueError("a list has words (with include/exclude), relations, relation_of or preps_of: one of them")
        if len(set(self.words)) != len(self.words):
            raise ValueError("a word is listed twice")
        return self


class GrammarWords(BaseModel):
    """The whole file: list name -> list; includes must name lists of the file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    lists: dict[str, WordList]

    @model_validator(mode="after")
    def _includes_known(self) -> GrammarWords:
        for name, entry in self.lists.items():
            unknown = [i for i in entry.include if i not in self.lists or i == name]
            if unknown:
                raise ValueError(f"{name}: includes unknown lists {unknown}")
        return self

    @classmethod
    def load(cls, path: Path = PATH) -> GrammarWords:
        raw: Any = read_yaml(path)
        return cls(lists=raw)

    def _get(self, name: str) -> WordList:
        try:
            return self.lists[name]
        except KeyError:
            raise KeyError(f"{PATH.name} has no list {name!r}") from None

    def words(self, name: str) -> frozenset[str]:
        """A list's lemmas, its includes' first, less its exclusions."""
        entry = self._get(name)
        found: set[str] = set()
        for other in entry.include:
            found |= self.words(other)
        return frozenset((found | set(entry.words)) - set(entry.exclude))

    def relations(self, name: str) -> frozenset[RelType]:
        return frozenset(self._get(name).relations)

    def relation_of(self, name: str) -> dict[str, RelType]:
        return dict(self._get(name).relation_of)

    def preps_of(self, name: str) -> dict[str, tuple[str, ...]]:
        return dict(self._get(name).preps_of)


@cache
def _load() -> GrammarWords:
    return GrammarWords.load()


WORDS = _load()

LIGHT_VERBS = WORDS.words("light_verbs")
UNDERGO_VERBS = WORDS.words("undergo_verbs")
DEONTIC_SUPPORT = WORDS.words("deontic_support")
DEONTIC_OPPOSE = WORDS.words("deontic_oppose")
EVENT_CONVENING_PREPS = WORDS.words("event_convening_preps")
ATTENTION_VERBS = WORDS.words("attention_verbs")
ISSUE_LIGHT_VERBS = WORDS.words("issue_light_verbs")
COMMITMENT_NOUNS = WORDS.words("commitment_nouns")
RELATION_NOUNS = WORDS.words("relation_nouns")
ADVERSITY_NOUNS = WORDS.words("adversity_nouns")
STATE_WHOLE_NOUNS = WORDS.words("state_whole_nouns")
MASS_SENSE_AGREEMENT_HEADS = WORDS.words("mass_sense_agreement_heads")
ADDRESS_NOUNS = WORDS.words("address_nouns")
AGENTIVE_COMMITMENT_NOUNS = WORDS.words("agentive_commitment_nouns")
OCCASION_NOUNS = WORDS.words("occasion_nouns")
OBJECT_CONTROL_VERBS = WORDS.words("object_control_verbs")
PROPOSAL_NOUNS = WORDS.words("proposal_nouns")
PURPOSE_TEXT_NOUNS = WORDS.words("purpose_text_nouns")
OBLIGATION_NOUNS = WORDS.words("obligation_nouns")
TOPIC_NOUNS = WORDS.words("topic_nouns")
CONTENT_NOUNS = WORDS.words("content_nouns")
ASPECTUAL_VERBS = WORDS.words("aspectual_verbs")
ENDING_VERBS = WORDS.words("ending_verbs")
ENDING_SUBJECT_VERBS = WORDS.words("ending_subject_verbs")
ENDING_NOUNS = WORDS.words("ending_nouns")
HAPPENING_NOUNS = WORDS.words("happening_nouns")
PAUSING_WORDS = WORDS.words("pausing_words")
POSITIVE_EVAL = WORDS.words("positive_eval")
NEGATIVE_EVAL = WORDS.words("negative_eval")
ATTRIBUTIVE_NEGATIVE = WORDS.words("attributive_negative")
ABSENCE_NOUNS = WORDS.relation_of("absence_nouns")
SHOWING_NOUNS = WORDS.words("showing_nouns")
CONCERN_WORDS = WORDS.words("concern_words")
VALUE_NOUNS = WORDS.words("value_nouns")
HARMING_VERBS = WORDS.words("harming_verbs")
UPHOLDING_VERBS = WORDS.words("upholding_verbs")
OBSTRUCTING_VERBS = WORDS.words("obstructing_verbs")
THWARTING_VERBS = WORDS.words("thwarting_verbs")
VIOLATION_NOUNS = WORDS.words("violation_nouns")
ACCUSING_VERBS = WORDS.words("accusing_verbs")
AIM_NOUNS = WORDS.words("aim_nouns")
WRONG_NOUNS = WORDS.words("wrong_nouns")
ACCEPTABLE_EVAL = WORDS.words("acceptable_eval")
PRINCIPLE_NOUNS = WORDS.words("principle_nouns")
SYMMETRIC_VERB_TYPES = WORDS.relations("symmetric_verb_types")
BILATERAL_NOUNS = WORDS.words("bilateral_nouns")
MODAL_TYPES = WORDS.relations("modal_types")
ADVOCACY_VERBS = WORDS.words("advocacy_verbs")
LIGHT_NOUNS = WORDS.words("light_nouns")
POLICY_NOUNS = WORDS.words("policy_nouns")
GROUNDING_VERBS = WORDS.preps_of("grounding_verbs")
