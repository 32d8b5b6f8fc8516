"""Clause meaning (extract/grammar/clause.py) on hand-built parses: negation, modality, supposition.

Sentences are the shapes of news and speech text with placeholder names; each ``Doc`` is built
from words, heads, labels and lemmas as spaCy's own tests do, so no model is loaded.
"""

from __future__ import annotations

from diplograph.extract.grammar.clause import is_negated, is_question, is_refusal, is_supposed, modality

from ..fixtures.hand_parse import parse


def test_a_negated_verb_and_a_stated_refusal() -> None:
    # "A will not support the plan ."
    doc = parse(
        [
            ("A", 3, "nsubj", "PROPN", "A"),
            ("will", 2, "aux", "AUX", "will"),
            ("not", 1, "neg", "PART", "not"),
            ("support", 0, "ROOT", "VERB", "support"),
            ("the", 1, "det", "DET", "the"),
            ("plan", -2, "dobj", "NOUN", "plan"),
            (".", -3, "punct", "PUNCT", "."),
        ]
    )
    assert is_negated(doc[3]) and is_refusal(doc[3])


def test_not_only_is_no_negation() -> None:
    # "A not only supports X ..."
    doc = parse(
        [
            ("A", 3, "nsubj", "PROPN", "A"),
            ("not", 2, "neg", "PART", "not"),
            ("only", 1, "advmod", "ADV", "only"),
            ("supports", 0, "ROOT", "VERB", "support"),
            ("X", -1, "dobj", "PROPN", "X"),
        ]
    )
    assert not is_negated(doc[3])


def test_a_plan_to_visit_is_planned_and_a_visit_made_is_not() -> None:
    # "A plans to visit B" / "A visited B"
    planned = parse(
        [
            ("A", 1, "nsubj", "PROPN", "A"),
            ("plans", 0, "ROOT", "VERB", "plan"),
            ("to", 1, "aux", "PART", "to"),
            ("visit", -2, "xcomp", "VERB", "visit"),
            ("B", -1, "dobj", "PROPN", "B"),
        ]
    )
    done = parse(
        [("A", 1, "nsubj", "PROPN", "A"), ("visited", 0, "ROOT", "VERB", "visit"), ("B", -1, "dobj", "PROPN", "B")]
    )
    assert modality(planned[3]) == "planned"
    assert modality(done[1]) is None


def test_a_condition_is_supposed_not_stated() -> None:
    # "If A joins X , B will leave ."
    doc = parse(
        [
            ("If", 2, "mark", "SCONJ", "if"),
            ("A", 1, "nsubj", "PROPN", "A"),
            ("joins", 5, "advcl", "VERB", "join"),
            ("X", -1, "dobj", "PROPN", "X"),
            (",", 3, "punct", "PUNCT", ","),
            ("B", 2, "nsubj", "PROPN", "B"),
            ("will", 1, "aux", "AUX", "will"),
            ("leave", 0, "ROOT", "VERB", "leave"),
            (".", -1, "punct", "PUNCT", "."),
        ]
    )
    assert is_supposed(doc[2])
    assert not is_supposed(doc[7])
    assert modality(doc[7]) == "planned"


def test_a_question_asserts_nothing() -> None:
    doc = parse(
        [
            ("Will", 2, "aux", "AUX", "will"),
            ("A", 1, "nsubj", "PROPN", "A"),
            ("come", 0, "ROOT", "VERB", "come"),
            ("?", -1, "punct", "PUNCT", "?"),
        ]
    )
    assert is_question(doc[:])
