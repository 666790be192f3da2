"""The GraphQL schema (strawberry). Resolvers are async and run store calls in a thread pool."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

import strawberry
from strawberry.dataloader import DataLoader
from strawberry.extensions import ParserCache, QueryDepthLimiter, ValidationCache
from strawberry.fastapi import BaseContext
from strawberry.tools import merge_types
from strawberry.types import Info

from api.service import Service
from graph import model, ranking
from graph.errors import NotFoundError

P = ParamSpec("P")
R = TypeVar("R")
MAX_FIRST = 100


async def _run(func: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    return await asyncio.to_thread(func, *args, **kwargs)


class Context(BaseContext):
    """Per-request context: the service and DataLoaders, so nested fields batch their look-ups."""

    def __init__(self, service: Service) -> None:
        super().__init__()
        self.service = service
        self.people = DataLoader(load_fn=self._load_people)
        self.topics = DataLoader(load_fn=self._load_topics)
        self._departments: asyncio.Task[dict[str, model.Department]] | None = None

    async def _load_people(self, ids: list[str]) -> list[model.Person | None]:
        found = {p.id: p for p in await _run(self.service.store.people, ids)}
        return [found.get(i) for i in ids]

    async def _load_topics(self, ids: list[str]) -> list[model.Topic | None]:
        found = {t.id: t for t in await _run(self.service.store.topics, ids)}
        return [found.get(i) for i in ids]

    async def departments(self) -> dict[str, model.Department]:
        # one read per request, shared by resolvers that ask at the same time
        if self._departments is None:
            self._departments = asyncio.ensure_future(self._load_departments())
        return await self._departments

    async def _load_departments(self) -> dict[str, model.Department]:
        return {d.id: d for d in await _run(self.service.store.departments)}


def _ctx(info: Info[Context, None]) -> Context:
    return info.context


@strawberry.type
class Topic:
    id: strawberry.ID
    label_nl: str
    label_en: str
    aliases: list[str]
    status: str
    broader_ids: strawberry.Private[tuple[str, ...]]

    @strawberry.field
    async def broader(self, info: Info[Context, None]) -> list[Topic]:
        found = await _ctx(info).topics.load_many(list(self.broader_ids))
        return [Topic.of(t) for t in found if t]

    @staticmethod
    def of(t: model.Topic) -> Topic:
        aliases = [*t.aliases_nl, *t.aliases_en, *t.abbreviations]
        return Topic(id=strawberry.ID(t.id), label_nl=t.label_nl, label_en=t.label_en,
                     aliases=aliases, status=t.status.value, broader_ids=t.broader)


@strawberry.type
class Department:
    id: strawberry.ID
    name: str
    organisation: str
    parent_id: strawberry.Private[str | None]

    @strawberry.field
    async def parent(self, info: Info[Context, None]) -> Department | None:
        depts = await _ctx(info).departments()
        parent = depts.get(self.parent_id) if self.parent_id else None
        return Department.of(parent) if parent else None

    @strawberry.field
    async def children(self, info: Info[Context, None]) -> list[Department]:
        depts = await _ctx(info).departments()
        return [Department.of(d) for d in depts.values() if d.parent_id == self.id]

    @staticmethod
    def of(d: model.Department) -> Department:
        return Department(id=strawberry.ID(d.id), name=d.name, organisation=d.organisation,
                          parent_id=d.parent_id)


@strawberry.type
class ClaimedSkill:
    level: int | None
    ask_me_about: bool
    able_to_mentor: bool
    wants_to_learn: bool
    topic_id: strawberry.Private[str]

    @strawberry.field
    async def topic(self, info: Info[Context, None]) -> Topic | None:
        found = await _ctx(info).topics.load(self.topic_id)
        return Topic.of(found) if found else None

    @staticmethod
    def of(c: model.Claim) -> ClaimedSkill:
        return ClaimedSkill(level=c.level, ask_me_about=c.ask_me_about,
                            able_to_mentor=c.able_to_mentor, wants_to_learn=c.wants_to_learn,
                            topic_id=c.topic_id)


@strawberry.type
class Person:
    id: strawberry.ID
    name: str
    title: str | None
    location: str | None
    languages: list[str]
    department_id: strawberry.Private[str | None]
    claim_rows: strawberry.Private[tuple[model.Claim, ...]]

    @strawberry.field
    async def department(self, info: Info[Context, None]) -> Department | None:
        depts = await _ctx(info).departments()
        dept = depts.get(self.department_id) if self.department_id else None
        return Department.of(dept) if dept else None

    @strawberry.field
    def skills(self) -> list[ClaimedSkill]:
        return [ClaimedSkill.of(c) for c in self.claim_rows]

    @staticmethod
    def of(p: model.Person) -> Person:
        return Person(id=strawberry.ID(p.id), name=p.name, title=p.title, location=p.location,
                      languages=list(p.languages), department_id=p.department_id,
                      claim_rows=p.claims)


@strawberry.type
class Evidence:
    document_id: strawberry.ID
    title: str
    snippet: str
    date: dt.date | None
    url: str | None
    kind: str
    contribution: float | None = strawberry.field(
        description="Share of the person's document evidence this document gives (0..1); "
                    "null when it shows a topic rather than matching the question's words.")
    topic_id: strawberry.Private[str | None]

    @strawberry.field
    async def topic(self, info: Info[Context, None]) -> Topic | None:
        found = await _ctx(info).topics.load(self.topic_id) if self.topic_id else None
        return Topic.of(found) if found else None

    @staticmethod
    def of(e: model.Evidence, contribution: float | None = None) -> Evidence:
        return Evidence(document_id=strawberry.ID(e.document_id), title=e.title,
                        snippet=e.snippet, date=e.date, url=e.url, kind=e.kind.value,
                        contribution=contribution, topic_id=e.topic_id)


@strawberry.type(description="A topic that counted through the taxonomy, at a discount.")
class ExpandedTopic:
    weight: float = strawberry.field(description="Discount against a topic the question names.")
    via: str = strawberry.field(description="narrower or broader")
    topic_id: strawberry.Private[str]
    source_id: strawberry.Private[str | None]

    @strawberry.field
    async def topic(self, info: Info[Context, None]) -> Topic | None:
        found = await _ctx(info).topics.load(self.topic_id)
        return Topic.of(found) if found else None

    @strawberry.field(description="The question's topic it was reached from.")  # type: ignore[untyped-decorator]  # noqa: E501
    async def source(self, info: Info[Context, None]) -> Topic | None:
        found = await _ctx(info).topics.load(self.source_id) if self.source_id else None
        return Topic.of(found) if found else None


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
        found = await _ctx(info).topics.load_many(list(self.matched_topic_ids))
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


def _first(first: int) -> int:
    return max(0, min(first, MAX_FIRST))


@strawberry.type
class Query:
    @strawberry.field(description="Who knows about X: ranked colleagues with the evidence why.")  # type: ignore[untyped-decorator]  # noqa: E501
    async def experts(self, info: Info[Context, None], query: str, first: int = 10,
                      department: strawberry.ID | None = None,
                      organisation: str | None = None, location: str | None = None,
                      language: str | None = None,
                      reachable_from: strawberry.ID | None = None) -> list[Expert]:
        ctx = _ctx(info)
        filters = {"department_id": str(department) if department else None,
                   "organisation": organisation, "location": location, "language": language}
        hops: dict[str, int | None] = {}
        if reachable_from:  # expertise combined with network distance to that department
            pairs = await _run(ctx.service.experts_within_reach, query, str(reachable_from),
                               _first(first), **filters)
            results = [r for r, _ in pairs]
            hops = {r.person.id: h for r, h in pairs}
        else:
            results = await _run(ctx.service.experts, query, _first(first), **filters)
        known = ctx.service.analyser.topics  # in memory already: spare the nested look-ups
        for r in results:
            for topic_id in (*r.matched_topics, *(c.topic_id for c in r.claims),
                             *(m.topic_id for m in r.expanded_topics)):
                if topic_id in known:
                    ctx.topics.prime(topic_id, known[topic_id])
        return [Expert.of(r, hops.get(r.person.id)) for r in results]

    @strawberry.field
    async def person(self, info: Info[Context, None], id: strawberry.ID) -> Person | None:
        found = await _ctx(info).people.load(str(id))
        if found is None or found.visibility is not model.Visibility.VISIBLE:
            return None
        return Person.of(found)

    @strawberry.field
    async def department(self, info: Info[Context, None], id: strawberry.ID) -> Department | None:
        try:
            return Department.of(await _run(_ctx(info).service.department, str(id)))
        except NotFoundError:
            return None

    @strawberry.field
    async def departments(self, info: Info[Context, None]) -> list[Department]:
        depts = await _ctx(info).departments()
        return [Department.of(d) for d in sorted(depts.values(), key=lambda d: d.name)]

    @strawberry.field
    async def topics(self, info: Info[Context, None], search: str | None = None,
                     first: int = 20) -> list[Topic]:
        found = await _run(_ctx(info).service.topics, search, _first(first))
        return [Topic.of(t) for t in found]


def build_schema() -> strawberry.Schema:
    # factories: strawberry builds them per request; the parse/validation caches are shared
    extensions: list[Any] = [lambda: ParserCache(maxsize=256),
                             lambda: ValidationCache(maxsize=256),
                             lambda: QueryDepthLimiter(max_depth=10)]
    # their types build on this module's, so they are imported here
    from api.schema_feedback import Mutation
    from api.schema_network import NetworkQuery

    query = merge_types("Query", (Query, NetworkQuery))
    return strawberry.Schema(query=query, mutation=Mutation, extensions=extensions)


schema = build_schema()
