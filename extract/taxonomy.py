"""The issue taxonomy: data/issues.yaml checked at load, and where a position's phrase lands in it.

The file (schema: :class:`TaxonomyFile`) lists topics (``parent: null``) and the issues under
them, two levels and no more, so "the issue's parent" is always a topic and a reading at the
parent level is one fixed cut of the tree. Each node may carry its Comparative Agendas Project
major topic (``cap``; a child without one takes its topic's); the node's ``scheme_code`` is
``CAP:<code>``.

Where a phrase lands (:func:`place`), in the order a researcher can check by hand:

1. ``alias``: the phrase, tidied and reduced to its lemma key (lower-cased, singular content
   words; extract/issues.py), is an alias of a node;
2. ``alias-in-phrase``: it starts or ends with an alias that holds its head word (or, after a
   contentless head such as "any attempt to", holds one);
3. ``keyword``: it holds a node's distinctive topic term;
4. ``state``: it names one state and nothing in the taxonomy ("the situation in <State>",
   a child of the topic of named conflicts and crises);
5. ``vector``: the cosine similarity of its content words' mean vector to the nearest label of
   a node (its name or an alias), in the md spaCy model's word vectors, reaches
   :data:`VECTOR_THRESHOLD` (calibrated on tests/extract/data/taxonomy_sample.yaml; the table is
   in the README);
6. ``none``: the phrase stays its own node, ``taxonomy: false``.

Steps 1-4 are extract/issues.py's rule, unchanged; this module adds the vector step and the
node properties (``taxonomy``, ``parent``, ``parent_name``, ``scheme_code``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "VECTOR_THRESHOLD",
    "Placement",
    "Taxonomy",
    "TaxonomyEntry",
    "TaxonomyFile",
    "VectorIndex",
    "issue_properties",
    "place",
]

DATA = Path(__file__).parent / "data" / "issues.yaml"
#: the least cosine similarity a vector mapping needs (calibrated: see the module docstring)
VECTOR_THRESHOLD = 0.95
#: a phrase needs this many content words with a vector before its mean vector is trusted: one
#: word ("participation", "expansion") is no likeness to a label of several ("NATO expansion")
MIN_VECTOR_WORDS = 2
#: the topic the "situation in <State>" issues belong to
SITUATIONS_TOPIC = "issue:conflicts-and-crises"

_ID = r"^issue:[a-z0-9]+(?:-[a-z0-9]+)*$"


class TaxonomyEntry(BaseModel):
    """One node: a topic (``parent`` null) or an issue under one."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=_ID)
    name: str = Field(min_length=1)
    parent: str | None = Field(pattern=_ID)
    #: the Comparative Agendas Project major topic code
    cap: int | None = None
    aliases: list[str] = []
    keywords: list[str] = []
    opposites: list[str] = []
    harm: bool = False


