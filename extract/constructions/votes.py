"""Votes as the UN and the press report them.

The constructions read here, each a general shape of UN records and wire copy:

* a tally followed by the voters it counts: "by a vote of N in favour to 2 against (A, B), with
  2 abstaining (C, D)";
* a list under a choice: "Against were A, B and C", "In favour: A, B", "Those voting against
  the text were A and B", "A and B were among those to back it", "The other members - A, B
  ... - voted in favour";
* vetoes cast, used or exercised: "A and B used their veto on X", "A and B casting vetoes";
* drafts named by their penholder ("the <state> draft", "<state>'s draft", "a <demonym>
  resolution"): that state proposed it.

Which text is voted on: a resolution or draft the sentence names, else the one the document named
last (``Discourse.resolution``), so "A also voted against the text" and "N other members
abstained" vote on the draft just reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from diplograph.graph.schema import NodeKind, RelType

from ..actors import ActorMention
from ..claims import ClaimReader, SentenceContext
from ..grammar.clause import is_negated, is_supposed
from ..grammar.types import Candidate, Target
from ..nps import phrase
from ..resolutions import PERMANENT_MEMBERS, TEXT_NOUNS, body_named, penholders, resolution_facts, sentence_body
from . import registry

__all__ = [
    "choice_lists",
    "drafters",
    "listed_subjects",
    "remember",
    "resolution_in_sentence",
    "tally_lists",
    "vetoes_cast",
    "vote_dates",
]

_NUMBER = (
    r"(?:\d[\d,]*|none|no|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)"
)
#: "11 in favour", "2 against", "2 abstaining", "3 abstentions", each with its parenthesised voters
_COUNTED_LIST = re.compile(
    rf"\b{_NUMBER}\s+(?:votes?\s+)?(?P<choice>in\s+favou?r|for|against|abstaining|abstentions?|abstained)"
    r"\s*\((?P<list>[^()]*)\)",
    re.I,
)
#: "Against were ...", "In favour: ...", "Abstaining were ...", "Voting against were ..."
_HEADED_LIST = re.compile(
    r"^\s*(?:voting\s+)?(?P<choice>in\s+favou?r|against|abstaining|abstentions?|abstained)\s*(?::|were\b|was\b|-|–|—)",
    re.I,
)
#: "Those voting against the resolution were ...", "Those who abstained were ..."
_THOSE_LIST = re.compile(
    r"\bthose\s+(?:who\s+)?(?:vot(?:ing|ed)\s+(?P<choice>in\s+favou?r|for|against|yes|no)|(?P<abst>abstain(?:ing|ed)))"
    r"\b[^.;:]*?\bwere\b",
    re.I,
)
#: "... were among those to support / that voted against the resolution"
_AMONG_THOSE = re.compile(
    r"\bwere\s+among\s+(?:those|the\s+(?:countries|states|members|nations))\s+(?:to|who|that|which)\s+"
    r"(?:vote[ds]?\s+)?(?P<choice>support|back|in\s+favou?r|for|oppose|against|reject|abstain)",
    re.I,
)
_CHOICES = {
    "in favour": "yes",
    "in favor": "yes",
    "for": "yes",
    "yes": "yes",
    "support": "yes",
    "back": "yes",
    "against": "no",
    "no": "no",
    "oppose": "no",
    "reject": "no",
}
_REL = {"yes": RelType.SUPPORTS, "no": RelType.OPPOSES, "abstain": RelType.ABSTAINS}


def _choice(text: str) -> str | None:
    word = re.sub(r"\s+", " ", text.lower().strip())
    return _CHOICES.get(word) or ("abstain" if word.startswith(("abstain", "abstention")) else None)


def _sentence_offset(ctx: SentenceContext) -> int:
    return int(ctx.sent.doc.user_data.get("offset", 0)) + ctx.sent.start_char


def _states_between(ctx: SentenceContext, start: int, end: int) -> list:
    """The states (and blocs) named between two character offsets of the sentence, in order."""
    base = _sentence_offset(ctx)
    out, seen = [], set()
    for m in ctx.mentions:
        if base + start <= m.start and m.end <= base + end and m.kind in (NodeKind.STATE, NodeKind.GROUP):
            if m.is_adjective or m.node_id in seen:
                continue
            seen.add(m.node_id)
            out.append(m)
    return out


# -- which text is voted on ----------------------------------------------------------------------


def resolution_in_sentence(ctx: SentenceContext, found: list[Candidate]) -> Target | None:
    """The text this sentence votes on: one a claim already read targets, one it names, or the
    document's current one."""
    for c in found:
        if c.target.kind == "resolution":
            return c.target
    for tok in ctx.tokens:
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in ("resolution", "draft"):
            if tok.dep_ == "pobj" and tok.head.lower_ in ("via", "under", "by"):
                continue  # "imposed via resolution 2374": an instrument cited, not the text voted on
            return Target("resolution", head=tok, name=phrase(tok), facts=resolution_facts(tok, ctx))
    return ctx.discourse.resolution


