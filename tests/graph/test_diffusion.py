"""Known answers for independent-cascade spread and ambassador teams."""

from __future__ import annotations

import math

import networkx as nx
import pytest

from graph.brokerage import bridge_scores
from graph.diffusion import (
    ACTIVATION_SCALE,
    MAX_ACTIVATION,
    ambassador_team,
    independent_cascade_spread,
)
from graph.errors import NotFoundError


@pytest.fixture
def three_departments() -> nx.Graph:
    """A = {a1, a2, x}, B = {b1, b2}, C = {c1, c2, y}; weights 1 unless marked.

        a1 --- a2           b2
          \\   /           / :0.5
            x ====2.0==== b1 :
            :0.5 (y-a1)      :
        c1 - y - c2  .......  (y-b2 0.5)

    Strong ties (>= 1.0) tie a person into a department: x and b1 each count for A and
    B, everyone else only for their own department (y's ties to A and B are weak).
    Nobody counts for all three, so a cover needs two people, one of them x or b1, the
    other someone from C. x beats b1 (three ties against two, more bridging), and y
    beats c1 and c2 (ties into two other departments). The optimal team is {x, y}.
    """
    G = nx.Graph()
    departments = {"a1": "A", "a2": "A", "x": "A", "b1": "B", "b2": "B",
                   "c1": "C", "c2": "C", "y": "C"}
    G.add_nodes_from(departments)
    nx.set_node_attributes(G, departments, "department")
    G.add_weighted_edges_from([
        ("a1", "a2", 1.0), ("a1", "x", 1.0), ("a2", "x", 1.0), ("b1", "b2", 1.0),
        ("x", "b1", 2.0), ("y", "c1", 1.0), ("y", "c2", 1.0), ("c1", "c2", 1.0),
        ("y", "a1", 0.5), ("y", "b2", 0.5),
    ])
    return G


def test_spread_of_a_single_tie() -> None:
    G = nx.Graph([("a", "b", {"weight": 1.0})])
    p = 1 - math.exp(-1.0 / ACTIVATION_SCALE)  # 0.2212
    assert independent_cascade_spread(G, ["a"], runs=20_000, seed=3) == pytest.approx(
        1 + p, abs=0.015
    )


def test_spread_along_a_path_is_capped() -> None:
    G = nx.path_graph(["a", "b", "c"])
    nx.set_edge_attributes(G, 100.0, "weight")
    # b is informed with the cap p = 0.6, c only through b: 1 + 0.6 + 0.6^2 = 1.96.
    expected = 1 + MAX_ACTIVATION + MAX_ACTIVATION**2
    assert independent_cascade_spread(G, ["a"], runs=20_000, seed=1) == pytest.approx(
        expected, abs=0.02
    )
    # Both ends seeded: b is reached unless both ties fail, 2 + (1 - 0.4^2).
    assert independent_cascade_spread(G, ["a", "c"], runs=20_000, seed=1) == pytest.approx(
        2 + 1 - (1 - MAX_ACTIVATION) ** 2, abs=0.02
    )


def test_spread_without_live_ties_is_the_seeds() -> None:
    G = nx.star_graph(["hub", "a", "b", "c"])
    nx.set_edge_attributes(G, 0.0, "weight")
    assert independent_cascade_spread(G, ["hub", "a", "a"], runs=10) == 2.0
    assert independent_cascade_spread(G, [], runs=10) == 0.0
    with pytest.raises(NotFoundError):
        independent_cascade_spread(G, ["nobody"], runs=10)


def test_optimal_cover_by_hand(three_departments: nx.Graph) -> None:
    team = ambassador_team(three_departments, runs=200, seed=0)
    assert [m.person_id for m in team.members] == ["x", "y"]
    assert team.coverage == {"A": ("x",), "B": ("x",), "C": ("y",)}
    assert team.uncovered == ()
    x = team.members[0]
    assert x.departments_reached == ("A", "B")
    assert "covers A, B" in x.reasons


def test_unreachable_department_is_reported(three_departments: nx.Graph) -> None:
    team = ambassador_team(three_departments, departments=["A", "B", "C", "D"], per_department=2)
    assert team.uncovered == ("D",)
    assert team.coverage["D"] == ()
    for department in "ABC":
        assert len(team.coverage[department]) >= 2


def test_topic_knowledge_is_preferred(three_departments: nx.Graph) -> None:
    team = ambassador_team(three_departments, topic_scores={"c1": 1.0}, runs=200)
    assert [m.person_id for m in team.members] == ["x", "c1"]
    assert "knows the topic (1.00)" in team.members[1].reasons
    assert team.members[0].topic_score == 0.0


def test_places_beyond_coverage_add_reach(three_departments: nx.Graph) -> None:
    covered = ambassador_team(three_departments, runs=200)
    larger = ambassador_team(three_departments, size=4, runs=200)
    assert [m.person_id for m in larger.members][:2] == ["x", "y"]
    assert len(larger.members) == 4
    assert larger.expected_reach > covered.expected_reach
    assert larger.expected_reach == pytest.approx(sum(m.marginal_gain for m in larger.members))
    assert larger.expected_reach == pytest.approx(independent_cascade_spread(
        three_departments, [m.person_id for m in larger.members], runs=200, seed=0))
    assert larger.reach_fraction == pytest.approx(larger.expected_reach / 8)


def test_lazy_greedy_equals_plain_greedy() -> None:
    G = nx.relaxed_caveman_graph(6, 6, 0.2, seed=4)
    nx.set_node_attributes(G, {v: f"d{v // 6}" for v in G}, "department")
    nx.set_edge_attributes(G, {e: 0.5 + (sum(e) % 4) for e in G.edges}, "weight")
    G = nx.relabel_nodes(G, {v: f"p{v:02d}" for v in G})
    bridges = bridge_scores(G)
    team = ambassador_team(G, departments=[], size=5, runs=100, seed=2, bridges=bridges)

    chosen: list[str] = []
    for _ in range(5):
        base = independent_cascade_spread(G, chosen, runs=100, seed=2)

        def objective(v: str, base: float = base) -> float:
            gain = independent_cascade_spread(G, [*chosen, v], runs=100, seed=2) - base
            return (1 + bridges[v].score) * (gain + 1)

        chosen.append(max((v for v in sorted(G) if v not in chosen), key=objective))
    assert [m.person_id for m in team.members] == chosen


def test_same_seed_same_team() -> None:
    G = nx.relaxed_caveman_graph(10, 8, 0.15, seed=1)
    nx.set_node_attributes(G, {v: f"d{v // 8}" for v in G}, "department")
    nx.set_edge_attributes(G, 1.0, "weight")
    first = ambassador_team(G, size=14, runs=50, seed=5)
    assert ambassador_team(G, size=14, runs=50, seed=5) == first
    assert first.uncovered == ()
    assert len(first.members) == 14
