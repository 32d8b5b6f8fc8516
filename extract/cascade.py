"""The cascade: the model's tagger, parser and NER read only the sentences that can hold a claim.

Most sentences of a briefing or a speech state nothing the grammar reads ("Thank you.", "Go
ahead.", "It is a pleasure to be here."), yet the model's layers cost the same on every token. So
each paragraph is first read cheaply, sentence by sentence -- tokenizer, a punctuation sentence
splitter (:func:`sentence_starts`), the gazetteer's matchers, the trigger vocabulary and the date
patterns -- and only the runs of sentences the :class:`SentenceGate` passes go through the model;
of those, the entity recogniser reads only the runs with a name the gazetteer does not settle, a
number or a relative day. The paragraph's Doc is then put back together (:func:`stitch`): parsed
runs carry the model's annotations, skipped sentences their tokens, a flat tree that keeps each
one sentence, no entities, and a mark in ``doc.user_data`` (:data:`SKIPPED`) so that
``extract.reading`` reads no claim there but still notes what they give the discourse.

The trigger vocabulary is the grammar's own data: the frames' verbs, nouns and adjectives
(``data/frames.yaml``; a verb whose every frame needs a preposition, a particle or an object noun
counts only with it), the grammar's word lists that evoke rather than qualify
(``data/grammar_words.yaml``), the heads of events and agreements, and the public word sets of the
constructions families. Words are matched through the model's own lemma tables, for every part of
speech, so no tagger is needed to see that "met" is a form of "meet".

What skipped sentences must still give the rest of the document decides what else passes:

* dates: a sentence with a dated expression (the patterns, or a relative day the model's DATE
  entities give a date) is parsed, so the narrative's year, the paragraph's date and the
  document's anchor date come out as without the cascade;
* the subjects pronouns refer to: the sentence before one whose pronoun may need an antecedent is
  parsed when it names an actor (the discourse notes the subjects of parsed sentences only);
* actors: the gazetteer's mentions are found in every sentence, and noted in the discourse for
  "he" and "it"; the model's own PERSON and ORG entities only in parsed ones;
* headers and lists: a vote's or a sanctions list's items name several actors, which passes them;
* the voice: a paragraph a state speaks in (:func:`voiced_paragraphs`, set by the caller in
  ``doc.user_data[VOICED]``) needs no source in the sentence ("Hegemony has no place ...").

A paragraph whose every sentence passes goes through the model whole, exactly as without the
cascade. Switched in ``extract/data/pipeline.cfg`` (``[paragraph] cascade``) or by
``DIPLOGRAPH_EXTRACT_CASCADE``.

May import spaCy, the extraction's word lists and constructions, ``extract.components``, ``extract.actors``,
``extract.dates``, ``extract.discourse``, ``extract.voice`` and ``extract.handoffs``.
"""

from __future__ import annotations

import importlib
import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from types import ModuleType

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IS_PUNCT, LEMMA, MORPH, ORTH, POS, SPACY, TAG
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span, Token

from . import constructions
from .actors import TITLE_WORDS, ActorLinker
from .components import paragraph_text, span_text
from .constructions import FAMILIES
from .constructions.positions import DEONTIC_MODALS
from .dates import RELATIVE_DAY, scan_dates
from .discourse import FIRST_PERSON_STATE_NOUNS, ORG_NOUNS, PAIR_NOUNS
from .gazetteer import Gazetteer
from .grammar.words import WORDS
from .handoffs import Paragraph, SourceDocument
from .lexicon import ADJ_FRAMES, NOUN_FRAMES, VERB_FRAMES, Frame
from .nps import AGREEMENT_HEADS, COLLECTIVE_HEADS, EVENT_HEADS, SOFT_EVENT_HEADS
from .voice import document_voice, transcript_voice

__all__ = ["SKIPPED", "VOICED", "Run", "SentenceGate", "stitch", "trigger_vocabulary", "voiced_paragraphs"]

