"""The actors a sanctions text lists: "A, B and C", "the following ten individuals: A (party), B of
the P", bullet lines, "companies such as A and B", each item an actor of the gazetteer or, where no
gazetteer knows it, an actor of its own (a person where the model reads a person, else an
organisation, with its kind and its country where the text says them).

A helper of the sanctions family (``sanctions``), which finds the measure and its agent and asks
here who it names; registers no reader of its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from diplograph.graph.schema import NodeKind, make_id

from ..actors import ActorMention

if TYPE_CHECKING:
    from ..claims import ClaimReader, SentenceContext


#: words that end a list of targets: the legal basis, the reason, a clause about them
_STOPS = {
    "pursuant",
    "under",
    "for",
    "over",
    "because",
    "after",
    "since",
    "who",
    "which",
    "whose",
    "whom",
    "that",
    "respectively",
    "amid",
    "due",
    "citing",
    "as",
    "to",
    "by",
    "with",
}


#: nouns that name a sanctioned group by its country ("seven Iranian individuals", "entities from the EU")
GROUP_NOUNS = {
    "individual",
    "entity",
    "official",
    "organization",
    "organisation",
    "company",
    "person",
    "people",
    "firm",
    "bank",
    "businessman",
    "oligarch",
    "lawmaker",
    "officer",
    "unit",
    "member",
    "citizen",
}


#: a target's kind read from its name's head word (the graph contract's organisation kinds)
_ORG_KINDS = {
    "bank": "bank",
    "company": "company",
    "co": "company",
    "co.": "company",
    "corporation": "company",
    "corp": "company",
    "corp.": "company",
    "inc": "company",
    "inc.": "company",
    "ltd": "company",
    "ltd.": "company",
    "enterprise": "company",
    "group": "company",
    "ministry": "ministry",
    "agency": "agency",
    "division": "armed group",
    "brigade": "armed group",
    "militia": "armed group",
    "corps": "armed group",
    "army": "armed group",
    "forces": "armed group",
    "lender": "bank",
    "producer": "company",
    "manufacturer": "company",
    "exporter": "company",
    "operator": "company",
    "firm": "company",
    "broadcaster": "company",
    "insurer": "company",
    "airline": "company",
}


#: head words of an organisation's name ("Political and Security Committee of the Council of ...")
ORG_HEADS = {
    "committee",
    "subcommittee",
    "council",
    "institute",
    "foundation",
    "alliance",
    "division",
    "army",
    "bank",
    "office",
    "ministry",
    "department",
    "agency",
    "company",
    "corporation",
    "enterprise",
    "union",
    "party",
    "front",
    "movement",
    "organisation",
    "organization",
    "association",
    "center",
    "centre",
    "corps",
    "guard",
    "forces",
    "court",
    "parliament",
    "assembly",
    "commission",
    "authority",
    "service",
    "bureau",
    "group",
    "fund",
    "university",
    "academy",
    "brigade",
    "militia",
    "network",
    "industries",
}


#: lower-case words a proper name may carry inside it ("Alliance of <noun> Foundation")
_NAME_JOINERS = {"of", "for", "on", "and", "&", "the", "-", "al", "bin", "ibn", "de", "du", "van", "von"}


def targets_after(reader: ClaimReader, ctx: SentenceContext, after: Token) -> list[ActorMention]:
    """The actors a list after ``after`` names, one per item."""
    sent = ctx.sent
    start = after.i + 1
    colon = next((t for t in sent if t.i > after.i and t.text == ":"), None)
    if colon is not None and any(
        t.lower_ in ("following", "these", "follows") for t in sent[start - sent.start : colon.i - sent.start]
    ):
        start = colon.i + 1  # "sanction the following ten individuals ...: A, B, C"
    region: list[Token] = []
    resume = -1
    for t in sent[start - sent.start :]:
        if t.i < resume:
            continue
        named = t.i in ctx.by_token or t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG")
        clause = t.pos_ in ("VERB", "AUX") and t.dep_ not in ("pobj", "dobj", "compound", "amod", "nsubj")
        if t.lower_ == "including":
            clause = False  # "..., including units of the IRGC": more of the list
        if not named and (t.lower_ in _STOPS or clause or t.text in (";", ".")):
            prev = region[-1].lower_ if region else ""
            if t.lower_ == "as" and t.i + 2 < len(t.doc) and t.doc[t.i + 1].lower_ == "well":
                region.append(t)  # "as well as" continues the list
                continue
            if (t.lower_ in ("well", "as") and prev in ("as", "well")) or (t.lower_, prev) in (
                ("with", "along"),
                ("as", "such"),
            ):
                region.append(t)  # "along with", "such as"
                continue
            # "designating A pursuant to E.O. 13894, as well as B": the list goes on past the basis
            more = _more_of_list(t, sent)
            if more is None:
                break
            region.append(t.doc[more - 1])  # a comma that ends the item before
            resume = more
            continue
        region.append(t)
    return list_targets(reader, ctx, region)


def in_clause(t: Token, noun: Token) -> bool:
    """Whether ``t`` sits in a clause that modifies ``noun`` ("X, who ...")."""
    return any(
        a.dep_ in ("relcl", "acl") and a.i > noun.i for a in t.ancestors if a.i != noun.i and noun in a.ancestors
    )


def list_targets(reader: ClaimReader, ctx: SentenceContext, region: list[Token]) -> list[ActorMention]:
    """One target per item of a list's tokens."""
    if not region:
        return []
    sent = ctx.sent
    out: list[ActorMention] = []
    titled = _title_cased(sent)
    pending: list[Token] | None = None
    for item in _items(region, ctx):
        target = item_target(reader, ctx, item)
        if titled and target is not None and (target.via == "model" and target.kind is not NodeKind.PERSON):
            continue  # "Sanctions On Relevant X Entities And Personnel": every word looks like a name
        if target is None and _is_description(item, ctx):
            if out and _describable(out[-1]) and out[-1].tok_end <= item[0].i:
                # "Sberbank, the country's largest lender": the apposition says what it is
                out[-1] = _with_description(out[-1], item, ctx)
            else:
                pending = item  # "Russia's largest lender, Sberbank": said before the name
            continue
        if target is not None and pending is not None and _describable(target):
            target = _with_description(target, pending, ctx)
        pending = None
        if target is not None and all(o.node_id != target.node_id for o in out):
            out.append(target)
    return out


