"""Every Cypher statement the API routes run, in one place.

Rules, so both stores run the same text and nothing typed by a client reaches it:

* Values always travel as parameters (``$id``, ``$q``, ``$since``...).
* The only text composed here is labels and relationship types from the contract's enums and the
  bounds of variable-length patterns; Cypher cannot take those as parameters. They are chosen from
  validated enums or integers, never copied from a request.
* Everything stays in the subset both stores run (shared/design/cypher-subset.md). Measured
  traps avoided: an exact-length var-length bound (``[*2..2]``) crashes FalkorDB 0.11 and a typed
  one returns nothing there, so paths use ``[*1..k]`` ordered by length; ``sum()`` gives floats on
  FalkorDB, so sums go through ``toInteger``.

Dates. Claims carry ``date`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) or, when undated, ``as_of``
(the document's publication date); ``at = coalesce(r.date, r.as_of)`` places a claim in time. A
filter keeps a claim whose ``at`` *overlaps* ``[since, until]`` at the precision each side has:
``'2022' + '~' >= '2022-03-01'`` (``~`` sorts after every digit and ``-``), so a claim dated
"2022" is kept by ``since=2022-03-01`` and a claim dated "2022-02" is not. The filter is written
once, as :func:`diplograph.graph.queries.overlaps`, for these queries and the graph's readers.

Paging. A list is a ``Paged`` pair: the page (``SKIP $offset LIMIT $limit``) and the total count
over the same ``MATCH``; the route only runs the count when the page alone cannot tell it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from diplograph.graph.queries import overlaps
from diplograph.graph.schema import CLAIM_TYPES, BaseLabel, RelType

__all__ = [
    "ACTORS",
    "CLAIM",
    "COUNTS",
    "DOCUMENT",
    "DOCUMENTS",
    "DOCUMENT_CLAIMS",
    "EVENT",
    "EVENTS",
    "ISSUE",
    "ISSUES",
    "Paged",
    "actor_claim_total",
    "actor_claims",
    "actor_detail",
    "hop",
    "neighbourhood",
    "neighbours",
    "node",
    "path",
]

#: claim types in a stable order (MENTIONS is not a claim)
CLAIM_TYPE_NAMES: tuple[str, ...] = tuple(sorted(t.value for t in CLAIM_TYPES))


@dataclass(frozen=True)
class Paged:
    """A page query and the count query over the same match."""

    page: str
    count: str


def _paged(match: str, order_and_return: str) -> Paged:
    """Page and count over one MATCH...WITH prefix; ``order_and_return`` sorts, pages, projects."""
    return Paged(page=f"{match}\n{order_and_return}", count=f"{match}\nRETURN count(*) AS total")


def _claims_by_type(predicate: str) -> str:
    """``CALL { ... }`` finding claims by an indexed property, one UNION ALL branch per claim type.

    A type-less ``MATCH ()-[r]->() WHERE r.key = $key`` scans every relationship on both stores;
    a branch per type seeks the type's constrained or indexed property instead. The branches only
    return ``r``: what is done with it comes once, after the CALL, because Neo4j's planning time
    grows with each branch's size (measured: 3.5 s to plan this query with the joins inside every
    branch, against well under a second like this).
    """
    branches = "\n  UNION ALL\n  ".join(
        f"MATCH ()-[r:{t}]->() WHERE {predicate.replace('{r}', 'r')} RETURN r" for t in CLAIM_TYPE_NAMES
    )
    return f"CALL {{\n  {branches}\n}}"


# -- health ---------------------------------------------------------------------------------

# Two single-pattern counts in one round trip: Neo4j answers each branch from its count store
# without a scan (NodeCountFromCountStore, RelationshipCountFromCountStore under a Union; a test
# reads the plan), where one pattern counting both would scan every relationship. The rows are
# named (after the count: a constant beside count() is a grouping key, and Neo4j then scans), as
# neither store promises the order of a union's branches.
COUNTS = (
    "MATCH (n) WITH count(n) AS n RETURN 'nodes' AS of, n "
    "UNION ALL MATCH ()-[r]->() WITH count(r) AS n RETURN 'relationships' AS of, n"
)


# -- existence (404s) -------------------------------------------------------------------------


@cache
def node(label: BaseLabel) -> str:
    """A node's id and display fields, to tell an unknown id (no row) from an empty result."""
    return f"MATCH (n:{label.value} {{id: $id}}) RETURN n.id AS id, n.name AS name, n.title AS title"


