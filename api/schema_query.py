"""The root Query: experts, people, departments, topics, the viewer, and the network fields."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.types import Info

from api.auth import Role
from api.relay import (
    Connection,
    UserInputError,
    check_first,
    connection,
    from_global,
    key_of,
    offset_after,
)
from api.schema import (
    ADMIN,
    EMPLOYEE,
    Context,
    Department,
    Expert,
    Node,
    Person,
    Topic,
    Viewer,
    ctx,
    run,
)
from api.schema_health import HealthQuery
from api.schema_network import NetworkQuery
from graph import model
from graph.model import AuditEntry, fold


async def audit(info: Info[Context, None], subject_id: str, action: str, query: str = "") -> None:
    """Log a look-up of one individual by hr or admin (not of themselves)."""
    c = ctx(info)
    principal = c.principal
    roles = principal.roles & {Role.HR, Role.ADMIN}
    if not roles or principal.person_id == subject_id or not c.service.audit_lookups:
        return
    await run(c.service.store.log_audit, AuditEntry(
        dt.datetime.now(dt.UTC), principal.subject, ",".join(sorted(r.value for r in roles)),
        subject_id, action, query, principal.person_id))


@strawberry.type(description="One entry of the audit log: an hr/admin look-up of a person.")
class AuditLogEntry:
    at: dt.datetime
    actor: str
    role: str
    subject_key: str
    action: str
    query: str


@strawberry.type
class Query(NetworkQuery, HealthQuery):
    @strawberry.field(permission_classes=EMPLOYEE,
                      description="Any object by its global id.")  # type: ignore[untyped-decorator]
    async def node(self, info: Info[Context, None], id: strawberry.ID) -> Node | None:
        decoded = from_global(str(id))
        if decoded is None:
            raise UserInputError(f"not a global id: {id!r}")
        kind, key = decoded
        found: Node | None = None
        if kind == "Person":
            found = await Query.person(self, info, id)
        elif kind == "Department":
            found = await Query.department(self, info, id)
        elif kind == "Topic":
            found = await Query.topic(self, info, id)
        return found

    @strawberry.field(description="Who is asking.")  # type: ignore[untyped-decorator]
    def viewer(self, info: Info[Context, None]) -> Viewer:
        p = ctx(info).principal
        return Viewer(roles=sorted(r.value for r in p.roles), authenticated_by=p.via,
                      person_id=p.person_id)

    @strawberry.field(permission_classes=EMPLOYEE,
                      description="Who knows about X: ranked colleagues with the evidence why.")  # type: ignore[untyped-decorator]
    async def experts(self, info: Info[Context, None], query: str, first: int,
                      after: str | None = None, department: strawberry.ID | None = None,
                      organisation: str | None = None, location: str | None = None,
                      language: str | None = None,
                      reachable_from: strawberry.ID | None = None) -> Connection[Expert]:
        c = ctx(info)
        want = offset_after(after) + check_first(first) + 1  # one more: is there a next page
        asker = await c.asker()
        filters: dict[str, str | None] = {
            "department_id": key_of(department, "Department") if department else None,
            "organisation": organisation, "location": location, "language": language,
            "asker_organisation": asker[0],
            "searcher": asker[1] if c.service.log_searcher else None}
        hops: dict[str, int | None] = {}
        if reachable_from:  # expertise combined with network distance to that department
            pairs = await run(c.service.experts_within_reach, query,
                              key_of(reachable_from, "Department"), want, **filters)
            results = [r for r, _ in pairs]
            hops = {r.person.id: h for r, h in pairs}
        else:
            results = await run(c.service.experts, query, want, **filters)
        known = c.service.analyser.topics  # in memory already: spare the nested look-ups
        for r in results:
            for topic_id in (*r.matched_topics, *(cl.topic_id for cl in r.claims),
                             *(m.topic_id for m in r.expanded_topics)):
                if topic_id in known:
                    c.topics.prime(topic_id, known[topic_id])
        return connection([Expert.of(r, hops.get(r.person.id)) for r in results], first, after,
                          complete=len(results) < want)

    @strawberry.field(permission_classes=EMPLOYEE,
                      description="A person by id or employee number; null when hidden.")  # type: ignore[untyped-decorator]
    async def person(self, info: Info[Context, None], id: strawberry.ID) -> Person | None:
        key = key_of(id, "Person")
        found = await ctx(info).person(key)
        if found:
            await audit(info, key, "person")
        return Person.of(found) if found else None

    @strawberry.field(permission_classes=EMPLOYEE,
                      description="Visible people by name (any part), optionally in a department.")  # type: ignore[untyped-decorator]
    async def people(self, info: Info[Context, None], first: int, after: str | None = None,
                     search: str | None = None,
                     department: strawberry.ID | None = None) -> Connection[Person]:
        check_first(first)
        everyone = await run(ctx(info).service.store.people)
        needle = fold(search) if search else ""
        dept = key_of(department, "Department") if department else None
        found = [p for p in everyone if p.visibility is model.Visibility.VISIBLE
                 and needle in fold(p.name) and (dept is None or p.department_id == dept)]
        found.sort(key=lambda p: (not fold(p.name).startswith(needle), p.name, p.id))
        return connection([Person.of(p) for p in found], first, after)

    @strawberry.field(permission_classes=EMPLOYEE)  # type: ignore[untyped-decorator]
    async def department(self, info: Info[Context, None], id: strawberry.ID) -> Department | None:
        found = (await ctx(info).departments()).get(key_of(id, "Department"))
        return Department.of(found) if found else None

    @strawberry.field(permission_classes=EMPLOYEE)  # type: ignore[untyped-decorator]
    async def departments(self, info: Info[Context, None], first: int, after: str | None = None,
                          organisation: str | None = None) -> Connection[Department]:
        depts = sorted((await ctx(info).departments()).values(), key=lambda d: (d.name, d.id))
        return connection([Department.of(d) for d in depts
                           if organisation is None or d.organisation == organisation],
                          first, after)

    @strawberry.field(permission_classes=EMPLOYEE)  # type: ignore[untyped-decorator]
    async def topic(self, info: Info[Context, None], id: strawberry.ID) -> Topic | None:
        found = await ctx(info).topics.load(key_of(id, "Topic"))
        return Topic.of(found) if found else None

    @strawberry.field(permission_classes=EMPLOYEE,
                      description="Topics whose label, alias or abbreviation contains the search.")  # type: ignore[untyped-decorator]
    async def topics(self, info: Info[Context, None], first: int, after: str | None = None,
                     search: str | None = None) -> Connection[Topic]:
        found = await run(ctx(info).service.topics, search, None)
        return connection([Topic.of(t) for t in found], first, after)

    @strawberry.field(permission_classes=ADMIN,
                      description="HR and admin look-ups of individuals, newest first.")  # type: ignore[untyped-decorator]
    async def audit_log(self, info: Info[Context, None], first: int, after: str | None = None,
                        person: strawberry.ID | None = None,
                        since: dt.datetime | None = None) -> Connection[AuditLogEntry]:
        rows = await run(ctx(info).service.store.audit_log, since,
                         key_of(person, "Person") if person else None)
        return connection([AuditLogEntry(at=r.at, actor=r.actor, role=r.role,
                                         subject_key=r.subject_id, action=r.action,
                                         query=r.query) for r in reversed(rows)], first, after)
