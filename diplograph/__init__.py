"""diplograph: a knowledge graph of geopolitical actors, events and positions, read from documents.

The library surface (the command line and the HTTP API are built on it)::

    import diplograph

    with diplograph.open_store(".diplograph") as store:       # or "bolt://127.0.0.1:7687"
        rows = store.read("MATCH (s:State)-[v:ABSTAINS]->(r) RETURN s.name AS state, r.id AS res")
        G = diplograph.to_networkx(store)                      # networkx MultiDiGraph
        tables = diplograph.to_dataframes(store)               # {"nodes": DataFrame, "SUPPORTS": ...}

Everything else (extraction, the API's app, the CLI) is reachable through the sub-packages, but
only the names in ``__all__`` are promised to stay.

The house, bottom up (installed, each folder of the repository is a sub-package):

* ``diplograph.ground`` (ground/): settings and errors; imports nothing of ours.
* ``diplograph.graph`` (graph/): the contract, the stores, their queries, readers, algorithms.
* ``diplograph.extract`` (extract/): documents to graph batches.
* ``diplograph.cypher`` (cypher/): the analysts' cookbook.
* ``diplograph.api`` (api/): the HTTP API.
* this folder, the top floor: ``cli`` and the commands beside it, ``ingest`` (files to the
  store), ``connect`` (opening a store with the environment's settings and the local Neo4j's
  credentials), ``neo4j_local``/``neo4j_import`` (the local server), ``ray_engine``. It may import
  every layer; of it, the layers below import only ``connect`` (the API).
"""

from __future__ import annotations

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from diplograph.connect import open_store
    from diplograph.graph.stores import GraphStore, QueryResult
    from diplograph.graph.tables import to_dataframes, to_networkx, write_csv, write_graphml, write_parquet

__all__ = [
    "GraphStore",
    "QueryResult",
    "open_store",
    "to_dataframes",
    "to_networkx",
    "write_csv",
    "write_graphml",
    "write_parquet",
]

# Loaded on first use, not at import: ``import diplograph.ground`` (the settings and errors every
# layer reads) must not pull the graph layer in with it, or the ground would hang on the house.
_HOMES = {
    "GraphStore": "diplograph.graph.stores",
    "QueryResult": "diplograph.graph.stores",
    "open_store": "diplograph.connect",
    "to_dataframes": "diplograph.graph.tables",
    "to_networkx": "diplograph.graph.tables",
    "write_csv": "diplograph.graph.tables",
    "write_graphml": "diplograph.graph.tables",
    "write_parquet": "diplograph.graph.tables",
}


def __getattr__(name: str) -> _typing.Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'diplograph' has no attribute {name!r}")
    value = getattr(_importlib.import_module(_HOMES[name]), name)
    globals()[name] = value  # once found, an ordinary module attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