def _vote_target(ctx: SentenceContext, found: list[Candidate]) -> Target | None:
    target = resolution_in_sentence(ctx, found)
    if target is not None and "body" not in target.facts and ctx.discourse.un_body:
        target.facts["body"] = ctx.discourse.un_body
    return target


# -- the readers -----------------------------------------------------------------------------------


def _claims(
    voters: list, choice: str, target: Target, anchor: Token, ctx: SentenceContext, rule: str, *, veto: bool = False
) -> Iterator[Candidate]:
    for voter in voters:
        vetoed = (
            veto and choice == "no" and voter.node_id in PERMANENT_MEMBERS and target.facts.get("body") == "org:unsc"
        )
        yield Candidate(
            rel=_REL[choice],
            source=voter,
            target=target,
            sent=ctx.sent,
            anchor=anchor,
            extractor=rule,
            choice=choice,
            source_says="vetoed" if vetoed else None,
        )


def _voted(found: list[Candidate]) -> set[tuple[str, str | None]]:
    """Who the sentence's frames already read as voting on a text, and how. A frame's "supported the
    resolution" in a vote's sentence is the vote itself: it takes the choice, and no second claim
    is made."""
    choice_of = {RelType.SUPPORTS: "yes", RelType.OPPOSES: "no", RelType.ABSTAINS: "abstain"}
    have = set()
    for c in found:
        if c.target.kind == "resolution" and c.rel in choice_of:
            c.choice = c.choice or choice_of[c.rel]
            have.add((c.source.node_id, c.choice))
    return have


def _token_at(ctx: SentenceContext, char: int) -> Token:
    span = ctx.sent.doc.char_span(ctx.sent.start_char + char, ctx.sent.start_char + char + 1, alignment_mode="expand")
    return span.root if span is not None and len(span) else ctx.sent.root