# -- actors -----------------------------------------------------------------------------------

# Search by name or alias in any language: $q is lower-cased by the caller. Exact matches first,
# then prefixes, then substrings; ties by name.
ACTORS = _paged(
    """MATCH (a:Actor)
WHERE ($kind IS NULL OR $kind IN labels(a))
WITH a, [x IN [a.name] + coalesce(a.aliases, []) | toLower(x)] AS names
WHERE $q IS NULL OR any(x IN names WHERE x CONTAINS $q) OR toLower(a.id) = $q""",
    """WITH a, CASE WHEN $q IS NULL THEN 0
                 WHEN any(x IN names WHERE x = $q) OR toLower(a.id) = $q THEN 0
                 WHEN any(x IN names WHERE x STARTS WITH $q) THEN 1 ELSE 2 END AS rank
ORDER BY rank, a.name, a.id SKIP $offset LIMIT $limit
RETURN a.id AS id, a.name AS name, a.aliases AS aliases, a.acronym AS acronym, a.iso3 AS iso3""",
)

# One round trip for the whole detail: the node, its claim counts per type and direction (degree
# lookups in the store's dialect, see GraphStore.degree: no relationship is expanded to count it),
# then each office and membership once with how many claims state it, its latest date and its
# earliest claim. A president's office is stated in every briefing that names him (thousands of
# HOLDS_OFFICE claims): they are grouped in the store, which returns one row per office, and the
# earliest claim is found by its key (min over "date|key") rather than by sorting them all.
_STATED = """OPTIONAL MATCH (a)-[x:{rel}]->(other)
WITH a{carry}, x.{fact} AS fact, other, count(x) AS n, max(x.date) AS last,
     min(coalesce(x.date, x.as_of, '') + '|' + x.key) AS earliest
OPTIONAL MATCH (a)-[first:{rel} {{key: split(earliest, '|')[1]}}]->(other)
WITH a{carry}, collect({{fact: fact, n: n, last: last, id: other.id, name: other.name, key: first.key,
                         date: first.date, as_of: first.as_of, doc_id: first.doc_id,
                         evidence: first.evidence}}) AS {name}"""


@cache
def actor_detail(degree: Callable[[str, str, str], str]) -> str:
    """The actor-detail query for a store whose degree expression is ``degree``."""
    counts = ", ".join(
        f"{{type: '{t.value}', out: {degree('a', t.value, 'out')}, in: {degree('a', t.value, 'in')}}}" for t in RelType
    )
    # Aggregations group on everything carried through them, lists included: the long one
    # (offices) goes first carrying only the node, the counts come last.
    return "\n".join(
        [
            "MATCH (a:Actor {id: $id})",
            _STATED.format(rel="HOLDS_OFFICE", fact="role", carry="", name="offices"),
            _STATED.format(rel="MEMBER_OF", fact="status", carry=", offices", name="memberships"),
            f"RETURN properties(a) AS actor, [{counts}] AS counts, memberships, offices",
        ]
    )


# An actor's claims with the other end, newest first. Built per request shape from the contract's
# relationship types (never from input text): a directed or undirected pattern over the claim types
# asked for (MENTIONS never expanded), and the date filter only when dates are given, so the many
# claims of a head of state are read once and only what the page needs is projected.
_ARROWS = {"out": ("-", "->"), "in": ("<-", "-"), "both": ("-", "-")}


#: the claim filters on the stored PLOVER coding (graph/plover.py), by parameter name
_PLOVER_FILTERS = {
    "events": "r.plover_event IN $events",
    "mode": "r.plover_mode = $mode",
    "min_intensity": "r.intensity >= $min_intensity",
    "max_intensity": "r.intensity <= $max_intensity",
}