#: ``doc.user_data`` key: the start tokens of the sentences the model did not read
SKIPPED = "cascade_skipped"
#: ``doc.user_data`` key, set by the caller: a state speaks in the paragraph in the first person
#: (a speech's, a statement's or a transcript turn's voice), the source of claims that name none
VOICED = "cascade_voiced"
#: the annotations a parsed run brings into the paragraph's Doc
ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]
#: grammar word lists that qualify a predicate or an argument rather than evoke a claim: alone
#: they state nothing (each list's ``doc`` in extract/data/grammar_words.yaml says what it does)
QUALIFYING_LISTS = frozenset(
    {
        "light_verbs",
        "undergo_verbs",
        "attention_verbs",
        "aspectual_verbs",
        "issue_light_verbs",
        "commitment_nouns",
        "occasion_nouns",
        "obligation_nouns",
        "value_nouns",
        "obstructing_verbs",
        "showing_nouns",
        "light_nouns",
        "topic_nouns",
        "content_nouns",
        "proposal_nouns",
        "purpose_text_nouns",
        "policy_nouns",
        "event_convening_preps",
        "modal_types",
        "symmetric_verb_types",
    }
)
#: public word sets of the constructions families that qualify, point or place rather than evoke a
#: claim: pronouns and modals, prepositions, the bodies and titles the gate reads otherwise
QUALIFYING_SETS = frozenset(
    {
        "ANAPHORS",
        "DEONTIC_MODALS",
        "EVENT_CONVENING_PREPS",
        "TALK_TIME_PREPS",
        "ISSUING_BODY_WORDS",
        "LEGISLATURE_WORDS",
        "ORG_NOUNS",
        "TITLE_WORDS",
        "INVOLVING",
        "TEXT_NOUNS",
        "VALUE_NOUNS",
        "ACT_NOUNS",
        "VOICING_VERBS",
        "SIDELINES",
        "FOUNDING",
        "SHOWING_NOUNS",
        "POLICY_NOUNS",
    }
)
#: words that refer back to an actor or stand for the speaker's: a claim's source without a name
REFERRING = frozenset(
    {"he", "she", "him", "his", "her", "it", "its", "they", "them", "their", "we", "us", "our", "i", "my"}
    | {"both", "two"}
    | PAIR_NOUNS
    | ORG_NOUNS
    | FIRST_PERSON_STATE_NOUNS
    | COLLECTIVE_HEADS
)
#: the marks that end a sentence (spaCy's rule-based sentencizer's)
_FINAL_MARKS = frozenset(Sentencizer.default_punct_chars)
#: how many actors make a sentence a list (a vote's or a sanctions list's items)
LIST_ACTORS = 3

_TRIGGER, _REFERRING, _TITLE, _NEEDY = 1, 2, 4, 8


def trigger_vocabulary() -> frozenset[str]:
    """The lemmas that evoke a claim: the frames' verbs, nouns and adjectives, the grammar's word
    lists that state something (not those that only qualify), and the heads of events and
    agreements."""
    return frozenset(set(VERB_FRAMES) | set(ADJ_FRAMES) | _other_triggers())


def construction_words() -> frozenset[str]:
    """The words the constructions families key on: each family module's public word sets
    (``extract/constructions``), less the sets that only qualify or point (:data:`QUALIFYING_SETS`)
    and sets of node ids. A new family's words join the vocabulary without a change here."""
    words: set[str] = set()
    for module in _family_modules():
        for name, value in vars(module).items():
            if not name.isupper() or name.startswith("_") or name in QUALIFYING_SETS:
                continue
            if isinstance(value, (set, frozenset)) and all(isinstance(w, str) and ":" not in w for w in value):
                words |= value
    return frozenset(words)


def _other_triggers() -> frozenset[str]:
    """The trigger words that are no verb's or adjective's frame: nouns, the grammar's lists, heads,
    the constructions' words."""
    words = set(NOUN_FRAMES) | construction_words()
    for name, entry in WORDS.lists.items():
        if name in QUALIFYING_LISTS:
            continue
        words |= WORDS.words(name) if (entry.words or entry.include) else set(entry.relation_of) | set(entry.preps_of)
    return frozenset(words | EVENT_HEADS | SOFT_EVENT_HEADS | AGREEMENT_HEADS)


