"""Position claims whose stance came out reversed (issue 12, the direction errors of the s16 judged
samples), each on its real sentence from ../shared/corpora/ungdc-2015-2024 (the speech's file named
above each), read through the real pipeline as the speech of its state.

The classes: a harm named in the name of a body set up to counter it; a good's breach named by a
head of harm over it ("the suffering of X") or of hoarding or misuse under it ("X nationalism"), and
a use an adjective of unlawfulness makes a misuse; a victory over a harm; "the fighting" (combat)
read as the verb that counters what follows.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.graph.models import GraphBatch

from .conftest import speech_positions

pytestmark = pytest.mark.nlp


def stances(read: Callable[..., GraphBatch], text: str, state: str, year: int) -> set[tuple[str, str]]:
    """(relation, target node) of the sentence's position claims, read as the speech of ``state``."""
    return {(c.type.value, c.target) for c in speech_positions(read, text, state, year) if c.type.value != "ABSTAINS"}


# -- a harm in the name of a body that counters it ------------------------------------------------


def test_a_harm_named_in_a_bodys_name_is_countered(read: Callable[..., GraphBatch]) -> None:
    # 2016/TON_71_2016.txt
    text = (
        "We support the regional initiatives of the United Nations Office on Drugs and Crime to combat the "
        "trafficking in drugs and precursors, among other things, and organized crime in the Pacific."
    )
    claims = stances(read, text, "state:TON", 2016)
    assert ("OPPOSES", "issue:drug-trafficking") in claims
    assert ("SUPPORTS", "issue:drug-trafficking") not in claims
    # 2017/SWE_72_2017.txt: the commission on the crisis's region is there to resolve it
    claims = stances(
        read, "Sweden supports the recommendations of the Advisory Commission on Rakhine State.", "state:SWE", 2017
    )
    assert claims == {("OPPOSES", "issue:rohingya")}


def test_a_body_named_for_a_good_or_against_a_breach_keeps_its_stance(read: Callable[..., GraphBatch]) -> None:
    # 2017/ESP_72_2017.txt (kept): a commission against impunity is for accountability
    text = (
        "Spain supports the difficult but necessary work of the International Commission against Impunity in "
        "Guatemala (CICIG) to strengthen the rule of law in the country."
    )
    claims = stances(read, text, "state:ESP", 2017)
    assert ("SUPPORTS", "issue:accountability") in claims
    assert ("SUPPORTS", "issue:rule-of-law") in claims


# -- a good's breach named by its head -----------------------------------------------------------


def test_relieving_the_suffering_of_a_group_upholds_it(read: Callable[..., GraphBatch]) -> None:
    # 2017/TCD_72_2017.txt
    text = (
        "While we recognize the sustained support of all our partners for the humanitarian problem in Chad, we "
        "call on the international community to make greater efforts to alleviate the suffering of the host "
        "populations, refugees and displaced persons."
    )
    claims = stances(read, text, "state:TCD", 2017)
    assert ("SUPPORTS", "issue:refugees") in claims
    assert ("OPPOSES", "issue:refugees") not in claims


def test_the_plight_of_a_harms_victims_is_still_against_the_harm(read: Callable[..., GraphBatch]) -> None:
    # 2018/GMB_73_2018.txt (kept): highlighting the plight of rural women is for their rights
    text = (
        "My delegation looks forward to a successful seventy-third session, and we hope that the President’s "
        "election will strengthen efforts aimed at highlighting the plight of rural women and girls."
    )
    assert ("PROPOSES", "issue:rights-of-women") in stances(read, text, "state:GMB", 2018)


def test_a_goods_nationalism_is_its_breach(read: Callable[..., GraphBatch]) -> None:
    # 2021/MWI_76_2021.txt
    claims = stances(read, "This form of vaccine nationalism is wrong.", "state:MWI", 2021)
    assert claims == {("SUPPORTS", "issue:vaccines")}


