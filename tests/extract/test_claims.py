"""Grammar cases of the claim reader, each on real sentences, asserting the exact claims produced.

The sentences come from the seed documents (seeds/, in this repository) and the phrasing of the
White House and UN General Debate corpora. They run the real spaCy pipeline (marker ``nlp``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from diplograph.extract.pipeline import Extractor
from diplograph.graph.models import GraphBatch

from .conftest import make_source

pytestmark = pytest.mark.nlp

Claim = tuple[str, str, str]


def claims(batch: GraphBatch, *types: str) -> set[Claim]:
    return {(r.type.value, r.source, r.target) for r in batch.claims if not types or r.type.value in types}


def by_type(batch: GraphBatch, rel_type: str) -> list[Any]:
    return [r for r in batch.claims if r.type.value == rel_type]


def test_coordinated_objects_purpose_clause_and_venue(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "In June 2022, President Putin visited Tajikistan and Turkmenistan to attend the Sixth Caspian Sea Summit."
    )
    assert claims(batch, "VISITS") == {
        ("VISITS", "person:vladimir-putin", "state:TJK"),
        ("VISITS", "person:vladimir-putin", "state:TKM"),
    }
    attends = by_type(batch, "ATTENDS")
    assert [(a.source, a.target, a.date) for a in attends] == [
        ("person:vladimir-putin", "summit:sixth-caspian-sea-summit-2022", "2022-06")
    ]
    # two states visited: the text does not say which one hosts, so no HOSTS claim is made
    assert not by_type(batch, "HOSTS")


def test_one_state_visited_to_attend_a_summit_hosts_it(read: Callable[..., GraphBatch]) -> None:
    batch = read("In September Putin went to Uzbekistan to attend the Shanghai Cooperation Organization Summit.")
    assert claims(batch, "VISITS", "ATTENDS", "HOSTS") == {
        ("VISITS", "person:vladimir-putin", "state:UZB"),
        ("ATTENDS", "person:vladimir-putin", "summit:sco-2022"),
        ("HOSTS", "state:UZB", "summit:sco-2022"),
    }
    assert {r.date for r in batch.claims if r.type.value != "HOLDS_OFFICE"} == {"2022-09"}


def test_respectively_pairs_votes_with_dates_and_the_assembly_has_no_veto(
    read: Callable[..., GraphBatch], extractor: Extractor
) -> None:
    text = (
        "In the UN General Assembly votes on the Russia-Ukraine conflict on March 2, October 12, and November 14, 2022, "
        "China respectively abstained, abstained, and vetoed."
    )
    extraction = extractor.extract(make_source(text))
    votes = sorted((r.type.value, r.target, r.choice, r.source_says) for r in extraction.batch.claims)
    assert votes == [
        ("ABSTAINS", "resolution:unga-2022-03-02", "abstain", None),
        ("ABSTAINS", "resolution:unga-2022-10-12", "abstain", None),
        ("OPPOSES", "resolution:unga-2022-11-14", "no", "vetoed"),
    ]
    assert extraction.normalisations == {"unga-veto-recorded-as-no-vote": 1}


def test_adopted_resolution_carries_its_tallies(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "On March 2, 2022, the Eleventh Emergency Special Session of the United Nations General Assembly adopted a "
        "resolution that was jointly proposed by 96 UN member states (141 votes in favor, 35 abstentions, and 5 votes against)."
    )
    [adopts] = by_type(batch, "ADOPTS")
    assert (adopts.source, adopts.target, adopts.date) == ("org:unga", "resolution:unga-2022-03-02", "2022-03-02")
    assert (adopts.attrs["yes"], adopts.attrs["no"], adopts.attrs["abstain"]) == (141, 5, 35)
    resolution = next(n for n in batch.nodes if n.id == "resolution:unga-2022-03-02")
    assert (resolution.properties["yes"], resolution.properties["no"], resolution.properties["abstain"]) == (141, 5, 35)


def test_passive_agent_and_participle(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "Another good example is the Belt and Road Initiative proposed by President Xi in 2013.", published="2017"
    )
    [proposes] = by_type(batch, "PROPOSES")
    assert (proposes.source, proposes.target, proposes.date) == (
        "person:xi-jinping",
        "issue:belt-and-road-initiative",
        "2013",
    )
    batch = read(
        "Russia was expelled from the Council of Europe, and its membership in the UN Human Rights Council was suspended."
    )
    assert {(r.source, r.target, r.status) for r in by_type(batch, "MEMBER_OF")} == {
        ("state:RUS", "org:council-of-europe", "expelled"),
        ("state:RUS", "org:unhrc", "suspended"),
    }


def test_sanctions_with_a_split_subject_and_a_list(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "After the war broke out, neutral countries such as the United States, those in Europe, and even Switzerland "
        "imposed unprecedented and severe sanctions on Russia."
    )
    assert claims(batch, "SANCTIONS") == {
        ("SANCTIONS", "state:USA", "state:RUS"),
        ("SANCTIONS", "group:europe", "state:RUS"),
        ("SANCTIONS", "state:CHE", "state:RUS"),
    }


def test_titles_give_offices_by_date(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        'On August 20, Russian Foreign Minister Lavrov stated that Russia "agrees to provide security guarantees for Ukraine."',
        published="2025-08",
    )
    [office] = by_type(batch, "HOLDS_OFFICE")
    assert (office.source, office.target, office.role, office.date) == (
        "person:sergey-lavrov",
        "state:RUS",
        "foreign minister",
        "2025-08-20",
    )
    # reported speech: the state's position, with the person who stated it
    [position] = by_type(batch, "SUPPORTS")
    assert (position.source, position.target, position.speaker) == (
        "state:RUS",
        "issue:security-guarantees-for-ukraine",
        "person:sergey-lavrov",
    )


def test_a_title_without_a_name_resolves_through_the_office_holders(read: Callable[..., GraphBatch]) -> None:
    batch = read("The Russian foreign minister visited Ankara in May 2022.", published="2022-06-01")
    assert claims(batch, "VISITS") == {("VISITS", "person:sergey-lavrov", "state:TUR")}
    batch = read("The US president visited Warsaw in March 2022.", published="2022-04-01")
    assert claims(batch, "VISITS") == {("VISITS", "person:joe-biden", "state:POL")}


def test_negation_gives_no_claim_and_refusal_is_opposition(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "China opposes the frequent launch of economic sanctions and has not participated in the sanctions implemented against Russia."
    )
    assert claims(batch, "SUPPORTS", "MEMBER_OF", "SANCTIONS") == set()
    assert claims(batch, "OPPOSES") == {("OPPOSES", "state:CHN", "issue:economic-sanctions")}
    batch = read("China cannot support any model that seeks to divide the world into spheres of influence.")
    assert [(r.type.value, r.source, r.target) for r in batch.claims] == [
        ("OPPOSES", "state:CHN", "issue:spheres-of-influence")
    ]


def test_modality_marks_plans_and_applications(read: Callable[..., GraphBatch]) -> None:
    batch = read("Additionally, Finland and Sweden have applied to join NATO.")
    assert {(r.source, r.target, r.status) for r in by_type(batch, "MEMBER_OF")} == {
        ("state:FIN", "org:nato", "applied"),
        ("state:SWE", "org:nato", "applied"),
    }
    assert {(r.source, r.target) for r in by_type(batch, "SUPPORTS")} == {
        ("state:FIN", "issue:joining-north-atlantic-treaty-organization"),
        ("state:SWE", "issue:joining-north-atlantic-treaty-organization"),
    }
    batch = read("President Biden will travel to Japan next week to attend the G7 summit.", published="2023-05-12")
    assert {(r.type.value, r.status) for r in batch.claims if r.type.value in ("VISITS", "ATTENDS")} == {
        ("VISITS", "planned"),
        ("ATTENDS", "planned"),
    }


def test_the_two_countries_and_membership_as_apposition(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "China and Russia hold the same positions on many issues.\n\n"
        "As founding members of the United Nations as well as permanent members of its Security Council, "
        "the two countries will resolutely oppose the use or threat of force."
    )
    assert claims(batch, "MEMBER_OF") == {
        ("MEMBER_OF", "state:CHN", "org:un"),
        ("MEMBER_OF", "state:RUS", "org:un"),
        ("MEMBER_OF", "state:CHN", "org:unsc"),
        ("MEMBER_OF", "state:RUS", "org:unsc"),
    }
    assert claims(batch, "OPPOSES") == {
        ("OPPOSES", "state:CHN", "issue:use-or-threat-of-force"),
        ("OPPOSES", "state:RUS", "issue:use-or-threat-of-force"),
    }


def test_first_person_speech_speaks_for_the_state(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "My delegation condemns terrorism in all its forms. We support the two-state solution.",
        published="2019-09",
        on_behalf_of="state:IRL",
        speaker="Simon Coveney",
    )
    assert claims(batch) >= {
        ("CONDEMNS", "state:IRL", "issue:terrorism"),
        ("SUPPORTS", "state:IRL", "issue:two-state-solution"),
    }


def test_authors_we_is_not_a_state(read: Callable[..., GraphBatch]) -> None:
    batch = read("We support the two-state solution.")
    assert claims(batch) == set()


def test_every_claim_quotes_its_sentence_at_its_offsets(read: Callable[..., GraphBatch]) -> None:
    text = "Intro line\n\nOn February 4, 2022, Putin visited China and attended the opening ceremony of the Beijing Winter Olympics.\n"
    batch = read(text)
    assert batch.claims
    for r in batch.claims:
        assert text[r.start : r.end] == r.evidence
        assert r.lang == "en" and r.extractor and 0 < r.confidence <= 1
    assert claims(batch, "HOSTS") == {
        ("HOSTS", "state:CHN", "summit:opening-ceremony-of-the-beijing-winter-olympics-2022")
    }


def test_chinese_translation_lends_evidence_and_is_not_counted_twice(read: Callable[..., GraphBatch]) -> None:
    text = "On February 4, 2022, Putin visited China.\n\n2022年2月4日,普京访问中国。\n"
    batch = read(text)
    [visit] = by_type(batch, "VISITS")
    assert visit.attrs["evidence_zh"] == "2022年2月4日,普京访问中国。"
    assert text[visit.attrs["evidence_zh_start"] : visit.attrs["evidence_zh_end"]] == visit.attrs["evidence_zh"]
    assert len(batch.claims) == 1 + len(by_type(batch, "HOLDS_OFFICE"))
    mentions = {r.target: r.count for r in batch.relationships if r.type.value == "MENTIONS"}
    assert mentions["person:vladimir-putin"] == 2  # once in each language


def speech(read: Callable[..., GraphBatch], text: str) -> set[Claim]:
    """Claims of a General Debate speech delivered for the Russian Federation."""
    batch = read(text, published="2023-09", on_behalf_of="state:RUS", speaker="Sergey Lavrov")
    return claims(batch, "SUPPORTS", "OPPOSES", "CONDEMNS", "PROPOSES")


def test_speech_judgements_demands_and_the_polarity_of_harms(read: Callable[..., GraphBatch]) -> None:
    """Real General Debate sentences: a judgement by noun, a demand, a harm fought, a right violated."""
    assert speech(
        read,
        "The West’s use of unilateral coercive measures is also a flagrant violation of the principle "
        "of the sovereign equality of States.",
    ) >= {("OPPOSES", "state:RUS", "issue:unilateral-sanctions")}
    # against what is to be lifted; and (constructions/stances.py) for the lifting itself, kept whole
    assert speech(read, "We demand the lifting of unilateral sanctions.") == {
        ("OPPOSES", "state:RUS", "issue:unilateral-sanctions"),
        ("SUPPORTS", "state:RUS", "issue:lifting-unilateral-sanction"),
    }
    # fighting a harm opposes the harm, never the issue that counters it
    assert speech(read, "We will fight climate change.") == {("OPPOSES", "state:RUS", "issue:climate-change")}
    # condemning violations of a right upholds the right
    assert speech(read, "We condemn violations of international law.") == {
        ("SUPPORTS", "state:RUS", "issue:international-law")
    }
    assert speech(read, "We condemn human rights violations.") == {("SUPPORTS", "state:RUS", "issue:human-rights")}


def test_speech_accusations_spare_relative_pronouns_and_demands_on_others(read: Callable[..., GraphBatch]) -> None:
    text = "NATO is flagrantly violating the Security Council’s keystone resolution 1244 (1999)."
    assert ("CONDEMNS", "state:RUS", "org:nato") in speech(read, text)
    # "which" is misattached to the nearest name: Syria is not accused of undermining anything
    text = (
        "We demand the lifting of the unilateral sanctions imposed by the United States on the Syrian Arab "
        "Republic, which are egregiously undermining its right to development."
    )
    assert not {c for c in speech(read, text) if c[0] == "CONDEMNS"}
    # a ruling that requires Russia to stop something is not Russia opposing it
    batch = read("The court issued a ruling that required Russia to immediately stop its military operations.")
    assert not [c for c in claims(batch) if c[1] == "state:RUS"]


def test_a_state_is_the_place_of_a_situation_only_after_a_placing_preposition(
    read: Callable[..., GraphBatch],
) -> None:
    batch = read("India is rapidly strengthening its strategic security cooperation with the United States.")
    assert not [c for c in claims(batch) if c[2].startswith("issue:situation-in")]
    batch = read("China opposes foreign military intervention in Libya.")
    assert claims(batch) == {("OPPOSES", "state:CHN", "issue:situation-in-libya")}


def test_a_day_in_the_publication_month_dates_its_clause_not_the_whole_text(
    read: Callable[..., GraphBatch],
) -> None:
    batch = read("On August 20, Putin visited Mongolia.\n\nChina opposes unilateral sanctions.", published="2025-08")
    dates = {(r.type.value, r.target): r.date for r in batch.claims}
    assert dates[("VISITS", "state:MNG")] == "2025-08-20"
    assert dates[("OPPOSES", "issue:unilateral-sanctions")] == "2025-08"


def test_speech_idioms_of_opposition(read: Callable[..., GraphBatch]) -> None:
    """Real General Debate phrasings: "has no place", agentless "must be lifted", a call to abandon."""
    assert speech(read, "Hegemony has no place in the future.") == {("OPPOSES", "state:RUS", "issue:hegemonism")}
    assert speech(read, "There is no place for terrorism in our world.") == {
        ("OPPOSES", "state:RUS", "issue:terrorism")
    }
    assert speech(read, "Unilateral sanctions must be lifted.") == {
        ("OPPOSES", "state:RUS", "issue:unilateral-sanctions")
    }
    called = speech(read, "We call on Pyongyang to abandon its nuclear-missile programmes.")
    assert {(rel, source) for rel, source, _ in called} == {("OPPOSES", "state:RUS")}
    # a crisis is a harm and its settlement a goal: two issues, so each stance keeps its sign
    assert speech(read, "We condemn the war in Ukraine.") == {("CONDEMNS", "state:RUS", "issue:ukraine-crisis")}
    # a stance on an agreement the reference vocabulary names is a stance on that issue
    assert speech(read, "We support the Minsk agreements.") == {("SUPPORTS", "state:RUS", "issue:minsk-agreements")}


def test_opposites_turn_the_stance_round(read: Callable[..., GraphBatch]) -> None:
    """Words naming an issue's breach: rejecting regime change upholds non-interference."""
    non_interference = "issue:non-interference-in-internal-affairs"
    assert speech(read, "Russia rejects any attempt to effect regime change in sovereign States.") == {
        ("SUPPORTS", "state:RUS", non_interference)
    }
    assert speech(read, "We reject interference in our internal affairs.") == {
        ("SUPPORTS", "state:RUS", non_interference)
    }
    # the issue's own name holds its opposite's words: no turn
    assert speech(read, "We uphold the principle of non-interference in the internal affairs of States.") == {
        ("SUPPORTS", "state:RUS", non_interference)
    }
    assert speech(read, "We support counter-terrorism cooperation.") == {("OPPOSES", "state:RUS", "issue:terrorism")}


