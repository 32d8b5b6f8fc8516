"""Position claims of General Debate speeches judged wrong by hand (issue 12), each on its real
sentence from ../shared/corpora/ungdc-2015-2024 (the speech's file named above each), read through
the real pipeline as the speech of its state.

The classes: a clause's remainder or a name cut in the middle read as a target; the actor of what
another is said to need or to be for read as a stance-holder; a call to remove X read as a
proposal of X; an operation launched read as a proposal; a place named in a conference's name
read as that state's situation; an unnamed resolution, a place one occupies, a fact one notes.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.graph.models import GraphBatch

pytestmark = pytest.mark.nlp

POSITIONS = {"SUPPORTS", "OPPOSES", "CONDEMNS", "PROPOSES", "ABSTAINS"}


def positions(batch: GraphBatch) -> set[tuple[str, str, str, str | None]]:
    """(relation, source, target, target_text) of the batch's position claims."""
    return {
        (c.type.value, c.source, c.target, c.attrs.get("target_text"))
        for c in batch.claims
        if c.type.value in POSITIONS
    }


def speech(read: Callable[..., GraphBatch], text: str, state: str, year: int, speaker: str | None = None):
    return positions(read(text, published=f"{year}-09", on_behalf_of=state, speaker=speaker))


def test_a_clause_remainder_is_no_target(read: Callable[..., GraphBatch]) -> None:
    # HND_75_2020: the Goals are the subject of the passive, "agreed upon ... be revised" its remainder
    text = (
        "In view of what is happening today, it is imperative that the Sustainable Development Goals agreed "
        "upon in 2015 be revised, updated and reconsidered in line with the new reality we are experiencing today."
    )
    assert speech(read, text, "state:HND", 2020) == set()
    # VUT_76_2021: what the process is hoped to do is a finite clause, not an act named
    text = (
        "Recognizing the incomplete process for the decolonization of Vanuatu, we hope that the UN-led process "
        "draws a clear pathway to achieve peaceful settlement of these disputed islands."
    )
    assert not {p for p in speech(read, text, "state:VUT", 2021) if p[3] and p[3].startswith("draws")}


def test_a_name_cut_inside_a_noun_compound_is_no_target(read: Callable[..., GraphBatch]) -> None:
    # BIH_71_2016: the parser took "United Nations" for the object and "peacebuilding" for a verb
    text = (
        "We recognize the value of introducing United Nations peacebuilding efforts at an early stage, "
        "alongside peacekeeping activities."
    )
    assert speech(read, text, "state:BIH", 2016) == set()
    # a gerund that is a preposition ("including forests") ends a name where it should (wh-briefings,
    # 2021-05-21 fact sheet on the United States-Republic of Korea partnership)
    text = (
        "The United States and the ROK will collaborate and exchange information on nature-based solutions, to "
        "conserve and enhance natural carbon sinks including forests, oceans and coastal ecosystems, recognizing "
        "their role in combatting the climate crisis."
    )
    found = positions(read(text, published="2021-05-21"))
    assert {(p[0], p[1], p[3]) for p in found if p[3] == "natural carbon sinks"} == {
        ("SUPPORTS", "state:USA", "natural carbon sinks"),
        ("SUPPORTS", "state:KOR", "natural carbon sinks"),
    }


def test_a_conference_placed_in_a_city_is_not_the_situation_there(read: Callable[..., GraphBatch]) -> None:
    # LUX_79_2024
    found = speech(read, "The COP in Baku will be crucial.", "state:LUX", 2024)
    assert found
    assert not {p for p in found if "situation" in p[2]}


def test_a_noun_taken_for_the_root_of_a_misparsed_clause_is_no_target(read: Callable[..., GraphBatch]) -> None:
    # BRA_75_2020: "criminal" coordinated with "respected" made "acts" the root; the sentence is
    # no opposition to anything
    text = (
        "Accordingly, environmental protection rules must be respected and criminal acts investigated in a "
        "timely fashion, so as to ensure that criminal offenses such as that perpetrated against Brazil will "
        "not affect other countries."
    )
    assert {p[0] for p in speech(read, text, "state:BRA", 2020)} == {"SUPPORTS"}


