"""diplograph: a knowledge graph of geopolitical actors, events and positions, read from documents.

The library surface (the command line and the HTTP API are built on it)::

    import diplograph

    with diplograph.open_store(".diplograph") as store:       # or "bolt://127.0.0.1:7687"
        rows = store.read("MATCH (s:State)-[v:ABSTAINS]->(r) RETURN s.name AS state, r.id AS res")
        G = diplograph.to_networkx(store)                      # networkx MultiDiGraph
        tables = diplograph.to_dataframes(store)               # {"nodes": DataFrame, "SUPPORTS": ...}

Everything else (extraction, the API's app, the CLI) is reachable through the sub-packages, but
only the names in ``__all__`` are promised to stay.
"""

from __future__ import annotations

from diplograph.graph.store import GraphStore, QueryResult, open_store
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