def test_speech_inversions_through_content_and_attention(read: Callable[..., GraphBatch]) -> None:
    assert speech(read, "We support the consolidation of efforts to combat international terrorism.") == {
        ("OPPOSES", "state:RUS", "issue:terrorism")
    }
    assert speech(read, "It is necessary to think about the task of preventing the spread of terrorist ideology.") == {
        ("OPPOSES", "state:RUS", "issue:terrorism")
    }
    assert speech(read, "We urge everyone to say no to unilateral sanctions.") == {
        ("OPPOSES", "state:RUS", "issue:unilateral-sanctions")
    }
    assert speech(read, "We say no to unilateral sanctions.") == {
        ("OPPOSES", "state:RUS", "issue:unilateral-sanctions")
    }
    assert speech(
        read, "We are working to revive the Joint Comprehensive Plan of Action for Iran's nuclear programme."
    ) == {("SUPPORTS", "state:RUS", "issue:jcpoa")}
    assert speech(read, "We call on all States to pay attention to these developments.") == set()


def test_speech_names_what_it_judges(read: Callable[..., GraphBatch]) -> None:
    """ "The heedless expansion of NATO": an attributive judgement, not under negation."""
    assert speech(read, "The West has proceeded with the heedless expansion of NATO eastwards.") == {
        ("OPPOSES", "state:RUS", "issue:nato-expansion")
    }
    assert speech(
        read, "These metamorphoses fly in the face of the principles of the Charter of the United Nations."
    ) == {("SUPPORTS", "state:RUS", "issue:un-charter")}
    assert speech(read, "We are not talking about illegal activities.") == set()


