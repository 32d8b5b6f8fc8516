"""Positions over time and graph analytics: networkx algorithms over a claims graph, no I/O.

The subgraphs come from :mod:`.readers` (the store side, which returns :class:`ClaimRow` s), or
are built by hand in tests. The algorithms take a *claims graph* ``G`` (an ``nx.MultiDiGraph``
made by :func:`claims_graph`: one edge per claim, keyed by the claim's key) and follow networkx
conventions: ``G`` first, keyword-only options, plain dict results. Every number they return
comes with the keys of the claims it was computed from.

The rules, in one place:

**Placing a claim in time.** A claim's time is its ``date``, else its document's ``as_of`` (the
claim is then *undated* and reported so). A date later than its document's publication is not
when the stance was taken (a document cannot report a stance taken after it was written; such a
date belongs to the object, as in "the goals for 2030"), so that claim too is placed at ``as_of``
and counts as undated. Its period is the year (``"2022"``) or the month
(``"2022-03"``); a claim known only to the year stays in the year's period under month
granularity. A period filter ``since``/``until`` keeps a claim whose time *overlaps* the period
at the precision each side has ("2022" is in ``since="2022-03"``).

**Signed stance** (:func:`stance_score`). SUPPORTS (a yes vote included) and PROPOSES +1;
OPPOSES (a no vote) and CONDEMNS -1; ABSTAINS 0. A vote recorded as ``absent`` has no stance.
The stance of an actor towards a target in a period is the sign of the summed scores of its
claims there: ``support``, ``oppose``, ``abstain`` (only abstentions) or ``mixed`` (support and
opposition that cancel out).

**Intensity** (:func:`claim_intensity`). Every claim also carries the signed intensity of its PLOVER
event (graph/data/plover.yaml: the PLOVER manual's conflict/cooperation scores, -10..+10; a
SUPPORTS +4.6, a yes vote +4.6, a proposal +4.2, a no vote or a rejection -4.2, a condemnation
-2.0, an abstention 0). The sign decides the stance as above; the intensity says how strongly: a
cell's ``intensity`` is the mean intensity of its claims, so a condemnation (-2.0) weighs less
than a rejection (-4.2), and a proposal a little less than a declared support.

**Shifts** (:func:`stance_shifts`). Two kinds, each with the claims on both sides:

* *change*: between two consecutive periods in which the actor stated a stance towards the
  target, the stance differs (support -> abstain, support -> oppose, oppose -> mixed, ...);
* *silence*: the actor stated the same definite stance (support or oppose) in at least
  ``min_repeats`` consecutive *active* periods, then, in the next ``min_silent`` active periods,
  said nothing about the target. An *active* period is one in which the actor stated a position
  on anything: a state that gave no speech that year has not fallen silent on anything.

**Alignment** (:func:`vote_agreement`, :func:`position_agreement`). Votes: an actor's vote on a
resolution is the choice its claims state (the majority where documents disagree; a tie is left
out); the agreement of two actors in a period is the share of the resolutions both voted on whose
votes are identical (the agreement index of the UN voting-affinity literature, with yes, no and
abstain as three distinct choices). Positions: the share of the issues both took a definite
stance on (support or oppose) in the period on which their stances are the same; beside it,
``intensity_agreement`` is 1 minus the mean distance of the two actors' mean intensities on those
issues over the width of the scale (20): 1 when both state the same stance with the same force,
lower when one condemns (-2.0) what the other rejects (-4.2), 0 at the scale's extremes. Each
pair reports ``claims``, the number of claims its figures rest on.

**Levels** (:func:`at_level`). Positions can be read at the ``issue`` a claim's phrase was mapped
to (extract/taxonomy/), or at its ``topic``: the issue's parent in the two-level taxonomy
(data/issues.yaml), stored on the Issue node as ``parent``. At the topic level each claim on an
issue counts on its topic, with the sign it has on the issue (opposing hegemonism and supporting
multilateralism stay an opposition and a support under the international order: compare
like with like at the issue level); a topic, an issue outside the taxonomy and a target that is
not an Issue stay themselves. Timelines, the matrix, shifts and alignment then run unchanged on
the rolled-up claims, each keeping its own key.

**Actor graph** (:func:`actor_graph`, :func:`actor_centrality`, :func:`actor_communities`).
Actors linked by claims of chosen types between two actors, weighted by the number of claims.
Degree centrality and betweenness (in hops) on the undirected graph; PageRank on the directed
one (symmetric types such as MEETS count both ways). Communities: Louvain with a fixed seed, on
the actor graph or on an agreement graph (pairs whose agreement reaches a threshold).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any, Literal, cast

import networkx as nx

from .plover import code_claim
from .schema import SYMMETRIC_TYPES, NodeKind, kind_of

__all__ = [
    "DEFAULT_ACTOR_RELATIONS",
    "LEVELS",
    "POSITION_TYPES",
    "VOTE_TYPES",
    "ClaimRow",
    "Granularity",
    "Level",
    "actor_centrality",
    "actor_communities",
    "actor_graph",
    "agreement_graph",
    "at_level",
    "claim_intensity",
    "claims_graph",
    "in_period",
    "pagerank_weighted",
    "period_of",
    "position_agreement",
    "stance_label",
    "stance_matrix",
    "stance_score",
    "stance_shifts",
    "stance_timeline",
    "vote_agreement",
    "vote_choices",
]

Granularity = Literal["year", "month", "all"]
#: where a position on an Issue is counted: the issue itself, or its parent topic (see :func:`at_level`)
Level = Literal["issue", "topic"]
LEVELS: tuple[Level, ...] = ("issue", "topic")
Stance = Literal["support", "oppose", "abstain", "mixed"]

#: the claim types that state a position towards a target
POSITION_TYPES: tuple[str, ...] = ("ABSTAINS", "CONDEMNS", "OPPOSES", "PROPOSES", "SUPPORTS")
#: the claim types a vote on a resolution is recorded with
VOTE_TYPES: tuple[str, ...] = ("ABSTAINS", "OPPOSES", "SUPPORTS")
#: actor-to-actor types that tie actors together by default in the actor graph
DEFAULT_ACTOR_RELATIONS: tuple[str, ...] = ("COOPERATES_WITH", "MEETS", "SUPPORTS", "VISITS")

_SCORES = {"SUPPORTS": 1, "PROPOSES": 1, "OPPOSES": -1, "CONDEMNS": -1, "ABSTAINS": 0}
_CHOICE_SCORES = {"yes": 1, "no": -1, "abstain": 0}
#: the width of the intensity scale (-10..+10)
INTENSITY_RANGE = 20.0
#: the period under granularity "all"
ALL = "all"


# ================================================================== claims and time


@dataclass(frozen=True)
class ClaimRow:
    """One claim as the algorithms need it (a row the readers return, or built by hand)."""

    key: str
    type: str
    source: str
    target: str
    source_name: str | None = None
    target_name: str | None = None
    date: str | None = None
    as_of: str | None = None
    doc_id: str | None = None
    evidence: str | None = None
    start: int | None = None
    end: int | None = None
    choice: str | None = None
    speaker: str | None = None
    status: str | None = None
    confidence: float | None = None
    #: the signed PLOVER intensity the store wrote; None (a row built by hand, a claim stored before
    #: PLOVER codes were written) is coded from the table (see :func:`claim_intensity`)
    intensity: float | None = None
    #: the target's parent topic in the issue taxonomy and its name (read only for the topic level)
    parent: str | None = None
    parent_name: str | None = None
    #: a stance on the target is the reverse stance on its topic (the node's ``parent_reversed``:
    #: a harm under a good topic, as hegemonism under the international order)
    parent_reversed: bool | None = None

    @property
    def dated(self) -> bool:
        """Whether the claim is placed by a date of its own (one not later than its document).

        ``date > as_of + "~"`` is "later at the precision each has": "2030" and "2022-10" are
        later than "2022-09"; "2022" and "2022-09-30" are not.

        >>> ClaimRow("k", "SUPPORTS", "state:CHN", "issue:x", date="2030", as_of="2022-09").at
        '2022-09'
        >>> ClaimRow("k", "SUPPORTS", "state:CHN", "issue:x", date="2022-09-30", as_of="2022-09").dated
        True
        """
        if self.date is None:
            return False
        return self.as_of is None or self.date <= self.as_of + "~"

    @property
    def at(self) -> str | None:
        """The claim's time: its own date (see :attr:`dated`), else its document's publication date."""
        return self.date if self.dated else self.as_of


#: the ClaimRow fields an edge of the claims graph carries (the ends and their names are the nodes')
_EDGE_FIELDS = tuple(
    f.name
    for f in fields(ClaimRow)
    if f.name
    not in ("key", "source", "target", "source_name", "target_name", "parent", "parent_name", "parent_reversed")
)

#: a stance on a harm read as a stance on the good it harms (the claim readers' own inversion):
#: opposing or condemning hegemonism supports the international order; proposing it opposes it
_REVERSED = {"SUPPORTS": "OPPOSES", "OPPOSES": "SUPPORTS", "CONDEMNS": "SUPPORTS", "PROPOSES": "OPPOSES"}


def at_level(rows: Iterable[ClaimRow], level: Level = "issue") -> list[ClaimRow]:
    """The claims with their targets at a level of the issue taxonomy (see the module docstring).

    >>> rows = [ClaimRow("c1", "SUPPORTS", "state:CHN", "issue:ceasefire", target_name="ceasefire",
    ...                  parent="issue:international-peace-and-security", parent_name="peace and security"),
    ...         ClaimRow("c2", "SUPPORTS", "state:CHN", "issue:attend-that-event")]
    >>> [(r.target, r.target_name) for r in at_level(rows, "topic")]
    [('issue:international-peace-and-security', 'peace and security'), ('issue:attend-that-event', None)]
    >>> harm = ClaimRow("c3", "OPPOSES", "state:CHN", "issue:hegemonism", intensity=-3.0,
    ...                 parent="issue:international-order", parent_reversed=True)
    >>> [(r.type, r.target, r.intensity) for r in at_level([harm], "topic")]
    [('SUPPORTS', 'issue:international-order', 3.0)]
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    if level == "issue":
        return list(rows)
    return [_on_parent(r, r.parent) if r.parent else r for r in rows]


