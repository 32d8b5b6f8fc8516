"""Where a position's phrase lands: the rule of the package's docstring, step by step."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..issue_scope import counts_persons, own_country
from .phrase import HEAD_END, head_word
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
    """The node a position's phrase lands on (:func:`_place_one`), or, for a phrase that lists two or more
    things each of which lands on a node, the topic above them all (:func:`_listed`)."""
    found = _place_one(node_id, name, phrase, rule=rule, threshold=threshold, topics=topics)
    if found.rule in _LISTING_RULES:
        common = _listed(phrase, found.id)
        if common is not None:
            return Placement(common, Taxonomy.load().nodes[common].name, found.rule)
    return found


#: the rules whose node one word of the phrase found, which may be one of several things it lists
_LISTING_RULES = frozenset({"alias-in-phrase", "keyword", "topic-keyword"})
_LIST_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\band\b|\bor\b)\s*", re.I)


#: what opens an example or an aside, not another thing listed ("X, including Y", "X, such as Y")
_ASIDE = re.compile(r"^(?:including|such\s+as|in\s+particular|particularly|especially|notably|namely|like)\b", re.I)
#: the topics whose children are named situations and disputes, each its own place's
_NAMED_TOPICS = frozenset({"issue:conflicts-and-crises", "issue:territorial-disputes"})
#: the rules by which a listed thing's own words name a node (not a topic word alone)
_NAMING_RULES = frozenset({"alias", "alias-in-phrase", "keyword"})


def _listed(phrase: str, node: str) -> str | None:
    """The topic of the phrase's conjuncts when its head chunk lists things ("drug trafficking and money
    laundering") that each name a node by the vocabulary's words, on different nodes of one topic, ``node``
    among them: the lowest node above them all in the two-level tree, the topic, says the whole phrase and
    not one of its things. A complement after the last thing is shared ("norms and principles of <X>" are
    both <X>'s), and a modifier before a shared head ("environmental and geopolitical aspects") or an aside
    ("X, including Y") lists nothing. Only when the topic is oriented as ``node`` is (both goods, or both
    harms), so the stance read on ``node`` holds on it; things of two topics keep ``node`` (no node above
    them but the root)."""
    from ..issues import MODIFIER_WORD, canonical_issue

    first = HEAD_END.search(f" {phrase} ")
    chunk = f" {phrase} "[: first.start()] if first else phrase
    tail = f" {phrase} "[first.start() :].rstrip() if first else ""
    parts = [p for p in _LIST_SPLIT.split(chunk.strip()) if p]
    if len(parts) < 2 or any(_ASIDE.match(p) or re.fullmatch(MODIFIER_WORD, p.split()[-1]) for p in parts):
        return None
    taxonomy = Taxonomy.load()
    nodes = set()
    for part in parts:
        ref = canonical_issue(part + tail, head_word(part + tail))
        one = _place_one(ref.id, ref.name, ref.surface, rule=ref.rule)
        if one.rule not in _NAMING_RULES or ref.opposite or ref.countered:
            return None
        nodes.add(one.id)
    tops = {taxonomy.nodes[n].parent or n for n in nodes}
    if len(nodes) < 2 or node not in nodes or len(tops) != 1:
        return None
    top = tops.pop()
    if top in _NAMED_TOPICS:
        return None  # named situations, one place's several: the topic above them names none of them
    return top if taxonomy.entries[top].harm == taxonomy.entries[node].harm else None


def _place_one(
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

    # (lemma keys leave determiners and possessives out: "the <alias>" is the alias as written)
    return lemma_key(phrase) in IssueVocabulary.load().by_alias