def test_speech_aims_alternatives_readiness_and_concern(read: Callable[..., GraphBatch]) -> None:
    assert speech(read, "We are convinced that a political settlement in Syria has no alternative.") == {
        ("SUPPORTS", "state:RUS", "issue:syria-settlement")
    }
    assert speech(read, "The fight against terrorism remains our top priority.") == {
        ("OPPOSES", "state:RUS", "issue:terrorism")
    }
    assert speech(read, "We are concerned about the militarization of outer space.") == {
        ("OPPOSES", "state:RUS", "issue:weapons-in-outer-space")
    }
    assert speech(read, "We must therefore return to the norms and principles enshrined in the Charter.")
    # places are not issues: a return to a capital is no position
    assert claims(read("Putin will return to Moscow.")) == set()


# -- White House briefings: sentences the pipeline was never tuned on, each once read wrongly ------


def test_a_question_asserts_nothing(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "At the G20 Summit in October, is President Biden willing to hold a summit with Xi, on the sidelines?",
        published="2021-07-09",
    )
    assert claims(batch) <= {("HOLDS_OFFICE", "person:joe-biden", "state:USA")}  # the title still names the office
    batch = read("Will the President travel to Kyiv next week?”", published="2023-02-01")
    assert not claims(batch, "VISITS")


