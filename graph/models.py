"""Typed nodes, relationships (claims) and the per-document batch the stores write.

The models refuse what the graph contract does not allow, with a message that names the offending
id, type or property: an unknown relationship type, a kind the type may not connect, a claim
without ``doc_id`` or evidence, a malformed id or date, a property value a graph store cannot hold.
"""

from __future__ import annotations

import hashlib
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .schema import (
    CLAIM_PROPERTIES,
    CLAIM_TYPES,
    DATE_BOUND_PROPERTIES,
    LANGUAGES,
    PROVENANCE_PROPERTIES,
    REL_RULES,
    VOTE_CHOICES,
    NodeKind,
    RelType,
    check_id,
    labels_of,
    precision_of,
)

Scalar = str | int | float | bool
PropertyValue = Scalar | list[str] | list[int] | list[float] | list[bool]

__all__ = ["GraphBatch", "Node", "Relationship", "claim_key", "mention_key"]


def _check_property_value(name: str, value: Any) -> None:
    """Graph stores hold primitives and homogeneous lists of primitives, nothing nested.

    NUL characters are refused too: Neo4j stores them but FalkorDB does not, and the two
    stores must hold the same graph.
    """
    if isinstance(value, str) and "\x00" in value:
        raise ValueError(f"property {name!r} holds a NUL character, which a graph store cannot keep")
    if isinstance(value, list) and any(isinstance(v, str) and "\x00" in v for v in value):
        raise ValueError(f"property {name!r} holds a NUL character, which a graph store cannot keep")
    if isinstance(value, (str, int, float, bool)):
        return
    if isinstance(value, list):
        kinds = {type(v) for v in value}
        if all(isinstance(v, (str, int, float, bool)) for v in value) and len(kinds) <= 1:
            return
        raise ValueError(f"property {name!r}: a list must hold values of one primitive type, got {value!r:.80}")
    raise ValueError(f"property {name!r}: {type(value).__name__} is not a value a graph store can hold")


