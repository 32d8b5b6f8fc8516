"""What a power user's query may do, judged on the store's own plan (``EXPLAIN``), never its text.

The read path already runs in the store's read-only mode, which stops writes but not reads of the
server's files (``LOAD CSV FROM 'file:///...'``), fetches of URLs, administration commands
(``SHOW TRANSACTIONS``, ``TERMINATE TRANSACTIONS``, ``SHOW USERS``) or procedures with effects
(``db.clearQueryCaches()``). Text checks are easy to get round (comments, backticks, odd spacing);
the planner has already parsed the query, so its operators are what is checked here (issue 15).

Neo4j's plan names every operator with the database it runs on (``LoadCSV@neo4j``), its query type
(``r`` for read-only; ``rw``, ``w``, ``s`` otherwise) and each procedure a ``ProcedureCall`` calls.
FalkorDB's ``GRAPH.EXPLAIN`` gives one line per operator (``Load CSV``, ``ProcedureCall``,
``Conditional Variable Length Traverse | (a)-[@anon_0*2..2]->(b)``) but not the procedure's name,
so on the embedded store no procedure is allowed.

Each function returns the reason a plan is refused, or None when it may run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

__all__ = [
    "ALLOWED_PROCEDURES",
    "falkordb_crasher",
    "falkordb_refusal",
    "neo4j_refusal",
]

#: schema procedures that only list what the graph holds (Neo4j's names; FalkorDB's plan cannot
#: name a procedure, so there none is allowed)
ALLOWED_PROCEDURES = frozenset(
    {
        "db.labels",
        "db.relationshipTypes",
        "db.propertyKeys",
        "db.schema.visualization",
        "db.schema.nodeTypeProperties",
        "db.schema.relTypeProperties",
    }
)

# Operator families refused whatever the query type says. ``TransactionApply`` and
# ``TransactionForeach`` are ``CALL { ... } IN TRANSACTIONS``; ``Show*`` and ``Terminate*`` are the
# transaction, setting, procedure and index commands; ``AdministrationCommand`` runs on system.
_NEO4J_REFUSED = re.compile(
    r"^(?:LoadCSV|AdministrationCommand|Transaction(?:Apply|Foreach)|Show\w*|Terminate\w*|"
    r"\w*(?:Create|Merge|Delete|SetProperty|SetLabels|SetNodeProperty|SetRelationshipProperty|Remove|Foreach)\w*)$"
)


def _neo4j_operators(plan: Mapping[str, Any]) -> Iterator[tuple[str, str, str]]:
    """(operator, database, details) of every operator in a Neo4j plan, depth first."""
    stack = [plan]
    while stack:
        op = stack.pop()
        name, _, database = str(op.get("operatorType", "")).partition("@")
        details = str((op.get("args") or {}).get("Details") or "")
        yield name, database, details
        stack.extend(op.get("children") or [])


def neo4j_refusal(plan: Mapping[str, Any] | None, query_type: str | None, database: str) -> str | None:
    """Why Neo4j's plan for a query must not run on ``database``, or None.

    >>> neo4j_refusal({"operatorType": "ProduceResults@neo4j", "children": [
    ...     {"operatorType": "LoadCSV@neo4j", "args": {"Details": "r"}}]}, "r", "neo4j")
    'LOAD CSV is not allowed here'
    >>> neo4j_refusal({"operatorType": "ProduceResults@neo4j", "children": [{"operatorType":
    ...     "ProcedureCall@neo4j", "args": {"Details": "db.labels() :: (label :: STRING)"}}]}, "r", "neo4j")
    """
    if plan is None:
        return "the store gave no plan for this query"
    for name, on, details in _neo4j_operators(plan):
        if on and on != database:
            return f"queries run on the '{database}' database only, not on '{on}'"
        if name == "LoadCSV":
            return "LOAD CSV is not allowed here"
        if name == "AdministrationCommand" or name.startswith(("Show", "Terminate")):
            return f"administration commands are not allowed here ({name})"
        if name in ("TransactionApply", "TransactionForeach"):
            return "CALL { ... } IN TRANSACTIONS is not allowed here"
        if name.startswith("ProcedureCall") or name == "ProcedureCall":
            procedure = details.split("(", 1)[0].strip().strip("`")
            if procedure not in ALLOWED_PROCEDURES:
                allowed = ", ".join(sorted(ALLOWED_PROCEDURES))
                return f"procedure {procedure or '?'!r} is not allowed here (allowed: {allowed})"
        elif _NEO4J_REFUSED.match(name):
            return f"the operator {name} is not allowed here"
    if query_type != "r":
        return f"only read queries are allowed here (the store plans this one as {query_type!r})"
    return None


# FalkorDB refuses writes itself on the read path (GRAPH.RO_QUERY); what it would still run is a
# file or URL read and procedures (the algo.* family runs whole-graph algorithms). Writing operators
# are listed too, so a plan is refused before the store is asked to run it.
_FALKORDB_REFUSED = re.compile(r"Load CSV|ProcedureCall|Create|Merge|Delete|Update|Foreach", re.I)
_VAR_LENGTH = re.compile(r"\*(\d+)\.\.(\d+)\]")


def _falkordb_operators(lines: Iterable[str]) -> Iterator[tuple[str, str]]:
    for line in lines:
        name, _, details = str(line).strip().partition(" | ")
        yield name.strip(), details


def falkordb_refusal(lines: Iterable[str]) -> str | None:
    """Why FalkorDB's plan (GRAPH.EXPLAIN lines) must not run on the read path, or None.

    >>> falkordb_refusal(["Results", "    Project", "        Load CSV"])
    'LOAD CSV is not allowed here'
    >>> falkordb_refusal(["Results", "    Limit", "        All Node Scan | (n)"])
    """
    for name, _ in _falkordb_operators(lines):
        if name == "Load CSV":
            return "LOAD CSV is not allowed here"
        if name == "ProcedureCall":
            return "procedure calls are not allowed on the embedded store (its plan cannot tell which procedure)"
        if _FALKORDB_REFUSED.search(name):
            return f"the operator {name!r} is not allowed here"
    return falkordb_crasher(lines)


def falkordb_crasher(lines: Iterable[str]) -> str | None:
    """A variable-length traversal with equal bounds above one, which kills FalkorDB 0.11's server
    (measured), found in the plan: ``[*2]``, ``[*02..2]`` and ``[* 2 .. 2]`` all plan as ``*2..2``,
    while ``[*1..1]`` plans as a single hop and runs.

    >>> falkordb_crasher(["Conditional Variable Length Traverse | (a)-[@anon_0*2..2]->(b)"])[:45]
    'the embedded store cannot run the fixed-lengt'
    >>> falkordb_crasher(["Conditional Variable Length Traverse | (a)-[@anon_0*1..3]->(b)"])
    """
    for name, details in _falkordb_operators(lines):
        if "Variable Length" not in name:
            continue
        for low, high in _VAR_LENGTH.findall(details):
            if low == high:
                return (
                    f"the embedded store cannot run the fixed-length pattern [*{low}..{high}]: "
                    "write a range such as [*1..k] and filter or order by length(p)"
                )
    return None