def test_the_clause_stating_the_claim_is_not_its_target(read: Callable[..., GraphBatch]) -> None:
    # "a practice that China has often rejected" would name the issue by restating the claim
    assert claims(read("That's a practice that China has often rejected.", published="2022-08-04")) == set()


def test_a_statement_one_side_issues_is_not_signed(read: Callable[..., GraphBatch]) -> None:
    text = (
        "This afternoon, the White House issued a statement criticizing Florida legislation that would "
        "restrict classroom discussion of sexual orientation or gender identity."
    )
    assert not claims(read(text, published="2022-02-08"), "SIGNS")
    batch = read("China and Russia issued a joint statement on strategic stability.", published="2022-02-04")
    assert {(c[1], c[0]) for c in claims(batch, "SIGNS")} == {("state:CHN", "SIGNS"), ("state:RUS", "SIGNS")}


def test_the_one_encouraged_to_act_is_addressed_not_supported(read: Callable[..., GraphBatch]) -> None:
    text = (
        "In closing, First Lady Melania Trump encouraged the powerful audience to join her BE BEST Fostering "
        "the Future initiative effort to create more impact collectively."
    )
    batch = read(text, published="2026-04-23")
    assert not [c for c in claims(batch) if "audience" in c[2]]
    # and a known surname inside another person's full name is that other person
    assert {c[1] for c in claims(batch)} <= {"person:melania-trump"}
    batch = read("Hunter Biden and Melania Trump attended the ceremony.", published="2022-03-01")
    assert {c[1] for c in claims(batch, "ATTENDS")} == {"person:hunter-biden", "person:melania-trump"}
    # initials and titles around the surname do not make another person
    batch = read("President Donald J. Trump met with President Xi Jinping of China in Busan.", published="2025-10-30")
    assert ("MEETS", "person:donald-trump", "person:xi-jinping") in claims(batch)


