"""Knowledge health on hand-made holdings: holds, bus factor, departures, stale expertise.

Strengths are chosen so that a hold is ``s / (s + 2)`` of a KNOWS score ``s``: s = 8 holds 0.8,
s = 3 holds 0.6, s = 2 holds 0.5, s = 0.5 holds 0.2.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from graph.health import (
    Holding,
    bus_factor,
    by_topic,
    claim_strength,
    department_bus_factor,
    departure_impact,
    holdings,
    topic_demand,
)
from graph.model import (
    Claim,
    Person,
    PersonClaim,
    PersonTopicScore,
    SearchLogEntry,
    TopicFeedback,
    Verdict,
)
from graph.staleness import narrower_topics, stale_people, stale_topics


def knows(person: str, topic: str, score: float, last: date | None = date(2025, 1, 1)
          ) -> PersonTopicScore:
    return PersonTopicScore(person, topic, score, 1, last)


PEOPLE = {p: Person(p, p.upper()) for p in ("ann", "bob", "cem", "dua")}


def test_a_hold_is_the_better_of_saturated_knows_and_the_claim() -> None:
    held = holdings([knows("ann", "wmo", 8.0), knows("bob", "wmo", 0.5)],
                    [PersonClaim("bob", Claim("wmo", 3)), PersonClaim("cem", Claim("wmo", 2))],
                    [], PEOPLE)
    # ann: 8 / 10 = 0.8; bob: max(0.5 / 2.5 = 0.2, claim 3/5 = 0.6); cem: claim 2/5 = 0.4
    assert {p: h["wmo"].strength for p, h in held.items()} == pytest.approx(
        {"ann": 0.8, "bob": 0.6, "cem": 0.4})
    assert held["ann"]["wmo"].documented and not held["ann"]["wmo"].claimed
    assert held["cem"]["wmo"].claimed and not held["cem"]["wmo"].documented


def test_claim_values() -> None:
    # level / 5, an unstated level 0.6, +0.2 for ask-me-about or mentor, capped at 1
    assert claim_strength(Claim("t", 2, able_to_mentor=True)) == pytest.approx(0.6)
    assert claim_strength(Claim("t", 5, ask_me_about=True)) == 1.0
    assert claim_strength(Claim("t", None, ask_me_about=True)) == pytest.approx(0.8)
    assert claim_strength(Claim("t", wants_to_learn=True)) == 0.0  # a wish holds nothing
    assert claim_strength(Claim("t", 2, wants_to_learn=True)) == pytest.approx(0.4)


def test_verdicts_hidden_people_and_inference() -> None:
    people = {**PEOPLE, "eve": Person("eve", "EVE", infer_topics=False)}
    del people["dua"]  # not among the people who count (hidden, say)
    scores = [knows("ann", "wmo", 8.0), knows("bob", "wmo", 0.5), knows("cem", "wmo", 8.0),
              knows("dua", "wmo", 8.0), knows("eve", "wmo", 8.0), knows("eve", "avg", 0.5)]
    feedback = [TopicFeedback("ann", "wmo", Verdict.REJECTED),
                TopicFeedback("bob", "wmo", Verdict.CONFIRMED),
                TopicFeedback("eve", "avg", Verdict.CONFIRMED)]
    claims = [PersonClaim("ann", Claim("wmo", 5)), PersonClaim("eve", Claim("iso", 4)),
              PersonClaim("cem", Claim("avg", wants_to_learn=True))]
    held = holdings(scores, claims, feedback, people, lambda p: p.infer_topics)
    assert "wmo" not in held.get("ann", {})  # rejected: neither KNOWS nor claim counts
    # bob confirmed: 1.5 * 0.2 = 0.3, raised to the unstated-claim value 0.6
    assert held["bob"]["wmo"].strength == pytest.approx(0.6)
    assert held["cem"]["wmo"].strength == pytest.approx(0.8)
    assert "dua" not in held
    # eve's documents do not count: wmo (not confirmed) is gone; her confirmed avg and her
    # claim stay
    assert set(held["eve"]) == {"avg", "iso"}
    assert held["eve"]["avg"].strength == pytest.approx(0.6)
    # a wish to learn is kept (for spreading) with strength 0
    assert held["cem"]["avg"].wants_to_learn and held["cem"]["avg"].strength == 0.0


def test_topic_demand_counts_each_question_once_per_topic() -> None:
    at = datetime(2026, 1, 5)
    log = [SearchLogEntry(at, "wmo wmo", 1, 0.9, ("wmo", "wmo")),
           SearchLogEntry(at, "wmo en avg", 0, 0.0, ("wmo", "avg")),
           SearchLogEntry(at, "drones", 0, 0.0)]
    assert topic_demand(log) == {"wmo": 2, "avg": 1}


def h(person: str, topic: str, strength: float, last: date | None = None) -> Holding:
    return Holding(person, topic, strength, last, documented=last is not None)


# wmo: ann keeps (0.9), bob could step up (0.4) -> one keeper
# avg: ann 0.7 and bob 0.8 keep -> two keepers, not at risk
# iso: only cem 0.6 (exactly the threshold) -> one keeper, nobody engaged below
# woo: dua holds 0.2 only (below half the threshold) -> no keeper, nobody engaged
# bbv: nobody holds it
HELD = {"ann": {"wmo": h("ann", "wmo", 0.9), "avg": h("ann", "avg", 0.7)},
        "bob": {"wmo": h("bob", "wmo", 0.4), "avg": h("bob", "avg", 0.8)},
        "cem": {"iso": h("cem", "iso", 0.6)},
        "dua": {"woo": h("dua", "woo", 0.2)}}


def test_bus_factor_without_demand_lists_the_one_keeper_topics() -> None:
    risks = bus_factor(HELD, {})
    # priority (1 + 0) / 2 for both; iso has no backup, so it comes first
    assert [(r.topic_id, r.keepers, r.backups, r.priority) for r in risks] == [
        ("iso", ("cem",), (), 0.5), ("wmo", ("ann",), ("bob",), 0.5)]


def test_bus_factor_weighs_by_demand_and_lists_asked_for_gaps() -> None:
    demand = {"wmo": 5, "woo": 4, "bbv": 1, "avg": 9}
    risks = bus_factor(HELD, demand)
    # wmo: (1 + 5) / 2 = 3; woo: no keeper, 4 searches -> 4; bbv: nobody, 1 search -> 1;
    # iso: (1 + 0) / 2 = 0.5; avg has two keepers and is no risk however often it is asked
    assert [(r.topic_id, r.priority, r.demand) for r in risks] == [
        ("woo", 4.0, 4), ("wmo", 3.0, 5), ("bbv", 1.0, 1), ("iso", 0.5, 0)]
    # without gaps (a department), a topic nobody here is engaged in is not listed
    assert [r.topic_id for r in bus_factor(HELD, demand, gaps=False)] == ["wmo", "iso"]


def test_the_threshold_decides_who_keeps() -> None:
    # at 0.75 only ann (wmo 0.9) and bob (avg 0.8) keep: avg and wmo have one keeper each,
    # iso (0.6) none and nobody asked for it
    assert [(r.topic_id, r.keepers) for r in bus_factor(HELD, {}, threshold=0.75)] == [
        ("avg", ("bob",)), ("wmo", ("ann",))]


def test_bus_factor_per_department() -> None:
    members = {"soc": {"ann", "bob"}, "ict": {"cem", "dua"}}
    risks = department_bus_factor(HELD, members, {"avg": 2})
    # ict: iso kept by cem alone; soc: wmo kept by ann alone (avg has two keepers there)
    assert [(r.department_id, r.topic_id, r.keepers) for r in risks] == [
        ("ict", "iso", ("cem",)), ("soc", "wmo", ("ann",))]
    # only bob in a department: avg now hangs on him, wmo is engaged (0.4) without a keeper
    # but nobody asked for it, so it is not listed
    risks = department_bus_factor(HELD, {"solo": {"bob"}}, {"avg": 2})
    assert [(r.topic_id, r.keepers, r.priority) for r in risks] == [("avg", ("bob",), 1.5)]


def test_departure_impact() -> None:
    demand = {"iso": 3}
    out = departure_impact(HELD, demand)
    # cem alone keeps iso (weight 1 + 3 = 4); ann alone keeps wmo (weight 1) and shares avg
    # with bob; bob keeps nothing alone but shares avg
    assert [(d.person_id, d.uncovered, d.thinned, d.demand, d.weight) for d in out] == [
        ("cem", ("iso",), (), 3, 4.0), ("ann", ("wmo",), ("avg",), 0, 1.0),
        ("bob", (), ("avg",), 0, 0.0)]


def test_by_topic_orders_strongest_first() -> None:
    assert [x.person_id for x in by_topic(HELD)["wmo"]] == ["ann", "bob"]


def test_stale_topics_need_everyones_evidence_to_be_old() -> None:
    held = {"ann": {"wmo": h("ann", "wmo", 0.9, date(2022, 3, 1)),
                    "avg": h("ann", "avg", 0.9, date(2025, 12, 1))},
            "bob": {"wmo": h("bob", "wmo", 0.3, date(2023, 6, 1)),
                    "avg": h("bob", "avg", 0.9, date(2021, 1, 1)),
                    "iso": Holding("bob", "iso", 0.6, None, documented=True),  # undated
                    "bbv": Holding("bob", "bbv", 0.8, None, claimed=True)}}  # claim only
    out = stale_topics(held, date(2026, 1, 1), days=730, demand={"iso": 1})
    # cut-off 2024-01-01: wmo's newest (bob, 2023-06-01) is older -> stale; avg has ann's
    # 2025 document -> current; iso has only an undated document -> stale, and asked for, so
    # first; bbv has no document evidence at all -> not judged here
    assert [(s.topic_id, s.last_date, s.holders, s.demand) for s in out] == [
        ("iso", None, ("bob",), 1), ("wmo", date(2023, 6, 1), ("bob", "ann"), 0)]


def test_stale_people_count_narrower_topics_as_evidence() -> None:
    claims = {"ann": [Claim("ict", 4), Claim("wmo", 3), Claim("avg", wants_to_learn=True)],
              "bob": [Claim("wmo", 2)],
              "cem": [Claim("iso", 5)]}
    evidence = {"ann": {"cloud": date(2025, 10, 1), "wmo": date(2020, 1, 1)},
                "bob": {"wmo": date(2025, 11, 1)}}
    narrower = {"ict": {"cloud"}}
    out = stale_people(claims, evidence, date(2026, 1, 1), days=365, narrower=narrower)
    # ann: ict is current through cloud (narrower), wmo (2020) is stale, avg is only a wish;
    # bob's wmo is current; cem's iso has no evidence at all
    assert [(p.person_id, [(c.topic_id, c.last_date) for c in p.stale], p.listed)
            for p in out] == [("cem", [("iso", None)], 1), ("ann", [("wmo", date(2020, 1, 1))], 2)]
    # cem (1 of 1 stale) comes before ann (1 of 2): same count, larger share
    # without the narrower link, ann's ict claim is stale too and she comes first
    out = stale_people(claims, evidence, date(2026, 1, 1), days=365)
    assert [(p.person_id, [c.topic_id for c in p.stale]) for p in out] == [
        ("ann", ["ict", "wmo"]), ("cem", ["iso"])]


def test_narrower_topics() -> None:
    from graph.model import Topic

    tax = {"ict": Topic("ict", "ICT", "ICT"), "cloud": Topic("cloud", "c", "c", broader=("ict",))}
    assert narrower_topics(tax) == {"ict": {"cloud"}}
