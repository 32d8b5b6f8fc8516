"""Where a position's phrase lands: the rule of the package's docstring, step by step."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..issue_scope import counts_persons, own_country
from .phrase import head_word
from .schema import Taxonomy
from .topics import RELATION_HEADS, RELATION_TOPICS, through_instrument, topic_of
from .vectors import VECTOR_THRESHOLD, VectorIndex


@dataclass(frozen=True)
class Placement:
    """Where a phrase landed and how: the audit trail a claim carries."""

    id: str
    name: str
    #: alias, alias-in-phrase, keyword, state, vector, topic-keyword or none (see the package docstring)
    rule: str
    #: the cosine similarity for ``vector`` (for ``none``, the best one found, if any)
    score: float | None = None

    @property
    def taxonomy(self) -> bool:
        return self.rule != "none"


def place(
    node_id: str,
    name: str,
    phrase: str,
    *,
    rule: str | None,
    threshold: float = VECTOR_THRESHOLD,
    topics: bool = True,
) -> Placement:
    """The node a position's phrase lands on.

    ``node_id``/``name`` are what extract/issues.py found, by ``rule`` (alias, alias-in-phrase,
    keyword or state), or, with ``rule`` None, the phrase's own node: the vector step is tried
    then, then (with ``topics``) the topic step, and the phrase keeps its own node when neither
    fits. ``topics=False`` for a described target ("an immediate end to all forms of violence in
    <State>", kept whole by the grammar), which a topic word inside it does not name, as no
    keyword does (extract/issues.py).
    """
    if (
        (rule == "alias-in-phrase" or (rule == "alias" and not _alias_as_written(phrase)))
        and node_id in RELATION_TOPICS
        and head_word(phrase) in RELATION_HEADS
    ):
        # "international cooperation in the area of health care", "global developmental cooperation" (an
        # alias once its inner classifier is left out): the relation is about its field, as at the topic
        # step, though its head is an alias of the order's
        field = topic_of(phrase)
        if field is not None and field not in RELATION_TOPICS:
            return Placement(field, Taxonomy.load().nodes[field].name, "topic-keyword")
    if rule is not None:
        return Placement(node_id, name, rule)
    if own_country(phrase) or counts_persons(phrase):
        # the speaker's own country's peace, a count of persons: no international issue, nor the
        # persons' group's rights (extract/issue_scope.py)
        return Placement(node_id, name, "none")
    nearest = VectorIndex.load().nearest(phrase)
    if nearest is not None and nearest[1] >= threshold:
        found, score, _ = nearest
        return Placement(found, Taxonomy.load().nodes[found].name, "vector", score)
    topic = (topic_of(phrase) or through_instrument(phrase)) if topics else None
    if topic is not None:
        return Placement(topic, Taxonomy.load().nodes[topic].name, "topic-keyword")
    return Placement(node_id, name, "none", nearest[1] if nearest is not None else None)


def _alias_as_written(phrase: str) -> bool:
    """Whether the phrase, as written, is an alias (not only one of its variants: extract/issues.py ``variants``
    leaves an inner classifier out, "global developmental cooperation" -> "global cooperation")."""
    from ..issues import IssueVocabulary, lemma_key

    text = re.sub(r"^(?:the|a|an|its|their|our)\s+", "", phrase.strip(), flags=re.I)
    return lemma_key(text) in IssueVocabulary.load().by_alias
