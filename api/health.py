"""Knowledge health for HR: the service functions behind the reports (CLI and GraphQL).

Every report reads one snapshot of the store: the visible people and their holdings (KNOWS,
claims and verdicts, with the inference rules of ``graph.policy`` applied), the taxonomy and the
search log. Hidden people are left out of every report, as they are of every other result: a
topic only they hold counts as held by nobody who can be asked.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING

from api.query import build_query
from graph.errors import InputProblem, InvalidInputError, NotFoundError
from graph.health import (
    KEEPER_THRESHOLD,
    DepartureImpact,
    Holding,
    TopicRisk,
    bus_factor,
    department_bus_factor,
    departure_impact,
    holdings,
    topic_demand,
)
from graph.missed_searches import WEAK, MissedSearch, Period, missed_searches
from graph.model import Claim, Department, Person, Topic, Visibility, department_subtree
from graph.policy import ScopePolicies
from graph.ranking import rank_experts
from graph.routing import Route, related_topics, route_question
from graph.spreading import SpreadingPlan, spread_topics
from graph.staleness import (
    STALE_DAYS,
    StalePerson,
    StaleTopic,
    narrower_topics,
    stale_people,
    stale_topics,
)

if TYPE_CHECKING:
    from api.service import Service

MAX_DAYS = 100 * 366  # a century: beyond it a window is a mistake (and dates overflow)
TEAM_TOPICS = 10  # topics a team's plan covers when none are named: those it holds most


@dataclass(frozen=True)
class Snapshot:
    """What the reports read, once."""

    people: dict[str, Person]  # visible people
    held: dict[str, dict[str, Holding]]
    topics: dict[str, Topic]
    departments: list[Department]
    policies: ScopePolicies
    demand: Counter[str]


@dataclass(frozen=True)
class BusFactorReport:
    """Topics with at most one keeper (overall or per department), and who would be missed."""

    topics: list[TopicRisk]
    departures: list[DepartureImpact]


@dataclass(frozen=True)
class RoutedSearch:
    search: MissedSearch
    routes: list[Route]


@dataclass(frozen=True)
class StaleReport:
    topics: list[StaleTopic]
    people: list[StalePerson]


def snapshot(service: Service, since: datetime | None = None) -> Snapshot:
    """Read people, holdings, taxonomy, policies and the search log (from ``since``)."""
    store = service.store
    people = {p.id: p for p in store.people() if p.visibility is Visibility.VISIBLE}
    topics = {t.id: t for t in store.topics()}
    departments = store.departments()
    policies = ScopePolicies.of(store.policies(), departments)
    ids = list(topics)
    held = holdings(store.topic_scores(), store.claims(ids), store.feedback(), people,
                    policies.infers)
    return Snapshot(people, held, topics, departments, policies,
                    topic_demand(store.searches(since)))


def bus_factor_report(service: Service, *, threshold: float = KEEPER_THRESHOLD,
                      department_id: str | None = None, by_department: bool = False,
                      since: datetime | None = None, first: int | None = None
                      ) -> BusFactorReport:
    """Topics with zero or one keeper weighted by demand (searches from ``since``), and the
    people whose departure would leave topics without a keeper.

    Args:
        service: the service.
        threshold: strength from which a person keeps a topic (0..1).
        department_id: only this department (with the departments below it).
        by_department: the topics per department instead of for everyone at once.
        since: count demand from searches from this moment (default: the whole log).
        first: at most this many rows of each list.

    Raises:
        InvalidInputError: a threshold outside (0, 1].
        NotFoundError: an unknown department.
    """
    _check_threshold(threshold)
    snap = snapshot(service, since)
    members = _members(snap, department_id, by_department)
    if members is None:
        topics = bus_factor(snap.held, snap.demand, threshold=threshold)
        held = snap.held
    else:
        topics = department_bus_factor(snap.held, members, snap.demand, threshold=threshold)
        everyone = {p for ids in members.values() for p in ids}
        held = {p: h for p, h in snap.held.items() if p in everyone}
    departures = departure_impact(held, snap.demand, threshold=threshold)
    return BusFactorReport(topics[:first], departures[:first])


def missed_searches_report(service: Service, *, since: date | None = None,
                           until: date | None = None, period: Period = "month",
                           weak: float = WEAK, min_missed: int = 2, first: int = 20,
                           routes: int = 3) -> list[RoutedSearch]:
    """Questions often missed (no or weak answers) with their trend, each routed to the
    ``routes`` people most likely able to answer or write about it.

    Raises:
        InvalidInputError: ``since`` after ``until``, or a negative ``min_missed``/``first``.
    """
    problems = [InputProblem("missed-searches", None, name, message) for name, bad, message in (
        ("since", since is not None and until is not None and since > until,
         "the window starts after it ends"),
        ("min_missed", min_missed < 1, "at least 1"), ("first", first < 0, "not negative"))
        if bad]
    if problems:
        raise InvalidInputError(problems)
    start = datetime.combine(since, time.min, UTC) if since else None
    snap = snapshot(service, start)
    log = service.store.searches(start)
    found = missed_searches(log, weak=weak, min_missed=min_missed, period=period,
                            since=since, until=until)[:first]
    graph = service.network.analysis().graph if found and routes else None
    out = []
    for search in found:
        text = {}
        if routes:  # what the words find now, however weakly; not logged as a search
            query = build_query(service.analyser, search.wording, max(routes * 3, 10))
            text = {r.person.id: r.strength for r in rank_experts(
                service.store, query, weights=service.weights, today=service.today)}
        out.append(RoutedSearch(search, route_question(
            search.topic_ids, snap.topics, snap.held, graph, text=text, eligible=snap.people,
            first=routes) if routes else []))
    return out


def stale_report(service: Service, *, days: int = STALE_DAYS, today: date | None = None,
                 first: int | None = None) -> StaleReport:
    """Topics whose newest evidence is older than ``days`` for everyone, and people whose
    profile topics have no evidence that recent. People whose documents may not count are
    not judged on their profile: their documents cannot be read as evidence.

    Raises:
        InvalidInputError: ``days`` below 1.
    """
    if not 1 <= days <= MAX_DAYS:
        raise InvalidInputError([InputProblem("stale", None, "days",
                                              f"between 1 and {MAX_DAYS} days, not {days}")])
    today = today or service.today or date.today()
    snap = snapshot(service)
    judged = {pid: p for pid, p in snap.people.items() if snap.policies.infers(p)}
    claims: dict[str, list[Claim]] = {pid: list(p.claims) for pid, p in judged.items()
                                      if p.claims}
    evidence: dict[str, dict[str, date | None]] = defaultdict(dict)
    for s in service.store.topic_scores(list(snap.topics)):
        if s.person_id in claims:
            evidence[s.person_id][s.topic_id] = s.last_date
    return StaleReport(
        stale_topics(snap.held, today, days=days, demand=snap.demand)[:first],
        stale_people(claims, evidence, today, days=days,
                     narrower=narrower_topics(snap.topics))[:first])


def spreading_plan(service: Service, *, team: Sequence[str] = (),
                   department_id: str | None = None, topics: Sequence[str] = (),
                   keepers: int = 2, learners: int = 0, period: int = 0,
                   max_load: int | None = None,
                   threshold: float = KEEPER_THRESHOLD) -> SpreadingPlan:
    """Who should keep and learn which topic so each has ``keepers`` keepers, load balanced.

    Args:
        service: the service.
        team: person ids; or
        department_id: the visible people of this department (and below it).
        topics: topic ids or labels (default: the ``TEAM_TOPICS`` topics the team holds most).
        keepers, learners, period, max_load, threshold: see ``graph.spreading.spread_topics``.

    Raises:
        NotFoundError: an unknown (or hidden) person, department or topic.
        InvalidInputError: no team, no topics, or bad numbers.
    """
    _check_threshold(threshold)
    snap = snapshot(service)
    members = list(team)
    for pid in members:
        if pid not in snap.people:
            raise NotFoundError(f"no person {pid!r}")
    if department_id:
        found = _members(snap, department_id, False) or {}
        members += sorted(found.get(department_id, ()))
    topic_ids = [service.topic(ref).id for ref in topics] or _team_topics(snap, members)
    related = {t: related_topics([t], snap.topics) for t in topic_ids}
    return spread_topics(members, topic_ids, snap.held, keepers=keepers, learners=learners,
                         threshold=threshold, period=period, max_load=max_load,
                         related=related)


def _members(snap: Snapshot, department_id: str | None,
             by_department: bool) -> dict[str, set[str]] | None:
    """Department id to its visible people (with the departments below it); None for all."""
    known = {d.id for d in snap.departments}
    if department_id and department_id not in known:
        raise NotFoundError(f"no department {department_id!r}")
    if not department_id and not by_department:
        return None
    wanted = [department_id] if department_id else sorted(known)
    out = {}
    for dept in wanted:
        below = department_subtree(snap.departments, dept)
        out[dept] = {pid for pid, p in snap.people.items() if p.department_id in below}
    return {d: ids for d, ids in out.items() if ids}


def _team_topics(snap: Snapshot, team: Sequence[str]) -> list[str]:
    totals: dict[str, float] = defaultdict(float)
    for pid in team:
        for tid, h in snap.held.get(pid, {}).items():
            totals[tid] += h.strength
    ranked = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
    return [tid for tid, _ in ranked[:TEAM_TOPICS]]


def _check_threshold(threshold: float) -> None:
    if not 0 < threshold <= 1:
        raise InvalidInputError([InputProblem("report", None, "threshold",
                                              f"{threshold} is not in (0, 1]")])