def tally_lists(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """ "by N votes in favour (A, B, ...) to M against (C, ...), with K abstaining (...)"."""
    text = ctx.text
    matches = list(_COUNTED_LIST.finditer(text))
    if not matches:
        return
    target = _vote_target(ctx, found)
    if target is None:
        return
    veto = "veto" in text.lower()
    have = _voted(found)
    for m in matches:
        choice = _choice(m.group("choice"))
        if choice is None:
            continue
        voters = [v for v in _states_between(ctx, m.start("list"), m.end("list")) if (v.node_id, choice) not in have]
        yield from _claims(voters, choice, target, _token_at(ctx, m.start()), ctx, "votes.counted-lists.v1", veto=veto)


def choice_lists(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """ "Against were A, B and C", "Those voting against ... were A and B", "A and B were among those to
    support the Resolution"."""
    text = ctx.text
    spans: list[tuple[str, int, int, int]] = []  # choice, list start, list end, cue position
    if m := _HEADED_LIST.match(text):
        spans.append((m.group("choice"), m.end(), len(text), m.start("choice")))
    for m in _THOSE_LIST.finditer(text):
        spans.append((m.group("choice") or m.group("abst"), m.end(), len(text), m.start()))
    for m in _AMONG_THOSE.finditer(text):
        spans.append((m.group("choice"), 0, m.start(), m.start("choice")))
    if not spans:
        return
    target = _vote_target(ctx, found)
    if target is None:
        return
    have = _voted(found)
    for word, start, end, cue in spans:
        choice = _choice(word)
        if choice is None:
            continue
        voters = [v for v in _states_between(ctx, start, end) if (v.node_id, choice) not in have]
        yield from _claims(voters, choice, target, _token_at(ctx, cue), ctx, "votes.choice-lists.v1")


#: nouns for the voters as a set, whose members an apposition or parentheses list
_VOTER_NOUNS = {"member", "country", "state", "nation", "delegation", "other", "rest", "government"}


def _clause_choice(verb: Token) -> str | None:
    """The choice a vote verb states with no object: "abstained", "voted in favour", "voted no"."""
    lemma = verb.lemma_.lower()
    if lemma == "abstain":
        return "abstain"
    if lemma != "vote":
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() in ("favour", "favor") for g in c.children):
            return "yes"
        if c.dep_ == "prep" and c.lower_ == "for" and not any(True for _ in c.children):
            return "yes"
        if c.lower_ in ("yes", "no", "against") and not any(g.dep_ == "pobj" for g in c.children):
            return "yes" if c.lower_ == "yes" else "no"
    return None


def listed_subjects(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """ "The remaining members - A, B and C, as well as D ... - voted in favor": the voters are the
    states the set's apposition lists."""
    for verb in ctx.tokens:
        if verb.pos_ not in ("VERB", "AUX") or (choice := _clause_choice(verb)) is None:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in _VOTER_NOUNS]
        listed = [a for sj in subjects for a in sj.children if a.dep_ == "appos"]
        if not listed:
            continue
        target = _vote_target(ctx, found)
        if target is None:
            continue
        have = _voted(found)
        voters = []
        for head in listed:
            for t in head.subtree:
                m = ctx.by_token.get(t.i)
                if (
                    m is not None
                    and m.kind is NodeKind.STATE
                    and not m.is_adjective
                    and (m.node_id, choice) not in have
                    and all(v.node_id != m.node_id for v in voters)
                ):
                    voters.append(m)
        yield from _claims(voters, choice, target, verb, ctx, "votes.listed-subjects.v1")


#: verbs with which a member casts a veto ("cast their vetoes", "used its veto right")
_VETO_LIGHT_VERBS = {"cast", "use", "exercise", "wield", "employ", "apply"}


def vetoes_cast(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """ "A and B used their veto on X", "A and B casting vetoes"."""
    for tok in ctx.tokens:
        if tok.lemma_.lower() != "veto" or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        noun = tok.head if tok.dep_ == "compound" else tok  # "their veto right"
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in _VETO_LIGHT_VERBS:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        voters = [a for a in reader.subjects(verb, ctx)[0] if a.kind is NodeKind.STATE]
        if not voters:
            continue
        target = _vote_target(ctx, found)
        if target is None:
            continue
        target.facts.setdefault("body", "org:unsc")  # only the Council's permanent members have a veto
        have = {(c.source.node_id, c.choice) for c in found}
        for voter in voters:
            if (voter.node_id, "no") in have:
                continue
            yield Candidate(
                rel=RelType.OPPOSES,
                source=voter,
                target=target,
                sent=ctx.sent,
                anchor=verb,
                extractor="votes.vetoes-cast.v1",
                choice="no",
                source_says="vetoed",
            )


def drafters(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """A draft named by its state ("the <state> draft", "<state>'s draft resolution"): that
    state proposed it. Read where the draft is voted on or rejected, so the draft is a UN text."""
    seen = {(c.source.node_id, c.rel) for c in found}
    for c in list(found):
        t = c.target
        if t.kind != "resolution" or not t.facts.get("draft") or t.head is None:
            continue
        for holder in penholders(t.head, ctx):
            if (holder.node_id, RelType.PROPOSES) in seen:
                continue
            seen.add((holder.node_id, RelType.PROPOSES))
            yield Candidate(
                rel=RelType.PROPOSES,
                source=holder,
                target=t,
                sent=ctx.sent,
                anchor=t.head,
                extractor="votes.penholders.v1",
                role="drafter",
            )


def remember(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """Last: note the UN body and the text voted on, for the sentences that follow."""
    body = body_named(ctx)
    if body is not None:
        ctx.discourse.un_body = body
    voted = [c.target for c in found if c.target.kind == "resolution"]
    if voted:
        ctx.discourse.resolution = voted[-1]
    else:
        named = resolution_in_sentence(ctx, [])
        if named is not None and named is not ctx.discourse.resolution and named.facts.get("body"):
            ctx.discourse.resolution = named
    return iter(())


#: verbs of a body adopting a text, and nouns that stand for the body once it is named
_ADOPTING_VERBS = {"adopt", "pass", "approve"}
_BODY_NOUNS = {"assembly", "council", "organ", "body", "chamber"}


def _body_mention(body_id: str, at: Token, reader: ClaimReader) -> ActorMention | None:
    """The body as an actor of the sentence, at the word that stands for it."""
    entry = reader.gaz.get(body_id)
    if entry is None:
        return None
    doc_offset = int(at.doc.user_data.get("offset", 0))
    return ActorMention(
        doc_offset + at.idx,
        doc_offset + at.idx + len(at.text),
        at.i,
        at.i + 1,
        entry.id,
        entry.kind,
        entry.name,
        at.text,
        "reference",
    )


def _adopted_text(verb: Token, ctx: SentenceContext) -> Token | None:
    """The text a verb of adopting governs: its object, or its subject when passive or intransitive
    ("The resolution ... was adopted", "the measure passed")."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    deps = ("nsubjpass", "nsubj") if passive or verb.lemma_.lower() == "pass" else ("dobj",)
    for c in verb.children:
        if c.dep_ in deps and c.lemma_.lower() in TEXT_NOUNS:
            return c
    return None


def _adopter(verb: Token, text: Token, reader: ClaimReader, ctx: SentenceContext) -> ActorMention | None:
    """The body that adopts: a subject that is a body noun ("the Assembly", "the 15-member organ"),
    the main clause's such subject for a participle ("Adopting X, the Council ..."), or, for an
    agentless passive ("The resolution was adopted by 165 votes"), the body the text is about."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if any(reader.denote(g, ctx) for g in agents):
        return None  # "adopted by the Council": the frames read the agent ("by 165 votes" is no agent)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c is not text), None)
    if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
    if subject is not None:
        named = reader.denote(subject, ctx)
        if named:
            return None  # a named adopter: the frames read it
        if subject.lemma_.lower() not in _BODY_NOUNS:
            return None
        body = sentence_body(ctx, before=subject.i) or sentence_body(ctx)
        return _body_mention(body, subject, reader) if body else None
    if text.dep_ not in ("nsubjpass", "nsubj"):
        return None  # "engaging others on adopting measures": nobody adopts here
    body = sentence_body(ctx)
    return _body_mention(body, verb, reader) if body else None


def adoptions(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """A UN body adopting a text where the text names the body only as "the Assembly", "the 15-member
    organ", by a passive with no agent ("The resolution ... was adopted by 165 votes") or by a
    participle ("Adopting resolution NNNN (YYYY) ..., the Council demanded")."""
    if any(c.rel is RelType.ADOPTS for c in found):
        return
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ADOPTING_VERBS or is_negated(verb):
            continue
        if is_supposed(verb) or _counterfactual(verb):
            continue  # "Had the text been adopted, it would have ...": it was not
        text = _adopted_text(verb, ctx)
        if text is None:
            continue
        if verb.lemma_.lower() == "pass" and not any(t.lemma_.lower() == "vote" for t in verb.subtree):
            continue  # "the measure passed" is a body's adoption only with its votes counted
        definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in text.children)
        if (text.lemma_.lower() in ("resolution", "draft") and (definite or _numbered(text))) or (
            text.lemma_.lower() == "resolution" and text.dep_ == "dobj"
        ):
            target = Target("resolution", head=text, name=phrase(text), facts=resolution_facts(text, ctx))
        elif definite and isinstance(ctx.discourse.resolution, Target):
            target = ctx.discourse.resolution  # "the measure passed by N votes": the text just reported
        else:
            continue
        adopter = _adopter(verb, text, reader, ctx)
        if adopter is None:
            continue
        target.facts.setdefault("body", adopter.node_id)
        yield Candidate(RelType.ADOPTS, adopter, target, ctx.sent, verb, "votes.adoptions.v1")


def _counterfactual(verb: Token) -> bool:
    """ "Had the text been adopted": an inverted auxiliary before the subject states what did not happen."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "were", "should")]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(a.i < s.i for a in auxes for s in subjects)


def _numbered(text: Token) -> bool:
    """ "resolution NNNN (YYYY)": a numbered resolution needs no article."""
    return any(c.like_num for c in text.children) or (text.i + 1 < len(text.doc) and text.doc[text.i + 1].like_num)


#: words of a sentence that reports a vote
_VOTE_WORDS = {"vote", "veto", "abstain", "abstention", "ballot", "adopt", "reject"}


def vote_dates(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """A vote the sentence reports without a date of its own was cast on the day the text gave the
    vote before ("members met on <day> to vote on N drafts. ... A and B
    casting vetoes"), not on the day of publication; a sentence that dates a vote sets that day."""
    if ctx.dates:
        for word in ctx.tokens:
            if word.lemma_.lower() not in _VOTE_WORDS or _counterfactual(word) or is_negated(word):
                continue
            date = next((d for t, d in ctx.date_at.items() if _near(word, word.doc[t])), None)
            if date is not None:
                ctx.discourse.vote_date = date.date
                break
        return iter(())
    if ctx.discourse.vote_date:
        for c in found:
            if c.choice and c.target.kind == "resolution":
                c.attrs.setdefault("antecedent_date", ctx.discourse.vote_date)
    return iter(())


def _near(a: Token, b: Token, steps: int = 2) -> bool:
    """Whether two words belong to one clause: an ancestor within ``steps`` of each ("met on
    Thursday to vote": met), not a date deep in another clause of the sentence."""
    up_a = [a, *list(a.ancestors)[:steps]]
    up_b = [b, *list(b.ancestors)[: steps + 1]]  # the date's own preposition is one step more
    return any(x == y for x in up_a for y in up_b)


#: the family's readers in the order they run: the lists first, then the drafters and the memory,
#: which read what the lists found
READERS = (adoptions, tally_lists, choice_lists, listed_subjects, vetoes_cast, drafters, vote_dates, remember)


@registry.register("votes.v1")
def read_votes(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """Every construction of the family, each seeing what the ones before it read."""
    seen = list(found)
    for construction in READERS:
        new = list(construction(reader, ctx, seen))
        seen.extend(new)
        yield from new


_TALLY = {
    "yes": re.compile(r"(\d[\d,]*)\s+(?:votes?\s+|countries\s+|states\s+)?(?:in\s+favou?r|for|yes|supporting)\b", re.I),
    "no": re.compile(r"(\d[\d,]*)\s+(?:votes?\s+|countries\s+|states\s+)?(?:against|no\b|opposed)", re.I),
    "abstain": re.compile(r"(\d[\d,]*)\s+(?:abstentions?|(?:countries\s+|states\s+)?abstain(?:ed|ing))", re.I),
}


@registry.register("votes.tallies.v1")
def tallies(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> list[Candidate]:
    """Vote tallies in the sentence go on the resolution an ADOPTS claim names (no new claims);
    the body that adopted it is what "the resolution" stands for next ("the resolution reaffirmed X")."""
    for c in found:
        if c.rel is RelType.ADOPTS:
            ctx.discourse.last_adopter = c.source
    counts = {k: int(m.group(1).replace(",", "")) for k, p in _TALLY.items() if (m := p.search(ctx.text))}
    if counts:
        for c in found:
            if c.rel is RelType.ADOPTS and c.target.kind == "resolution":
                c.target.facts.update(counts)
                c.attrs.update(counts)
    return []