def test_an_illegal_use_of_a_good_is_no_stance_against_it(read: Callable[..., GraphBatch]) -> None:
    # 2019/CUB_74_2019.txt
    text = (
        "It maintains almost 800 military bases around the world, promotes projects to militarize outer space "
        "and cyberspace and foments the covert and illegal use of information and communication technologies "
        "to attack other States."
    )
    claims = stances(read, text, "state:CUB", 2019)
    assert ("OPPOSES", "issue:cyberspace-governance") not in claims
    assert ("OPPOSES", "issue:science-and-technology") not in claims
    # 2019/BRN_74_2019.txt
    claims = stances(read, "However, we need to prevent the malicious use of these technologies.", "state:BRN", 2019)
    assert ("OPPOSES", "issue:science-and-technology") not in claims


# -- winning over a harm; the fighting ------------------------------------------------------------


def test_success_over_an_armed_group_is_against_it(read: Callable[..., GraphBatch]) -> None:
    # 2018/KEN_73_2018.txt
    text = (
        "We must ensure military success over Al-Shabaab if other  political and economic solutions are to take "
        "firm root."
    )
    claims = stances(read, text, "state:KEN", 2018)
    assert ("SUPPORTS", "issue:isil") not in claims
    assert ("OPPOSES", "issue:isil") in claims


def test_stopping_the_fighting_somewhere_is_against_the_fighting(read: Callable[..., GraphBatch]) -> None:
    # 2015/LBN_70_2015.txt
    text = (
        "Lebanon reiterates its call to the international community, especially all prominent world Powers, to "
        "rise above reluctance and wavering and to stop the fighting on Syrian territory, whose price is the "
        "blood of the Syrians."
    )
    claims = stances(read, text, "state:LBN", 2015)
    assert claims == {("OPPOSES", "issue:situation-in-syria")}


def test_combating_a_harm_still_counters_it(read: Callable[..., GraphBatch]) -> None:
    # 2015/BLZ_70_2015.txt (kept): a gerund with its object counters it
    text = (
        "We are committed to combating terrorism, and we unreservedly condemn the atrocities perpetrated against "
        "women and girls in Nigeria by Boko Haram."
    )
    assert ("OPPOSES", "issue:terrorism") in stances(read, text, "state:BLZ", 2015)


# -- round 9: a harm countered inside a phrase, the matter dealt with, a good in trouble ----------------


def test_a_harm_countered_after_a_contentless_head(read: Callable[..., GraphBatch]) -> None:
    # 2015/BGR_70_2015.txt: "action" and "efforts" name nothing, the harm inside is fought
    claims = stances(
        read,
        "Joint action by the international community in the fight against violent extremism is crucial.",
        "state:BGR",
        2015,
    )
    assert ("OPPOSES", "issue:violent-extremism") in claims
    assert ("SUPPORTS", "issue:violent-extremism") not in claims
    # 2023/SAU_78_2023.txt
    text = "The Kingdom of Saudi Arabia stresses the importance of efforts aimed at the ultimate elimination of nuclear weapons."
    claims = stances(read, text, "state:SAU", 2023)
    assert ("SUPPORTS", "issue:nuclear-weapons") not in claims
    assert ("OPPOSES", "issue:nuclear-weapons") in claims


def test_a_harm_as_the_matter_dealt_with_is_countered(read: Callable[..., GraphBatch]) -> None:
    # 2023/LIE_78_2023.txt (FrameNet Topic: "on", "the question of")
    text = (
        "That is why we have strongly supported the request for an advisory opinion of the International Court "
        "of Justice on the question of climate change."
    )
    claims = stances(read, text, "state:LIE", 2023)
    assert ("SUPPORTS", "issue:climate-change") not in claims
    assert ("OPPOSES", "issue:climate-change") in claims
    # 2015/TTO_70_2015.txt
    text = (
        "Trinidad and Tobago is committed to work with all States to achieve a new legally binding balanced "
        "framework for global cooperation on climate change."
    )
    claims = stances(read, text, "state:TTO", 2015)
    assert ("SUPPORTS", "issue:climate-change") not in claims
    # 2019/SWE_74_2019.txt (kept): "on" before a named situation says where, not what is dealt with
    text = (
        "We must continue to pursue our common goal of complete, verifiable and irreversible denuclearization "
        "and of peace and reconciliation on the Korean peninsula through diplomatic means."
    )
    assert ("OPPOSES", "issue:korean-peninsula-situation") not in stances(read, text, "state:SWE", 2019)