@cache
def actor_claims(types: tuple[str, ...] | None, direction: str, dated: bool, plover: tuple[str, ...] = ()) -> Paged:
    """The page and count queries for ``types`` (None: every claim type), ``direction`` and, if
    ``dated``, the ``$since``/``$until`` filter; ``plover`` names the PLOVER filters asked for
    (``events``, ``mode``, ``min_intensity``, ``max_intensity``), whose values are parameters.
    Only the filters asked for are written: FalkorDB runs a chain of ``$x IS NULL OR ...`` far
    slower than the filters alone (see graph.readers.read_positions)."""
    rels = "|".join(sorted(RelType(t).value for t in types) if types else CLAIM_TYPE_NAMES)
    left, right = _ARROWS[direction]
    conditions = [overlaps("at")] if dated else []
    conditions += [_PLOVER_FILTERS[name] for name in plover]
    where = f"\nWHERE {' AND '.join(conditions)}" if conditions else ""
    return _paged(
        f"MATCH (a:Actor {{id: $id}}){left}[r:{rels}]{right}(other)\n"
        f"WITH r, other, coalesce(r.date, r.as_of) AS at{where}",
        """WITH r, other, at ORDER BY coalesce(at, '') DESC, r.key SKIP $offset LIMIT $limit
OPTIONAL MATCH (d:Document {id: r.doc_id})
RETURN type(r) AS type, properties(r) AS claim, startNode(r).id = $id AS outgoing,
       startNode(r).id AS source_id, startNode(r).name AS source_name,
       endNode(r).id AS target_id, endNode(r).name AS target_name,
       other.id AS other_id, other.name AS other_name,
       d.title AS doc_title, d.published AS doc_published""",
    )


@cache
def actor_claim_total(degree: Callable[[str, str, str], str], types: tuple[str, ...] | None, direction: str) -> str:
    """How many claims ``actor_claims`` would list without a date filter: a sum of degrees."""
    directions = ("out", "in") if direction == "both" else (direction,)
    terms = " + ".join(degree("a", t, d) for t in (sorted(types) if types else CLAIM_TYPE_NAMES) for d in directions)
    return f"MATCH (a:Actor {{id: $id}}) RETURN {terms} AS total"


# -- events -----------------------------------------------------------------------------------

EVENTS = _paged(
    f"""MATCH (e:Event)
WHERE ($kind IS NULL OR $kind IN labels(e))
  AND ($q IS NULL OR toLower(e.name) CONTAINS $q OR toLower(coalesce(e.symbol, '')) CONTAINS $q
       OR any(x IN coalesce(e.aliases, []) WHERE toLower(x) CONTAINS $q))
  AND {overlaps("e.date")}""",
    """WITH e ORDER BY coalesce(e.date, ''), e.name, e.id SKIP $offset LIMIT $limit
RETURN properties(e) AS event""",
)

# The event and every claim that ends at it (attendance, hosting, signatures, adoptions, votes,
# positions): the route sorts them into their sections.
EVENT = """MATCH (e:Event {id: $id})
OPTIONAL MATCH (x)-[r]->(e)
WHERE type(r) <> 'MENTIONS'
WITH e, r, x ORDER BY coalesce(r.date, r.as_of, ''), x.name, r.key
RETURN properties(e) AS event,
       collect({type: type(r), claim: properties(r), id: x.id, name: x.name}) AS claims"""


# -- issues -----------------------------------------------------------------------------------

ISSUES = _paged(
    """MATCH (i:Issue)
WHERE $q IS NULL OR toLower(i.name) CONTAINS $q OR any(x IN coalesce(i.aliases, []) WHERE toLower(x) CONTAINS $q)""",
    """WITH i ORDER BY i.name, i.id SKIP $offset LIMIT $limit
OPTIONAL MATCH (i)<-[r]-()
WHERE type(r) <> 'MENTIONS'
WITH i, type(r) AS t, count(r) AS n
RETURN i.id AS id, i.name AS name, i.aliases AS aliases, collect({type: t, n: n}) AS stances
ORDER BY i.name, i.id""",
)