def _title_cased(sent: Span) -> bool:
    """A headline in title case, where capitals no longer mark names."""
    if any(t.pos_ in ("ADP", "CCONJ") and t.is_title and t.i > sent.start for t in sent):
        return True  # "Sanctions On Relevant X Entities And Personnel"
    words = [t for t in sent if t.pos_ in ("NOUN", "VERB", "ADJ")]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def _kind_of(item: list[Token]) -> str | None:
    return next((_ORG_KINDS[t.lower_] for t in reversed(item) if t.lower_ in _ORG_KINDS and t.pos_ == "NOUN"), None)


def _is_description(item: list[Token], ctx: SentenceContext) -> bool:
    """Common nouns naming a kind of organisation, with at most a state as possessor or demonym
    ("Belarus’s main potash producer", "the country's largest lender")."""
    if _kind_of(item) is None:
        return False
    for t in item:
        m = ctx.by_token.get(t.i)
        if t.text[:1].isupper() and t.pos_ != "DET" and not (m is not None and m.kind is NodeKind.STATE):
            return False
    return True


def _describable(target: ActorMention) -> bool:
    return target.kind is NodeKind.ORGANISATION and target.via == "model" and "kind" not in target.properties


def _with_description(target: ActorMention, item: list[Token], ctx: SentenceContext) -> ActorMention:
    properties = {**target.properties, "kind": _kind_of(item)}
    state = next((m for t in item if (m := ctx.by_token.get(t.i)) is not None and m.kind is NodeKind.STATE), None)
    if state is not None:
        properties.setdefault("country", state.node_id)
    return replace(target, properties=properties)


