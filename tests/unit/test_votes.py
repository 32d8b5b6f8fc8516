"""The votes family's constructions on hand-built parses (no model is loaded).

Each ``Doc`` is built from words, heads, dependency labels, tags and lemmas as spaCy's own tests
do, so the assertions hold whatever a new model version parses; the sentences are real (the
development set's UN coverage and wire copy). ``tests/extract/test_votes.py`` runs the same
constructions end to end on the real pipeline.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from diplograph.extract.actors import ActorMention
from diplograph.extract.claims import Candidate, SentenceContext, Target
from diplograph.extract.constructions import load_readers
from diplograph.extract.constructions.votes import (
    _clause_choice,
    choice_lists,
    listed_subjects,
    tally_lists,
)
from diplograph.extract.discourse import Discourse
from diplograph.extract.resolutions import resolution_facts
from diplograph.graph.schema import NodeKind, RelType

from ..fixtures.hand_parse import parse


def state(doc: Doc, start: int, end: int, node_id: str) -> ActorMention:
    span = doc[start:end]
    return ActorMention(
        span.start_char, span.end_char, start, end, node_id, NodeKind.STATE, span.text, span.text, "gazetteer"
    )


def context(doc: Doc, mentions: list[ActorMention], discourse: Discourse | None = None) -> SentenceContext:
    by_token = {t: m for m in mentions for t in range(m.tok_start, m.tok_end)}
    return SentenceContext(
        sent=doc[:],
        mentions=mentions,
        by_token=by_token,
        dates=[],
        date_at={},
        discourse=discourse or Discourse(),
        date="2018-12",
        paragraph_index=0,
    )


def read(construction: Any, ctx: SentenceContext, found: list[Candidate] | None = None) -> set[tuple[str, str, str]]:
    return {
        (c.rel.value, c.source.node_id, c.choice or "")
        for c in construction(None, ctx, found or [])  # these constructions never call the reader
    }


def voted_text(discourse: Discourse) -> Target:
    target = Target("resolution", name="the Resolution", facts={"body": "org:unga"})
    discourse.resolution = target
    return target


def test_the_family_is_registered() -> None:
    assert "votes.v1" in dict(load_readers())


def test_counted_list_in_parentheses() -> None:
    # "... with 2 abstaining (China, Egypt)." (un-2017-sc13072); only the list's words matter here
    rows = [
        ("with", 0, "ROOT", "ADP", "with"),
        ("2", 1, "nsubj", "NUM", "2"),
        ("abstaining", -2, "pobj", "VERB", "abstain"),
        ("(", -1, "punct", "PUNCT", "("),
        ("China", -2, "appos", "PROPN", "China"),
        (",", -1, "punct", "PUNCT", ","),
        ("Egypt", -2, "conj", "PROPN", "Egypt"),
        (")", -5, "punct", "PUNCT", ")"),
    ]
    doc = parse(rows)
    discourse = Discourse()
    voted_text(discourse)
    ctx = context(doc, [state(doc, 4, 5, "state:CHN"), state(doc, 6, 7, "state:EGY")], discourse)
    assert read(tally_lists, ctx) == {
        ("ABSTAINS", "state:CHN", "abstain"),
        ("ABSTAINS", "state:EGY", "abstain"),
    }


def test_no_text_to_vote_on_no_claim() -> None:
    rows = [
        ("with", 0, "ROOT", "ADP", "with"),
        ("2", 1, "nsubj", "NUM", "2"),
        ("abstaining", -2, "pobj", "VERB", "abstain"),
        ("(", -1, "punct", "PUNCT", "("),
        ("China", -2, "appos", "PROPN", "China"),
        (")", -3, "punct", "PUNCT", ")"),
    ]
    doc = parse(rows)
    assert read(tally_lists, context(doc, [state(doc, 4, 5, "state:CHN")])) == set()


def test_headed_list_against_were() -> None:
    # "Against were the Russian Federation, Belarus and Cuba." (ukranews-2018)
    rows = [
        ("Against", 1, "advmod", "ADP", "against"),
        ("were", 0, "ROOT", "AUX", "be"),
        ("the", 2, "det", "DET", "the"),
        ("Russian", 1, "compound", "PROPN", "Russian"),
        ("Federation", -3, "nsubj", "PROPN", "Federation"),
        (",", -1, "punct", "PUNCT", ","),
        ("Belarus", -2, "conj", "PROPN", "Belarus"),
        ("and", -1, "cc", "CCONJ", "and"),
        ("Cuba", -2, "conj", "PROPN", "Cuba"),
        (".", -8, "punct", "PUNCT", "."),
    ]
    doc = parse(rows)
    discourse = Discourse()
    voted_text(discourse)
    mentions = [state(doc, 3, 5, "state:RUS"), state(doc, 6, 7, "state:BLR"), state(doc, 8, 9, "state:CUB")]
    assert read(choice_lists, context(doc, mentions, discourse)) == {
        ("OPPOSES", "state:RUS", "no"),
        ("OPPOSES", "state:BLR", "no"),
        ("OPPOSES", "state:CUB", "no"),
    }


def test_a_frame_s_support_is_the_vote_not_a_second_claim() -> None:
    # "Ukraine and Georgia were among those to support the Resolution." (ukranews-2018)
    rows = [
        ("Ukraine", 3, "nsubj", "PROPN", "Ukraine"),
        ("and", -1, "cc", "CCONJ", "and"),
        ("Georgia", -2, "conj", "PROPN", "Georgia"),
        ("were", 0, "ROOT", "AUX", "be"),
        ("among", -1, "prep", "ADP", "among"),
        ("those", -1, "pobj", "PRON", "those"),
        ("to", 1, "aux", "PART", "to"),
        ("support", -2, "relcl", "VERB", "support"),
        ("the", 1, "det", "DET", "the"),
        ("Resolution", -2, "dobj", "PROPN", "resolution"),
        (".", -7, "punct", "PUNCT", "."),
    ]
    doc = parse(rows)
    discourse = Discourse()
    target = voted_text(discourse)
    ukraine, georgia = state(doc, 0, 1, "state:UKR"), state(doc, 2, 3, "state:GEO")
    ctx = context(doc, [ukraine, georgia], discourse)
    # the support frame read Ukraine already (choice-less): the list makes it a yes vote, once
    framed = Candidate(RelType.SUPPORTS, ukraine, target, ctx.sent, doc[7], "support-verb.v1")
    assert read(choice_lists, ctx, [framed]) == {("SUPPORTS", "state:GEO", "yes")}
    assert framed.choice == "yes"


def test_members_listed_in_apposition_voted_in_favor() -> None:
    # "The remaining members - Albania, Brazil - voted in favor." (todayaz-2022)
    rows = [
        ("The", 2, "det", "DET", "the"),
        ("remaining", 1, "amod", "VERB", "remain"),
        ("members", 6, "nsubj", "NOUN", "member"),
        ("-", -1, "punct", "PUNCT", "-"),
        ("Albania", -2, "appos", "PROPN", "Albania"),
        (",", -1, "punct", "PUNCT", ","),
        ("Brazil", -2, "conj", "PROPN", "Brazil"),
        ("-", -5, "punct", "PUNCT", "-"),
        ("voted", 0, "ROOT", "VERB", "vote"),
        ("in", -1, "prep", "ADP", "in"),
        ("favor", -1, "pobj", "NOUN", "favor"),
        (".", -3, "punct", "PUNCT", "."),
    ]
    doc = parse(rows)
    discourse = Discourse()
    voted_text(discourse)
    ctx = context(doc, [state(doc, 4, 5, "state:ALB"), state(doc, 6, 7, "state:BRA")], discourse)
    assert _clause_choice(doc[8]) == "yes"
    assert read(listed_subjects, ctx) == {("SUPPORTS", "state:ALB", "yes"), ("SUPPORTS", "state:BRA", "yes")}


def test_clause_choice_needs_a_stated_choice() -> None:
    # "met to vote on two projects": voting, with no choice stated
    rows = [
        ("to", 1, "aux", "PART", "to"),
        ("vote", 0, "ROOT", "VERB", "vote"),
        ("on", -1, "prep", "ADP", "on"),
        ("projects", -1, "pobj", "NOUN", "project"),
    ]
    assert _clause_choice(parse(rows)[1]) is None


def test_draft_named_by_its_penholder_and_symbols() -> None:
    # "the United States draft" (un-2017-sc13072)
    rows = [
        ("the", 3, "det", "DET", "the"),
        ("United", 1, "compound", "PROPN", "United"),
        ("States", 1, "compound", "PROPN", "States"),
        ("draft", 0, "ROOT", "NOUN", "draft"),
    ]
    doc = parse(rows)
    discourse = Discourse()
    discourse.un_body = "org:unsc"
    ctx = context(doc, [state(doc, 1, 3, "state:USA")], discourse)
    assert resolution_facts(doc[3], ctx) == {"body": "org:unsc", "draft": True, "penholders": ["state:USA"]}
    # "resolution 2669 (2022)": a Council resolution's number and year, no draft
    rows = [
        ("resolution", 0, "ROOT", "NOUN", "resolution"),
        ("2669", -1, "nummod", "NUM", "2669"),
        ("(", -2, "punct", "PUNCT", "("),
        ("2022", -3, "appos", "NUM", "2022"),
        (")", -4, "punct", "PUNCT", ")"),
    ]
    doc = parse(rows, spaces=[True, True, False, False, False])
    assert resolution_facts(doc[0], context(doc, [])) == {"body": "org:unsc", "symbol": "S/RES/2669", "year": "2022"}