def _on_parent(row: ClaimRow, parent: str) -> ClaimRow:
    """The claim on its target's topic: the same stance, or for a target whose stance the topic
    reads reversed (``parent_reversed``) the reverse stance and intensity, so that opposing
    hegemonism and supporting multilateralism add up under the international order."""
    up = replace(row, target=parent, target_name=row.parent_name)
    if not row.parent_reversed or row.type not in _REVERSED:
        return up
    return replace(up, type=_REVERSED[row.type], intensity=-row.intensity if row.intensity is not None else None)


def claims_graph(rows: Iterable[ClaimRow]) -> nx.MultiDiGraph:
    """The claims graph the algorithms read: one edge per claim, keyed by the claim's key.

    Nodes carry ``name`` and ``kind`` (from the id); edges carry every field of the row plus
    ``at`` (its time, see :attr:`ClaimRow.at`) and ``dated`` (whether a date of its own places it).

    Examples:
        >>> G = claims_graph([ClaimRow("c1", "SUPPORTS", "state:CHN", "issue:peace", as_of="2022-09")])
        >>> G.nodes["state:CHN"]["kind"], G.edges["state:CHN", "issue:peace", "c1"]["dated"]
        ('State', False)
    """
    G: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for row in rows:
        for node, name in ((row.source, row.source_name), (row.target, row.target_name)):
            if node not in G:
                G.add_node(node, name=name or node, kind=_kind(node))
            elif name and G.nodes[node]["name"] == node:
                G.nodes[node]["name"] = name
        data = {name: getattr(row, name) for name in _EDGE_FIELDS}  # asdict() deep-copies: 3x slower
        if data["intensity"] is None:
            data["intensity"] = claim_intensity(row.type, choice=row.choice, status=row.status, target=row.target)
        G.add_edge(row.source, row.target, key=row.key, at=row.at, dated=row.dated, **data)
    return G