def _more_of_list(stop: Token, sent: Span) -> int | None:
    """Where an "as well as" / "along with" later in the clause resumes a list a stop word broke."""
    for t in sent[stop.i + 1 - sent.start :]:
        if (t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "relcl", "ccomp", "advcl")) or t.text in (";", "."):
            return None
        if t.lower_ == "as" and t.i + 2 < len(t.doc) and [x.lower_ for x in t.doc[t.i + 1 : t.i + 3]] == ["well", "as"]:
            return t.i
    return None


def _items(region: list[Token], ctx: SentenceContext) -> Iterable[list[Token]]:
    """The items of a list: split at commas, dashes, "as well as", "along with", "including" and at an
    "and" after a name (not "Political and Security Committee", nor inside a known name)."""
    item: list[Token] = []
    depth = 0
    skip = 0
    for t in region:
        if skip:
            skip -= 1
            continue
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        in_name = t.i in ctx.by_token and ctx.by_token[t.i].tok_start < t.i < ctx.by_token[t.i].tok_end - 0
        split = (
            depth == 0
            and not in_name
            and (
                (t.text in (",", "–", "—", "-") and not (t.text == "-" and t.whitespace_ == ""))
                or t.lower_ in ("including", "plus")
                or (t.lower_ == "as" and item and item[-1].lower_ == "such")
                or (t.lower_ == "and" and _names_something(item, ctx) and not _inside_name(t, ctx))
            )
        )
        if t.lower_ == "as" and t.i + 2 < len(t.doc) and t.doc[t.i + 1].lower_ == "well" and depth == 0:
            split, skip = True, 2
        if t.lower_ == "along" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "with" and depth == 0:
            split, skip = True, 1
        if split:
            if item:
                yield item
            item = []
            continue
        item.append(t)
    if item:
        yield item


def _inside_name(t: Token, ctx: SentenceContext) -> bool:
    """ "Political and Security Committee": an "and" between capitalised words of one name."""
    doc = t.doc
    if t.i == 0 or t.i + 1 >= len(doc):
        return False
    prev, nxt = doc[t.i - 1], doc[t.i + 1]
    if not (prev.text[:1].isupper() and nxt.text[:1].isupper()):
        return False
    if prev.i in ctx.by_token or prev.ent_type_ == "PERSON":
        return False  # "P and <demonym> militia ...": two names
    # the model's one entity over the "and", or a capitalised adjective before it ("Economic and Social")
    return (t.ent_iob_ == "I" and t.ent_type_ != "PERSON") or prev.pos_ == "ADJ" or prev.dep_ == "amod"


def _names_something(item: list[Token], ctx: SentenceContext) -> bool:
    return any(
        (t.i in ctx.by_token and not ctx.by_token[t.i].is_adjective) or t.pos_ == "PROPN" or t.pos_ == "NOUN"
        for t in item
    ) and not (item and item[-1].pos_ == "ADJ")


def _after_preposition(tok: Token, item: list[Token]) -> bool:
    """Whether a name sits in a phrase after a preposition ("of the European Parliament")."""
    i = tok.i - 1
    first = item[0].i
    while i >= first and tok.doc[i].pos_ in ("DET", "PRON") and tok.doc[i].lower_ not in ("who", "which"):
        i -= 1
    return i >= first and tok.doc[i].pos_ == "ADP"


