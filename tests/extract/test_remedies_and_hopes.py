"""Stances on what ends or remedies a harm, and what a speaker hopes another's act will lead to, each
on its real sentence from ../shared/corpora/ungdc-2015-2024 (the speech's file named above each), or
the shortest sentence that shows the construction where none is named.

- A remedy of a harm node (decolonization, reparatory justice, asset recovery, normalizing relations
  that end an embargo, a plan to end a war) is listed as the node's ``opposite``: a stance on it is
  the reverse stance on the harm. As aliases or keywords of the harm they had read "supports the
  completion of the decolonization process" as support for colonialism. Likewise a breach of a good
  (Islamophobia, sexual violence, a humanitarian crisis) is the good's opposite, not its alias, and
  is never read as a good that others attack and the speaker upholds.
- What a hoped-for act leads to ("will lead to N", "will contribute to N") is a noun phrase: it is
  placed on the taxonomy like any other target, and refused when it names nothing ("contribute to
  the solution"). Only a hoped-for verb phrase is kept whole.
- A clause whose subject is negative ("no coastal State should lose X") is negated (Quirk et al.
  1985, 10.59), and a clause told in the perfect ("that ... has undermined X") names no act hoped for.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.graph.models import GraphBatch

from .conftest import speech_positions

pytestmark = pytest.mark.nlp


def claims(
    read: Callable[..., GraphBatch], text: str, state: str, year: int, speaker: str | None = None
) -> set[tuple[str, str, str]]:
    """(relation, taxonomy node or own node, target text) of the position claims read from a speech,
    with the speaker the corpus's manifest row names (who "I" is)."""
    return {
        (c.type.value, c.target, c.attrs.get("target_text", ""))
        for c in speech_positions(read, text, state, year, speaker)
        if c.type.value != "ABSTAINS"
    }


@pytest.mark.parametrize(
    ("text", "state", "year", "expected"),
    [
        (  # 2023/MUS_78_2023.txt: decolonization ends colonialism
            "We hope that those talks will lead to the completion of the decolonization process of Mauritius and "
            "enable Mauritius to implement its resettlement programme.",
            "state:MUS",
            2023,
            ("OPPOSES", "issue:colonialism", "completion of the decolonization process of Mauritius"),
        ),
        (  # 2020/BEN_75_2020.txt: an appeal for normalized relations is an appeal against the embargo
            "My country again makes an urgent appeal for the normalization of relations between Cuba and the "
            "United States of America, in the interest of the people of both countries and of the entire world.",
            "state:BEN",
            2020,
            (
                "OPPOSES",
                "issue:embargo-against-cuba",
                "normalization of relations between Cuba and the United States of America",
            ),
        ),
        (  # reducing a harm, named by an alias before, is read by the countering rule
            "We support reducing inequalities.",
            "state:MLT",
            2019,
            ("OPPOSES", "issue:inequality", "reducing inequalities"),
        ),
        (
            "We support asset recovery.",
            "state:NGA",
            2019,
            ("OPPOSES", "issue:illicit-financial-flows", "asset recovery"),
        ),
    ],
)
def test_a_stance_on_a_remedy_is_the_reverse_stance_on_the_harm(
    read: Callable[..., GraphBatch], text: str, state: str, year: int, expected: tuple[str, str, str]
) -> None:
    got = claims(read, text, state, year)
    assert expected in got
    assert not {c for c in got if c[1] == expected[1] and c[0] != expected[0]}


def test_a_call_for_reparatory_justice_opposes_colonialism(read: Callable[..., GraphBatch]) -> None:
    # 2015/VCT_70_2015.txt
    got = claims(
        read,
        "I reiterate the united call of the Caribbean Community for reparatory justice from the major participants "
        "in and beneficiaries of the transatlantic slave trade.",
        "state:VCT",
        2015,
        speaker="Ralph Gonsalves",
    )
    assert ("OPPOSES", "issue:colonialism", "reparatory justice") in got
    assert not {c for c in got if c[1] == "issue:colonialism" and c[0] == "SUPPORTS"}