class Scheme(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    source: str
    url: str
    topics: dict[int, str]


class TaxonomyFile(BaseModel):
    """data/issues.yaml: the scheme the codes come from, and the nodes."""

    model_config = ConfigDict(extra="forbid")

    scheme: Scheme
    issues: list[TaxonomyEntry]

    @model_validator(mode="after")
    def _tree(self) -> TaxonomyFile:
        by_id: dict[str, TaxonomyEntry] = {}
        for e in self.issues:
            if e.id in by_id:
                raise ValueError(f"{e.id} is listed twice")
            by_id[e.id] = e
        for e in self.issues:
            if e.parent is not None:
                parent = by_id.get(e.parent)
                if parent is None:
                    raise ValueError(f"{e.id}: parent {e.parent} is not in the taxonomy")
                if parent.parent is not None:
                    raise ValueError(f"{e.id}: parent {e.parent} is not a topic (the taxonomy has two levels)")
            if e.cap is not None and e.cap not in self.scheme.topics:
                raise ValueError(f"{e.id}: {e.cap} is not a major topic of {self.scheme.name}")
        return self


@dataclass(frozen=True)
class Node:
    id: str
    name: str
    parent: str | None
    scheme_code: str | None
    harm: bool


class Taxonomy:
    """The nodes by id, with their labels (name and aliases) for the vector step."""

    def __init__(self, data: TaxonomyFile) -> None:
        caps = {e.id: e.cap for e in data.issues}
        self.scheme = data.scheme
        self.entries = {e.id: e for e in data.issues}
        self.nodes = {
            e.id: Node(
                e.id,
                e.name,
                e.parent,
                _code(caps[e.id] if caps[e.id] is not None else caps.get(e.parent or "")),
                e.harm,
            )
            for e in data.issues
        }

    @classmethod
    @cache
    def load(cls) -> Taxonomy:
        raw = yaml.load(DATA.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        return cls(TaxonomyFile.model_validate(raw))

    def labels(self) -> list[tuple[str, str]]:
        """(node id, label) for every name and alias; opposites and keywords are not labels (an
        opposite names the breach of its issue, a keyword is too short to stand for it)."""
        return [(e.id, label) for e in self.entries.values() for label in dict.fromkeys([e.name, *e.aliases])]


def _code(cap: int | None) -> str | None:
    return f"CAP:{cap}" if cap is not None else None


def issue_properties(node_id: str, name: str) -> dict[str, Any]:
    """The properties an Issue node carries: in the taxonomy (with its parent and code) or not.

    >>> issue_properties("issue:ceasefire", "ceasefire")["parent"]
    'issue:international-peace-and-security'
    >>> issue_properties("issue:attend-that-event", "attend that event")
    {'name': 'attend that event', 'taxonomy': False}
    """
    taxonomy = Taxonomy.load()
    node = taxonomy.nodes.get(node_id)
    if node is None and node_id.startswith("issue:situation-in-"):
        topic = taxonomy.nodes[SITUATIONS_TOPIC]
        return {
            "name": name,
            "taxonomy": True,
            "parent": topic.id,
            "parent_name": topic.name,
            "scheme_code": topic.scheme_code,
        }
    if node is None:
        return {"name": name, "taxonomy": False}
    props: dict[str, Any] = {"name": node.name, "taxonomy": True}
    if node.parent is not None:
        props["parent"] = node.parent
        props["parent_name"] = taxonomy.nodes[node.parent].name
    if node.scheme_code is not None:
        props["scheme_code"] = node.scheme_code
    return props


# -- the vector step -------------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
#: words that carry no topic: a phrase's vector is the mean of the rest
_FUNCTION = {
    "the", "a", "an", "of", "and", "or", "to", "in", "for", "on", "with", "by", "at", "from", "as", "its", "their",
    "our", "his", "her", "my", "your", "this", "that", "these", "those", "all", "any", "every", "each", "such",
    "other", "some", "more", "most", "further", "between", "among", "into", "against", "within", "s",
}  # fmt: skip


class VectorIndex:
    """Unit vectors of the taxonomy's labels, in the md model's word vectors (loaded once).

    The md model keeps 20,000 vector rows, and about half of them are shared by several words
    ("peace" and "world", "agenda" and "independence" have the same vector): a similarity between
    phrases with no word in common is often such a collision, not a likeness of meaning; and a
    word in common is not enough either ("interests of the American people" is not about
    indigenous peoples). So a phrase is compared only with the labels whose head chunk (the words
    before the first preposition: "regional peace and stability") holds the phrase's head word
    (the last word of its own head chunk: "stability" in "regional stability"; lemma keys, as the
    aliases are), and the vectors choose among them and say how close the whole phrase is.
    """

    def __init__(self, taxonomy: Taxonomy) -> None:
        import numpy as np

        self.vocab = _md_vocab()
        ids, labels, vectors = [], [], []
        self.by_word: dict[str, list[int]] = {}
        for node_id, label in taxonomy.labels():
            v = self.vector(label, whole=True)
            if v is None:
                continue
            for word in set(_head_chunk(label)):
                self.by_word.setdefault(word, []).append(len(ids))
            ids.append(node_id)
            labels.append(label)
            vectors.append(v)
        self.ids = ids
        self.labels = labels
        self.matrix = np.vstack(vectors)

    @classmethod
    @cache
    def load(cls) -> VectorIndex:
        return cls(Taxonomy.load())

    def vector(self, phrase: str, *, whole: bool = False) -> np.ndarray | None:
        """The unit mean vector of the phrase's content words, None if too few have a vector
        (with ``whole``, if any lacks one: a label is compared only by all its words)."""
        import numpy as np

        words = [re.sub(r"'s$", "", w.lower()) for w in _WORD.findall(phrase.replace("’", "'"))]
        words = [w for w in words if w not in _FUNCTION]
        found = [self.vocab.get_vector(w) for w in words if self.vocab.has_vector(w)]
        if whole and len(found) < len(words):
            return None
        if not whole and (len(found) < MIN_VECTOR_WORDS or len(found) * 2 < len(words)):
            return None  # most of the phrase is unknown to the model: its mean says little
        mean = np.mean(found, axis=0)
        norm = float(np.linalg.norm(mean))
        return mean / norm if norm else None

    def nearest(self, phrase: str) -> tuple[str, float, str] | None:
        """The node, similarity and label of the most similar label whose head chunk holds the
        phrase's head word."""
        chunk = _head_chunk(phrase)
        candidates = sorted(self.by_word.get(chunk[-1], ())) if chunk else []
        if not candidates:
            return None
        v = self.vector(phrase)
        if v is None:
            return None
        scores = self.matrix[candidates] @ v
        best = int(scores.argmax())
        i = candidates[best]
        return self.ids[i], round(float(scores[best]), 4), self.labels[i]


#: where a noun phrase's head chunk ends ("reform of the Security Council": "reform")
_HEAD_END = re.compile(
    r"\s(?:of|in|on|for|with|between|among|against|to|towards|by|from|at|that|which|who|as|through|under|over)\s",
    re.I,
)


def _head_chunk(text: str) -> list[str]:
    """The lemma keys (extract/issues.py) of the content words before the first preposition."""
    from .issues import _key

    first = _HEAD_END.split(f" {text} ", maxsplit=1)[0]
    return [w for w in _key(first).split() if w not in _FUNCTION and not w.isdigit()]


@cache
def _md_vocab() -> Any:
    """The md model's vocabulary (with its vectors), without its pipeline components."""
    from .pipeline import load_nlp

    return load_nlp("md").vocab


# -- placing a phrase ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Placement:
    """Where a phrase landed and how: the audit trail a claim carries."""

    id: str
    name: str
    #: alias, alias-in-phrase, keyword, state, vector or none (see the module docstring)
    rule: str
    #: the cosine similarity for ``vector`` (for ``none``, the best one found, if any)
    score: float | None = None

    @property
    def taxonomy(self) -> bool:
        return self.rule != "none"


def place(node_id: str, name: str, phrase: str, *, rule: str | None, threshold: float = VECTOR_THRESHOLD) -> Placement:
    """The node a position's phrase lands on.

    ``node_id``/``name`` are what extract/issues.py found, by ``rule`` (alias, alias-in-phrase,
    keyword or state), or, with ``rule`` None, the phrase's own node: the vector step is tried
    then, and the phrase keeps its own node below ``threshold``.
    """
    if rule is not None:
        return Placement(node_id, name, rule)
    nearest = VectorIndex.load().nearest(phrase)
    if nearest is None:
        return Placement(node_id, name, "none")
    found, score, _ = nearest
    if score < threshold:
        return Placement(node_id, name, "none", score)
    return Placement(found, Taxonomy.load().nodes[found].name, "vector", score)