def item_target(reader: ClaimReader, ctx: SentenceContext, item: list[Token]) -> ActorMention | None:
    mentions: list[ActorMention] = []
    for t in item:
        m = ctx.by_token.get(t.i)
        if m is not None and m.tok_start == t.i and all(x is not m for x in mentions):
            mentions.append(m)
    doc = item[0].doc
    free = [
        m
        for m in mentions
        if not _after_preposition(doc[m.tok_start], item) and not m.is_adjective and not _modifier(doc, m)
    ]
    people = [m for m in free if m.kind is NodeKind.PERSON]
    if people:
        return people[0]
    name = _name_run(item, ctx)
    if name is not None and not _after_preposition(name[0], item):
        known = [m for m in free if m.tok_start == name[0].i]
        if known and known[0].tok_end >= name[-1].i + 1:
            return _described(ctx, item, known[0])
        return _new_actor(ctx, item, name)
    if free:
        return _described(ctx, item, free[0])
    # "seven Iranian individuals", "22 individuals and three entities from the EU": their country
    heads = [
        t
        for t in item
        if t.pos_ == "NOUN"
        and t.lemma_.lower() in GROUP_NOUNS
        and (t.tag_ == "NNS" or any(c.dep_ == "nummod" for c in t.children))
    ]
    for m in mentions if heads else []:
        before = doc[m.tok_start - 1] if m.tok_start else None
        while before is not None and before.pos_ == "DET" and before.i > item[0].i:
            before = doc[before.i - 1]
        if m.kind is NodeKind.STATE and m.is_adjective and m.tok_end < len(doc) and doc[m.tok_end] in heads:
            return m  # "seven Iranian individuals"
        if m.is_adjective or before is None:
            continue
        if before.lower_ == "from" or (before.lower_ == "of" and before.i > 0 and doc[before.i - 1] in heads):
            return m  # "entities from the EU", "units of the IRGC"
    for head in heads:
        # "units of the <name> Corps": a body the model reads, named after "of"
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        body = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if body is not None and body.ent_type_ == "ORG" and body.i not in ctx.by_token:
            run = _name_run([t for t in item if t.i > of.i], ctx)
            if run is not None and body in run:
                return _new_actor(ctx, item, run)
    return None


def _modifier(doc: Doc, m: ActorMention) -> bool:
    """A name that modifies a noun after it: "the Lukashenko regime", "Belarus's main potash producer"."""
    return _modifies(doc, m.tok_end)


def _modifies(doc: Doc, end: int) -> bool:
    """Whether the name ending before ``end`` modifies the noun after it (possessor or compound)."""
    if end >= len(doc):
        return False
    last, nxt = doc[end - 1], doc[end]
    if nxt.text in ("’s", "'s"):
        return True
    lower = nxt.text[:1].islower() or nxt.lemma_.lower() in GROUP_NOUNS  # "the EU Entities" in a headline
    return last.dep_ in ("compound", "poss", "nmod", "amod") and last.head.i >= end and lower


def _name_run(item: list[Token], ctx: SentenceContext) -> list[Token] | None:
    """The proper name an item starts with, when no actor mention covers it: capitalised words and
    the joiners inside a name, up to a place ("in Germany"), a parenthesis or the item's end."""
    tokens = [t for t in item if t.pos_ != "DET"]
    start = next((i for i, t in enumerate(tokens) if t.text[:1].isupper() and not _descriptor(t, ctx)), None)
    if start is None:
        return None
    run: list[Token] = []
    for t in tokens[start:]:
        if t.text == "(" or (t.lower_ == "in" and t.i + 1 in ctx.by_token) or t.ent_type_ in ("DATE", "TIME"):
            break
        hyphenated = t.i > 0 and t.doc[t.i - 1].text == "-" and not t.doc[t.i - 1].whitespace_
        if t.lower_ == "of" and not any(r.lower_ in ORG_HEADS for r in run):
            break  # "P of the <demonym> Parliament": a person and their affiliation
        if t.text[:1].isupper() or hyphenated or t.lower_ in _NAME_JOINERS or t.text in (".", "’s", "'s"):
            run.append(t)
            continue
        break
    if run and run[-1].text in ("’s", "'s"):
        return None  # "Belarus’s main potash producer": the name is a possessor
    while run and run[-1].lower_ in _NAME_JOINERS:
        run.pop()
    if run and _modifies(run[0].doc, run[-1].i + 1):
        return None
    content = [t for t in run if t.is_alpha and len(t.text) >= 3 and t.text[:1].isupper()]
    if not content:
        return None
    # a lone capitalised word is a name only where the model reads one ("Belaruskali" as ORG)
    if len(content) == 1 and not (
        content[0].pos_ == "PROPN" and content[0].ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "CARDINAL")
    ):
        return None
    return run


