"""The model's attribute ruler and rule lemmatizer, read as tables: the same output, a fraction of the cost.

The model's ``attribute_ruler`` runs spaCy's general ``Matcher`` over every token of every Doc,
though nearly all of its rules look at one token's tag, lower-case form, dependency label or
whether it is a space, and its ``lemmatizer`` walks the Doc token by token in Python. Both are
pure functions of a few token attributes, so their results can be kept per distinct key: a
paragraph's tokens then cost a dictionary look-up each, and the Doc's columns are written at once
(``Doc.from_array``). With the cascade's parsing cut down, the two took a third of the model's time
on the sentences it parses (bench/extract_throughput.py).

* :class:`TableAttributeRuler`: the rules test a token's tag, lower-case form, dependency label or
  space-ness (``IN``, ``NOT_IN``, ``REGEX``), so what the one-token rules set is kept per key of
  those four values; a pattern of two tokens is tried only where a token passes its first token's
  tests; a rule that tests anything else goes on through a ``Matcher`` of its own. Rules apply in
  the ruler's order, the later one winning an attribute, as ``AttributeRuler.set_annotations`` does.
* :class:`TableLemmatizer`: a token without a lemma gets the rule lemmatizer's lemma for its form,
  part of speech and morphology (the key spaCy's own cache uses), computed once per key by the
  model's own ``rule_lemmatize``, over its word index as sets rather than the lists it ships.

Both copy the model's rules and tables when the pipeline is built and change nothing else:
tests/extract/test_rule_tables.py holds them equal, token by token, to the components they replace.
``diplograph.table_rules.v1`` (a callback of ``extract/data/pipeline.cfg``) puts them in place of
the model's own, under the same names; a model without those components is left as it is.

May import spaCy only.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import numpy
import spacy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

__all__ = ["TableAttributeRuler", "TableLemmatizer", "make_table_rules"]

#: the token attributes a one-token rule may test to be kept in the table (its key, in this order)
KEY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_KEY_IDS = [TAG, LOWER, DEP, IS_SPACE]
#: how many token keys the ruler's table holds before it starts again (a few MB)
MAX_KEYS = 200_000
#: the attributes the ruler may set: the Doc's columns it writes
OUT_IDS = [TAG, POS, MORPH, LEMMA, DEP]


class TableAttributeRuler:
    """``AttributeRuler`` with its rules kept as a table (see the module docstring)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.name = ruler.name
        self.vocab = ruler.vocab
        #: per rule (in the ruler's order): its patterns as token tests, or None for the Matcher's
        self._rules: list[tuple[list[list[Test]], int, tuple[tuple[int, int], ...]]] = []
        self._matcher = Matcher(self.vocab, validate=False)
        self._matched: dict[int, int] = {}
        for number, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices, strict=True)):
            unknown = set(attrs) - set(OUT_IDS)
            if unknown:
                raise ValueError(f"attribute ruler rule {number} sets {unknown}, which no table writes")
            settings = tuple((OUT_IDS.index(attr), value) for attr, value in attrs.items())
            patterns = ruler.matcher.get(str(number))[1]
            tested = [_token_tests(p, self.vocab.strings) for p in patterns]
            if all(t is not None for t in tested):
                self._rules.append((tested, index, settings))  # type: ignore[arg-type]
            else:
                key = self.vocab.strings.add(f"diplograph_table_rule_{number}")
                self._matcher.add(key, patterns)
                self._matched[key] = len(self._rules)
                self._rules.append(([], index, settings))
        # each pattern filed under one value its first token must have, so that a new key is tried
        # against the few rules that can meet it rather than all of them
        self._filed: dict[tuple[int, int], list[tuple[int, list[Test]]]] = {}
        self._unfiled: list[tuple[int, list[Test]]] = []
        for number, (patterns, _, _) in enumerate(self._rules):
            for pattern in patterns:
                first = next((t for t in pattern[0] if t[1] == "IN"), None)
                if first is None:
                    self._unfiled.append((number, pattern))
                else:
                    for value in first[2]:
                        self._filed.setdefault((first[0], value), []).append((number, pattern))
        #: a token key -> its row of the tables below and the longer patterns its token may open
        self._keys: dict[tuple[int, ...], tuple[int, tuple[tuple[int, int, list[Test]], ...]]] = {}
        #: per row: which output columns the one-token rules set, and to what
        self._set = numpy.zeros((64, len(OUT_IDS)), dtype=bool)
        self._values = numpy.zeros((64, len(OUT_IDS)), dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        keys = [tuple(k) for k in doc.to_array(_KEY_IDS).tolist()]
        found = [self._keys.get(k) or self._add(k, strings) for k in keys]
        rows = numpy.fromiter((row for row, _ in found), dtype="int64", count=len(found))
        out = doc.to_array(OUT_IDS)
        out = numpy.where(self._set[rows], self._values[rows], out)
        # rules of several tokens: rare openers, then the rest of the pattern; and the Matcher's
        longer: dict[int, list[int]] = {}
        for i, (_, opens) in enumerate(found):
            for number, index, pattern in opens:
                end = i + len(pattern)
                if end <= len(keys) and all(
                    _passes(t, keys[j], strings) for t, j in zip(pattern, range(i, end), strict=True)
                ):
                    longer.setdefault(range(i, end)[index], []).append(number)
        if self._matched:
            for match_id, start, end in self._matcher(doc, allow_missing=True):
                number = self._matched[match_id]
                longer.setdefault(range(start, end)[self._rules[number][1]], []).append(number)
        for i, numbers in longer.items():
            out[i] = doc.to_array(OUT_IDS)[i]
            for number in sorted({*numbers, *self._single(keys[i], strings)}):
                for column, value in self._rules[number][2]:
                    out[i, column] = value
        doc.from_array(OUT_IDS, out)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def _candidates(self, key: tuple[int, ...]) -> list[tuple[int, list[Test]]]:
        """The patterns whose first token a token of ``key`` may be, in rule order."""
        found = list(self._unfiled)
        for column, value in enumerate(key):
            found += self._filed.get((column, value), ())
        return sorted(found, key=lambda pair: pair[0])

    def _single(self, key: tuple[int, ...], strings: Any) -> list[int]:
        """The rules of one token a token of ``key`` meets, in order."""
        return sorted({n for n, p in self._candidates(key) if len(p) == 1 and _passes(p[0], key, strings)})

    def _add(self, key: tuple[int, ...], strings: Any) -> tuple[int, tuple[tuple[int, int, list[Test]], ...]]:
        if len(self._keys) >= MAX_KEYS:  # a long run's rare words: start the table again
            self._keys.clear()
        row = len(self._keys)
        if row == len(self._set):
            self._set = numpy.concatenate([self._set, numpy.zeros_like(self._set)])
            self._values = numpy.concatenate([self._values, numpy.zeros_like(self._values)])
        self._set[row] = False
        for number in self._single(key, strings):  # in order: a later rule's setting wins
            for column, value in self._rules[number][2]:
                self._set[row, column] = True
                self._values[row, column] = value
        opens = tuple(
            (number, self._rules[number][1], p)
            for number, p in self._candidates(key)
            if len(p) > 1 and _passes(p[0], key, strings)
        )
        self._keys[key] = found = (row, opens)
        return found


def _indexed(lemmatizer: Lemmatizer) -> Lemmatizer:
    """A copy of ``lemmatizer`` whose word index per part of speech is a set: the rule lemmatizer
    asks of each form a rule makes whether it is ``in`` the index, which the model ships as a list
    of up to tens of thousands of words. Its other tables and its cache are the model's own; the
    model's lemmatizer is left as it is."""
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == "lemma_index":
            table = Table(name, {pos: frozenset(words) for pos, words in table.items()})
        lookups.set_table(name, table)
    indexed = copy.copy(lemmatizer)
    indexed.lookups = lookups
    indexed.lemmatize = indexed.rule_lemmatize  # the copy's own: the model's is bound to the model's lemmatizer
    return indexed


class TableLemmatizer:
    """A rule-mode ``Lemmatizer`` with its lemmas kept per (form, part of speech, morphology)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        if lemmatizer.mode != "rule":
            raise ValueError(f"only a rule lemmatizer is read as a table, not mode {lemmatizer.mode!r}")
        self.name = lemmatizer.name
        self.lemmatizer = _indexed(lemmatizer)
        self.overwrite = lemmatizer.overwrite
        #: the model's lemma tables, which the cascade's gate reads too
        self.lookups = lemmatizer.lookups
        #: (form, part of speech, morphology) -> lemma: the key of spaCy's own cache of rule lemmas
        self._table: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        lemmatizer, table, strings = self.lemmatizer, self._table, doc.vocab.strings
        if not lemmatizer._validated:
            lemmatizer._validate_tables()
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not self.overwrite:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            found = table.get(key)
            if found is None:
                found = table[key] = strings.add(lemmatizer.lemmatize(doc[i])[0])
            lemmas.append(found)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64"))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


#: a token test: (column of the token key, "IN" | "NOT_IN" | "REGEX", allowed values or a pattern)
Test = list[tuple[int, str, Any]]


def _token_tests(pattern: list[dict[str, Any]], strings: Any) -> list[Test] | None:
    """A pattern's tokens as tests on their keys (:data:`KEY_ATTRS`), or None when a token tests
    anything else or has an operator (the Matcher reads the pattern then)."""
    tokens = []
    for spec in pattern:
        tests = []
        for attr, value in spec.items():
            name = attr.upper()
            if name not in KEY_ATTRS:
                return None
            column = KEY_ATTRS.index(name)
            if not isinstance(value, dict):
                value = {"IN": [value]}
            if len(value) != 1:
                return None
            kind, values = next(iter(value.items()))
            if kind == "REGEX" and name != "IS_SPACE" and isinstance(values, str):
                tests.append((column, kind, re.compile(values)))
                continue
            if kind not in ("IN", "NOT_IN"):
                return None
            if name == "IS_SPACE" and all(isinstance(v, bool) for v in values):
                tests.append((column, kind, frozenset(int(v) for v in values)))
            elif name != "IS_SPACE" and all(isinstance(v, str) for v in values):
                tests.append((column, kind, frozenset(strings.add(v) for v in values)))
            else:
                return None
        tokens.append(tests)
    return tokens


def _passes(tests: Test, key: tuple[int, ...] | list[int], strings: Any) -> bool:
    """Whether a token of ``key`` passes ``tests`` as the Matcher reads them: ``IN`` and ``NOT_IN``
    on the attribute's value, ``REGEX`` searched in its string."""
    for column, kind, allowed in tests:
        value = key[column]
        if kind == "IN":
            ok = value in allowed
        elif kind == "NOT_IN":
            ok = value not in allowed
        else:
            ok = allowed.search(strings[value]) is not None
        if not ok:
            return False
    return True


@spacy.registry.callbacks("diplograph.table_rules.v1")
def make_table_rules() -> Callable[[Language], Language]:
    """A callback that puts :class:`TableAttributeRuler` and :class:`TableLemmatizer` in place of the
    model's ``attribute_ruler`` and rule ``lemmatizer`` (same names, same places in the pipeline)."""

    def table_rules(nlp: Language) -> Language:
        for name, proc in list(nlp.components):
            if type(proc) is AttributeRuler:
                _swap(nlp, name, TableAttributeRuler(proc))
            elif isinstance(proc, Lemmatizer) and proc.mode == "rule":
                _swap(nlp, name, TableLemmatizer(proc))
        return nlp

    return table_rules


def _swap(nlp: Language, name: str, table: Callable[[Doc], Doc]) -> None:
    """Put ``table`` where the component ``name`` is, keeping its name and metadata."""
    index = nlp.component_names.index(name)
    # spaCy has no public call to put an object (not a factory's) in a component's place
    nlp._components[index] = (name, table)
