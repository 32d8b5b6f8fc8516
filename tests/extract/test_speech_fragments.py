"""Position claims of General Debate speeches whose target is a verb phrase acting on nothing named
or a noun phrase pointing back to something named before (issue 12, third and fourth rounds: a
fragment or an anaphor as the target), each on its real sentence from
../shared/corpora/ungdc-2015-2024 (the speech's file named above each), read through the real
pipeline as the speech of its state. The verb is a light or general act; its object is a pronoun,
the pro-form "one", a phrase pointing back, or a generic, vague or unnamed noun: the phrase names no
issue. A verb phrase whose object, complement or own words name something keeps its claim."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.graph.models import GraphBatch

from .conftest import speech_positions
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


def test_a_happening_or_vague_noun_pointing_back_names_nothing(read: Callable[..., GraphBatch]) -> None:
    # 2020/NZL_75_2020.txt: "its imminent entry" (of the treaty named before)
    text = "We urge all others to join that landmark treaty and we welcome its imminent entry into force."
    assert "imminent entry" not in _targets(read, text, "state:NZL", 2020)
    # 2017/GRC_72_2017.txt: "its most recent test" (the programmes' test)
    text = (
        "In that context, we firmly condemn North Korea’s ongoing illegal nuclear-weapon and ballistic-missile "
        "programmes, including its most recent test, which seriously endanger regional and international peace "
        "and security."
    )
    assert "most recent test" not in _targets(read, text, "state:GRC", 2017)
    # 2018/BLZ_73_2018.txt: "its protection and well-being" (the reef's)
    text = (
        "I am happy to share that UNESCO’s World Heritage Committee recently decided to remove the Belize barrier "
        "reef, the largest in the western hemisphere, from the World Heritage in Danger list, after taking into "
        "account several measures that our Government has implemented to ensure its protection and well-being."
    )
    assert "protection and well-being" not in _targets(read, text, "state:BLZ", 2018)
    # 2018/CMR_73_2018.txt: "its dedication" (a disposition, data/non_issue_heads.yaml vague)
    text = (
        "In any case, the Government of Cameroon would like to reaffirm its dedication to peace and stability and "
        "its resolve to take into account the concerns of the people."
    )
    assert "dedication" not in _targets(read, text, "state:CMR", 2018)
    # kept: the words pointed to name an issue of their own
    # 2022/MDA_77_2022.txt
    text = (
        "We firmly stand with Ukraine and support its independence, sovereignty and territorial integrity within "
        "its internationally recognized borders."
    )
    assert any("territorial integrity" in t for t in _targets(read, text, "state:MDA", 2022))
    # 2017/MKD_72_2017.txt: "its nuclear and missile programmes" name theirs
    text = (
        "We believe that the peaceful denuclearization of the Korean peninsula is possible, and we therefore urge "
        "the Democratic People’s Republic of Korea to immediately abandon its nuclear and missile programmes and "
        "to sign and ratify the Comprehensive Nuclear-Test-Ban Treaty."
    )
    assert "nuclear and missile programmes" in _targets(read, text, "state:MKD", 2017)
    # 2022/SAU_77_2022.txt: "its efforts" say to what end
    text = (
        "We call on the international community to step up its efforts to prevent the proliferation of WMDs and "
        "ensure that the Middle East is free of such weapons."
    )
    assert any("proliferation of WMDs" in t for t in _targets(read, text, "state:SAU", 2022))


def test_a_noun_about_what_points_back_names_nothing(read: Callable[..., GraphBatch]) -> None:
    # 2019/EGY_74_2019.txt: "the immediate commencement of its work" (the committee's)
    text = (
        "While Egypt welcomes the announcement of the formation of a constitutional committee, we nevertheless "
        "call for the immediate commencement of its work without delay as a fundamental step towards the "
        "realization of a comprehensive political settlement, in accordance with Security Council resolution "
        "2254 (2015)."
    )
    assert "immediate commencement of its work" not in _targets(read, text, "state:EGY", 2019)
    # 2024/FJI_79_2024.txt: the end of "such action"
    text = "We urge respect for our region and call for cessation of such action."
    assert "cessation of such action" not in _targets(read, text, "state:FJI", 2024)
    # kept: the words pointed to are a topic of their own
    # 2018/GRD_73_2018.txt
    text = "The mere existence of those weapons anywhere is unacceptable."
    assert "mere existence of those weapons anywhere" in _targets(read, text, "state:GRD", 2018)
    # 2022/NAM_77_2022.txt: a classifying adjective names the resources
    text = (
        "Therefore, Namibia remains ready to work with the international community to ensure the most optimal "
        "utilization of its natural resources to combat climate change."
    )
    assert "most optimal utilization of its natural resources" in _targets(read, text, "state:NAM", 2022)


def test_entry_into_force_is_a_stance_on_the_agreement(read: Callable[..., GraphBatch]) -> None:
    # the parser hangs "into force of X" on the verb: the stance is on X, not on "the entry"
    # 2017/BWA_72_2017.txt
    text = (
        "In that regard, we welcome the entry into force of the 2015 Paris Agreement on Climate Change and "
        "reaffirm our commitment to that agreement."
    )
    assert "2015 Paris Agreement on Climate Change" in _targets(read, text, "state:BWA", 2017)
    # 2017/MHL_72_2017.txt
    text = (
        "We welcome the entry into force of the Paris Agreement, which stands as a truly robust, ambitious and "
        "long-term agreement."
    )
    assert "Paris Agreement" in _targets(read, text, "state:MHL", 2017)


def test_a_target_pointing_forward_or_a_thanks_or_a_quality_names_nothing(read: Callable[..., GraphBatch]) -> None:
    # 2018/QAT_73_2018.txt: "the following prerequisites" point to the list after the sentence
    text = (
        "In our view, the following prerequisites are necessary to ensure that the war on terrorism achieves its "
        "goal and does not turn into a self-contained struggle."
    )
    assert "following prerequisites" not in _targets(read, text, "state:QAT", 2018)
    # 2019/CMR_74_2019.txt: thanks addressed to those who helped
    text = "Cameroon expresses its gratitude to them for their willingness to support us in this major exercise."
    assert "gratitude to them for their willingness" not in _targets(read, text, "state:CMR", 2019)
    # 2016/AUS_71_2016.txt: qualities with no complement
    text = (
        "We must remain committed to displaying sufficient strength and courage to do what is needed in the face "
        "of great adversity."
    )
    assert "sufficient strength and courage" not in _targets(read, text, "state:AUS", 2016)


def test_a_demonstrative_and_an_evaluating_adjective_point_back(read: Callable[..., GraphBatch]) -> None:
    # a general noun with a demonstrative and an adjective that evaluates it points back (Halliday and
    # Hasan 1976, 6.4); a clause after a comma only adds to the thing named before
    # 2018/CIV_73_2018.txt: "that significant issue" (the migratory flows)
    text = (
        "The challenges posed by unregulated migratory flows concern all of us, and we call for the concerted "
        "management of that significant issue, which affects mainly young people from Africa."
    )
    assert not any("significant issue" in t for t in _targets(read, text, "state:CIV", 2018))


def test_an_act_in_a_field_named_before_names_nothing(read: Callable[..., GraphBatch]) -> None:
    # 2017/BDI_72_2017.txt: "in that area" (the field named before)
    text = "Consequently, we advocate strengthened international cooperation in that area so as to build a more just world."
    assert "international cooperation in that area" not in _targets(read, text, "state:BDI", 2017)
    # 2016/ISL_71_2016.txt: "those areas of <demonym> expertise"
    text = "We will continue to make a contribution in those areas of Icelandic expertise."
    assert "contribution in those areas of Icelandic expertise" not in _targets(read, text, "state:ISL", 2016)
    # 2022/PHL_77_2022.txt: the speaker's possessive says whose act, not in what
    text = (
        "We must enhance our cooperation in those areas, but sustainability also requires development policies "
        "that go beyond traditional metrics."
    )
    assert "cooperation in those areas" not in _targets(read, text, "state:PHL", 2022)
    # kept: another complement names them
    # 2018/SDN_73_2018.txt
    text = (
        "We call upon the international community to support the national and regional initiatives in that field, "
        "such as the Great Green Wall for the Sahara and the Sahel Initiative."
    )
    assert _targets(read, text, "state:SDN", 2018)


def test_bringing_a_thing_named_before_to_an_end_names_nothing(read: Callable[..., GraphBatch]) -> None:
    # 2016/LBR_71_2016.txt: "that long silence" (named before) and "an end" (a point in time)
    text = "We urge the big and powerful nations of the world to bring that long silence to an end."
    assert "bring that long silence to an end" not in _targets(read, text, "state:LBR", 2016)


def test_members_of_a_coordination_share_its_complement_and_its_possessor(read: Callable[..., GraphBatch]) -> None:
    # the "of" phrase after the last member and the possessor before the first belong to every member
    # (Quirk et al. 1985, 13.65-13.70); read alone, "safety" said of whom nothing
    # 2019/NPL_74_2019.txt
    text = "The safety, security and dignity of peacekeepers are therefore critically important to us."
    targets = _targets(read, text, "state:NPL", 2019)
    assert "safety" not in targets and "security and dignity of peacekeepers" not in targets
    assert "safety of peacekeepers" in targets
    # 2018/MWI_73_2018.txt: "refugees' protection, safety and access"
    text = "We believe in our collective responsibility to ensure refugees’ protection, safety and access to refuge."
    assert "safety" not in _targets(read, text, "state:MWI", 2018)
    # 2019/SLB_74_2019.txt: "the management, use and conservation of our oceans"
    text = (
        "As an ocean State, we are committed to strengthening the management, use and conservation of our oceans, "
        "including the high seas."
    )
    assert "management" not in _targets(read, text, "state:SLB", 2019)
    # kept apart: a member with words of its own is a name of its own ("freedom of speech")
    # 2023/ISL_78_2023.txt
    text = (
        "Civil society, media and freedom of speech are being undermined, not only in autocratic countries, but "
        "all over the world."
    )
    assert not any(
        t.endswith("of speech") and not t.startswith("freedom") for t in _targets(read, text, "state:ISL", 2023)
    )


def test_a_possessive_pronoun_is_named_from_its_sentence_or_names_nothing(read: Callable[..., GraphBatch]) -> None:
    # 2022/ROU_77_2022.txt: "its activities" are the human rights system's, named before in the sentence
    text = (
        "We must strengthen the United Nations human rights system and ensure the sustainable and adequate "
        "funding of all its activities."
    )
    claims = speech(read, text, "state:ROU", 2022)
    assert not any("its activities" in target for _rel, _src, target in claims)
    assert ("SUPPORTS", "state:ROU", "United Nations human rights system") in claims
    assert not any(c.target == "issue:development-and-finance" for c in speech_positions(read, text, "state:ROU", 2022))
    # no owner in the sentence: the activities of something named before
    text = "We must ensure the sustainable and adequate funding of all its activities."
    assert not speech(read, text, "state:ROU", 2022)
    # 2020/ETH_75_2020.txt: the nearest noun ("our part") names nothing itself
    text = (
        "On our part, we are determined to get back on track and build the necessary momentum for its implementation."
    )
    assert not any("implementation" in t for t in _targets(read, text, "state:ETH", 2020))
    # kept: the phrase names the owner itself ("its outbreak" is the conflict's)
    # 2022/DJI_77_2022.txt
    text = "We are deeply concerned about the stalemate in the conflict more than seven months after its outbreak."
    assert any(t.startswith("stalemate in the conflict") for t in _targets(read, text, "state:DJI", 2022))


def test_examples_of_acts_set_off_by_a_comma_are_no_part_of_a_name(read: Callable[..., GraphBatch]) -> None:
    # 2022/TLS_77_2022.txt: ", such as curtailing X" exemplifies the policies, not the virus; "that
    # insidious virus" is the one named before
    text = (
        "But the policies we undertook to prevent the spread of that insidious virus, such as curtailing the free "
        "movement of peoples and goods, inevitably affected the livelihoods of rural and urban people across the "
        "country."
    )
    assert not any("such as" in t or "insidious virus" in t for t in _targets(read, text, "state:TLS", 2022))
    # kept: on the head itself the examples say what it is
    # 2024/KHM_79_2024.txt
    text = (
        "To achieve net-zero emissions by 2050, as it has pledged it would do, Cambodia has launched many measures, "
        "including raising the current 62% renewable energy share to at least 70% by 2030, by promoting "
        "reforestation and by providing incentives to green-investment projects."
    )
    assert any("renewable energy share" in t for t in _targets(read, text, "state:KHM", 2024))


def test_a_head_without_its_complement_names_nothing(read: Callable[..., GraphBatch]) -> None:
    # 2015/KEN_70_2015.txt: the follow-up of what
    assert not _targets(read, "Implementation and follow-up will be critical.", "state:KEN", 2015)
    # 2019/AZE_74_2019.txt: efforts to what ("backed by X" is a participle clause, not the head)
    text = (
        "Sustainable efforts backed by adequate resources are essential to secure a bright future for our people "
        "and ensure that no one is left behind."
    )
    assert "sustainable efforts backed by adequate resources" not in _targets(read, text, "state:AZE", 2019)
    # 2016/KNA_71_2016.txt: an asset named only by what the dash sets beside it
    text = "It is worth the investment so that we can protect our most critical national asset — our people."
    assert "most critical national asset" not in _targets(read, text, "state:KNA", 2016)


def test_a_position_on_a_need_is_a_stance_on_what_is_needed(read: Callable[..., GraphBatch]) -> None:
    # 2024/KGZ_79_2024.txt: the phrase was cut before the need's complement ("position on the need")
    text = (
        "Kyrgyzstan supports the UN Secretary-General’s position on the need to reform the international financial "
        "architecture and reduce the debt burden for developing countries."
    )
    targets = _targets(read, text, "state:KGZ", 2024)
    assert not any(t.endswith("position on the need") for t in targets)
    assert any(t.startswith("reform the international financial architecture") for t in targets)
