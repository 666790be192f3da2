"""The knowledge-health reports over a real store, on the tiny organisation (tests/conftest.py).

KNOWS scores the tiny organisation's documents give (extraction, then ``s / (s + 2)``):
accessibility: Anna (p1) 4.70 -> 0.70, Bram (p2) 1.50 -> 0.43 (his claim, level 2, is 0.4);
Wmo: Cees (p3) 2.74 -> 0.58 but his claim (level 4, ask me about) holds 1.0, Dirk (p4) 1.05 ->
0.34, Anna and Bram 0.5 -> 0.2; privacy: Dirk 3.30 -> 0.62 (claim level 5: 1.0), Cees 1.05 ->
0.34; budget: Eva (p5) 2.10 -> 0.51. At the default threshold 0.6, accessibility, the Wmo and
privacy have one keeper each (Anna, Cees, Dirk) and someone engaged below (Bram, Dirk, Cees);
the budget has no keeper, with Eva engaged.

Newest evidence: budget 2025-10-01, accessibility 2025-09-12, privacy 2025-06-30 (Dirk's note),
Wmo 2025-02-03 (Cees), then Dirk 2024-11-20 and Anna and Bram 2024-03-03.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from api import health
from api.service import Service
from extraction.ingest import IngestRequest
from graph.errors import InvalidInputError, NotFoundError
from graph.model import Batch, PrivacyChoice, SearchLogEntry, Visibility
from graph.sqlite_store import SqliteStore
from graph.store import GraphStore


@pytest.fixture
def service(store: GraphStore, tiny_org: IngestRequest) -> Service:
    svc = Service(store, today=date(2026, 3, 1))
    svc.ingest(tiny_org)
    return svc


def test_every_who_knows_question_is_logged_without_the_searcher(service: Service) -> None:
    before = datetime.now(UTC)
    found = service.experts("Wmo", organisation="Gemeente Proefdorp")
    service.experts("kernfusie")
    service.experts("privacy", searcher="p2")  # recorded only when the caller passes it
    wmo, nothing, privacy = service.store.searches()
    assert wmo.query == "Wmo" and wmo.results == len(found) > 0
    assert wmo.topic_ids == ("wmo",) and wmo.organisation == "Gemeente Proefdorp"
    # the top score is the absolute strength of the best answer: Cees's claim holds 1.0
    assert wmo.top_score == pytest.approx(1.0) == max(r.strength for r in found)
    assert wmo.searcher is None and before <= wmo.at <= datetime.now(UTC)
    assert (nothing.results, nothing.top_score, nothing.topic_ids) == (0, 0.0, ())
    assert privacy.searcher == "p2"
    assert [e.query for e in service.store.searches(since=wmo.at)] == [
        "Wmo", "kernfusie", "privacy"]


def test_a_failing_search_log_never_fails_the_search(tiny_org: IngestRequest, tmp_path: Path,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    store = SqliteStore(tmp_path / "broken.db")
    service = Service(store)
    service.ingest(tiny_org)
    with sqlite3.connect(tmp_path / "broken.db") as raw:  # a real store error, from SQLite
        raw.execute("DROP TABLE search_log")
    with caplog.at_level(logging.WARNING, logger="api.service"):
        found = service.experts("digitale toegankelijkheid")
    assert [r.person.id for r in found][:2] == ["p1", "p2"]
    assert "could not log the search" in caplog.text
    store.close()


def log(service: Service, day: date, query: str, results: int, top: float,
        topics: tuple[str, ...] = ()) -> None:
    at = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    service.store.log_search(SearchLogEntry(at, query, results, top, topics))


def test_bus_factor_weighted_by_what_is_asked(service: Service) -> None:
    for _ in range(3):
        service.experts("Wmo")
    for _ in range(2):
        service.experts("begroting")
    report = health.bus_factor_report(service)
    # Wmo: one keeper, asked 3 times -> (1 + 3) / 2 = 2; budget: no keeper, asked twice -> 2;
    # tie broken by topic id; accessibility and privacy: (1 + 0) / 2
    assert [(r.topic_id, r.keepers, r.backups, r.demand, r.priority) for r in report.topics] == [
        ("begroting", (), ("p5",), 2, 2.0), ("wmo", ("p3",), ("p4",), 3, 2.0),
        ("digitale-toegankelijkheid", ("p1",), ("p2",), 0, 0.5),
        ("privacy", ("p4",), ("p3",), 0, 0.5)]
    # Cees alone keeps the asked-for Wmo (weight 1 + 3); Anna and Dirk one topic each
    assert [(d.person_id, d.uncovered, d.weight) for d in report.departures] == [
        ("p3", ("wmo",), 4.0), ("p1", ("digitale-toegankelijkheid",), 1.0),
        ("p4", ("privacy",), 1.0)]
    # demand counts only searches from ``since``: none after now, so the Wmo is back to 0.5
    # and the unasked budget, without a keeper, drops out
    later = health.bus_factor_report(service, since=datetime.now(UTC))
    assert [(r.topic_id, r.priority) for r in later.topics] == [
        ("digitale-toegankelijkheid", 0.5), ("privacy", 0.5), ("wmo", 0.5)]
    # a stricter threshold: at 0.8 Anna (0.70) no longer keeps accessibility
    strict = health.bus_factor_report(service, threshold=0.8)
    assert ("digitale-toegankelijkheid", ()) not in [(r.topic_id, r.keepers)
                                                      for r in strict.topics]  # not asked for
    assert "p1" not in [d.person_id for d in strict.departures]


def test_bus_factor_per_department_and_for_one(service: Service) -> None:
    report = health.bus_factor_report(service, by_department=True)
    # per department (with the departments below it): com keeps accessibility in Anna,
    # soc the Wmo in Cees and privacy in Dirk; fin's budget has no keeper and nobody asked
    rows = {(r.department_id, r.topic_id, r.keepers) for r in report.topics}
    assert {("com", "digitale-toegankelijkheid", ("p1",)), ("soc", "wmo", ("p3",)),
            ("soc", "privacy", ("p4",))} <= rows
    assert not any(d == "fin" for d, _, _ in rows)
    soc = health.bus_factor_report(service, department_id="soc")
    assert [(r.topic_id, r.keepers) for r in soc.topics] == [("privacy", ("p4",)),
                                                             ("wmo", ("p3",))]
    assert {d.person_id for d in soc.departures} == {"p3", "p4"}
    with pytest.raises(NotFoundError):
        health.bus_factor_report(service, department_id="nope")
    with pytest.raises(InvalidInputError):
        health.bus_factor_report(service, threshold=1.5)


def test_hidden_people_are_left_out_of_the_reports(service: Service) -> None:
    service.store.apply(Batch(privacy=(PrivacyChoice("p1", visibility=Visibility.HIDDEN),)))
    report = health.bus_factor_report(service)
    # accessibility: nobody visible keeps it (Bram holds 0.43) and nobody asked: not listed
    assert "digitale-toegankelijkheid" not in [r.topic_id for r in report.topics]
    assert "p1" not in [d.person_id for d in report.departures]


def test_stale_expertise(service: Service) -> None:
    report = health.stale_report(service, days=365, today=date(2026, 3, 1))
    # cut-off 2025-03-01: only the Wmo's newest evidence (2025-02-03) is older
    assert [(t.topic_id, t.last_date, t.holders) for t in report.topics] == [
        ("wmo", date(2025, 2, 3), ("p3", "p4", "p1", "p2"))]
    # profiles: Bram's accessibility (2024-03-03) and Cees's Wmo (2025-02-03) are stale,
    # Dirk's privacy (2025-06-30) is not
    assert [(p.person_id, [(c.topic_id, c.last_date) for c in p.stale]) for p in report.people
            ] == [("p2", [("digitale-toegankelijkheid", date(2024, 3, 3))]),
                  ("p3", [("wmo", date(2025, 2, 3))])]
    # a person whose documents may not count is not judged on them
    service.store.apply(Batch(privacy=(PrivacyChoice("p3", infer_topics=False),)))
    report = health.stale_report(service, days=365, today=date(2026, 3, 1))
    assert [p.person_id for p in report.people] == ["p2"]


def test_missed_searches_routed_to_the_nearest_people(service: Service) -> None:
    # two months of log: budget answered weakly (0.45), kernfusie never, Wmo well
    for day in (date(2026, 1, 10), date(2026, 2, 3), date(2026, 2, 20)):
        log(service, day, "begroting", 1, 0.45, ("begroting",))
    log(service, date(2026, 2, 4), "Kernfusie", 0, 0.0)
    log(service, date(2026, 2, 5), "kernfusie?", 0, 0.0)
    log(service, date(2026, 2, 6), "Wmo", 4, 0.95, ("wmo",))
    # and one asked now through the service: "schermlezers" is in one document (Anna's d1),
    # a weak answer (one document written alone: 0.5)
    service.experts("schermlezers")
    service.experts("schermlezers")
    found = health.missed_searches_report(service, weak=0.6, since=date(2026, 1, 1),
                                          until=date(2026, 2, 28))
    assert [(f.search.query, f.search.missed) for f in found] == [
        ("begroting", 3), ("kernfusie", 2)]  # "now" is outside the window
    budget, fusion = found
    assert [(c.start, c.missed) for c in budget.search.trend] == [
        (date(2026, 1, 1), 1), (date(2026, 2, 1), 2)]
    # Eva holds the budget at 0.51: the nearest there is
    assert [r.person_id for r in budget.routes][:1] == ["p5"]
    assert budget.routes[0].reasons[0].startswith("knows begroting (the topic itself")
    assert fusion.routes == []  # nobody near: no topic, no document
    everything = health.missed_searches_report(service, weak=0.6)
    screen = next(f for f in everything if f.search.query == "schermlezers")
    assert screen.search.asked == 2 and [r.person_id for r in screen.routes][:1] == ["p1"]
    assert screen.routes[0].reasons == ("wrote about it (strength 0.50)",)
    with pytest.raises(InvalidInputError):
        health.missed_searches_report(service, since=date(2026, 3, 1), until=date(2026, 1, 1))


def test_spreading_over_a_team(service: Service) -> None:
    plan = health.spreading_plan(service, team=["p1", "p2", "p3", "p4"],
                                 topics=["digitale toegankelijkheid", "Wmo", "privacy"])
    # keepers: Anna (accessibility), Cees (Wmo), Dirk (privacy); loads 1, 0, 1, 1.
    # fits (0.5 * hold / 0.6): Bram for accessibility 0.36 -> 64; Dirk for the Wmo 0.29 -> 71,
    # Anna or Bram 0.17 -> 83; Cees for privacy 0.29 -> 71, Anna or Bram 0 -> 100.
    # Best plan: Bram accessibility (64 + 0), Dirk Wmo (71 + 50), Cees privacy (71 + 50) = 306;
    # giving Bram the Wmo instead costs 83 + 50 + ... = 318
    learners = {(a.topic_id, a.person_id, a.mentor_id) for a in plan.assignments
                if a.role == "learner"}
    assert learners == {("digitale-toegankelijkheid", "p2", "p1"), ("wmo", "p4", "p3"),
                        ("privacy", "p3", "p4")}
    assert plan.load == {"p1": 1, "p2": 1, "p3": 2, "p4": 2} and plan.short == {}
    by_department = health.spreading_plan(service, department_id="soc", topics=["Wmo"])
    assert {(a.person_id, a.role) for a in by_department.assignments} == {
        ("p3", "keeper"), ("p4", "learner")}
    # without topics: the ones the team holds most (soc: Wmo 1.0 + 0.34, privacy 1.0 + 0.34)
    default = health.spreading_plan(service, department_id="soc")
    assert {a.topic_id for a in default.assignments} == {"wmo", "privacy"}
    with pytest.raises(NotFoundError):
        health.spreading_plan(service, team=["p1", "nobody"], topics=["Wmo"])
    with pytest.raises(NotFoundError):
        health.spreading_plan(service, team=["p1"], topics=["kernfusie"])
    with pytest.raises(InvalidInputError):
        health.spreading_plan(service, topics=["Wmo"])  # no team
