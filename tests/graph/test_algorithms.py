"""The positions and analytics rules of graph/algorithms.py on small hand-built graphs with known answers."""

from __future__ import annotations

import networkx as nx
import pytest

from diplograph.graph import algorithms as A
from diplograph.graph.algorithms import ClaimRow, claims_graph

CHN, RUS, USA, IND = "state:CHN", "state:RUS", "state:USA", "state:IND"


def row(key: str, type_: str, source: str, target: str, **fields: object) -> ClaimRow:
    return ClaimRow(key, type_, source, target, **fields)  # type: ignore[arg-type]


def yearly(
    actor: str, target: str, stances: dict[str, str], *, type_by: dict[str, str] | None = None
) -> list[ClaimRow]:
    """One claim per year: ``{"2015": "S", "2016": "O", "2017": "A"}`` (support, oppose, abstain)."""
    types = type_by or {"S": "SUPPORTS", "O": "OPPOSES", "A": "ABSTAINS", "C": "CONDEMNS", "P": "PROPOSES"}
    return [
        row(f"{actor}-{target}-{y}", types[s], actor, target, date=y, doc_id=f"doc:{actor[-3:].lower()}-{y}")
        for y, s in stances.items()
    ]


# -- time and scores ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("at", "granularity", "period"),
    [
        ("2022-03-02", "year", "2022"),
        ("2022-03-02", "month", "2022-03"),
        ("2022", "month", "2022"),
        ("2022-09", "year", "2022"),
        (None, "year", None),
        ("2019-01", "all", "all"),
    ],
)
def test_period_of(at: str | None, granularity: A.Granularity, period: str | None) -> None:
    assert A.period_of(at, granularity) == period


@pytest.mark.parametrize(
    ("at", "since", "until", "inside"),
    [
        ("2022", "2022-03", None, True),  # a year overlaps a period starting inside it
        ("2022-02", "2022-03", None, False),
        ("2022-03-31", None, "2022-03", True),  # until is inclusive at its own precision
        ("2022-04-01", None, "2022-03", False),
        ("2015-09", "2015", "2015", True),
        (None, "2015", None, False),  # no time: outside any bounded period
        (None, None, None, True),
    ],
)
def test_in_period_overlaps_at_each_sides_precision(
    at: str | None, since: str | None, until: str | None, inside: bool
) -> None:
    assert A.in_period(at, since, until) is inside


def test_signed_scores_follow_the_issue() -> None:
    assert [A.stance_score(t) for t in ("SUPPORTS", "PROPOSES", "OPPOSES", "CONDEMNS", "ABSTAINS")] == [1, 1, -1, -1, 0]
    assert A.stance_score("SUPPORTS", "yes") == 1 and A.stance_score("OPPOSES", "no") == -1
    assert A.stance_score("ABSTAINS", "abstain") == 0
    assert A.stance_score("SUPPORTS", "absent") is None  # absent is not a stance
    assert A.stance_score("VISITS") is None and A.stance_score("MEETS") is None


def test_claims_graph_keeps_one_edge_per_claim_and_marks_undated() -> None:
    G = claims_graph(
        [
            row("a", "SUPPORTS", CHN, "issue:x", as_of="2016-09", source_name="China"),
            row("b", "SUPPORTS", CHN, "issue:x", date="2016-09-21"),
        ]
    )
    assert G.number_of_edges() == 2 and G.nodes[CHN]["name"] == "China" and G.nodes["issue:x"]["kind"] == "Issue"
    assert G.edges[CHN, "issue:x", "a"]["at"] == "2016-09" and not G.edges[CHN, "issue:x", "a"]["dated"]
    assert G.edges[CHN, "issue:x", "b"]["dated"]


# -- timelines and the matrix --------------------------------------------------------------------------


