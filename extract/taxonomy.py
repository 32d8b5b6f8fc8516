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
6. ``topic-keyword``: no issue node fits, but the phrase holds the terms of exactly one topic
   ("regional security" is about peace and security, "greener development" about development;
   "energy for development" holds two and lands on neither); terms are matched longest first, so
   "food security" is development's, not peace's: it lands on the topic, the most specific node
   that fits. A topic's ``breach_terms`` name the breach of its good ("war" for peace, "emissions"
   for the environment) and land on its ``breach_node``, a child that is a harm ("war, aggression
   and insecurity"), so the claim keeps the stance it states ("opposes a third world war") and
   the topic level reads it reversed (below). An issue's own ``terms`` count as its topic's, and
   the phrase lands on the issue when they are its only terms of that topic ("democratic
   process" on democracy, not human rights), or when a generic term of the topic heads what the issue's
   term says ("the sustainability of our fisheries": the oceans). A generic word gives way to what the
   phrase says it is about: a relation ("cooperation") to the field that classifies it, and to nothing
   when its complement names a field but no topic ("cooperation in those areas"); a crisis to the
   breach of its field ("the health crisis"); "United Nations" opening the name of one of its bodies
   ("the United Nations <X> Force") to the rest of the name; means spent ("investment", "funding") to the field
   they are spent on; a field noun ("the area of X") to its complement. The choice of an office's holder
   ("the election of the President of <Body>") is no stance on democracy; a crisis nothing classifies
   ("multiple crises") places nothing; nor does a United Nations organ that authored an instrument
   ("<Body> resolution 2334"). A document, instrument or plan head whose own terms
   place nothing stands for its complement ("a mechanism to renegotiate sovereign debt"); the rights
   of persons are human rights, and their security or safety is not international security. A
   described target (a clause the grammar keeps whole) skips this step, as it skips the keywords.
   The peace or security of the speaker's own country ("the security of the State", "our national
   security") and a count of persons ("more than 1,000 women") skip steps 5 and 6: neither is an
   international issue nor a group's rights (extract/issue_scope.py);
7. ``none``: the phrase stays its own node, ``taxonomy: false``; unless it holds no name and no
   topic term and its head word is of a class that names no issue (:func:`refusal`: a quantity, a
   time, an occasion, an utterance, a generic activity ...: "attend that event", "approximately
   25,000 kilometres of high-speed railway"), and then the claim is no position at all
   (extract/assemble.py drops it and counts it).

Steps 1-4 are extract/issues.py's rule, unchanged; this module adds the vector and topic steps,
the refusal and the node properties (``taxonomy``, ``parent``, ``parent_name``, ``scheme_code``,
``parent_reversed``).

Orientation: a topic is a good (``harm: false``: peace, human rights), a harm (``harm: true``:
terrorism, crime) or ``neutral`` (sanctions, conflicts, migration: a stance on it has no one
direction). An issue whose ``harm`` differs from its good or harm topic's (hegemonism under the
international order, nuclear weapons under disarmament, climate change under the environment) is
read reversed at the topic level (``parent_reversed: true``; graph/algorithms.py ``at_level``):
opposing hegemonism is supporting the international order, as supporting multilateralism is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from .issue_scope import counts_persons, own_country

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "VECTOR_THRESHOLD",
    "Placement",
    "Taxonomy",
    "TaxonomyEntry",
    "TaxonomyFile",
    "VectorIndex",
    "head_word",
    "issue_properties",
    "place",
    "refusal",
    "situation_named",
]

DATA = Path(__file__).parent / "data" / "issues.yaml"
#: the classes of head words that name no issue (see :func:`refusal`)
NON_ISSUE_HEADS = Path(__file__).parent / "data" / "non_issue_heads.yaml"
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
    #: a topic's words: a phrase no issue node fits lands on the topic whose term is its head word
    #: (or, failing that, the one topic whose terms it holds); single words or short phrases. An issue's
    #: terms are its topic's that name it ("democratic" for democracy, "refugees"): the topic step
    #: lands such a phrase on the issue, not its topic (:func:`topic_of`)
    terms: list[str] = []
    #: a topic's words for the breach of its good (a harm topic's: for fighting its harm): a phrase
    #: holding one lands on the topic's ``breach_node`` ("opposes war": on war and armed violence)
    breach_terms: list[str] = []
    #: the child of the topic the breach terms land on (its ``harm`` is the topic's reverse)
    breach_node: str | None = Field(default=None, pattern=_ID)
    #: a topic a stance has no one direction on (sanctions, migration): nothing is reversed under it
    neutral: bool = False


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
            if e.parent is not None and (e.breach_terms or e.neutral or e.breach_node):
                raise ValueError(f"{e.id}: only a topic has breach terms, a breach node or is neutral")
            if e.terms and e.parent is not None and _reversed(e, by_id[e.parent]):
                # its terms land on it as on its topic: a harm under a good topic would turn the stance
                raise ValueError(f"{e.id}: an issue read reversed at its topic's level has no terms")
            if bool(e.breach_terms) != bool(e.breach_node):
                raise ValueError(f"{e.id}: breach terms and a breach node go together")
            breach = by_id.get(e.breach_node or "")
            if e.breach_node and (breach is None or breach.parent != e.id or breach.harm == e.harm):
                raise ValueError(f"{e.id}: the breach node {e.breach_node} must be its child, of the reverse harm")
        _terms_once(self.issues)
        return self


def _terms_once(entries: list[TaxonomyEntry]) -> None:
    """A topic term (as its lemma key) belongs to one topic, as a term or as a breach term."""
    from .issues import _key

    owner: dict[str, str] = {}
    for e in entries:
        for term in [*e.terms, *e.breach_terms]:
            if owner.setdefault(_key(term), e.id) != e.id:
                raise ValueError(f"{e.id}: the term {term!r} is also {owner[_key(term)]}'s")


@dataclass(frozen=True)
class Node:
    id: str
    name: str
    parent: str | None
    scheme_code: str | None
    harm: bool
    #: a stance on it is the reverse stance on its topic (see the module docstring)
    parent_reversed: bool = False


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
                _reversed(e, self.entries.get(e.parent or "")),
            )
            for e in data.issues
        }
        from .issues import _key

        #: lemma key of a topic term -> the node it lands on: the topic, or for a breach term its breach node
        self.terms = {_key(t): e.breach_node for e in data.issues for t in e.breach_terms if e.breach_node}
        self.terms.update({_key(t): e.id for e in data.issues for t in e.terms if _key(t)})
        self.longest_term = max((len(k.split()) for k in self.terms), default=1)
        #: node id -> the lemma keys of the terms that land on it
        self.terms_of: dict[str, list[str]] = {}
        for key, node in self.terms.items():
            self.terms_of.setdefault(node, []).append(key)
        #: the topics' breach nodes (where their breach terms land)
        self.breach_nodes = frozenset(e.breach_node for e in data.issues if e.breach_node)
        #: the issues with terms of their own, each with its topic (whose field its terms count in)
        self.term_topics = {e.id: e.parent for e in data.issues if e.parent is not None and e.terms}

    @classmethod
    @cache
    def load(cls) -> Taxonomy:
        raw = yaml.load(DATA.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        return cls(TaxonomyFile.model_validate(raw))

    def labels(self) -> list[tuple[str, str]]:
        """(node id, label) for every name and alias; opposites and keywords are not labels (an
        opposite names the breach of its issue, a keyword is too short to stand for it)."""
        return [(e.id, label) for e in self.entries.values() for label in dict.fromkeys([e.name, *e.aliases])]

    @cache  # noqa: B019 - one Taxonomy per process (load is cached), so the cache lives as long as it
    def label_keys(self, node_id: str) -> frozenset[str]:
        """The lemma keys of every phrasing of a node: its name, aliases, keywords and terms."""
        from .issues import _key

        entry = self.entries[node_id]
        return frozenset(_key(t) for t in [entry.name, *entry.aliases, *entry.keywords, *entry.terms]) - {""}


def _reversed(entry: TaxonomyEntry, topic: TaxonomyEntry | None) -> bool:
    """Whether a stance on ``entry`` is the reverse stance on its topic: a harm under a good topic,
    a good under a harm topic; never under a neutral one."""
    return topic is not None and not topic.neutral and entry.harm != topic.harm


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
    if node.parent_reversed:
        props["parent_reversed"] = True
    return props


def situation_named(phrase: str) -> bool:
    """Whether a phrase may be read as "the situation in" the state the claim reader found with it
    (extract/assemble.py: "a settlement in <State>", "foreign military intervention [in <State>]"):
    not when its head is a word that names a target only with a name, an office or a vague noun
    (data/non_issue_heads.yaml; an utterance may be a "military intervention"), or a quality, feeling
    or stance of its holder (:data:`_HOLDER_HEADS`): "the initiative of <State>", "the gratitude of
    the people of <State>", "the brave citizens" are the state's own, not a situation in it."""
    heads, named_only = _non_issue_heads()
    head = head_word(phrase)
    return not (head in named_only or head in _HOLDER_HEADS or heads.get(head or "") in {"office", "vague"})


# -- the vector step -------------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_NAME_WORD = re.compile(r"\b(?:[A-Z][A-Za-z'-]*|\d[\d-]*)")
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
        from .issues import _key

        #: each label's capitalised words and numbers as lemma keys (its name, some of which a phrase must hold)
        self.names = [set(_key(" ".join(_NAME_WORD.findall(label))).split()) for label in labels]
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
        import numpy as np

        chunk = _head_chunk(phrase)
        candidates = sorted(self.by_word.get(chunk[-1], ())) if chunk else []
        # a label that names its thing by a proper name or a number ("Northern Territories", "2030
        # Agenda") is that thing only for a phrase holding some of the name: the md vectors of a pruned
        # word and of the name may be one row ("occupied territories"), and digits have none ("reform agenda")
        from .issues import _key

        words = set(_key(phrase).split())
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


#: where a noun phrase's head chunk ends ("reform of the Security Council": "reform")
_HEAD_END = re.compile(
    r"\s(?:of|in|on|for|with|between|among|against|to|towards|by|from|at|which|who|as|through|under|over"
    # a participle that starts a modifier: "efforts made by", "an order based on", "measures taken"
    r"|based|aimed|made|taken|undertaken|led"
    # "that" before a clause ("a world that is fair"); before the phrase's last word it is a
    # determiner ("attend that event": the head is "event")
    r"|that(?=\s+\S+\s+\S))\s",
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
    #: alias, alias-in-phrase, keyword, state, vector, topic-keyword or none (see the module docstring)
    rule: str
    #: the cosine similarity for ``vector`` (for ``none``, the best one found, if any)
    score: float | None = None

    @property
    def taxonomy(self) -> bool:
        return self.rule != "none"


def head_word(phrase: str) -> str | None:
    """The phrase's head word as the vector and topic steps take it: the last content word before
    its first preposition or relative word ("regional security" -> "security", "reform of the
    Security Council" -> "reform"); a lemma key (extract/issues.py)."""
    chunk = _head_chunk(phrase)
    return chunk[-1] if chunk else None


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
    if rule == "alias-in-phrase" and node_id in _RELATION_TOPICS and head_word(phrase) in _RELATION_HEADS:
        # "international cooperation in the area of health care": the relation is about its field,
        # as at the topic step, though its head is an alias of the order's
        field = topic_of(phrase)
        if field is not None and field not in _RELATION_TOPICS:
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
    topic = (topic_of(phrase) or _through_instrument(phrase)) if topics else None
    if topic is not None:
        return Placement(topic, Taxonomy.load().nodes[topic].name, "topic-keyword")
    return Placement(node_id, name, "none", nearest[1] if nearest is not None else None)


def topic_of(phrase: str) -> str | None:
    """The node the phrase's topic terms land on: the topic, or its breach node. Terms are matched longest
    first and do not overlap ("food security" is one term, development's, not peace's), and only the
    terms that stand for the phrase count (:func:`_terms_in`: its head word, a word coordinated with
    it, or the complement of a head that stands for its complement): a term that only modifies
    another head ("criminal policies", "the enthusiasm of young people", "the power of X") does not
    place the phrase. When they belong to several topics ("invasion of a sovereign State"), the term
    that holds the phrase's head word (:func:`head_word`) decides; else, with none, or when the
    phrase coordinates heads of two topics ("peace and prosperity"), None. An issue's own terms count
    as its topic's; the phrase lands on the issue when they are the only terms of that topic it
    holds ("democratic principles": democracy), else on the topic ("democracy and fundamental freedoms")."""
    taxonomy = Taxonomy.load()
    safety = _personal_safety(phrase)
    if safety is not None:
        return safety or None
    if _office_choice(phrase):
        return None
    named = [(node, level) for node, level in _terms_in(phrase) if level]
    found = [(taxonomy.term_topics.get(node, node), level) for node, level in named]
    if _bare_situation(phrase, found):
        return None
    node = _among_topics(phrase, found)
    if node is not None and node in taxonomy.breach_nodes and _countered(phrase, node):
        # cutting or ending a harm is its topic's good ("reducing its emissions", "phasing out fossil
        # fuel production"), as the claim reader turns "the reduction of emissions" round
        node = taxonomy.nodes[node].parent
    if node is not None:
        node = _own_issue(node, named, phrase)
    if _persons_rights(phrase) and (node is None or HUMAN_RIGHTS not in (node, taxonomy.nodes[node].parent)):
        # the rights persons hold are their human rights, whatever other topic's words classify
        # them ("economic, cultural and social rights of the people")
        node = HUMAN_RIGHTS
    return node


#: heads that name the choice of a holder of an office (WordNet election.n.01, appointment.n.01,
#: nomination.n.01, selection.n.01): lemma keys
_CHOICE_HEADS = frozenset({"election", "re-election", "appointment", "nomination", "selection"})


def _office_choice(phrase: str) -> bool:
    """Whether the phrase is the choice of a holder of an office ("the election of the President of
    <Body>", "the appointment of a special envoy"): the filling of a post, no stance on democracy,
    whose term "election" is otherwise."""
    if head_word(phrase) not in _CHOICE_HEADS:
        return False
    first = _HEAD_END.search(f" {phrase} ")
    if first is None or first.group(0).strip().lower() not in {"of", "to", "as"}:
        return False
    rest = f" {phrase} "[first.end() :]
    return _non_issue_heads()[0].get(head_word(rest) or "") == "office"


def _bare_situation(phrase: str, found: list[tuple[str, int]]) -> bool:
    """Whether the phrase is a crisis that nothing classifies ("the crisis", "multiple crises", "the
    response to the crisis"): WordNet's crisis.n.01 is any unstable situation of danger (an economic,
    a health, a climate crisis), so the word alone names no armed conflict, nor any issue, unless a
    name in the phrase says which ("the crisis in <State>")."""
    if not found or any(node != SITUATIONS_TOPIC for node, _ in found) or _CAPITALISED.search(phrase):
        return False
    from .issues import _key

    words = set(_key(phrase).split())
    return bool(words & _SITUATION_HEADS) and not any(
        k in words for k in Taxonomy.load().terms_of.get(SITUATIONS_TOPIC, []) if k not in _SITUATION_HEADS
    )


def _among_topics(phrase: str, found: list[tuple[str, int]]) -> str | None:
    """The topic (or breach node) the terms found (node, level) place the phrase on: see :func:`topic_of`."""
    taxonomy = Taxonomy.load()
    nodes = {node for node, _ in found}
    heads = {node for node, level in found if level >= _CONJUNCT}
    if len(nodes) == 1:
        node = nodes.pop()
        if node in _RELATION_TOPICS and head_word(phrase) in _RELATION_HEADS and _unnamed_field(phrase):
            return None  # "cooperation under this session's theme": the field it is in is not named
        return node
    if len(heads) > 1:
        return None  # coordinated heads of two topics ("peace and prosperity"): it is about both
    node = next((term for term, level in found if level == _AT_HEAD), None)
    others = {term for term, level in found if level == _STANDS and term != node}
    head = head_word(phrase)
    if node is not None and head in _RELATION_HEADS | _RESOURCE_HEADS and len(others) == 1:
        # a relation between parties is about its field: "health cooperation", "economic
        # diplomacy", "cooperation in the field of energy" are the field's, not the order's
        node = others.pop()
    elif node is not None and head in _SITUATION_HEADS and len(others) == 1:
        # a crisis is the breach of the field that classifies it: "the health crisis" is disease's,
        # "the triple planetary crisis" the environment's, not an armed conflict
        other = others.pop()
        node = taxonomy.entries[other].breach_node or other
    elif node in taxonomy.breach_nodes and head in _BREACH_HEADS and len(others) == 1:
        # a breach is of the good its complement names: "the violation of the sovereignty of X"
        # breaches sovereignty, not human rights, whose breach term "violation" is otherwise
        node = taxonomy.entries[others.pop()].breach_node
    return node


def _own_issue(node: str, named: list[tuple[str, int]], phrase: str) -> str:
    """The issue under the topic ``node`` whose own terms (issues.yaml ``terms``) the phrase holds
    (``named``: node and level), when it is the one issue of that topic there and its term is not
    coordinated with a term of the topic itself ("democracy and fundamental freedoms" is the topic's):
    "democratic principles" is democracy's, "the sustainability of our fisheries" the oceans', whose
    term says what the topic's generic one ("sustainability") is about."""
    taxonomy = Taxonomy.load()
    own = {n: level for n, level in named if taxonomy.term_topics.get(n, n) == node}
    issues = [n for n in own if n != node]
    if len(issues) != 1:
        return node
    if node in own and _CONJUNCT in (own[node], own[issues[0]]):
        return node  # coordinated with a term of the topic's, or with another head ("water and climate issues")
    if own.get(node) == _AT_HEAD and _classifies_head(issues[0], phrase):
        return node  # a kind of the topic's own head ("democratic rights" are rights), not its matter
    return issues[0]


def _classifies_head(issue: str, phrase: str) -> bool:
    """Whether a term of ``issue`` stands in the phrase's head chunk (a classifier of its head)."""
    chunk = f" {' '.join(_head_chunk(phrase))} "
    return any(f" {key} " in chunk for key in Taxonomy.load().terms_of.get(issue, []))


HUMAN_RIGHTS = "issue:human-rights"

#: nouns of persons and groups of persons (WordNet noun.person and noun.group heads that hold rights as
#: people: the Universal Declaration's "everyone"), lemma keys: "the rights of the <X> people", "the
#: basic rights of millions of men, women and children"; not a territory, a state or a body, whose
#: "right" is a prerogative ("the right of the territory to participate", "the right of veto")
_PERSONS = frozenset(
    {
        "people", "person", "population", "citizen", "national", "individual", "man", "woman", "child",
        "girl", "boy", "minority", "community", "worker", "inhabitant", "resident", "youth", "family",
        "human", "everyone", "civilian", "prisoner", "detainee", "patient", "victim", "million", "peasant",
        "personnel", "staff", "men", "women", "children",
    }
)  # fmt: skip
#: "rights of X" and "X's rights": the holder
#: (the plural: a people's "right", one, is mostly a right of a nation, to self-determination or
#: statehood, that the phrase leaves unsaid: "the right of the <X> people")
_RIGHTS_OF = re.compile(r"\brights\s+of\s+(?P<of>.+)|(?P<poss>\S+)(?:'s|s'|’s|s’)\s+rights\b", re.I)


def _persons_rights(phrase: str) -> bool:
    """Whether the phrase is the rights (plural) held by persons ("the rights of the <X> people", "the basic
    rights of millions of men, women and children", "rights of all <demonym plural>", "citizens'
    rights"): their human rights, however the holder is named. Not "the right of X to Y" (a named
    right, which :func:`extract.issues.variants` reads as "the right to Y"), nor a right held by a
    territory, a state or a body ("the right of the territory to participate")."""
    m = _RIGHTS_OF.search(phrase)
    if m is None or head_word(phrase) != "right":
        return False
    if m.group("poss"):
        holder = m.group("poss")
    else:
        rest = f" {m.group('of')} "
        end = _HEAD_END.search(rest)
        if end is not None and end.group(0).strip().lower() == "to":
            return False  # "the right of X to Y": a named right
        holder = rest[: end.start()] if end else rest
    return _are_persons(holder)


def _are_persons(holder: str) -> bool:
    """Whether a holder phrase names persons (:data:`_PERSONS`, or a state's people by its plural
    demonym: "all <demonym>s"), not a state, a territory or a body."""
    from .gazetteer import Gazetteer
    from .issues import _key

    words = holder.split()
    last = _key(holder).split()[-1:] or [""]
    demonym = bool(words) and words[-1][:1].isupper() and words[-1].endswith("s")
    return last[0] in _PERSONS or (demonym and Gazetteer.load().demonym(words[-1]) is not None)


def _personal_safety(phrase: str) -> str | None:
    """Where the security or safety of persons lands ("the security of the children", "the safety and
    security of personnel": WordNet's security.n.01, a person's freedom from danger, not the
    international peace and security its topic term names): on the protection of civilians when they
    are civilians (its alias "safety of civilians"), else on no node (""); None if the phrase is not one."""
    from .issues import _key

    padded = f" {phrase} "
    first = _HEAD_END.search(padded)
    if head_word(phrase) not in {"security", "safety"} or first is None or first.group(0).strip().lower() != "of":
        return None
    rest = f" {padded[first.end() :]} "
    end = _HEAD_END.search(rest)
    holder = rest[: end.start()] if end else rest
    if not _are_persons(holder):
        return None
    return "issue:protection-of-civilians" if _key(holder).endswith("civilian") else ""


#: heads that name the breach of a rule or a good (FrameNet's Compliance frame, its breach words)
_BREACH_HEADS = frozenset({"violation", "breach", "infringement", "contravention", "transgression"})

#: heads that name a document, an instrument, a plan or a process (WordNet noun.communication documents
#: and noun.act plans and procedures): one stands for what its complement names ("the report on a New
#: Agenda for Peace", "a multilateral mechanism to renegotiate sovereign debt"), whatever classifies it
#: ("multilateral"). Lemma keys.
_INSTRUMENT_HEADS = frozenset(
    {
        "report", "summary", "mechanism", "framework", "strategy", "plan", "programme", "program", "proposal",
        "recommendation", "agenda", "initiative", "roadmap", "instrument", "resolution", "declaration",
        "decision", "platform", "fund", "facility", "campaign", "project", "legislation", "law", "policy",
        "conference", "meeting", "summit", "forum", "negotiation", "talk", "process", "action", "measure",
    }
)  # fmt: skip


def _through_instrument(phrase: str, depth: int = 3) -> str | None:
    """The topic of what an instrument head's complement names (:data:`_INSTRUMENT_HEADS`), for a phrase
    whose own terms placed it nowhere: "a multilateral mechanism to renegotiate sovereign debt" is about
    debt, not about the order "multilateral" would name with it; a chain of them is followed ("the
    report on a New Agenda for Peace")."""
    if depth == 0 or head_word(phrase) not in _INSTRUMENT_HEADS:
        return None
    padded = f" {phrase} "
    first = _HEAD_END.search(padded)
    if first is None or first.group(0).strip().lower() not in _ABOUT:
        return None
    rest = padded[first.end() :].strip()
    if _non_issue_heads()[0].get(head_word(rest) or "") == "office":
        return None  # "the initiative of the President of X": its author, not what it is about
    node = topic_of(rest) or _through_instrument(rest, depth - 1)
    taxonomy = Taxonomy.load()
    # an instrument on a harm serves its topic's good ("a mechanism to renegotiate sovereign debt", "the
    # summary of the meeting on sea-level rise"): a stance on it is none on the harm
    return taxonomy.nodes[node].parent if node in taxonomy.breach_nodes else node


#: heads that name a relation or dealings between parties (the international order's terms): a
#: term of another topic that classifies them or stands in their complement names what they are
#: about (lemma keys)
_RELATION_HEADS = frozenset(
    {"cooperation", "collaboration", "partnership", "diplomacy", "governance", "relation", "interdependence"}
)


#: heads that name means spent on something (WordNet investment.n.01, funding.n.01, expenditure.n.01):
#: the field their complement or classifier names is what they are about ("investment in research and
#: innovation" is science's, not development's whose term "investment" is otherwise); lemma keys
_RESOURCE_HEADS = frozenset({"investment", "funding", "financing", "spending", "expenditure"})

#: the topic the relation heads' own terms place a phrase on
_RELATION_TOPICS = frozenset({"issue:international-order"})

#: heads that name a state of affairs, whose kind the field that classifies it names (WordNet crisis.n.01,
#: emergency.n.01): lemma keys
_SITUATION_HEADS = frozenset({"crisis", "emergency"})

#: prepositions that open a relation's field ("cooperation in <field>", "partnership for <field>"), not
#: its parties ("cooperation with <State>", "the cooperation of all States", "partnership between nations")
_FIELD_PREPOSITIONS = frozenset({"in", "on", "for", "under", "towards", "to", "at", "through", "over"})
#: classifiers of scope that make a relation one between states (international relations)
_INTERSTATE = re.compile(r"\b(?:international|global|multilateral|regional|bilateral|inter-?state|world)\b", re.I)


def _unnamed_field(phrase: str) -> bool:
    """Whether a relation head's complement is its field but names none: "cooperation under this
    session's theme", "partnership in this regard"; not a complement that names the parties
    ("cooperation with <State>", "the cooperation of all"), a place or a name ("partnerships in <Region>"),
    nor a relation classified as one between states ("international cooperation in X")."""
    padded = f" {phrase} "
    first = _HEAD_END.search(padded)
    if first is None or first.group(0).strip().lower() not in _FIELD_PREPOSITIONS or _INTERSTATE.search(phrase):
        return False
    rest = padded[first.end() :]
    if re.match(r"(?:which|whom)\b", rest):
        return False  # "partnerships in which countries treat each other as equals": a clause, no field
    return len(_terms_in(phrase)) == 1 and not _CAPITALISED.search(rest)


#: words that cut, end, fight or outlast what they govern: a harm named under one is the thing
#: countered, so the phrase is a stance on the harm turned round ("the fight against the pandemic",
#: "resilience against future pandemics", "zero carbon emissions", "justice for terrorism victims").
#: The claim reader's own inversion (extract/grammar/issue_names.py INVERTING) takes them when they
#: open the phrase; these may stand inside it. One word each, lower case, as :func:`issues._key`
#: leaves them (singular).
COUNTERING_WORDS = (
    r"reduc(?:e|es|ed|ing|tion)|cut(?:s|ting)?|eliminat(?:e|es|ed|ing|ion)|eradicat(?:e|es|ed|ing|ion)"
    r"|end(?:s|ed|ing)?|halt(?:s|ed|ing)?|curb(?:s|ed|ing)?|combat(?:s|ed|ing)?|fight(?:s|ing)?"
    r"|prevent(?:s|ed|ing|ion)?|treat(?:s|ed|ing|ment)|lower(?:s|ed|ing)?|halv(?:e|es|ed|ing)"
    r"|against|counter(?:s|ed|ing)?|resilien(?:ce|t)|mitigat(?:e|es|ed|ing|ion)|tackl(?:e|es|ed|ing)"
    r"|defeat(?:s|ed|ing)?|overc(?:o|a)m(?:e|es|ing)|zero(?![- ]sum)|victim|survivor|preparedness|response"
    # dealing with a problem (FrameNet's Resolve_problem frame): "address violations" upholds what they breach,
    # "a solution to (the settlement of) the crisis" is against the crisis
    r"|address(?:es|ed|ing)?|resolv(?:e|es|ed|ing)|solv(?:e|es|ed|ing)|solutions?|settle|settles|settled|settling"
    r"|settlement(?!s)"
    # keeping away from it (FrameNet's Avoiding frame): "to avoid the use of force", "refrain from X"
    r"|avoid(?:s|ed|ing|ance)?|refrain(?:s|ed|ing)?"
    # easing it (FrameNet's Cure frame: alleviate, relieve): "alleviate the food crisis"
    r"|alleviat(?:e|es|ed|ing|ion)|reliev(?:e|es|ed|ing)"
    # keeping it within bounds, calling it off, bringing its authors to justice (FrameNet's Limiting,
    # Cancellation, Rewards_and_punishments, Criminal_investigation): "regulate the arms trade",
    # "cancel tariffs", "the investigation and punishment of atrocities"
    r"|regulat(?:e|es|ed|ing|ion)|cancel(?:s|led|ling|lation)?"
    r"|punish(?:es|ed|ing|ment)?|prosecut(?:e|es|ed|ing|ion)|investigat(?:e|es|ed|ing|ion|ions)"
    # free of it (a compound's head: "a carbon-free future", "a drug-free world")
    r"|(?<=-)free"
    # winning over it (FrameNet's Beat_opponent: victory, triumph, success over an opponent): "victory
    # over <Harm>", "military success over <armed group>"; "over" marks the one beaten
    r"|(?:victor(?:y|ies)|triumphs?|success(?:es)?)\s+over"
)
_REDUCING = re.compile(r"\b(?:" + COUNTERING_WORDS + r"|phas(?:e|es|ed|ing) out|phase-out)\b", re.I)


def _countered(phrase: str, node: str) -> bool:
    """Whether a countering word governs the breach term that placed the phrase on ``node``: before
    it ("reducing its emissions", "the fight against aggression"), or as the head of the compound
    it modifies ("emissions cuts", "drought resilience"); not a word after a preposition that
    follows it ("aggression against <State>", "escalation in response to X"), which says whom the
    harm strikes or why, not that it is countered."""
    terms = Taxonomy.load().terms_of.get(node, [])
    lowered = phrase.lower()
    found = [m.span() for t in terms if (m := re.search(rf"\b{re.escape(t)}", lowered))]
    at, term_end = min(found) if found else (None, None)
    for m in _REDUCING.finditer(phrase):
        if at is not None and at <= m.start() < term_end:
            continue  # a word of the term itself: "capital punishment" is the harm
        if at is None or m.start() < at:
            return True
        between = lowered[at : m.start()]
        if m.group().lower() != "against" and _HEAD_END.search(f" {between} ") is None:
            return True
    return False


#: words whose sense here is not their topic term's: "positive developments" are events, not
#: development (the lemma key would make them one word); "a climate of trust" is a mood, not the
#: climate; "a war on traffickers" is a campaign, not a war; "the nature of X" is X's character;
#: "their energies" efforts
_OTHER_SENSE = re.compile(
    r"\bdevelopments\b|\bclimate\s+of\b|\bwar\s+on\b"
    # WordNet's nature.n.01 (the qualities of X), not nature.n.03 (the natural world)
    r"|\bnature\b(?=\s+(?:(?:and|or)\s+[a-z]+\s+)?of\b)"
    # "pool their energies": WordNet's energy.n.02 (forceful exertion), not power (energy.n.01)
    r"|\benergies\b"
    # "the warming of relations": WordNet's warming (a becoming friendlier), not global warming
    r"|\bwarming\b(?=\s+of\s+(?:\S+\s+)?(?:relations|ties))"
    # "civilians" are the persons international humanitarian law protects; "civilian" classifying
    # another noun says what a thing or a post is not (military): "a civilian component", "the
    # civilian deputy head"; unless that noun is one of the Fourth Geneva Convention's and Additional
    # Protocol I's protected persons and objects ("civilian population", "civilian objects")
    r"|\bcivilian\b(?=\s+(?!(?:population|persons?|people|lives|life|objects?|casualt|infrastructure|targets?"
    r"|areas?|deaths?|victims?|homes?|hospitals?|facilit|toll|suffering)\w*)[a-z])"
    # "the waters of <a zone>", "territorial waters": UNCLOS's sea areas (WordNet water.n.02, a body of
    # water), not water the resource (water.n.06) that drinking water and sanitation are about
    r"|\bwaters\b(?=\s+(?:of|off|around|surrounding|under|within|beyond)\b)"
    r"|\b(?:territorial|internal|archipelagic|international|coastal|maritime|national|sovereign|its|their|our)(?:\s+own)?\s+waters\b"
    # "military forces", "armed forces": WordNet's military_force.n.01 (a body of troops); the
    # breach term "military force" is the use of force (force.n.02), which takes no plural; only the
    # classifier goes, so "foreign military forces" are still the breach term "foreign forces"
    r"|\b(?:military|armed)(?=\s+forces\b)",
    re.I,
)


#: "United Nations" opening the name of one of its bodies, missions, programmes or funds ("the United
#: Nations <X> Programme", "the United Nations <X> Observer Force"): the owner of the thing named, not
#: its topic, which the rest of the name says, if anything; not the Organization itself ("the United
#: Nations Organization", "the United Nations system")
_UN_BODY = re.compile(
    r"\b(?:United\s+Nations|U\.?N\.?)(?:['’]s)?(?=\s+(?!Organi[sz]ation\b|System\b|Charter\b)[A-Z][a-z])"
)
#: what :data:`_UN_BODY` becomes: two capitalised words that are no term, so the name keeps its length
_UN_OWNER = "Unitedowner Nationsowner"


#: how a term stands in a phrase (:func:`_terms_in`): it holds the head word; it holds the head of
#: another conjunct ("peace" in "peace and prosperity"); it stands for the phrase another way (a
#: classifier of the head, the complement of a head that stands for its complement);
#: it only modifies ("criminal" in "criminal policies", "young people" in "the enthusiasm of young
#: people") and does not place the phrase
_AT_HEAD, _CONJUNCT, _STANDS, _MODIFIER = 3, 2, 1, 0

#: heads whose complement is only their holder, not their topic: qualities, standing, faculties and
#: feelings, and the points of its history ("the power of X", "the integrity of X", "the enthusiasm of
#: young people", "the role of X", "the gratitude of X", "a turning point of X"); a topic
#: term in their complement does not place the phrase. Lemma keys; a word class (WordNet
#: noun.attribute and noun.state nouns of quality and capacity), with the misuse heads of
#: extract/issues.py (``DISTORTING_HEADS``).
_HOLDER_HEADS = frozenset(
    {
        "power", "authority", "integrity", "credibility", "legitimacy", "relevance", "reliability",
        "effectiveness", "efficiency", "coherence", "objectivity", "impartiality", "universality", "ability",
        "capacity", "capability", "strength", "weakness", "role", "importance",
        "enthusiasm", "energy", "spirit", "voice", "will", "wish", "desire", "determination", "courage",
        "wisdom", "experience", "expertise", "talent", "potential", "dynamism", "creativity", "resilience",
        "health", "safety", "well", "being", "status", "reputation", "image", "name", "size", "speed",
        "unity", "solidarity", "support", "assistance", "help", "family", "friend", "member", "people",
        "citizen", "government", "leader", "leadership", "authorities", "opposition", "gratitude",
        "appreciation", "thanks", "condolence", "sympathy", "admiration", "pride", "stance", "view", "opinion",
        "point", "milestone", "chapter", "life",
    }
)  # fmt: skip

#: the prepositions that open a complement naming what the head is about ("the ideals of peace", "a
#: bid for a permanent seat", "an end to the genocide", "respect for sovereignty", "the fight against
#: X"); not "from", "by", "with" (a source, an agent, a companion)
_ABOUT = frozenset({"of", "for", "to", "towards", "on", "against", "in", "over", "about"})

#: a coordination inside a head chunk: "peace and fraternity", "wars and conflicts"
_CONJUNCTION = re.compile(r"\s*(?:,|\band\b|\bor\b|&)\s*", re.I)


#: nouns that name a field of activity only with their complement ("the area of X", "the field of X"):
#: WordNet's field.n.04 and its synonyms (area, sphere, domain, arena, sector); lemma keys
_FIELD_NOUNS = frozenset({"area", "field", "sphere", "domain", "sector", "arena", "realm"})


def _standing_words(phrase: str) -> tuple[set[str], set[str]]:
    """The lemma keys that stand for the phrase besides its head word: the last words of the
    conjuncts of its head chunk ("peace and prosperity"); and the other words of its head chunk (a
    classifier: "trade integration", "forest fires", "climate neutrality") with the words of its
    first complement when a preposition of :data:`_ABOUT` opens it and the head is no holder
    (:data:`_HOLDER_HEADS`)."""
    from .issues import _key, _misuse_head

    padded = f" {phrase} "
    first = _HEAD_END.search(padded)
    chunk = padded[: first.start()] if first else padded
    heads = {k.split()[-1] for part in _CONJUNCTION.split(chunk) if (k := _key(part))}
    words = set(_key(chunk).split())
    misuse = any(_misuse_head(_key(chunk).split(), head) for head in heads)
    if first is None or first.group(0).strip().lower() not in _ABOUT or heads & _HOLDER_HEADS or misuse:
        return heads, words
    rest = padded[first.end() - 1 :]
    second = _HEAD_END.search(rest)
    if second is not None and second.group(0).strip().lower() == "of" and head_word(rest) in _FIELD_NOUNS:
        # "cooperation in the area of health care": the field noun stands for what its complement names
        third = _HEAD_END.search(rest, second.end() - 1)
        return heads, words | set(_key(rest[: third.start()] if third else rest).split())
    return heads, words | set(_key(rest[: second.start()] if second else rest).split())


_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def _author_words(phrase: str) -> set[str]:
    """The lemma keys of the body that classifies an instrument head as its author ("<Body> resolution
    2334", "the <Body> decision"): an organ of the United Nations (the gazetteer's ``un-organ``: the
    Charter's principal organs and their subsidiaries) adopts resolutions and decisions on any subject,
    so its name says who adopted the instrument, not what it is about (the complement, if any, does)."""
    from .gazetteer import Gazetteer
    from .issues import _key

    head = head_word(phrase)
    if head not in _INSTRUMENT_HEADS:
        return set()
    first = _HEAD_END.search(f" {phrase} ")
    chunk = f" {phrase} "[: first.start()] if first else phrase
    gazetteer = Gazetteer.load()
    return {
        w
        for run in _NAME_RUN.findall(chunk)
        if any(e.properties.get("kind") == "un-organ" for e in gazetteer.lookup(run))
        for w in _key(run).split()
    }


def _terms_in(phrase: str) -> list[tuple[str, int]]:
    """The topic terms in the phrase, longest first and not overlapping, none inside a name it only
    modifies (extract/issues.py ``inside_name``: "the X Law Commission"): each as the node it lands on
    and how it stands in the phrase (``_AT_HEAD``, ``_CONJUNCT``, ``_STANDS`` or ``_MODIFIER``)."""
    from .issues import _key, inside_name, name_spans

    taxonomy = Taxonomy.load()
    text = _UN_BODY.sub(_UN_OWNER, _OTHER_SENSE.sub(" , ", phrase))
    words = _key(text).split()
    names = name_spans(text)
    head = head_word(phrase)
    conjuncts, standing = _standing_words(phrase)
    standing -= _author_words(phrase)
    found = []
    i = 0
    while i < len(words):
        for n in range(min(taxonomy.longest_term, len(words) - i), 0, -1):
            term = taxonomy.terms.get(" ".join(words[i : i + n]))
            if term is not None and not inside_name(names, i, n):
                held = words[i : i + n]
                level = (
                    _AT_HEAD
                    if head in held
                    else _CONJUNCT
                    if conjuncts.intersection(held)
                    else _STANDS
                    if standing.intersection(held)
                    else _MODIFIER
                )
                found.append((term, level))
                i += n
                break
        else:
            i += 1
    return found


# -- refusing a target that names no issue ---------------------------------------------------------


@cache
def _non_issue_heads() -> tuple[dict[str, str], frozenset[str]]:
    """head word (lemma key) -> the class of data/non_issue_heads.yaml it is listed under; and the
    heads that name a target only with a name in the phrase (``named_only``)."""
    from .issues import _key

    raw = yaml.safe_load(NON_ISSUE_HEADS.read_text(encoding="utf-8"))
    classes = {_key(word): cls for cls, words in raw["classes"].items() for word in words}
    return classes, frozenset(_key(word) for word in raw["named_only"])


#: a capitalised word: a name ("French initiative", "people of Hong Kong", "ASEAN-led mechanism";
#: the grammar lower-cases nothing, and a target phrase seldom starts a sentence), unless it is one
#: of the listed heads, which the UN's own style capitalises ("Member States", "the Organization")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


def _named(phrase: str, heads: dict[str, str], named_only: frozenset[str]) -> bool:
    from .issues import _key

    words = [w for m in _CAPITALISED.findall(phrase) for w in _key(m).split()]
    return any(w not in heads and w not in named_only for w in words)


def _is_actor(phrase: str) -> bool:
    """Whether the whole phrase is an actor's name in the gazetteer (a state, an organisation, a
    person: "United States", "the Assembly"), or a list of such names ("<State> and <State>")."""
    from .gazetteer import Gazetteer

    gazetteer = Gazetteer.load()
    names = [n for n in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", phrase.strip()) if n]
    return bool(names) and all(gazetteer.lookup(n) for n in names)


def holds_term(phrase: str) -> bool:
    """Whether the phrase holds a topic term of the taxonomy or a name (a capitalised word that is
    no listed head): what keeps it from :func:`refusal`, whatever its head word."""
    heads, named_only = _non_issue_heads()
    return bool(_terms_in(phrase)) or _named(phrase, heads, named_only)


#: pronouns a phrase cannot end on unless a clause after them, cut from the target, said what they stand for
_CUT_AT_PRONOUN = frozenset({"those", "these", "them", "which", "who", "whom", "whose"})


def refusal(phrase: str) -> str | None:
    """Why a phrase that landed on no node names no issue at all, or None if it may name one.

    A position is a stance on an issue; a phrase whose head word is a quantity, a time, an occasion,
    an utterance, a place, an office or a generic activity or outcome ("approximately 25,000
    kilometres of high-speed railway", "attend that event", "step up our efforts", "the work of this
    session"), a vague noun ("the basic principles", "our common vision") or, with no complement, a
    state or quality ("resilience", "the necessary momentum"), and that holds no
    alias, keyword or topic term and is near no label, is a misreading of the sentence or says nothing, not an
    issue; so is a plan or an initiative that the phrase does not name ("constructive initiatives"),
    and a phrase that is an actor's whole name ("United States": the linker's, not an issue).
    A phrase that holds a name is never refused: the name may be its issue ("the French initiative",
    "China-EU relations", "the people of Hong Kong"). The head word is the last content word before the phrase's first
    preposition or relative word (:func:`head_word`; the last two, for an office such as "Secretary-
    General"). Returns the head word's class (data/non_issue_heads.yaml)."""
    chunk = _head_chunk(phrase)
    if not chunk:
        return "no-content"
    if phrase.split()[-1].lower() in _CUT_AT_PRONOUN:
        return "no-content"  # "a victory against those": the clause saying who they are was cut off
    if _is_actor(phrase):
        return "actor"  # "United States": an actor the linker left unlinked, never an issue
    heads, named_only = _non_issue_heads()
    found = heads.get(" ".join(chunk[-2:])) or heads.get(chunk[-1])
    if found == "office":
        return found  # "Secretary-General", "the President": a person, never an issue
    if _terms_in(phrase) or _named(phrase, heads, named_only):
        # it speaks of a topic, if of more than one ("nuclear safety" after a war), or names
        # something the taxonomy does not know ("China-EU relations", "people of Hong Kong")
        return None
    if found == "condition" and _HEAD_END.search(f" {phrase} "):
        return None  # "changes to the status of X", "the unity of X": the complement says of what
    return "unnamed-plan" if found is None and chunk[-1] in named_only else found
