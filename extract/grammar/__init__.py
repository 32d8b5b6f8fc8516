"""The sentence grammar: what an argument denotes, what a clause says of its fact, how a predicate
frame reads a verb or a noun, and what a target names.

``claims.ClaimReader`` is composed of the readers here (``denotation.Denotation``,
``targets.Targets``, ``verbs.VerbFrames``, ``nouns.NounFrames``); the constructions families
(``extract/constructions``) use them through the reader they are given.

* ``types``: the hand-offs (``Candidate``, ``Target``, ``SentenceContext``);
* ``words``: the word lists the grammar keys on;
* ``clause``: negation, modality, conditions, obligation: what a clause says of its fact;
* ``syntax``: small walks of the dependency tree (prepositional objects, lists, event heads);
* ``issue_names``: an issue's name from its phrase, and when a phrase names no issue;
* ``denotation``, ``targets``, ``verbs``, ``nouns``: the reader's parts.

May import ``extract.actors``, ``dates``, ``discourse``, ``gazetteer``, ``issues``, ``lexicon``,
``nps``, ``resolutions`` and ``diplograph.graph.schema``; never ``claims``, ``constructions``,
``pipeline`` or ``assemble`` (except for type checking)."""

from __future__ import annotations
