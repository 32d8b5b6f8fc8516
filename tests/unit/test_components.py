"""The paragraph pipeline's spaCy components (extract/components.py) on blank pipelines and
hand-built parses: no model is loaded.

Each ``Doc`` is built from words, heads, dependency labels, tags and entities as spaCy's own tests
do; the end-to-end behaviour on the real model stays covered by tests/extract.
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from diplograph.extract.components import (
    PIPELINE_CONFIG,
    is_adverbial,
    make_abbreviation_hyphen_infix,
    paragraph_doc,
    paragraph_pipeline,
    paragraph_text,
    span_text,
)
from diplograph.extract.dates import Anchor, resolve_dates, scan_dates
from diplograph.extract.handoffs import DateMention, Paragraph

Row = tuple[str, int, str, str, str]


def parsed(nlp: Language, rows: list[Row], ents: list[str] | None = None, offset: int = 0) -> Doc:
    """rows: (word, head offset, dep, POS, tag); the head offset is relative (0 = the root)."""
    doc = Doc(
        nlp.vocab,
        words=[r[0] for r in rows],
        heads=[i + r[1] for i, r in enumerate(rows)],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        ents=ents,
    )
    doc.user_data["offset"] = offset
    return doc


# "Blinken will meet Lavrov on Thursday ." / "Blinken met Lavrov on Thursday ."
WILL_MEET: list[Row] = [
    ("Blinken", 2, "nsubj", "PROPN", "NNP"),
    ("will", 1, "aux", "AUX", "MD"),
    ("meet", 0, "ROOT", "VERB", "VB"),
    ("Lavrov", -1, "dobj", "PROPN", "NNP"),
    ("on", -2, "prep", "ADP", "IN"),
    ("Thursday", -1, "pobj", "PROPN", "NNP"),
    (".", -4, "punct", "PUNCT", "."),
]
MET: list[Row] = [
    ("Blinken", 1, "nsubj", "PROPN", "NNP"),
    ("met", 0, "ROOT", "VERB", "VBD"),
    ("Lavrov", -1, "dobj", "PROPN", "NNP"),
    ("on", -2, "prep", "ADP", "IN"),
    ("Thursday", -1, "pobj", "PROPN", "NNP"),
    (".", -4, "punct", "PUNCT", "."),
]


def test_the_abbreviation_hyphen_callback_splits_us_russia() -> None:
    stock = spacy.blank("en")
    assert [t.text for t in stock("U.S.-Russia talks")] == ["U.S.-Russia", "talks"]
    nlp = make_abbreviation_hyphen_infix()(spacy.blank("en"))
    assert [t.text for t in nlp("U.S.-Russia talks")] == ["U.S.", "-", "Russia", "talks"]
    assert [t.text for t in nlp("a well-known state")] == ["a", "well", "-", "known", "state"]


def test_the_shipped_config_assembles_the_paragraph_pipeline() -> None:
    assert PIPELINE_CONFIG.is_file()
    nlp = paragraph_pipeline(spacy.blank("en"))
    assert nlp.pipe_names == ["date_entities", "date_matches"]
    assert nlp.get_pipe_meta("date_matches").assigns == ["doc._.date_matches"]
    assert [t.text for t in nlp.make_doc("U.S.-China trade")][:3] == ["U.S.", "-", "China"]


def test_date_entities_are_in_document_offsets_and_know_what_is_ahead() -> None:
    nlp = paragraph_pipeline(spacy.blank("en"))
    ahead = parsed(nlp, WILL_MEET, ents=["O", "O", "O", "O", "O", "B-DATE", "O"], offset=100)
    nlp.get_pipe("date_entities")(ahead)
    start = 100 + ahead[5].idx
    assert ahead._.date_entities == [(start, start + len("Thursday"), "Thursday", True)]
    past = parsed(nlp, MET, ents=["O", "O", "O", "O", "B-DATE", "O"])
    nlp.get_pipe("date_entities")(past)
    assert [e[3] for e in past._.date_entities] == [False]


def test_date_matches_are_the_patterns_of_the_paragraph_alone() -> None:
    nlp = paragraph_pipeline(spacy.blank("en"))
    para = Paragraph(40, 40 + len("On 3 May 2022 they met again in June."), "en", "body")
    text = " " * 40 + "On 3 May 2022 they met again in June."
    [doc] = nlp.pipe([paragraph_doc(nlp, text, para)])
    assert doc.user_data["offset"] == 40
    assert doc._.date_matches == scan_dates(doc.text)
    assert [(m.kind, m.year) for m in doc._.date_matches] == [("dmy", 2022), ("month", None)]
    # the year a year-less match takes is given afterwards: the narrative's, then the one met in the text
    dates = resolve_dates(doc.text, doc._.date_matches, anchor=Anchor("2023-01-05"), offset=40, context_year=2019)
    assert [(d.start, d.date, d.basis) for d in dates] == [(43, "2022-05-03", "explicit"), (69, "2022-06", "context")]


def test_an_adverbial_date_modifies_the_clause_not_a_noun() -> None:
    nlp = spacy.blank("en")
    # "In 2015 , talks began ." / "Talks in 2015 began ."
    clause = parsed(
        nlp,
        [
            ("In", 4, "prep", "ADP", "IN"),
            ("2015", -1, "pobj", "NUM", "CD"),
            (",", 2, "punct", "PUNCT", ","),
            ("talks", 1, "nsubj", "NOUN", "NNS"),
            ("began", 0, "ROOT", "VERB", "VBD"),
            (".", -1, "punct", "PUNCT", "."),
        ],
        offset=10,
    )
    noun = parsed(
        nlp,
        [
            ("Talks", 3, "nsubj", "NOUN", "NNS"),
            ("in", -1, "prep", "ADP", "IN"),
            ("2015", -1, "pobj", "NUM", "CD"),
            ("began", 0, "ROOT", "VERB", "VBD"),
            (".", -1, "punct", "PUNCT", "."),
        ],
    )
    assert is_adverbial(clause, DateMention(13, 17, "2015", "year", "2015"), 10)
    assert not is_adverbial(noun, DateMention(9, 13, "2015", "year", "2015"), 0)


def test_a_spans_text_is_cut_from_the_kept_paragraph_text_as_span_text_joins_it() -> None:
    """Sentences ending in a space, a line break, two spaces, a quote: ``span_text`` is ``Span.text``,
    whether the Doc kept its text (``paragraph_doc``) or was built from words."""
    nlp = spacy.blank("en")
    masked = 'Preamble. X said:  "Y must go." Then\nZ left. '
    doc = paragraph_doc(nlp, masked, Paragraph(10, len(masked), "en", "body"))
    assert paragraph_text(doc) == masked[10:] == doc.text
    spans = [doc[a:b] for a in range(len(doc)) for b in range(a + 1, len(doc) + 1)]
    assert [span_text(s) for s in spans] == [s.text for s in spans]
    assert span_text(doc[0:2]) == "X said" and span_text(doc[-3:]) == "Z left."
    built = Doc(nlp.vocab, words=["Z", "left", "."], spaces=[True, False, True])
    assert span_text(built[0:3]) == "Z left." == built[0:3].text
