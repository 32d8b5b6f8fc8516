"""The spaCy components diplograph adds to the model: stateless work on one paragraph's Doc.

Lives here: the factories (``make_*``, registered under versioned names), the tokenizer callback,
the ``Doc`` extensions they read and write, and :func:`paragraph_pipeline`, which adds them to a
loaded model as ``extract/data/pipeline.cfg`` lists them.

* ``diplograph.abbreviation_hyphen_infix.v1`` (tokenizer callback, in spaCy's ``callbacks`` registry): a hyphen after an
  abbreviation splits ("U.S.-Russia"), which the stock rules keep as one token, hiding both actors.
* ``diplograph_date_entities_v1``: the model's DATE entities in document offsets, each with
  whether its clause speaks of what is to come (``doc._.date_entities``).
* ``diplograph_date_matches_v1``: the dated expressions the patterns find (``doc._.date_matches``);
  the year a year-less one takes is the document's business (see ``extract.reading``).

Factory names carry their version after an underscore (spaCy allows no "." in a factory name);
a component whose output changes gets a new name.

Every component reads only its own Doc (and ``doc.user_data["offset"]``, where its paragraph
starts in the document text, set when the Doc is made): paragraphs of several
documents go through one ``nlp.pipe`` in any batch, so nothing here may depend on another
paragraph. What does (known people, the narrative's year, the voice) is read afterwards, in order,
by ``extract.reading``.

May import spaCy, ``extract.dates``, ``extract.rule_tables`` and ``extract.handoffs``; nothing that
reads claims.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex, load_config

from . import rule_tables  # noqa: F401  (registers diplograph.table_rules.v1, which pipeline.cfg names)
from .dates import scan_dates
from .handoffs import DateMention, Paragraph

__all__ = [
    "ABBREVIATION_HYPHEN",
    "PIPELINE_CONFIG",
    "cascade_switch",
    "is_adverbial",
    "looks_ahead",
    "make_abbreviation_hyphen_infix",
    "make_date_entities",
    "make_date_matches",
    "paragraph_doc",
    "paragraph_pipeline",
    "paragraph_text",
    "span_text",
]

#: ``doc.user_data`` key: the paragraph's text, kept when its Doc is made (:func:`paragraph_text`)
TEXT = "paragraph_text"
#: the config the paragraph pipeline is assembled from (package data)
PIPELINE_CONFIG = Path(str(files("diplograph.extract") / "data" / "pipeline.cfg"))
#: a hyphen or dash between an abbreviation's final period and a capital: "U.S.-Russia"
ABBREVIATION_HYPHEN = r"(?<=[A-Za-z]\.)[-–—](?=[A-Z])"

# Declared once: what a paragraph's Doc carries besides the model's annotations.
#: (start, end, text, ahead) of each DATE entity, in document offsets (date_entities component)
Doc.set_extension("date_entities", default=None, force=True)
#: the dated expressions the patterns found, before year-less ones get a year (date_matches component)
Doc.set_extension("date_matches", default=None, force=True)


def paragraph_doc(nlp: Language, masked: str, para: Paragraph) -> Doc:
    """The Doc of one paragraph of the masked text, tokenized, not yet through the pipeline.

    ``user_data["offset"]`` is where the paragraph starts in the document text: components and the
    grammar turn Doc offsets into document (evidence) offsets with it."""
    text = masked[para.start : para.end]
    doc = nlp.make_doc(text)
    doc.user_data["offset"] = para.start
    doc.user_data[TEXT] = text
    return doc


def paragraph_text(doc: Doc) -> str:
    """``doc.text``, as kept when :func:`paragraph_doc` made the Doc: ``Doc.text`` joins the tokens'
    texts again on every call, and the gate, the dates and the discourse each read it (spaCy's
    tokenizer loses no character, so the two are the same string)."""
    text = doc.user_data.get(TEXT)
    return doc.text if text is None else text


def span_text(span: Span) -> str:
    """``span.text``, cut from the paragraph's kept text (:func:`paragraph_text`) rather than joined
    from a Token made for each of its words."""
    return paragraph_text(span.doc)[span.start_char : span.end_char]


@spacy.registry.callbacks("diplograph.abbreviation_hyphen_infix.v1")
def make_abbreviation_hyphen_infix() -> Callable[[Language], Language]:
    """A callback that adds :data:`ABBREVIATION_HYPHEN` to the tokenizer's infixes."""

    def add_infix(nlp: Language) -> Language:
        infixes = [*nlp.Defaults.infixes, ABBREVIATION_HYPHEN]
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        return nlp

    return add_infix


@Language.factory(
    "diplograph_date_entities_v1",
    requires=["doc.ents", "token.dep", "token.pos", "token.tag"],
    assigns=["doc._.date_entities"],
)
def make_date_entities(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The model's DATE entities in document offsets, with :func:`looks_ahead` of their root."""

    def date_entities(doc: Doc) -> Doc:
        offset = doc.user_data.get("offset", 0)
        doc._.date_entities = [
            (offset + e.start_char, offset + e.end_char, e.text, looks_ahead(e.root))
            for e in doc.ents
            if e.label_ == "DATE"
        ]
        return doc

    return date_entities


@Language.factory("diplograph_date_matches_v1", assigns=["doc._.date_matches"])
def make_date_matches(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The patterns' dated expressions of the paragraph (:func:`extract.dates.scan_dates`)."""

    def date_matches(doc: Doc) -> Doc:
        doc._.date_matches = scan_dates(paragraph_text(doc))
        return doc

    return date_matches


def paragraph_pipeline(nlp: Language, config: Path = PIPELINE_CONFIG) -> Language:
    """``nlp`` (a loaded model) with the tokenizer callbacks and components ``config`` lists."""
    cfg = load_config(config, interpolate=True)
    section: dict[str, Any] = cfg["paragraph"]
    for name in section.get("tokenizer_callbacks", []):
        callback = spacy.registry.resolve({"callback": cfg["callbacks"][name]})["callback"]
        nlp = callback(nlp)
    for name in section["components"]:
        settings = dict(cfg["components"][name])
        nlp.add_pipe(settings.pop("factory"), name=name, config=settings)
    return nlp


def cascade_switch(config: Path = PIPELINE_CONFIG) -> bool:
    """Whether ``config`` has the model read only the sentences that can hold a claim (extract.cascade)."""
    return bool(load_config(config, interpolate=True)["paragraph"].get("cascade", False))


def looks_ahead(tok: Token) -> bool:
    """Whether the clause a date sits in speaks of what is to come: "will welcome ... on Thursday",
    "is traveling on Thursday", "travels on Thursday" (a bare weekday is the next one then), unlike
    "met on Thursday" or "has spoken on Thursday"."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "'ll", "shall", "wo", "going") for a in auxes):
        return True
    if verb.tag_ in ("VBD", "VBN") or any(a.tag_ == "VBD" or a.lemma_ in ("have", "do") for a in auxes):
        return False
    return verb.tag_ in ("VBZ", "VBP", "VBG")


def is_adverbial(doc: Doc, d: DateMention, offset: int) -> bool:
    """Does the date modify a clause ("In June 2022, P visited") rather than a noun ("talks in 2022")?"""
    span = doc.char_span(d.start - offset, d.end - offset, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ in ("npadvmod", "tmod", "advmod") and root.head.pos_ in ("VERB", "AUX"):
        return True
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ in ("VERB", "AUX"):
        return True
    if root.dep_ == "prep" and root.head.pos_ in ("VERB", "AUX"):  # "In September P went ..."
        return True
    return root.dep_ == "ROOT"