def frame_needs() -> dict[str, list[frozenset[str]]]:
    """For each verb or adjective of a frame that needs a word of its own besides the trigger,
    the words one of which the sentence must hold for each of its frames: the preposition its
    target is read from ("talk with", "believe in"), its particle ("put forward"), one of its
    object nouns ("make a commitment"). A frame that needs none makes its word need none (absent
    from the table). Read from the frames themselves (extract/data/frames.yaml)."""
    needs: dict[str, list[frozenset[str]]] = {}
    free: set[str] = set()
    for table in (VERB_FRAMES, ADJ_FRAMES):
        for word, frames in table.items():
            for frame in frames:
                need = _frame_need(frame)
                if need is None:
                    free.add(word)
                else:
                    needs.setdefault(word, []).append(need)
    other = _other_triggers()
    needs = {word: found for word, found in needs.items() if word not in free and word not in other}
    for word, need in construction_needs().items():
        needs.setdefault(word, []).append(need)
    return needs


def construction_needs() -> dict[str, frozenset[str]]:
    """The constructions' trigger words that need a word of their own in the sentence, from each
    family module's ``TRIGGER_NEEDS`` ("together" needs "with": "work together to V" holds no partner)."""
    needs: dict[str, frozenset[str]] = {}
    for module in _family_modules():
        needs.update(getattr(module, "TRIGGER_NEEDS", {}))
    return needs


def _family_modules() -> list[ModuleType]:
    """The constructions' family modules (``extract/constructions``), imported."""
    return [importlib.import_module(f"{constructions.__name__}.{family}") for family in FAMILIES]


def _frame_need(frame: Frame) -> frozenset[str] | None:
    """The words one of which a frame needs in its sentence (all of its kinds of need in one set
    would say too little: the most specific is taken), or None."""
    if frame.object_nouns:
        return frame.object_nouns
    if frame.particle:
        return frozenset({frame.particle})
    if frame.slots and all(slot.startswith("prep:") for slot in frame.slots):
        return frozenset(slot.removeprefix("prep:").split("_")[0] for slot in frame.slots)
    return None


@dataclass
class Actors:
    """The gazetteer's forms in a paragraph, by token."""

    #: where a form starts
    starts: set[int] = field(default_factory=set)
    #: where an ambiguous form or a person's starts: the linker asks the model's entities about them
    uncertain: set[int] = field(default_factory=set)
    #: the tokens of the other forms: names the model need not find
    plain: set[int] = field(default_factory=set)


@dataclass(frozen=True)
class Run:
    """Consecutive sentences of a paragraph's Doc, ``start:end`` in tokens, read alike."""

    start: int
    end: int
    parse: bool
    #: the start tokens of its sentences (the splitter's)
    sentences: tuple[int, ...]
    #: the model's entity recogniser reads it too (:meth:`SentenceGate.needs_entities`)
    entities: bool = True


