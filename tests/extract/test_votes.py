"""The votes family (extract/constructions/votes.py) on real sentences of UN coverage and wire copy.

Each sentence is quoted from the development set's documents (../shared/eval/dev/docs); the test
asserts the exact vote claims read from it. They run the real spaCy pipeline (marker ``nlp``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.graph.models import GraphBatch

from .test_claims import claims

pytestmark = pytest.mark.nlp

VOTES = ("SUPPORTS", "OPPOSES", "ABSTAINS")


def votes(batch: GraphBatch) -> dict[tuple[str, str], str]:
    """(voter, choice) -> the voted text's node id, for the vote claims of a batch."""
    return {
        (r.source, r.choice or ""): r.target
        for r in batch.claims
        if r.type.value in VOTES and r.target.startswith("resolution:")  # not a stance on an issue
    }


def test_counted_lists_in_parentheses(read: Callable[..., GraphBatch]) -> None:
    # un-2017-sc13072-syria-jim-vetoes.txt: a Council rejects two drafts, each with its voters listed
    batch = read(
        "The Security Council failed to renew the mandate of the investigative team.\n\n"
        "It rejected the United States draft on extending the Joint Investigative Mechanism due to a "
        "permanent member’s veto in a vote of 11 in favour to 2 against (Bolivia, Russian Federation), "
        "with 2 abstaining (China, Egypt).\n\n"
        "The Russian Federation’s draft was rejected after that delegation first submitted and then "
        "withdrew it by 4 votes in favour (Bolivia, China, Kazakhstan, Russian Federation) to 7 against "
        "(France, Italy, Sweden, Ukraine, United Kingdom, United States and Uruguay), with 4 abstaining "
        "(Egypt, Ethiopia, Japan and Senegal).",
        published="2017-11-16",
    )
    us_draft = "resolution:unsc-2017-11-16-draft-usa"
    ru_draft = "resolution:unsc-2017-11-16-draft-rus"
    assert votes(batch) == {
        ("state:BOL", "no"): us_draft,
        ("state:RUS", "no"): us_draft,
        ("state:CHN", "abstain"): us_draft,
        ("state:EGY", "abstain"): ru_draft,  # Egypt abstained on both: the later claim is kept per key
        ("state:BOL", "yes"): ru_draft,
        ("state:CHN", "yes"): ru_draft,
        ("state:KAZ", "yes"): ru_draft,
        ("state:RUS", "yes"): ru_draft,
        **{(s, "no"): ru_draft for s in ("state:FRA", "state:ITA", "state:SWE", "state:UKR", "state:GBR")},
        ("state:USA", "no"): ru_draft,
        ("state:URY", "no"): ru_draft,
        ("state:ETH", "abstain"): ru_draft,
        ("state:JPN", "abstain"): ru_draft,
        ("state:SEN", "abstain"): ru_draft,
    }
    assert len([r for r in batch.claims if r.type.value == "ABSTAINS" and r.source == "state:EGY"]) == 2
    # the permanent member voting no where the sentence reports a veto is recorded as vetoing
    vetoed = [r for r in batch.claims if r.source_says == "vetoed"]
    assert [(r.source, r.target) for r in vetoed] == [("state:RUS", us_draft)]
    # a draft named by its state is that state's proposal; the Council does not vote on its own texts
    assert claims(batch, "PROPOSES") >= {
        ("PROPOSES", "state:USA", us_draft),
        ("PROPOSES", "state:RUS", ru_draft),
    }
    assert not [r for r in batch.claims if r.source == "org:unsc" and r.type.value in VOTES]


def test_choice_headed_list_and_among_those(read: Callable[..., GraphBatch]) -> None:
    # ukranews-2018-unga-crimea-militarization.txt
    batch = read(
        "The United Nations General Assembly has adopted the Resolution on militarization of the "
        "Autonomous Republic of Crimea.\n\n"
        "A total of 66 states supported the Resolution, 19 voted against, 72 abstained.\n\n"
        "Ukraine, the United States, the United Kingdom, France, Germany, Canada, Australia, Poland, "
        "Lithuania, and Georgia were among those to support the Resolution.\n\n"
        "Against were the Russian Federation, Belarus, Armenia, Zimbabwe, Venezuela, Iran, Syria, and Cuba.",
        published="2018-12",
    )
    resolution = "resolution:unga-2018-12"
    yes = ("UKR", "USA", "GBR", "FRA", "DEU", "CAN", "AUS", "POL", "LTU", "GEO")
    no = ("RUS", "BLR", "ARM", "ZWE", "VEN", "IRN", "SYR", "CUB")
    assert votes(batch) == {
        **{(f"state:{s}", "yes"): resolution for s in yes},
        **{(f"state:{s}", "no"): resolution for s in no},
    }
    # one claim per voter: the frame's "support the Resolution" and the list are one vote
    assert len([r for r in batch.claims if r.type.value == "SUPPORTS"]) == len(yes)


