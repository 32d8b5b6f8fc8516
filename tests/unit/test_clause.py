"""Clause meaning (extract/grammar/clause.py) on hand-built parses: negation, modality, supposition.

Sentences are the shapes of news and speech text with placeholder names; each ``Doc`` is built
from words, heads, labels and lemmas as spaCy's own tests do, so no model is loaded.
"""

from __future__ import annotations

from diplograph.extract.grammar.clause import ending, is_negated, is_question, is_refusal, is_supposed, modality

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


def test_an_ending_says_the_relation_is_held_no_longer() -> None:
    # "A suspended its cooperation with B ." / "A ended its cooperation with B ."
    def suspended(verb: str, lemma: str) -> str | None:
        doc = parse(
            [
                ("A", 1, "nsubj", "PROPN", "A"),
                (verb, 0, "ROOT", "VERB", lemma),
                ("its", 1, "poss", "PRON", "its"),
                ("cooperation", -2, "dobj", "NOUN", "cooperation"),
                ("with", -1, "prep", "ADP", "with"),
                ("B", -1, "pobj", "PROPN", "B"),
                (".", -5, "punct", "PUNCT", "."),
            ]
        )
        return ending(doc[3])

    assert suspended("suspended", "suspend") == "suspended"
    assert suspended("ended", "end") == "ended"
    assert suspended("strengthened", "strengthen") is None


def test_an_ending_of_the_subject_or_after_of() -> None:
    # "the cooperation between A and B collapsed ." / "the end of cooperation with B"
    collapsed = parse(
        [
            ("the", 1, "det", "DET", "the"),
            ("cooperation", 5, "nsubj", "NOUN", "cooperation"),
            ("between", -1, "prep", "ADP", "between"),
            ("A", -1, "pobj", "PROPN", "A"),
            ("and", -1, "cc", "CCONJ", "and"),
            ("B", -2, "conj", "PROPN", "B"),
            ("collapsed", 0, "ROOT", "VERB", "collapse"),
        ]
    )
    assert ending(collapsed[1]) == "ended"
    end_of = parse(
        [
            ("the", 1, "det", "DET", "the"),
            ("end", 0, "ROOT", "NOUN", "end"),
            ("of", -1, "prep", "ADP", "of"),
            ("cooperation", -1, "pobj", "NOUN", "cooperation"),
            ("with", -1, "prep", "ADP", "with"),
            ("B", -1, "pobj", "PROPN", "B"),
        ]
    )
    assert ending(end_of[3]) == "ended"
