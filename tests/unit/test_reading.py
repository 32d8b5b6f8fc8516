"""The document reader (extract/reading.py): what one paragraph hands the next through the
discourse, on hand-built parses run through the paragraph components (no model is loaded)."""

from __future__ import annotations

import hashlib

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from diplograph.extract.actors import ActorLinker
from diplograph.extract.assemble import DocumentReading
from diplograph.extract.claims import ClaimReader
from diplograph.extract.components import paragraph_pipeline
from diplograph.extract.constructions import load_readers
from diplograph.extract.dates import Anchor
from diplograph.extract.discourse import Discourse
from diplograph.extract.gazetteer import Gazetteer
from diplograph.extract.handoffs import Paragraph, SourceDocument
from diplograph.extract.reading import NARRATIVE_REACH, DocumentReader, _Document, _paragraph_dates
from diplograph.extract.voice import document_voice

Row = tuple[str, int, str, str, str, bool]

# "In 2015, talks began." / "In May, talks resumed."
IN_2015: list[Row] = [
    ("In", 4, "prep", "ADP", "IN", True),
    ("2015", -1, "pobj", "NUM", "CD", False),
    (",", 2, "punct", "PUNCT", ",", True),
    ("talks", 1, "nsubj", "NOUN", "NNS", True),
    ("began", 0, "ROOT", "VERB", "VBD", False),
    (".", -1, "punct", "PUNCT", ".", False),
]
IN_MAY: list[Row] = [
    ("In", 4, "prep", "ADP", "IN", True),
    ("May", -1, "pobj", "PROPN", "NNP", False),
    (",", 2, "punct", "PUNCT", ",", True),
    ("talks", 1, "nsubj", "NOUN", "NNS", True),
    ("resumed", 0, "ROOT", "VERB", "VBD", False),
    (".", -1, "punct", "PUNCT", ".", False),
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return paragraph_pipeline(spacy.blank("en"))


@pytest.fixture(scope="module")
def reader(nlp: Language) -> DocumentReader:
    gaz = Gazetteer.load()
    linker = ActorLinker(nlp, gaz)
    return DocumentReader(linker, ClaimReader(linker, load_readers()), gaz, "test-pipeline.v1")


def paragraph_doc(nlp: Language, rows: list[Row], start: int) -> Doc:
    """A parsed paragraph as the pipeline would hand it over: offset set, components run."""
    doc = Doc(
        nlp.vocab,
        words=[r[0] for r in rows],
        spaces=[r[5] for r in rows],
        heads=[i + r[1] for i, r in enumerate(rows)],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
    )
    doc.user_data["offset"] = start
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def document(text: str, published: str, url: str | None = None) -> SourceDocument:
    sha = hashlib.sha256(text.encode()).hexdigest()
    return SourceDocument(
        doc_id="doc:t", file="t.txt", path="t.txt", text=text, sha256=sha, published=published, url=url
    )


def state_of(source: SourceDocument, reader: DocumentReader) -> _Document:
    anchor = Anchor(source.published)
    discourse = Discourse(voice=document_voice(source, reader.gazetteer))
    return _Document(source, anchor, discourse, DocumentReading(source=source, anchor=anchor))


def test_a_year_the_narrative_sets_dates_year_less_dates_within_reach(nlp: Language, reader: DocumentReader) -> None:
    text = "In 2015, talks began.\n\nIn May, talks resumed."
    source = document(text, "2016-09-10")
    first, second = Paragraph(0, 21, "en", "body"), Paragraph(23, len(text), "en", "body")
    state = state_of(source, reader)
    reader._read_paragraph(state, 0, first, paragraph_doc(nlp, IN_2015, 0))
    assert (state.discourse.context_year, state.discourse.context_year_paragraph) == (2015, 0)

    may = paragraph_doc(nlp, IN_MAY, second.start)
    near = _paragraph_dates(may, second, state, 1)
    assert [(d.date, d.basis) for d in near.dates] == [("2015-05", "context")]
    assert near.paragraph_date == "2015-05" and near.adverbial == {second.start}
    # out of reach, "In May" is the publication year's May
    far = _paragraph_dates(may, second, state, NARRATIVE_REACH + 1)
    assert [(d.date, d.basis) for d in far.dates] == [("2016-05", "publication")]


def test_a_transcript_turn_opens_its_speakers_voice_once(nlp: Language, reader: DocumentReader) -> None:
    text = "THE PRESIDENT: In May, talks resumed."
    source = document(text, "2022-06-01", url="https://www.whitehouse.gov/briefing-room/2022/06/01/remarks/")
    state = state_of(source, reader)
    assert state.discourse.voice.state is None
    turn = Paragraph(15, len(text), "en", "body", speaker_label="THE PRESIDENT")
    reader._read_paragraph(state, 0, turn, paragraph_doc(nlp, IN_MAY, turn.start))
    voice = state.discourse.voice
    assert voice.state is not None and voice.state.node_id == "state:USA"
    assert reader._speaker_voice(state, "THE PRESIDENT") is voice


def test_a_document_reads_to_its_batch_chinese_paragraphs_mentioning(nlp: Language, reader: DocumentReader) -> None:
    text = "In 2015, talks began.\n\n中国和俄罗斯。"
    source = document(text, "2016-09-10")
    english, chinese = Paragraph(0, 21, "en", "body"), Paragraph(23, len(text), "zh", "body")
    extraction = reader.read(source, [english, chinese], {english: paragraph_doc(nlp, IN_2015, 0)})
    assert extraction.batch.document.id == "doc:t"
    assert extraction.batch.document.properties["pipeline"] == "test-pipeline.v1"
    assert extraction.batch.claims == []
    # the Chinese paragraph is not parsed but links its actors
    assert {(r.type.value, r.target) for r in extraction.batch.relationships} == {
        ("MENTIONS", "state:CHN"),
        ("MENTIONS", "state:RUS"),
    }