class Node(BaseModel):
    """A node of the graph contract: its id fixes its kind and labels."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    properties: dict[str, Any] = Field(default_factory=dict)

    @field_validator("id")
    @classmethod
    def _valid_id(cls, value: str) -> str:
        check_id(value)
        return value

    @field_validator("properties")
    @classmethod
    def _valid_properties(cls, props: dict[str, Any]) -> dict[str, Any]:
        if "id" in props:
            raise ValueError("'id' is the node's own field, not a property")
        for name, value in props.items():
            if value is not None:
                _check_property_value(name, value)
        return {k: v for k, v in props.items() if v is not None}

    @model_validator(mode="after")
    def _named(self) -> Self:
        if self.kind is not NodeKind.DOCUMENT and not self.properties.get("name"):
            raise ValueError(f"node {self.id}: a {self.kind.value} needs a non-empty 'name'")
        aliases = self.properties.get("aliases")
        if aliases is not None and not (isinstance(aliases, list) and all(isinstance(a, str) for a in aliases)):
            raise ValueError(f"node {self.id}: 'aliases' must be a list of strings")
        return self

    @property
    def kind(self) -> NodeKind:
        return check_id(self.id)

    @property
    def labels(self) -> list[str]:
        return labels_of(self.kind)

    def merged_with(self, other: Node) -> Node:
        """The same node seen twice in one document: later properties win, aliases accumulate."""
        if other.id != self.id:
            raise ValueError(f"cannot merge {self.id} with {other.id}")
        props = {**self.properties, **other.properties}
        aliases = list(dict.fromkeys([*self.properties.get("aliases", []), *other.properties.get("aliases", [])]))
        if aliases:
            props["aliases"] = aliases
        return Node(id=self.id, properties=props)


def claim_key(doc_id: str, rel_type: RelType | str, source: str, target: str, *distinguishing: str | None) -> str:
    """The stable key of a claim: same document and same fact give the same key.

    ``distinguishing`` holds what makes two facts between the same ends different facts (date,
    vote choice, office, status). Symmetric types are keyed on their sorted ends, so "A meets B"
    and "B meets A" in one document are one claim.
    """
    rel = RelType(rel_type)
    ends = sorted((source, target)) if rel in {RelType.MEETS, RelType.COOPERATES_WITH} else [source, target]
    raw = "\x1f".join([doc_id, rel.value, *ends, *(d or "" for d in distinguishing)])
    return "c-" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:24]


def mention_key(doc_id: str, target: str) -> str:
    return "m-" + hashlib.sha1(f"{doc_id}\x1f{target}".encode()).hexdigest()[:24]


class Relationship(BaseModel):
    """One relationship. Every type but MENTIONS is a claim read from one document.

    ``source``/``target`` are contract ids. Provenance and the contract's claim properties are
    fields; anything else the text demands (tallies, scope, measures) goes in ``attrs`` and is
    stored as plain properties beside them.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: RelType
    source: str
    target: str
    key: str
    doc_id: str
    # provenance (required on claims, see _provenance)
    evidence: str | None = None
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)
    lang: str | None = None
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    extractor: str | None = None
    date: str | None = None
    date_precision: str | None = None
    as_of: str | None = None
    # the contract's optional claim properties
    choice: str | None = None
    role: str | None = None
    status: str | None = None
    speaker: str | None = None
    source_says: str | None = None
    # MENTIONS only
    count: int | None = Field(default=None, ge=1)
    attrs: dict[str, Any] = Field(default_factory=dict)

    @field_validator("type", mode="before")
    @classmethod
    def _known_type(cls, value: Any) -> Any:
        if isinstance(value, str) and value not in RelType.__members__.values():
            raise ValueError(f"unknown relationship type {value!r}; the contract allows {sorted(RelType)}")
        return value

    @field_validator("date", "as_of")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        if value is not None:
            precision_of(value)  # malformed (2022/03) or impossible (2022-02-30) dates raise
        return value

    @field_validator("lang")
    @classmethod
    def _lang(cls, value: str | None) -> str | None:
        if value is not None and value not in LANGUAGES:
            raise ValueError(f"unknown evidence language {value!r}; expected one of {LANGUAGES}")
        return value

    @field_validator("choice")
    @classmethod
    def _choice(cls, value: str | None) -> str | None:
        if value is not None and value not in VOTE_CHOICES:
            raise ValueError(f"unknown vote choice {value!r}; expected one of {VOTE_CHOICES}")
        return value

    @field_validator("attrs")
    @classmethod
    def _attrs(cls, attrs: dict[str, Any]) -> dict[str, Any]:
        reserved = (
            set(PROVENANCE_PROPERTIES)
            | set(CLAIM_PROPERTIES)
            | set(DATE_BOUND_PROPERTIES)
            | {"count", "type", "source", "target"}
        )
        for name, value in attrs.items():
            if name in reserved:
                raise ValueError(f"attrs may not redefine the contract property {name!r}")
            if value is not None:
                _check_property_value(name, value)
        return {k: v for k, v in attrs.items() if v is not None}

    @model_validator(mode="after")
    def _contract(self) -> Self:
        source_kind, target_kind = check_id(self.source), check_id(self.target)
        allowed_sources, allowed_targets = REL_RULES[self.type]
        if source_kind not in allowed_sources or target_kind not in allowed_targets:
            raise ValueError(
                f"{self.type.value} may not connect a {source_kind.value} ({self.source}) to a "
                f"{target_kind.value} ({self.target}); it connects "
                f"{sorted(k.value for k in allowed_sources)} to {sorted(k.value for k in allowed_targets)}"
            )
        check_id(self.doc_id, NodeKind.DOCUMENT)
        if self.type in CLAIM_TYPES:
            self._provenance()
        elif self.count is None:
            raise ValueError(f"MENTIONS {self.source}->{self.target} needs a 'count'")
        if self.date is not None:
            expected = precision_of(self.date)
            if self.date_precision is not None and self.date_precision != expected:
                raise ValueError(f"date {self.date!r} has {expected} precision, not {self.date_precision!r}")
            object.__setattr__(self, "date_precision", expected)
        elif self.date_precision is not None:
            raise ValueError("date_precision given without a date")
        return self

    def _provenance(self) -> None:
        missing = [
            name
            for name in ("evidence", "start", "end", "lang", "confidence", "extractor")
            if getattr(self, name) in (None, "")
        ]
        if missing:
            raise ValueError(
                f"claim {self.type.value} {self.source}->{self.target} from {self.doc_id} lacks provenance: "
                + ", ".join(missing)
            )
        assert self.start is not None and self.end is not None and self.evidence is not None
        if self.end - self.start != len(self.evidence):
            raise ValueError(
                f"claim {self.key}: evidence is {len(self.evidence)} characters but its span "
                f"{self.start}:{self.end} is {self.end - self.start}"
            )

    @property
    def is_claim(self) -> bool:
        return self.type in CLAIM_TYPES

    def properties(self) -> dict[str, Any]:
        """The properties stored on the relationship: contract fields without nulls, then attrs."""
        props: dict[str, Any] = {"key": self.key}
        for name in (*PROVENANCE_PROPERTIES[1:], *CLAIM_PROPERTIES, "count"):
            value = getattr(self, name)
            if value is not None:
                props[name] = value
        props.update(self.attrs)
        return props


class GraphBatch(BaseModel):
    """Everything one document contributes: its Document node, the nodes it names, its claims.

    A batch is written in one transaction and replaces whatever the same document wrote before.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    document: Node
    nodes: list[Node] = Field(default_factory=list)
    relationships: list[Relationship] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.document.kind is not NodeKind.DOCUMENT:
            raise ValueError(f"a batch's document must be a Document node, not {self.document.id}")
        known = {n.id for n in self.nodes} | {self.document.id}
        if len(known) != len(self.nodes) + 1:
            raise ValueError("a batch lists a node twice; merge repeated nodes with Node.merged_with")
        keys: set[str] = set()
        for rel in self.relationships:
            if rel.doc_id != self.document.id:
                raise ValueError(f"claim {rel.key} names document {rel.doc_id}, but the batch is {self.document.id}")
            for end in (rel.source, rel.target):
                if end not in known:
                    raise ValueError(
                        f"claim {rel.key} ({rel.type.value}) points at {end}, which the batch does not hold"
                    )
            if rel.key in keys:
                raise ValueError(f"claim key {rel.key} appears twice in the batch for {self.document.id}")
            keys.add(rel.key)
        mentioned = {r.target for r in self.relationships if r.type is RelType.MENTIONS}
        unmentioned = sorted({n.id for n in self.nodes} - mentioned)
        if unmentioned:
            # The store finds a document's nodes through its MENTIONS when it replaces the
            # document; a node without one could be left behind as an orphan.
            raise ValueError(f"nodes without a MENTIONS from {self.document.id}: {', '.join(unmentioned[:5])}")
        return self

    @property
    def claims(self) -> list[Relationship]:
        return [r for r in self.relationships if r.is_claim]
