"""Stances toward issues read from stance nouns, from acts reported just before, and from lists of
targets (extract/constructions/stances.py, claims._list_heads), each on sentences of the development
set (../shared/eval/dev/docs), with the real spaCy pipeline (marker ``nlp``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

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