def test_a_good_in_trouble_is_its_breach(read: Callable[..., GraphBatch]) -> None:
    # 2021/MHL_76_2021.txt: tackling development challenges is no stance against development
    text = (
        "Throughout my nation’s young history, we have remained true to the pursuit of an independent and free "
        "democracy which assures basic and individual human rights, even as we tackle steep development challenges."
    )
    claims = stances(read, text, "state:MHL", 2021)
    assert ("OPPOSES", "issue:development-and-finance") not in claims
    assert ("OPPOSES", "issue:economic-crises-and-debt") in claims
    # 2022/WSM_77_2022.txt: a concern about a treaty's shortfalls upholds it
    text = (
        "We are concerned about the serious shortfalls in the implementation of the Treaty on the "
        "Non-Proliferation of Nuclear Weapons, noting that nuclear-weapon States have spent billions of dollars on "
        "modernizing and maintaining their nuclear arsenals rather than on helping the victims of past use and "
        "testing of nuclear weapons and focusing on achieving the Sustainable Development Goals."
    )
    claims = stances(read, text, "state:WSM", 2022)
    assert ("OPPOSES", "issue:nuclear-disarmament") not in claims
    assert ("SUPPORTS", "issue:nuclear-disarmament") in claims


def test_harm_done_to_a_good_is_its_breach(read: Callable[..., GraphBatch]) -> None:
    # 2017/SMR_72_2017.txt (FrameNet Change_position_on_a_scale: diminution)
    text = (
        "We reject any diminution of the role of the United Nations just because a universal agreement on the "
        "reforms needed to improve its functioning cannot be found."
    )
    claims = stances(read, text, "state:SMR", 2017)
    assert ("OPPOSES", "issue:central-role-of-the-un") not in claims
    assert ("SUPPORTS", "issue:central-role-of-the-un") in claims
    # 2023/LTU_78_2023.txt (FrameNet Quitting: withdrawal)
    text = (
        "Unilateral actions such as Russia’s withdrawal from the Black Sea Grain Initiative, endangering at least "
        "82 countries, with 350 million people currently on the food-insecurity front lines, should be "
        "universally condemned."
    )
    claims = stances(read, text, "state:LTU", 2023)
    assert ("OPPOSES", "issue:food-security") not in claims
    # 2024/FSM_79_2024.txt (FrameNet Killing)
    claims = stances(
        read, "We condemn the invasion of Ukraine and the killing of innocent civilians.", "state:FSM", 2024
    )
    assert ("CONDEMNS", "issue:protection-of-civilians") not in claims


def test_opposing_the_veto_supports_council_reform(read: Callable[..., GraphBatch]) -> None:
    # 2018/LVA_73_2018.txt (GA res. 76/262; the ACT code of conduct, A/70/621)
    text = "The use of the veto to shield narrow national interests in situations of mass atrocities is completely unacceptable."
    claims = stances(read, text, "state:LVA", 2018)
    assert ("OPPOSES", "issue:security-council-reform") not in claims
    # 2023/CAN_78_2023.txt: restraint on its use is for the reform
    text = (
        "We support voluntary restraint on the use of the veto by all permanent members in situations in which "
        "civilians are at risk of atrocity crimes."
    )
    claims = stances(read, text, "state:CAN", 2023)
    assert ("SUPPORTS", "issue:security-council-reform") in claims
    assert ("OPPOSES", "issue:security-council-reform") not in claims
    # 2019/GNB_74_2019.txt (kept): seats with veto power are the reform's demand (the Ezulwini Consensus)
    text = (
        "From that perspective and in line with the position of the African Union, Guinea-Bissau advocates the "
        "designation of two permanent seats, with veto power, and five non-permanent seats in the Security "
        "Council to the African continent."
    )
    claims = stances(read, text, "state:GNB", 2019)
    assert ("SUPPORTS", "issue:security-council-reform") in claims