def test_what_a_hoped_for_act_leads_to_is_placed_on_the_taxonomy(read: Callable[..., GraphBatch]) -> None:
    # 2021/COM_76_2021.txt: the solution hoped for is about a state's territorial integrity
    got = claims(
        read,
        "We hope that they will lead to a solution that will enable our brother country to regain its autonomy "
        "and territorial integrity over that Moroccan province.",
        "state:COM",
        2021,
    )
    assert ("SUPPORTS", "issue:territorial-integrity") in {c[:2] for c in got}


def test_what_ending_a_harm_is_hoped_for_opposes_it_on_its_node(read: Callable[..., GraphBatch]) -> None:
    # 2015/TZA_70_2015.txt
    got = claims(
        read,
        "We hope that the United States will lift the remaining economic sanctions and appeal to it to do so.",
        "state:TZA",
        2015,
    )
    assert ("OPPOSES", "issue:economic-sanctions", "remaining economic sanctions") in got


def test_a_hoped_for_noun_that_names_nothing_is_no_stance(read: Callable[..., GraphBatch]) -> None:
    # 2023/DOM_78_2023.txt: "the solution" names no issue: the hope is no position
    got = claims(
        read,
        "The Dominican Republic has created a multi-sectoral round table to deal with that problem, and we "
        "hope that developed countries will contribute to the solution.",
        "state:DOM",
        2023,
    )
    assert not {c for c in got if c[2] == "solution"}


def test_a_hoped_for_act_is_a_stance_only_on_what_it_furthers(read: Callable[..., GraphBatch]) -> None:
    # 2017/LUX_72_2017.txt: what talks are hoped to do to the parties is no issue of the speaker's
    got = claims(
        read,
        "I hope that the Normandy format talks can continue and lead the parties to fully implement the Minsk "
        "agreements in order to guarantee the territorial integrity, sovereignty and unity of Ukraine.",
        "state:LUX",
        2017,
    )
    assert not {c for c in got if "lead the parties" in c[2]}, got
    # 2018/NLD_73_2018.txt
    got = claims(
        read,
        "As a member of the former High-level Panel on Water, I hope that the agenda for water action we presented "
        "earlier this year will inspire others to scale up their action on water.",
        "state:NLD",
        2018,
    )
    assert not {c for c in got if "inspire" in c[2]}, got
    # 2019/ALB_74_2019.txt: an act that furthers a good is a stance for the good it furthers, not for the act
    got = claims(
        read,
        "As the new justice system gradually takes shape and becomes fully operational, we hope that it will "
        "seriously curtail all acts of corruption and abuse of power and that it will finally ensure the triumph "
        "of a sense of justice and the rule of law throughout my country, a country I love deeply and am proud to "
        "represent in this Hall today.",
        "state:ALB",
        2019,
    )
    assert not {c for c in got if c[2].startswith("ensure")}, got
    assert ("OPPOSES", "issue:corruption") in {c[:2] for c in got}, got


def test_a_negative_subject_negates_what_is_hoped(read: Callable[..., GraphBatch]) -> None:
    # the construction of 2023/MLT_78_2023.txt ("no coastal State should lose any of its existing rights
    # over its maritime zones") in a hope: the speaker hopes States keep their zones, not that they lose them
    got = claims(read, "We hope that no State will lose its maritime zones.", "state:MLT", 2023)
    assert not {c for c in got if "lose" in c[2] or "maritime zones" in c[2]}


def test_what_has_happened_is_no_act_hoped_for(read: Callable[..., GraphBatch]) -> None:
    # 2015/TTO_70_2015.txt: the relative clause tells what the embargo has done; the speaker hopes for its lifting
    got = claims(
        read,
        "Trinidad and Tobago hopes that, sooner rather than later, that process will mature with the lifting of "
        "the anachronistic economic embargo and blockade that for too long has undermined the economic "
        "development of Cuba.",
        "state:TTO",
        2015,
    )
    assert not {c for c in got if c[2].startswith("undermined")}


