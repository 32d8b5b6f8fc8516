"""Stances toward issues read from stance nouns, from acts reported just before, and from lists of
targets (extract/constructions/stances.py, grammar.syntax.list_heads), each on sentences of the development
set (../shared/eval/dev/docs), with the real spaCy pipeline (marker ``nlp``)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import pytest

from diplograph.extract.loaders import SourceDocument
from diplograph.extract.pipeline import Extractor
from diplograph.graph.models import GraphBatch

pytestmark = pytest.mark.nlp

Stance = tuple[str, str, str, tuple[str, ...]]


def stances(batch: GraphBatch, *types: str) -> set[Stance]:
    """(type, source, target name, aliases) of each claim of these types."""
    nodes = {n.id: n.properties for n in batch.nodes}
    return {
        (r.type.value, r.source, nodes[r.target].get("name", ""), tuple(sorted(nodes[r.target].get("aliases") or ())))
        for r in batch.claims
        if r.type.value in types
    }


def test_a_demonstrative_object_names_the_act_reported_before(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "The European Union (EU) imposed unilateral sanctions on relevant Chinese individuals and entity on "
        "March 22th 2021, citing the so-called human rights issues in Xinjiang. This move, based on nothing but "
        "lies and disinformation, disregards and distorts facts, grossly interferes in China’s internal affairs. "
        "China firmly opposes and strongly condemns this.",
        published="2021-03-22",
    )
    act = "European Union imposed unilateral sanctions on relevant Chinese individuals and entity"
    found = {(t, s, a) for t, s, _, aliases in stances(batch, "OPPOSES", "CONDEMNS") for a in aliases}
    assert ("OPPOSES", "state:CHN", act) in found
    assert ("CONDEMNS", "state:CHN", act) in found
    by = {(r.type.value, r.source) for r in batch.claims if r.extractor == "stance-on-act.v1"}
    assert by == {("OPPOSES", "state:CHN"), ("CONDEMNS", "state:CHN")}


def test_this_with_no_act_before_it_is_no_stance(read: Callable[..., GraphBatch]) -> None:
    batch = read("China firmly opposes and strongly condemns this.", published="2021-03-22")
    assert not [r for r in batch.claims if r.extractor == "stance-on-act.v1"]


def test_concern_over_a_threat_is_a_stance_against_it(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "The Russian draft resolution expresses concern over threats to use force against Venezuela.",
        published="2019-03-01",
    )
    got = {
        (t, s) for t, s, _, aliases in stances(batch, "OPPOSES") if "threats to use force against Venezuela" in aliases
    }
    assert got == {("OPPOSES", "state:RUS")}


def test_an_appeal_to_reject_opposes_what_is_rejected(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "The resolution reiterates the General Assembly's long-standing appeal for all States to reject punitive "
        "US legislation such as the Helms-Burton Act of 1996.",
        published="2025-10-29",
    )
    assert {(t, s, n) for t, s, n, _ in stances(batch, "OPPOSES", "SUPPORTS")} == {
        ("OPPOSES", "org:unga", "punitive US legislation such as the Helms-Burton Act of 1996")
    }


def test_a_call_to_act_is_support_for_the_act(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "The Security Council today adopted resolution 2669 (2022) on Myanmar. By its terms, the Council "
        "reiterated its call to uphold democratic institutions and processes and pursue constructive dialogue "
        "and reconciliation in accordance with the will and interests of Myanmar’s people.",
        published="2022-12-21",
    )
    names = {a for t, s, n, aliases in stances(batch, "SUPPORTS") if s == "org:unsc" for a in (n, *aliases)}
    assert "uphold democratic institutions and processes" in names


def test_two_objects_each_qualified_are_two_targets(read: Callable[..., GraphBatch]) -> None:
    batch = read('A:China opposes unilateral sanctions and so-called "long-arm jurisdiction".', published="2019-11-05")
    assert {(t, s, n) for t, s, n, _ in stances(batch, "OPPOSES")} == {
        ("OPPOSES", "state:CHN", "unilateral sanctions"),
        ("OPPOSES", "state:CHN", "so-called long-arm jurisdiction"),
    }


def test_atrocities_a_speaker_names_are_condemned(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "Foreign Secretary Dominic Raab, said: “The military junta in Myanmar continues to crush democracy and "
        "attack its own people with brutal ferocity.",
        published="2021-05-17",
    )
    assert {(t, s, n) for t, s, n, _ in stances(batch, "CONDEMNS")} == {
        (
            "CONDEMNS",
            "person:dominic-raab",
            "military junta in Myanmar continues to crush democracy and attack its own people with brutal ferocity",
        )
    }
    # a topic word inside the description ("democracy") never renames it: the speaker condemns the
    # junta's acts, not democracy
    assert not [r for r in batch.claims if r.target == "issue:democracy"]


def test_a_condemning_adjective_on_an_act_in_a_ministry_release(extractor: Extractor) -> None:
    text = (
        "Bilateral relations, NATO enlargement, latest developments on Ukraine, and vile attacks against our holy "
        "book Quran in Netherlands were discussed at the meeting."
    )
    source = SourceDocument(
        doc_id="doc:test",
        file="test.txt",
        path="test.txt",
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        published="2023-09-18",
        publisher="Ministry of Foreign Affairs of the Republic of Türkiye",
    )
    batch = extractor.extract(source).batch
    got = {(t, s) for t, s, n, _ in stances(batch, "CONDEMNS") if n.startswith("vile attacks against our holy book")}
    assert got == {("CONDEMNS", "state:TUR")}


def test_a_swipe_at_a_state_condemns_it(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "Q: On November 4, White House National Security Adviser Robert O'Brien at the US-ASEAN Summit took a swipe "
        "at China, saying Beijing was using intimidation to try to stop ASEAN nations from exploiting their "
        "offshore resources.",
        published="2019-11-05",
    )
    assert ("CONDEMNS", "person:robert-obrien", "state:CHN") in {
        (r.type.value, r.source, r.target) for r in batch.claims
    }


def test_what_a_holder_hopes_others_will_do_is_its_stance(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "Abdullatif bin Rashid Al Zayani, Bahrain's foreign minister, spoke at the ceremony. He said he hoped the "
        "agreement would lead to a “comprehensive and enduring two-state solution for the Palestinian people.”",
        published="2020-09-16",
    )
    # what the act would lead to is a noun phrase, placed like any other target: on the taxonomy's node,
    # with the text's own phrase kept among the node's forms
    got = {(t, s, n) for t, s, n, a in stances(batch, "SUPPORTS") if any("two-state" in f for f in a)}
    assert got == {("SUPPORTS", "person:abdullatif-bin-rashid-al-zayani", "two-state solution")}
    claim = next(r for r in batch.claims if r.extractor == "hope-clause.v4")
    assert claim.attrs["target_text"] == "comprehensive and enduring two-state solution for the Palestinian people"


def test_a_pleasantry_hoped_for_is_no_stance(read: Callable[..., GraphBatch]) -> None:
    batch = read("I hope you all have a great weekend.", published="2022-01-14")
    assert not [r for r in batch.claims if r.extractor == "hope-clause.v2"]


def test_a_call_for_an_end_supports_the_end_kept_whole(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "The Security Council today called for the immediate end to all forms of violence in Myanmar and urged "
        "restraint, the de-escalation of tensions and the release of all arbitrarily detained prisoners.",
        published="2022-12-21",
    )
    assert ("SUPPORTS", "org:unsc", "immediate end to all forms of violence in Myanmar") in {
        (t, s, n) for t, s, n, _ in stances(batch, "SUPPORTS")
    }


def test_a_resolution_calling_for_an_end_is_its_adopter_s_stance(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "The UN General Assembly has - for the 33rd consecutive year - adopted a resolution calling for an end to "
        "the decades-long United States embargo against Cuba.",
        published="2025-10-29",
    )
    assert ("SUPPORTS", "org:unga", "end to the decades-long United States embargo against Cuba") in {
        (t, s, n) for t, s, n, _ in stances(batch, "SUPPORTS")
    }


def test_an_act_judged_a_mistake_is_no_stance(read: Callable[..., GraphBatch]) -> None:
    # White House corpus: remarks by the National Security Advisor at the Brookings Institution, 2024-10-23
    batch = read(
        "The United States and our allies and partners have long limited the export of dual-use technologies. "
        "This is logical and uncontroversial. Now, it would be a mistake to attempt to return to the Cold War "
        "paradigm of almost no trade, including technological trade, among geopolitical rivals.",
        published="2024-10-23",
    )
    assert not [r for r in batch.claims if r.type.value in ("SUPPORTS", "OPPOSES") and "paradigm" in r.target]


def test_looking_forward_to_a_meeting_is_a_prospect(read: Callable[..., GraphBatch]) -> None:
    batch = read(
        "Mr. Sullivan noted that President Biden looks forward to meeting Prime Minister Kishida at the G7 "
        "Leaders’ Summit in Hiroshima this month.",
        published="2023-05-01",
    )
    meets = [r for r in batch.claims if r.type.value == "MEETS"]
    assert [(r.source, r.target, r.status) for r in meets] == [("person:joe-biden", "person:fumio-kishida", "planned")]
