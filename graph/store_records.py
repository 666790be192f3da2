"""What both store adapters share about the person-owned and operational records.

Both adapters must agree to the byte on these: a tombstone written by one is checked by the same
hash, a timestamp written by one sorts the same way, a rejected batch names the same problems.
So they live here, in plain functions, and the adapters only store and fetch.

Tombstones. ``erase_person`` keeps ``sha256(person id)`` (hex, UTF-8, no salt) so a later import
can recognise the id and leave it out (``GraphStore.erased``). Not a secret keyed hash: the
check must work from the id alone, on either adapter and after a restore, and a key kept next to
the data would protect nothing. It is no anonymisation either: whoever holds a candidate id (an
employee number is guessable) can confirm that it was erased. That one fact is what the store
must keep to honour the erasure; nothing else about the person survives.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Iterable
from datetime import UTC, datetime

from graph.errors import InputProblem
from graph.model import Batch, Pairing, PrivacyChoice, ScopeKind, ScopePolicy, fold

ERASED = "(erased)"
"""What an erased person's id becomes where a log keeps the entry (the audit log)."""

# the kinds an ErasureReport counts besides counts()' node labels and relationship types
REMOVED_SEARCHES = "searches"  # search-log entries the person made, deleted
REDACTED_SEARCHES = "search_queries"  # other search-log entries whose text named the id
REMOVED_KEYS = "api_keys"  # the person's own API keys, deleted (they stop working at once)
ANONYMISED_AUDIT = "audit_entries"  # audit entries by, about or naming the person


def tombstone(person_id: str) -> str:
    """The hash an erased person's id is remembered by (see the module docstring).

    >>> tombstone("p1")[:16]
    'f64551fcd6f07823'
    """
    return hashlib.sha256(person_id.encode("utf-8")).hexdigest()


def redact(text: str, person_id: str) -> str:
    """``text`` with every whole-word occurrence of ``person_id`` replaced by ``(erased)``.

    Whole words only, so erasing ``p4`` leaves ``p45`` alone.

    >>> redact('person(id: "p4") and p45', "p4")
    'person(id: "(erased)") and p45'
    """
    if not person_id or person_id not in text:
        return text
    return re.sub(rf"(?<![\w-]){re.escape(person_id)}(?![\w-])", ERASED, text)


def scrub_audit(person_id: str, actor: str, actor_person_id: str | None, subject_id: str,
                query: str) -> tuple[str, str | None, str, str]:
    """An audit entry's actor, actor's employee id, subject and query with ``person_id`` erased.

    The actor becomes ``(erased)`` when it is the person's id or when the principal was the
    person (an OIDC subject or API key of theirs): either would still attribute the look-up.

    >>> scrub_audit("p1", "oidc|abc123", "p1", "p2", "")
    ('(erased)', None, 'p2', '')
    >>> scrub_audit("p1", "hr-1", None, "p1", 'person(id: "p1")')
    ('hr-1', None, '(erased)', 'person(id: "(erased)")')
    """
    by_them = person_id in (actor, actor_person_id)
    return (ERASED if by_them else actor, None if actor_person_id == person_id else actor_person_id,
            ERASED if subject_id == person_id else subject_id, redact(query, person_id))


def utc_text(moment: datetime) -> str:
    """A datetime as stored: ISO 8601 in UTC with microseconds, so that text order is time
    order. A naive datetime is taken to be UTC already.

    >>> from datetime import timedelta, timezone
    >>> utc_text(datetime(2026, 3, 1, 10, 0, tzinfo=timezone(timedelta(hours=1))))
    '2026-03-01T09:00:00.000000+00:00'
    """
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.isoformat(timespec="microseconds")


def from_utc_text(text: str) -> datetime:
    """A stored timestamp back as an aware datetime in UTC."""
    return datetime.fromisoformat(text)


