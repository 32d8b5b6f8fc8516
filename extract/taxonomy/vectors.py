"""The vector step: a phrase compared with the taxonomy's labels in the md model's word vectors."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from .phrase import FUNCTION_WORDS, head_chunk
from .schema import Taxonomy

if TYPE_CHECKING:
    import numpy as np


#: the least cosine similarity a vector mapping needs (calibrated: see the package docstring)
VECTOR_THRESHOLD = 0.95
#: a phrase needs this many content words with a vector before its mean vector is trusted: one
#: word ("participation", "expansion") is no likeness to a label of several ("NATO expansion")
MIN_VECTOR_WORDS = 2


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_NAME_WORD = re.compile(r"\b(?:[A-Z][A-Za-z'-]*|\d[\d-]*)")


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
            for word in set(head_chunk(label)):
                self.by_word.setdefault(word, []).append(len(ids))
            ids.append(node_id)
            labels.append(label)
            vectors.append(v)
        self.ids = ids
        self.labels = labels
        from ..issues import lemma_key

        #: each label's capitalised words and numbers as lemma keys (its name, some of which a phrase must hold)
        self.names = [set(lemma_key(" ".join(_NAME_WORD.findall(label))).split()) for label in labels]
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
        words = [w for w in words if w not in FUNCTION_WORDS]
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
        import numpy as np

        chunk = head_chunk(phrase)
        candidates = sorted(self.by_word.get(chunk[-1], ())) if chunk else []
        # a label that names its thing by a proper name or a number ("Northern Territories", "2030
        # Agenda") is that thing only for a phrase holding some of the name: the md vectors of a pruned
        # word and of the name may be one row ("occupied territories"), and digits have none ("reform agenda")
        from ..issues import lemma_key

        words = set(lemma_key(phrase).split())
        candidates = [i for i in candidates if not (name := self.names[i] - {chunk[-1]}) or name & words]
        if not candidates:
            return None
        v = self.vector(phrase)
        if v is None:
            return None
        # rounded before the choice: labels whose words share a vector score alike but for the last
        # bits, which the matrix's shape moves; between equals the label listed first wins
        scores = np.round(self.matrix[candidates] @ v, 4)
        best = int(scores.argmax())
        i = candidates[best]
        return self.ids[i], round(float(scores[best]), 4), self.labels[i]


@cache
def _md_vocab() -> Any:
    """The md model's vocabulary (with its vectors), without its pipeline components."""
    from ..pipeline import load_nlp

    return load_nlp("md").vocab