def test_a_bare_name_the_text_never_introduced_is_no_actor(read: Callable[..., GraphBatch]) -> None:
    text = "So, U.S. officials have — have spoken with Paul — with Paul within the law last several months."
    assert not [c for c in claims(read(text, published="2023-08-29")) if c[2] == "person:paul"]


def test_postponed_and_upcoming_visits_say_so(read: Callable[..., GraphBatch]) -> None:
    text = (
        "Given the projected trajectory and strength of Hurricane Milton, President Biden is postponing his "
        "upcoming trip to Germany and Angola in order to oversee preparations for Hurricane Milton."
    )
    visits = by_type(read(text, published="2024-10-11"), "VISITS")
    assert {(v.target, v.status) for v in visits} == {("state:DEU", "postponed"), ("state:AGO", "postponed")}
    text = (
        "Following the important visit that Prime Minister Kishida is initiating this evening, President Biden "
        "will welcome President Marcos of the Philippines to the White House on Thursday."
    )
    batch = read(text, published="2024-04-10")
    assert not claims(batch, "PROPOSES")  # a visit is an occasion, not a proposal
    hosts = by_type(batch, "HOSTS")
    assert [(h.source, h.target, h.status, h.date) for h in hosts] == [
        ("person:joe-biden", "person:ferdinand-marcos-jr", "planned", "2024-04-11")
    ]


def test_speaking_for_oneself_is_no_meeting(read: Callable[..., GraphBatch]) -> None:
    text = "I will let — I will let Boris Johnson and the UK government speak for themselves."
    assert not claims(read(text, published="2022-03-30"), "MEETS")


def test_support_for_a_state_is_for_the_state(read: Callable[..., GraphBatch]) -> None:
    text = "President Biden expressed unwavering support for Ukraine in the face of continued Russian aggression."
    assert claims(read(text, published="2024-06-03"), "SUPPORTS") == {("SUPPORTS", "person:joe-biden", "state:UKR")}
    # and the courtesy of welcoming others' support names no issue
    text = "President Biden welcomed the courageous support to Ukraine offered by each of NATO's Indo-Pacific Partners."
    assert not [c for c in claims(read(text, published="2024-07-11")) if c[2].startswith("issue:")]


def test_ones_own_country_is_not_a_situation(read: Callable[..., GraphBatch]) -> None:
    text = "President Biden is committed to protecting certain populations in the United States from deportation."
    assert not [c for c in claims(read(text, published="2024-05-22")) if c[2] == "issue:situation-in-united-states"]


def test_hard_wrapped_lines_are_read_as_one_sentence(read: Callable[..., GraphBatch]) -> None:
    text = "In addition, Australia welcomed the U.S.\ncommitment to increase its contributions to the Indo-Pacific."
    targets = {c[2] for c in claims(read(text, published="2022-03-01"), "SUPPORTS")}
    assert targets and "issue:u-s" not in targets


def test_a_year_an_anecdote_set_long_before_does_not_date_todays_plans(read: Callable[..., GraphBatch]) -> None:
    filler = "\n\n".join(f"Paragraph {i} of the briefing goes on about other things today." for i in range(10))
    text = (
        "On June 18, 1968, then First Lieutenant Taylor led a helicopter team in Vietnam.\n\n"
        f"{filler}\n\n"
        "Vice President Harris is traveling to Jakarta, Indonesia, to attend the East Asia Summit from "
        "September 5th to September 7th."
    )
    visits = by_type(read(text, published="2023-09-05"), "VISITS")
    assert [(v.target, v.date) for v in visits] == [("state:IDN", "2023-09-05")]


