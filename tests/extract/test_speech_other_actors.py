"""Position claims a General Debate speech makes for another actor (issue 12, fifth round: another
actor's stance, reported, described or expected by the speaker, judged wrong): a speech states the
positions of its state and its speaker; what it says another actor sought, supported or must do is
the speaker's report or expectation, not a position the text vouches for as the other's. Each on
its real sentence from ../shared/corpora/ungdc-2015-2024 (the speech's file named above it), read
through the real pipeline as the speech of its state."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.graph.models import GraphBatch

from .test_speech_precision import speech

pytestmark = pytest.mark.nlp


def _holders(read: Callable[..., GraphBatch], text: str, state: str, year: int) -> set[str]:
    return {source for _rel, source, _target in speech(read, text, state, year)}


def test_a_stance_the_speech_reports_of_another_actor_is_not_its_claim(read: Callable[..., GraphBatch]) -> None:
    # 2018/ISR_73_2018.txt: what the United Nations supported 70 years ago, told by the speaker
    text = (
        "That right was recognized nearly a century ago by the League of Nations, and more than 70 years ago "
        "by the United Nations when it supported the establishment of a Jewish State."
    )
    assert "org:un" not in _holders(read, text, "state:ISR", 2018)
    # 2022/USA_77_2022.txt: what the speaker accuses another state of seeking
    text = "But no one threatened Russia, and no one other than Russia sought conflict."
    assert "state:RUS" not in _holders(read, text, "state:USA", 2022)
    # 2015/PHL_70_2015.txt: what an organisation does, described
    text = (
        "APEC, both as a process and a platform, continues to positively contribute to the region’s economic "
        "environment by promoting legal certainty for trade and investment."
    )
    assert "org:apec" not in _holders(read, text, "state:PHL", 2015)


def test_an_actor_named_beside_the_speaking_state_keeps_the_joint_stance(read: Callable[..., GraphBatch]) -> None:
    # 2018/DEU_73_2018.txt
    holders = _holders(read, "Germany and the European Union stand by the Paris Agreement.", "state:DEU", 2018)
    assert {"state:DEU", "org:eu"} <= holders


def test_what_the_speaker_expects_another_to_do_is_the_speakers_own_stance(read: Callable[..., GraphBatch]) -> None:
    # 2024/PAK_79_2024.txt (FrameNet Expectation): the Government is expected to respect human rights
    text = (
        "At the same time, we expect the Afghan Interim Government to respect human rights, especially those "
        "of women and girls, and to promote political inclusion."
    )
    claims = speech(read, text, "state:PAK", 2024)
    assert ("SUPPORTS", "state:PAK", "human rights") in claims
    assert not any(source == "state:AFG" for _rel, source, _target in claims)
    # 2015/KWT_70_2015.txt (FrameNet Desiring; the tagger lemmatises "hopes" as "hop")
    text = (
        "The State of Kuwait hopes that the Islamic Republic of Iran will continue to cooperate and fully "
        "implement the Joint Comprehensive Plan of Action and adhere to its responsibilities under the Treaty on "
        "the Non-Proliferation of Nuclear Weapons (NPT) and the relevant Security Council resolutions."
    )
    claims = speech(read, text, "state:KWT", 2015)
    assert ("SUPPORTS", "state:KWT", "Joint Comprehensive Plan of Action") in claims
    assert not any(source == "state:IRN" for _rel, source, _target in claims)


def test_an_officer_of_the_speaking_state_holds_its_stance(read: Callable[..., GraphBatch]) -> None:
    # 2019/BDI_74_2019.txt: the President, named by an apposition, launched it
    text = (
        "In order to preserve the hard-won peace, on 10 September His Excellency Pierre Nkurunziza, President of "
        "the Republic of Burundi, launched the thirteenth peace caravan, which travelled through the country’s 18 "
        "provinces, supporting at every stage the citizen-led community development projects in the areas visited."
    )
    assert "person:pierre-nkurunziza" in _holders(read, text, "state:BDI", 2019)
