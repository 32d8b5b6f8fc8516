"""Offices and memberships stated after a name, as readouts and wires list people.

* ``"P, Minister of Foreign Affairs of X,"``, ``"P, X's ambassador to the UN,"``, ``"P, a
  <demonym> minister"``: a title in apposition
  after a person's name gives the office, of the state or body named first (a possessive or
  demonym) or last ("of Switzerland"); "ambassador to the UN" alone says whose ambassador nobody.
* ``"P, a German member of the European Parliament"``: membership, not an office.
* ``"P of the Belgian Federal Parliament"``: a person "of" a legislature sits in it.

The apposition must be made of title words, names and the small words between them; anything
else ("the current chair of the bloc", "a German security chief") is a
description, not a title, and is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from diplograph.graph.schema import NodeKind, RelType

from ..actors import TITLE_WORDS, ActorMention
from ..discourse import ORG_NOUNS
from ..gazetteer import role_kind
from ..grammar.types import Candidate, Target
from . import registry

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..claims import ClaimReader, SentenceContext

#: the small words a title is built with ("Minister of X and Minister of Y")
_GLUE = {"the", "a", "an", "of", "for", "to", "and", "&", "'s", "’s", "-", "on"}
#: office nouns role_kind does not type: the office is "other", its holder's state still known
_OFFICE_HEADS = {
    "minister",
    "ambassador",
    "envoy",
    "representative",
    "commissioner",
    "secretary",
    "chief",
    "president",
    "chairman",
    "chairwoman",
    "chairperson",
    "chair",
    "director",
    "governor",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "adviser",
    "advisor",
    "counsellor",
}
_MEMBER_HEADS = {"member", "lawmaker", "legislator", "mp", "mep"}
#: words naming a legislature: a person "of" one is a member of it (the EU's and UN's lists of
#: parliaments name them so: "the <assembly> of the Republic of X", "the Dutch Parliament")
LEGISLATURE_WORDS = {
    "parliament",
    "assembly",
    "congress",
    "senate",
    "seimas",
    "sejm",
    "bundestag",
    "duma",
    "knesset",
    "majlis",
    "riksdag",
    "storting",
    "folketing",
    "eduskunta",
    "saeima",
    "riigikogu",
    "legislature",
}
_END = {",", ".", ";", ":", ")", "(", "—", "–"}
#: words that end a title and start what the sentence goes on with ("... of X at <place>")
_END_WORDS = {"at", "in", "during", "with", "who", "which", "since", "from", "after", "before"}
_MAX_TITLE = 16


@registry.register("offices.after-name.v1")
def titles_after_names(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    doc = ctx.sent.doc
    held = {(c.source.node_id, c.target.key) for c in found if c.rel is RelType.HOLDS_OFFICE}
    for m in ctx.mentions:
        if m.kind is not NodeKind.PERSON or m.via == "title":
            continue
        i = m.tok_end
        if i < ctx.sent.end and doc[i].lower_ == "of":
            yield from _of_legislature(reader, ctx, m, i)
            continue
        if i >= ctx.sent.end - 1 or doc[i].text != ",":
            continue
        end = i + 1
        while (
            end < ctx.sent.end
            and doc[end].text not in _END
            and doc[end].lower_ not in _END_WORDS
            and end - i <= _MAX_TITLE
        ):
            end += 1
        if end - i > _MAX_TITLE:
            continue
        end = _before_next_titled_person(ctx, m, i, end)
        reading = _title(reader, ctx, i + 1, end)
        if reading is None:
            continue
        kind, role, of, member = reading
        if of is None:
            of = _recorded_office(reader, ctx, m, kind)
            if of is None:
                continue
        if member:
            yield Candidate(
                RelType.MEMBER_OF, m, Target("actor", actor=of), ctx.sent, doc[m.tok_start], "member-after-name.v1"
            )
            continue
        if (m.node_id, of.node_id) in held:
            continue
        if m.office is not None and m.office.kind != kind:
            continue  # "President Macron, the Chancellor of Germany;": the next item of a list, not his title
        yield Candidate(
            RelType.HOLDS_OFFICE,
            m,
            Target("actor", actor=of),
            ctx.sent,
            doc[m.tok_start],
            "title-after-name.v2",
            confidence=0.85,
            role=role,
        )


def _before_next_titled_person(ctx: SentenceContext, m: ActorMention, comma: int, end: int) -> int:
    """Where the apposition after ``m`` ends when the next item of a list is another titled person
    ("P, the foreign minister of X and <demonym> Prime Minister Q"): before that person's title,
    and before the "and" or comma that joins the two."""
    doc = ctx.sent.doc
    starts = [
        p.title_start
        for p in ctx.mentions
        if p is not m and p.kind is NodeKind.PERSON and p.title_start is not None and comma < p.title_start < end
    ]
    if not starts:
        return end
    end = min(starts)
    while end > comma + 1 and doc[end - 1].lower_ in ("and", "&", ","):
        end -= 1
    return end


#: honorifics between a title and a name ("Foreign Secretary Lord P")
_HONORIFICS = {"lord", "sir", "dame", "sheikh", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dato", "datuk"}
#: military ranks between a title and a name ("X's junta leader Senior Gen. P")
_RANKS = {"gen.", "gen", "senior", "lt.", "col.", "maj.", "adm.", "brig.", "marshal", "field", "lt", "col", "adm"}
#: portfolio words a government title is made of ("security minister", "junta leader"), never
#: those of a private or opposition role ("mercenary chief", "opposition leader")
_PORTFOLIO = {
    "security",
    "justice",
    "defence",
    "defense",
    "finance",
    "interior",
    "trade",
    "economy",
    "health",
    "energy",
    "home",
    "cyber",
    "intelligence",
    "police",
    "military",
    "army",
    "junta",
    "cabinet",
    "commerce",
    "treasury",
    "agriculture",
    "education",
    "environment",
    "transport",
    "labour",
    "labor",
}
#: words of titles before a name beyond the actor linker's ("the alliance's head", "<office> Adviser")
_TITLE_BEFORE = TITLE_WORDS | _OFFICE_HEADS | _PORTFOLIO | {"head", "national", "-", "secretary-general"}


@registry.register("offices.before-name.v1")
def titles_before_names(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """Titles the actor linker leaves without whose office: "the alliance's head P",
    "President of X P", "White House <office> Adviser P",
    "Foreign Secretary Lord P"."""
    held = {c.source.node_id for c in found if c.rel is RelType.HOLDS_OFFICE}
    for m in ctx.mentions:
        if m.kind is not NodeKind.PERSON or m.via == "title" or m.node_id in held:
            continue
        if m.office is not None and m.office.of is not None:
            continue
        claim = _title_before(reader, ctx, m)
        if claim is not None:
            yield claim


def _title_before(reader: ClaimReader, ctx: SentenceContext, m: ActorMention) -> Candidate | None:
    """The office a title in front of a person's name gives them, with whose it is."""
    i, of, words = _title_words_before(ctx, m)
    content = [w for w in words if w.text != "-"]
    if not content or content[-1].lower_ not in TITLE_WORDS | _OFFICE_HEADS | {"head", "secretary-general"}:
        return None  # a title ends in its office word: "security minister", not "the security"
    title = " ".join(w.text for w in words).replace(" - ", "-")
    kind = role_kind(title) or ("other" if {w.lower_ for w in content} & (_OFFICE_HEADS | {"head", "leader"}) else None)
    if kind is None:
        return None
    if of is None:
        of = _owner_before(reader, ctx, i)
    if of is None:
        of = _recorded_office(reader, ctx, m, kind)
        if of is None:
            return None
    if of.kind not in (NodeKind.STATE, NodeKind.ORGANISATION) or of.node_id == m.node_id:
        return None
    of = _office_owner(reader, of, content)
    if of is None:
        return None
    return Candidate(
        RelType.HOLDS_OFFICE,
        m,
        Target("actor", actor=of),
        ctx.sent,
        ctx.sent.doc[m.tok_start],
        "title-before-name.v1",
        confidence=0.85,
        role=title.lower(),
    )


