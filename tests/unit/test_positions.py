"""Positions, accusations and events read beyond one predicate, on hand-built parses.

The constructions of extract/constructions/positions.py, accusations.py and events.py on the
shapes of General Debate speeches and readouts (placeholder names; the actors are hand-made
mentions of gazetteer ids), each ``Doc`` built from words, heads, labels and lemmas as spaCy's
own tests do: no model is loaded, so a parser change cannot move these.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from diplograph.extract.actors import ActorLinker, ActorMention
from diplograph.extract.claims import ClaimReader, SentenceContext
from diplograph.extract.constructions.accusations import accusations
from diplograph.extract.constructions.events import at_event
from diplograph.extract.constructions.positions import deontic, evaluative
from diplograph.extract.discourse import Discourse, Voice
from diplograph.extract.gazetteer import Gazetteer
from diplograph.graph.schema import NodeKind

from ..fixtures.hand_parse import parse

NLP = spacy.blank("en")


@pytest.fixture(scope="module")
def reader() -> ClaimReader:
    return ClaimReader(ActorLinker(NLP, Gazetteer.load()))


def mention(doc: Doc, i: int, node_id: str, kind: NodeKind = NodeKind.STATE) -> ActorMention:
    tok = doc[i]
    return ActorMention(tok.idx, tok.idx + len(tok), i, i + 1, node_id, kind, tok.text, tok.text, "gazetteer")


def speech(doc: Doc, mentions: list[ActorMention], speaking: str = "state:BRA") -> SentenceContext:
    """The sentence in a speech given on behalf of ``speaking``."""
    state = ActorMention(0, 0, 0, 0, speaking, NodeKind.STATE, speaking, speaking, "metadata")
    return SentenceContext(
        sent=doc[:],
        mentions=mentions,
        by_token={m.tok_start: m for m in mentions},
        dates=[],
        date_at={},
        discourse=Discourse(voice=Voice(state=state, speech=True)),
        date="2019-09",
        paragraph_index=0,
    )


def claims(found: object) -> set[tuple[str, str, str]]:
    return {(c.rel.value, c.source.node_id, c.target.actor.node_id if c.target.actor else c.target.name) for c in found}  # type: ignore[attr-defined]


def test_a_predicative_evaluation_is_the_speaking_states_stance(reader: ClaimReader) -> None:
    # "Unilateral sanctions are illegitimate ."
    doc = parse(
        [
            ("Unilateral", 1, "amod", "ADJ", "unilateral"),
            ("sanctions", 1, "nsubj", "NOUN", "sanction"),
            ("are", 0, "ROOT", "AUX", "be"),
            ("illegitimate", -1, "acomp", "ADJ", "illegitimate"),
            (".", -2, "punct", "PUNCT", "."),
        ]
    )
    assert claims(evaluative(reader, speech(doc, []), [])) == {("OPPOSES", "state:BRA", "unilateral sanctions")}


def test_a_negated_evaluation_states_nothing(reader: ClaimReader) -> None:
    # "Sanctions are not illegitimate ." says no stance either way
    doc = parse(
        [
            ("Sanctions", 1, "nsubj", "NOUN", "sanction"),
            ("are", 0, "ROOT", "AUX", "be"),
            ("not", -1, "neg", "PART", "not"),
            ("illegitimate", -2, "acomp", "ADJ", "illegitimate"),
        ]
    )
    assert claims(evaluative(reader, speech(doc, []), [])) == set()


def test_outside_a_speech_an_evaluation_is_nobodys(reader: ClaimReader) -> None:
    doc = parse(
        [
            ("Sanctions", 1, "nsubj", "NOUN", "sanction"),
            ("are", 0, "ROOT", "AUX", "be"),
            ("illegitimate", -1, "acomp", "ADJ", "illegitimate"),
        ]
    )
    ctx = speech(doc, [])
    ctx.discourse.voice = Voice()
    assert claims(evaluative(reader, ctx, [])) == set()


def test_an_agentless_deontic_passive_is_the_speakers_position(reader: ClaimReader) -> None:
    # "Sovereignty must be respected ."
    doc = parse(
        [
            ("Sovereignty", 3, "nsubjpass", "NOUN", "sovereignty"),
            ("must", 2, "aux", "AUX", "must"),
            ("be", 1, "auxpass", "AUX", "be"),
            ("respected", 0, "ROOT", "VERB", "respect"),
            (".", -1, "punct", "PUNCT", "."),
        ]
    )
    assert claims(deontic(reader, speech(doc, []), [])) == {("SUPPORTS", "state:BRA", "sovereignty")}


def test_an_accused_actor_is_condemned_and_the_violated_text_upheld(reader: ClaimReader) -> None:
    # "A violates the Charter ." in a speech of B
    doc = parse(
        [
            ("A", 1, "nsubj", "PROPN", "A"),
            ("violates", 0, "ROOT", "VERB", "violate"),
            ("the", 1, "det", "DET", "the"),
            ("Charter", -2, "dobj", "PROPN", "Charter"),
            (".", -3, "punct", "PUNCT", "."),
        ]
    )
    found = claims(accusations(reader, speech(doc, [mention(doc, 0, "state:USA")]), []))
    assert ("CONDEMNS", "state:BRA", "state:USA") in found
    assert any(rel == "SUPPORTS" and "Charter" in target for rel, _, target in found)


def test_the_speaking_state_never_condemns_itself(reader: ClaimReader) -> None:
    doc = parse(
        [
            ("A", 1, "nsubj", "PROPN", "A"),
            ("violates", 0, "ROOT", "VERB", "violate"),
            ("the", 1, "det", "DET", "the"),
            ("Charter", -2, "dobj", "PROPN", "Charter"),
        ]
    )
    found = claims(accusations(reader, speech(doc, [mention(doc, 0, "state:BRA")]), []))
    assert not any(rel == "CONDEMNS" for rel, _, _ in found)


def test_whoever_acts_at_a_summit_attended_it(reader: ClaimReader) -> None:
    # "A spoke at the summit ."
    doc = parse(
        [
            ("A", 1, "nsubj", "PROPN", "A"),
            ("spoke", 0, "ROOT", "VERB", "speak"),
            ("at", -1, "prep", "ADP", "at"),
            ("the", 1, "det", "DET", "the"),
            ("summit", -2, "pobj", "NOUN", "summit"),
            (".", -4, "punct", "PUNCT", "."),
        ]
    )
    ctx = speech(doc, [mention(doc, 0, "state:IND")])
    assert claims(at_event(reader, ctx, [])) == {("ATTENDS", "state:IND", "summit")}


def test_not_speaking_at_a_summit_is_no_attendance(reader: ClaimReader) -> None:
    doc = parse(
        [
            ("A", 3, "nsubj", "PROPN", "A"),
            ("did", 2, "aux", "AUX", "do"),
            ("not", 1, "neg", "PART", "not"),
            ("speak", 0, "ROOT", "VERB", "speak"),
            ("at", -1, "prep", "ADP", "at"),
            ("the", 1, "det", "DET", "the"),
            ("summit", -2, "pobj", "NOUN", "summit"),
        ]
    )
    ctx = speech(doc, [mention(doc, 0, "state:IND")])
    assert claims(at_event(reader, ctx, [])) == set()