def test_timeline_counts_scores_and_undated_per_period() -> None:
    G = claims_graph(
        [
            row("s1", "SUPPORTS", CHN, "issue:x", date="2015"),
            row("s2", "SUPPORTS", CHN, "issue:x", as_of="2015-09"),
            row("o1", "OPPOSES", CHN, "issue:x", date="2015-10-01"),
            row("c1", "CONDEMNS", CHN, "issue:x", date="2018"),
            row("v1", "VISITS", CHN, RUS, date="2018"),  # not a position
            row("r1", "SUPPORTS", RUS, "issue:x", date="2015"),  # another actor
        ]
    )
    timeline = A.stance_timeline(G, CHN)
    assert list(timeline) == ["issue:x"]
    assert list(timeline["issue:x"]) == ["2015", "2018"]
    y2015 = timeline["issue:x"]["2015"]
    assert y2015["relations"] == {"OPPOSES": 1, "SUPPORTS": 2}
    assert (y2015["net"], y2015["score"], y2015["stance"]) == (1, pytest.approx(1 / 3), "support")
    assert y2015["claims"] == ["o1", "s1", "s2"] and y2015["undated"] == ["s2"]
    assert timeline["issue:x"]["2018"]["stance"] == "oppose"


def test_timeline_month_granularity_keeps_year_precision_claims_in_the_year() -> None:
    G = claims_graph(
        [
            row("a", "SUPPORTS", CHN, "issue:x", date="2022-03-02"),
            row("b", "SUPPORTS", CHN, "issue:x", date="2022"),
            row("c", "OPPOSES", CHN, "issue:x", date="2022-11"),
        ]
    )
    assert list(A.stance_timeline(G, CHN, granularity="month")["issue:x"]) == ["2022", "2022-03", "2022-11"]


def test_timeline_filters_period_and_targets() -> None:
    G = claims_graph(
        yearly(CHN, "issue:x", {"2015": "S", "2016": "S", "2017": "O"}) + yearly(CHN, "issue:y", {"2016": "S"})
    )
    assert list(A.stance_timeline(G, CHN, since="2016", until="2016")) == ["issue:x", "issue:y"]
    assert list(A.stance_timeline(G, CHN, since="2016", until="2016")["issue:x"]) == ["2016"]
    assert list(A.stance_timeline(G, CHN, targets=["issue:y"])) == ["issue:y"]
    assert A.stance_timeline(G, "state:XXX") == {}


def test_matrix_cells_have_scores_evidence_counts_and_keys() -> None:
    G = claims_graph(
        yearly(CHN, "issue:x", {"2015": "S", "2016": "A"})
        + yearly(USA, "issue:x", {"2015": "O"})
        + yearly(USA, "issue:y", {"2015": "C"})
    )
    m = A.stance_matrix(G, [CHN, USA], ["issue:x"])
    assert sorted(m) == [(CHN, "issue:x", "2015"), (CHN, "issue:x", "2016"), (USA, "issue:x", "2015")]
    assert m[(CHN, "issue:x", "2016")]["score"] == 0.0 and m[(CHN, "issue:x", "2016")]["stance"] == "abstain"
    assert (m[(USA, "issue:x", "2015")]["score"], m[(USA, "issue:x", "2015")]["evidence"]) == (-1.0, 1)
    assert m[(CHN, "issue:x", "2015")]["claims"] == ["state:CHN-issue:x-2015"]
    assert (USA, "issue:y", "2015") in A.stance_matrix(G, [USA])


def test_cells_and_alignment_weigh_claims_by_their_plover_intensity() -> None:
    G = claims_graph(
        [
            ClaimRow("1", "OPPOSES", CHN, "issue:x", date="2019"),  # REJECT -4.2
            ClaimRow("2", "CONDEMNS", CHN, "issue:x", date="2019"),  # ACCUSE -2.0
            ClaimRow("3", "CONDEMNS", USA, "issue:x", date="2019"),
            ClaimRow("4", "SUPPORTS", USA, "issue:y", date="2019", intensity=4.6),
            ClaimRow("5", "PROPOSES", CHN, "issue:y", date="2019"),  # AGREE +4.2
        ]
    )
    m = A.stance_matrix(G, [CHN])
    assert m[(CHN, "issue:x", "2019")]["score"] == -1.0  # the sign, as before
    assert m[(CHN, "issue:x", "2019")]["intensity"] == pytest.approx(-3.1)  # how strongly
    cell = A.position_agreement(G, [CHN, USA])[(CHN, USA, "2019")]
    assert (cell["common"], cell["agreeing"], cell["agreement"], cell["claims"]) == (2, 2, 1.0, 5)
    # same stances, unequal force: |-3.1 - -2.0| and |4.2 - 4.6| over a scale 20 wide
    assert cell["intensity_agreement"] == pytest.approx(1 - (1.1 + 0.4) / 2 / 20)


# -- shifts ---------------------------------------------------------------------------------------------