def _kind(node_id: str) -> str:
    try:
        return kind_of(node_id).value
    except ValueError:
        return "Unknown"


def period_of(at: str | None, granularity: Granularity = "year") -> str | None:
    """The period a time falls in (None for no time).

    >>> period_of("2022-03-02"), period_of("2022-03-02", "month"), period_of("2022", "month"), period_of("2022", "all")
    ('2022', '2022-03', '2022', 'all')
    """
    if not at:
        return None
    if granularity == "all":
        return ALL
    if granularity == "month" and len(at) >= 7:
        return at[:7]
    return at[:4]


def in_period(at: str | None, since: str | None = None, until: str | None = None) -> bool:
    """Whether a time overlaps ``[since, until]`` at the precision each side has.

    ``~`` sorts after every digit and ``-``, so ``"2022" + "~" >= "2022-03"``: a claim dated
    "2022" is in a period starting in March 2022, and one dated "2022-02" is not.

    >>> in_period("2022", "2022-03"), in_period("2022-02", "2022-03"), in_period("2023-01", None, "2022")
    (True, False, False)
    """
    if since is None and until is None:
        return True
    if at is None:
        return False
    return (since is None or at + "~" >= since) and (until is None or at <= until + "~")


def stance_score(rel_type: str, choice: str | None = None) -> int | None:
    """The signed stance of one claim: +1 support, -1 opposition, 0 abstention, None for none.

    >>> stance_score("SUPPORTS"), stance_score("CONDEMNS"), stance_score("ABSTAINS"), stance_score("VISITS")
    (1, -1, 0, None)
    >>> stance_score("OPPOSES", "no"), stance_score("SUPPORTS", "absent")
    (-1, None)
    """
    if choice is not None:
        return _CHOICE_SCORES.get(choice)
    return _SCORES.get(rel_type)


def claim_intensity(
    rel_type: str, *, choice: str | None = None, status: str | None = None, target: str | None = None
) -> float:
    """The signed PLOVER intensity of a claim, from the table the stores code claims with.

    >>> claim_intensity("SUPPORTS"), claim_intensity("CONDEMNS"), claim_intensity("OPPOSES", choice="no")
    (4.6, -2.0, -4.2)
    """
    props = {k: v for k, v in (("choice", choice), ("status", status)) if v is not None}
    try:
        return code_claim(rel_type, props, target).intensity
    except ValueError:  # a hand-built target id the contract does not know: code without its kind
        return code_claim(rel_type, props).intensity


def stance_label(scores: Iterable[int]) -> Stance | None:
    """The stance several claims in one period add up to (the sign of their sum).

    >>> stance_label([1, 1, -1]), stance_label([0, 0]), stance_label([1, -1]), stance_label([])
    ('support', 'abstain', 'mixed', None)
    """
    scores = list(scores)
    if not scores:
        return None
    total = sum(scores)
    if total > 0:
        return "support"
    if total < 0:
        return "oppose"
    return "abstain" if all(s == 0 for s in scores) else "mixed"


def _position_edges(
    G: nx.MultiDiGraph,
    actor: str,
    *,
    targets: Iterable[str] | None,
    since: str | None,
    until: str | None,
    types: Sequence[str] = POSITION_TYPES,
) -> Iterable[tuple[str, str, dict[str, Any]]]:
    """(target, key, data) of the actor's scored position claims that overlap the period."""
    if actor not in G:
        return
    wanted = set(targets) if targets is not None else None
    for _, target, key, data in G.out_edges(actor, keys=True, data=True):
        if data["type"] not in types or (wanted is not None and target not in wanted):
            continue
        if stance_score(data["type"], data.get("choice")) is None or not in_period(data["at"], since, until):
            continue
        yield target, key, data


