"""Known answers for bridge scores on organisations small enough to compute by hand."""

from __future__ import annotations

import math
from itertools import combinations

import networkx as nx
import pytest

from graph.brokerage import bridge_scores, classify_ties
from graph.involvement import cross_department_brokerage, document_affiliations
from graph.model import Authorship


@pytest.fixture
def two_teams() -> nx.Graph:
    """Teams L = {a, b, c, d} and R = {w, x, y, z}, each fully tied; m (board) ties a and w.

        b   c                 x   y
         \\ / \\               / \\ /
          a - d  ...  m  ...  w - z      (all weights 1)
    """
    G = nx.complete_graph(["a", "b", "c", "d"])
    G.add_edges_from(nx.complete_graph(["w", "x", "y", "z"]).edges)
    G.add_edges_from([("m", "a"), ("m", "w")])
    nx.set_edge_attributes(G, 1.0, "weight")
    departments = {v: "L" for v in "abcd"} | {v: "R" for v in "wxyz"} | {"m": "board"}
    nx.set_node_attributes(G, departments, "department")
    return G


def test_broker_between_two_teams_scores_highest(two_teams: nx.Graph) -> None:
    scores = bridge_scores(two_teams)
    ranked = sorted(scores, key=lambda v: -scores[v].score)
    assert ranked[0] == "m"
    assert set(ranked[1:3]) == {"a", "w"}


def test_broker_components_by_hand(two_teams: nx.Graph) -> None:
    m = bridge_scores(two_teams)["m"]
    # Betweenness: all 4 x 4 pairs (L, R) pass through m; 9 people give 8 * 7 / 2 = 28 pairs.
    assert m.betweenness == pytest.approx(16 / 28)
    # Constraint: p_ma = p_mw = 1/2 and a, w are not tied: (1/2)^2 + (1/2)^2.
    assert m.constraint == pytest.approx(0.5)
    # Effective size (Borgatti): n - 2t/n = 2 - 0.
    assert m.effective_size == pytest.approx(2.0)
    # Participation: strength 1 into L and 1 into R: 1 - (1/2)^2 - (1/2)^2.
    assert m.participation == pytest.approx(0.5)
    assert m.departments_reached == ("L", "R")
    assert (m.bonding_ties, m.bridging_ties, m.bridging_strength) == (0, 2, 2.0)
    # Score: rank 1 of 9 on everything except effective size, where a and w (2.5) beat
    # m (2.0): rank percentile (7 - 1) / 8 = 0.75. 0.5 * 1 + 0.125 * (1 + 1 + 1 + 0.75).
    assert m.score == pytest.approx(0.96875)


def test_team_member_components_by_hand(two_teams: nx.Graph) -> None:
    scores = bridge_scores(two_teams)
    a, b = scores["a"], scores["b"]
    # a: b, c, d and m, p = 1/4 each. For j in {b, c, d}: (1/4 + 2 * 1/4 * 1/3)^2 = (5/12)^2;
    # m is reached through nobody: (1/4)^2. 3 * 25/144 + 9/144 = 7/12.
    assert a.constraint == pytest.approx(7 / 12)
    # a: 4 contacts, 3 ties among them: 4 - 2 * 3 / 4.
    assert a.effective_size == pytest.approx(2.5)
    # a lies between {b, c, d} and {m, w, x, y, z}: 15 of 28 pairs.
    assert a.betweenness == pytest.approx(15 / 28)
    # a: strength 3 into L, 1 into board: 1 - (3/4)^2 - (1/4)^2.
    assert a.participation == pytest.approx(0.375)
    # b: p = 1/3 to a, c, d. j = a: (1/3 + 2/9)^2 = 25/81; j = c, d: (1/3 + 1/12 + 1/9)^2 =
    # (19/36)^2. Sum 1122/1296.
    assert b.constraint == pytest.approx(1122 / 1296)
    assert b.effective_size == pytest.approx(1.0)
    assert (b.participation, b.betweenness, b.departments_reached) == (0.0, 0.0, ())
    # a ties with w on every component: bridging strength, betweenness, constraint and
    # participation share ranks 7 and 8 (0.8125), effective size ranks 8 and 9 (0.9375).
    assert a.score == pytest.approx(0.5 * 0.8125 + 0.125 * (3 * 0.8125 + 0.9375))


