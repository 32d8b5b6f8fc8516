"""What the extraction's data files of words share: a lemma's type, a named word list, and a YAML
reader that refuses a key given twice.

The predicate frames (``lexicon``, ``data/frames.yaml``) and the noun-phrase heads (``nps``,
``data/noun_heads.yaml``) are read with these, so a word is checked the same way wherever it is
added. Imports nothing of ours.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, RootModel, StrictStr, model_validator

__all__ = ["DATA", "Lemma", "WordList", "WordLists", "read_yaml"]

DATA = Path(__file__).resolve().parent / "data"


def _lemma(word: str) -> str:
    if not word or word != word.strip().lower():
        raise ValueError(f"{word!r}: words are lemmas, lower case, without surrounding spaces")
    return word


#: a word as the grammar compares it: lower case, stripped; strict, so that YAML 1.1's bare
#: ``no``/``on``/``yes`` (read as booleans) are refused rather than silently lost
Lemma = Annotated[StrictStr, AfterValidator(_lemma)]


class WordList(BaseModel):
    """A named list: what its words do (``doc``) and the words, each once."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    doc: str = Field(min_length=3)
    words: tuple[Lemma, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _each_once(self) -> WordList:
        twice = sorted({w for w in self.words if self.words.count(w) > 1})
        if twice:
            raise ValueError(f"listed twice: {twice}")
        return self


class WordLists(RootModel[dict[StrictStr, WordList]]):
    """A file of named word lists: list name -> list."""

    @classmethod
    def load(cls, path: Path) -> WordLists:
        return cls.model_validate(read_yaml(path))

    def words(self, name: str) -> frozenset[str]:
        try:
            return frozenset(self.root[name].words)
        except KeyError:
            raise KeyError(f"no word list {name!r}") from None


class _UniqueKeyLoader(yaml.SafeLoader):
    """PyYAML keeps the last of two equal keys; a data file that names an entry twice is an error."""


def _mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"{key!r} is given twice", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def read_yaml(path: Path) -> Any:
    """A data file's content, refusing a mapping key given twice (the error names the file and line)."""
    with path.open(encoding="utf-8") as stream:
        return yaml.load(stream, Loader=_UniqueKeyLoader)  # a SafeLoader subclass