@pytest.mark.parametrize(
    ("text", "state", "year", "expected"),
    [
        (  # 2023/MRT_78_2023.txt: condemning a breach of the freedom upholds it
            "We strongly condemn the phenomenon of Islamophobia, which distorts Islam and sows division and hatred "
            "between Muslims and the West in particular.",
            "state:MRT",
            2023,
            ("SUPPORTS", "issue:freedom-of-religion", "Islamophobia"),
        ),
        (  # 2016/TON_71_2016.txt: a nuclear test breaches the test ban; concern about it is for the ban
            "In keeping with that sentiment, we wish to express our concern about the recent nuclear testing by the "
            "Democratic People’s Republic of Korea, in breach of decisions made by the United Nations to promote "
            "international peace and security.",
            "state:TON",
            2016,
            (
                "SUPPORTS",
                "issue:nuclear-test-ban",
                "recent nuclear testing by the Democratic Peoples Republic of Korea",
            ),
        ),
        (  # 2017/VAT_72_2017.txt: concern about a crisis is no stance against humanitarian affairs
            "The Holy See is particularly concerned about the political divisions and instability in Venezuela and "
            "its humanitarian crisis.",
            "state:VAT",
            2017,
            (
                "SUPPORTS",
                "issue:humanitarian-affairs",
                "political divisions and instability in Venezuela and its humanitarian crisis",
            ),
        ),
    ],
)
def test_a_stance_on_a_breach_is_the_reverse_stance_on_the_good(
    read: Callable[..., GraphBatch], text: str, state: str, year: int, expected: tuple[str, str, str]
) -> None:
    got = claims(read, text, state, year)
    assert expected in got
    assert not {c for c in got if c[1] == expected[1] and c[0] != expected[0]}


def test_a_breach_named_among_what_is_attacked_is_not_upheld(read: Callable[..., GraphBatch]) -> None:
    # 2018/MCO_73_2018.txt: the parse joins "sexual violence" to what the attacks are against; a breach
    # of a good (an opposite of gender equality) is no good that others attack and the speaker upholds
    got = claims(
        read,
        "In that spirit, we strongly condemn attacks against schools and hospitals, sexual violence and the "
        "denial of access to humanitarian aid.",
        "state:MCO",
        2018,
    )
    assert not {c for c in got if c[1] in ("issue:gender-equality", "issue:rights-of-women") and c[0] != "SUPPORTS"}


def test_easing_a_breach_supports_the_good(read: Callable[..., GraphBatch]) -> None:
    # 2022/DMA_77_2022.txt: alleviating a food crisis (food security's breach) is for food security
    got = claims(
        read,
        "We welcomed the deal brokered between Ukraine and Russia, with the assistance of Turkey and ably supported "
        "by the Secretary-General, to have significant quantities of grain shipped from Ukrainian ports to various "
        "destinations and thereby alleviate the emerging global food crisis.",
        "state:DMA",
        2022,
    )
    assert {c[0] for c in got if c[1] == "issue:food-security"} == {"SUPPORTS"}


def test_a_call_to_terminate_a_programme_opposes_it(read: Callable[..., GraphBatch]) -> None:
    # 2017/SVK_72_2017.txt: a call to terminate the development of weapons of mass destruction is for disarmament
    got = claims(
        read,
        "I strongly call on the North Korean regime to terminate its development of weapons of mass destruction and "
        "to return to the path of dialogue and building peace on the Korean peninsula.",
        "state:SVK",
        2017,
        speaker="Andrej Kiska",
    )
    assert {c[0] for c in got if c[1] == "issue:disarmament-and-non-proliferation"} == {"SUPPORTS"}


