"""The graph for other tools: a networkx graph, pandas tables, and GraphML, CSV and Parquet files.

Everything here reads the store through :meth:`GraphStore.export` (the contract's ids and labels,
the same from both stores) and holds the graph in memory, so it suits the graphs diplograph builds
(a corpus of thousands of documents) rather than a database of billions of edges.

The tables are one of nodes (``id``, ``kind``, ``labels``, then every property any node has) and
one per relationship type (``key``, ``source``, ``target``, then every property of that type:
the claim's provenance, ``date``, and ``date_from``/``date_to`` as dates). Files take list and map
values (aliases, forms, vote days) as JSON text, since CSV has no lists and Parquet wants one type
per column; the DataFrames keep them as Python lists.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .schema import DATE_BOUND_PROPERTIES
from .stores import GraphStore

if TYPE_CHECKING:  # imported when used: the CLI and the API need neither
    import networkx as nx
    import pandas as pd

__all__ = ["graph_tables", "to_dataframes", "to_networkx", "write_csv", "write_graphml", "write_parquet"]

#: the first columns of the node table and of every relationship table, in this order
NODE_COLUMNS = ("id", "kind", "labels")
REL_COLUMNS = ("key", "source", "target")


def _with_dates(props: dict[str, Any]) -> dict[str, Any]:
    """Date bounds as dates: both stores export them as ISO days."""
    out = dict(props)
    for name in DATE_BOUND_PROPERTIES:
        if isinstance(out.get(name), str):
            out[name] = dt.date.fromisoformat(out[name])
    return out


def graph_tables(store: GraphStore) -> tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """(node rows, relationship rows by type) of the whole graph, as plain dicts.

    Node rows: ``id``, ``kind`` (the kind label, or the base label for issues and documents),
    ``labels`` (``Actor:State``), then the properties. Relationship rows: ``key``, ``source``,
    ``target``, then the properties (``date_from``/``date_to`` as ``datetime.date``).
    """
    nodes: list[dict[str, Any]] = []
    rels: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for obj in store.export():
        if obj["type"] == "node":
            props = {k: v for k, v in obj["properties"].items() if k != "id"}
            labels = obj["labels"]
            nodes.append({"id": obj["id"], "kind": labels[-1], "labels": ":".join(labels), **props})
        else:
            props = {k: v for k, v in obj["properties"].items() if k != "key"}
            row = {"key": obj["id"], "source": obj["start"]["id"], "target": obj["end"]["id"], **_with_dates(props)}
            rels[obj["label"]].append(row)
    return nodes, dict(sorted(rels.items()))


def to_networkx(store: GraphStore) -> nx.MultiDiGraph:
    """The graph as a networkx ``MultiDiGraph``: nodes by contract id, one edge per relationship.

    Node attributes are the node's properties plus ``kind`` and ``labels``; edge keys are the
    claims' keys and edge attributes their properties plus ``type``.

    Examples:
        >>> import diplograph
        >>> with diplograph.open_store(".diplograph") as store:  # doctest: +SKIP
        ...     G = diplograph.to_networkx(store)
        >>> G.nodes["state:CHN"]["name"]  # doctest: +SKIP
        'China'
        >>> sorted({d["type"] for *_, d in G.out_edges("state:CHN", data=True)})[:2]  # doctest: +SKIP
        ['ABSTAINS', 'ATTENDS']
    """
    import networkx as nx

    nodes, rels = graph_tables(store)
    G: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for row in nodes:
        G.add_node(row["id"], **{k: v for k, v in row.items() if k != "id"})
    for rel_type, rows in rels.items():
        for row in rows:
            attrs = {k: v for k, v in row.items() if k not in REL_COLUMNS}
            G.add_edge(row["source"], row["target"], key=row["key"], type=rel_type, **attrs)
    return G


def to_dataframes(store: GraphStore) -> dict[str, pd.DataFrame]:
    """The graph as pandas DataFrames: ``"nodes"``, then one per relationship type present.

    Examples:
        >>> import diplograph
        >>> with diplograph.open_store(".diplograph") as store:  # doctest: +SKIP
        ...     tables = diplograph.to_dataframes(store)
        >>> tables["SUPPORTS"][["source", "target", "date_from", "evidence"]].head()  # doctest: +SKIP
    """
    import pandas as pd

    nodes, rels = graph_tables(store)
    frames = {"nodes": _frame(pd, nodes, NODE_COLUMNS)}
    for rel_type, rows in rels.items():
        frames[rel_type] = _frame(pd, rows, REL_COLUMNS)
    return frames


def _frame(pd: Any, rows: list[dict[str, Any]], first: tuple[str, ...]) -> pd.DataFrame:
    columns = list(first) + sorted({k for row in rows for k in row} - set(first))
    return pd.DataFrame.from_records(rows, columns=columns)


def _flat(value: Any) -> Any:
    """A value a CSV cell, a GraphML attribute or a Parquet column holds: lists and maps as JSON."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _table_rows(rows: Iterable[dict[str, Any]], columns: list[str]) -> list[list[Any]]:
    return [[_flat(row.get(c)) for c in columns] for row in rows]