class SentenceGate:
    """Which sentences of a tokenized paragraph can hold a claim, read without the model: an actor
    the gazetteer knows, a name, a title or a referring word ("he", "the two sides") together with a
    trigger word; a title next to a name; a list of actors; or a date."""

    def __init__(self, nlp: Language, linker: ActorLinker) -> None:
        self.linker = linker
        # the model's own lemma tables, tried for every part of speech: no tagger is needed to see
        # that "visited" or "met" is a form of a trigger
        lookups = nlp.get_pipe("lemmatizer").lookups
        rules, exceptions = lookups.get_table("lemma_rules"), lookups.get_table("lemma_exc")
        self._rules = {pos: rules.get(pos, []) for pos in ("noun", "verb", "adj")}
        self._exceptions = {pos: exceptions.get(pos, {}) for pos in ("noun", "verb", "adj")}
        self.triggers = trigger_vocabulary()
        self.needs = frame_needs()
        self._cues: dict[str, int] = {}

    def runs(self, doc: Doc) -> list[Run]:
        """The paragraph's sentences in runs the model reads or skips alike. Sets
        ``doc._.date_matches`` (the date patterns' matches, which the gate reads too)."""
        actors = self.actors(doc)
        doc._.date_matches = matches = scan_dates(paragraph_text(doc))
        dates = [m.start for m in matches]
        bounds = [*sentence_starts(doc), len(doc)]
        sents = [doc[s:e] for s, e in itertools.pairwise(bounds)]
        read = [self.read(sent, actors, dates) for sent in sents]
        keep = [passes for passes, _, _ in read]
        for i in range(1, len(sents)):
            # "P is the most prominent of the officials. The ministry said she is responsible":
            # the sentence before a pronoun's holds its antecedent, the subject the discourse notes
            if keep[i] and read[i][2] and read[i - 1][1]:
                keep[i - 1] = True
        runs: list[Run] = []
        for sent, parse in zip(sents, keep, strict=True):
            entities = parse and self.needs_entities(sent, actors)
            if runs and runs[-1].parse == parse:
                last = runs[-1]
                runs[-1] = Run(last.start, sent.end, parse, (*last.sentences, sent.start), last.entities or entities)
            else:
                runs.append(Run(sent.start, sent.end, parse, (sent.start,), entities))
        return runs

    def passes(self, sent: Span, actors: Actors, dates: list[int]) -> bool:
        """Whether the model must read ``sent`` for itself (see the class docstring)."""
        return self.read(sent, actors, dates)[0]

    def read(self, sent: Span, found: Actors, dates: list[int]) -> tuple[bool, bool, bool]:
        """What the gate reads in a sentence: whether it passes, whether it names an actor or a
        name, whether it holds a referring word."""
        actors = sum(1 for i in range(sent.start, sent.end) if i in found.starts)
        named = actors > 0 or _named(sent)
        cues = 0
        for tok in sent:
            cues |= self.cue(tok.lower_)
        referring = bool(cues & _REFERRING)
        if _dated(sent, dates) or actors >= LIST_ACTORS:
            return True, named, referring
        if cues & _NEEDY and not cues & _TRIGGER:
            cues |= _TRIGGER if self._needs_met(sent) else 0
        sourced = named or cues & (_REFERRING | _TITLE) or _deontic(sent) or sent.doc.user_data.get(VOICED)
        if cues & _TRIGGER and sourced:
            return True, named, referring
        return bool(cues & _TITLE) and named, named, referring

    @staticmethod
    def needs_entities(sent: Span, actors: Actors) -> bool:
        """Whether the model's entities can matter in a sentence it parses: a capitalised word no
        plain gazetteer form covers (a name the model may know), a gazetteer form the model must
        confirm (an ambiguous one, a person's), a number, a relative day. A sentence whose names are
        all the gazetteer's plain forms, or that has none, has no entity left to find."""
        if RELATIVE_DAY.search(span_text(sent)) or any(sent.start <= i < sent.end for i in actors.uncertain):
            return True
        return any(any(c.isdigit() for c in t.text) or (_name_like(t) and t.i not in actors.plain) for t in sent)

    def cue(self, word: str) -> int:
        """What a word (lower case) says to the gate: trigger, referring word, title (bit flags)."""
        found = self._cues.get(word)
        if found is None:
            found = 0
            lemmas = {word} | self.lemmas(word)
            if lemmas & self.triggers:
                found |= _NEEDY if all(lemma in self.needs for lemma in lemmas & self.triggers) else _TRIGGER
            if word in REFERRING:
                found |= _REFERRING
            if word in TITLE_WORDS:
                found |= _TITLE
            self._cues[word] = found
        return found

    def _needs_met(self, sent: Span) -> bool:
        """Whether a trigger that needs a word of its own (:func:`frame_needs`) has it here."""
        words: set[str] = set()
        for tok in sent:
            words.add(tok.lower_)
            words |= self.lemmas(tok.lower_)
        for tok in sent:
            if self.cue(tok.lower_) & _NEEDY:
                lemmas = ({tok.lower_} | self.lemmas(tok.lower_)) & self.triggers
                if any(need & words for lemma in lemmas for need in self.needs[lemma]):
                    return True
        return False

    def lemmas(self, word: str) -> set[str]:
        """The lemmas ``word`` may have as a noun, a verb or an adjective, by the model's tables."""
        out: set[str] = set()
        for pos, rules in self._rules.items():
            out.update(self._exceptions[pos].get(word, ()))
            for old, new in rules:
                if word.endswith(old):
                    out.add(word[: len(word) - len(old)] + new)
        return out

    def actors(self, doc: Doc) -> Actors:
        """The gazetteer's forms in the paragraph (ambiguous ones too: the gate errs on reading)."""
        found = Actors()
        strings = doc.vocab.strings
        for matcher in (self.linker.exact, self.linker.folded):
            for match_id, start, end in matcher(doc):
                found.starts.add(start)
                node_id, ambiguous, _ = self.linker.surface_of(strings[match_id])
                if ambiguous or node_id.startswith("person:"):
                    found.uncertain.add(start)
                else:
                    found.plain.update(range(start, end))
        return found