def shifts(rows: list[ClaimRow], actor: str = CHN, **options: object) -> list[tuple[str, str, str, str, str, str]]:
    found = A.stance_shifts(claims_graph(rows), actor, **options)  # type: ignore[arg-type]
    return [(s["target"], s["kind"], s["from_period"], s["to_period"], s["from_stance"], s["to_stance"]) for s in found]


def test_shift_support_to_abstain_and_to_oppose() -> None:
    rows = yearly(CHN, "issue:x", {"2015": "S", "2016": "A", "2017": "O"})
    assert shifts(rows) == [
        ("issue:x", "change", "2015", "2016", "support", "abstain"),
        ("issue:x", "change", "2016", "2017", "abstain", "oppose"),
    ]
    found = A.stance_shifts(claims_graph(rows), CHN)
    assert found[0]["before"] == ["state:CHN-issue:x-2015"] and found[0]["after"] == ["state:CHN-issue:x-2016"]
    assert (found[0]["from_score"], found[0]["to_score"]) == (1.0, 0.0)


def test_no_shift_when_the_stance_holds_even_across_gaps() -> None:
    rows = yearly(CHN, "issue:x", {"2015": "S", "2018": "P"}) + yearly(CHN, "issue:y", {"2016": "S", "2017": "S"})
    # issue:x: support in 2015 and (by a proposal) in 2018; 2016-17 are active years without a word
    # on x, but one statement is not a run of two, so that is not a silence either.
    assert [s for s in shifts(rows) if s[0] == "issue:x"] == []


def test_silence_after_repeated_statements() -> None:
    rows = yearly(CHN, "issue:x", {"2015": "S", "2016": "S"}) + yearly(
        CHN, "issue:y", {"2015": "S", "2016": "S", "2017": "S"}
    )
    found = A.stance_shifts(claims_graph(rows), CHN)
    assert [(s["target"], s["kind"], s["from_period"], s["to_period"], s["repeats"]) for s in found] == [
        ("issue:x", "silence", "2016", "2017", 2)
    ]
    assert found[0]["before"] == ["state:CHN-issue:x-2015", "state:CHN-issue:x-2016"]
    assert found[0]["after"] == [] and found[0]["to_stance"] == "silent"
    assert found[0]["silent_documents"] == ["doc:chn-2017"]  # it spoke in 2017, but not of x


def test_silence_needs_min_repeats_and_min_silent() -> None:
    rows = yearly(CHN, "issue:x", {"2015": "O", "2016": "O"}) + yearly(
        CHN, "issue:y", {"2015": "S", "2016": "S", "2017": "S", "2018": "S"}
    )
    assert shifts(rows, min_repeats=2) == [("issue:x", "silence", "2016", "2017", "oppose", "silent")]
    assert shifts(rows, min_repeats=3) == []
    assert shifts(rows, min_silent=2) == [("issue:x", "silence", "2016", "2017", "oppose", "silent")]
    assert shifts(rows, min_silent=3) == []  # only two active years follow
    with pytest.raises(ValueError):
        shifts(rows, min_repeats=0)


def test_a_year_without_any_statement_is_not_silence() -> None:
    # 2016-2018: the actor said nothing at all (no speech): no silence; in 2019 it speaks of y only.
    rows = yearly(CHN, "issue:x", {"2014": "S", "2015": "S"}) + yearly(CHN, "issue:y", {"2015": "S", "2019": "S"})
    assert shifts(rows) == [("issue:x", "silence", "2015", "2019", "support", "silent")]
    assert shifts(rows, until="2018") == []


def test_abstain_and_mixed_runs_are_not_silenced_but_changes_into_them_count() -> None:
    rows = (
        yearly(CHN, "issue:x", {"2015": "A", "2016": "A"})
        + yearly(CHN, "issue:z", {"2017": "S"})
        + [
            row("m1", "SUPPORTS", CHN, "issue:m", date="2015"),
            row("m2", "OPPOSES", CHN, "issue:m", date="2015"),
            row("m3", "SUPPORTS", CHN, "issue:m", date="2016"),
        ]
    )
    assert shifts(rows) == [("issue:m", "change", "2015", "2016", "mixed", "support")]