def _title_words_before(ctx: SentenceContext, m: ActorMention) -> tuple[int, ActorMention | None, list[Token]]:
    """The words of a title before a name (honorifics and ranks skipped), the state or body named
    in it ("President of X P") and the index where the title starts, less one."""
    doc = ctx.sent.doc
    i = m.tok_start - 1
    while i >= ctx.sent.start and doc[i].lower_ in _HONORIFICS | _RANKS:
        i -= 1
    # "President of X P": the state between the title and the name
    of: ActorMention | None = None
    named = ctx.by_token.get(i)
    if named is not None and named.kind in (NodeKind.STATE, NodeKind.ORGANISATION) and not named.is_adjective:
        j = named.tok_start - 1
        if j > ctx.sent.start and doc[j].lower_ == "the":
            j -= 1
        if j > ctx.sent.start and doc[j].lower_ == "of":
            of, i = named, j - 1
    words: list[Token] = []
    while i >= ctx.sent.start and doc[i].lower_ in _TITLE_BEFORE and i not in ctx.by_token:
        words.insert(0, doc[i])
        i -= 1
    return i, of, words


def _office_owner(reader: ClaimReader, of: ActorMention, content: list[Token]) -> ActorMention | None:
    """Whose the office is: a government post ("Treasury Secretary P") is the state's; an envoy to
    an organisation ("<demonym> UN representative") is his state's, not the organisation's."""
    entry = reader.gaz.get(of.node_id)
    body_kind = entry.properties.get("kind") if entry is not None else None
    if body_kind in ("government-body", "armed-forces"):
        state = _state_of_body(reader, of.node_id)
        if state is None:
            return None
        return ActorMention(
            of.start, of.end, of.tok_start, of.tok_end, state.id, state.kind, state.name, of.surface, "office"
        )
    if of.kind is NodeKind.ORGANISATION and {w.lower_ for w in content} & _ENVOYS:
        return None
    return of