def test_constraint_and_effective_size_agree_with_networkx(two_teams: nx.Graph) -> None:
    G = two_teams.copy()
    G["a"]["b"]["weight"] = 3.0
    G["m"]["w"]["weight"] = 0.5
    scores = bridge_scores(G)
    constraint = nx.constraint(G, weight="weight")
    effective = nx.effective_size(G)  # unweighted: Borgatti's formula
    for v in G:
        assert scores[v].constraint == pytest.approx(constraint[v])
        assert scores[v].effective_size == pytest.approx(effective[v])


def test_isolated_person() -> None:
    G = nx.Graph([("a", "b")])
    G.add_node("loner")
    nx.set_node_attributes(G, {"a": "x", "b": "y", "loner": "x"}, "department")
    loner = bridge_scores(G)["loner"]
    assert (loner.constraint, loner.effective_size, loner.participation) == (1.0, 0.0, 0.0)
    # Everybody ties on betweenness (0), constraint (1), participation (0; a and b each
    # tie into one department only) and dual standing (0): those tell nobody apart and
    # count for nothing; the loner is last on the other two.
    assert loner.score == 0.0


def test_classify_ties_with_affiliations(two_teams: nx.Graph) -> None:
    ties = classify_ties(two_teams, affiliations={"b": {"R": 0.5, "L": 2.0}})
    assert (ties["a"].bonding, ties["a"].bridging) == (3, 1)
    # A document b wrote for R is a weak tie into R; one for b's own department is not.
    assert ties["b"].departments_reached == ("R",)
    assert ties["b"].bridging_strength == pytest.approx(0.5)


def test_affiliations_raise_participation(two_teams: nx.Graph) -> None:
    b = bridge_scores(two_teams, affiliations={"b": {"R": 1.0}})["b"]
    # strength 3 into L and 1 into R: 1 - (3/4)^2 - (1/4)^2.
    assert b.participation == pytest.approx(0.375)
    assert b.departments_reached == ("R",)


def test_sampled_betweenness_is_close_and_reproducible() -> None:
    G = nx.connected_caveman_graph(12, 10)  # 120 people, 12 departments of 10
    nx.set_node_attributes(G, {v: f"d{v // 10}" for v in G}, "department")
    G = nx.relabel_nodes(G, {v: f"p{v:03d}" for v in G})
    exact = bridge_scores(G)
    sampled = bridge_scores(G, exact_limit=50, samples=60, seed=7)
    again = bridge_scores(G, exact_limit=50, samples=60, seed=7)
    assert sampled == again
    # The 24 people who tie neighbouring departments carry all the betweenness.
    top = sorted(exact, key=lambda v: -exact[v].betweenness)[:24]
    top_sampled = sorted(sampled, key=lambda v: -sampled[v].betweenness)[:24]
    assert len(set(top) & set(top_sampled)) >= 22
    total = sum(s.betweenness for s in exact.values())
    error = sum(abs(sampled[v].betweenness - exact[v].betweenness) for v in G)
    assert error / total < 0.2


def test_score_weights_must_name_components(two_teams: nx.Graph) -> None:
    only_betweenness = bridge_scores(two_teams, weights={"betweenness": 1.0})
    assert only_betweenness["m"].score == pytest.approx(1.0)
    with pytest.raises(ValueError):
        bridge_scores(two_teams, weights={"charisma": 1.0})


def test_dual_standing_lifts_people_who_carry_work_in_two_departments() -> None:
    # p and q have the same ties (one co-author each in the other department), but p also
    # wrote two documents for department y: p has standing in x (home, 1) and y (2),
    # sqrt(1 * 2) = 1.414; q only in x.
    G = nx.Graph([("p", "y1"), ("q", "y2"), ("p", "x1"), ("q", "x2")])
    nx.set_node_attributes(G, {"p": "x", "q": "x", "x1": "x", "x2": "x", "y1": "y", "y2": "y"},
                           "department")
    scores = bridge_scores(G, affiliations={"p": {"y": 2.0}})
    assert scores["p"].score > scores["q"].score
    assert scores["p"].dual_standing == pytest.approx(math.sqrt(2.0))
    assert scores["q"].dual_standing == 0.0