def merged_privacy(choices: Iterable[PrivacyChoice]) -> list[PrivacyChoice]:
    """One choice per person: later choices in the batch win field by field, as successive
    updates would. Both adapters write the merged list, so the order inside a batch never
    depends on how a database runs an ``UNWIND``."""
    out: dict[str, PrivacyChoice] = {}
    for c in choices:
        old = out.get(c.person_id)
        if old is not None:
            c = PrivacyChoice(
                c.person_id,
                c.visibility if c.visibility is not None else old.visibility,
                c.infer_topics if c.infer_topics is not None else old.infer_topics,
                c.buddy_opt_out if c.buddy_opt_out is not None else old.buddy_opt_out)
        out[c.person_id] = c
    return list(out.values())


def last_pairings(pairings: Iterable[Pairing]) -> list[Pairing]:
    """One pairing per (newcomer, buddy), the last one winning."""
    return list({(p.newcomer_id, p.buddy_id): p for p in pairings}.values())


def last_policies(policies: Iterable[ScopePolicy]) -> list[ScopePolicy]:
    """One policy per (kind, scope), the last one winning. A policy replaces the stored one
    whole: ``None`` there means "not set here", so sending ``None`` is how a setting is
    cleared."""
    return list({(p.kind, p.scope_id): p for p in policies}.values())


def referenced_people(batch: Batch) -> set[str]:
    """The person ids the privacy choices and pairings of ``batch`` refer to."""
    return ({c.person_id for c in batch.privacy}
            | {i for p in batch.pairings for i in (p.newcomer_id, p.buddy_id)})


def touched(batch: Batch) -> dict[str, list[str]]:
    """The department, topic and person ids whose stored rows (and outgoing relationships)
    ``batch`` may change outside its documents: what an adapter compares before and after
    writing to know whether anything changed (see ``GraphStore.generation``)."""
    return {
        "departments": sorted({d.id for d in batch.departments}),
        "topics": sorted({t.id for t in batch.topics} | set(batch.removed_topics)),
        "people": sorted({p.id for p in batch.people} | referenced_people(batch)
                         | {i.source for i in batch.interactions}
                         | {f.person_id for f in batch.feedback}),
    }


def record_problems(batch: Batch, people: Collection[str], departments: Collection[str],
                    organisations: Collection[str]) -> list[InputProblem]:
    """What is wrong with the privacy choices, pairings and policies of ``batch``.

    ``people`` and ``departments`` are the referenced ids that exist (in the store or earlier in
    the same batch); ``organisations`` every organisation name that some department carries.
    An organisation is matched accent- and case-insensitively, as ``graph.policy`` reads it.
    """
    problems = [InputProblem("batch", None, "privacy",
                             f"privacy choice for a missing person {c.person_id!r}")
                for c in batch.privacy if c.person_id not in people]
    for p in batch.pairings:
        what = f"pairing {p.newcomer_id!r}-{p.buddy_id!r}"
        if p.newcomer_id == p.buddy_id:
            problems.append(InputProblem("batch", None, "pairings",
                                         f"{what}: a newcomer cannot be their own buddy"))
        problems += [InputProblem("batch", None, field, f"{what} refers to a missing person "
                                  f"{ref!r}")
                     for field, ref in (("newcomer_id", p.newcomer_id), ("buddy_id", p.buddy_id))
                     if ref not in people]
    known_orgs = {fold(o) for o in organisations}
    for policy in batch.policies:
        what = f"{policy.kind.value} policy {policy.scope_id!r}"
        if policy.kind is ScopeKind.DEPARTMENT:
            if policy.scope_id not in departments:
                problems.append(InputProblem("batch", None, "scope_id",
                                             f"{what} refers to a missing department"))
            if policy.findable_by_other_organisations is not None:
                problems.append(InputProblem(
                    "batch", None, "findable_by_other_organisations",
                    f"{what}: findability is set per organisation, not per department"))
        elif fold(policy.scope_id) not in known_orgs:
            problems.append(InputProblem("batch", None, "scope_id",
                                         f"{what}: no department belongs to that organisation"))
    return problems
