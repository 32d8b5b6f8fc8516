"""Names that hold an actor's form but name no actor (extract/gazetteer/data/blockers.yaml): the
linker matches them as spans of their own, so the longest match keeps the actor's form from
matching inside them. A blank pipeline: no model is loaded."""

from __future__ import annotations

import pytest
import spacy

from diplograph.extract.actors import ActorLinker
from diplograph.extract.gazetteer import Gazetteer

NLP = spacy.blank("en")


@pytest.fixture(scope="module")
def linker() -> ActorLinker:
    return ActorLinker(NLP, Gazetteer.load())


def linked(linker: ActorLinker, text: str) -> list[tuple[str, str]]:
    doc = NLP.make_doc(text)
    return [(m.surface, m.node_id) for m in linker.link(doc, offset=0, date="2024-05-01", known_people={})]


def test_a_sea_named_after_a_state_is_not_the_state(linker: ActorLinker) -> None:
    assert linked(linker, "Patrols in the South China Sea worried Japan.") == [("Japan", "state:JPN")]


def test_the_state_itself_is_still_read_beside_the_blocked_name(linker: ActorLinker) -> None:
    found = linked(linker, "China sent ships to the South China Sea.")
    assert found == [("China", "state:CHN")]


def test_a_region_of_one_state_is_not_its_neighbour(linker: ActorLinker) -> None:
    assert ("Ireland", "state:IRL") not in linked(linker, "The talks covered trade with Northern Ireland.")