def _recorded_office(reader: ClaimReader, ctx: SentenceContext, m: ActorMention, kind: str) -> ActorMention | None:
    """A title alone: whose it is, from the office of that kind the gazetteer records for the person."""
    office = next((o for o in reader.gaz.offices(m.node_id, ctx.date) if kind in reader.gaz.office_kinds(o)), None)
    entry = reader.gaz.get(office.of) if office is not None else None
    if entry is None:
        return None
    return ActorMention(m.start, m.end, m.tok_start, m.tok_end, entry.id, entry.kind, entry.name, m.surface, "office")


_ENVOYS = {"representative", "ambassador", "envoy", "delegate", "permanent"}


def _state_of_body(reader: ClaimReader, body_id: str) -> Any:
    """The state a government body belongs to, by the id scheme org:<state slug>-<body>
    ("org:united-states-treasury" -> the United States)."""
    words = body_id.split(":", 1)[1].split("-")
    for n in range(len(words) - 1, 0, -1):
        found = [e for e in reader.gaz.lookup(" ".join(words[:n])) if e.kind is NodeKind.STATE]
        if len(found) == 1:
            return found[0]
    return None


def _owner_before(reader: ClaimReader, ctx: SentenceContext, i: int) -> ActorMention | None:
    """Whose title ends at ``i``: a state or body named right before it ("White House"), or a
    possessive ("the alliance's": the organisation named earlier in the sentence, or by discourse)."""
    if i < ctx.sent.start:
        return None
    doc = ctx.sent.doc
    named = ctx.by_token.get(i)
    if named is not None and named.kind in (NodeKind.STATE, NodeKind.ORGANISATION):
        return named
    if doc[i].lower_ not in ("'s", "’s") or i - 1 < ctx.sent.start:
        return None
    owner = doc[i - 1]
    named = ctx.by_token.get(owner.i)
    if named is not None and named.kind in (NodeKind.STATE, NodeKind.ORGANISATION):
        return named
    if owner.lower_ in ORG_NOUNS and any(c.lower_ == "the" for c in owner.children):
        earlier = [
            m for m in ctx.mentions if m.tok_end <= owner.i and m.kind in (NodeKind.ORGANISATION, NodeKind.GROUP)
        ]
        if earlier:
            return earlier[-1]
        resolved = [a for a in reader.denote(owner, ctx) if a.kind in (NodeKind.ORGANISATION, NodeKind.GROUP)]
        return resolved[0] if len(resolved) == 1 else None
    return None


def _title(
    reader: ClaimReader, ctx: SentenceContext, start: int, end: int
) -> tuple[str, str, ActorMention | None, bool] | None:
    """(office kind, role, whose, membership?) for the apposition ``doc[start:end]``, if a title."""
    scanned = _title_words(ctx, start, end)
    if scanned is None:
        return None
    words, named = scanned
    content = [w for w in words if w.lower_ not in _GLUE]
    if not content:
        return None
    if not named:
        # "P, High Representative for X and Y": whose office
        # is the gazetteer's to say (the caller asks it)
        title = " ".join(w.text for w in words)
        kind = role_kind(title)
        if kind is None or content[-1].lower_ not in TITLE_WORDS | _OFFICE_HEADS:
            return None
        return kind, title.lower(), None, False
    if named[-1][0] < len(words) and content[-1].lower_ not in TITLE_WORDS | _OFFICE_HEADS | _MEMBER_HEADS:
        return None  # a title ends in an office word or in whose it is, not in a name
    return _whose_title(words, content, named)


