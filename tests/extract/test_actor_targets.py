"""Speech position claims whose target was an actor that the sentence does not take a stance on
(issue 12, actor targets): a plan's or measure's capitalised name made an organisation or a person,
the harm a body's name counters read as the object of a stance on the body's work, and the
speaker's own state as the object of the support the speaker asks of others. Each on its real
sentence from ../shared/corpora/ungdc-2015-2024, read as the speech of its state.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.graph.models import GraphBatch

from .conftest import speech_positions

pytestmark = pytest.mark.nlp


def speech(
    read: Callable[..., GraphBatch], text: str, state: str, year: int, speaker: str | None = None
) -> set[tuple[str, str, str]]:
    return {
        (c.type.value, c.source, c.attrs.get("target_text") or c.target)
        for c in speech_positions(read, text, state, year, speaker)
    }


def test_a_measure_or_plan_named_in_capitals_is_no_actor(read: Callable[..., GraphBatch]) -> None:
    # 2024/KHM_79_2024.txt: the model types the measures' name as an organisation
    claims = speech_positions(read, "A final point: Cambodia opposes Unilateral Coercive Measures.", "state:KHM", 2024)
    assert {(c.type.value, c.target) for c in claims} == {("OPPOSES", "issue:unilateral-sanctions")}
    # 2023/GRD_78_2023.txt: an initiative's name typed as a person
    text = (
        "We have implemented the Spotlight Initiative, which aims to end violence against women and girls and "
        "which highlights the all-of-society approach required to advance the attainment of this very important "
        "SDG 5."
    )
    targets = {c.target for c in speech_positions(read, text, "state:GRD", 2023)}
    assert not any(t.startswith(("person:", "org:")) for t in targets)
    assert ("SUPPORTS", "state:GRD", "Spotlight Initiative") in speech(read, text, "state:GRD", 2023)
    # 2021/BLZ_76_2021.txt: a report's title typed as a person
    text = (
        "Belize supports the Secretary-General’s thoughtful and forward-looking report, Our Common Agenda, which "
        "sets out a concise plan of action to accelerate the implementation of our agreed goals, including the "
        "2030 Agenda for Sustainable Development."
    )
    targets = {c.target for c in speech_positions(read, text, "state:BLZ", 2021)}
    assert "person:common-agenda" not in targets


def test_the_harm_a_body_is_named_for_is_no_object_of_a_stance_on_its_work(read: Callable[..., GraphBatch]) -> None:
    # 2015/FIN_70_2015.txt: the parser hangs "to Counter ISIL" on "committed"
    text = "Finland also remains committed to the work of the Global Coalition to Counter ISIL."
    claims = speech_positions(read, text, "state:FIN", 2015)
    assert not any(c.target == "org:isis" and c.type.value == "SUPPORTS" for c in claims)
    assert ("SUPPORTS", "state:FIN", "work of the Global Coalition") in speech(read, text, "state:FIN", 2015)


def test_the_support_a_speaker_asks_for_its_own_state_is_no_stance(read: Callable[..., GraphBatch]) -> None:
    # 2022/VUT_77_2022.txt
    text = (
        "As is clear, we are leaving no stone unturned as we seek solutions to the climate crisis, and I "
        "particularly call on Member States to support Vanuatu and our global coalition as we bring an "
        "International Court of Justice climate change draft resolution before the General Assembly this session."
    )
    claims = speech_positions(read, text, "state:VUT", 2022, "Nikenike Vurobaravu")
    assert not any(c.target == "state:VUT" for c in claims)
    assert ("OPPOSES", "issue:climate-change") in {(c.type.value, c.target) for c in claims}


def test_a_stance_between_the_speaker_and_its_own_state_is_none(read: Callable[..., GraphBatch]) -> None:
    # 2022/KGZ_77_2022.txt: what the speaking state's people said of the speaker's decision
    text = (
        "Although my decision to meet with the President of the Republic of Tajikistan in Dushanbe was heavily "
        "criticized by the Kyrgyz people —who demanded that we meet at a neutral location — I flew to Dushanbe "
        "and met with President Rahmon in June 2021 to try and find mutually beneficial solutions to the border "
        "issues."
    )
    claims = speech_positions(read, text, "state:KGZ", 2022, "Sadyr Japarov")
    assert not any(c.target == "person:sadyr-japarov" for c in claims)


def test_the_organization_of_a_speech_is_the_united_nations(read: Callable[..., GraphBatch]) -> None:
    # 2021/STP_76_2021.txt: the last body named before "the Organization" is the climate convention's
    text = (
        "We therefore commend the United Nations for its leadership role in combating climate change and call on "
        "everyone to show greater commitment to that common cause, which, like the COVID-19 pandemic, is of "
        "concern to all countries, without exception. It is evident that "
        "global efforts must continue under the auspices of the United Nations Framework Convention on Climate "
        "Change. We must all share that responsibility, as it is incumbent upon all of us to safeguard the "
        "greatest good — the life of both our own and future generations. We deeply believe in the Organization "
        "as the forum to address our causes — an entity whose role is to establish the foundation on which to "
        "structure and systematically address our shared challenges and to lead the harmonization of our world "
        "vis-a-vis cultural differences, Government models and systems and economic choices."
    )
    claims = speech_positions(read, text, "state:STP", 2021)
    assert ("SUPPORTS", "org:un") in {(c.type.value, c.target) for c in claims}
    assert "org:unfccc" not in {c.target for c in claims}


def test_a_name_of_common_words_headed_by_a_place_or_system_is_no_person(read: Callable[..., GraphBatch]) -> None:
    # 2021/JOR_76_2021.txt: holy sites typed as a person
    text = (
        "For our part, Jordan will continue working to preserve the historic and legal status quo of "
        "Jerusalem and its Islamic and Christian Holy Sites, under Hashemite Custodianship."
    )
    assert not any(c.target.startswith("person:") for c in speech_positions(read, text, "state:JOR", 2021))
    # 2024/PAK_79_2024.txt: a proposed arms-control regime typed as a person
    text = "India has rejected Pakistan’s proposals for a **mutual Strategic Restraint Regime**."
    assert not any(c.target.startswith("person:") for c in speech_positions(read, text, "state:PAK", 2024))
    # 2023/BOL_78_2023.txt: no person node made of "Mother Earth"
    text = (
        "According to experts, due to the prevailing system, we have exceeded six of the nine planetary "
        "limits within which humanity and Mother Earth as a whole can continue to develop and prosper."
    )
    assert not any(n.id.startswith("person:") for n in read(text, published="2023-09", on_behalf_of="state:BOL").nodes)


def test_states_particularized_after_a_countered_group_are_members_not_targets(
    read: Callable[..., GraphBatch],
) -> None:
    # 2015/ITA_70_2015.txt: the states named "in particular" are the coalition's members
    text = (
        "We will continue working with the global coalition to counter ISIL, in particular the United States "
        "and Saudi Arabia, and will maintain our leadership role in the working group to counter financing for Daesh."
    )
    targets = {c.target for c in speech_positions(read, text, "state:ITA", 2015)}
    assert "org:isis" in targets
    assert not targets & {"state:USA", "state:SAU"}


def test_an_indefinite_regime_in_a_capital_is_no_government_of_its_state(read: Callable[..., GraphBatch]) -> None:
    # 2015/BLZ_70_2015.txt: the climate regime to be agreed at the conference city
    text = (
        "We also commit to pushing for a robust and ambitious regime in Paris that will have all of us working "
        "in lockstep to stabilize greenhouse gas emissions and safeguard the planet and the sustainable "
        "development of our people."
    )
    assert "state:FRA" not in {c.target for c in speech_positions(read, text, "state:BLZ", 2015)}


def test_a_name_headed_by_a_geographic_feature_is_no_person(read: Callable[..., GraphBatch]) -> None:
    # 2023/HUN_78_2023.txt: a basin typed as a person
    text = (
        "1,000 years of turbulent history in the heart of Europe — in the draughty Carpathian Basin — with wars, "
        "oppression and occupation, revolutions and wars of independence."
    )
    assert not any(n.id.startswith("person:") for n in read(text, published="2023-09", on_behalf_of="state:HUN").nodes)


def test_actors_a_classifier_describes_are_no_issue(read: Callable[..., GraphBatch]) -> None:
    # 2023/TTO_78_2023.txt: "democratic" classifies the states, it is no stance on democracy
    text = (
        "We acknowledge and appreciate the recent and ongoing support of the United States in joining with "
        "Trinidad and Tobago and CARICOM more generally in confronting that metastasizing scourge, which is not "
        "only disturbing our safety but threatening our sense of security and even our democratic States themselves."
    )
    assert "even our democratic States" not in {t for _, _, t in speech(read, text, "state:TTO", 2023)}
    # 2019/KEN_74_2019.txt: the membership to be persuaded is no proposal on the United Nations' role
    text = (
        "We therefore hope that our experience, competencies and unrelenting quest for peace and prosperity in our "
        "neighbourhood, on our continent and in the wider world will persuade the entire United Nations membership "
        "to support the African Union’s candidate for a non-permanent seat on the Security Council during the "
        "elections scheduled for June 2020."
    )
    assert "entire United Nations membership" not in {t for _, _, t in speech(read, text, "state:KEN", 2019)}


def test_a_figure_of_speech_is_no_issue(read: Callable[..., GraphBatch]) -> None:
    # 2018/BEL_73_2018.txt
    text = (
        "We must also reject the trap of deliberate confusion fomented by populists on all sides, whether from the "
        "far left or the far right."
    )
    assert not speech_positions(read, text, "state:BEL", 2018)
    # 2023/VNM_78_2023.txt (the speech quotes its leader)
    text = "We shall build the fort of victory on the foundation of our people’s efforts."
    assert not speech_positions(read, text, "state:VNM", 2023)


def test_support_asked_for_a_group_of_the_speaking_state_is_no_stance(read: Callable[..., GraphBatch]) -> None:
    # 2023/COM_78_2023.txt: Africa, of which the speaking state is a member (the African Union's list)
    text = (
        "However, it is also the duty of the international community to support  Africa in that process, because "
        "our actions must be pooled to have a chance of being effective."
    )
    assert "group:african-countries" not in {c.target for c in speech_positions(read, text, "state:COM", 2023)}
    # 2016/EST_71_2016.txt: the international community holds the speaking state
    text = (
        "When a Government fails to live up to its commitments, when it violates the fundamental norms of civilized "
        "behaviour — let alone the tenets of the United Nations — the international community must act."
    )
    assert "group:international-community" not in {c.target for c in speech_positions(read, text, "state:EST", 2016)}


def test_storms_and_places_typed_as_persons_make_no_person(read: Callable[..., GraphBatch]) -> None:
    def persons(text: str, state: str, year: int) -> list[str]:
        return [
            n.id for n in read(text, published=f"{year}-09", on_behalf_of=state).nodes if n.id.startswith("person:")
        ]

    # 2017/BLZ_72_2017.txt
    text = (
        "Hurricanes Irma and Maria have exposed the acute humanitarian challenge and the equally acute development "
        "challenge that SIDS face."
    )
    assert not persons(text, "state:BLZ", 2017)
    # 2019/GHA_74_2019.txt
    text = (
        "The devastation wreaked by Cyclone Idai, Hurricane Dorian and the extreme summer temperatures across Europe "
        "surely provides the evidence, if any were still needed, that it is time to take action to bring our world "
        "back from the precipice."
    )
    assert not persons(text, "state:GHA", 2019)
    # 2016/BDI_71_2016.txt
    text = (
        "Three communities live in our beautiful land, bordered on the west by majestic Lake Tanganyika, the "
        "world’s second deepest, and by two other countries to the north and east."
    )
    assert not persons(text, "state:BDI", 2016)