def test_welcoming_a_states_leadership_hosts_nobody(read: Callable[..., GraphBatch]) -> None:
    text = (
        "The United States welcomes Egypt's leadership in accelerating global ambition and action to tackle "
        "the climate crisis."
    )
    assert not claims(read(text, published="2022-11-11"), "HOSTS")


def test_a_frames_object_noun_is_read_apart_from_what_it_is_coordinated_with(
    read: Callable[..., GraphBatch],
) -> None:
    text = (
        "President Biden emphasized the threats still emanating from Yemen and elsewhere and the importance of "
        "ensuring that the UAE has the best and most effective means to defend its homeland and people."
    )
    targets = {c[2] for c in claims(read(text, published="2022-07-16"))}
    assert targets and not [t for t in targets if "threat" in t]


def test_what_someone_is_asked_or_invited_to_do_is_not_done(read: Callable[..., GraphBatch]) -> None:
    text = (
        "President Biden offered his congratulations to President Sheikh Mohamed bin Zayed on his recent election "
        "as UAE President and conveyed an invitation for him to visit the United States later this year."
    )
    assert not claims(read(text, published="2022-07-16"), "VISITS")
    text = (
        "We continue to call for an end to violence against civilians in Myanmar and for Myanmar to return to "
        "the path of democratic transition."
    )
    assert not [c for c in claims(read(text, published="2021-05-21")) if c[1] == "state:MMR"]


def test_a_convention_on_a_subject_is_a_treaty(read: Callable[..., GraphBatch]) -> None:
    text = (
        "The United States and Singapore reaffirm the right of freedom of navigation, including the 1982 "
        "United Nations Convention on the Law of the Sea."
    )
    targets = {c[2] for c in claims(read(text, published="2021-08-23"), "SUPPORTS")}
    assert any(t.startswith("agreement:1982-united-nations-convention-on-the-law-of-the-sea") for t in targets)
    assert not [t for t in targets if t.startswith("summit:")]


def test_refraining_from_a_thing_opposes_it(read: Callable[..., GraphBatch]) -> None:
    text = "President Biden and President Sisi emphasized the need to refrain from the use of force."
    assert claims(read(text, published="2022-07-16"), "SUPPORTS", "OPPOSES") == {
        ("OPPOSES", "person:joe-biden", "issue:use-or-threat-of-force"),
        ("OPPOSES", "person:abdel-fattah-el-sisi", "issue:use-or-threat-of-force"),
    }


def test_a_condition_states_nothing(read: Callable[..., GraphBatch]) -> None:
    text = (
        "So, this is one area where we may be able to reach an understanding if Russia is willing to make a "
        "reciprocal commitment."
    )
    assert not [c for c in claims(read(text, published="2022-01-15")) if c[1] == "state:RUS"]
    # "whether in X or Y" covers every case: the stance stands
    text = (
        "That is why Beijing has always stood firm against unilateral changes to territorial status—whether in "
        "Kosovo, Georgia, Crimea, or elsewhere."
    )
    assert ("OPPOSES", "state:CHN", "issue:unilateral-change-territorial-status") in claims(read(text))


def test_a_resolution_of_disputes_is_no_un_resolution(read: Callable[..., GraphBatch]) -> None:
    text = "The United States supports freedom of navigation and the peaceful resolution of disputes."
    assert claims(read(text, published="2022-09-22"), "SUPPORTS") == {
        ("SUPPORTS", "state:USA", "issue:freedom-of-navigation"),
        ("SUPPORTS", "state:USA", "issue:peaceful-resolution-of-disputes"),
    }
    assert ("SUPPORTS", "state:CHN", "resolution:unga-2022-09-22") in claims(
        read("On September 22, 2022, China voted for the resolution in the General Assembly.")
    )


def test_idioms_of_meeting_coming_launching_and_leading(read: Callable[..., GraphBatch]) -> None:
    """Verbs of the frames in senses that state no such fact, each from a real briefing."""
    text = "We want to make sure that it meets President Zelenskyy's and the Ukrainian people's expectations."
    assert not claims(read(text, published="2024-10-17"), "MEETS")
    text = "Earlier today, Russia launched waves of missiles and drones against Ukrainian cities."
    assert not claims(read(text, published="2024-12-13"), "PROPOSES")
    text = "The United States and China have differences when it comes to Taiwan."
    assert not claims(read(text, published="2022-07-28"), "VISITS")
    text = "President Biden led the G20 to establish the Pandemic Fund in 2022."
    assert not claims(read(text, published="2024-11-18"), "MEMBER_OF")


def test_a_title_is_no_organisation_and_its_clause_speaks_of_the_person(read: Callable[..., GraphBatch]) -> None:
    text = (
        "One of the questions I was asked is about Jake Sullivan, our National Security Advisor, who was meeting "
        "with Saudi Arabia and the UAE last week."
    )
    batch = read(text, published="2021-09-27")
    assert claims(batch, "MEETS") == {
        ("MEETS", "person:jake-sullivan", "state:SAU"),
        ("MEETS", "person:jake-sullivan", "state:ARE"),
    }
    assert not [n for n in batch.nodes if n.id.startswith("org:national-security")]