def sentence_starts(doc: Doc) -> list[int]:
    """Where the paragraph's sentences start, by punctuation: after a sentence's final mark and the
    marks attached to it ('."' and '.)'), a token with space before it starts the next sentence,
    so that the opening quote of a quoted sentence goes with it."""
    if not len(doc):
        return []
    # the three columns at once: a Token made per word cost more than the test on it
    strings = doc.vocab.strings
    marks = {strings.add(mark) for mark in _FINAL_MARKS}
    rows = doc.to_array([ORTH, SPACY, IS_PUNCT]).tolist()
    starts = [0]
    final = False
    for i, (orth, space, _) in enumerate(rows[:-1]):
        final = final or orth in marks
        if final and (space or not rows[i + 1][2]):
            starts.append(i + 1)
            final = False
    return starts


def voiced_paragraphs(source: SourceDocument, paragraphs: list[Paragraph], gazetteer: Gazetteer) -> set[Paragraph]:
    """The paragraphs a state speaks in: all of a speech or a statement in a state's voice, the
    turns of a transcript whose speaker speaks for one ("Hegemony has no place in the future" is a
    position with no source in its sentence)."""
    if document_voice(source, gazetteer).state is not None:
        return set(paragraphs)
    labels = {p.speaker_label for p in paragraphs if p.speaker_label}
    speaking = {label for label in labels if transcript_voice(label, source, gazetteer).state is not None}
    return {p for p in paragraphs if p.speaker_label in speaking}


def _deontic(sent: Span) -> bool:
    """ "X should be guaranteed": a deontic clause states the position of the paragraph's holder
    with no source of its own in the sentence (extract/constructions/positions.py)."""
    return any(t.lower_ in DEONTIC_MODALS for t in sent)


def _dated(sent: Span, dates: list[int]) -> bool:
    """A dated expression starts in the sentence (``dates``: their start offsets in the paragraph),
    or a relative day the model's DATE entities would give a date."""
    return any(sent.start_char <= start < sent.end_char for start in dates) or bool(
        RELATIVE_DAY.search(span_text(sent))
    )


def _named(sent: Span) -> bool:
    """Whether a capitalised word inside the sentence (past its first word) may be a name the model
    knows though the gazetteer does not: not a function word ("And", "We") nor a title."""
    words = [t for t in sent if t.is_alpha]
    return any(_name_like(t) for t in words[1:])


def _name_like(tok: Token) -> bool:
    text = tok.text
    return (
        len(text) > 1
        and text[0].isupper()
        and any(c.islower() for c in text[1:])
        and not tok.is_stop
        and tok.lower_ not in TITLE_WORDS
    )


def run_doc(doc: Doc, run: Run) -> Doc:
    """A run's tokens as a Doc of their own (the paragraph's tokens, not tokenized again), its
    ``offset`` where it starts in the document text."""
    part = doc[run.start : run.end]
    words = [t.text for t in part]
    spaces = [bool(t.whitespace_) for t in part]
    out = Doc(doc.vocab, words=words, spaces=spaces)
    out.user_data["offset"] = doc.user_data.get("offset", 0) + part.start_char
    return out