def test_narrowing_a_harm_counters_it(read: Callable[..., GraphBatch]) -> None:
    # 2024/PHL_79_2024.txt (FrameNet Cause_change_of_scalar_position: narrow)
    text = (
        "We thus hope that the Second World Summit for Social Development and the Fourth International "
        "Conference on Financing for Development will catalyze strategic action for narrowing global inequalities."
    )
    claims = stances(read, text, "state:PHL", 2024)
    assert ("PROPOSES", "issue:inequality") not in claims
    assert ("SUPPORTS", "issue:inequality") not in claims


def test_a_negation_whose_focus_is_a_condition_or_a_restriction_refuses_nothing(
    read: Callable[..., GraphBatch],
) -> None:
    # 2019/BHS_74_2019.txt: what stands in the goals' way, not a refusal of them (Quirk et al. 1985, 15.33)
    text = (
        "We cannot make meaningful progress towards achieving the Sustainable Development Goals if, as "
        "forecasters are predicting, recent cyclonic and other extreme climate events are poised to become the "
        "new norm and may worsen."
    )
    assert ("OPPOSES", "issue:sustainable-development-goals") not in stances(read, text, "state:BHS", 2019)
    # 2024/AUS_79_2024.txt: the restriction ("only parts") is denied (Quirk et al. 1985, 10.65)
    text = "So we can’t pursue only parts of the 2030 Agenda: we must achieve all of the Sustainable Development Goals."
    assert ("OPPOSES", "issue:sustainable-development-goals") not in stances(read, text, "state:AUS", 2024)
    # 2018/PSE_73_2018.txt (a refusal stands: a "whether" of every case, no condition on it)
    text = (
        "We will never accept aggression against any country, whether that country recognizes us or not and "
        "whether it likes us or not."
    )
    assert ("OPPOSES", "issue:war-and-armed-violence") in stances(read, text, "state:PSE", 2018)


def test_capturing_or_condemning_a_harm_counters_it(read: Callable[..., GraphBatch]) -> None:
    # 2016/COD_71_2016.txt (FrameNet Judgment_communication: condemnation)
    text = (
        "That is why we reiterate here our support for the United Nations Global Counter-Terrorism Strategy, as "
        "well as our firm condemnation of the scourge of terrorism in all its forms and manifestations."
    )
    claims = stances(read, text, "state:COD", 2016)
    assert ("SUPPORTS", "issue:terrorism") not in claims
    # 2024/SAU_79_2024.txt (FrameNet Removing: carbon capture)
    text = (
        "We are building a **carbon capture, transport, and storage hub** in Jubail Industrial City with a "
        "capacity of **9 million tonnes annually by 2027**, and an ultimate capacity of **44 million tonnes "
        "annually by 2035**."
    )
    assert ("SUPPORTS", "issue:environmental-degradation") not in stances(read, text, "state:SAU", 2024)


# -- a verb of protecting: its "from" marks the danger -------------------------------------------


def test_protecting_something_from_a_harm_counters_the_harm(read: Callable[..., GraphBatch]) -> None:
    # 2016/PAN_71_2016.txt (both the verb's object and the coordinated verb phrase named the harm)
    text = (
        "With the same determination with which we committed to completing the expansion of the Canal and "
        "protecting our logistical services, ports and airports from organized crime, we in Panama have accepted "
        "responsibility for upholding our financial system and moving forward with the exchange of tax information."
    )
    claims = stances(read, text, "state:PAN", 2016)
    assert ("OPPOSES", "issue:transnational-crime") in claims
    assert ("SUPPORTS", "issue:transnational-crime") not in claims


def test_fighting_a_war_against_a_harm_opposes_the_harm(read: Callable[..., GraphBatch]) -> None:
    # 2017/PAK_72_2017.txt: the fought war's "against" already says what is opposed (it read as SUPPORTS)
    claims = stances(read, "We have fought the war against terror with our own resources.", "state:PAK", 2017)
    assert ("OPPOSES", "issue:terrorism") in claims
    assert ("SUPPORTS", "issue:terrorism") not in claims