def test_roads_not_taken_and_worries_for_a_good(read: Callable[..., GraphBatch]) -> None:
    """ "Rather than protecting peace" is what the subject does not do; worry for arms control is
    no stance against it, worry about its erosion upholds it."""
    assert speech(read, "Rather than protecting global peace, Ukraine is doing everything to undo it.") == set()
    assert speech(read, "We support multilateralism rather than unilateralism.") == {
        ("SUPPORTS", "state:RUS", "issue:multilateralism")
    }
    assert speech(read, "We are seriously concerned about non-proliferation and arms control.") == set()
    assert speech(read, "We are concerned about the erosion of arms control.") == {
        ("SUPPORTS", "state:RUS", "issue:arms-control")
    }


def test_what_others_stop_is_upheld_only_when_it_is_a_good(read: Callable[..., GraphBatch]) -> None:
    """Another's attempt to prevent or block a good is reported in its defence; stopping a harm
    (``harm: true`` in the vocabulary) is no such thing."""
    text = (
        "The leading Western nations are trying to prevent the establishment of a polycentric world, "
        "restore their positions of privilege and impose standards of conduct on everyone else."
    )
    assert ("SUPPORTS", "state:RUS", "issue:multipolarity") in speech(read, text)
    assert ("SUPPORTS", "state:RUS", "issue:terrorism") not in speech(
        read, "The United States is trying to stop terrorism."
    )
    # nor is undermining a harm a harm done to it
    text = "Our partners are dismantling the military infrastructure of international terrorism."
    assert ("SUPPORTS", "state:RUS", "issue:terrorism") not in speech(read, text)
    # the antecedent of a relative clause is what was blocked, named without the clause
    text = (
        "So too is the principle of non-interference in the internal affairs of sovereign states, a "
        "principle that, shamefully, the United States and its satellites blocked."
    )
    assert ("SUPPORTS", "state:RUS", "issue:non-interference-in-internal-affairs") in speech(read, text)
    assert ("SUPPORTS", "state:RUS", "issue:un-charter") in speech(
        read, "The Charter, which the West violated, is our foundation."
    )
    assert not {
        c for c in speech(read, "The treaty that the United States violated was signed in 1987.") if c[0] == "SUPPORTS"
    }


def test_protection_against_a_thing_and_texts_on_it(read: Callable[..., GraphBatch]) -> None:
    """A shield or ban against something, a draft resolution on its inadmissibility and an agreement
    yet to be written on its prevention are all stances against it."""
    text = (
        "We call on the Assembly to support the draft of this year’s version of the annual resolution on "
        "the inadmissibility of glorification of the Nazis."
    )
    assert ("OPPOSES", "state:RUS", "issue:glorification-of-fascism") in speech(read, text)
    text = "It will be vital to achieve a comprehensive ban on the placement of weapons in outer space."
    assert speech(read, text) == {("OPPOSES", "state:RUS", "issue:weapons-in-outer-space")}
    text = (
        "Together with China, we support an agreement on a legally binding document on the prevention of "
        "an arms race in outer space."
    )
    assert ("OPPOSES", "state:RUS", "issue:weapons-in-outer-space") in speech(read, text)
    # an agreement that exists is still the agreement
    batch = read("Russia and Iran signed an agreement on trade.")
    assert {c[0] for c in claims(batch)} == {"SIGNS"}


def test_what_there_can_be_no_justification_for(read: Callable[..., GraphBatch]) -> None:
    assert speech(read, "There can be no justification for terrorism.") == {("OPPOSES", "state:RUS", "issue:terrorism")}
    text = (
        "There is no statute of limitations for such crimes, nor can there ever be a moral justification "
        "for attempts to whitewash Nazi collaborators."
    )
    assert speech(read, text) == {("OPPOSES", "state:RUS", "issue:glorification-of-fascism")}
    assert speech(read, "There is a justification for dialogue.") == set()
    # a judgement on the way a practice shows itself judges the practice
    text = "One new and dangerous manifestation of NATO’s expansionism is the attempt to extend the bloc’s reach."
    assert ("OPPOSES", "state:RUS", "issue:nato-expansion") in speech(read, text)
    text = "I would like to draw attention to the egregious phenomenon of rehabilitating Nazis in Europe."
    assert ("OPPOSES", "state:RUS", "issue:glorification-of-fascism") in speech(read, text)


def test_a_resolutions_purpose_is_not_its_voters_deed(read: Callable[..., GraphBatch]) -> None:
    """ "voted against the resolution to combat X": the parser hangs "to combat" on the vote; the
    voters did not combat anything."""
    batch = read("Italy and Japan voted against the General Assembly resolution to combat the glorification of Nazism.")
    assert not {c for c in claims(batch) if c[2].startswith("issue:")}


