"""GraphQL fields of knowledge health (role hr): single-keeper topics, departures, missed
searches, stale expertise and topic spreading. The reports are in api/health.py."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable, Sequence
from enum import Enum
from typing import Any, TypeVar

import strawberry
from strawberry.types import Info

from api import health
from api.relay import Connection, UserInputError, check_first, connection, key_of
from api.schema import HR, Context, Department, Person, Topic, ctx, run
from api.schema_reasons import Reason
from graph.errors import InvalidInputError, NotFoundError
from graph.health import KEEPER_THRESHOLD
from graph.staleness import STALE_DAYS

T = TypeVar("T")


async def _report(info: Info[Context, None], func: Callable[..., T], **kwargs: Any) -> T:
    """Run a report once per request: the page that asks for single-keeper topics and
    departures (or stale topics and profiles) in one query gets one computation."""
    key = (func.__qualname__, tuple(sorted(
        (k, tuple(v) if isinstance(v, list) else v) for k, v in kwargs.items())))
    memo = ctx(info).memo
    if key not in memo:
        memo[key] = asyncio.ensure_future(run(func, ctx(info).service, **kwargs))
    try:
        result: T = await memo[key]
        return result
    except (InvalidInputError, NotFoundError) as exc:
        raise UserInputError(str(exc)) from exc


async def _people(info: Info[Context, None], ids: Sequence[str]) -> list[Person]:
    found = [await ctx(info).person(p) for p in ids]
    return [Person.of(p) for p in found if p]


async def _topics(info: Info[Context, None], ids: Sequence[str]) -> list[Topic]:
    return [Topic.of(t) for t in await ctx(info).topics.load_many(list(ids)) if t]


@strawberry.type(description="A topic with at most one keeper: who keeps it, who could back up.")
class TopicRisk:
    demand: int = strawberry.field(description="Searches that asked for it.")
    priority: float
    topic_id: strawberry.Private[str]
    keeper_ids: strawberry.Private[tuple[str, ...]]
    backup_ids: strawberry.Private[tuple[str, ...]]
    department_id: strawberry.Private[str | None]

    @strawberry.field
    async def topic(self, info: Info[Context, None]) -> Topic | None:
        return next(iter(await _topics(info, [self.topic_id])), None)

    @strawberry.field
    async def keepers(self, info: Info[Context, None]) -> list[Person]:
        return await _people(info, self.keeper_ids)

    @strawberry.field(description="Engaged below the threshold: the first to learn it.")  # type: ignore[untyped-decorator]  # noqa: E501
    async def backups(self, info: Info[Context, None]) -> list[Person]:
        return await _people(info, self.backup_ids)

    @strawberry.field
    async def department(self, info: Info[Context, None]) -> Department | None:
        found = (await ctx(info).departments()).get(self.department_id or "")
        return Department.of(found) if found else None


@strawberry.type(description="What would be lost if this person left.")
class DepartureRisk:
    demand: int
    weight: float
    person_id: strawberry.Private[str]
    uncovered_ids: strawberry.Private[tuple[str, ...]]
    thinned_ids: strawberry.Private[tuple[str, ...]]

    @strawberry.field
    async def person(self, info: Info[Context, None]) -> Person | None:
        return next(iter(await _people(info, [self.person_id])), None)

    @strawberry.field(description="Topics nobody else keeps.")  # type: ignore[untyped-decorator]
    async def uncovered(self, info: Info[Context, None]) -> list[Topic]:
        return await _topics(info, self.uncovered_ids)

    @strawberry.field(description="Topics left with one keeper.")  # type: ignore[untyped-decorator]
    async def thinned(self, info: Info[Context, None]) -> list[Topic]:
        return await _topics(info, self.thinned_ids)


@strawberry.type
class PeriodCount:
    start: dt.date
    asked: int
    missed: int


@strawberry.type(description="Someone a missed question could be routed to, and why.")
class Route:
    score: float
    reasons: list[str] = strawberry.field(description="Why, in English (`why`: as data).")
    why: list[Reason]
    person_id: strawberry.Private[str]

    @strawberry.field
    async def person(self, info: Info[Context, None]) -> Person | None:
        return next(iter(await _people(info, [self.person_id])), None)


@strawberry.type(description="A question often asked with no or weak answers.")
class MissedSearch:
    query: str = strawberry.field(description="The folded form the questions are grouped by.")
    wording: str = strawberry.field(description="The most common wording.")
    asked: int
    missed: int
    last_asked: dt.datetime
    slope: float = strawberry.field(description="Misses per period, trend (positive: rising).")
    trend: list[PeriodCount]
    routes: list[Route]
    topic_ids: strawberry.Private[tuple[str, ...]]

    @strawberry.field
    async def topics(self, info: Info[Context, None]) -> list[Topic]:
        return await _topics(info, self.topic_ids)


@strawberry.type(description="A topic whose newest evidence is old for everyone.")
class StaleTopic:
    last_date: dt.date | None
    demand: int
    topic_id: strawberry.Private[str]
    holder_ids: strawberry.Private[tuple[str, ...]]

    @strawberry.field
    async def topic(self, info: Info[Context, None]) -> Topic | None:
        return next(iter(await _topics(info, [self.topic_id])), None)

    @strawberry.field
    async def holders(self, info: Info[Context, None]) -> list[Person]:
        return await _people(info, self.holder_ids)


@strawberry.type
class StaleClaim:
    last_date: dt.date | None
    topic_id: strawberry.Private[str]

    @strawberry.field
    async def topic(self, info: Info[Context, None]) -> Topic | None:
        return next(iter(await _topics(info, [self.topic_id])), None)


@strawberry.type(description="A person whose profile topics have no recent evidence.")
class StaleProfile:
    listed: int
    stale: list[StaleClaim]
    person_id: strawberry.Private[str]

    @strawberry.field
    async def person(self, info: Info[Context, None]) -> Person | None:
        return next(iter(await _people(info, [self.person_id])), None)


@strawberry.type
class SpreadingAssignment:
    role: str = strawberry.field(description="keeper or learner")
    reasons: list[str] = strawberry.field(description="Why, in English (`why`: as data).")
    why: list[Reason]
    person_id: strawberry.Private[str]
    topic_id: strawberry.Private[str]
    mentor_id: strawberry.Private[str | None]

    @strawberry.field
    async def person(self, info: Info[Context, None]) -> Person | None:
        return next(iter(await _people(info, [self.person_id])), None)

    @strawberry.field
    async def topic(self, info: Info[Context, None]) -> Topic | None:
        return next(iter(await _topics(info, [self.topic_id])), None)

    @strawberry.field(description="The keeper a learner learns from.")  # type: ignore[untyped-decorator]  # noqa: E501
    async def mentor(self, info: Info[Context, None]) -> Person | None:
        return next(iter(await _people(info, [self.mentor_id] if self.mentor_id else [])), None)


@strawberry.type
class SpreadingPlan:
    period: int
    assignments: list[SpreadingAssignment]
    load: list[SpreadingLoad]
    short: list[SpreadingShort] = strawberry.field(
        description="Topics that could not get enough keepers, and how many are missing.")


@strawberry.type
class SpreadingLoad:
    topics: int
    person_id: strawberry.Private[str]

    @strawberry.field
    async def person(self, info: Info[Context, None]) -> Person | None:
        return next(iter(await _people(info, [self.person_id])), None)


@strawberry.type
class SpreadingShort:
    missing: int
    topic_id: strawberry.Private[str]

    @strawberry.field
    async def topic(self, info: Info[Context, None]) -> Topic | None:
        return next(iter(await _topics(info, [self.topic_id])), None)


@strawberry.enum
class TrendPeriod(Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


@strawberry.type
class HealthQuery:
    @strawberry.field(permission_classes=HR,
                      description="Topics with zero or one keeper, most asked for first.")  # type: ignore[untyped-decorator]
    async def single_keeper_topics(self, info: Info[Context, None], first: int,
                                   after: str | None = None,
                                   department: strawberry.ID | None = None,
                                   by_department: bool = False,
                                   threshold: float = KEEPER_THRESHOLD
                                   ) -> Connection[TopicRisk]:
        check_first(first)
        report = await _report(info, health.bus_factor_report, threshold=threshold,
                               department_id=key_of(department, "Department")
                               if department else None, by_department=by_department)
        return connection([TopicRisk(demand=r.demand, priority=r.priority, topic_id=r.topic_id,
                                     keeper_ids=r.keepers, backup_ids=r.backups,
                                     department_id=r.department_id)
                           for r in report.topics], first, after)

    @strawberry.field(permission_classes=HR,
                      description="People whose departure would leave topics without a keeper.")  # type: ignore[untyped-decorator]
    async def departure_risks(self, info: Info[Context, None], first: int,
                              after: str | None = None, department: strawberry.ID | None = None,
                              threshold: float = KEEPER_THRESHOLD
                              ) -> Connection[DepartureRisk]:
        check_first(first)
        report = await _report(info, health.bus_factor_report, threshold=threshold,
                               department_id=key_of(department, "Department")
                               if department else None, by_department=False)
        return connection([DepartureRisk(demand=d.demand, weight=d.weight, person_id=d.person_id,
                                         uncovered_ids=d.uncovered, thinned_ids=d.thinned)
                           for d in report.departures], first, after)

    @strawberry.field(permission_classes=HR,
                      description="Questions asked often with no or weak answers, with their "
                                  "trend, each routed to people likely able to answer.")  # type: ignore[untyped-decorator]
    async def missed_searches(self, info: Info[Context, None], first: int,
                              after: str | None = None, since: dt.date | None = None,
                              until: dt.date | None = None,
                              period: TrendPeriod = TrendPeriod.MONTH,
                              min_missed: int = 2, routes: int = 3
                              ) -> Connection[MissedSearch]:
        check_first(first)
        rows = await _report(info, health.missed_searches_report, since=since,
                             until=until, period=period.value, min_missed=min_missed,
                             first=1000, routes=max(0, min(routes, 10)))
        return connection([MissedSearch(
            query=r.search.query, wording=r.search.wording, asked=r.search.asked,
            missed=r.search.missed, last_asked=r.search.last_asked, slope=r.search.slope,
            trend=[PeriodCount(start=p.start, asked=p.asked, missed=p.missed)
                   for p in r.search.trend],
            routes=[Route(score=x.score, reasons=list(x.reasons), why=Reason.all(x.why),
                          person_id=x.person_id)
                    for x in r.routes],
            topic_ids=r.search.topic_ids) for r in rows], first, after)

    @strawberry.field(permission_classes=HR,
                      description="Topics whose newest evidence is older than `days` for all.")  # type: ignore[untyped-decorator]
    async def stale_topics(self, info: Info[Context, None], first: int,
                           after: str | None = None, days: int = STALE_DAYS
                           ) -> Connection[StaleTopic]:
        check_first(first)
        report = await _report(info, health.stale_report, days=days)
        return connection([StaleTopic(last_date=t.last_date, demand=t.demand,
                                      topic_id=t.topic_id, holder_ids=t.holders)
                           for t in report.topics], first, after)

    @strawberry.field(permission_classes=HR,
                      description="People whose profile topics have no evidence that recent.")  # type: ignore[untyped-decorator]
    async def stale_profiles(self, info: Info[Context, None], first: int,
                             after: str | None = None, days: int = STALE_DAYS
                             ) -> Connection[StaleProfile]:
        check_first(first)
        report = await _report(info, health.stale_report, days=days)
        return connection([StaleProfile(listed=p.listed, person_id=p.person_id, stale=[
            StaleClaim(last_date=c.last_date, topic_id=c.topic_id) for c in p.stale])
            for p in report.people], first, after)

    @strawberry.field(permission_classes=HR,
                      description="Who should keep and learn which topic so every topic has "
                                  "`keepers` keepers, the load balanced (rotation: `period`).")  # type: ignore[untyped-decorator]
    async def spreading_plan(self, info: Info[Context, None],
                             team: list[strawberry.ID] | None = None,
                             department: strawberry.ID | None = None,
                             topics: list[str] | None = None, keepers: int = 2,
                             learners: int = 0, period: int = 0,
                             max_load: int | None = None) -> SpreadingPlan:
        plan = await _report(info, health.spreading_plan,
                             team=[key_of(p, "Person") for p in team or ()],
                             department_id=key_of(department, "Department")
                             if department else None, topics=list(topics or ()),
                             keepers=keepers, learners=learners, period=period,
                             max_load=max_load)
        return SpreadingPlan(
            period=plan.period,
            assignments=[SpreadingAssignment(role=a.role, reasons=list(a.reasons),
                                             why=Reason.all(a.why),
                                             person_id=a.person_id, topic_id=a.topic_id,
                                             mentor_id=a.mentor_id) for a in plan.assignments],
            load=[SpreadingLoad(topics=n, person_id=p) for p, n in sorted(plan.load.items())],
            short=[SpreadingShort(missing=n, topic_id=t) for t, n in sorted(plan.short.items())])
