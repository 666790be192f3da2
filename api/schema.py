"""The GraphQL schema (strawberry): context, permissions and the core types.

Resolvers are async and run store calls in a thread pool; DataLoaders batch nested look-ups.
Who may see what is decided here, in one place: the permission classes below and the
personal-field checks on ``Person`` (README "Privacy and security" has the matrix).
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

import strawberry
from strawberry.dataloader import DataLoader
from strawberry.fastapi import BaseContext
from strawberry.permission import BasePermission
from strawberry.types import Info

from api import profile
from api.auth import LOCAL, Principal, Role
from api.relay import Connection, connection, to_global
from api.service import Service
from graph import model, ranking

P = ParamSpec("P")
R = TypeVar("R")


async def run(func: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    return await asyncio.to_thread(func, *args, **kwargs)


class Context(BaseContext):
    """Per request: the service, who asks, and DataLoaders so nested fields batch look-ups."""

    def __init__(self, service: Service, principal: Principal = LOCAL) -> None:
        super().__init__()
        self.service = service
        self.principal = principal
        self.people = DataLoader(load_fn=self._load_people)
        self.topics = DataLoader(load_fn=self._load_topics)
        self._departments: asyncio.Task[dict[str, model.Department]] | None = None
        self.memo: dict[Any, asyncio.Future[Any]] = {}  # per-request results (api.schema_health)

    async def _load_people(self, ids: list[str]) -> list[model.Person | None]:
        found = {p.id: p for p in await run(self.service.store.people, ids)}
        return [found.get(i) for i in ids]

    async def _load_topics(self, ids: list[str]) -> list[model.Topic | None]:
        found = {t.id: t for t in await run(self.service.store.topics, ids)}
        return [found.get(i) for i in ids]

    async def departments(self) -> dict[str, model.Department]:
        # one read per request, shared by resolvers that ask at the same time
        if self._departments is None:
            self._departments = asyncio.ensure_future(self._load_departments())
        return await self._departments

    async def _load_departments(self) -> dict[str, model.Department]:
        return {d.id: d for d in await run(self.service.store.departments)}

    async def asker(self) -> tuple[str | None, str | None]:
        """The organisation the question comes from (of the principal's own person, if any),
        and who asks (their person id, else the principal)."""
        me = await self.people.load(self.principal.person_id) if self.principal.person_id else None
        dept = (await self.departments()).get(me.department_id or "") if me else None
        return (dept.organisation if dept else None,
                self.principal.person_id or self.principal.subject)

    async def person(self, key: str) -> model.Person | None:
        """A person this principal may see: visible ones, and hidden ones to themselves or
        an administrator."""
        found = await self.people.load(key)
        if found is None or (found.visibility is not model.Visibility.VISIBLE
                             and not self.principal.may_manage(key)):
            return None
        return found


def ctx(info: Info[Context, None]) -> Context:
    return info.context


class _HasRole(BasePermission):
    role = Role.EMPLOYEE
    error_extensions = {"code": "FORBIDDEN"}

    @property
    def message(self) -> str:  # type: ignore[override]
        return f"this needs the {self.role.value} role"

    def has_permission(self, source: Any, info: Info[Context, None], **kwargs: Any) -> bool:
        return self.role in info.context.principal.roles


class IsEmployee(_HasRole):
    role = Role.EMPLOYEE


class IsHr(_HasRole):
    role = Role.HR


class IsAdmin(_HasRole):
    role = Role.ADMIN


EMPLOYEE: list[type[BasePermission]] = [IsEmployee]
HR: list[type[BasePermission]] = [IsHr]
ADMIN: list[type[BasePermission]] = [IsAdmin]


@strawberry.interface(description="An object with a global id (Relay).")
class Node:
    id: strawberry.ID
    key: str = strawberry.field(description="The id in the source data (employee number, "
                                            "department code, topic id).")


@strawberry.type
class Topic(Node):
    label_nl: str
    label_en: str
    aliases: list[str]
    status: str
    broader_ids: strawberry.Private[tuple[str, ...]]

    @strawberry.field
    async def broader(self, info: Info[Context, None]) -> list[Topic]:
        found = await ctx(info).topics.load_many(list(self.broader_ids))
        return [Topic.of(t) for t in found if t]

    @staticmethod
    def of(t: model.Topic) -> Topic:
        aliases = [*t.aliases_nl, *t.aliases_en, *t.abbreviations]
        return Topic(id=to_global("Topic", t.id), key=t.id, label_nl=t.label_nl,
                     label_en=t.label_en, aliases=aliases, status=t.status.value,
                     broader_ids=t.broader)


async def topic_of(info: Info[Context, None], topic_id: str | None) -> Topic | None:
    found = await ctx(info).topics.load(topic_id) if topic_id else None
    return Topic.of(found) if found else None


@strawberry.type
class Department(Node):
    name: str
    organisation: str
    parent_id: strawberry.Private[str | None]

    @strawberry.field
    async def parent(self, info: Info[Context, None]) -> Department | None:
        depts = await ctx(info).departments()
        parent = depts.get(self.parent_id) if self.parent_id else None
        return Department.of(parent) if parent else None

    @strawberry.field
    async def children(self, info: Info[Context, None]) -> list[Department]:
        depts = await ctx(info).departments()
        return [Department.of(d) for d in sorted(depts.values(), key=lambda d: d.name)
                if d.parent_id == self.key]

    @strawberry.field(description="Visible members of this department (not sub-departments).")  # type: ignore[untyped-decorator]  # noqa: E501
    async def members(self, info: Info[Context, None], first: int,
                      after: str | None = None) -> Connection[Person]:
        people = await run(profile.members, ctx(info).service, self.key)
        return connection([Person.of(p) for p in people], first, after)

    @strawberry.field(description="The topics its members know best, with who knows them.")  # type: ignore[untyped-decorator]  # noqa: E501
    async def topics(self, info: Info[Context, None], first: int,
                     after: str | None = None) -> Connection[DepartmentTopic]:
        rows = await run(profile.department_topics, ctx(info).service, self.key)
        return connection([DepartmentTopic(score=s, topic_id=t, person_ids=tuple(ps))
                           for t, s, ps in rows], first, after)

    @staticmethod
    def of(d: model.Department) -> Department:
        return Department(id=to_global("Department", d.id), key=d.id, name=d.name,
                          organisation=d.organisation, parent_id=d.parent_id)


@strawberry.type
class DepartmentTopic:
    score: float = strawberry.field(description="Summed expertise of its members (0..n).")
    topic_id: strawberry.Private[str]
    person_ids: strawberry.Private[tuple[str, ...]]

    @strawberry.field
    async def topic(self, info: Info[Context, None]) -> Topic | None:
        return await topic_of(info, self.topic_id)

    @strawberry.field(description="The members who know it best (at most three).")  # type: ignore[untyped-decorator]  # noqa: E501
    async def people(self, info: Info[Context, None]) -> list[Person]:
        found = [await ctx(info).person(p) for p in self.person_ids]
        return [Person.of(p) for p in found if p]


@strawberry.type
class ClaimedSkill:
    level: int | None
    ask_me_about: bool
    able_to_mentor: bool
    wants_to_learn: bool
    topic_id: strawberry.Private[str]

    @strawberry.field
    async def topic(self, info: Info[Context, None]) -> Topic | None:
        return await topic_of(info, self.topic_id)

    @staticmethod
    def of(c: model.Claim) -> ClaimedSkill:
        return ClaimedSkill(level=c.level, ask_me_about=c.ask_me_about,
                            able_to_mentor=c.able_to_mentor, wants_to_learn=c.wants_to_learn,
                            topic_id=c.topic_id)


Visibility = strawberry.enum(model.Visibility, name="Visibility")
TopicVerdict = strawberry.enum(model.Verdict, name="TopicVerdict",
                               description="A person's verdict on a topic attributed to them.")


@strawberry.type(description="What the store holds on a person for one topic.")
class PersonTopic:
    score: float = strawberry.field(description="Derived expertise (KNOWS), 0 when only claimed.")
    evidence_count: int
    last_evidence: dt.date | None
    verdict: TopicVerdict | None = strawberry.field(  # type: ignore[valid-type]
        description="The person's own confirm/reject; shown to them, hr and admin only.")
    claimed: bool
    topic_id: strawberry.Private[str]

    @strawberry.field
    async def topic(self, info: Info[Context, None]) -> Topic | None:
        return await topic_of(info, self.topic_id)


@strawberry.type(description="A document a person wrote, with the topics found in it.")
class AuthoredDocument:
    document_id: strawberry.ID
    title: str
    date: dt.date | None
    url: str | None
    snippet: str
    language: str = strawberry.field(
        description="The document's language as a BCP 47 code: nl or en.")
    topic_ids: strawberry.Private[tuple[str, ...]]

    @strawberry.field
    async def topics(self, info: Info[Context, None]) -> list[Topic]:
        found = await ctx(info).topics.load_many(list(self.topic_ids))
        return [Topic.of(t) for t in found if t]


@strawberry.type
class Colleague:
    weight: float = strawberry.field(description="Tie strength in the collaboration graph.")
    kinds: list[str] = strawberry.field(description="What the tie is made of: coauthor, "
                                                    "manager, team, interaction, topic.")
    person: Person


def _personal(info: Info[Context, None], person_id: str) -> bool:
    return ctx(info).principal.may_see_personal(person_id)


@strawberry.type
class Person(Node):
    name: str
    title: str | None
    location: str | None
    languages: list[str]
    row: strawberry.Private[model.Person]

    @strawberry.field
    async def department(self, info: Info[Context, None]) -> Department | None:
        depts = await ctx(info).departments()
        dept = depts.get(self.row.department_id) if self.row.department_id else None
        return Department.of(dept) if dept else None

    @strawberry.field(description="Self-declared skills from the profile.")  # type: ignore[untyped-decorator]  # noqa: E501
    def skills(self) -> list[ClaimedSkill]:
        return [ClaimedSkill.of(c) for c in self.row.claims]

    @strawberry.field(description="Topics the person marked 'ask me about'.")  # type: ignore[untyped-decorator]  # noqa: E501
    async def ask_me_about(self, info: Info[Context, None]) -> list[Topic]:
        ids = [c.topic_id for c in self.row.claims if c.ask_me_about]
        return [Topic.of(t) for t in await ctx(info).topics.load_many(ids) if t]

    @strawberry.field(description="Topics with their evidence strength, strongest first.")  # type: ignore[untyped-decorator]  # noqa: E501
    async def topics(self, info: Info[Context, None], first: int,
                     after: str | None = None) -> Connection[PersonTopic]:
        rows = await run(profile.person_topics, ctx(info).service, self.key)
        show = _personal(info, self.key)
        return connection([PersonTopic(score=r.score, evidence_count=r.evidence_count,
                                       last_evidence=r.last_date, claimed=r.claimed,
                                       verdict=r.verdict if show else None, topic_id=r.topic_id)
                           for r in rows], first, after)

    @strawberry.field(description="Documents the person wrote, newest first.")  # type: ignore[untyped-decorator]  # noqa: E501
    async def documents(self, info: Info[Context, None], first: int,
                        after: str | None = None) -> Connection[AuthoredDocument]:
        rows = await run(profile.person_documents, ctx(info).service, self.key)
        return connection([AuthoredDocument(document_id=strawberry.ID(d.document_id),
                                            title=d.title, date=d.date, url=d.url,
                                            snippet=d.snippet, language=d.language,
                                            topic_ids=d.topic_ids)
                           for d in rows], first, after)

    @strawberry.field(description="Close colleagues in the collaboration graph, closest first.")  # type: ignore[untyped-decorator]  # noqa: E501
    async def colleagues(self, info: Info[Context, None], first: int,
                         after: str | None = None) -> Connection[Colleague]:
        rows = await run(profile.colleagues, ctx(info).service, self.key)
        out = []
        for pid, weight, kinds in rows:
            found = await ctx(info).person(pid)
            if found:
                out.append(Colleague(weight=weight, kinds=list(kinds), person=Person.of(found)))
        return connection(out, first, after)

    # ---- personal fields: the person themself, hr and admin; null for everyone else
    @strawberry.field(description="Personal: the person, hr and admin only (else null).")  # type: ignore[untyped-decorator]  # noqa: E501
    def email(self, info: Info[Context, None]) -> str | None:
        return self.row.email if _personal(info, self.key) else None

    @strawberry.field(description="Personal: the person, hr and admin only (else null).")  # type: ignore[untyped-decorator]  # noqa: E501
    def start_date(self, info: Info[Context, None]) -> dt.date | None:
        return self.row.start_date if _personal(info, self.key) else None

    @strawberry.field(description="Personal: the person, hr and admin only (else null).")  # type: ignore[untyped-decorator]  # noqa: E501
    async def manager(self, info: Info[Context, None]) -> Person | None:
        if not _personal(info, self.key) or not self.row.manager_id:
            return None
        found = await ctx(info).person(self.row.manager_id)
        return Person.of(found) if found else None

    @strawberry.field(description="Personal: the person, hr and admin only (else null).")  # type: ignore[untyped-decorator]  # noqa: E501
    def visibility(self, info: Info[Context, None]) -> Visibility | None:  # type: ignore[valid-type]
        return self.row.visibility if _personal(info, self.key) else None

    @strawberry.field(description="Whether topics found in documents count (personal).")  # type: ignore[untyped-decorator]  # noqa: E501
    def infer_topics(self, info: Info[Context, None]) -> bool | None:
        return self.row.infer_topics if _personal(info, self.key) else None

    @strawberry.field(description="Never proposed as a buddy (personal).")  # type: ignore[untyped-decorator]  # noqa: E501
    def buddy_opt_out(self, info: Info[Context, None]) -> bool | None:
        return self.row.buddy_opt_out if _personal(info, self.key) else None

    @strawberry.field(description="Accepted buddy pairings as newcomer or buddy (personal).")  # type: ignore[untyped-decorator]  # noqa: E501
    async def buddy_pairings(self, info: Info[Context, None]) -> list[BuddyPairing] | None:
        if not _personal(info, self.key):
            return None
        rows = await run(ctx(info).service.store.pairings, [self.key])
        return [BuddyPairing(accepted_on=r.accepted_on, newcomer_id=r.newcomer_id,
                             buddy_id=r.buddy_id) for r in rows]

    @strawberry.field(description="Who looked this person up (hr/admin look-ups from the audit "
                                  "log): for the person themself and admin; else null.")  # type: ignore[untyped-decorator]  # noqa: E501
    async def lookups(self, info: Info[Context, None]) -> list[Lookup] | None:
        if not ctx(info).principal.may_manage(self.key):
            return None
        rows = await run(ctx(info).service.store.audit_log, None, self.key)
        return [Lookup(at=r.at, by=r.actor, role=r.role, action=r.action) for r in rows]

    @staticmethod
    def of(p: model.Person) -> Person:
        return Person(id=to_global("Person", p.id), key=p.id, name=p.name, title=p.title,
                      location=p.location, languages=list(p.languages), row=p)


@strawberry.type
class BuddyPairing:
    accepted_on: dt.date
    newcomer_id: strawberry.Private[str]
    buddy_id: strawberry.Private[str]

    @strawberry.field
    async def newcomer(self, info: Info[Context, None]) -> Person | None:
        found = await ctx(info).person(self.newcomer_id)
        return Person.of(found) if found else None

    @strawberry.field
    async def buddy(self, info: Info[Context, None]) -> Person | None:
        found = await ctx(info).person(self.buddy_id)
        return Person.of(found) if found else None


@strawberry.type(description="An hr/admin look-up of a person, as the audit log holds it.")
class Lookup:
    at: dt.datetime
    by: str
    role: str
    action: str


@strawberry.type
class Evidence:
    document_id: strawberry.ID
    title: str
    snippet: str
    date: dt.date | None
    url: str | None
    kind: str
    language: str = strawberry.field(
        description="The document's language as a BCP 47 code: nl or en.")
    contribution: float | None = strawberry.field(
        description="Share of the person's document evidence this document gives (0..1); "
                    "null when it shows a topic rather than matching the question's words.")
    topic_id: strawberry.Private[str | None]

    @strawberry.field
    async def topic(self, info: Info[Context, None]) -> Topic | None:
        return await topic_of(info, self.topic_id)

    @staticmethod
    def of(e: model.Evidence, contribution: float | None = None) -> Evidence:
        return Evidence(document_id=strawberry.ID(e.document_id), title=e.title,
                        snippet=e.snippet, date=e.date, url=e.url, kind=e.kind.value,
                        language=e.language, contribution=contribution, topic_id=e.topic_id)


@strawberry.type(description="A topic that counted through the taxonomy, at a discount.")
class ExpandedTopic:
    weight: float = strawberry.field(description="Discount against a topic the question names.")
    via: str = strawberry.field(description="narrower or broader")
    topic_id: strawberry.Private[str]
    source_id: strawberry.Private[str | None]

    @strawberry.field
    async def topic(self, info: Info[Context, None]) -> Topic | None:
        return await topic_of(info, self.topic_id)

    @strawberry.field(description="The question's topic it was reached from.")  # type: ignore[untyped-decorator]  # noqa: E501
    async def source(self, info: Info[Context, None]) -> Topic | None:
        return await topic_of(info, self.source_id)


@strawberry.type(description="The parts of a score, each 0..1: documents, topics, claims.")
class ScoreParts:
    text: float
    topic: float
    claim: float


@strawberry.type
class Expert:
    person: Person
    score: float
    evidence: list[Evidence]
    claims: list[ClaimedSkill]
    last_evidence: dt.date | None
    score_parts: ScoreParts
    expanded_topics: list[ExpandedTopic]
    hops_to_department: int | None = strawberry.field(
        description="With reachableFrom: collaboration-graph hops to that department's nearest "
                    "member (0: a member; null: no path).")
    matched_topic_ids: strawberry.Private[tuple[str, ...]]

    @strawberry.field
    async def matched_topics(self, info: Info[Context, None]) -> list[Topic]:
        found = await ctx(info).topics.load_many(list(self.matched_topic_ids))
        return [Topic.of(t) for t in found if t]

    @staticmethod
    def of(r: ranking.ExpertResult, hops: int | None = None) -> Expert:
        parts = ScoreParts(text=r.components.get("text", 0.0),
                           topic=r.components.get("topic", 0.0),
                           claim=r.components.get("claim", 0.0))
        return Expert(person=Person.of(r.person), score=r.score,
                      evidence=[Evidence.of(e, r.contributions.get(e.document_id))
                                for e in r.evidence],
                      claims=[ClaimedSkill.of(c) for c in r.claims],
                      last_evidence=r.last_evidence, score_parts=parts,
                      expanded_topics=[ExpandedTopic(weight=m.weight, via=m.via,
                                                     topic_id=m.topic_id, source_id=m.source)
                                       for m in r.expanded_topics],
                      hops_to_department=hops, matched_topic_ids=r.matched_topics)


@strawberry.type(description="Who is asking: roles and, for an employee, their own profile.")
class Viewer:
    roles: list[str]
    authenticated_by: str = strawberry.field(description="api-key, oidc or local")
    person_id: strawberry.Private[str | None]

    @strawberry.field(description="The viewer's own profile, hidden or not.")  # type: ignore[untyped-decorator]  # noqa: E501
    async def person(self, info: Info[Context, None]) -> Person | None:
        found = await ctx(info).person(self.person_id) if self.person_id else None
        return Person.of(found) if found else None


def build_schema(extensions: list[Any] | None = None,
                 config: Any | None = None) -> strawberry.Schema:
    """The schema; ``extensions``/``config`` are the hardening for the settings in use
    (api.hardening). Without them: development defaults (depth limit 10, caches)."""
    from strawberry.extensions import ParserCache, QueryDepthLimiter, ValidationCache

    # their types build on this module's, so they are imported here
    from api.schema_mutations import Mutation
    from api.schema_query import Query

    default: list[Any] = [lambda: ParserCache(maxsize=256), lambda: ValidationCache(maxsize=256),
                          lambda: QueryDepthLimiter(max_depth=10)]
    return strawberry.Schema(query=Query, mutation=Mutation,
                             extensions=extensions if extensions is not None else default,
                             types=[Person, Department, Topic], config=config)
