"""Missed searches and routing on hand-made search logs, taxonomies and collaboration graphs."""

from __future__ import annotations

from datetime import UTC, date, datetime

import networkx as nx
import pytest

from graph.health import Holding
from graph.missed_searches import missed_searches, normalise_query, periods, slope
from graph.model import SearchLogEntry, Topic
from graph.routing import related_topics, route_question


def asked(day: date, query: str, results: int = 0, top: float = 0.0,
          topics: tuple[str, ...] = ()) -> SearchLogEntry:
    return SearchLogEntry(datetime(day.year, day.month, day.day, 10, tzinfo=UTC), query,
                          results, top, topics)


LOG = [
    # "drones": never answered, 1 in March, 0 in April, 3 in May -> rising
    asked(date(2026, 3, 10), "drones"),
    asked(date(2026, 5, 2), "Drones?"), asked(date(2026, 5, 3), " drones "),
    asked(date(2026, 5, 20), "drones"),
    # "bibob": answered weakly twice (0.3 < 0.5), strongly once -> 2 of 3 missed
    asked(date(2026, 3, 1), "Bibob", 2, 0.3, ("bibob",)),
    asked(date(2026, 4, 1), "bibob", 2, 0.3, ("bibob",)),
    asked(date(2026, 4, 2), "bibob", 4, 0.9, ("bibob",)),
    # "wmo": always well answered
    asked(date(2026, 3, 5), "Wmo", 5, 0.95, ("wmo",)), asked(date(2026, 4, 5), "Wmo", 5, 0.9),
    # "kernfusie": missed once only, below min_missed
    asked(date(2026, 4, 9), "kernfusie"),
]


def test_normalise_folds_drops_punctuation_and_collapses_spaces() -> None:
    assert normalise_query("  Privacy & AVG:  wat MAG? ") == "privacy avg wat mag"
    assert normalise_query("Financiën/begroting") == "financien begroting"
    assert normalise_query("e-depot - vragen") == "e-depot vragen"  # a word's hyphen stays
    assert normalise_query("?!") == ""


def test_frequent_missed_questions_with_their_monthly_trend() -> None:
    found = missed_searches(LOG)
    assert [(m.query, m.asked, m.missed) for m in found] == [("drones", 4, 4), ("bibob", 3, 2)]
    drones, bibob = found
    # the window runs from March (first entry) to May (last): three months, zeros included
    assert [(c.start, c.asked, c.missed) for c in drones.trend] == [
        (date(2026, 3, 1), 1, 1), (date(2026, 4, 1), 0, 0), (date(2026, 5, 1), 3, 3)]
    # least squares over (0, 1), (1, 0), (2, 3): mean x 1, mean y 4/3;
    # slope = ((-1)(-1/3) + 0 + (1)(5/3)) / 2 = 1
    assert drones.slope == pytest.approx(1.0)
    assert drones.wording == "drones"  # the most frequent way it was typed
    assert drones.last_asked.date() == date(2026, 5, 20)
    assert [(c.asked, c.missed) for c in bibob.trend] == [(1, 1), (2, 1), (0, 0)]
    assert bibob.topic_ids == ("bibob",)


def test_weak_threshold_window_and_minimum() -> None:
    # with a weak threshold of 0.2, bibob's 0.3 answers are good enough
    assert [m.query for m in missed_searches(LOG, weak=0.2)] == ["drones"]
    assert [m.query for m in missed_searches(LOG, min_missed=1)] == [
        "drones", "bibob", "kernfusie"]
    # only April: nothing missed twice; April and May: drones 3 times, in two periods
    assert missed_searches(LOG, since=date(2026, 4, 1), until=date(2026, 4, 30)) == []
    [drones] = missed_searches(LOG, since=date(2026, 4, 1))
    assert (drones.missed, [c.missed for c in drones.trend]) == (3, [0, 3])
    assert missed_searches([]) == []


def test_weekly_periods_start_on_monday() -> None:
    # 2026-05-02 is a Saturday (week of Monday 04-27); 05-20 a Wednesday (week of 05-18)
    [drones] = missed_searches(LOG, since=date(2026, 4, 27), period="week")
    assert [(c.start, c.missed) for c in drones.trend] == [
        (date(2026, 4, 27), 2), (date(2026, 5, 4), 0), (date(2026, 5, 11), 0),
        (date(2026, 5, 18), 1)]


def test_periods_cross_the_year() -> None:
    assert periods(date(2025, 11, 30), date(2026, 1, 2), "month") == [
        date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1)]
    assert slope([5, 3, 1]) == pytest.approx(-2.0)


# taxonomy:  sociaal ── wmo ── beschermd-wonen
#                  └─── jeugd
TAXONOMY = {
    "sociaal": Topic("sociaal", "sociaal domein", "social"),
    "wmo": Topic("wmo", "Wmo", "Wmo", broader=("sociaal",)),
    "beschermd-wonen": Topic("beschermd-wonen", "beschermd wonen", "sheltered", broader=("wmo",)),
    "jeugd": Topic("jeugd", "jeugdzorg", "youth care", broader=("sociaal",)),
}


def test_related_topics_by_taxonomy_hops() -> None:
    assert related_topics(["beschermd-wonen"], TAXONOMY) == {
        "beschermd-wonen": 0, "wmo": 1, "sociaal": 2}
    assert related_topics(["beschermd-wonen"], TAXONOMY, max_hops=3)["jeugd"] == 3


def test_routing_to_the_nearest_experts_by_topic_and_network() -> None:
    held = {"ann": {"wmo": Holding("ann", "wmo", 0.9)},
            "bob": {"sociaal": Holding("bob", "sociaal", 0.8)},
            "cem": {"jeugd": Holding("cem", "jeugd", 1.0)},  # 3 hops: out of reach
            "dua": {}, "eve": {}}
    graph = nx.Graph()
    graph.add_edge("dua", "ann", weight=3.0, kinds=("coauthor",))
    graph.add_edge("eve", "ann", weight=9.0, kinds=("topic",))  # a shared topic: no way in
    routes = route_question(["beschermd-wonen"], TAXONOMY, held, graph, first=5)
    # ann: 0.5^1 * 0.9 = 0.45; bob: 0.5^2 * 0.8 = 0.2;
    # dua through ann: 0.5 (network) * 3 / (3 + 1) * 0.45 = 0.16875
    assert [(r.person_id, r.score) for r in routes] == [
        ("ann", 0.45), ("bob", 0.2), ("dua", pytest.approx(0.1688, abs=1e-4))]
    assert routes[0].reasons == ("knows wmo (1 step away, strength 0.90)",)
    assert routes[2].reasons[0].startswith("works with ann, who knows wmo")
    # hidden or otherwise ineligible people are not proposed; first limits
    assert [r.person_id for r in route_question(["beschermd-wonen"], TAXONOMY, held, graph,
                                                eligible={"bob", "dua"})] == ["bob", "dua"]
    assert len(route_question(["beschermd-wonen"], TAXONOMY, held, graph, first=1)) == 1


def test_routing_a_question_without_topics_uses_what_the_words_found() -> None:
    held = {"ann": {"wmo": Holding("ann", "wmo", 0.9)}}
    routes = route_question([], TAXONOMY, held, None, text={"fay": 0.4, "gus": 0.0})
    assert [(r.person_id, r.score, r.reasons) for r in routes] == [
        ("fay", 0.4, ("wrote about it (strength 0.40)",))]
    assert route_question([], TAXONOMY, held) == []