def test_a_call_to_remove_a_thing_opposes_it(read: Callable[..., GraphBatch]) -> None:
    # TLS_71_2016
    text = (
        "To that end, and in order to promote development and the resulting improvement in the living "
        "conditions of its people, we appeal to the United States of America to urgently remove its trade, "
        "financial, and economic embargoes against the Republic of Cuba."
    )
    found = speech(read, text, "state:TLS", 2016)
    assert {(p[0], p[1], p[3]) for p in found} == {
        ("OPPOSES", "state:TLS", "trade, financial, and economic embargoes against the Republic of Cuba")
    }
    # AZE_79_2024 (the sentence runs over a blank line in the file)
    text = (
        "We call on everyone to transcend political divergences, stand in unity, and respect the Truce during "
        "the month of COP29."
    )
    found = speech(read, text, "state:AZE", 2024)
    assert {(p[0], p[3]) for p in found} == {("OPPOSES", "political divergences")}


def test_an_operation_initiated_is_no_proposal(read: Callable[..., GraphBatch]) -> None:
    # SOM_73_2018
    text = (
        "We have initiated a new round of operations that have successfully opened up road networks and supply "
        "routes and thereby have liberated towns and villages from occupation by Al-Shabaab terrorists."
    )
    assert not {p for p in speech(read, text, "state:SOM", 2018) if p[0] == "PROPOSES"}


def test_what_another_is_said_to_need_or_to_be_for_is_not_its_stance(read: Callable[..., GraphBatch]) -> None:
    # COG_70_2015: the United Nations is said to need this, not to respect it
    text = (
        "We firmly believe that the United Nations vitally needs greater transparency, justice, equality and "
        "internal democracy, while strictly respecting the sovereign equality the dignity of each State."
    )
    assert not {p for p in speech(read, text, "state:COG", 2015) if p[1] == "org:un"}
    # SGP_71_2016: "agencies such as the UNDP to support ...": the programme works with them to support
    text = (
        "Last year, in a statement made at the United Nations Summit for the adoption of the post-2015 "
        "development agenda, we launched from this rostrum a new sustainable development programme through "
        "which we are working with such United Nations agencies as the United Nations Development Programme, "
        "UN-Water and UN-Habitat to support fellow developing countries in implementing the 2030 Agenda for "
        "Sustainable Development."
    )
    assert not {p for p in speech(read, text, "state:SGP", 2016) if p[1].startswith("org:")}


def test_who_is_thanked_for_a_deed_did_it(read: Callable[..., GraphBatch]) -> None:
    # IRQ_70_2015
    text = (
        "In conclusion, I thank the United Nations and other international organizations for supporting Iraq’s "
        "efforts to achieve development, and salute the efforts of international organizations and all other "
        "world leaders and their representatives."
    )
    found = speech(read, text, "state:IRQ", 2015, speaker="Haider Al Abadi")
    # not the thanking speaker's deed; and the deed the speech credits another with is the speaker's
    # report of it, no position of that other's (tests/extract/test_speech_other_actors.py)
    assert not {p for p in found if "development" in (p[3] or "")}
    # IRN_75_2020: an accusation reports what another says was done, and the speaker denies it
    text = (
        "They accuse us — without any foundation — of trying to build nuclear weapons, and they impose sanctions "
        "on others under the pretext of nuclear proliferation."
    )
    assert not {p for p in speech(read, text, "state:IRN", 2020) if p[0] == "SUPPORTS"}


def test_an_unnamed_resolution_a_place_occupied_and_a_fact_noted_are_no_stances(
    read: Callable[..., GraphBatch],
) -> None:
    # ERI_70_2015: "several Security Council resolutions" names none
    text = (
        "The United Nations and its Security Council continue to countenance the illegal occupation of our "
        "sovereign territory in violation of international law and several Security Council resolutions."
    )
    assert not {p for p in speech(read, text, "state:ERI", 2015) if p[2].startswith("resolution:")}
    # CHE_73_2018
    assert (
        speech(read, "Culture must therefore occupy a central place in development policies.", "state:CHE", 2018)
        == set()
    )
    # COD_77_2022
    text = (
        "In that regard, it is important to note that the Democratic Republic of the Congo is among the primary "
        "producers of essential strategic minerals for the energy transition and the decarbonization of the "
        "transport sector."
    )
    assert speech(read, text, "state:COD", 2022) == set()


def test_a_branch_of_law_named_criminal_is_not_judged(read: Callable[..., GraphBatch]) -> None:
    # LIE_75_2020
    text = "The international criminal justice project, with the ICC at its heart, has been remarkably successful."
    assert not {p for p in speech(read, text, "state:LIE", 2020) if p[0] == "OPPOSES"}


