"""GraphQL mutations for topic feedback: a person confirms or rejects a topic attributed to them.

There is no authentication yet. When roles arrive, these mutations must be restricted to the
person themself (and perhaps an administrator): nobody else may confirm or reject someone's
expertise.
"""

from __future__ import annotations

import asyncio
from typing import Annotated

import strawberry
from strawberry.types import Info

from api.schema import Context, Topic
from graph import model
from graph.errors import NotFoundError

TopicVerdict = strawberry.enum(model.Verdict, name="TopicVerdict",
                               description="A person's verdict on a topic attributed to them.")


@strawberry.input
class TopicFeedbackInput:
    person_id: strawberry.ID
    topic_id: strawberry.ID = strawberry.field(
        description="A topic id, or one of its labels, aliases or abbreviations.")


@strawberry.type(description="The verdict as now stored: the last one counts.")
class TopicFeedback:
    person_id: strawberry.ID
    verdict: TopicVerdict  # type: ignore[valid-type]
    topic_id: strawberry.Private[str]

    @strawberry.field
    async def topic(self, info: Info[Context, None]) -> Topic | None:
        found = await info.context.topics.load(self.topic_id)
        return Topic.of(found) if found else None


@strawberry.type(description="The person or topic does not exist; nothing was stored.")
class UnknownPersonOrTopic:
    message: str
    field: str = strawberry.field(description="personId or topicId")


TopicFeedbackResult = Annotated[TopicFeedback | UnknownPersonOrTopic,
                                strawberry.union("TopicFeedbackResult")]


async def _give(info: Info[Context, None], data: TopicFeedbackInput,
                verdict: model.Verdict) -> TopicFeedback | UnknownPersonOrTopic:
    service = info.context.service
    try:
        await asyncio.to_thread(service.person, str(data.person_id))
    except NotFoundError as exc:
        return UnknownPersonOrTopic(message=str(exc), field="personId")
    try:
        given = await asyncio.to_thread(service.give_feedback, str(data.person_id),
                                        str(data.topic_id), verdict)
    except NotFoundError as exc:
        return UnknownPersonOrTopic(message=str(exc), field="topicId")
    return TopicFeedback(person_id=strawberry.ID(given.person_id), verdict=given.verdict,
                         topic_id=given.topic_id)


@strawberry.type
class Mutation:
    @strawberry.mutation(description="A person confirms a topic attributed to them: it then "
                                     "weighs more in who-knows rankings.")  # type: ignore[untyped-decorator]  # noqa: E501
    async def confirm_topic(self, info: Info[Context, None],
                            input: TopicFeedbackInput) -> TopicFeedbackResult:
        return await _give(info, input, model.Verdict.CONFIRMED)

    @strawberry.mutation(description="A person rejects a topic attributed to them: it then no "
                                      "longer counts for them.")  # type: ignore[untyped-decorator]  # noqa: E501
    async def reject_topic(self, info: Info[Context, None],
                           input: TopicFeedbackInput) -> TopicFeedbackResult:
        return await _give(info, input, model.Verdict.REJECTED)
