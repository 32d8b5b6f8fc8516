"""The noun-phrase heads as data (extract/data/noun_heads.yaml), read with extract/wordlists.py."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from diplograph.extract import nps
from diplograph.extract.wordlists import WordLists


def test_the_shipped_heads_load_as_word_sets() -> None:
    assert isinstance(nps.EVENT_HEADS, frozenset) and "summit" in nps.EVENT_HEADS
    # the file quotes "on": bare, YAML 1.1 would have read it as true
    assert frozenset({"of", "in", "on"}) == nps.EVENT_NAME_PREPS
    assert nps.SOFT_EVENT_HEADS < nps.EVENT_HEADS
    assert {"side", "government"} <= nps.COLLECTIVE_HEADS and "communiqué" in nps.AGREEMENT_HEADS
    assert "countries" in nps.GENERIC_HEADS


def _load(tmp_path: Path, text: str) -> WordLists:
    path = tmp_path / "heads.yaml"
    path.write_text(text, encoding="utf-8")
    return WordLists.load(path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("preps:\n  doc: prepositions\n  words: [of, on]\n", r"preps.words.1\n  Input should be a valid string"),
        ("heads:\n  doc: some heads\n  words: [Summit]\n", "lower case"),
        ("heads:\n  doc: some heads\n  words: [summit, summit]\n", r"heads\n.*listed twice: \['summit'\]"),
        ("heads:\n  doc: some heads\n  words: []\n", "at least 1 item"),
        ("heads:\n  doc: some heads\n  word: [summit]\n", r"heads.word\n  Extra inputs"),
    ],
)
def test_a_malformed_list_is_refused_naming_it(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        _load(tmp_path, text)


def test_a_list_given_twice_is_refused(tmp_path: Path) -> None:
    entry = "heads:\n  doc: some heads\n  words: [summit]\n"
    with pytest.raises(yaml.constructor.ConstructorError, match="'heads' is given twice") as refused:
        _load(tmp_path, entry + entry)
    assert 'heads.yaml", line 4' in str(refused.value)


def test_an_unknown_list_name_says_which(tmp_path: Path) -> None:
    found = _load(tmp_path, "heads:\n  doc: some heads\n  words: [summit]\n")
    assert found.words("heads") == {"summit"}
    with pytest.raises(KeyError, match="no word list 'preps'"):
        found.words("preps")
