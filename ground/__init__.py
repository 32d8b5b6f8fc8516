"""The ground floor: settings (:mod:`.config`) and the exception tree (:mod:`.errors`).

Every other layer (graph, extract, api, cypher, the CLI in ``diplograph/``) may import from here;
this package imports nothing of ours, only the standard library and pydantic, so it loads alone
and can never be part of an import cycle.
"""
