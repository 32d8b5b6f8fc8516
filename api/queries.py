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
"2022" is kept by ``since=2022-03-01`` and a claim dated "2022-02" is not.

Paging. A list is a ``Paged`` pair: the page (``SKIP $offset LIMIT $limit``) and the total count
over the same ``MATCH``; the route only runs the count when the page alone cannot tell it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from diplograph.graph.schema import CLAIM_TYPES, BaseLabel, RelType

__all__ = [
    "ACTOR",
    "ACTORS",
    "ACTOR_CLAIMS",
    "CLAIM",
    "COUNT_NODES",
    "COUNT_RELATIONSHIPS",
    "DOCUMENT",
    "DOCUMENTS",
    "DOCUMENT_CLAIMS",
    "EVENT",
    "EVENTS",
    "ISSUE",
    "ISSUES",
    "Paged",
    "neighbourhood",
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


def _overlaps(at: str) -> str:
    """The date-overlap filter on an expression holding a claim's ``at`` (see the module doc)."""
    return f"($since IS NULL OR {at} + '~' >= $since) AND ($until IS NULL OR {at} <= $until + '~')"


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

# Two single-pattern counts: Neo4j answers both from its count store without a scan.
COUNT_NODES = "MATCH (n) RETURN count(n) AS n"
COUNT_RELATIONSHIPS = "MATCH ()-[r]->() RETURN count(r) AS n"


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

# One round trip for the whole detail: the node, claim counts per type and direction, offices,
# memberships. Each OPTIONAL MATCH is collected before the next so rows never multiply, and the
# small lists (counts) are collected first: every later aggregation groups on what came before, and
# grouping on a long list (a president's thousand HOLDS_OFFICE claims) per row is quadratic.
ACTOR = """MATCH (a:Actor {id: $id})
OPTIONAL MATCH (a)-[r]->()
WITH a, type(r) AS t, count(r) AS n
WITH a, collect({type: t, n: n}) AS outgoing
OPTIONAL MATCH (a)<-[r]-()
WITH a, outgoing, type(r) AS t, count(r) AS n
WITH a, outgoing, collect({type: t, n: n}) AS incoming
OPTIONAL MATCH (a)-[m:MEMBER_OF]->(org)
WITH a, outgoing, incoming, collect({status: m.status, date: m.date, as_of: m.as_of, key: m.key,
                                     doc_id: m.doc_id, evidence: m.evidence, id: org.id,
                                     name: org.name}) AS memberships
OPTIONAL MATCH (a)-[o:HOLDS_OFFICE]->(of)
RETURN properties(a) AS actor,
       collect({role: o.role, date: o.date, as_of: o.as_of, key: o.key, doc_id: o.doc_id,
                evidence: o.evidence, id: of.id, name: of.name}) AS offices,
       memberships, outgoing, incoming"""

# An actor's claims with the other end. Direction is decided against the actor's id so the one
# undirected pattern serves in, out and both.
ACTOR_CLAIMS = _paged(
    f"""MATCH (a:Actor {{id: $id}})-[r]-(other)
WHERE type(r) <> 'MENTIONS' AND ($types IS NULL OR type(r) IN $types)
WITH r, other, startNode(r).id = $id AS outgoing, coalesce(r.date, r.as_of) AS at
WHERE ($direction = 'both' OR outgoing = ($direction = 'out')) AND {_overlaps("at")}""",
    """WITH r, other, outgoing, at ORDER BY coalesce(at, '') DESC, r.key SKIP $offset LIMIT $limit
OPTIONAL MATCH (d:Document {id: r.doc_id})
RETURN type(r) AS type, properties(r) AS claim, outgoing,
       startNode(r).id AS source_id, startNode(r).name AS source_name,
       endNode(r).id AS target_id, endNode(r).name AS target_name,
       other.id AS other_id, other.name AS other_name,
       d.title AS doc_title, d.published AS doc_published""",
)


# -- events -----------------------------------------------------------------------------------

EVENTS = _paged(
    f"""MATCH (e:Event)
WHERE ($kind IS NULL OR $kind IN labels(e))
  AND ($q IS NULL OR toLower(e.name) CONTAINS $q OR toLower(coalesce(e.symbol, '')) CONTAINS $q
       OR any(x IN coalesce(e.aliases, []) WHERE toLower(x) CONTAINS $q))
  AND {_overlaps("e.date")}""",
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
  AND {_overlaps("d.published")}""",
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


def _edge_filter(rel: str) -> str:
    return f"type({rel}) IN $types AND ({_overlaps(f'coalesce({rel}.date, {rel}.as_of)')})"


@cache
def neighbourhood(label: BaseLabel, depth: int) -> str:
    """The edges within ``depth`` hops of a node, one row each (key, type, ends, EDGE_FIELDS, labels).

    Rings are collected one hop at a time (a node set per hop), then every edge of the last
    frontier is returned: the cost grows with the edges touched, not with the number of paths, as
    ``[*1..depth]`` would. ``LIMIT $edge_limit`` bounds what a hub returns; the route dedups.
    """
    if depth not in (1, 2, 3):
        raise ValueError(f"depth must be 1, 2 or 3, not {depth!r}")
    lines = [f"MATCH (c:{label.value} {{id: $id}})", "WITH c, [c] AS seen"]
    for _ in range(depth - 1):
        lines += [
            "UNWIND seen AS x",
            f"OPTIONAL MATCH (x)-[r]-(y) WHERE {_edge_filter('r')}",
            "WITH c, seen, collect(DISTINCT y) AS more",
            "WITH c, seen + [y IN more WHERE NOT y IN seen] AS seen",
        ]
    lines += [
        "UNWIND seen AS x",
        f"MATCH (x)-[r]-(y) WHERE {_edge_filter('r')}",
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


@cache
def path(source: BaseLabel, target: BaseLabel, max_depth: int, types: tuple[RelType, ...]) -> str:
    """A shortest path of at most ``max_depth`` hops over ``types``, in either direction.

    The portable form (cypher-subset.md): bounded var-length ordered by length, LIMIT 1.
    ``types`` are RelType members (validated), joined into the pattern's alternation.
    """
    if not 1 <= max_depth <= 6:
        raise ValueError(f"max_depth must be 1..6, not {max_depth!r}")
    alternation = "|".join(RelType(t).value for t in types)
    return (
        f"MATCH (a:{source.value} {{id: $source}}), (b:{target.value} {{id: $target}})\n"
        f"MATCH p = (a)-[:{alternation}*1..{max_depth}]-(b)\n"
        "WITH p ORDER BY length(p) LIMIT 1\n"
        f"RETURN [n IN nodes(p) | {_NODE_FIELDS % {'v': 'n'}}] AS nodes,\n"
        "       [r IN relationships(p) | {type: type(r), claim: properties(r), "
        "source: startNode(r).id, target: endNode(r).id}] AS edges"
    )
