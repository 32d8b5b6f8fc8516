"""The issue taxonomy: data/issues.yaml checked at load, and where a position's phrase lands in it.

The file (schema: :class:`TaxonomyFile`) lists topics (``parent: null``) and the issues under
them, two levels and no more, so "the issue's parent" is always a topic and a reading at the
parent level is one fixed cut of the tree. Each node may carry its Comparative Agendas Project
major topic (``cap``; a child without one takes its topic's); the node's ``scheme_code`` is
``CAP:<code>``.

Where a phrase lands (:func:`place`), in the order a researcher can check by hand:

1. ``alias``: the phrase, tidied and reduced to its lemma key (lower-cased, singular content
   words; extract/issues.py), is an alias of a node;
2. ``alias-in-phrase``: it starts or ends with an alias that holds its head word (or, after a
   contentless head such as "any attempt to", holds one);
3. ``keyword``: it holds a node's distinctive topic term;
4. ``state``: it names one state and nothing in the taxonomy ("the situation in <State>",
   a child of the topic of named conflicts and crises);
5. ``vector``: the cosine similarity of its content words' mean vector to the nearest label of
   a node (its name or an alias), in the md spaCy model's word vectors, reaches
   :data:`VECTOR_THRESHOLD` (calibrated on tests/extract/data/taxonomy_sample.yaml; the table is
   in the README);
6. ``topic-keyword``: no issue node fits, but the phrase holds the terms of exactly one topic
   ("regional security" is about peace and security, "greener development" about development;
   "energy for development" holds two and lands on neither); terms are matched longest first, so
   "food security" is development's, not peace's: it lands on the topic, the most specific node
   that fits. A topic's ``breach_terms`` name the breach of its good ("war" for peace, "emissions"
   for the environment) and land on its ``breach_node``, a child that is a harm ("war, aggression
   and insecurity"), so the claim keeps the stance it states ("opposes a third world war") and
   the topic level reads it reversed (below). An issue's own ``terms`` count as its topic's, and
   the phrase lands on the issue when they are its only terms of that topic ("democratic
   process" on democracy, not human rights), or when a generic term of the topic heads what the issue's
   term says ("the sustainability of our fisheries": the oceans). A generic word gives way to what the
   phrase says it is about: a relation ("cooperation") to the field that classifies it, and to nothing
   when its complement names a field but no topic ("cooperation in those areas"); a crisis to the
   breach of its field ("the health crisis"); "United Nations" opening the name of one of its bodies
   ("the United Nations <X> Force") to the rest of the name; means spent ("investment", "funding") to the field
   they are spent on; a field noun ("the area of X") to its complement. The choice of an office's holder
   ("the election of the President of <Body>") is no stance on democracy; a crisis nothing classifies
   ("multiple crises") places nothing; nor does a United Nations organ that authored an instrument
   ("<Body> resolution 2334"). A document, instrument or plan head whose own terms
   place nothing stands for its complement ("a mechanism to renegotiate sovereign debt"); the rights
   of persons are human rights, and their security or safety is not international security. A
   described target (a clause the grammar keeps whole) skips this step, as it skips the keywords.
   The peace or security of the speaker's own country ("the security of the State", "our national
   security") and a count of persons ("more than 1,000 women") skip steps 5 and 6: neither is an
   international issue nor a group's rights (extract/issue_scope.py);
7. ``none``: the phrase stays its own node, ``taxonomy: false``; unless it holds no name and no
   topic term and its head word is of a class that names no issue (:func:`refusal`: a quantity, a
   time, an occasion, an utterance, a generic activity ...: "attend that event", "approximately
   25,000 kilometres of high-speed railway"), and then the claim is no position at all
   (extract/assemble.py drops it and counts it).

Steps 1-4 are extract/issues.py's rule, unchanged; this package adds the rest, one job per module,
each importing only those listed before it:

- ``schema``: the file checked at load, the nodes and the node properties (``taxonomy``,
  ``parent``, ``parent_name``, ``scheme_code``, ``parent_reversed``);
- ``phrase``: a phrase's head chunk and head word, as every step reads them;
- ``terms``: the topic terms a phrase holds and how each stands in it;
- ``refusal``: a phrase that names no issue (step 7), and whether one may be a situation in a state;
- ``persons``, ``countering``: the rights and safety of persons; words that counter a harm;
- ``topics``: the topic step (6);
- ``vectors``: the vector step (5);
- ``placement``: the steps in order (:func:`place`).

Orientation: a topic is a good (``harm: false``: peace, human rights), a harm (``harm: true``:
terrorism, crime) or ``neutral`` (sanctions, conflicts, migration: a stance on it has no one
direction). An issue whose ``harm`` differs from its good or harm topic's (hegemonism under the
international order, nuclear weapons under disarmament, climate change under the environment) is
read reversed at the topic level (``parent_reversed: true``; graph/algorithms.py ``at_level``):
opposing hegemonism is supporting the international order, as supporting multilateralism is.
"""

from __future__ import annotations

from .countering import COUNTERING_WORDS
from .persons import are_persons
from .phrase import HEAD_END, head_chunk, head_word
from .placement import Placement, place
from .refusal import holds_term, refusal, situation_named
from .schema import Taxonomy, TaxonomyEntry, TaxonomyFile, issue_properties
from .terms import standing_words
from .topics import topic_of
from .vectors import VECTOR_THRESHOLD, VectorIndex

__all__ = [
    "COUNTERING_WORDS",
    "HEAD_END",
    "VECTOR_THRESHOLD",
    "Placement",
    "Taxonomy",
    "TaxonomyEntry",
    "TaxonomyFile",
    "VectorIndex",
    "are_persons",
    "head_chunk",
    "head_word",
    "holds_term",
    "issue_properties",
    "place",
    "refusal",
    "situation_named",
    "standing_words",
    "topic_of",
]