def test_text_referred_to_and_bare_abstentions(read: Callable[..., GraphBatch]) -> None:
    # radiohc-2019-venezuela-double-veto.txt
    batch = read(
        "United Nations Security Council members met to vote on two opposed projects of resolution on Venezuela.\n\n"
        "The U.S. draft resolution garnered the minimum votes, Russia and China casting their vetoes. "
        "South Africa also voted against the text, while Indonesia, Equatorial Guinea and Ivory Coast abstained.",
        published="2019-03-01",
    )
    got = votes(batch)
    assert set(got) == {
        ("state:RUS", "no"),
        ("state:CHN", "no"),
        ("state:ZAF", "no"),
        ("state:IDN", "abstain"),
        ("state:GNQ", "abstain"),
        ("state:CIV", "abstain"),
    }
    assert len(set(got.values())) == 1 and next(iter(got.values())).startswith("resolution:unsc-2019-03")
    # "met to vote on" states no choice: nobody voted yes
    assert not [r for r in batch.claims if r.choice == "yes"]


def test_vetoes_used_and_members_listed_in_apposition(read: Callable[..., GraphBatch]) -> None:
    # todayaz-2022-dprk-sanctions-double-veto.txt
    batch = read(
        "Russia and China used their veto right during a UN Security Council vote on a US resolution to "
        "toughen sanctions against North Korea, Trend reports citing TASS.\n\n"
        "The remaining members - the United Kingdom, the United States and France, as well as Albania, "
        "Brazil, Gabon, Ghana, India, Ireland, Kenya, Mexico, Norway and the UAE - voted in favor.",
        published="2022-05-27",
    )
    draft = "resolution:unsc-2022-05-27-draft-usa"
    yes = ("GBR", "USA", "FRA", "ALB", "BRA", "GAB", "GHA", "IND", "IRL", "KEN", "MEX", "NOR", "ARE")
    assert votes(batch) == {
        ("state:RUS", "no"): draft,
        ("state:CHN", "no"): draft,
        **{(f"state:{s}", "yes"): draft for s in yes},
    }
    assert {r.source for r in batch.claims if r.source_says == "vetoed"} == {"state:RUS", "state:CHN"}
    assert ("PROPOSES", "state:USA", draft) in claims(batch, "PROPOSES")


def test_those_voting_against_were(read: Callable[..., GraphBatch]) -> None:
    # finanznachrichten-2025-unga-cuba-embargo.txt
    batch = read(
        "The UN General Assembly has adopted a resolution calling for an end to the United States embargo "
        "against Cuba.\n\n"
        "Those voting against this year's resolution were the U.S., Israel, Argentina, Hungary, Paraguay, "
        "North Macedonia, and Ukraine.",
        published="2025-10-29",
    )
    against = {s for (s, choice) in votes(batch) if choice == "no"}
    assert against >= {"state:ISR", "state:ARG", "state:HUN", "state:PRY", "state:MKD", "state:UKR"}
    assert not {s for (s, choice) in votes(batch) if choice != "no"}


def test_tally_with_abstainers_on_an_adopted_resolution(read: Callable[..., GraphBatch]) -> None:
    # un-2022-sc15159-myanmar-res2669.txt
    batch = read(
        "Adopting resolution 2669 (2022) (to be issued as document S/RES/2669(2022)) by a vote of 12 in "
        "favour to none against, with 3 abstentions (China, India, Russian Federation), the 15-member organ "
        "demanded an immediate end to all forms of violence throughout the country.",
        published="2022-12-21",
    )
    assert votes(batch) == {
        ("state:CHN", "abstain"): "resolution:unsc-s-res-2669",
        ("state:IND", "abstain"): "resolution:unsc-s-res-2669",
        ("state:RUS", "abstain"): "resolution:unsc-s-res-2669",
    }


def test_body_adopting_as_the_assembly_and_by_agentless_passive(read: Callable[..., GraphBatch]) -> None:
    # un-2024-ga12600-palestine-membership.txt: "the Assembly", a draft symbol, the day from the paragraph
    batch = read(
        "The General Assembly resumed its tenth emergency special session today.\n\n"
        "On 10 April, the Assembly adopted a resolution that upgrades the State of Palestine’s rights. The "
        "Assembly adopted the resolution titled “Admission of new Members to the United Nations” (document "
        "A/ES-10/L.30/Rev.1) by a recorded vote of 143 in favour to 9 against (Argentina, Czech Republic, "
        "Hungary, Israel, Federated States of Micronesia, Nauru, Palau, Papua New Guinea, United States), "
        "with 25 abstentions.",
        published="2024-05-13",
    )
    adopts = [(r.source, r.target) for r in batch.claims if r.type.value == "ADOPTS"]
    assert ("org:unga", "resolution:unga-a-es-10-l-30-rev-1") in adopts
    against = {s for (s, choice), t in votes(batch).items() if choice == "no" and t.endswith("l-30-rev-1")}
    assert against == {
        "state:ARG", "state:CZE", "state:HUN", "state:ISR", "state:FSM", "state:NRU", "state:PLW", "state:PNG",
        "state:USA",
    }  # fmt: skip


