"""GraphQL mutations: verb first, one ``input``, a payload that carries ``userErrors``.

Expected problems (an unknown person, a wrong record in an import) are user errors in the
payload and nothing is written; not being allowed is a ``FORBIDDEN`` error. A person manages
their own profile (confirm, reject, visibility, inferred topics, buddy opt-out); an
administrator may do so for anyone. hr accepts buddy pairings; admin imports, erases and
manages keys and policies.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from api import privacy
from api.auth import create_api_key, parse_role, revoke_api_key
from api.relay import Forbidden, key_of
from api.schema import (
    ADMIN,
    EMPLOYEE,
    HR,
    Context,
    Person,
    Topic,
    TopicVerdict,
    Visibility,
    ctx,
    run,
)
from graph import model
from graph.errors import ConfigurationError, InvalidInputError, NotFoundError

MAX_RECORDS = 500  # records per upsertPeople / ingestDocuments call


@strawberry.type(description="A problem with the input; nothing was written.")
class UserError:
    field: list[str] | None = strawberry.field(description="Path to the input field at fault.")
    message: str
    code: str = strawberry.field(description="NOT_FOUND, INVALID or TOO_MANY")


def _not_found(exc: Exception, *path: str) -> list[UserError]:
    return [UserError(field=["input", *path], message=str(exc), code="NOT_FOUND")]


async def _manageable(info: Info[Context, None], person: strawberry.ID) -> str:
    key = key_of(person, "Person")
    if not ctx(info).principal.may_manage(key):
        raise Forbidden("only the person themself or an administrator may change this")
    return key


@strawberry.input
class TopicVerdictInput:
    person_id: strawberry.ID
    topic: str = strawberry.field(description="A topic id, or one of its labels or aliases.")


@strawberry.type
class TopicVerdictPayload:
    verdict: TopicVerdict | None  # type: ignore[valid-type]
    user_errors: list[UserError]
    topic_id: strawberry.Private[str | None] = None
    person_row: strawberry.Private[model.Person | None] = None

    @strawberry.field
    async def topic(self, info: Info[Context, None]) -> Topic | None:
        found = await ctx(info).topics.load(self.topic_id) if self.topic_id else None
        return Topic.of(found) if found else None

    @strawberry.field
    def person(self) -> Person | None:
        return Person.of(self.person_row) if self.person_row else None


async def _verdict(info: Info[Context, None], data: TopicVerdictInput,
                   verdict: model.Verdict) -> TopicVerdictPayload:
    key = await _manageable(info, data.person_id)
    service = ctx(info).service
    try:
        person = await run(service.person, key)
    except NotFoundError as exc:
        return TopicVerdictPayload(verdict=None, user_errors=_not_found(exc, "personId"))
    try:
        given = await run(service.give_feedback, key, data.topic, verdict)
    except NotFoundError as exc:
        return TopicVerdictPayload(verdict=None, user_errors=_not_found(exc, "topic"))
    return TopicVerdictPayload(verdict=given.verdict, user_errors=[], topic_id=given.topic_id,
                               person_row=person)


@strawberry.type
class PersonPayload:
    user_errors: list[UserError]
    row: strawberry.Private[model.Person | None] = None

    @strawberry.field
    def person(self) -> Person | None:
        return Person.of(self.row) if self.row else None


async def _privacy(info: Info[Context, None], person: strawberry.ID,
                   **choice: Any) -> PersonPayload:
    key = await _manageable(info, person)
    try:
        row = await run(privacy.set_privacy, ctx(info).service, key, **choice)
    except NotFoundError as exc:
        return PersonPayload(user_errors=_not_found(exc, "personId"))
    return PersonPayload(user_errors=[], row=row)


@strawberry.input
class SetVisibilityInput:
    person_id: strawberry.ID
    visibility: Visibility  # type: ignore[valid-type]


@strawberry.input
class SetTopicInferenceInput:
    person_id: strawberry.ID
    enabled: bool = strawberry.field(description="False: topics found in documents no longer "
                                                 "count for this person; only confirmed ones.")


@strawberry.input
class SetBuddyOptOutInput:
    person_id: strawberry.ID
    opt_out: bool


@strawberry.input
class AcceptBuddyPairingInput:
    newcomer_id: strawberry.ID
    buddy_id: strawberry.ID


@strawberry.type
class BuddyPairingPayload:
    accepted_on: dt.date | None
    user_errors: list[UserError]


@strawberry.input
class ErasePersonInput:
    person_id: strawberry.ID


@strawberry.type
class RemovedCount:
    kind: str
    count: int


@strawberry.type
class ErasePersonPayload:
    erased_key: str | None
    removed: list[RemovedCount]
    user_errors: list[UserError]


@strawberry.input
class SetInferencePolicyInput:
    department: strawberry.ID | None = None
    organisation: str | None = None
    infer_from_documents: bool | None = strawberry.field(
        default=None, description="False: topics found in documents of its people do not count.")
    findable_by_other_organisations: bool | None = strawberry.field(
        default=None, description="Organisation only. False: its people are found only from "
                                  "within the organisation.")


@strawberry.type
class PolicyPayload:
    applied: bool
    user_errors: list[UserError]


@strawberry.input
class RecordsInput:
    records: list[JSON] = strawberry.field(
        description="Records in the JSONL import format (README 'Import formats'), at most 500.")


@strawberry.type
class IngestPayload:
    people: int
    documents: int
    mentions: int
    user_errors: list[UserError]


@strawberry.input
class CreateApiKeyInput:
    name: str
    role: str = strawberry.field(description="employee, hr or admin")
    person_id: strawberry.ID | None = strawberry.field(
        default=None, description="Ties the key to an employee's own profile.")


@strawberry.type
class ApiKeyPayload:
    key_id: str | None
    secret: str | None = strawberry.field(description="The full key; shown once, never again.")
    user_errors: list[UserError]


@strawberry.input
class RevokeApiKeyInput:
    key_id: str


def _problems(exc: InvalidInputError, what: str) -> list[UserError]:
    return [UserError(field=["input", "records", str((p.line or 1) - 1),
                             *([p.field] if p.field else [])],
                      message=f"{Path(p.file).name if p.file else what}: {p.message}",
                      code="INVALID") for p in exc.problems]


async def _ingest(info: Info[Context, None], data: RecordsInput, what: str) -> IngestPayload:
    if len(data.records) > MAX_RECORDS:
        return IngestPayload(people=0, documents=0, mentions=0, user_errors=[UserError(
            field=["input", "records"], message=f"at most {MAX_RECORDS} records per call, "
                                                f"got {len(data.records)}", code="TOO_MANY")])
    wrong = [i for i, r in enumerate(data.records) if not isinstance(r, dict)]
    if wrong:
        return IngestPayload(people=0, documents=0, mentions=0, user_errors=[UserError(
            field=["input", "records", str(i)], message="a record is a JSON object",
            code="INVALID") for i in wrong])
    try:
        report = await run(privacy.ingest_records, ctx(info).service,
                           **{what: [dict(r) for r in data.records if isinstance(r, dict)]})
    except InvalidInputError as exc:
        return IngestPayload(people=0, documents=0, mentions=0, user_errors=_problems(exc, what))
    r = report.result
    return IngestPayload(people=r.people, documents=r.documents, mentions=r.mentions,
                         user_errors=[])


@strawberry.type
class Mutation:
    @strawberry.mutation(permission_classes=EMPLOYEE,
                         description="A person confirms a topic attributed to them: it then "
                                     "weighs more, and counts even with inference off.")  # type: ignore[untyped-decorator]
    async def confirm_topic(self, info: Info[Context, None],
                            input: TopicVerdictInput) -> TopicVerdictPayload:
        return await _verdict(info, input, model.Verdict.CONFIRMED)

    @strawberry.mutation(permission_classes=EMPLOYEE,
                         description="A person rejects a topic attributed to them: it then no "
                                     "longer counts for them.")  # type: ignore[untyped-decorator]
    async def reject_topic(self, info: Info[Context, None],
                           input: TopicVerdictInput) -> TopicVerdictPayload:
        return await _verdict(info, input, model.Verdict.REJECTED)

    @strawberry.mutation(permission_classes=EMPLOYEE,
                         description="Hidden people appear in no search, list or analysis.")  # type: ignore[untyped-decorator]
    async def set_visibility(self, info: Info[Context, None],
                             input: SetVisibilityInput) -> PersonPayload:
        return await _privacy(info, input.person_id,
                              visibility=model.Visibility(input.visibility))

    @strawberry.mutation(permission_classes=EMPLOYEE)  # type: ignore[untyped-decorator]
    async def set_topic_inference(self, info: Info[Context, None],
                                  input: SetTopicInferenceInput) -> PersonPayload:
        return await _privacy(info, input.person_id, infer_topics=input.enabled)

    @strawberry.mutation(permission_classes=EMPLOYEE)  # type: ignore[untyped-decorator]
    async def set_buddy_opt_out(self, info: Info[Context, None],
                                input: SetBuddyOptOutInput) -> PersonPayload:
        return await _privacy(info, input.person_id, buddy_opt_out=input.opt_out)

    @strawberry.mutation(permission_classes=HR,
                         description="Record an accepted buddy pairing; it is not proposed again.")  # type: ignore[untyped-decorator]
    async def accept_buddy_pairing(self, info: Info[Context, None],
                                   input: AcceptBuddyPairingInput) -> BuddyPairingPayload:
        service = ctx(info).service
        try:
            pairing = await run(service.network.accept_pairing,
                                key_of(input.newcomer_id, "Person"),
                                key_of(input.buddy_id, "Person"),
                                service.today or dt.date.today())
        except NotFoundError as exc:
            return BuddyPairingPayload(accepted_on=None, user_errors=_not_found(exc))
        except InvalidInputError as exc:
            return BuddyPairingPayload(accepted_on=None, user_errors=[
                UserError(field=["input", "buddyId"], message=p.message, code="INVALID")
                for p in exc.problems])
        return BuddyPairingPayload(accepted_on=pairing.accepted_on, user_errors=[])

    @strawberry.mutation(permission_classes=ADMIN,
                         description="Erase a person and everything derived from them.")  # type: ignore[untyped-decorator]
    async def erase_person(self, info: Info[Context, None],
                           input: ErasePersonInput) -> ErasePersonPayload:
        key = key_of(input.person_id, "Person")
        try:
            report = await run(privacy.erase, ctx(info).service, key)
        except NotFoundError as exc:
            return ErasePersonPayload(erased_key=None, removed=[],
                                      user_errors=_not_found(exc, "personId"))
        return ErasePersonPayload(erased_key=key, user_errors=[], removed=[
            RemovedCount(kind=k, count=v) for k, v in sorted(report.removed.items())])

    @strawberry.mutation(permission_classes=ADMIN,
                         description="Turn inference from documents off or on for a department "
                                     "(and below) or an organisation; set findability.")  # type: ignore[untyped-decorator]
    async def set_inference_policy(self, info: Info[Context, None],
                                   input: SetInferencePolicyInput) -> PolicyPayload:
        if (input.department is None) == (input.organisation is None):
            return PolicyPayload(applied=False, user_errors=[UserError(
                field=["input"], message="give exactly one of department and organisation",
                code="INVALID")])
        kind = model.ScopeKind.DEPARTMENT if input.department else model.ScopeKind.ORGANISATION
        scope = (key_of(input.department, "Department") if input.department
                 else str(input.organisation))
        try:
            await run(privacy.set_policy, ctx(info).service, kind, scope,
                      infer_from_documents=input.infer_from_documents,
                      findable_by_other_organisations=input.findable_by_other_organisations)
        except NotFoundError as exc:
            return PolicyPayload(applied=False, user_errors=_not_found(exc, kind.value))
        return PolicyPayload(applied=True, user_errors=[])

    @strawberry.mutation(permission_classes=ADMIN,
                         description="Insert or update people (the people JSONL format).")  # type: ignore[untyped-decorator]
    async def upsert_people(self, info: Info[Context, None],
                            input: RecordsInput) -> IngestPayload:
        return await _ingest(info, input, "people")

    @strawberry.mutation(permission_classes=ADMIN,
                         description="Analyse and store documents (the documents JSONL format).")  # type: ignore[untyped-decorator]
    async def ingest_documents(self, info: Info[Context, None],
                               input: RecordsInput) -> IngestPayload:
        return await _ingest(info, input, "documents")

    @strawberry.mutation(permission_classes=ADMIN)  # type: ignore[untyped-decorator]
    async def create_api_key(self, info: Info[Context, None],
                             input: CreateApiKeyInput) -> ApiKeyPayload:
        try:
            role = parse_role(input.role)
        except ConfigurationError as exc:
            return ApiKeyPayload(key_id=None, secret=None, user_errors=[UserError(
                field=["input", "role"], message=str(exc), code="INVALID")])
        person = key_of(input.person_id, "Person") if input.person_id else None
        record, secret = await run(create_api_key, ctx(info).service.store, input.name, role,
                                   person)
        return ApiKeyPayload(key_id=record.id, secret=secret, user_errors=[])

    @strawberry.mutation(permission_classes=ADMIN)  # type: ignore[untyped-decorator]
    async def revoke_api_key(self, info: Info[Context, None],
                             input: RevokeApiKeyInput) -> ApiKeyPayload:
        try:
            record = await run(revoke_api_key, ctx(info).service.store, input.key_id)
        except NotFoundError as exc:
            return ApiKeyPayload(key_id=None, secret=None, user_errors=_not_found(exc, "keyId"))
        return ApiKeyPayload(key_id=record.id, secret=None, user_errors=[])