def test_what_one_has_not_succeeded_in_doing_is_no_stance(read: Callable[..., GraphBatch]) -> None:
    # QAT_70_2015
    text = (
        "The international community is failing to find even a less than fair settlement; it has not even "
        "succeeded in achieving the reconstruction of the Gaza Strip in the aftermath of the aggression, even "
        "though an international conference based on a Norwegian initiative was convened specifically for this "
        "purpose."
    )
    assert not {p for p in speech(read, text, "state:QAT", 2015) if p[3] == "reconstruction of the Gaza Strip"}


def test_what_erodes_harms_nothing(read: Callable[..., GraphBatch]) -> None:
    # CAN_72_2017: "erode" without an object says what suffers, not what harms
    text = "In Canada’s western Arctic, the permafrost is melting and huge pieces of tundra are eroding into the ocean."
    assert speech(read, text, "state:CAN", 2017) == set()
    # BWA_74_2019: what threatens to do harm still harms
    text = "The scourge of terrorism threatens to reverse hard-earned peace and security gains."
    assert {(p[0], p[3]) for p in speech(read, text, "state:BWA", 2019)} == {("OPPOSES", "scourge of terrorism")}


def test_refusing_to_abandon_a_thing_stands_by_it(read: Callable[..., GraphBatch]) -> None:
    # MLT_79_2024
    text = "We will never abandon our commitment to supporting peace processes – no matter how tough those processes may be."
    assert {(p[0], p[1], p[3]) for p in speech(read, text, "state:MLT", 2024)} == {
        ("SUPPORTS", "state:MLT", "peace processes")
    }


def test_what_is_acknowledged_or_welcomed_as_guests_is_no_stance(read: Callable[..., GraphBatch]) -> None:
    # USA_70_2015
    text = (
        "America has few economic interests in Ukraine, and we recognize the deep and complex history between "
        "Russia and Ukraine."
    )
    assert speech(read, text, "state:USA", 2015) == set()
    # CAN_72_2017
    text = (
        "Last week in Montreal, we welcomed environment leaders from over 30 countries to participate in a "
        "working meeting."
    )
    assert not {p for p in speech(read, text, "state:CAN", 2017) if p[0] == "SUPPORTS"}


def test_a_demand_for_termination_opposes_the_thing_ended(read: Callable[..., GraphBatch]) -> None:
    # MOZ_72_2017
    text = (
        "Therefore, Mozambique once again associates itself with the overwhelming majority of countries in this "
        "Hall to demand the immediate termination of this unilateral coercive measure."
    )
    assert {(p[0], p[3]) for p in speech(read, text, "state:MOZ", 2017)} == {
        ("OPPOSES", "this unilateral coercive measure")
    }


def test_what_a_thing_does_not_mean_is_not_said(read: Callable[..., GraphBatch]) -> None:
    # PSE_73_2018
    text = "We tell those countries that if they recognize us, it does not mean that we will not pursue negotiations."
    assert speech(read, text, "state:PSE", 2018) == set()


def test_a_harm_named_inside_what_counters_it_is_opposed(read: Callable[..., GraphBatch]) -> None:
    # BWA_78_2023: discussions on pandemic prevention are against pandemics; SUPPORTS the pandemic
    # was the misreading
    text = "It is therefore imperative that we wholeheartedly embrace the ongoing discussions regarding pandemic prevention."
    found = {(rel, target) for rel, _, target, _ in speech(read, text, "state:BWA", 2023)}
    assert ("SUPPORTS", "issue:covid-19-pandemic") not in found
    assert ("OPPOSES", "issue:covid-19-pandemic") in found


def test_a_harm_named_inside_a_phrase_that_counters_it_turns_the_stance() -> None:
    # target phrases of General Debate speeches (the corpus's position claims' target_text)
    from diplograph.extract.issues import canonical_issue

    countered = [
        "international efforts aimed at fighting terrorism",
        "resilience against future pandemics",
        "mobilization of the United Nations and the world in the fight against the pandemic and its devastating effects",
        "justice for terrorism victims",
        "ongoing discussions regarding pandemic prevention",
    ]
    named = [
        "COVID-19 pandemic and other challenges",
        "forms and manifestations of terrorism",
        "terrorism against civilians",
    ]
    assert all(canonical_issue(p).countered for p in countered)
    assert not any(canonical_issue(p).countered or canonical_issue(p).opposite for p in named)