def _title_words(
    ctx: SentenceContext, start: int, end: int
) -> tuple[list[Token], list[tuple[int, ActorMention]]] | None:
    """The words of an apposition that can make a title, and the actors named among them (with
    their position among the words); None if it holds anything else (a person, a lower-case word)."""
    doc = ctx.sent.doc
    words: list[Token] = []
    named: list[tuple[int, ActorMention]] = []  # (position among the words, mention)
    i = start
    while i < end:
        m = ctx.by_token.get(i)
        if m is not None:
            if m.kind is NodeKind.PERSON:
                return None  # "the political deputy of Iran President Raisi": someone else's title
            named.append((len(words), m))
            i = max(i + 1, m.tok_end)
            continue
        t = doc[i]
        if t.ent_type_ == "PERSON":
            return None  # "X's Prime Minister P": the next person in a list
        if t.lower_ in _GLUE:
            if t.lower_ in ("of", "to", "for", "and", "&", "on"):
                words.append(t)
        elif t.lower_ in TITLE_WORDS | _OFFICE_HEADS | _MEMBER_HEADS | _PORTFOLIO:
            words.append(t)
        elif t.is_alpha and t.text[:1].isupper():
            words.append(t)  # "High Representative for X and Y"
        else:
            return None
        i += 1
    return words, named


def _whose_title(
    words: list[Token], content: list[Token], named: list[tuple[int, ActorMention]]
) -> tuple[str, str, ActorMention | None, bool] | None:
    """A title naming whose it is: a membership ("a member of X"), or an office of the state or
    body named first (a possessive or demonym) or after the last "of"."""
    nouns = {w.lower_ for w in content}
    member = bool(nouns & _MEMBER_HEADS) and not nouns & _OFFICE_HEADS
    # whose: a possessive or demonym before the title words, else the name after the last "of"
    first_pos, first = named[0]
    last_pos, last = named[-1]
    if member:
        # "a <demonym> member of <body>": the body after "of", never the demonym
        if last_pos == len(words) and words[-1].lower_ == "of" and last.kind is not NodeKind.STATE:
            return "member", "member", last, True
        return None
    if first_pos == 0:
        of = first
    elif last_pos == len(words) and words and words[-1].lower_ == "of":
        of = last
    else:
        return None  # "ambassador to the UN": to whom, not whose
    if of.kind not in (NodeKind.STATE, NodeKind.ORGANISATION, NodeKind.GROUP) or of.via == "model":
        return None  # a body the gazetteer does not know may be a misread name ("Homeland Security P")
    title = " ".join(w.text for w in words).strip()
    while title.split(" ")[-1:] and title.split(" ")[-1].lower() in ("of", "to", "for", "and", "&", "on"):
        title = title.rsplit(" ", 1)[0] if " " in title else ""
    if not title:
        return None
    kind = role_kind(title) or ("other" if nouns & _OFFICE_HEADS else None)
    if kind is None:
        return None
    return kind, title.lower(), of, False


def _of_legislature(reader: ClaimReader, ctx: SentenceContext, m: ActorMention, of_i: int) -> Iterator[Candidate]:
    """ "P of the <demonym> <legislature>": a member of that legislature."""
    doc = ctx.sent.doc
    j = of_i + 1
    if j < ctx.sent.end and doc[j].lower_ == "the":
        j += 1
    body = ctx.by_token.get(j)
    if body is None and j + 1 < ctx.sent.end:
        body = ctx.by_token.get(j + 1)  # "the Dutch Parliament": the demonym first
        if body is not None and body.kind is NodeKind.STATE:
            body = None
    if body is None or body.kind is not NodeKind.ORGANISATION:
        return
    if not {w.lower() for w in body.name.split()} & LEGISLATURE_WORDS:
        return
    yield Candidate(RelType.MEMBER_OF, m, Target("actor", actor=body), ctx.sent, doc[m.tok_start], "member-of-body.v1")


@registry.register("offices.titles.v1")
def titles(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    for m in ctx.mentions:
        if m.kind is NodeKind.PERSON and m.office and m.office.of and m.via != "title":
            of = reader.gaz.get(m.office.of)
            target_mention = ActorMention(
                m.start,
                m.end,
                m.tok_start,
                m.tok_end,
                m.office.of,
                of.kind if of else NodeKind.STATE,
                of.name if of else m.office.of,
                m.surface,
                "office",
            )
            yield Candidate(
                RelType.HOLDS_OFFICE,
                m,
                Target("actor", actor=target_mention),
                ctx.sent,
                ctx.sent.doc[m.tok_start],
                "title-apposition.v1",
                confidence=0.9,
                role=m.office.role,
            )
