"""The stances family's helpers and grammar.syntax.list_heads on hand-built parses (no model is loaded).

Each ``Doc`` is built from words, heads, dependency labels and lemmas as spaCy's own tests do, so
the assertions hold whatever a new model version parses; the sentences are real (the development
set). ``tests/extract/test_stances.py`` runs the same constructions end to end.
"""

from __future__ import annotations

from diplograph.extract.constructions.condemnation import _atrocious, _perpetrator_clause
from diplograph.extract.constructions.stances import _hoped_for
from diplograph.extract.grammar.syntax import list_heads

from ..fixtures.hand_parse import parse


def test_two_objects_each_with_its_own_adjective_are_a_list() -> None:
    # China opposes unilateral sanctions and so-called long-arm jurisdiction .
    doc = parse(
        [
            ("China", 1, "nsubj", "PROPN", "China"),
            ("opposes", 0, "ROOT", "VERB", "oppose"),
            ("unilateral", 1, "amod", "ADJ", "unilateral"),
            ("sanctions", -2, "dobj", "NOUN", "sanction"),
            ("and", -1, "cc", "CCONJ", "and"),
            ("so-called", 2, "amod", "ADJ", "so-called"),
            ("long-arm", 1, "amod", "ADJ", "long-arm"),
            ("jurisdiction", -4, "conj", "NOUN", "jurisdiction"),
            (".", -7, "punct", "PUNCT", "."),
        ]
    )
    assert [t.text for t in list_heads(doc[3])] == ["sanctions", "jurisdiction"]


def test_a_pair_qualified_once_is_one_thing() -> None:
    # uphold regional peace and stability
    doc = parse(
        [
            ("uphold", 0, "ROOT", "VERB", "uphold"),
            ("regional", 1, "amod", "ADJ", "regional"),
            ("peace", -2, "dobj", "NOUN", "peace"),
            ("and", -1, "cc", "CCONJ", "and"),
            ("stability", -2, "conj", "NOUN", "stability"),
        ]
    )
    assert [t.text for t in list_heads(doc[2])] == ["peace"]


def test_the_perpetrator_and_its_act_are_the_target() -> None:
    # The military junta continues to crush democracy and attack its own people
    doc = parse(
        [
            ("The", 2, "det", "DET", "the"),
            ("military", 1, "amod", "ADJ", "military"),
            ("junta", 1, "nsubj", "NOUN", "junta"),
            ("continues", 0, "ROOT", "VERB", "continue"),
            ("to", 1, "aux", "PART", "to"),
            ("crush", -2, "xcomp", "VERB", "crush"),
            ("democracy", -1, "dobj", "NOUN", "democracy"),
            ("and", -2, "cc", "CCONJ", "and"),
            ("attack", -3, "conj", "VERB", "attack"),
            ("its", 2, "poss", "PRON", "its"),
            ("own", 1, "amod", "ADJ", "own"),
            ("people", -3, "dobj", "NOUN", "people"),
        ]
    )
    crush = doc[5]
    assert _atrocious(crush)
    assert not _atrocious(doc[3])  # "continues" carries out no atrocity noun here
    assert _perpetrator_clause(crush, 11) == (
        "The military junta continues to crush democracy and attack its own people"
    )


def test_attacking_a_problem_is_no_atrocity() -> None:
    # we will attack the problem
    doc = parse(
        [
            ("we", 2, "nsubj", "PRON", "we"),
            ("will", 1, "aux", "AUX", "will"),
            ("attack", 0, "ROOT", "VERB", "attack"),
            ("the", 1, "det", "DET", "the"),
            ("problem", -2, "dobj", "NOUN", "problem"),
        ]
    )
    assert not _atrocious(doc[2])


def test_what_is_hoped_for_and_what_is_only_a_pleasantry() -> None:
    # we hope relevant parties will resolve disputes through dialogue
    doc = parse(
        [
            ("we", 1, "nsubj", "PRON", "we"),
            ("hope", 0, "ROOT", "VERB", "hope"),
            ("relevant", 1, "amod", "ADJ", "relevant"),
            ("parties", 2, "nsubj", "NOUN", "party"),
            ("will", 1, "aux", "AUX", "will"),
            ("resolve", -4, "ccomp", "VERB", "resolve"),
            ("disputes", -1, "dobj", "NOUN", "dispute"),
            ("through", -2, "prep", "ADP", "through"),
            ("dialogue", -1, "pobj", "NOUN", "dialogue"),
        ]
    )
    # a countering act, read whole: the taxonomy places it (peaceful resolution of disputes)
    assert _hoped_for(doc[5]) == "resolve disputes through dialogue"
    # I hope you all have a great weekend
    doc = parse(
        [
            ("I", 1, "nsubj", "PRON", "I"),
            ("hope", 0, "ROOT", "VERB", "hope"),
            ("you", 2, "nsubj", "PRON", "you"),
            ("all", -1, "appos", "DET", "all"),
            ("have", -3, "ccomp", "VERB", "have"),
            ("a", 2, "det", "DET", "a"),
            ("great", 1, "amod", "ADJ", "great"),
            ("weekend", -3, "dobj", "NOUN", "weekend"),
        ]
    )
    assert _hoped_for(doc[4]) == ""