def stitch(doc: Doc, runs: list[Run], parsed: dict[int, Doc]) -> Doc:
    """``doc`` (the tokenized paragraph) with each parsed run's annotations (``parsed``: run index ->
    its Doc) and each skipped sentence a flat tree of its own, no entities, listed in
    ``doc.user_data[SKIPPED]``; ``doc._.date_entities`` gathered from the parsed runs."""
    array = numpy.zeros((len(doc), len(ATTRS)), dtype="uint64")
    head, dep, iob = ATTRS.index(HEAD), ATTRS.index(DEP), ATTRS.index(ENT_IOB)
    array[:, iob] = 2  # "O": read, and outside any entity
    root = doc.vocab.strings.add("ROOT")
    skipped: list[int] = []
    date_entities: list[tuple[int, int, str, bool]] = []
    for index, run in enumerate(runs):
        if run.parse:
            part = parsed[index]
            array[run.start : run.end] = part.to_array(ATTRS)
            if not run.entities:
                array[run.start : run.end, iob] = 2
            date_entities += part._.date_entities or []
            continue
        bounds = (*run.sentences, run.end)
        for s, e in itertools.pairwise(bounds):
            # every token's head is the sentence's first: the tree keeps the sentence whole
            array[s:e, head] = (-numpy.arange(e - s, dtype="int64")).astype("uint64")
            array[s, dep] = root
        skipped += run.sentences
    doc.from_array(ATTRS, array)
    doc.user_data[SKIPPED] = frozenset(skipped)
    doc._.date_entities = date_entities
    return doc


@dataclass
class Cascade:
    """``nlp.pipe`` over paragraphs' Docs through the gate: a paragraph whose sentences all pass
    goes through the model whole, others as their parsed runs, put back together by :func:`stitch`.
    Counts the sentences and tokens it skipped (``skipped_sentences`` of ``sentences``)."""

    nlp: Language
    linker: ActorLinker
    sentences: int = 0
    skipped_sentences: int = 0
    tokens: int = 0
    skipped_tokens: int = 0
    #: tokens parsed but not read by the entity recogniser
    unrecognised_tokens: int = 0

    @cached_property
    def gate(self) -> SentenceGate:
        return SentenceGate(self.nlp, self.linker)

    @cached_property
    def gate_made(self) -> list[str]:
        """The paragraph pipeline's components whose work the gate did: the date patterns'."""
        return [n for n in self.nlp.pipe_names if self.nlp.get_pipe_meta(n).factory == "diplograph_date_matches_v1"]

    def pipe(self, items: list[tuple[Doc, object]], batch_size: int) -> Iterable[tuple[Doc, object]]:
        """The Docs of ``items`` (Doc, context) ready for reading, with their contexts, in any order."""
        todo: dict[bool, list[tuple[Doc, tuple[int, int | None]]]] = {True: [], False: []}
        plans: dict[int, list[Run]] = {}
        for n, (doc, _) in enumerate(items):
            runs = self.gate.runs(doc)
            self._count(runs)
            if all(r.parse for r in runs):
                todo[any(r.entities for r in runs)].append((doc, (n, None)))
                continue
            plans[n] = runs
            for k, run in enumerate(runs):
                if run.parse:
                    todo[run.entities].append((run_doc(doc, run), (n, k)))
        parsed: dict[int, dict[int, Doc]] = {n: {} for n in plans}
        for entities, batch in todo.items():
            # the gate set every paragraph's date matches already (runs' own would go unused)
            disable = [*self.gate_made, *([] if entities else ["ner"])]
            for doc, (n, k) in self.nlp.pipe(batch, batch_size=batch_size, as_tuples=True, disable=disable):
                if k is None:
                    yield _whole(doc, entities), items[n][1]
                else:
                    parsed[n][k] = doc
        for n, runs in plans.items():
            yield stitch(items[n][0], runs, parsed[n]), items[n][1]

    def _count(self, runs: list[Run]) -> None:
        for run in runs:
            self.sentences += len(run.sentences)
            self.tokens += run.end - run.start
            if not run.parse:
                self.skipped_sentences += len(run.sentences)
                self.skipped_tokens += run.end - run.start
            elif not run.entities:
                self.unrecognised_tokens += run.end - run.start


def _whole(doc: Doc, entities: bool) -> Doc:
    """A paragraph the model read whole; without its entity recogniser, every token is outside any."""
    if not entities:
        doc.set_ents([], default="outside")
    return doc
