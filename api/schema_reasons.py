"""GraphQL ``Reason``: why an analysis proposes someone, as data a client can translate."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

import strawberry
from strawberry.types import Info

from api.schema import Context, ctx
from graph import reasons as graph_reasons

ReasonCode = strawberry.enum(
    graph_reasons.ReasonCode,
    description="What a reason says. count/value/items per code: reaches_departments (count), "
                "knows_the_topic (value 0..1), covers_departments (items: departments), "
                "strong_bridge and well_connected (value: bridge score), adds_reach (value: "
                "people), shares_topics (count, items: topics), tenure (count: years), "
                "same_department, other_department (items: department), knows_topic (items: "
                "topic, count: taxonomy steps away, value: strength), wrote_about (value), "
                "works_with (items: colleague, via: their reason), keeps, knows_some (value: "
                "strength), knows_related (items: topic), wants_to_learn, learns_from_team and "
                "learns_from_outside (items: mentor), learns_from_sources, load (count: topics).")


@strawberry.type(description="A topic, person or department a reason names, with its name.")
class ReasonItem:
    key: str
    kind: str = strawberry.field(description="topic, person or department")
    name: str = strawberry.field(
        description="The person's or department's name, the topic's Dutch label; the key when "
                    "it is unknown or the person is not visible to the asker.")
    name_en: str = strawberry.field(description="The topic's English label; else as name.")


@strawberry.type(description="One reason, as data: a code with the numbers and ids it names, so "
                             "that a client can say it in its own language; `text` is English.")
class Reason:
    code: ReasonCode  # type: ignore[valid-type]
    count: int | None
    value: float | None
    items: list[str] = strawberry.field(
        description="Keys of the topics, departments or people the reason names (see code).")
    via: Reason | None = strawberry.field(description="For works_with: the colleague's reason.")
    text: str = strawberry.field(description="The reason as an English sentence fragment.")
    kind: strawberry.Private[str | None] = None

    @strawberry.field(description="The items with their kind and name (batched look-ups, not "
                                  "audited as look-ups of a person).")  # type: ignore[untyped-decorator]  # noqa: E501
    async def named(self, info: Info[Context, None]) -> list[ReasonItem]:
        c = ctx(info)
        if self.kind == "topic":
            topics = await c.topics.load_many(self.items)
            return [ReasonItem(key=k, kind="topic", name=t.label_nl if t else k,
                               name_en=t.label_en if t else k)
                    for k, t in zip(self.items, topics, strict=True)]
        if self.kind == "person":
            people = await asyncio.gather(*(c.person(k) for k in self.items))
            return [ReasonItem(key=k, kind="person", name=p.name if p else k,
                               name_en=p.name if p else k)
                    for k, p in zip(self.items, people, strict=True)]
        if self.kind == "department":
            depts = await c.departments()
            names = [depts[k].name if k in depts else k for k in self.items]
            return [ReasonItem(key=k, kind="department", name=n, name_en=n)
                    for k, n in zip(self.items, names, strict=True)]
        return []

    @staticmethod
    def of(r: graph_reasons.Reason) -> Reason:
        return Reason(code=r.code, count=r.count, value=r.value, items=list(r.items),
                      via=Reason.of(r.via) if r.via else None, text=str(r),
                      kind=graph_reasons.ITEM_KINDS.get(r.code))

    @staticmethod
    def all(rs: Iterable[graph_reasons.Reason]) -> list[Reason]:
        return [Reason.of(r) for r in rs]