def _columns(rows: list[dict[str, Any]], first: tuple[str, ...]) -> list[str]:
    return list(first) + sorted({k for row in rows for k in row} - set(first))


def write_csv(store: GraphStore, directory: str | Path) -> list[Path]:
    """``nodes.csv`` and ``<TYPE>.csv`` per relationship type into ``directory``; the files written.

    UTF-8, a header line, RFC 4180 quoting; empty cells for missing values; dates as ISO days.
    ``pandas.read_csv`` and R's ``read.csv`` read them as they are.
    """
    import csv

    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    nodes, rels = graph_tables(store)
    written = []
    for name, rows, first in [("nodes", nodes, NODE_COLUMNS), *((t, r, REL_COLUMNS) for t, r in rels.items())]:
        columns = _columns(rows, first)
        path = out / f"{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(columns)
            writer.writerows(_table_rows(rows, columns))
        written.append(path)
    return written


def write_parquet(store: GraphStore, directory: str | Path) -> list[Path]:
    """``nodes.parquet`` and ``<TYPE>.parquet`` per relationship type (pyarrow); the files written.

    Columns keep their types (integers, floats, booleans, ``date_from``/``date_to`` as ``date32``);
    lists and maps are JSON text; a column whose values disagree in type is stored as text.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    nodes, rels = graph_tables(store)
    written = []
    for name, rows, first in [("nodes", nodes, NODE_COLUMNS), *((t, r, REL_COLUMNS) for t, r in rels.items())]:
        columns = _columns(rows, first)
        table = _table_rows(rows, columns)
        arrays = [_arrow_array(pa, [row[i] for row in table]) for i in range(len(columns))]
        path = out / f"{name}.parquet"
        pq.write_table(pa.table(dict(zip(columns, arrays, strict=True))), path)
        written.append(path)
    return written


def _arrow_array(pa: Any, values: list[Any]) -> Any:
    kinds = {type(v) for v in values if v is not None}
    if kinds == {int, float}:
        return pa.array([None if v is None else float(v) for v in values], type=pa.float64())
    try:
        return pa.array(values) if len(kinds) <= 1 else pa.array([None if v is None else str(v) for v in values])
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
        return pa.array([None if v is None else str(v) for v in values])


def write_graphml(store: GraphStore, path: str | Path) -> Path:
    """The graph as GraphML (networkx's writer), for Gephi, yEd, Cytoscape or ``networkx.read_graphml``.

    Nodes carry ``label`` (the name, else the title, else the id: what Gephi shows), ``kind``,
    ``labels`` and their properties; edges carry their claim key as their id, ``label`` (the
    relationship type, as Gephi names it) and their properties. Lists and maps are JSON text, dates
    ISO days, missing values left out (GraphML has no null).
    """
    import networkx as nx

    G = to_networkx(store)
    H: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for node, attrs in G.nodes(data=True):
        clean = _graphml_attrs(attrs)
        clean.setdefault("label", str(attrs.get("name") or attrs.get("title") or node))
        H.add_node(node, **clean)
    for source, target, key, attrs in G.edges(keys=True, data=True):
        clean = _graphml_attrs(attrs)
        clean["label"] = attrs["type"]
        H.add_edge(source, target, key=key, **clean)
    _unify_types(H)
    out = Path(path)
    nx.write_graphml(H, out, encoding="utf-8", named_key_ids=True, edge_id_from_attribute=None)
    return out


def _graphml_attrs(attrs: dict[str, Any]) -> dict[str, Any]:
    clean = {}
    for k, v in attrs.items():
        if v is None:
            continue
        if isinstance(v, dt.date):
            v = v.isoformat()
        clean[k] = _flat(v)
    return clean


def _unify_types(H: nx.MultiDiGraph) -> None:
    """GraphML declares one type per attribute: where nodes (or edges) disagree, all take text,
    except integers among floats, which become floats."""
    for items in (
        [d for _, d in H.nodes(data=True)],
        [d for _, _, d in H.edges(data=True)],
    ):
        kinds: dict[str, set[type]] = defaultdict(set)
        for d in items:
            for k, v in d.items():
                kinds[k].add(bool if isinstance(v, bool) else type(v))
        for k, ks in kinds.items():
            if len(ks) <= 1:
                continue
            to_float = ks == {int, float}
            for d in items:
                if k in d:
                    d[k] = float(d[k]) if to_float else str(d[k])