def test_agentless_passive_counts_no_counterfactual(read: Callable[..., GraphBatch]) -> None:
    # finanznachrichten-2025-unga-cuba-embargo.txt and un-2017-sc13072-syria-jim-vetoes.txt
    adopted = read(
        "The UN General Assembly has adopted a resolution calling for an end to the embargo against Cuba.\n\n"
        "The resolution, titled 'Necessity of ending the economic, commercial and financial embargo imposed "
        "by the United States of America against Cuba', was adopted by 165 votes in favour, seven against, "
        "and twelve abstentions on Wednesday.",
        published="2025-10-29",
    )
    assert {r.source for r in adopted.claims if r.type.value == "ADOPTS"} == {"org:unga"}
    not_adopted = read(
        "The Security Council failed to renew the mandate of the investigative team.\n\n"
        "Had the draft been adopted, it would have extended the Mechanism for a further one year.",
        published="2017-11-16",
    )
    assert not [r for r in not_adopted.claims if r.type.value == "ADOPTS"]


def test_a_legislature_s_resolution_is_no_un_text(read: Callable[..., GraphBatch]) -> None:
    # wh-briefings, press briefing of 2023-06-14
    batch = read(
        "Earlier today, President Biden vetoed S.J. Resolution 11, the most recent attempt by congressional "
        "Republicans to pollute the air our children breathe.",
        published="2023-06-14",
    )
    assert not [r for r in batch.claims if r.target.startswith("resolution:")]


def test_a_heading_after_a_vote_reads_on_a_fork_of_the_discourse(read: Callable[..., GraphBatch]) -> None:
    # a heading in the issuer's voice is read on a copy of the discourse, which now holds the text
    # just voted on (a Target with its parse): the copy must not try to pickle it
    batch = read(
        "The Security Council failed to adopt the draft resolution, with 2 abstaining (China, Egypt).\n\n"
        "Sanctions on Syria\n\n"
        "Against were Bolivia and the Russian Federation.",
        published="2017-11-16",
    )
    assert {(s, c) for (s, c) in votes(batch)} == {
        ("state:CHN", "abstain"),
        ("state:EGY", "abstain"),
        ("state:BOL", "no"),
        ("state:RUS", "no"),
    }


def test_a_draft_says_what_its_penholder_proposes(read: Callable[..., GraphBatch]) -> None:
    # todayaz-2022-dprk-sanctions-double-veto.txt
    batch = read(
        "The US initiative condemned the March 24 ballistic missile launch by Pyongyang and other recent missile tests.",
        published="2022-05-27",
    )
    assert {(r.type.value, r.source) for r in batch.claims if r.type.value == "CONDEMNS"} == {("CONDEMNS", "state:USA")}


def test_votes_detailed_after_a_dated_vote_are_of_its_day(read: Callable[..., GraphBatch]) -> None:
    # radiohc-2019-venezuela-double-veto.txt: the vote is dated once, then detailed; the counterfactual
    # in un-2017-sc13072 ("Had the draft been adopted, ... set to expire on 17 November") dates nothing
    batch = read(
        "United Nations Security Council members met on Thursday to vote on two opposed projects of "
        "resolution on Venezuela.\n\n"
        "The U.S. draft resolution garnered the minimum votes, Russia and China casting their vetoes. "
        "South Africa also voted against the text, while Indonesia, Equatorial Guinea and Ivory Coast abstained.",
        published="2019-03-01",
    )
    assert {r.date for r in batch.claims if r.choice} == {"2019-02-28"}
    undated = read(
        "It rejected the United States draft in a vote of 11 in favour to 2 against (Bolivia, Russian "
        "Federation), with 2 abstaining (China, Egypt).  Had the draft been adopted, it would have extended "
        "the Mechanism, set to expire on 17 November, for a further one year.\n\n"
        "The Russian Federation’s draft was rejected by 4 votes in favour (Bolivia, China, Kazakhstan, "
        "Russian Federation) to 7 against (France, Italy, Sweden, Ukraine, United Kingdom, United States "
        "and Uruguay), with 4 abstaining (Egypt, Ethiopia, Japan and Senegal).",
        published="2017-11-16",
    )
    assert {r.date for r in undated.claims if r.choice} == {"2017-11-16"}


def test_a_vote_with_neither_text_nor_voters_named_is_no_claim(read: Callable[..., GraphBatch]) -> None:
    # seeds/001: "they" is the Eurasian countries, and the text voted on is not named either
    batch = read(
        "China and Russia signed a joint statement.\n\n"
        "For instance, although they basically abstained or were absent during voting in the UN General "
        "Assembly’s condemnation of Russia, they did not recognize the “referendum on joining Russia”."
    )
    assert not [r for r in batch.claims if r.type.value == "ABSTAINS"]
