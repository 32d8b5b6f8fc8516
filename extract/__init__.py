"""Extraction: documents in, graph batches out (``pipeline.build_extractor``).

What lives here, from the bottom up:

* ``text``, ``loaders``, ``document``: a source file's text, its metadata and its paragraphs;
* ``gazetteer``, ``actors``, ``dates``, ``discourse``, ``voice``: who and when a paragraph names,
  and what the document has said so far;
* ``lexicon``, ``nps``, ``resolutions``, ``issues`` and ``data/``: the grammar's reference data
  (frames, noun heads, UN bodies and symbols, the issue vocabulary);
* ``grammar/``: the sentence grammar (what an argument denotes, what a clause says, frames for
  verbs and nouns, targets); ``claims.ClaimReader`` composes it;
* ``constructions/``: families of constructions beyond one predicate, one module per family,
  walked in ``constructions.READING_ORDER``;
* ``assemble``, ``chinese``: candidates to dated, deduplicated claims; Chinese paragraphs lend
  their evidence;
* ``pipeline``: the per-document loop that runs it all.

May import ``diplograph.graph.schema`` and ``diplograph.graph.models`` (the graph contract) and
the settings; never the stores, the API or the CLI.
"""