@pytest.mark.parametrize(
    ("text", "state", "year", "node"),
    [
        (  # 2016/TJK_71_2016.txt
            "Tajikistan stands for a comprehensive settlement of the crises in the Middle East, which will contribute "
            "to enhancing global security.",
            "state:TJK",
            2016,
            "issue:middle-east-situation",
        ),
        (  # 2016/AFG_71_2016.txt
            "We announce our full support for a comprehensive solution to the Syrian conflict that reflects the will "
            "of all Syrians.",
            "state:AFG",
            2016,
            "issue:syrian-crisis",
        ),
        (  # 2021/BHR_76_2021.txt: peace in the region is the reverse of its crisis
            "In that context, my country stresses the need to achieve a just and lasting peace in the Middle East.",
            "state:BHR",
            2021,
            "issue:middle-east-situation",
        ),
    ],
)
def test_a_stance_for_ending_a_crisis_opposes_the_crisis(
    read: Callable[..., GraphBatch], text: str, state: str, year: int, node: str
) -> None:
    """A named crisis is a harm node: its solution or settlement (FrameNet Resolve_problem) and the peace
    that ends it are against it, as concern about it is, so the two never split a state's stance."""
    got = claims(read, text, state, year)
    assert {c[0] for c in got if c[1] == node} == {"OPPOSES"}


def test_concern_about_limits_on_a_good_is_support_for_it(read: Callable[..., GraphBatch]) -> None:
    # 2024/NOR_79_2024.txt: what holds a good back (FrameNet Hindering, Limiting) is its breach
    got = claims(
        read,
        "We have expressed great concern about the severe limitations on humanitarian access, and the shocking "
        "number of UN staff, aid workers, and journalists killed.",
        "state:NOR",
        2024,
    )
    assert {c[0] for c in got if c[1] == "issue:humanitarian-access"} == {"SUPPORTS"}


def test_what_others_enable_us_to_do_is_our_stance(read: Callable[..., GraphBatch]) -> None:
    # 2017/POL_72_2017.txt: "enable us to halt X" (object control): "us" halts it, not the one enabling
    batch = read(
        "We hope that the international community will continue its intensified efforts in that regard, including "
        "the Council’s recent adoption of new resolutions, and enable us to halt the spiral of tension and "
        "stabilize the situation in the region.",
        published="2017-09",
        on_behalf_of="state:POL",
    )
    got = {(c.type.value, c.source) for c in batch.claims if c.attrs.get("target_text") == "spiral of tension"}
    assert got == {("OPPOSES", "state:POL")}


def test_a_list_past_the_verb_is_no_apposition_to_the_subject(read: Callable[..., GraphBatch]) -> None:
    # 2015/PNG_70_2015.txt: the parser hung "the Marshall Islands, ..., Tuvalu and Vanuatu" (to whom the
    # contributions went) on the subject as an apposition; only the subject made them
    batch = read(
        "In that respect, Papua New Guinea has made modest financial contributions to Fiji, the Marshall Islands, "
        "Niue, Kiribati, Solomon Islands, Tonga, Tuvalu and Vanuatu, as well as to various regional entities "
        "including the Pacific Islands Forum, the Secretariat of the Pacific Community, the South Pacific Regional "
        "Environment Programme and the University of the South Pacific.",
        published="2015-09",
        on_behalf_of="state:PNG",
    )
    assert {c.source for c in batch.claims if c.type.value == "SUPPORTS"} == {"state:PNG"}


def test_what_another_needs_to_do_is_not_its_stance(read: Callable[..., GraphBatch]) -> None:
    # 2020/CHN_75_2020.txt: the parser hung "ensure" on "needs" as an adverbial; it continues the list of
    # what the community needs to do, which is the speaker's call and not the community's stance
    batch = read(
        "The international community needs to take timely and robust measures in such fields as debt relief and "
        "international assistance, ensure the implementation of the 2030 Agenda for Sustainable Development and "
        "help these countries overcome their difficulties.",
        published="2020-09",
        on_behalf_of="state:CHN",
    )
    assert not [c for c in batch.claims if c.source == "group:international-community"]


def test_a_hoped_for_verb_cut_before_its_act_names_nothing(read: Callable[..., GraphBatch]) -> None:
    # 2023/MUS_78_2023.txt: "enable Mauritius" without "to implement ..." names no act hoped for
    got = claims(
        read,
        "We hope that those talks will lead to the completion of the decolonization process of Mauritius and "
        "enable Mauritius to implement its resettlement programme.",
        "state:MUS",
        2023,
    )
    assert not {c for c in got if c[2].startswith("enable")}


