"""Mappings whose node a broad word, a listed pair or a generic topic decided (issue 12, the loose and
wrong mappings of the s17 judged samples 8003 and 8004), each on its real phrase or sentence from
../shared/corpora/ungdc-2015-2024 (the speech's file named above each).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.extract.issues import canonical_issue
from diplograph.extract.taxonomy import head_word, place
from diplograph.graph.models import GraphBatch

from .conftest import speech_positions


def placed_ref(phrase: str) -> tuple[str, bool]:
    """(node, opposite) of the phrase placed as an exported target text is."""
    ref = canonical_issue(phrase, head_word(phrase))
    return place(ref.id, ref.name, ref.surface, rule=ref.rule).id, ref.opposite


# -- peace in a place whose conflict the taxonomy names ------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "node", "opposite"),
    [
        # 2020/YEM_75_2020.txt "spared no effort to reach a lasting peace in Yemen": the war's end
        ("lasting peace in Yemen", "issue:yemen-crisis", True),
        # 2017/PAK_72_2017.txt "restoring peace and stability in Afghanistan and our region": its settlement
        ("peace and stability in Afghanistan", "issue:afghanistan-settlement", False),
        # 2024/AUT_79_2024.txt "a just and lasting peace in Ukraine"
        ("just and lasting peace in Ukraine", "issue:ukraine-crisis", True),
        # 2016/TCD_71_2016.txt: another topic's good set in the place stays that topic's
        ("food security in the Sahel", "issue:food-security", False),
    ],
)
def test_peace_in_a_place_in_conflict_is_that_conflicts(phrase: str, node: str, opposite: bool) -> None:
    assert placed_ref(phrase) == (node, opposite)


@pytest.mark.nlp
def test_support_for_peace_in_a_place_in_conflict_opposes_the_conflict(read: Callable[..., GraphBatch]) -> None:
    # 2024/GRC_79_2024.txt
    text = (
        "In June, at the Summit on Peace in Ukraine, Greece stood shoulder to shoulder with many other UN member "
        "states, calling for a just and lasting peace in Ukraine, in full respect of Ukraine’s independence, "
        "sovereignty and territorial integrity within its internationally recognized borders."
    )
    claims = {(c.type.value, c.target) for c in speech_positions(read, text, "state:GRC", 2024)}
    assert ("OPPOSES", "issue:ukraine-crisis") in claims
    assert ("SUPPORTS", "issue:international-peace-and-security") not in claims
    # 2017/HUN_72_2017.txt: a place whose conflict the taxonomy names by its settlement
    text = "It is necessary to create peace in Libya and ensure stability there for the future."
    claims = {(c.type.value, c.target) for c in speech_positions(read, text, "state:HUN", 2017)}
    assert ("SUPPORTS", "issue:libya-settlement") in claims


# -- a broad word gives way to the field a modifier or complement names ----------------------------------


@pytest.mark.parametrize(
    ("phrase", "node"),
    [
        # 2021/BRN_76_2021.txt: "global cooperation" only once "developmental" is left out; development's
        ("global developmental cooperation", "issue:development-and-finance"),
        # 2020/ISL_75_2020.txt: the agent ("by <State>") before the "of" object of the violation
        ("persistent unlawful violation by Russia of the sovereignty", "issue:violations-of-sovereignty"),
        # 2023/EGY_78_2023.txt: the partners ("with <partners>") before the matter of the cooperation, a harm
        # whose topic's good the cooperation serves
        ("cooperation with development partners for debt exchange", "issue:development-and-finance"),
        # 2019/LAO_74_2019.txt: a means of financing development (A/RES/69/313 para. 48, SDG 17.17)
        ("public-private partnerships", "issue:development-financing"),
        # 2024/ERI_79_2024.txt: a one-pole order is hegemony, not the international order
        ("reckless policies of the Uni-polar world order", "issue:hegemonism"),
    ],
)
def test_a_broad_word_gives_way_to_the_field_named(phrase: str, node: str) -> None:
    assert placed_ref(phrase)[0] == node


# -- an undertaking against a harm is a stance against the harm --------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "node", "countered"),
    [
        # 2023/BHR_78_2023.txt "international initiatives in the field of climate change"
        ("international initiatives in the field of climate change", "issue:climate-change", True),
        # 2019/KIR_74_2019.txt: a condition classifying a policy
        ("climate change policy", "issue:climate-change", True),
        # 2020/ZWE_75_2020.txt
        ("measures to battle the COVID-19 pandemic", "issue:covid-19-pandemic", True),
        # not an act someone conducts: 2023/CHN_78_2023.txt "new coal-fired power projects" stay the harm
        ("new coal-fired power projects", "issue:environmental-degradation", False),
    ],
)
def test_an_undertaking_against_a_condition_counters_it(phrase: str, node: str, countered: bool) -> None:
    ref = canonical_issue(phrase, head_word(phrase))
    assert (placed_ref(phrase)[0], ref.countered) == (node, countered)


def test_resolving_a_harm_serves_its_topics_good() -> None:
    # 2023/PAK_78_2023.txt "the resolution of the debt problems of the 59 countries in debt distress"
    phrase = "resolution of the debt problems of the 59 countries in debt distress"
    assert placed_ref(phrase)[0] == "issue:development-and-finance"


# -- a phrase listing things of one topic lands on the topic -----------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "node"),
    [
        # 2019/ARG_74_2019.txt: two crimes of one topic, the topic above both
        ("drug trafficking and money-laundering", "issue:transnational-crime"),
        # 2018/MNE_73_2018.txt
        ("crime and corruption", "issue:transnational-crime"),
        # 2019/BHR_74_2019.txt
        ("extremism and terrorism", "issue:terrorism"),
        # 2019/CUB_74_2019.txt: a complement after the last thing is shared: both are international law's
        ("norms and principles of international law", "issue:international-law"),
        # 2024/LKA_79_2024.txt: modifiers of one head list nothing
        ("present environmental and geopolitical aspects relating to the oceans", "issue:oceans"),
        # 2023/BRN_78_2023.txt: one place's named situations keep their node, not the topic of all conflicts
        ("rights and dignity of the Palestinian people", "issue:question-of-palestine"),
    ],
)
def test_a_list_of_one_topics_things_lands_on_the_topic(phrase: str, node: str) -> None:
    assert placed_ref(phrase)[0] == node
