"""Position claims of General Debate speeches whose target is a verb phrase acting on nothing named
(issue 12, third round: a fragment as the target), each on its real sentence from
../shared/corpora/ungdc-2015-2024 (the speech's file named above each), read through the real
pipeline as the speech of its state. The verb is a light or general act; its object is a pronoun,
the pro-form "one", a phrase pointing back, or a generic, vague or unnamed noun: the phrase names no
issue. A verb phrase whose object, complement or own words name something keeps its claim."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.graph.models import GraphBatch

from .test_speech_precision import speech

pytestmark = pytest.mark.nlp


def _targets(read: Callable[..., GraphBatch], text: str, state: str, year: int) -> set[str]:
    return {target for _rel, _src, target in speech(read, text, state, year)}


def test_an_act_on_an_utterance_or_an_unnamed_plan_names_nothing(read: Callable[..., GraphBatch]) -> None:
    # 2024/ARE_79_2024.txt: "our repeated calls" (an utterance)
    text = (
        "We will continue to urge Iran to respond to our repeated calls to resolve this issue either through "
        "direct negotiations, or resort to the International Court of Justice."
    )
    assert "respond to our repeated calls" not in _targets(read, text, "state:ARE", 2024)
    # 2018/SYR_73_2018.txt: "any initiative" (a plan the phrase does not name)
    text = (
        "Based on those constant principles, we have expressed time and again our readiness to respond to any "
        "initiative that could help Syrians to end the crisis."
    )
    assert "respond to any initiative" not in _targets(read, text, "state:SYR", 2018)
    # 2020/BLZ_75_2020.txt: "their best plans"
    text = (
        "Belize urges the United Kingdom as the incoming President of the twenty-sixth climate change conference, "
        "the European Union, and the United States of America to put their best plans forward before we close "
        "out the year."
    )
    assert "put their best plans forward" not in _targets(read, text, "state:BLZ", 2020)
    # 2018/TZA_73_2018.txt: "the process" (named before: the Council's reform)
    text = (
        "After many years of almost stalemated negotiations on Security Council reforms, it is necessary to move "
        "the process forward, but in a manner that will preserve the interests and positions of all parties "
        "concerned in a transparent consultative manner."
    )
    assert "move the process forward" not in _targets(read, text, "state:TZA", 2018)
    # kept: a complement, not an object, says what is become
    # 2024/PRY_79_2024.txt
    text = (
        "With a clear vision, we are committed to becoming the region’s logistical hub through two key projects: "
        "the **Paraguay–Paraná Waterway** and the **South American Bioceanic Road Corridor**."
    )
    assert "becoming the regions logistical hub through two key projects" in _targets(read, text, "state:PRY", 2024)


def test_an_act_on_a_vague_or_degree_noun_names_nothing(read: Callable[..., GraphBatch]) -> None:
    # 2023/TON_78_2023.txt: "their utmost" (a degree); the purpose clause keeps its own claim
    text = (
        "We urge all Member States to do their utmost to keep emissions below 1.5 C and strongly encourage the "
        "completion of the first global stocktaking."
    )
    assert "do their utmost" not in _targets(read, text, "state:TON", 2023)
    # 2016/BDI_71_2016.txt: "the gap" (the gap left by the cuts is read on its own)
    text = (
        "As a troop-contributing country, Burundi urges the United Nations to fill the gap left by the cuts in "
        "the European Union’s budget for AMISOM."
    )
    assert "fill the gap" not in _targets(read, text, "state:BDI", 2016)
    # kept: an object that names something, a gerund with a determiner
    # 2019/CMR_74_2019.txt: "the flourishing of peoples" (a gerund with a determiner is a noun)
    text = (
        "Terrorism, drug trafficking, transnational organized crime, including general banditry, and illicit "
        "trafficking of arms of all kinds appear to be spreading and are threatening the peace and stability of "
        "States and the flourishing of peoples."
    )
    assert "flourishing of peoples" in _targets(read, text, "state:CMR", 2019)
    # 2022/UKR_77_2022.txt: "the prices" name what is capped
    text = "It is necessary to cap the prices at which Russia exports its energy re-sources."
    assert "cap the prices" in _targets(read, text, "state:UKR", 2022)
    # 2016/BDI_71_2016.txt: the gap named by what left it stays
    text = (
        "As a troop-contributing country, Burundi urges the United Nations to fill the gap left by the cuts in "
        "the European Union’s budget for AMISOM."
    )
    assert "gap left by the cuts in the European Unions budget for AMISOM" in _targets(read, text, "state:BDI", 2016)