def _descriptor(t: Token, ctx: SentenceContext) -> bool:
    """A demonym describing the name after it ("Iranian militia X", "German scholar Y"), unlike
    one that begins the name ("<demonym> Potash Co.")."""
    m = ctx.by_token.get(t.i)
    if m is None or not m.is_adjective:
        return False
    nxt = t.doc[m.tok_end] if m.tok_end < len(t.doc) else None
    return nxt is None or not nxt.text[:1].isupper() or t.ent_type_ not in ("ORG", "FAC", "PRODUCT")


def _new_actor(ctx: SentenceContext, item: list[Token], run: list[Token]) -> ActorMention | None:
    doc = run[0].doc
    span = doc[run[0].i : run[-1].i + 1]
    if any(t.i in ctx.by_token and ctx.by_token[t.i].kind is NodeKind.PERSON for t in span):
        return None
    text = span.text
    org_words = any(t.lower_ in ORG_HEADS or t.lower_ in _ORG_KINDS for t in span)
    names = [t for t in span if t.text[:1].isupper()]
    # a person where the model reads one, or several name words with no organisation's word in them
    # (a single word is an organisation's name: "Gazprombank", "Belaruskali"; people get two)
    person = (
        not org_words
        and len(names) >= 2
        and (any(t.ent_type_ == "PERSON" for t in span) or not any(t.ent_type_ == "ORG" for t in span))
    )
    kind = NodeKind.PERSON if person else NodeKind.ORGANISATION
    properties = _properties(ctx, item, span, organisation=not person)
    offset = doc.user_data.get("offset", 0)
    return ActorMention(
        start=offset + span.start_char,
        end=offset + span.end_char,
        tok_start=span.start,
        tok_end=span.end,
        node_id=make_id(kind, text),
        kind=kind,
        name=text,
        surface=text,
        via="model",
        properties=properties,
    )


def _properties(ctx: SentenceContext, item: list[Token], span: Span, *, organisation: bool) -> dict[str, object]:
    """What the text says of a target: an organisation's kind ("company", "bank") and its country."""
    properties: dict[str, object] = {}
    if organisation:
        head_words = [t.lower_ for t in span] + [t.lower_ for t in item if t.i < span.start]
        org_kind = next((_ORG_KINDS[w] for w in reversed(head_words) if w in _ORG_KINDS), None)
        if org_kind:
            properties["kind"] = org_kind
    country = _country(ctx, item, span.end)
    if country is not None:
        properties["country"] = country
    return properties


def _described(ctx: SentenceContext, item: list[Token], m: ActorMention) -> ActorMention:
    """A model's organisation the gazetteer does not know, with what the list item says of it."""
    if m.via != "model" or m.kind is not NodeKind.ORGANISATION or m.properties:
        return m
    span = item[0].doc[m.tok_start : m.tok_end]
    return replace(m, properties=_properties(ctx, item, span, organisation=True))


def _country(ctx: SentenceContext, item: list[Token], after: int) -> str | None:
    """The state an item places its target in: "in Germany" after it, "Iranian militia" before it."""
    for t in item:
        m = ctx.by_token.get(t.i)
        if m is None or m.kind is not NodeKind.STATE:
            continue
        if m.tok_start == after + 1 and t.doc[after].lower_ in ("in", "of", "from"):
            return m.node_id
        if m.is_adjective and m.tok_end <= item[0].i + 3 and m.tok_end <= after:
            return m.node_id
    return None
