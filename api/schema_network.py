"""GraphQL types and resolvers of the network side: bridges, ambassadors, buddies."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import strawberry
from strawberry.types import Info

from api.relay import Connection, check_first, connection, key_of, offset_after, to_global
from api.schema import HR, Context, Department, Person
from api.schema_reasons import Reason
from api.service import buddies, topic_ids_for
from graph.brokerage import BridgeScore
from graph.diffusion import Ambassador as AmbassadorRow
from graph.pairing import BuddyPair as BuddyPairRow


async def _person(info: Info[Context, None], person_id: str) -> Person | None:
    found = await info.context.person(person_id)
    return Person.of(found) if found else None


@strawberry.type(description="How one person bridges departments, with its components.")
class Bridge:
    score: float = strawberry.field(description="Combined bridge score in [0, 1].")
    departments_reached: list[strawberry.ID]
    participation: float = strawberry.field(
        description="Participation coefficient over departments (0: all ties in one).")
    betweenness: float
    constraint: float = strawberry.field(description="Burt's constraint (low: a broker).")
    effective_size: float
    dual_standing: float = strawberry.field(
        description="Weight in a second department (documents written for it); 0 without "
                    "document affiliations.")
    cross_brokerage: float = strawberry.field(
        description="Gould-Fernandez brokerage between departments (informational, weight 0).")
    bonding_ties: int = strawberry.field(description="Ties within the own department.")
    bridging_ties: int = strawberry.field(description="Ties to other departments.")
    topic_score: float | None = strawberry.field(
        description="How well the person knows the asked topic (0..1), when one was asked.")
    person_id: strawberry.Private[str]

    @strawberry.field
    async def person(self, info: Info[Context, None]) -> Person | None:
        return await _person(info, self.person_id)

    @staticmethod
    def of(s: BridgeScore, topic: float | None) -> Bridge:
        return Bridge(score=s.score, departments_reached=[to_global("Department", d)
                                                          for d in s.departments_reached],
                      participation=s.participation, betweenness=s.betweenness,
                      constraint=s.constraint, effective_size=s.effective_size,
                      dual_standing=s.dual_standing, cross_brokerage=s.cross_brokerage,
                      bonding_ties=s.bonding_ties, bridging_ties=s.bridging_ties,
                      topic_score=topic, person_id=s.person_id)


@strawberry.type
class Ambassador:
    departments_reached: list[strawberry.ID]
    bridge_score: float
    topic_score: float | None
    marginal_gain: float = strawberry.field(
        description="Extra people the member's message is expected to reach.")
    reasons: list[str] = strawberry.field(description="Why, in English (`why`: as data).")
    why: list[Reason]
    person_id: strawberry.Private[str]

    @strawberry.field
    async def person(self, info: Info[Context, None]) -> Person | None:
        return await _person(info, self.person_id)

    @staticmethod
    def of(a: AmbassadorRow) -> Ambassador:
        return Ambassador(departments_reached=[to_global("Department", d)
                                                              for d in a.departments_reached],
                          bridge_score=a.bridge_score, topic_score=a.topic_score,
                          marginal_gain=a.marginal_gain, reasons=list(a.reasons),
                          why=Reason.all(a.why),
                          person_id=a.person_id)


@strawberry.type
class DepartmentCoverage:
    department_id: strawberry.Private[str]
    member_ids: strawberry.Private[tuple[str, ...]]

    @strawberry.field
    async def department(self, info: Info[Context, None]) -> Department | None:
        found = (await info.context.departments()).get(self.department_id)
        return Department.of(found) if found else None

    @strawberry.field
    async def members(self, info: Info[Context, None]) -> list[Person]:
        found = await info.context.people.load_many(list(self.member_ids))
        return [Person.of(p) for p in found if p]


@strawberry.type(description="An ambassador team: who reaches which department, and how far "
                             "a message is expected to spread.")
class AmbassadorTeam:
    members: list[Ambassador]
    coverage: list[DepartmentCoverage]
    uncovered_ids: strawberry.Private[tuple[str, ...]]
    expected_reach: float = strawberry.field(
        description="Expected number of people reached (independent cascade simulation).")
    reach_fraction: float

    @strawberry.field(description="Requested departments the team does not reach.")  # type: ignore[untyped-decorator]  # noqa: E501
    async def uncovered(self, info: Info[Context, None]) -> list[Department]:
        depts = await info.context.departments()
        return [Department.of(depts[d]) for d in self.uncovered_ids if d in depts]


@strawberry.type
class BuddyPair:
    score: float
    reasons: list[str] = strawberry.field(description="Why, in English (`why`: as data).")
    why: list[Reason]
    newcomer_id: strawberry.Private[str]
    buddy_id: strawberry.Private[str]

    @strawberry.field
    async def newcomer(self, info: Info[Context, None]) -> Person | None:
        return await _person(info, self.newcomer_id)

    @strawberry.field
    async def buddy(self, info: Info[Context, None]) -> Person | None:
        return await _person(info, self.buddy_id)

    @staticmethod
    def of(p: BuddyPairRow) -> BuddyPair:
        return BuddyPair(score=p.score, reasons=list(p.reasons), why=Reason.all(p.why),
                         newcomer_id=p.newcomer_id,
                         buddy_id=p.buddy_id)


@strawberry.type
class BuddyProposal:
    pairs: list[BuddyPair]
    unmatched_ids: strawberry.Private[tuple[str, ...]]

    @strawberry.field(description="Newcomers for whom no eligible buddy was left.")  # type: ignore[untyped-decorator]  # noqa: E501
    async def unmatched(self, info: Info[Context, None]) -> list[Person]:
        found = [await info.context.person(p) for p in self.unmatched_ids]
        return [Person.of(p) for p in found if p]


@strawberry.type
class NetworkQuery:
    @strawberry.field(permission_classes=HR,
                      description="People whose ties reach other departments, best first.")  # type: ignore[untyped-decorator]
    async def bridges(self, info: Info[Context, None], first: int, after: str | None = None,
                      department: strawberry.ID | None = None,
                      topic: str | None = None) -> Connection[Bridge]:
        service = info.context.service
        want = offset_after(after) + check_first(first) + 1
        topic_ids = await asyncio.to_thread(topic_ids_for, service, topic)
        rows = await asyncio.to_thread(service.network.bridges, want,
                                       key_of(department, "Department") if department else None,
                                       topic_ids)
        return connection([Bridge.of(score, topic_score) for score, topic_score in rows],
                          first, after, complete=len(rows) < want)

    @strawberry.field(permission_classes=HR,
                      description="A team that ties into every requested department.")  # type: ignore[untyped-decorator]
    async def ambassadors(self, info: Info[Context, None], topic: str | None = None,
                          departments: list[strawberry.ID] | None = None,
                          per_department: int = 1, size: int | None = None) -> AmbassadorTeam:
        topic_ids = await asyncio.to_thread(topic_ids_for, info.context.service, topic)
        team = await asyncio.to_thread(info.context.service.network.ambassadors, topic_ids,
                                       [key_of(d, "Department") for d in departments or ()],
                                       max(per_department, 1), size)
        return AmbassadorTeam(
            members=[Ambassador.of(m) for m in team.members],
            coverage=[DepartmentCoverage(department_id=d, member_ids=tuple(ms))
                      for d, ms in sorted(team.coverage.items())],
            uncovered_ids=tuple(team.uncovered),
            expected_reach=team.expected_reach, reach_fraction=team.reach_fraction)

    @strawberry.field(permission_classes=HR,
                      description="Buddy proposals for newcomers: one optimal assignment.")  # type: ignore[untyped-decorator]
    async def buddies(self, info: Info[Context, None],
                      newcomers: list[strawberry.ID] | None = None, capacity: int = 2,
                      cross_department: bool | None = False) -> BuddyProposal:
        result = await asyncio.to_thread(buddies, info.context.service, _ids(newcomers),
                                         max(capacity, 1), cross_department)
        return BuddyProposal(pairs=[BuddyPair.of(p) for p in result.pairs],
                             unmatched_ids=tuple(result.unmatched))


def _ids(values: Sequence[strawberry.ID] | None) -> list[str]:
    return [key_of(v, "Person") for v in values or ()]


