"""Spreading topics over a team: known optimal plans on small teams, computed by hand.

Costs (graph.spreading): a learner costs ``100 * (1 - fit)`` plus ``50 * load`` for their next
topic (``load`` counts what they keep and already learn), plus 200 per earlier period in which
they learnt the topic; ``fit = 0.5 * partial + 0.3 * related + 0.2 * wish``.
"""

from __future__ import annotations

import pytest

from graph.errors import InvalidInputError
from graph.health import Holding
from graph.spreading import spread_topics


def hold(person: str, topic: str, strength: float, wish: bool = False) -> Holding:
    return Holding(person, topic, strength, wants_to_learn=wish)


def held(*rows: Holding) -> dict[str, dict[str, Holding]]:
    out: dict[str, dict[str, Holding]] = {}
    for row in rows:
        out.setdefault(row.person_id, {})[row.topic_id] = row
    return out


def roles(plan: object) -> list[tuple[str, str, str, str | None]]:
    return [(a.topic_id, a.person_id, a.role, a.mentor_id)
            for a in plan.assignments]  # type: ignore[attr-defined]


def test_balance_beats_a_small_head_start() -> None:
    # x: ann keeps (0.9); bob holds 0.3 (partial 0.5, fit 0.25); y: ann and bob keep.
    # Loads: ann 2, bob 1, cem 0, dua 0.
    # bob for x: 100 * 0.75 + 50 * 1 = 125; cem or dua: 100 + 0 = 100 -> cem (first by id)
    team = held(hold("ann", "x", 0.9), hold("ann", "y", 0.8), hold("bob", "y", 0.7),
                hold("bob", "x", 0.3))
    plan = spread_topics(["ann", "bob", "cem", "dua"], ["x", "y"], team)
    assert roles(plan) == [("x", "ann", "keeper", None), ("x", "cem", "learner", "ann"),
                           ("y", "ann", "keeper", None), ("y", "bob", "keeper", None)]
    assert plan.load == {"ann": 2, "bob": 1, "cem": 1, "dua": 0}
    assert plan.short == {}


def test_a_much_better_fit_is_worth_a_load_step() -> None:
    # x: ann keeps; y: ann and bob keep (no learner needed). Loads: ann 2, bob 1, cem 0.
    # bob holds x at 0.3 and wants to learn it: fit 0.5 * 0.5 + 0.2 = 0.45 -> 55 + 50 = 105,
    # cem: 100 + 0 = 100 -> cem. With a related topic (z at 0.9, one step from x:
    # 0.3 * 0.9 = 0.27 -> fit 0.72): 28 + 50 = 78 < 100 -> bob
    team = held(hold("ann", "x", 0.9), hold("ann", "y", 0.9), hold("bob", "y", 0.9),
                hold("bob", "x", 0.3, wish=True))
    plan = spread_topics(["ann", "bob", "cem"], ["x", "y"], team)
    assert [a.person_id for a in plan.assignments if a.role == "learner"] == ["cem"]
    team["bob"]["z"] = hold("bob", "z", 0.9)
    plan = spread_topics(["ann", "bob", "cem"], ["x", "y"], team,
                         related={"x": {"x": 0, "z": 1}})
    [learner] = [a for a in plan.assignments if a.role == "learner"]
    assert learner.person_id == "bob"
    assert learner.reasons[:3] == ("already knows some of it (strength 0.30)",
                                   "knows the related topic z", "wants to learn it")
    assert "learns from ann, a keeper in the team" in learner.reasons
    assert plan.load == {"ann": 2, "bob": 2, "cem": 0}


def test_load_is_spread_evenly() -> None:
    # ann keeps x, y and z; each needs one learner: bob and cem share them 2 / 1 (the
    # cheapest plan: slots 0 + 0 + 50, whatever the order), never 3 / 0
    team = held(*(hold("ann", t, 0.9) for t in "xyz"))
    plan = spread_topics(["ann", "bob", "cem"], list("xyz"), team)
    learners = [a for a in plan.assignments if a.role == "learner"]
    assert sorted(a.topic_id for a in learners) == ["x", "y", "z"]
    assert sorted([plan.load["bob"], plan.load["cem"]]) == [1, 2]
    assert all(a.mentor_id == "ann" for a in learners)


def test_rotation_gives_everyone_a_turn() -> None:
    # one keeper, one learner needed; the learners of earlier periods cost 200 more
    team = held(hold("ann", "x", 0.9))
    order = [[a.person_id for a in spread_topics(["ann", "bob", "cem", "dua"], ["x"], team,
                                                 period=k).assignments if a.role == "learner"]
             for k in range(4)]
    assert order == [["bob"], ["cem"], ["dua"], ["bob"]]


def test_learners_on_covered_topics_and_mentors_take_turns() -> None:
    # x has two keepers (ann 0.9, bob 0.8); with learners=1 it still gets one. The mentor is
    # the keeper with the fewest learners, stronger first, the order shifted by the period
    team = held(hold("ann", "x", 0.9), hold("bob", "x", 0.8))
    first = spread_topics(["ann", "bob", "cem", "dua"], ["x"], team, learners=1)
    second = spread_topics(["ann", "bob", "cem", "dua"], ["x"], team, learners=1, period=1)
    assert roles(first)[-1] == ("x", "cem", "learner", "ann")
    assert roles(second)[-1] == ("x", "dua", "learner", "bob")


def test_a_topic_nobody_in_the_team_keeps() -> None:
    # two learners needed; the mentor comes from outside the team (oli, the strongest), else
    # nobody
    team = held(hold("oli", "x", 0.95), hold("pia", "x", 0.7))
    plan = spread_topics(["bob", "cem"], ["x"], team)
    assert roles(plan) == [("x", "bob", "learner", "oli"), ("x", "cem", "learner", "oli")]
    assert "nobody in the team keeps it: learns from oli" in plan.assignments[0].reasons
    alone = spread_topics(["bob", "cem"], ["z"], team)
    assert {a.mentor_id for a in alone.assignments} == {None}
    assert "nobody keeps it yet: learns from the sources" in alone.assignments[0].reasons


def test_a_full_team_reports_the_shortfall() -> None:
    # ann keeps x and y; bob may carry one topic; his head start on x decides: y goes short
    team = held(hold("ann", "x", 0.9), hold("ann", "y", 0.9), hold("bob", "x", 0.3))
    plan = spread_topics(["ann", "bob"], ["x", "y"], team, max_load=1)
    assert [(a.topic_id, a.person_id) for a in plan.assignments if a.role == "learner"] == [
        ("x", "bob")]
    assert plan.short == {"y": 1}
    # a team of one cannot give a topic a second keeper
    assert spread_topics(["ann"], ["x"], team).short == {"x": 1}


def test_bad_input_is_rejected_with_every_problem() -> None:
    with pytest.raises(InvalidInputError) as caught:
        spread_topics([], [], {}, keepers=0, period=-1, max_load=0)
    assert {p.field for p in caught.value.problems} == {
        "team", "topics", "keepers", "period", "max_load"}