# -- a worry about the state of a good worries for it --------------------------------------------


def test_concern_about_a_goods_situation_is_no_stance_against_it(read: Callable[..., GraphBatch]) -> None:
    # 2021/CRI_76_2021.txt (it read as OPPOSES human rights)
    text = (
        "We reiterate our deep concern about the human rights situation in Nicaragua, as did the United Nations "
        "High Commissioner for Human Rights, Michelle Bachelet, a few days ago."
    )
    assert ("OPPOSES", "issue:human-rights") not in stances(read, text, "state:CRI", 2021)
    # 2024/GNQ_79_2024.txt: a named situation is what is worried about and keeps its stance
    text = (
        "Equatorial Guinea is deeply concerned about the worsening situation in the Sahel, which has severe "
        "implications for the development of those countries and directly or indirectly affects the wider subregion."
    )
    assert ("OPPOSES", "issue:sahel-situation") in stances(read, text, "state:GNQ", 2024)


def test_saving_something_from_a_harm_counters_the_harm(read: Callable[..., GraphBatch]) -> None:
    # 2021/BWA_76_2021.txt (FrameNet Rescuing: it read as SUPPORTS the pandemic)
    text = "I am happy to say that my Government has prioritized saving our people from this pandemic."
    claims = stances(read, text, "state:BWA", 2021)
    assert ("OPPOSES", "issue:covid-19-pandemic") in claims
    assert ("SUPPORTS", "issue:covid-19-pandemic") not in claims


# -- countering words read where the placement lands, and recovering from a harm ---------------------


def test_cooperation_against_a_harm_placed_on_the_harm_counters_it(read: Callable[..., GraphBatch]) -> None:
    # 2020/DZA_75_2020.txt: the vocabulary finds "international cooperation" first and the topic step moves
    # the phrase on to the harm; "against" was never read there (it read as SUPPORTS corruption)
    text = (
        "We call for promoting international cooperation against corruption and moneylaundering while "
        "implementing the relevant international agreements, in particular those concerning the retrieval of "
        "funds stolen from the people."
    )
    claims = stances(read, text, "state:DZA", 2020)
    assert not any(rel in ("SUPPORTS", "PROPOSES") and node == "issue:corruption" for rel, node in claims)
    assert any(rel == "OPPOSES" for rel, node in claims if node in ("issue:corruption", "issue:transnational-crime"))


def test_recovering_from_a_harm_counters_it(read: Callable[..., GraphBatch]) -> None:
    # 2021/CZE_76_2021.txt (FrameNet Recovery: it read as SUPPORTS the pandemic)
    text = (
        "We are all committed to ensuring a safer and more stable world for our citizens and a sustainable, "
        "inclusive global recovery from the COVID-19 pandemic."
    )
    claims = stances(read, text, "state:CZE", 2021)
    assert ("OPPOSES", "issue:covid-19-pandemic") in claims
    assert ("SUPPORTS", "issue:covid-19-pandemic") not in claims


# -- prohibiting, denial of a fact, a negation focused on a conditional clause (s18) --------------


def test_what_one_calls_to_criminalize_or_ban_is_opposed(read: Callable[..., GraphBatch]) -> None:
    # 2023/PSE_78_2023.txt: "criminalize" (WordNet criminalize.v.01, outlaw) is against its object, and
    # "the denial of" a named event is asserting it untrue, no withholding of a good to be turned round
    text = (
        "I call on the Assembly today to criminalize the denial of the Nakba and to designate 15 May of each year "
        "as an international day to commemorate its anniversary in order to remember the lives of the hundreds of "
        "thousands of Palestinians who were killed in massacres committed by Zionist gangs, whose villages were "
        "demolished and who were forcibly displaced from their homes."
    )
    claims = {
        (c.type.value, c.attrs.get("target_text"))
        for c in speech_positions(read, text, "state:PSE", 2023, "Mahmoud Abbas")
    }
    assert ("OPPOSES", "denial of the Nakba") in claims
    assert not any(rel in ("PROPOSES", "SUPPORTS") and "Nakba" in (t or "") for rel, t in claims)