def test_shifts_sorted_by_period_then_target_and_filtered_by_target() -> None:
    rows = yearly(CHN, "issue:b", {"2015": "S", "2016": "O"}) + yearly(CHN, "issue:a", {"2016": "S", "2017": "O"})
    assert [s[:4] for s in shifts(rows)] == [
        ("issue:b", "change", "2015", "2016"),
        ("issue:a", "change", "2016", "2017"),
    ]
    assert [s[0] for s in shifts(rows, targets=["issue:a"])] == ["issue:a"]


# -- votes and alignment --------------------------------------------------------------------------------

VOTE_TYPES = {"yes": "SUPPORTS", "no": "OPPOSES", "abstain": "ABSTAINS"}


def votes(actor: str, choices: dict[str, str], *, doc: str = "doc:votes") -> list[ClaimRow]:
    """``{"resolution:unga-2022-03-02": "abstain", ...}`` as vote claims dated by the resolution."""
    return [
        row(
            f"{actor}|{res}|{doc}",
            VOTE_TYPES[c],
            actor,
            res,
            date=res.removeprefix("resolution:unga-"),
            choice=c,
            doc_id=doc,
        )
        for res, c in choices.items()
    ]


R1, R2, R3 = "resolution:unga-2022-03-02", "resolution:unga-2022-10-12", "resolution:unga-2022-11-14"
R4 = "resolution:unga-2023-02-23"


def test_vote_agreement_is_the_share_of_identical_votes() -> None:
    rows = (
        votes(CHN, {R1: "abstain", R2: "abstain", R3: "no"})
        + votes(IND, {R1: "abstain", R2: "abstain", R3: "abstain"})
        + votes(RUS, {R1: "no", R2: "no", R3: "no"})
        + votes(USA, {R1: "yes", R2: "yes"})
    )
    agreement = A.vote_agreement(claims_graph(rows))
    shares = {(a, b): (v["common"], v["identical"], round(v["agreement"], 3)) for (a, b, _), v in agreement.items()}
    assert shares == {
        (CHN, IND): (3, 2, 0.667),
        (CHN, RUS): (3, 1, 0.333),
        (CHN, USA): (2, 0, 0.0),
        (IND, RUS): (3, 0, 0.0),
        (IND, USA): (2, 0, 0.0),
        (RUS, USA): (2, 0, 0.0),
    }
    chn_ind = agreement[(CHN, IND, "2022")]["resolutions"]
    assert [(r["resolution"], r["a_choice"], r["b_choice"]) for r in chn_ind] == [
        (R1, "abstain", "abstain"),
        (R2, "abstain", "abstain"),
        (R3, "no", "abstain"),
    ]
    assert chn_ind[0]["a_claims"] == [f"{CHN}|{R1}|doc:votes"]


def test_vote_agreement_per_period_shows_convergence() -> None:
    rows = votes(CHN, {R1: "abstain", R4: "yes"}) + votes(IND, {R1: "abstain", R4: "abstain"})
    agreement = A.vote_agreement(claims_graph(rows))
    assert {k[2]: v["agreement"] for k, v in agreement.items()} == {"2022": 1.0, "2023": 0.0}
    assert {k[2] for k in A.vote_agreement(claims_graph(rows), granularity="all")} == {"all"}


def test_conflicting_sources_majority_wins_and_ties_are_left_out() -> None:
    rows = (
        votes(CHN, {R1: "abstain", R2: "abstain"}, doc="doc:a")
        + votes(CHN, {R1: "abstain", R2: "no"}, doc="doc:b")
        + votes(CHN, {R1: "no"}, doc="doc:c")
        + votes(IND, {R1: "abstain", R2: "abstain"})
    )
    choices = A.vote_choices(claims_graph(rows), [CHN])
    assert choices[(CHN, R1)]["choice"] == "abstain" and len(choices[(CHN, R1)]["claims"]) == 3
    assert choices[(CHN, R2)]["choice"] is None and choices[(CHN, R2)]["conflict"]
    agreement = A.vote_agreement(claims_graph(rows))
    assert agreement[(CHN, IND, "2022")]["common"] == 1  # R2 is a tie for China: not compared


def test_votes_count_only_resolutions_and_not_absences() -> None:
    rows = (
        votes(CHN, {R1: "abstain"})
        + votes(IND, {R1: "abstain"})
        + [
            row("x", "SUPPORTS", CHN, "issue:peace", date="2022"),
            row("y", "SUPPORTS", IND, "issue:peace", date="2022"),
            row("z", "SUPPORTS", USA, R1, date="2022-03-02", choice="absent"),
        ]
    )
    agreement = A.vote_agreement(claims_graph(rows))
    assert list(agreement) == [(CHN, IND, "2022")] and agreement[(CHN, IND, "2022")]["common"] == 1