def _cells(
    G: nx.MultiDiGraph,
    actor: str,
    *,
    targets: Iterable[str] | None,
    since: str | None,
    until: str | None,
    granularity: Granularity,
) -> dict[str, dict[str, list[tuple[str, dict[str, Any]]]]]:
    """target -> period -> [(key, data)] of the actor's position claims, claims in key order."""
    cells: dict[str, dict[str, list[tuple[str, dict[str, Any]]]]] = defaultdict(lambda: defaultdict(list))
    for target, key, data in _position_edges(G, actor, targets=targets, since=since, until=until):
        period = period_of(data["at"], granularity)
        if period is not None:
            cells[target][period].append((key, data))
    for periods in cells.values():
        for claims in periods.values():
            claims.sort(key=lambda kd: kd[0])
    return cells


def _summary(claims: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    scores = [stance_score(d["type"], d.get("choice")) for _, d in claims]
    values = [s for s in scores if s is not None]
    relations: dict[str, int] = {}
    for _, d in claims:  # a plain count: Counter() costs more than the rest of the summary here
        relations[d["type"]] = relations.get(d["type"], 0) + 1
    intensities = [d["intensity"] for _, d in claims if d.get("intensity") is not None]
    return {
        "relations": dict(sorted(relations.items())),
        "net": sum(values),
        "score": sum(values) / len(values) if values else 0.0,
        "intensity": round(sum(intensities) / len(intensities), 3) if intensities else 0.0,
        "stance": stance_label(values),
        "claims": [k for k, _ in claims],
        "undated": [k for k, d in claims if not d["dated"]],
    }


# ================================================================== timelines and the matrix


def stance_timeline(
    G: nx.MultiDiGraph,
    actor: str,
    *,
    targets: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    granularity: Granularity = "year",
) -> dict[str, dict[str, dict[str, Any]]]:
    """An actor's stance towards each target, period by period.

    Returns ``{target: {period: summary}}``, periods in time order, where a summary holds
    ``relations`` (claims per type), ``net`` (the summed scores), ``score`` (their mean, -1..1),
    ``intensity`` (the mean signed PLOVER intensity of the claims, -10..10),
    ``stance`` (see :func:`stance_label`), ``claims`` (the keys) and ``undated`` (the keys of the
    claims placed by their document's date).

    Examples:
        >>> G = claims_graph([
        ...     ClaimRow("c1", "SUPPORTS", "state:CHN", "issue:sovereignty", date="2015"),
        ...     ClaimRow("c2", "SUPPORTS", "state:CHN", "issue:sovereignty", as_of="2022-09"),
        ...     ClaimRow("c3", "OPPOSES", "state:CHN", "issue:sovereignty", date="2022-09-24"),
        ... ])
        >>> t = stance_timeline(G, "state:CHN")["issue:sovereignty"]
        >>> sorted(t), t["2022"]["stance"], t["2022"]["undated"]
        (['2015', '2022'], 'mixed', ['c2'])
    """
    cells = _cells(G, actor, targets=targets, since=since, until=until, granularity=granularity)
    return {
        target: {period: _summary(claims) for period, claims in sorted(periods.items())}
        for target, periods in sorted(cells.items())
    }


def stance_matrix(
    G: nx.MultiDiGraph,
    actors: Iterable[str],
    targets: Iterable[str] | None = None,
    *,
    since: str | None = None,
    until: str | None = None,
    granularity: Granularity = "year",
) -> dict[tuple[str, str, str], dict[str, Any]]:
    """Actor x target x period cells with the signed score and the evidence behind it.

    Only cells with at least one claim are returned: ``{(actor, target, period): summary}``
    with the fields of :func:`stance_timeline` plus ``evidence`` (the number of claims).

    Examples:
        >>> G = claims_graph([
        ...     ClaimRow("v1", "ABSTAINS", "state:CHN", "resolution:unga-2022-03-02", date="2022-03-02",
        ...              choice="abstain"),
        ...     ClaimRow("v2", "SUPPORTS", "state:USA", "resolution:unga-2022-03-02", date="2022-03-02",
        ...              choice="yes"),
        ... ])
        >>> m = stance_matrix(G, ["state:CHN", "state:USA"])
        >>> [(a, cell["score"], cell["evidence"]) for (a, _, _), cell in sorted(m.items())]
        [('state:CHN', 0.0, 1), ('state:USA', 1.0, 1)]
    """
    matrix: dict[tuple[str, str, str], dict[str, Any]] = {}
    for actor in dict.fromkeys(actors):
        timeline = stance_timeline(G, actor, targets=targets, since=since, until=until, granularity=granularity)
        for target, periods in timeline.items():
            for period, summary in periods.items():
                matrix[(actor, target, period)] = {**summary, "evidence": len(summary["claims"])}
    return matrix


# ================================================================== shifts


def _active_periods(
    G: nx.MultiDiGraph, actor: str, *, since: str | None, until: str | None, granularity: Granularity
) -> dict[str, list[str]]:
    """Periods in which the actor stated any position, with the documents it did so in."""
    docs: dict[str, set[str]] = defaultdict(set)
    for _, _, data in _position_edges(G, actor, targets=None, since=since, until=until):
        period = period_of(data["at"], granularity)
        if period is not None:
            docs[period].add(data.get("doc_id") or "")
    return {p: sorted(d for d in ds if d) for p, ds in sorted(docs.items())}


def stance_shifts(
    G: nx.MultiDiGraph,
    actor: str,
    *,
    targets: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    granularity: Granularity = "year",
    min_repeats: int = 2,
    min_silent: int = 1,
) -> list[dict[str, Any]]:
    """Changes of the actor's stance towards the same target between periods.

    The rule (see the module docstring): a *change* is a different stance in the next period the
    actor stated one towards the target; a *silence* is nothing said about the target in the
    next ``min_silent`` active periods after the same definite stance was stated in at least
    ``min_repeats`` consecutive active periods.

    Each shift is a dict: ``target``, ``kind`` (change or silence), ``from_period``,
    ``to_period``, ``from_stance``, ``to_stance`` (``silent`` for a silence), ``from_score``,
    ``to_score`` (None for a silence), ``repeats`` (how many consecutive periods the earlier
    stance had been stated), ``before`` and ``after`` (claim keys; for a silence ``before``
    holds the whole run of statements and ``after`` is empty) and ``silent_documents`` (the
    actor's documents of the silent periods: it spoke there, but not of this target).
    Sorted by ``to_period``, then target.

    Examples:
        >>> G = claims_graph([
        ...     ClaimRow("a", "SUPPORTS", "state:CHN", "issue:x", date="2015"),
        ...     ClaimRow("b", "SUPPORTS", "state:CHN", "issue:x", date="2016"),
        ...     ClaimRow("c", "ABSTAINS", "state:CHN", "issue:x", date="2017"),
        ...     ClaimRow("d", "SUPPORTS", "state:CHN", "issue:y", date="2015"),
        ...     ClaimRow("e", "SUPPORTS", "state:CHN", "issue:y", date="2016"),
        ...     ClaimRow("f", "SUPPORTS", "state:CHN", "issue:z", date="2018", doc_id="doc:s2018"),
        ... ])
        >>> [(s["target"], s["kind"], s["from_period"], s["to_period"], s["to_stance"])
        ...  for s in stance_shifts(G, "state:CHN")]
        [('issue:x', 'change', '2016', '2017', 'abstain'), ('issue:y', 'silence', '2016', '2017', 'silent')]
    """
    if min_repeats < 1 or min_silent < 1:
        raise ValueError("min_repeats and min_silent must be at least 1")
    active = _active_periods(G, actor, since=since, until=until, granularity=granularity)
    order = list(active)
    index = {p: i for i, p in enumerate(order)}
    cells = _cells(G, actor, targets=targets, since=since, until=until, granularity=granularity)
    shifts: list[dict[str, Any]] = []
    for target, periods in sorted(cells.items()):
        stated = [(p, _summary(claims)) for p, claims in sorted(periods.items())]
        run = 0
        for i, (period, summary) in enumerate(stated):
            previous = stated[i - 1] if i else None
            adjacent = previous is not None and index[period] == index[previous[0]] + 1
            same = previous is not None and previous[1]["stance"] == summary["stance"]
            run = run + 1 if (adjacent and same) else 1
            if previous is not None and not same:
                shifts.append(_change(target, previous, (period, summary), repeats=_run_length(stated, i - 1, index)))
            silence = _silence_after(
                order, index[period], stated[i + 1][0] if i + 1 < len(stated) else None, min_silent
            )
            if summary["stance"] in ("support", "oppose") and run >= min_repeats and silence:
                run_claims = [k for _, s in stated[i - run + 1 : i + 1] for k in s["claims"]]
                shifts.append(
                    {
                        "target": target,
                        "kind": "silence",
                        "from_period": period,
                        "to_period": silence[0],
                        "from_stance": summary["stance"],
                        "to_stance": "silent",
                        "from_score": summary["score"],
                        "to_score": None,
                        "repeats": run,
                        "before": run_claims,
                        "after": [],
                        "silent_documents": sorted({d for p in silence for d in active[p]}),
                    }
                )
    shifts.sort(key=lambda s: (s["to_period"], s["target"], s["kind"]))
    return shifts


def _run_length(stated: list[tuple[str, dict[str, Any]]], i: int, index: dict[str, int]) -> int:
    """How many consecutive active periods, ending with ``stated[i]``, held the same stance."""
    run = 1
    while i - run >= 0:
        earlier, later = stated[i - run], stated[i - run + 1]
        if index[earlier[0]] + 1 != index[later[0]] or earlier[1]["stance"] != later[1]["stance"]:
            break
        run += 1
    return run


def _silence_after(order: list[str], at: int, next_stated: str | None, min_silent: int) -> list[str] | None:
    """The ``min_silent`` active periods after position ``at`` if none of them restates the target."""
    following = order[at + 1 : at + 1 + min_silent]
    if len(following) < min_silent or (next_stated is not None and next_stated in following):
        return None
    return following


def _change(
    target: str, before: tuple[str, dict[str, Any]], after: tuple[str, dict[str, Any]], *, repeats: int
) -> dict[str, Any]:
    return {
        "target": target,
        "kind": "change",
        "from_period": before[0],
        "to_period": after[0],
        "from_stance": before[1]["stance"],
        "to_stance": after[1]["stance"],
        "from_score": before[1]["score"],
        "to_score": after[1]["score"],
        "repeats": repeats,
        "before": before[1]["claims"],
        "after": after[1]["claims"],
        "silent_documents": [],
    }


# ================================================================== alignment


def vote_choices(
    G: nx.MultiDiGraph,
    actors: Iterable[str] | None = None,
    *,
    since: str | None = None,
    until: str | None = None,
    granularity: Granularity = "year",
) -> dict[tuple[str, str], dict[str, Any]]:
    """Each actor's vote on each resolution: ``{(actor, resolution): {choice, period, claims}}``.

    The choice is what the actor's claims on the resolution state (``yes``, ``no``,
    ``abstain``); where documents disagree the majority wins and a tie leaves the vote out (it is
    returned with ``choice`` None and ``conflict`` True, so it can be shown, not counted).
    """
    wanted = set(actors) if actors is not None else None
    found: dict[tuple[str, str], list[tuple[str, str, str | None]]] = defaultdict(list)
    for actor, resolution, key, data in G.edges(keys=True, data=True):
        if wanted is not None and actor not in wanted:
            continue
        if data["type"] not in VOTE_TYPES or G.nodes[resolution].get("kind") != NodeKind.RESOLUTION.value:
            continue
        choice = data.get("choice") or {"SUPPORTS": "yes", "OPPOSES": "no", "ABSTAINS": "abstain"}[data["type"]]
        if choice not in _CHOICE_SCORES or not in_period(data["at"], since, until):
            continue
        found[(actor, resolution)].append((key, choice, period_of(data["at"], granularity)))
    votes: dict[tuple[str, str], dict[str, Any]] = {}
    for pair, claims in sorted(found.items()):
        counts = Counter(choice for _, choice, _ in claims).most_common()
        tie = len(counts) > 1 and counts[0][1] == counts[1][1]
        periods = Counter(p for _, _, p in claims if p)
        votes[pair] = {
            "choice": None if tie else counts[0][0],
            "conflict": tie,
            "period": periods.most_common(1)[0][0] if periods else None,
            "claims": sorted(k for k, _, _ in claims),
        }
    return votes


def vote_agreement(
    G: nx.MultiDiGraph,
    actors: Iterable[str] | None = None,
    *,
    since: str | None = None,
    until: str | None = None,
    granularity: Granularity = "year",
) -> dict[tuple[str, str, str], dict[str, Any]]:
    """Pairwise voting agreement per period: the share of identical votes on shared resolutions.

    Returns ``{(a, b, period): {common, identical, agreement, resolutions}}`` for every pair
    (``a < b``) that voted on at least one common resolution in the period; ``resolutions``
    lists each resolution with both choices and both actors' claim keys.

    Examples:
        >>> rows = [ClaimRow(f"{a}{r}", t, f"state:{a}", f"resolution:unga-{r}", date=f"2022-0{r}", choice=c)
        ...         for a, votes in {"CHN": "AAN", "IND": "AAA", "USA": "YYY"}.items()
        ...         for r, v in zip("123", votes)
        ...         for t, c in [{"A": ("ABSTAINS", "abstain"), "N": ("OPPOSES", "no"), "Y": ("SUPPORTS", "yes")}[v]]]
        >>> agreement = vote_agreement(claims_graph(rows))
        >>> {pair[:2]: round(v["agreement"], 3) for pair, v in agreement.items()}
        {('state:CHN', 'state:IND'): 0.667, ('state:CHN', 'state:USA'): 0.0, ('state:IND', 'state:USA'): 0.0}
    """
    votes = vote_choices(G, actors, since=since, until=until, granularity=granularity)
    by_period: dict[str, dict[str, dict[str, dict[str, Any]]]] = defaultdict(lambda: defaultdict(dict))
    for (actor, resolution), vote in votes.items():
        if vote["choice"] is not None and vote["period"] is not None:
            by_period[vote["period"]][actor][resolution] = vote
    result: dict[tuple[str, str, str], dict[str, Any]] = {}
    for period, by_actor in sorted(by_period.items()):
        names = sorted(by_actor)
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                shared = sorted(set(by_actor[a]) & set(by_actor[b]))
                if not shared:
                    continue
                rows = [
                    {
                        "resolution": r,
                        "a_choice": by_actor[a][r]["choice"],
                        "b_choice": by_actor[b][r]["choice"],
                        "a_claims": by_actor[a][r]["claims"],
                        "b_claims": by_actor[b][r]["claims"],
                    }
                    for r in shared
                ]
                identical = sum(1 for row in rows if row["a_choice"] == row["b_choice"])
                result[(a, b, period)] = {
                    "common": len(rows),
                    "identical": identical,
                    "agreement": identical / len(rows),
                    "resolutions": rows,
                }
    return result


def position_agreement(
    G: nx.MultiDiGraph,
    actors: Iterable[str],
    *,
    since: str | None = None,
    until: str | None = None,
    granularity: Granularity = "year",
    target_kinds: Sequence[str] = (NodeKind.ISSUE.value,),
) -> dict[tuple[str, str, str], dict[str, Any]]:
    """Pairwise agreement on shared issues per period.

    For each pair (``a < b``) and period, the targets (issues by default) on which both took a
    definite stance (support or oppose; see :func:`stance_label`): ``{common, agreeing,
    agreement, intensity_agreement, claims, issues}`` with each issue's two stances, mean
    intensities and claim keys (see the module doc for ``intensity_agreement``).

    Examples:
        >>> G = claims_graph([
        ...     ClaimRow("1", "SUPPORTS", "state:CHN", "issue:multipolarity", date="2019"),
        ...     ClaimRow("2", "SUPPORTS", "state:RUS", "issue:multipolarity", date="2019"),
        ...     ClaimRow("3", "OPPOSES", "state:CHN", "issue:unilateral-sanctions", date="2019"),
        ...     ClaimRow("4", "SUPPORTS", "state:RUS", "issue:unilateral-sanctions", date="2019"),
        ... ])
        >>> cell = position_agreement(G, ["state:CHN", "state:RUS"])[("state:CHN", "state:RUS", "2019")]
        >>> cell["common"], cell["agreeing"], cell["agreement"], cell["intensity_agreement"], cell["claims"]
        (2, 1, 0.5, 0.78, 4)
    """
    stances: dict[str, dict[str, dict[str, tuple[str, list[str], float]]]] = defaultdict(lambda: defaultdict(dict))
    names = sorted(set(actors))
    for actor in names:
        for target, periods in stance_timeline(G, actor, since=since, until=until, granularity=granularity).items():
            if G.nodes[target].get("kind") not in target_kinds:
                continue
            for period, summary in periods.items():
                if summary["stance"] in ("support", "oppose"):
                    stances[period][actor][target] = (summary["stance"], summary["claims"], summary["intensity"])
    result: dict[tuple[str, str, str], dict[str, Any]] = {}
    for period, by_actor in sorted(stances.items()):
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                shared = sorted(set(by_actor.get(a, {})) & set(by_actor.get(b, {})))
                if not shared:
                    continue
                issues: list[dict[str, Any]] = [
                    {
                        "issue": t,
                        "a_stance": by_actor[a][t][0],
                        "b_stance": by_actor[b][t][0],
                        "a_claims": by_actor[a][t][1],
                        "b_claims": by_actor[b][t][1],
                        "a_intensity": by_actor[a][t][2],
                        "b_intensity": by_actor[b][t][2],
                    }
                    for t in shared
                ]
                agreeing = sum(1 for row in issues if row["a_stance"] == row["b_stance"])
                gap = sum(abs(row["a_intensity"] - row["b_intensity"]) for row in issues) / len(issues)
                result[(a, b, period)] = {
                    "common": len(issues),
                    "agreeing": agreeing,
                    "agreement": agreeing / len(issues),
                    "intensity_agreement": round(1 - gap / INTENSITY_RANGE, 4),
                    "claims": sum(len(row["a_claims"]) + len(row["b_claims"]) for row in issues),
                    "issues": issues,
                }
    return result


# ================================================================== the actor graph


def actor_graph(
    G: nx.MultiDiGraph,
    *,
    relations: Iterable[str] = DEFAULT_ACTOR_RELATIONS,
    since: str | None = None,
    until: str | None = None,
    directed: bool = False,
) -> nx.Graph:
    """Actors tied by claims of the given types between two actors, weighted by claim count.

    Each edge carries ``weight`` (the number of claims) and ``claims`` (their keys). Undirected
    by default; ``directed=True`` keeps the claims' direction and adds both directions for the
    symmetric types (MEETS, COOPERATES_WITH). Nodes keep ``name`` and ``kind``.

    Examples:
        >>> G = claims_graph([
        ...     ClaimRow("m1", "MEETS", "state:CHN", "state:RUS", date="2022"),
        ...     ClaimRow("m2", "MEETS", "state:RUS", "state:CHN", date="2023"),
        ...     ClaimRow("s1", "SUPPORTS", "state:CHN", "issue:peace", date="2022"),
        ... ])
        >>> A = actor_graph(G, relations=["MEETS", "SUPPORTS"])
        >>> list(A.edges(data="weight")), A.edges["state:CHN", "state:RUS"]["claims"]
        ([('state:CHN', 'state:RUS', 2)], ['m1', 'm2'])
    """
    wanted = set(relations)
    symmetric = {t.value for t in SYMMETRIC_TYPES}
    actor_kinds = {k.value for k in (NodeKind.STATE, NodeKind.PERSON, NodeKind.ORGANISATION, NodeKind.GROUP)}
    A: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    for u, v, key, data in G.edges(keys=True, data=True):
        if data["type"] not in wanted or u == v or not in_period(data["at"], since, until):
            continue
        if G.nodes[u]["kind"] not in actor_kinds or G.nodes[v]["kind"] not in actor_kinds:
            continue
        pairs = [(u, v), (v, u)] if directed and data["type"] in symmetric else [(u, v)]
        for a, b in pairs:
            for node in (a, b):
                if node not in A:
                    A.add_node(node, name=G.nodes[node]["name"], kind=G.nodes[node]["kind"])
            if A.has_edge(a, b):
                A.edges[a, b]["weight"] += 1
                A.edges[a, b]["claims"].append(key)
            else:
                A.add_edge(a, b, weight=1, claims=[key])
    for _, _, data in A.edges(data=True):
        data["claims"].sort()
    return A


def actor_centrality(
    G: nx.MultiDiGraph,
    *,
    relations: Iterable[str] = DEFAULT_ACTOR_RELATIONS,
    since: str | None = None,
    until: str | None = None,
) -> dict[str, dict[str, Any]]:
    """Degree, betweenness and PageRank of each actor on the actor graph of ``relations``.

    ``degree`` is networkx's degree centrality (the share of the other actors it is tied to),
    ``betweenness`` is betweenness centrality in hops (normalised), both on the undirected
    graph; ``pagerank`` is weighted by claim count on the directed graph. Each actor also gets
    ``neighbours`` and ``claims`` (the keys of the claims it takes part in).

    Examples:
        >>> G = claims_graph([ClaimRow(f"m{i}", "MEETS", a, b, date="2022")
        ...                   for i, (a, b) in enumerate([("state:A", "state:HUB"), ("state:B", "state:HUB"),
        ...                                               ("state:C", "state:HUB")])])
        >>> c = actor_centrality(G, relations=["MEETS"])
        >>> c["state:HUB"]["degree"], c["state:HUB"]["betweenness"], c["state:A"]["betweenness"]
        (1.0, 1.0, 0.0)
    """
    relations = list(relations)
    U = actor_graph(G, relations=relations, since=since, until=until)
    D = cast(nx.DiGraph, actor_graph(G, relations=relations, since=since, until=until, directed=True))
    if U.number_of_nodes() == 0:
        return {}
    degree = nx.degree_centrality(U)
    betweenness = nx.betweenness_centrality(U, normalized=True)
    pagerank = pagerank_weighted(D, weight="weight")
    result = {}
    for node in sorted(U):
        claims: set[str] = set()
        for _, _, keys in cast("list[tuple[str, str, list[str]]]", U.edges(node, data="claims")):
            claims.update(keys)
        result[node] = {
            "name": U.nodes[node]["name"],
            "kind": U.nodes[node]["kind"],
            "degree": degree[node],
            "betweenness": betweenness[node],
            "pagerank": pagerank.get(node, 0.0),
            "neighbours": U.degree(node),
            "claims": sorted(claims),
        }
    return result


def pagerank_weighted(
    D: nx.DiGraph, *, alpha: float = 0.85, weight: str = "weight", tol: float = 1.0e-10, max_iter: int = 500
) -> dict[str, float]:
    """PageRank by power iteration, with the semantics of ``nx.pagerank`` (dangling nodes spread
    their rank uniformly, uniform teleport).

    networkx's own ``pagerank`` needs scipy, which diplograph does not otherwise need; this is
    the textbook iteration, exact enough for graphs of a few thousand actors.

    Examples:
        >>> pr = pagerank_weighted(nx.DiGraph([("a", "hub"), ("b", "hub"), ("c", "hub")]))
        >>> max(pr, key=pr.get), round(sum(pr.values()), 9)
        ('hub', 1.0)
    """
    n = D.number_of_nodes()
    if n == 0:
        return {}
    out_weight = {u: sum(w for _, _, w in D.out_edges(u, data=weight, default=1)) for u in D}
    rank = dict.fromkeys(D, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank[u] for u in D if out_weight[u] == 0) / n
        new = dict.fromkeys(D, (1.0 - alpha) / n + dangling)
        for u, v, w in D.edges(data=weight, default=1):
            new[v] += alpha * rank[u] * w / out_weight[u]
        if sum(abs(new[u] - rank[u]) for u in D) < n * tol:
            return new
        rank = new
    return rank


def agreement_graph(
    agreement: dict[tuple[str, str, str], dict[str, Any]],
    *,
    min_agreement: float = 0.5,
    min_common: int = 1,
) -> nx.Graph:
    """An undirected graph of the pairs whose agreement reaches ``min_agreement`` over at least
    ``min_common`` shared items, pooled over periods; ``weight`` is the pooled agreement share.

    Takes the result of :func:`vote_agreement` or :func:`position_agreement`; each edge keeps
    ``claims`` (the keys behind the shared items) and ``common``.
    """
    pooled: dict[tuple[str, str], list[Any]] = defaultdict(lambda: [0, 0, set()])
    for (a, b, _), cell in agreement.items():
        entry = pooled[(a, b)]
        entry[0] += cell["common"]
        entry[1] += cell.get("identical", cell.get("agreeing", 0))
        for item in cell.get("resolutions", cell.get("issues", [])):
            entry[2].update(item["a_claims"], item["b_claims"])
    A: nx.Graph[str] = nx.Graph()
    for (a, b), (common, same, claims) in sorted(pooled.items()):
        A.add_nodes_from((a, b))
        if common >= min_common and same / common >= min_agreement:
            A.add_edge(a, b, weight=same / common, common=common, claims=sorted(claims))
    return A


def actor_communities(
    A: nx.Graph,
    *,
    seed: int = 0,
    resolution: float = 1.0,
    weight: str = "weight",
) -> dict[str, Any]:
    """Louvain communities of an actor graph (:func:`actor_graph` or :func:`agreement_graph`).

    Returns ``{"communities": [sorted member lists, largest first], "modularity": float}``; a
    fixed ``seed`` makes the partition reproducible. Isolated actors form communities of one.

    Examples:
        >>> A = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z"), ("c", "x")])
        >>> actor_communities(A, seed=1)["communities"]
        [['a', 'b', 'c'], ['x', 'y', 'z']]
    """
    if A.number_of_nodes() == 0:
        return {"communities": [], "modularity": 0.0}
    found = nx.community.louvain_communities(A, weight=weight, resolution=resolution, seed=seed)
    communities = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c))
    modularity = nx.community.modularity(A, found, weight=weight) if A.number_of_edges() else 0.0
    return {"communities": communities, "modularity": modularity}
