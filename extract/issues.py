"""Issues (the targets of positions) get stable ids from a simple, explainable rule.

1. The phrase is tidied: quotes, leading determiners and quantifiers, and a trailing generic
   scope ("of all countries", "of all parties") go; the scope is kept as an attribute.
2. If the tidied phrase, or its lemma key, is an alias in the reference vocabulary
   (data/issues.yaml: the recurring issues of international politics, with their variants),
   the vocabulary's issue is used.
3. Otherwise the id is the slug of the lemma key: the lower-cased lemmas of the phrase's
   content words in order, so "unilateral sanctions" and "unilateral sanction" are one issue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from spacy.tokens import Token

from diplograph.graph.schema import NodeKind, make_id

__all__ = ["IssueRef", "IssueVocabulary", "canonical_issue"]

_SCOPE = re.compile(
    r"\s+(?:of|for|among|between)\s+(?:all|every|each|the)\s+(?:countries|states|nations|parties|sides|members|peoples)(?:\s*,?\s*including\s+[A-Z][\w\s]+)?$",
    re.I,
)
_LEADING = re.compile(r"^(?:the|a|an|any|all|its|their|his|her|our|this|these|those|such|every|each)\s+", re.I)
_STOP = {"the", "a", "an", "of", "and", "to", "in", "for", "on", "with", "by", "its", "their", "all", "any"}
DATA = Path(__file__).parent / "data" / "issues.yaml"
#: heads whose relative clause carries the issue ("a model that ...", "any attempt to ...")
CONTENTLESS_HEADS = {
    "model",
    "attempt",
    "plot",
    "effort",
    "move",
    "action",
    "scheme",
    "practice",
    "idea",
    "approach",
    "world",
    "order",
    "system",
    "arrangement",
    "policy",
}


@dataclass(frozen=True)
class IssueRef:
    id: str
    name: str
    surface: str
    scope: str | None = None


class IssueVocabulary:
    """The reference issues: id -> name and the aliases that map to it."""

    def __init__(self, entries: list[dict[str, object]]) -> None:
        self.by_alias: dict[str, tuple[str, str]] = {}
        for e in entries:
            issue_id, name = str(e["id"]), str(e["name"])
            for alias in [name, *(e.get("aliases") or [])]:  # type: ignore[misc]
                self.by_alias[_key(str(alias))] = (issue_id, name)

    @classmethod
    @cache
    def load(cls) -> IssueVocabulary:
        if not DATA.exists():
            return cls([])
        data = yaml.load(DATA.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        return cls(data.get("issues", []) if isinstance(data, dict) else [])

    def find(self, phrase: str, head: str | None = None) -> tuple[str, str] | None:
        """The vocabulary issue a phrase names: the whole phrase, or the longest alias it starts or
        ends with that holds the phrase's head word ("further expansion of NATO" -> NATO expansion;
        not "aggression ... in violation of the UN Charter" -> the Charter)."""
        key = _key(phrase)
        if key in self.by_alias:
            return self.by_alias[key]
        head_key = _key(head) if head else None
        words = key.split()
        for n in range(len(words) - 1, 0, -1):
            for part in (" ".join(words[:n]), " ".join(words[-n:])):
                if part in self.by_alias and len(part.split()) >= 2 and (head_key is None or head_key in part.split()):
                    return self.by_alias[part]
        if head_key in CONTENTLESS_HEADS:
            # "any model that seeks to divide the world into spheres of influence": the issue is inside
            for n in range(len(words) - 1, 1, -1):
                for i in range(len(words) - n + 1):
                    part = " ".join(words[i : i + n])
                    if part in self.by_alias:
                        return self.by_alias[part]
        return None


def _key(text: str) -> str:
    text = text.lower().replace("’", "'").replace("-", " ")
    text = re.sub(r"'s\b", "", text)
    words = [w for w in re.findall(r"[a-z0-9]+", text) if w not in _STOP]
    return " ".join(_singular(w) for w in words)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def canonical_issue(phrase: str, head: Token | None = None) -> IssueRef:
    """The issue a phrase names; see the module docstring for the rule."""
    surface = phrase.strip()
    text = _LEADING.sub("", surface)
    scope = None
    m = _SCOPE.search(text)
    if m:
        scope = m.group(0).strip()
        text = text[: m.start()]
    text = text.strip(" ,;:")
    found = IssueVocabulary.load().find(text, head.text if head is not None else None)
    if found:
        return IssueRef(found[0], found[1], surface, scope)
    key = _key(text) or _key(surface)
    return IssueRef(make_id(NodeKind.ISSUE, key or surface), text or surface, surface, scope)