def test_a_negation_focused_on_a_when_clause_joined_as_a_conjunct_refuses_nothing(
    read: Callable[..., GraphBatch],
) -> None:
    # 2016/SLE_71_2016.txt: the parser joins "when Africa remains excluded" to the verb as a conjunct
    text = (
        "We cannot champion the cause of justice and legitimacy when Africa remains excluded from and "
        "underrepresented in the highest decision-making organ of our global Organization."
    )
    claims = stances(read, text, "state:SLE", 2016)
    assert ("OPPOSES", "issue:human-rights") not in claims


def test_no_longer_acceptable_is_a_negated_evaluation(read: Callable[..., GraphBatch]) -> None:
    # 2017/ZAF_72_2017.txt: the parser hangs "no" on "longer", not on the verb
    text = (
        "It can no longer be acceptable that a few countries maintain arsenals and stockpiles of nuclear weapons "
        "as part of their strategic defence and security doctrine, while expecting others to remain at their mercy."
    )
    claims = stances(read, text, "state:ZAF", 2017)
    assert ("OPPOSES", "issue:nuclear-weapons") in claims
    assert ("SUPPORTS", "issue:nuclear-weapons") not in claims


def test_violations_inside_a_complement_are_no_compound_head(read: Callable[..., GraphBatch]) -> None:
    # 2019/CRI_74_2019.txt: "a settlement to the situation of X violations" is headed by the settlement; the
    # phrase is not "X" turned round (which put it against human rights)
    text = (
        "As a global community, we must seek a peaceful and expeditious settlement to the situation of grave "
        "political, humanitarian and human rights violations into which the ruling regime has plunged our "
        "brother people of Venezuela."
    )
    claims = stances(read, text, "state:CRI", 2019)
    assert ("OPPOSES", "issue:human-rights") not in claims
    assert ("OPPOSES", "issue:human-rights-violations") in claims


def test_anothers_plea_to_act_is_no_stance_of_the_hearer(read: Callable[..., GraphBatch]) -> None:
    # 2019/THA_74_2019.txt: the parser hangs "to preserve ..." on "heard" as a purpose; it is their plea
    text = (
        "On behalf of the proud nation of the Kingdom of Thailand, I would like to say to the Greta Thunberg "
        "generation of the world that we have heard their heartfelt plea to preserve and protect their planet and "
        "their livelihood."
    )
    claims = stances(read, text, "state:THA", 2019)
    assert not any(rel == "SUPPORTS" for rel, _ in claims)


def test_examples_of_violations_are_not_upheld(read: Callable[..., GraphBatch]) -> None:
    # 2017/CUB_72_2017.txt: the list after "violations of human rights, such as" exemplifies the violations
    text = (
        "I assume that Mr. Pence is not including his own country in that category, which in fact deserves to be "
        "included because of its pattern of the systematic violations of human rights, such as the use of torture, "
        "arbitrary detentions and imprisonment, as occurs in the Guantanamo naval base, the assassination of African "
        "Americans by law-enforcement agents, the killing of innocent civilians by its troops, xenophobia and "
        "repression against immigrants, including minors, and its limited compliance with international instruments."
    )
    claims = stances(read, text, "state:CUB", 2017)
    assert ("SUPPORTS", "issue:imprisonment") not in claims
    # 2017/POL_72_2017.txt (kept): a list of goods after "violations of the principles, including" is upheld
    text = (
        "For almost 10 years in Georgia, and almost three in Ukraine, we have witnessed clear violations of the "
        "fundamental principles of the Charter of the United Nations, including the inviolability of borders, "
        "respect for sovereignty and rejection of the use of military force in the settlement of disputes."
    )
    claims = stances(read, text, "state:POL", 2017)
    assert ("SUPPORTS", "issue:sovereignty") in claims
