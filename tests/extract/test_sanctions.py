"""Sanctions and the document's own voice (extract/constructions/sanctions.py, extract/voice.py), each
on real sentences of the development set (../shared/eval/dev/docs) and the White House corpus,
asserting the exact claims. They run the real spaCy pipeline (marker ``nlp``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

import pytest

from diplograph.extract.loaders import SourceDocument
from diplograph.extract.pipeline import Extractor, build_extractor
from diplograph.graph.models import GraphBatch

pytestmark = pytest.mark.nlp

STATE_DEPARTMENT = "U.S. Department of State (statement by Secretary Pompeo; copy at Beirut Times)"
CHINA_MFA = "Ministry of Foreign Affairs of the People's Republic of China (statement; copy at tendenzblick.net)"
EU_COUNCIL = "Council of the European Union (press release; copy at IEU Monitoring)"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return build_extractor()


@pytest.fixture(scope="module")
def read(extractor: Extractor) -> Callable[..., GraphBatch]:
    def run(text: str, published: str | None = "2023-01-11", publisher: str | None = None) -> GraphBatch:
        source = SourceDocument(
            doc_id="doc:test",
            file="test.txt",
            path="test.txt",
            text=text,
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            published=published,
            publisher=publisher,
        )
        return extractor.extract(source).batch

    return run


def sanctions(batch: GraphBatch) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in batch.claims if r.type.value == "SANCTIONS"}


def node(batch: GraphBatch, node_id: str) -> dict[str, Any]:
    found = [n for n in batch.nodes if n.id == node_id]
    assert found, node_id
    return found[0].model_dump()


def test_we_are_designating_a_list_in_the_issuers_voice(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "Lastly, we are designating Bushra al-Assad, Manal al-Assad, Ahmad Sabir Hamsho, Amr Hamsho, Ali Hamsho, "
        "Rania al-Dabbas, and Sumaia Hamcho under E.O. 13894 Section 2(a)(ii).",
        published="2020-06-17",
        publisher=STATE_DEPARTMENT,
    )
    people = ["bushra-al-assad", "manal-al-assad", "ahmad-sabir-hamsho", "amr-hamsho", "ali-hamsho"]
    people += ["rania-al-dabbas", "sumaia-hamcho"]
    assert sanctions(batch) == {("state:USA", f"person:{p}") for p in people}
    for r in batch.claims:
        assert r.attrs["agent_basis"] == "document"
        assert r.date == "2020-06-17"


def test_a_list_resumes_after_its_legal_basis(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "We are designating the architect of this suffering Bashar Al-Assad and his wife Asma al-Assad pursuant "
        "to E.O. 13894 Section 2(a)(i)(A) and Section 2(a)(ii), respectively, as well as funder of these "
        "atrocities Mohammed Hamsho and Iranian militia Fatemiyoun Division pursuant to E.O. 13894 2(a)(i)(D).",
        published="2020-06-17",
        publisher=STATE_DEPARTMENT,
    )
    assert sanctions(batch) == {
        ("state:USA", "person:bashar-al-assad"),
        ("state:USA", "person:asma-al-assad"),
        ("state:USA", "person:mohammed-hamsho"),
        ("state:USA", "org:fatemiyoun-division"),
    }
    militia = node(batch, "org:fatemiyoun-division")
    assert militia["properties"].get("kind") == "armed group"
    assert militia["properties"].get("country") == "state:IRN"


def test_the_chinese_side_sanctions_the_following_list(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "The Chinese side decides to sanction the following ten individuals and four entities on the EU side "
        "that severely harm China’s sovereignty and interests and maliciously spread lies and disinformation: "
        "Reinhard Bütikofer (Green), Michael Gahler (EPP), Raphaël Glucksmann (S&D), Ilhan Kyuchyuk (Renew) and "
        "Miriam Lexmann (Renew) of the European Parliament, Sjoerd Wiemer Sjoerdsma of the Dutch Parliament, "
        "Samuel Cogolati of the Belgian Federal Parliament, Dovile Sakaliene of the Seimas of the Republic of "
        "Lithuania, German scholar Adrian Zenz, Swedish scholar Björn Jerdén, Political and Security Committee "
        "of the Council of the European Union, Subcommittee on Human Rights of the European Parliament, the "
        "Mercator Institute for China Studies in Germany, and the Alliance of Democracies Foundation in Denmark.",
        published="2021-03-22",
        publisher=CHINA_MFA,
    )
    people = ["reinhard-butikofer", "michael-gahler", "raphael-glucksmann", "ilhan-kyuchyuk", "miriam-lexmann"]
    people += ["sjoerd-wiemer-sjoerdsma", "samuel-cogolati", "dovile-sakaliene", "adrian-zenz", "bjorn-jerden"]
    bodies = [
        "political-and-security-committee-of-the-council-of-the-european-union",
        "subcommittee-on-human-rights-of-the-european-parliament",
        "mercator-institute-for-china-studies",
        "alliance-of-democracies-foundation",
    ]
    assert sanctions(batch) == {("state:CHN", f"person:{p}") for p in people} | {
        ("state:CHN", f"org:{b}") for b in bodies
    }
    assert node(batch, "org:mercator-institute-for-china-studies")["properties"].get("country") == "state:DEU"


def test_others_sanctioned_are_a_list_by_the_last_sanctioner(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "The U.S. government on Friday sanctioned Hong Kong leader Carrie Lam and 10 others for complying with "
        "Chinese policies it says restrict the island's freedoms.\n\n"
        "Others sanctioned are Hong Kong Police Commissioner Chris Tang, former commissioner Stephen Lo, security "
        "minister John Lee Ka-chiu, justice minister Teresa Cheng, constitutional secretary Erick Tsang.",
        published="2020-08-07",
        publisher="UPI",
    )
    people = ["carrie-lam", "chris-tang", "stephen-lo", "john-lee-ka-chiu", "teresa-cheng", "erick-tsang"]
    assert sanctions(batch) == {("state:USA", f"person:{p}") for p in people}
    # a news agency is no voice: no claim rests on the document's own voice
    assert not any("agent_basis" in r.attrs for r in batch.claims)


def test_a_round_of_sanctions_targets_companies_such_as(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "Today’s round of sanctions, the sixth since October 2020, also targets companies such as Belaruskali, "
        "Belarus’s main potash producer, and its export arm, Belarusian Potash Co., the state television and "
        "radio broadcasting company Belteleradio, as well as other companies manufacturing tobacco and public "
        "transport vehicles.",
        published="2022-06-03",
        publisher=EU_COUNCIL,
    )
    assert sanctions(batch) == {
        ("org:eu", "org:belaruskali"),
        ("org:eu", "org:belarusian-potash-co"),
        ("org:eu", "org:belteleradio"),
    }
    assert node(batch, "org:belteleradio")["properties"].get("kind") == "company"
    # "Belaruskali, Belarus’s main potash producer": the apposition gives its kind and country
    belaruskali = node(batch, "org:belaruskali")["properties"]
    assert (belaruskali.get("kind"), belaruskali.get("country")) == ("company", "state:BLR")


def test_placed_on_its_sanctions_list_gives_the_countries(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "In a statement, the Foreign Ministry said it was placing 22 individuals and three entities from the EU "
        "on its sanctions list, as well as eight individuals and one entity from the UK.",
        published="2023-01-25",
        publisher="A News (Anadolu Agency)",
    )
    # "it" is the ministry, which no gazetteer entry of a state's names: nothing is read without it
    assert sanctions(batch) == set()
    batch = read(
        "In a tit-for-tat move, Iran on Wednesday announced fresh sanctions against dozens of individuals and "
        "entities affiliated with the European Union and the UK.\n\n"
        "In a statement, the Foreign Ministry said it was placing 22 individuals and three entities from the EU "
        "on its sanctions list, as well as eight individuals and one entity from the UK.",
        published="2023-01-25",
        publisher="A News (Anadolu Agency)",
    )
    assert ("state:IRN", "org:eu") in sanctions(batch)
    assert ("state:IRN", "state:GBR") in sanctions(batch)
    # "on Wednesday" in a text published on a Wednesday is that day
    assert {r.date for r in batch.claims if r.type.value == "SANCTIONS"} == {"2023-01-25"}


def test_hit_with_an_asset_freeze_by(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "The state-owned Myanmar Gems Enterprise was hit with an asset freeze by the UK, the Foreign Office said.",
        published="2021-05-17",
    )
    assert sanctions(batch) == {("state:GBR", "org:myanmar-gems-enterprise")}
    assert node(batch, "org:myanmar-gems-enterprise")["properties"].get("kind") == "company"


def test_removed_sanctions_are_none(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "The United States removed sanctions on Burma over the past decade based on progress toward democracy.",
        published="2021-02-01",
    )
    assert sanctions(batch) == set()


def test_a_headline_names_sanctions_and_only_known_actors(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "Iran imposes sanctions on EU, UK in tit-for-tat move\n\nIt came two days later.", published="2023-01-25"
    )
    assert sanctions(batch) == {("state:IRN", "org:eu"), ("state:IRN", "state:GBR")}
    # in title case every word looks like a name: no "Relevant EU Entities And Personnel" organisation
    batch = read(
        "China: Foreign Ministry Spokesperson Announces Sanctions On Relevant EU Entities And Personnel\n\n"
        "The Chinese government is firmly determined to safeguard national sovereignty.",
        published="2021-03-22",
        publisher=CHINA_MFA,
    )
    assert sanctions(batch) == set()
    assert not [n for n in batch.nodes if "entities" in n.id]


def test_designating_a_place_as_something_is_no_sanction(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "The IAEA has designated cancer institutes in Japan, and India as Rays of Hope Anchor Centres, serving as "
        "hubs for capacity building in education, training, research, innovation, and quality assurance.",
        published="2024-09-21",
    )
    assert sanctions(batch) == set()
    batch = read(
        "President Trump designated the Iranian-backed Houthis as a foreign terrorist organization (FTO) in "
        "January 2021.",
        published="2025-01-22",
    )
    assert sanctions(batch) == {("state:USA", "org:houthis")}
    assert [r.attrs.get("announced_by") for r in batch.claims if r.type.value == "SANCTIONS"] == ["Donald Trump"]


def test_individuals_designated_on_monday_are_the_last_sanctioners(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        'The UK on Monday announced sanctions against "extremist Israeli settlers who have violently attacked '
        'Palestinians in the West Bank."\n\n'
        "The statement said that two of the individuals designated on Monday – Moshe Sharvit and Yinon Levy – have "
        'in recent months "used physical aggression, threatened families at gunpoint and destroyed property as part '
        'of a targeted and calculated effort to displace Palestinian communities." One illegal outpost, set up by '
        "Zvi Bar Yosef, who is also on the sanctions list, has been described by local Palestinian residents as a "
        "“source of systematic intimidation and violence,” according to the statement.",
        published="2024-02-12",
        publisher="Ynetnews",
    )
    assert sanctions(batch) == {
        ("state:GBR", "person:moshe-sharvit"),
        ("state:GBR", "person:yinon-levy"),
        ("state:GBR", "person:zvi-bar-yosef"),
    }
    assert {r.date for r in batch.claims if r.type.value == "SANCTIONS"} == {"2024-02-12"}


def test_the_issuers_we_is_never_the_us(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "Minister of Foreign Affairs Hakan Fidan visited the US to accompany President Recep Tayyip Erdoğan at the "
        "78th Session of the United Nations General Assembly.",
        published="2023-09",
        publisher="Ministry of Foreign Affairs of the Republic of Türkiye",
    )
    assert not [r for r in batch.claims if r.type.value == "VISITS" and r.target == "state:TUR"]


def test_a_department_sanctions_for_its_state(read: Callable[..., GraphBatch]) -> None:
    # White House statement, 2024-05-15 (wh-briefings): the Treasury's act is the United States'
    batch = read(
        "The Department of the Treasury sanctioned a Russian Military Training Center that supports repressive "
        "actions by the Nicaraguan National Police to persecute political opposition and two gold companies that "
        "enrich the Ortega-Murillo regime.",
        published="2024-05-15",
    )
    assert sanctions(batch) == {("state:USA", "org:russian-military-training-center")}
    [claim] = [r for r in batch.claims if r.type.value == "SANCTIONS"]
    assert claim.attrs["announced_by"] == "United States Department of the Treasury"


def test_names_sanctioned_in_the_passive(read: Callable[..., GraphBatch]) -> None:
    # White House background call, 2024-12-09, read as if the State Department issued it
    batch = read("And then in 2018, HTS was designated.", published="2024-12-09", publisher=STATE_DEPARTMENT)
    assert sanctions(batch) == {("state:USA", "org:hts")}
    # White House release, 2021-06-25: designated to an office, not sanctioned
    batch = read(
        "On January 21, 2021, he was designated Chairman by President Joseph R. Biden, Jr.",
        published="2021-06-25",
        publisher=STATE_DEPARTMENT,
    )
    assert sanctions(batch) == set()