def test_position_agreement_on_shared_issues() -> None:
    rows = (
        yearly(CHN, "issue:multipolarity", {"2019": "S", "2020": "S"})
        + yearly(RUS, "issue:multipolarity", {"2019": "S", "2020": "S"})
        + yearly(CHN, "issue:sanctions", {"2019": "O", "2020": "O"})
        + yearly(RUS, "issue:sanctions", {"2019": "S", "2020": "O"})
        + yearly(CHN, "issue:only-china", {"2019": "S"})
        + yearly(RUS, "state:UKR", {"2019": "C"})
        + yearly(CHN, "issue:abstained", {"2019": "A"})
        + yearly(RUS, "issue:abstained", {"2019": "A"})
    )
    result = A.position_agreement(claims_graph(rows), [CHN, RUS])
    assert {k[2]: (v["common"], v["agreeing"], v["agreement"]) for k, v in result.items()} == {
        "2019": (2, 1, 0.5),
        "2020": (2, 2, 1.0),
    }  # drifting together
    issues = result[(CHN, RUS, "2019")]["issues"]
    assert [(i["issue"], i["a_stance"], i["b_stance"]) for i in issues] == [
        ("issue:multipolarity", "support", "support"),
        ("issue:sanctions", "oppose", "support"),
    ]


# -- the actor graph, centrality, communities ---------------------------------------------------------


def star_and_chain() -> nx.MultiDiGraph:
    """HUB meets A, B and C; C meets D: HUB is the centre, C the bridge to D."""
    pairs = [
        ("state:HUB", "state:AAA"),
        ("state:HUB", "state:BBB"),
        ("state:CCC", "state:HUB"),
        ("state:CCC", "state:DDD"),
    ]
    rows = [row(f"m{i}", "MEETS", a, b, date="2022") for i, (a, b) in enumerate(pairs)]
    rows.append(row("m9", "MEETS", "state:HUB", "state:AAA", date="2023"))
    rows.append(row("s1", "SUPPORTS", "state:HUB", "issue:peace", date="2022"))  # not an actor tie
    return claims_graph(rows)


def test_actor_graph_weights_and_period() -> None:
    G = star_and_chain()
    U = A.actor_graph(G, relations=["MEETS"])
    assert U.number_of_nodes() == 5 and U.edges["state:HUB", "state:AAA"]["weight"] == 2
    assert U.edges["state:HUB", "state:AAA"]["claims"] == ["m0", "m9"]
    assert A.actor_graph(G, relations=["MEETS"], since="2023").number_of_edges() == 1
    D = A.actor_graph(G, relations=["MEETS"], directed=True)  # MEETS is symmetric: both ways
    assert D.has_edge("state:AAA", "state:HUB") and D.has_edge("state:HUB", "state:AAA")
    assert A.actor_graph(G, relations=["SUPPORTS"]).number_of_nodes() == 0


def test_centrality_known_values() -> None:
    c = A.actor_centrality(star_and_chain(), relations=["MEETS"])
    assert c["state:HUB"]["degree"] == pytest.approx(3 / 4)
    # betweenness, normalised by (n-1)(n-2)/2 = 6: HUB is on A-B, A-C, A-D, B-C, B-D; C on A-D, B-D, HUB-D
    assert c["state:HUB"]["betweenness"] == pytest.approx(5 / 6)
    assert c["state:CCC"]["betweenness"] == pytest.approx(3 / 6)
    assert c["state:DDD"]["betweenness"] == 0.0
    assert max(c, key=lambda n: c[n]["pagerank"]) == "state:HUB"
    assert sum(v["pagerank"] for v in c.values()) == pytest.approx(1.0)
    assert c["state:HUB"]["claims"] == ["m0", "m1", "m2", "m9"] and c["state:HUB"]["neighbours"] == 3
    assert A.actor_centrality(star_and_chain(), relations=["VISITS"]) == {}