ISSUE = """MATCH (i:Issue {id: $id})
OPTIONAL MATCH (x)-[r]->(i)
WHERE type(r) <> 'MENTIONS'
WITH i, r, x, coalesce(r.date, r.as_of) AS at ORDER BY coalesce(at, ''), x.name, r.key
RETURN properties(i) AS issue,
       collect({type: type(r), claim: properties(r), id: x.id, name: x.name}) AS claims"""


# -- documents -------------------------------------------------------------------------------

DOCUMENTS = _paged(
    f"""MATCH (d:Document)
WHERE ($q IS NULL OR toLower(coalesce(d.title, '')) CONTAINS $q OR toLower(coalesce(d.publisher, '')) CONTAINS $q)
  AND {overlaps("d.published")}""",
    """WITH d ORDER BY coalesce(d.published, '') DESC, d.id SKIP $offset LIMIT $limit
RETURN d.id AS id, d.title AS title, d.publisher AS publisher, d.author AS author, d.published AS published,
       d.url AS url, d.languages AS languages, d.file AS file""",
)

# Metadata without the text (the route asks for it separately: texts run to megabytes).
DOCUMENT = """MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[m:MENTIONS]->(n)
WITH d, m, n ORDER BY m.count DESC, n.id
RETURN [k IN keys(d) WHERE k <> 'text' | [k, d[k]]] AS properties,
       CASE WHEN $with_text THEN d.text ELSE null END AS text,
       collect({id: n.id, name: n.name, count: m.count}) AS mentions"""

# A document's claims, through each type's doc_id index.
DOCUMENT_CLAIMS = (
    _claims_by_type("r.doc_id = $id")
    + """
WITH r, startNode(r) AS s, endNode(r) AS t
RETURN type(r) AS type, properties(r) AS claim, s.id AS source_id, s.name AS source_name,
       t.id AS target_id, t.name AS target_name"""
)


# -- claims -----------------------------------------------------------------------------------

# One claim by key, through each type's key index, with its document and some context around the
# evidence (what an analyst checks first); 200 characters either side.
CLAIM = (
    _claims_by_type("r.key = $key")
    + """
WITH r, startNode(r) AS s, endNode(r) AS t
OPTIONAL MATCH (d:Document {id: r.doc_id})
// FalkorDB type-checks substring() arguments even in a CASE branch not taken: no nulls in them.
WITH r, s, t, d, coalesce(r.start, 0) AS a, coalesce(r.end, 0) AS b
RETURN type(r) AS type, properties(r) AS claim, s.id AS source_id, s.name AS source_name,
       t.id AS target_id, t.name AS target_name, d.id AS doc_id, d.title AS doc_title,
       d.published AS doc_published, d.url AS doc_url,
       CASE WHEN r.start IS NULL THEN null
            ELSE substring(d.text, CASE WHEN a > 200 THEN a - 200 ELSE 0 END, CASE WHEN a > 200 THEN 200 ELSE a END)
       END AS context_before,
       CASE WHEN r.end IS NULL THEN null ELSE substring(d.text, b, 200) END AS context_after"""
)


# -- graph widget -------------------------------------------------------------------------------

_NODE_FIELDS = "{id: %(v)s.id, name: %(v)s.name, title: %(v)s.title}"
#: the claim properties a graph widget's edge carries besides its key, type and ends
EDGE_FIELDS = ("date", "doc_id", "evidence", "confidence", "choice", "role", "status")