@pytest.mark.parametrize(
    ("text", "state", "year", "speaker", "expected"),
    [
        (  # 2021/MYS_76_2021.txt: the occupation breaches the question of Palestine (S/RES/2334)
            "They have been suffering in dreadful living conditions under illegal Israeli occupation for so many "
            "years and we cannot allow this to continue indefinitely.",
            "state:MYS",
            2021,
            None,
            ("SUPPORTS", "issue:question-of-palestine"),
        ),
        (  # 2024/NOR_79_2024.txt: so does the settlement activity
            "In the West Bank, illegal Israeli settlements are expanding at an alarming pace.",
            "state:NOR",
            2024,
            None,
            ("SUPPORTS", "issue:question-of-palestine"),
        ),
        (  # 2016/ARE_71_2016.txt: the head "interference" decides, not the keyword "internal affairs" after it
            "Moreover, interference by Iran in Iraq’s internal affairs has exacerbated divisiveness among the Iraqi "
            "people.",
            "state:ARE",
            2016,
            None,
            ("SUPPORTS", "issue:non-interference-in-internal-affairs"),
        ),
        (  # 2020/DJI_75_2020.txt: an oil spill is the environment's breach (MARPOL), not the environment
            "We remain extremely concerned about the major environmental risk and threat of oil spill posed by the "
            "oil tanker FSO SAFER.",
            "state:DJI",
            2020,
            None,
            ("OPPOSES", "issue:environmental-degradation"),
        ),
        (  # 2018/SVK_73_2018.txt: malicious activity in cyberspace is the harm (A/76/135), not its governance
            "I am very concerned about malicious activities in cyberspace.",
            "state:SVK",
            2018,
            "Andrej Kiska",
            ("OPPOSES", "issue:cyber-threats"),
        ),
    ],
)
def test_a_breach_named_with_its_goods_words_is_read_as_the_breach(
    read: Callable[..., GraphBatch],
    text: str,
    state: str,
    year: int,
    speaker: str | None,
    expected: tuple[str, str],
) -> None:
    got = claims(read, text, state, year, speaker=speaker)
    assert expected in {c[:2] for c in got}
    assert not {c for c in got if c[1] == expected[1] and c[0] != expected[0]}


def test_a_harm_listed_among_what_was_undermined_is_not_upheld(read: Callable[..., GraphBatch]) -> None:
    # 2021/CPV_76_2021.txt: "unemployment", which the topic step places on a harm, is no good undermined
    got = claims(
        read,
        "It has also undermined the main pillars of our economy — tourism, transportation and domestic demand — "
        "resulting in reduced social protections, unemployment and increased poverty; and it has wreaked havoc in "
        "terms of macroeconomic fundamentals such as inflation, the budget deficit and debt and resulted in a sharp "
        "drop in economic growth.",
        "state:CPV",
        2021,
    )
    assert not {c for c in got if c[2] == "unemployment"}


@pytest.mark.parametrize(
    ("text", "state", "year", "pointer"),
    [
        (  # 2017/ZAF_72_2017.txt: a call to address "that phenomenon" proposes what was named before
            "We appeal for the cooperation and commitment of every State Member of the United Nations and the "
            "international community at large to address that phenomenon.",
            "state:ZAF",
            2017,
            "phenomenon",
        ),
        (  # 2018/MAR_73_2018.txt: "such" points back as a demonstrative does (comparative reference)
            "Morocco wants to take this opportunity to reaffirm  its rejection and condemnation of such aggressive "
            "and destructive attitudes.",
            "state:MAR",
            2018,
            "attitudes",
        ),
    ],
)
def test_a_target_that_only_points_back_is_none(
    read: Callable[..., GraphBatch], text: str, state: str, year: int, pointer: str
) -> None:
    assert not {c for c in claims(read, text, state, year) if pointer in c[2]}
