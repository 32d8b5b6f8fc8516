"""The grammar's word lists as data (extract/data/grammar_words.yaml), checked at load."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from diplograph.extract.grammar import words
from diplograph.extract.grammar.words import GrammarWords
from diplograph.graph.schema import RelType


def test_the_shipped_lists_load_with_their_shapes() -> None:
    assert "pay" in words.LIGHT_VERBS and isinstance(words.LIGHT_VERBS, frozenset)
    assert words.ABSENCE_NOUNS["alternative"] is RelType.SUPPORTS
    assert words.ABSENCE_NOUNS["place"] is RelType.OPPOSES
    assert words.GROUNDING_VERBS["base"] == ("on", "upon")
    assert {RelType.MEETS, RelType.COOPERATES_WITH} == words.SYMMETRIC_VERB_TYPES


def test_include_and_exclude_build_one_list_on_another() -> None:
    assert words.HARMING_VERBS < words.UPHOLDING_VERBS
    assert words.UPHOLDING_VERBS - {"threaten"} == words.OBSTRUCTING_VERBS
    assert words.HARMING_VERBS <= words.ACCUSING_VERBS


def _load(tmp_path: Path, text: str) -> GrammarWords:
    path = tmp_path / "words.yaml"
    path.write_text(text, encoding="utf-8")
    return GrammarWords.load(path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # YAML 1.1 reads a bare on/no as a boolean: the schema refuses it rather than lose the word
        ("preps:\n  doc: prepositions\n  preps_of: {base: [on]}\n", "valid string"),
        ("verbs:\n  doc: some verbs\n  words: [Visit]\n", "lower case"),
        ("verbs:\n  doc: some verbs\n  words: [visit, visit]\n", "listed twice"),
        ("verbs:\n  doc: some verbs\n  include: [nouns]\n", "unknown lists"),
        ("verbs:\n  doc: some verbs\n  words: [visit]\n  relations: [MEETS]\n", "one of them"),
        ("verbs:\n  doc: some verbs\n  relations: [GREETS]\n", "relations"),
        ("verbs:\n  doc: some verbs\n  word: [visit]\n", "Extra inputs"),
    ],
)
def test_a_malformed_list_is_refused_at_load(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        _load(tmp_path, text)


def test_an_unknown_list_name_says_which(tmp_path: Path) -> None:
    found = _load(tmp_path, "verbs:\n  doc: some verbs\n  words: [visit]\n")
    assert found.words("verbs") == {"visit"}
    with pytest.raises(KeyError, match="no list 'nouns'"):
        found.words("nouns")