def test_pagerank_matches_the_closed_form_on_a_cycle_and_networkx_semantics() -> None:
    cycle = nx.DiGraph([("a", "b"), ("b", "c"), ("c", "a")])
    assert all(v == pytest.approx(1 / 3) for v in A.pagerank_weighted(cycle).values())
    # a -> b, b dangling: b's rank spreads uniformly (as in networkx), so with a + b = 1,
    # a = (1-α)/2 + α·b/2 gives a = 1 / (2 + α)
    pr = A.pagerank_weighted(nx.DiGraph([("a", "b")]))
    assert pr["a"] == pytest.approx(1 / 2.85) and pr["b"] == pytest.approx(1 - 1 / 2.85)
    # weights count: a splits its rank 3:1 between b and c
    W = nx.DiGraph()
    W.add_edge("a", "b", weight=3)
    W.add_edge("a", "c", weight=1)
    W.add_edge("b", "a", weight=1)
    W.add_edge("c", "a", weight=1)
    weighted = A.pagerank_weighted(W)
    assert weighted["b"] > weighted["c"] and sum(weighted.values()) == pytest.approx(1.0)


def test_communities_from_vote_agreement_are_reproducible() -> None:
    rows = (
        votes(CHN, {R1: "abstain", R2: "abstain", R3: "no"})
        + votes(IND, {R1: "abstain", R2: "abstain", R3: "abstain"})
        + votes(RUS, {R1: "no", R2: "no", R3: "no"})
        + votes(USA, {R1: "yes", R2: "yes", R3: "yes"})
        + votes("state:UKR", {R1: "yes", R2: "yes", R3: "yes"})
        + votes("state:FRA", {R1: "yes", R2: "yes", R3: "yes"})
    )
    agreement = A.vote_agreement(claims_graph(rows), granularity="all")
    H = A.agreement_graph(agreement, min_agreement=0.5)
    assert sorted(H.edges) == [(CHN, IND), ("state:FRA", "state:UKR"), ("state:FRA", USA), ("state:UKR", USA)]
    assert H.edges[CHN, IND]["weight"] == pytest.approx(2 / 3) and len(H.edges[CHN, IND]["claims"]) == 6
    first = A.actor_communities(H, seed=7)
    assert first["communities"] == [["state:FRA", "state:UKR", USA], [CHN, IND], [RUS]]
    assert first == A.actor_communities(H, seed=7)
    # weights 2/3 (CHN-IND) and 1 (three western pairs), m = 11/3: each community adds
    # L_c/m - (d_c/2m)^2 = 9/11 - (18/22)^2 = 2/11 - (4/22)^2 = 18/121
    assert first["modularity"] == pytest.approx(36 / 121)
    assert A.agreement_graph(agreement, min_common=4).number_of_edges() == 0
    assert A.actor_communities(nx.Graph()) == {"communities": [], "modularity": 0.0}


def test_position_agreement_graph_takes_agreeing_counts() -> None:
    rows = (
        yearly(CHN, "issue:x", {"2019": "S"})
        + yearly(RUS, "issue:x", {"2019": "S"})
        + yearly(USA, "issue:x", {"2019": "O"})
    )
    H = A.agreement_graph(A.position_agreement(claims_graph(rows), [CHN, RUS, USA]), min_agreement=1.0)
    assert list(H.edges) == [(CHN, RUS)] and set(H) == {CHN, RUS, USA}


def test_a_date_later_than_the_document_does_not_place_the_stance() -> None:
    # "We will reach carbon neutrality by 2060", said in September 2020: a stance of 2020.
    future = row("f", "SUPPORTS", CHN, "issue:carbon-neutrality", date="2060", as_of="2020-09")
    same_month = row("m", "SUPPORTS", CHN, "issue:carbon-neutrality", date="2020-09-22", as_of="2020-09")
    year_only = row("y", "SUPPORTS", CHN, "issue:carbon-neutrality", date="2020", as_of="2020-09")
    later_month = row("l", "SUPPORTS", CHN, "issue:carbon-neutrality", date="2020-10", as_of="2020-09")
    assert (future.at, future.dated) == ("2020-09", False)
    assert (same_month.at, same_month.dated) == ("2020-09-22", True)
    assert (year_only.at, year_only.dated) == ("2020", True)
    assert (later_month.at, later_month.dated) == ("2020-09", False)
    timeline = A.stance_timeline(claims_graph([future, same_month, year_only, later_month]), CHN)
    assert list(timeline["issue:carbon-neutrality"]) == ["2020"]
    assert timeline["issue:carbon-neutrality"]["2020"]["undated"] == ["f", "l"]
