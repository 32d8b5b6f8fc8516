"""Membership as lists, tags and founding report it.

* ``"P (EPP)"``, ``"Sen. P (R-Fla.)"``: a party tag in parentheses after a
  person's name: the person sits in that party or group;
* ``"P (Green), ... and Q (Renew) of the European Parliament"``:
  every person of a list ending in "of <legislature>" sits in it;
* ``"joining current members A, B, C and D"``: members listed
  after the noun, of the organisation the sentence is about;
* ``"The bloc was formed by A, B and C in <year> and added D"``:
  founders (``founding``) and members added;
* ``"NATO comprises X, Y"``, ``"the group consists of X and Y"``, ``"BRICS, which includes X"``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from diplograph.graph.schema import NodeKind, RelType

from ..actors import ActorMention
from ..grammar.clause import is_negated, modality
from ..grammar.syntax import prep_objects
from ..grammar.types import Candidate, Target
from ..nps import conjuncts
from . import registry
from .offices import LEGISLATURE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..claims import ClaimReader, SentenceContext

#: US party tags with the state: "(R-Fla.)", "(D-N.Y.)" (a bare "(R)" in a caption is "right")
_US_TAG = re.compile(r"^([RD])\s*[-–]\s*[A-Z][A-Za-z.]{1,12}$")
_US_PARTIES = {"R": "org:us-republican-party", "D": "org:us-democratic-party"}
#: verbs of founding an organisation: its founders are its first members
FOUNDING = {"form", "found", "establish", "create", "launch", "set"}
#: verbs by which an organisation takes a member in
ADDING = {"add", "admit", "accept"}
#: verbs by which an organisation's members are listed
COMPRISING = {"comprise": "dobj", "include": "dobj", "consist": "of", "encompass": "dobj", "unite": "dobj"}
#: modifiers of "members" that make the listed ones members still to be
_FUTURE = {"new", "prospective", "future", "candidate", "would-be", "potential"}
_BETWEEN_LISTED = re.compile(r"^\s*(?:\([^()]{1,40}\))?\s*(?:,|and|,\s*and)\s*$")


def _org(m: ActorMention | None) -> bool:
    return m is not None and m.kind in (NodeKind.ORGANISATION, NodeKind.GROUP)


@registry.register("membership.tags.v1")
def party_tags(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """A party tag in parentheses after a name, and a list of names "of" a legislature."""
    doc = ctx.sent.doc
    # a tag the model took for a name ("(Renew)") is no person of the list
    people = [
        m
        for m in ctx.mentions
        if m.kind is NodeKind.PERSON and not (m.tok_start > 0 and doc[m.tok_start - 1].text == "(")
    ]
    for i, m in enumerate(people):
        j = m.tok_end
        if j + 2 < ctx.sent.end and doc[j].text == "(":
            close = next((k for k in range(j + 1, min(j + 8, ctx.sent.end)) if doc[k].text == ")"), None)
            if close is not None:
                tag = doc[j + 1 : close].text.strip()
                party = _party(reader, ctx, tag, j + 1, close)
                if party is not None:
                    yield Candidate(
                        RelType.MEMBER_OF, m, Target("actor", actor=party), ctx.sent, doc[m.tok_start], "party-tag.v1"
                    )
                j = close + 1
        # "..., and Q (Renew) of the European Parliament": the whole list sits there
        if j + 1 < ctx.sent.end and doc[j].lower_ == "of" and i > 0:
            body = _legislature_after(ctx, j)
            if body is None:
                continue
            listed = [m]
            for prev in reversed(people[:i]):
                between = doc[prev.tok_end : listed[0].tok_start].text
                if not _BETWEEN_LISTED.match(between):
                    break
                listed.insert(0, prev)
            for p in listed:
                yield Candidate(
                    RelType.MEMBER_OF, p, Target("actor", actor=body), ctx.sent, doc[p.tok_start], "member-of-body.v1"
                )


def _party(reader: ClaimReader, ctx: SentenceContext, tag: str, start: int, end: int) -> ActorMention | None:
    inside = ctx.by_token.get(start)
    if inside is not None and inside.tok_end == end and inside.kind is NodeKind.ORGANISATION:
        entry = reader.gaz.get(inside.node_id)
        return inside if entry is not None and entry.properties.get("kind") == "political-party" else None
    us = _US_TAG.match(tag)
    node_id = _US_PARTIES[us.group(1)] if us else None
    if node_id is None:
        entries = [e for e in reader.gaz.lookup(tag) if e.properties.get("kind") == "political-party"]
        node_id = entries[0].id if len(entries) == 1 else None
    entry = reader.gaz.get(node_id) if node_id else None
    if entry is None:
        return None
    tok = ctx.sent.doc[start]
    offset = ctx.sent.doc.user_data.get("offset", 0)
    span = ctx.sent.doc[start:end]
    return ActorMention(
        offset + span.start_char,
        offset + span.end_char,
        start,
        end,
        entry.id,
        entry.kind,
        entry.name,
        tok.doc[start:end].text,
        "gazetteer",
    )


def _legislature_after(ctx: SentenceContext, of_i: int) -> ActorMention | None:
    doc = ctx.sent.doc
    j = of_i + 1
    if j < ctx.sent.end and doc[j].lower_ == "the":
        j += 1
    body = ctx.by_token.get(j)
    if not _org(body):
        return None
    assert body is not None
    return body if {w.lower() for w in body.name.split()} & LEGISLATURE_WORDS else None


@registry.register("membership.lists.v1")
def listed_members(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    for tok in ctx.tokens:
        lemma = tok.lemma_.lower()
        if lemma == "member" and tok.tag_ == "NNS":
            yield from _members_listed(reader, ctx, found, tok)
        elif tok.pos_ == "VERB" and not is_negated(tok):
            if lemma in FOUNDING:
                yield from _founded(reader, ctx, tok)
            elif lemma in ADDING:
                yield from _added(reader, ctx, tok)
            elif lemma in COMPRISING:
                yield from _comprising(reader, ctx, tok, COMPRISING[lemma])


def _members_listed(
    reader: ClaimReader, ctx: SentenceContext, found: list[Candidate], members: Token
) -> Iterator[Candidate]:
    """ "joining current members A, B, C and D"."""
    listed = [c for c in members.children if c.dep_ == "appos"]
    states = [
        m
        for c in listed
        for h in conjuncts(c)
        if (m := reader.mention_at(h, ctx)) is not None and m.kind is NodeKind.STATE
    ]
    if len(states) < 2:
        return
    of = [a for p in prep_objects(members, ["of"]) for a in reader.denote(p, ctx) if _org(a)]
    if not of:
        # the organisation the sentence is about: the one its other membership claims name, or its only one
        named = {c.target.actor.node_id: c.target.actor for c in found if c.rel is RelType.MEMBER_OF and c.target.actor}
        if not named:
            named = {m.node_id: m for m in ctx.mentions if _org(m)}
        of = list(named.values())
    if len(of) != 1:
        return
    status = "proposed" if any(c.lower_ in _FUTURE for c in members.children) else None
    for s in states:
        yield Candidate(
            RelType.MEMBER_OF,
            s,
            Target("actor", actor=of[0]),
            ctx.sent,
            members,
            "members-listed.v1",
            status=status,
            # "current members": as of the document, whatever date the clause gives the new ones
            attrs={} if status else {"document_dated": True},
        )


def _founded(reader: ClaimReader, ctx: SentenceContext, v: Token) -> Iterator[Candidate]:
    """ "The bloc was formed by A, B and C in <year>"."""
    if not any(c.dep_ == "auxpass" for c in v.children):
        return
    orgs = [a for c in v.children if c.dep_ == "nsubjpass" for a in reader.denote(c, ctx) if _org(a)]
    founders = [
        a
        for c in v.children
        if c.dep_ == "agent"
        for p in c.children
        if p.dep_ == "pobj"
        for a in reader.denote(p, ctx)
        if a.kind is NodeKind.STATE
    ]
    for org in orgs[:1]:
        for f in founders:
            yield Candidate(
                RelType.MEMBER_OF,
                f,
                Target("actor", actor=org),
                ctx.sent,
                v,
                "founded-by.v1",
                attrs={"founding": True, "document_dated": "since"},
            )


def _added(reader: ClaimReader, ctx: SentenceContext, v: Token) -> Iterator[Candidate]:
    """ "... and added D in <year>": the organisation the clause is about took it in."""
    subject = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subject:
        orgs = [a for c in subject for a in reader.denote(c, ctx) if _org(a)]
    elif v.dep_ == "conj":
        # coordinated with a passive ("was formed by X ... and added Y"): the passive's subject
        orgs = [a for c in v.head.children if c.dep_ == "nsubjpass" for a in reader.denote(c, ctx) if _org(a)]
    else:
        orgs = []
    added = [a for c in v.children if c.dep_ == "dobj" for a in reader.denote(c, ctx) if a.kind is NodeKind.STATE]
    for org in orgs[:1]:
        for a in added:
            yield Candidate(
                RelType.MEMBER_OF,
                a,
                Target("actor", actor=org),
                ctx.sent,
                v,
                "member-added.v1",
                attrs={"document_dated": "since"},
            )


def _comprising(reader: ClaimReader, ctx: SentenceContext, v: Token, slot: str) -> Iterator[Candidate]:
    """ "The group consists of A, B, C and D"."""
    orgs = [a for a in reader.subjects(v, ctx)[0] if _org(a)]
    if len(orgs) != 1:
        return
    objs = [c for c in v.children if c.dep_ == "dobj"] if slot == "dobj" else prep_objects(v, [slot])
    members = [a for o in objs for a in reader.denote(o, ctx) if a.kind is NodeKind.STATE]
    for m in members:
        yield Candidate(RelType.MEMBER_OF, m, Target("actor", actor=orgs[0]), ctx.sent, v, "comprises.v1")


@registry.register("membership.as-member.v1")
def as_member(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """ "As a permanent member of the UN Security Council, A ..." / "X, a member of Y"."""
    if not ctx.lemmas & {"member", "founder"}:
        return
    for tok in ctx.tokens:
        if tok.lemma_.lower() not in ("member", "founder"):
            continue
        root = tok
        while root.dep_ == "conj" and root.head != root:
            root = root.head  # "As main victors of the war, founding members of X as well as permanent members of Y"
        founding = False
        if root.dep_ == "dobj" and root.head.dep_ == "pcomp" and root.head.lemma_ == "found":
            root, founding = root.head, True  # "As founding members of X": parsed as a gerund
        if root.dep_ not in ("pobj", "pcomp") or root.head.dep_ != "prep":
            continue
        prep = root.head
        if prep.lower_ != "as" or prep.head.pos_ not in ("VERB", "AUX"):
            continue
        orgs = []
        for member in [tok]:
            for pobj in prep_objects(member, ["of"]):
                orgs.extend(
                    (member, a) for a in reader.denote(pobj, ctx) if a.kind in (NodeKind.ORGANISATION, NodeKind.GROUP)
                )
        if not orgs:
            continue
        verb = prep.head
        if (
            modality(verb) == "proposed"
            or is_negated(verb)
            or any(
                c.dep_ == "dobj" and c.lemma_.lower() in ("status", "role", "seat", "membership", "position", "title")
                for c in verb.children
            )
        ):
            continue  # "proposed to cancel Russia's status as a permanent member of X"
        holders = reader.subjects(verb, ctx)[0] if verb.pos_ in ("VERB", "AUX") else reader.denote(verb, ctx)
        for member, org in orgs:
            attrs: dict[str, object] = {}
            mods = {c.lower_ for c in member.children}
            if "permanent" in mods:
                attrs["permanent"] = True
            if "founding" in mods or (founding and member == tok and tok.dep_ == "dobj"):
                attrs["founding"] = True
            for h in holders:
                c = Candidate(
                    RelType.MEMBER_OF, h, Target("actor", actor=org), ctx.sent, member, "member-as.v1", attrs=attrs
                )
                yield c
