"""The model's attribute ruler and lemmatizer read as tables (extract/rule_tables.py) give, token by
token, what the model's own components give.

Hand-built Docs (tags and dependencies set by hand) go through a real ``AttributeRuler`` and its
table side by side, for each kind of rule: one token, ``NOT_IN``, ``REGEX``, two tokens, an
operator the table leaves to the Matcher, conflicting rules in order; lemmas of one form told apart
by their morphology. Then the whole pipeline: the
paragraphs of the development set (../shared/eval/dev/docs) through the model as it ships and
through ``load_nlp`` must carry the same tags, parts of speech, morphology, lemmas, trees and
entities (marker ``nlp``).
"""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from diplograph.extract.components import make_abbreviation_hyphen_infix
from diplograph.extract.loaders import load_document
from diplograph.extract.pipeline import MODEL_ALIASES, load_model, load_nlp
from diplograph.extract.rule_tables import TableAttributeRuler, TableLemmatizer
from diplograph.extract.text import mask_markup, segment

ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
DEV_DOCS = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev" / "docs"


def _doc(vocab, words: list[str], tags: list[str], deps: list[str]) -> Doc:
    return Doc(vocab, words=words, tags=tags, deps=deps, heads=[0] * len(words))


def _same(ruler: AttributeRuler, docs: list[Doc]) -> list[list[tuple[str, str, str, str]]]:
    """Each Doc through ``ruler`` and through its table; asserts they agree and returns the table's."""
    table = TableAttributeRuler(ruler)
    out = []
    for doc in docs:
        mine = table(doc.copy())
        theirs = ruler(doc.copy())
        assert mine.to_array(ATTRS).tolist() == theirs.to_array(ATTRS).tolist(), [t.text for t in doc]
        out.append([(t.pos_, str(t.morph), t.lemma_, t.dep_) for t in mine])
    return out


def test_each_kind_of_rule_sets_what_the_ruler_sets() -> None:
    vocab = spacy.blank("en").vocab
    ruler = AttributeRuler(vocab)
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN", "MORPH": "Number=Sing"})
    ruler.add([[{"TAG": "NN", "LOWER": {"IN": ["nothing", "something"]}}]], {"POS": "PRON"})
    ruler.add([[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux"]}}]], {"POS": "AUX"})
    ruler.add([[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], {"LEMMA": "nothing"})
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to"}, index=1)
    ruler.add([[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "are"]}}]], {"POS": "VERB"}, index=1)
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"TAG": "JJ"}]], {"LEMMA": "much"}, index=-1)  # the Matcher's
    ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE", "DEP": "dep"})
    docs = [
        _doc(vocab, ["Nothing", "changed"], ["NN", "VBD"], ["nsubj", "ROOT"]),
        _doc(vocab, ["It", "can", "go"], ["PRP", "MD", "VB"], ["nsubj", "aux", "ROOT"]),
        _doc(vocab, ["to", "go"], ["TO", "VB"], ["aux", "ROOT"]),
        _doc(vocab, ["nothin'", "gon", "na", "stop"], ["NN", "VBG", "TO", "VB"], ["nsubj", "aux", "aux", "ROOT"]),
        _doc(vocab, ["There", "is", "a", "plan"], ["EX", "VBZ", "DT", "NN"], ["expl", "ROOT", "det", "attr"]),
        _doc(vocab, ["very", "very", "good", " "], ["RB", "RB", "JJ", "_SP"], ["advmod", "advmod", "ROOT", "dep"]),
        _doc(vocab, [], [], []),
    ]
    read = _same(ruler, docs)
    assert read[0][0] == ("PRON", "Number=Sing", "", "nsubj")  # the later rule wins the part of speech
    assert read[1][1][0] == "AUX" and read[2][0][0] == ""  # NOT_IN: an auxiliary, but not "to"
    assert read[3][0][2] == "nothing" and read[3][2][2] == "to"  # a regular expression; a pair's second
    assert read[4][1][0] == "VERB"  # "there is": the pair's second token
    assert read[5][2][2] == "much" and read[5][3][0] == "SPACE"  # one or more "very": the Matcher's


