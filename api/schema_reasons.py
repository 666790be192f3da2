"""GraphQL ``Reason``: why an analysis proposes someone, as data a client can translate."""

from __future__ import annotations

from collections.abc import Iterable

import strawberry

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

    @staticmethod
    def of(r: graph_reasons.Reason) -> Reason:
        return Reason(code=r.code, count=r.count, value=r.value, items=list(r.items),
                      via=Reason.of(r.via) if r.via else None, text=str(r))

    @staticmethod
    def all(rs: Iterable[graph_reasons.Reason]) -> list[Reason]:
        return [Reason.of(r) for r in rs]
