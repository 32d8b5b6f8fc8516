"""The HTTP API (FastAPI): ``main`` builds the app, ``routes/`` serve the graph read-only (and
POST /documents), ``queries`` holds every Cypher string the routes run, ``schemas`` the response
models, ``static/`` the explorer UI.

May import: :mod:`diplograph.ground`, :mod:`diplograph.graph`, :mod:`diplograph.extract` (POST
/documents), :mod:`diplograph.cypher` (the cookbook it serves) and, of ``diplograph/``, only
:mod:`diplograph.connect` (opening the store with its credentials); never the CLI.
"""