def test_the_models_own_ruler_agrees_on_hand_built_docs() -> None:
    """Every rule of the shipped model's ruler, on Docs that meet its one- and two-token rules."""
    nlp = spacy.load(MODEL_ALIASES["en_core_web_sm"])
    ruler = nlp.get_pipe("attribute_ruler")
    words = ["There", "'s", "nothing", "we", "ai", "n't", "gon", "na", "do", ",", "y'", "all", "let", "'s", "go", "\n"]
    tags = ["EX", "VBZ", "NN", "PRP", "VBP", "RB", "VBG", "TO", "VB", ",", "PRP", "DT", "VB", "PRP", "VB", "_SP"]
    deps = ["expl", "ROOT", "attr", "nsubj", "aux", "neg", "aux", "aux", "xcomp", "punct", "nsubj", "appos"]
    deps += ["ROOT", "nsubj", "ccomp", "dep"]
    read = _same(ruler, [_doc(nlp.vocab, words, tags, deps)])[0]
    assert [r[2] for r in read[4:8]] == ["be", "not", "go", "to"]  # "ai n't gon na": the model's rules
    assert read[1][0] == "VERB" and read[2][0] == "PRON"


def test_the_lemma_table_keys_on_morphology_as_the_lemmatizer_does() -> None:
    """The same form and part of speech take the lemma their morphology gives: a base form keeps
    itself ("left" as an infinitive), an inflected one is lemmatized ("left" in the past)."""
    nlp = spacy.load(MODEL_ALIASES["en_core_web_sm"])
    lemmatizer = nlp.get_pipe("lemmatizer")
    words = ["better", "better", "left", "left", "meeting", "meeting", "talks", "talks"]
    pos = ["ADJ", "ADJ", "VERB", "VERB", "NOUN", "VERB", "NOUN", "VERB"]
    morphs = ["Degree=Pos", "Degree=Cmp", "VerbForm=Inf", "Tense=Past|VerbForm=Fin", "Number=Sing"]
    morphs += ["Aspect=Prog|Tense=Pres|VerbForm=Part", "Number=Plur", "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"]
    doc = Doc(nlp.vocab, words=words, pos=pos, morphs=morphs)
    table = TableLemmatizer(lemmatizer)
    mine = [t.lemma_ for t in table(doc.copy())]
    assert mine == [t.lemma_ for t in lemmatizer(doc.copy())]
    assert mine == ["better", "well", "left", "leave", "meeting", "meet", "talk", "talk"]
    # a second Doc reads the table's kept lemmas, not the first Doc's order
    again = Doc(nlp.vocab, words=words[::-1], pos=pos[::-1], morphs=morphs[::-1])
    assert [t.lemma_ for t in table(again)] == mine[::-1]


@pytest.mark.nlp
def test_the_pipeline_reads_the_development_set_as_the_model_does() -> None:
    nlp = load_nlp("en_core_web_sm")
    assert type(nlp.get_pipe("attribute_ruler")) is TableAttributeRuler
    assert type(nlp.get_pipe("lemmatizer")) is TableLemmatizer
    # the model as it ships, with the same tokenizer (the paragraph pipeline's callback splits more)
    model = make_abbreviation_hyphen_infix()(load_model("en_core_web_sm"))
    texts = []
    for path in sorted(DEV_DOCS.iterdir()):
        text = load_document(path).text
        masked = mask_markup(text)
        texts += [masked[p.start : p.end] for p in segment(text) if p.lang == "en"]
    assert len(texts) > 200
    ours = [d.to_array(ATTRS) for d in nlp.pipe(texts, disable=["date_entities", "date_matches"])]
    theirs = [d.to_array(ATTRS) for d in model.pipe(texts)]
    differ = [t[:60] for t, a, b in zip(texts, ours, theirs, strict=True) if not numpy.array_equal(a, b)]
    assert differ == []