def test_what_is_owed_and_what_is_carried_out_are_no_stances(read: Callable[..., GraphBatch]) -> None:
    """Real General Debate sentences where a parse slip or a light verb made a stance of nothing."""
    text = (
        "By invading Ukraine and violently seizing its territory, the Russian Federation has committed a "
        "flagrant breach of the UN Charter and derogated from its primary obligations as a Permanent Member "
        "of the Security Council to uphold international peace and security."
    )
    batch = read(text, published="2024-09", on_behalf_of="state:ISL", speaker="Bjarni Benediktsson")
    assert not [c for c in claims(batch) if c[1] == "state:RUS"]
    text = (
        "It is universally known that in 2008, Russia carried out open, large-scale military aggression against "
        "Georgia, containing which became possible as a result of the unwavering support of the international "
        "community, primarily the United States and the European Union."
    )
    batch = read(text, published="2020-09", on_behalf_of="state:GEO", speaker="Salome Zourabichvili")
    assert not [c for c in claims(batch) if c[0] == "SUPPORTS" and c[1] == "state:RUS"]


def test_our_two_countries_are_the_speaker_and_the_state_it_named(read: Callable[..., GraphBatch]) -> None:
    text = (
        "Russia and China have long supported each other.\n\nWe have agreed with Bangladesh to jointly deploy a "
        "battalion in a suitable peacekeeping mission. That is an innovative arrangement where our two countries "
        "will collaborate to advance peace."
    )
    batch = read(text, published="2023-09", on_behalf_of="state:GMB", speaker="Adama Barrow")
    sources = {c[1] for c in claims(batch, "SUPPORTS") if c[2] == "issue:international-peace-and-security"}
    assert sources == {"state:GMB", "state:BGD"}


def test_harm_done_to_a_thing_turns_the_stance_on_it(read: Callable[..., GraphBatch]) -> None:
    """ "attempts to undermine X" and "efforts to weaken X" name a harm to X: condemning or fearing
    them upholds X, supporting the weakening of a harm opposes it."""
    assert speech(read, "We condemn attempts to undermine the JCPOA.") == {("SUPPORTS", "state:RUS", "issue:jcpoa")}
    text = (
        "We consider efforts to undermine the authority and legitimacy of the United Nations to be extremely dangerous."
    )
    assert speech(read, text) == {("SUPPORTS", "state:RUS", "issue:central-role-of-the-un")}
    assert speech(read, "We support efforts to weaken terrorism.") == {("OPPOSES", "state:RUS", "issue:terrorism")}
    assert speech(read, "We reject any attempt to rewrite history.") == {
        ("OPPOSES", "state:RUS", "issue:historical-revisionism")
    }


def test_a_refused_act_turns_the_stance_round(read: Callable[..., GraphBatch]) -> None:
    """What a speaker urges others not to do, it stands against; not abandoning a thing upholds it."""
    assert speech(read, "We urge them not to abandon the JCPOA.") == {("SUPPORTS", "state:RUS", "issue:jcpoa")}
    assert speech(read, "We urge them to abandon the JCPOA.") == {("OPPOSES", "state:RUS", "issue:jcpoa")}
    assert ("SUPPORTS", "state:RUS", "issue:minsk-agreements") in speech(
        read, "We urge all parties not to undermine the Minsk agreements."
    )


def test_what_another_must_do_is_the_text_s_demand_not_its_stance(read: Callable[..., GraphBatch]) -> None:
    # wh-briefings: a G7 statement (2022-03-24) and a remark on the Dreamers (2021)
    for sentence in (
        "Russia must comply with its international obligations and refrain from any activity that "
        "imperils nuclear sites.",
        "Congress needs to pass legislation this year to finally secure protection for the Dreamers.",
    ):
        assert not claims(read(sentence), "SUPPORTS", "OPPOSES"), sentence
    # the speaking state's own "must" is its stance (a speech on behalf of China)
    speech = read("We must uphold multilateralism.", on_behalf_of="CHN")
    assert ("SUPPORTS", "state:CHN", "issue:multilateralism") in claims(speech, "SUPPORTS")


def test_pronoun_objects_of_stances_and_our_two_countries_without_a_speaker(
    read: Callable[..., GraphBatch],
) -> None:
    # wh-briefings: a US-Mexico fact sheet read without a speaker, and a press-briefing answer
    fact_sheet = read(
        "China and the United States met in Geneva. Under the Bicentennial Framework for Security, Public "
        "Health, and Safe Communities, our two countries have cooperated to seize greater volumes of fentanyl."
    )
    assert not claims(fact_sheet, "COOPERATES_WITH")
    briefing = read("President Trump welcomed the plan for Ukraine. He embraces it.", published="2024-06-14")
    assert not [c for c in claims(briefing, "SUPPORTS") if c[2].startswith("state:")]