@cache
def neighbourhood(label: BaseLabel, depth: int, types: tuple[RelType, ...], dated: bool) -> str:
    """The edges within ``depth`` hops of a node, one row each (key, type, ends, EDGE_FIELDS, labels).

    Rings are collected one hop at a time (a node set per hop), then every edge of the last
    frontier is returned: the cost grows with the edges touched, not with the number of paths, as
    ``[*1..depth]`` would. ``LIMIT $edge_limit`` bounds what a hub returns; the route dedups.
    ``types`` (RelType members, validated) become the pattern's alternation, so a hub's other
    relationships (its thousands of MENTIONS) are never expanded; the ``$since``/``$until`` filter
    is there only when ``dated``.
    """
    if depth not in (1, 2, 3):
        raise ValueError(f"depth must be 1, 2 or 3, not {depth!r}")
    step = f"-[r:{'|'.join(RelType(t).value for t in types)}]-"
    where = f" WHERE {overlaps('coalesce(r.date, r.as_of)')}" if dated else ""
    lines = [f"MATCH (c:{label.value} {{id: $id}})", "WITH c, [c] AS seen"]
    for _ in range(depth - 1):
        lines += [
            "UNWIND seen AS x",
            f"OPTIONAL MATCH (x){step}(y){where}",
            "WITH c, seen, collect(DISTINCT y) AS more",
            "WITH c, seen + [y IN more WHERE NOT y IN seen] AS seen",
        ]
    lines += [
        "UNWIND seen AS x",
        f"MATCH (x){step}(y){where}",
        "WITH DISTINCT r LIMIT $edge_limit",
        "WITH r, startNode(r) AS s, endNode(r) AS t",
        # Flat columns, only what a widget shows: maps and whole property sets cost more to
        # decode than the query costs to run (measured on FalkorDB's Python client).
        "RETURN r.key AS key, type(r) AS type, s.id AS source, t.id AS target, "
        + ", ".join(f"r.{f} AS {f}" for f in EDGE_FIELDS)
        + ", "
        "coalesce(s.name, s.title) AS source_label, coalesce(t.name, t.title) AS target_label",
    ]
    return "\n".join(lines)


_PATH_RETURN = (
    f"RETURN [n IN nodes(p) | {_NODE_FIELDS % {'v': 'n'}}] AS nodes,\n"
    "       [r IN relationships(p) | {type: type(r), claim: properties(r), "
    "source: startNode(r).id, target: endNode(r).id}] AS edges"
)


@cache
def path(
    source: BaseLabel, target: BaseLabel, max_depth: int, types: tuple[RelType, ...], *, shortest: bool = False
) -> str:
    """A path of at most ``max_depth`` hops over ``types``, in either direction.

    ``shortest``: Neo4j's ``shortestPath()``, a breadth-first search that stops at the first
    (shortest) path. Otherwise the portable form: any path of 1 to ``max_depth`` hops, the first
    found (``LIMIT 1`` without sorting, so the search stops there); called with growing depths, the
    first hit is a shortest path (FalkorDB has no undirected shortestPath). ``types`` are RelType
    members (validated), joined into the pattern's alternation.
    """
    if not 1 <= max_depth <= 6:
        raise ValueError(f"max_depth must be 1..6, not {max_depth!r}")
    alternation = "|".join(RelType(t).value for t in types)
    pattern = f"(a)-[:{alternation}*1..{max_depth}]-(b)"
    match = f"MATCH p = shortestPath({pattern})" if shortest else f"MATCH p = {pattern}\nWITH p LIMIT 1"
    return f"MATCH (a:{source.value} {{id: $source}}), (b:{target.value} {{id: $target}})\n{match}\n{_PATH_RETURN}"


@cache
def neighbours(label: BaseLabel, types: tuple[RelType, ...]) -> str:
    """The distinct neighbours (over ``types``, either direction) of the ``$ids`` with ``label``:
    one hop of a breadth-first search, each node once however many claims join it."""
    alternation = "|".join(RelType(t).value for t in types)
    return (
        f"MATCH (n:{label.value}) WHERE n.id IN $ids\n"
        f"MATCH (n)-[:{alternation}]-(m)\n"
        "RETURN DISTINCT n.id AS id, m.id AS other"
    )


@cache
def hop(source: BaseLabel, target: BaseLabel, types: tuple[RelType, ...]) -> str:
    """The two ends and one claim joining ``$source`` and ``$target`` (a step of a found path)."""
    alternation = "|".join(RelType(t).value for t in types)
    return (
        f"MATCH (a:{source.value} {{id: $source}})-[r:{alternation}]-(b:{target.value} {{id: $target}})\n"
        "WITH a, b, r LIMIT 1\n"
        f"RETURN {_NODE_FIELDS % {'v': 'a'}} AS a, {_NODE_FIELDS % {'v': 'b'}} AS b,\n"
        "       {type: type(r), claim: properties(r), source: startNode(r).id, target: endNode(r).id} AS edge"
    )
