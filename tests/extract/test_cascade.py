"""The cascade (extract/cascade.py): which sentences the model reads, and that reading only those
gives the claims reading every sentence gives.

The sentences are quoted from the seeds (seeds/), the development set (../shared/eval/dev/docs) and
the White House corpus (../shared/corpora/wh-briefings); the end-to-end test reads a seed document
whole. They run the real spaCy pipeline (marker ``nlp``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc

from diplograph.extract.cascade import SKIPPED, Run, SentenceGate, sentence_starts, stitch
from diplograph.extract.components import cascade_switch
from diplograph.extract.loaders import load_document
from diplograph.extract.pipeline import Extractor

pytestmark = pytest.mark.nlp

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def gate(extractor: Extractor) -> SentenceGate:
    return extractor.gated.gate  # the gate of the session's extractor, whether or not its cascade is on


def _paragraph(extractor: Extractor, text: str) -> Doc:
    doc = extractor.nlp.make_doc(text)
    doc.user_data["offset"] = 0
    return doc


def _decisions(gate: SentenceGate, extractor: Extractor, text: str) -> list[tuple[str, bool]]:
    doc = _paragraph(extractor, text)
    return [
        (doc[s:e].text.strip(), run.parse)
        for run in gate.runs(doc)
        for s, e in zip(run.sentences, (*run.sentences[1:], run.end), strict=True)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # wh-briefings, press briefing of 2022-03-21: the turns around the questions
        "Thank you, Jen.",
        "Go ahead.",
        "So, preparatory activity could mean scanning websites; it could be hunting for vulnerabilities.",
        # seeds/003: an actor and a pair, but no act
        "The two parties also reviewed macro international conditions.",
        # seeds/004: "work" is a frame's word only with "with" ("work with X")
        "Major powers need to work together to move the process of globalization forward in the right direction.",
    ],
)
def test_sentences_that_hold_no_claim_are_skipped(gate: SentenceGate, extractor: Extractor, sentence: str) -> None:
    assert _decisions(gate, extractor, sentence) == [(sentence, False)]


@pytest.mark.parametrize(
    "sentence",
    [
        # dev, un-2022-sc15159-myanmar-res2669.txt: a referring subject and a trigger
        "It also urged the Myanmar military to immediately release all arbitrarily detained prisoners.",
        # wh-briefings 2022-03-21: an actor and a frame's verb with its preposition
        "We’re consulting with our allies and partners, including Israel, as we negotiate.",
        # seeds/001: a deontic clause, whose source is the paragraph's position holder
        "The populace’s safety and property should be effectively guaranteed, especially to prevent a "
        "large-scale humanitarian crisis.",
        # wh-briefings 2022-03-21: a date, which the narrative's year and the paragraph's date need
        "I mentioned, for example, just last week, several hundred companies were brought in to get that briefing.",
        # dev, ynet-2024-uk-sanctions-israeli-settlers.txt: a title before a name (HOLDS_OFFICE)
        "The announcement was made by Foreign Secretary Lord David Cameron.",
        # dev, un-2017-sc13072-syria-jim-vetoes.txt: a list of voters
        "France, Italy, Sweden, Ukraine, United Kingdom, United States and Uruguay voted against.",
    ],
)
def test_sentences_that_can_hold_a_claim_pass(gate: SentenceGate, extractor: Extractor, sentence: str) -> None:
    assert _decisions(gate, extractor, sentence) == [(sentence, True)]


def test_the_sentence_before_a_pronoun_passes(gate: SentenceGate, extractor: Extractor) -> None:
    # dev, upi-2020-us-sanctions-carrie-lam-hong-kong.txt: "she" is the subject of the sentence before
    first = "Lam is the most prominent of the 11 Hong Kong officials listed."
    second = (
        "The Treasury said she's \"directly responsible for implementing Beijing's policies of suppression "
        'of freedom and democratic processes."'
    )
    assert _decisions(gate, extractor, first) == [(first, False)]
    assert _decisions(gate, extractor, f"{first} {second}") == [(first, True), (second, True)]


def test_an_opening_quote_starts_the_next_sentence(extractor: Extractor) -> None:
    # dev, ynet-2024-uk-sanctions-israeli-settlers.txt
    doc = _paragraph(
        extractor,
        '"Today’s sanctions place restrictions on those involved," said Foreign Secretary Lord David Cameron. '
        '"Extremist settler violence is harming Palestinians."',
    )
    starts = sentence_starts(doc)
    assert [doc[s].text for s in starts] == ['"', '"']
    assert doc[starts[1] - 1].text == "."


def test_a_stitched_paragraph_keeps_its_text_and_parses_only_what_passed(
    gate: SentenceGate, extractor: Extractor
) -> None:
    # two sentences of the wh-briefings briefing of 2022-03-21: a turn, then an act with an actor
    text = "Go ahead. They also reviewed recent diplomatic efforts in support of Ukraine’s effort to reach a ceasefire."
    doc = _paragraph(extractor, text)
    runs = gate.runs(doc)
    assert [(r.parse, r.sentences) for r in runs] == [(False, (0,)), (True, (3,))]
    parsed = {1: next(extractor.nlp.pipe([Doc(doc.vocab, words=[t.text for t in doc[3:]])]))}
    out = stitch(doc, runs, parsed)
    assert out.text == text
    assert [s.start for s in out.sents] == [0, 3]
    assert out.user_data[SKIPPED] == frozenset({0})
    assert all(t.pos_ == "" and t.ent_type_ == "" for t in out[:3])
    assert out[5].pos_ == "VERB" and out[5].dep_ == "ROOT"  # "reviewed"
    # its one name is a plain gazetteer form: the entity recogniser had nothing to find there
    assert runs[1].entities is False and not out.ents


def test_cascade_and_plain_reading_give_the_same_claims(extractor: Extractor) -> None:
    """seeds/000: the model skips sentences of it, and the claims are those reading every sentence gives."""
    source = load_document(SEEDS / "000_832c0e92c012bd7f.txt")
    _ = extractor.reader  # loads the model, the gazetteer and the linker the two extractors share
    plain = Extractor(cascade=False)
    plain.__dict__.update({k: extractor.__dict__[k] for k in ("nlp", "gazetteer", "linker", "reader")})
    gated = Extractor(cascade=True)
    gated.__dict__.update({k: extractor.__dict__[k] for k in ("nlp", "gazetteer", "linker", "reader")})

    with_cascade = gated.extract(source).batch.claims
    without = plain.extract(source).batch.claims

    assert gated.gated.skipped_sentences >= 10
    assert len(without) >= 5  # claims of several constructions to compare (9 with pipeline v7)
    assert sorted(r.model_dump_json() for r in with_cascade) == sorted(r.model_dump_json() for r in without)


def test_the_switch_is_in_the_pipeline_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # on by default (extract/data/pipeline.cfg); the environment and the constructor override it
    monkeypatch.delenv("DIPLOGRAPH_EXTRACT_CASCADE", raising=False)
    assert cascade_switch() is True
    assert Extractor().cascade is True
    assert Extractor(cascade=False).cascade is False
    config = tmp_path / "pipeline.cfg"
    config.write_text("[paragraph]\ncomponents = []\ncascade = false\n", encoding="utf-8")
    assert cascade_switch(config) is False


def test_a_run_is_a_span_of_sentences() -> None:
    run = Run(0, 12, False, (0, 5))
    assert run.entities  # a run the model reads is read whole unless the gate says otherwise
