"""A pair of nouns that names two issues is two targets, one claim on each node; a pair that says
one thing in two words stays one name (issue 12). Each case is a real sentence of
../shared/corpora/ungdc-2015-2024 (the speech's file named above it), read through the real
pipeline as the speech of its state (extract/grammar/issue_names.py ``names_two_issues``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.graph.models import GraphBatch

from .conftest import speech_positions

pytestmark = pytest.mark.nlp


def claims(read: Callable[..., GraphBatch], text: str, state: str, year: int) -> set[tuple[str, str, str]]:
    """(relation, issue node, target text) of the speech's position claims on issues."""
    return {
        (c.type.value, c.target, str(c.attrs.get("target_text")))
        for c in speech_positions(read, text, state, year)
        if c.target.startswith("issue:")
    }


def test_two_issues_in_a_pair_are_two_claims(read: Callable[..., GraphBatch]) -> None:
    # 2015/VCT_70_2015.txt: peace is one issue, prosperity another; the pair was one node of its own
    text = "We have already learned that modern terrorism, wherever it takes root, can threaten peace and prosperity in any corner of the globe."
    found = claims(read, text, "state:VCT", 2015)
    assert ("SUPPORTS", "issue:international-peace-and-security", "peace") in found, found
    assert ("SUPPORTS", "issue:development-and-finance", "prosperity") in found, found
    # 2020/CHN_75_2020.txt: each of the two harms said no to
    text = (
        "We should say no to unilateralism and protectionism, and work to ensure the stable and smooth "
        "functioning of global industrial and supply chains."
    )
    nodes = {node for _, node, _ in claims(read, text, "state:CHN", 2020)}
    assert {"issue:unilateralism", "issue:protectionism"} <= nodes, nodes
    # 2017/TUV_72_2017.txt
    text = "We therefore condemn violence and terrorism in all their forms and manifestations."
    nodes = {node for rel, node, _ in claims(read, text, "state:TUV", 2017) if rel == "CONDEMNS"}
    assert {"issue:war-and-armed-violence", "issue:terrorism"} <= nodes, nodes


def test_one_issue_in_two_words_stays_one_name(read: Callable[..., GraphBatch]) -> None:
    # 2016/TJK_71_2016.txt: peace and stability land on one node, as one name
    text = (
        "We therefore support international and regional efforts aimed at restoring and strengthening peace and "
        "stability in the Middle East, including the efforts to resume and accelerate credible negotiations under "
        "the Middle East peace process."
    )
    found = claims(read, text, "state:TJK", 2016)
    assert not any(t in ("peace", "stability") for _, _, t in found), found
    # 2016/PRY_71_2016.txt: violent extremism is an issue under terrorism: the pair is one name
    text = (
        "The Republic of Paraguay strongly condemns terrorism and violent extremism in all its forms and "
        "manifestations and stands in solidarity with victims and the suffering caused to them and their families "
        "by terrorist acts."
    )
    found = {(rel, node) for rel, node, _ in claims(read, text, "state:PRY", 2016)}
    assert ("CONDEMNS", "issue:terrorism") in found and ("CONDEMNS", "issue:violent-extremism") not in found, found


def test_a_pair_the_vocabulary_knows_stays_whole(read: Callable[..., GraphBatch]) -> None:
    # 2023/CHN_78_2023.txt: the pair is an alias of its own node, never split into its two words
    text = "China remains committed to safeguarding its sovereignty and territorial integrity."
    found = claims(read, text, "state:CHN", 2023)
    assert found == {
        ("SUPPORTS", "issue:sovereignty-and-territorial-integrity", "sovereignty and territorial integrity")
    }, found