def test_cross_department_brokerage_by_hand(two_teams: nx.Graph) -> None:
    scores = bridge_scores(two_teams)
    # Contacts in the two-mode graph: people plus the home department node (weight 1).
    # m: a (L), w (R), node board; no two tied, all in different groups: 3 pairs.
    # a: b, c, d, node L (all group L) and m (board): the four pairs with m, none tied to m.
    # b: a, c, d, node L, all in b's own group: a coordinator, no cross-department pair.
    assert scores["m"].cross_brokerage == pytest.approx(3.0)
    assert scores["a"].cross_brokerage == pytest.approx(4.0)
    assert scores["w"].cross_brokerage == pytest.approx(4.0)
    assert scores["b"].cross_brokerage == 0.0
    # Reported, not scored: m still tops the ranking (the gatekeepers a and w beat m on raw
    # brokerage, which is why it weighs nothing; docs/bridges.md).
    assert max(scores, key=lambda v: scores[v].score) == "m"
    # A document b wrote for R ties b to node R, in another group than b's four contacts, none
    # of whom is tied to R: 4 pairs of weight 1 * 1.
    with_document = cross_department_brokerage(two_teams, affiliations={"b": {"R": 1.0}})
    assert with_document["b"] == pytest.approx(4.0)


def test_cross_department_brokerage_skips_closed_pairs_and_multiplies_weights() -> None:
    # v (x) with a (y, weight 2) and b (z, weight 3); a and b are tied (weight 1).
    # v: (a, b) closed; (a, node x) 2 * 1; (b, node x) 3 * 1: 5.
    # a: (v, b) closed; (v, node y) 2 * 1; (b, node y) 1 * 1: 3.
    G = nx.Graph([("v", "a", {"weight": 2.0}), ("v", "b", {"weight": 3.0}),
                  ("a", "b", {"weight": 1.0})])
    nx.set_node_attributes(G, {"v": "x", "a": "y", "b": "z"}, "department")
    brokerage = cross_department_brokerage(G)
    assert brokerage["v"] == pytest.approx(5.0)
    assert brokerage["a"] == pytest.approx(3.0)


def test_cross_department_brokerage_matches_the_definition_on_a_random_graph() -> None:
    # The vectorised sums against a direct count over every pair of contacts.
    G = nx.gnp_random_graph(40, 0.15, seed=3)
    G = nx.relabel_nodes(G, {v: f"p{v:02d}" for v in G})
    for k, (a, b) in enumerate(G.edges):
        G[a][b]["weight"] = 0.5 + (k % 4)
    department = {v: f"d{i % 5}" if i % 7 else None for i, v in enumerate(sorted(G))}
    nx.set_node_attributes(G, department, "department")
    affiliations = {"p01": {"d2": 1.5, "d9": 0.5}, "p10": {"d0": 2.0}}
    H = G.copy()  # the two-mode graph, built by hand
    for dept in {d for d in department.values() if d} | {"d9"}:
        H.add_node(("dept", dept), group=dept)
    for v, d in department.items():
        H.nodes[v]["group"] = d or "none"
        if d is not None:
            H.add_edge(v, ("dept", d), weight=1.0)
    for v, weights in affiliations.items():
        for d, w in weights.items():
            H.add_edge(v, ("dept", d), weight=H.get_edge_data(v, ("dept", d), {"weight": 0.0})
                       ["weight"] + w)
    expected = {
        v: sum(H[v][a]["weight"] * H[v][b]["weight"] for a, b in combinations(H[v], 2)
               if H.nodes[a]["group"] != H.nodes[b]["group"] and not H.has_edge(a, b))
        for v in G
    }
    assert cross_department_brokerage(G, affiliations) == pytest.approx(expected)
    assert sum(expected.values()) > 0


def test_document_affiliations_share_each_document_among_its_authors() -> None:
    shares = document_affiliations([
        Authorship("d1", ("ann", "bob", "ann"), "wmo"),  # ann once: two authors, 1/2 each
        Authorship("d2", ("ann", "cas", "dirk"), "wmo"),  # 1/3 each
        Authorship("d3", ("bob",), None),  # no department: nothing
    ])
    assert shares == {"ann": {"wmo": pytest.approx(5 / 6)}, "bob": {"wmo": 0.5},
                      "cas": {"wmo": pytest.approx(1 / 3)}, "dirk": {"wmo": pytest.approx(1 / 3)}}
