"""The graph layer: the contract and everything that reads or writes the graph.

* ``schema``, ``models``, ``plover``: the graph contract (labels, relationship types, ids, the
  validated batch a document becomes) and the PLOVER coding of claims.
* ``stores/``: the two stores (Neo4j, embedded FalkorDB) behind one interface, and the registry
  that picks one from a store URL; a store is given its settings and credentials.
* ``queries``: every Cypher string of this layer, the date-overlap filter written once.
* ``readers`` fetch claims subgraphs from a store; ``algorithms`` (networkx, no I/O) compute
  positions, shifts, alignment and the actor graph on them.
* ``tables``, ``transfer``, ``bulk``, ``plans``: exports, imports, neo4j-admin CSV, query plans.

May import: :mod:`diplograph.ground` only (never extract/, api/, cypher/ or the CLI).
"""
