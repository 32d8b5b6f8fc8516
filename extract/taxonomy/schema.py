"""The taxonomy file (data/issues.yaml) checked at load, its nodes, and the properties an Issue node carries."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

DATA = Path(__file__).parent.parent / "data" / "issues.yaml"


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
        _labels_once(self.issues)
        return self


def _labels_once(entries: list[TaxonomyEntry]) -> None:
    """No node lists a label twice. A YAML flow list splits an unquoted label at its commas
    ("[peace, stability and prosperity]" is two labels), and the pieces of such labels repeat
    ("common, comprehensive, ..."): quote a label that holds a comma."""
    for e in entries:
        for field in ("aliases", "keywords", "opposites", "terms", "breach_terms"):
            labels = [str(label).casefold() for label in getattr(e, field)]
            twice = sorted({label for label in labels if labels.count(label) > 1})
            if twice:
                raise ValueError(
                    f"{e.id}: {field} lists {', '.join(map(repr, twice))} twice (quote a label holding a comma)"
                )


def _terms_once(entries: list[TaxonomyEntry]) -> None:
    """A topic term (as its lemma key) belongs to one topic, as a term or as a breach term."""
    from ..issues import lemma_key

    owner: dict[str, str] = {}
    for e in entries:
        for term in [*e.terms, *e.breach_terms]:
            if owner.setdefault(lemma_key(term), e.id) != e.id:
                raise ValueError(f"{e.id}: the term {term!r} is also {owner[lemma_key(term)]}'s")


@dataclass(frozen=True)
class Node:
    id: str
    name: str
    parent: str | None
    scheme_code: str | None
    harm: bool
    #: a stance on it is the reverse stance on its topic (see the package docstring)
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
        from ..issues import lemma_key

        #: lemma key of a topic term -> the node it lands on: the topic, or for a breach term its breach node
        self.terms = {lemma_key(t): e.breach_node for e in data.issues for t in e.breach_terms if e.breach_node}
        self.terms.update({lemma_key(t): e.id for e in data.issues for t in e.terms if lemma_key(t)})
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
        from ..issues import lemma_key

        entry = self.entries[node_id]
        return frozenset(lemma_key(t) for t in [entry.name, *entry.aliases, *entry.keywords, *entry.terms]) - {""}

    @cache  # noqa: B019 - as label_keys
    def matter_keys(self, node_id: str) -> tuple[str, ...]:
        """The lemma keys a phrase may name a node by when it says what is countered or kept from: its
        phrasings (:meth:`label_keys`) and the topic terms that land on it (a topic's breach terms land on
        its breach node)."""
        from ..issues import lemma_key

        return (*self.label_keys(node_id), *(lemma_key(t) for t in self.terms_of.get(node_id, [])))


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
