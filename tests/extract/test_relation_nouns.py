"""A relation or disposition noun names no issue by itself: what it governs does (issue 12). Each
test reads a real sentence of a General Debate speech (../shared/corpora/ungdc-2015-2024, the file
named above it) as the speech of its state: the claim keeps the text's own phrase as target_text and
lands on the taxonomy node of what the noun governs.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.graph.models import GraphBatch

pytestmark = pytest.mark.nlp


def claims(
    read: Callable[..., GraphBatch], text: str, state: str, year: int, rels: tuple[str, ...] = ("SUPPORTS", "OPPOSES")
) -> set[tuple[str, str, str | None]]:
    """(relation, target, target_text) of the speech's position claims."""
    batch = read(text, published=f"{year}-09", on_behalf_of=state)
    return {(c.type.value, c.target, c.attrs.get("target_text")) for c in batch.claims if c.type.value in rels}


def test_solidarity_with_a_people_is_a_stance_on_its_state(read: Callable[..., GraphBatch]) -> None:
    # DJI_70_2015: the parser hangs "with the Yemeni people" on the verb, not on "solidarity"
    text = (
        "The Republic of Djibouti reaffirms its solidarity with the Yemeni people and has taken all "
        "necessary measures to assist and welcome the displaced people fleeing the fighting."
    )
    found = claims(read, text, "state:DJI", 2015)
    assert ("SUPPORTS", "issue:situation-in-yemen", "solidarity with the Yemeni people") in found


def test_resilience_in_the_face_of_a_harm_is_a_stance_against_it(read: Callable[..., GraphBatch]) -> None:
    # HTI_72_2017: "in the face of" hung on the verb; the disasters, not resilience, name the issue
    text = (
        "As an island State, Haiti is determined to strengthen its resilience in the face of the natural "
        "disasters that affect the Caribbean region every year."
    )
    found = claims(read, text, "state:HTI", 2017)
    # against the disasters, which are the breach of disaster risk reduction: support for it
    assert found == {("SUPPORTS", "issue:disaster-risk-reduction", "resilience in the face of the natural disasters")}


def test_resilience_to_a_named_issue_the_tagger_read_as_an_infinitive(read: Callable[..., GraphBatch]) -> None:
    # DMA_73_2018: the tagger reads "to climate change" as the infinitive "to climate" with the object
    # "change"; the issue vocabulary knows "climate change" as a name
    text = (
        "We encourage other vulnerable small island States to embark on building resilience to climate change as well."
    )
    found = claims(read, text, "state:DMA", 2018)
    assert ("OPPOSES", "issue:climate-change", "resilience to climate change") in found


def test_a_states_unity_is_its_territorial_integrity(read: Callable[..., GraphBatch]) -> None:
    # SAU_79_2024: GA resolution 2625 (XXV) pairs a State's national unity and territorial integrity
    text = (
        "We reaffirm the importance of maintaining Syria’s **unity, security, stability, and territorial "
        "integrity**, for the benefit of its people."
    )
    found = claims(read, text, "state:SAU", 2024)
    assert ("SUPPORTS", "issue:territorial-integrity", "Syrias unity") in found


def test_unity_that_governs_nothing_stays_unplaced(read: Callable[..., GraphBatch]) -> None:
    # JPN_72_2017: "our unity" says of nothing; no issue is invented for it
    text = "In order to change North Korea’s policies, we must strengthen our unity."
    found = claims(read, text, "state:JPN", 2017)
    assert found <= {("SUPPORTS", "issue:unity", "unity")}


def test_support_to_a_state_called_for_is_on_that_states_situation(read: Callable[..., GraphBatch]) -> None:
    # MDA_79_2024: a call to provide support to a state (the call-to-action construction names the
    # object's phrase itself) is a proposal on that state's situation, not on "support"
    text = "And we urge the international community to timely provide all necessary support to Ukraine."
    found = claims(read, text, "state:MDA", 2024, rels=("PROPOSES",))
    assert ("PROPOSES", "issue:situation-in-ukraine", "necessary support to Ukraine") in found


def test_resilience_to_threats_to_a_good_is_no_stance_against_the_good(read: Callable[..., GraphBatch]) -> None:
    # TTO_70_2015: "threats to national security" lands on the security node, a good: withstanding it is
    # no stance against security, so the phrase is not placed by its complement
    text = (
        "To promote such an integrated and resilient approach to national security and to contribute to the "
        "attainment of sustainable development in line with the Government’s strategic vision for developed "
        "country status by 2030, the Government of Trinidad and Tobago will actively pursue mechanisms to "
        "strengthen national capacities to reduce risk and to build community resilience to threats to "
        "national security."
    )
    found = claims(read, text, "state:TTO", 2015)
    assert not any(rel == "OPPOSES" and "resilience" in (text or "") for rel, _, text in found)
