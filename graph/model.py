"""Domain model: the dataclasses that go in and out of every GraphStore.

Identifiers are stable strings from the source (employee number, department code, document id),
so re-ingesting the same input upserts the same rows and changes nothing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Visibility(StrEnum):
    """Whether a person can be found by colleagues."""

    VISIBLE = "visible"
    HIDDEN = "hidden"


class TopicStatus(StrEnum):
    """Where a topic comes from: the curated taxonomy or discovery in text.

    A discovered topic an admin dropped stays as a ``DROPPED`` tombstone without mentions, so
    that discovery does not propose it again; it is never matched in text.
    """

    CURATED = "curated"
    DISCOVERED = "discovered"
    DROPPED = "dropped"


class Verdict(StrEnum):
    """A person's verdict on a topic attributed to them."""

    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class DocumentKind(StrEnum):
    """A written document, or the pseudo-document holding a person's profile text."""

    DOCUMENT = "document"
    PROFILE = "profile"


@dataclass(frozen=True)
class Department:
    id: str
    name: str
    organisation: str = ""
    parent_id: str | None = None


@dataclass(frozen=True)
class Claim:
    """A self-declared skill from a profile."""

    topic_id: str
    level: int | None = None  # 1 (basic) .. 5 (expert), None when not stated
    ask_me_about: bool = False
    able_to_mentor: bool = False
    wants_to_learn: bool = False


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    email: str | None = None
    department_id: str | None = None
    title: str | None = None
    manager_id: str | None = None
    start_date: date | None = None
    location: str | None = None
    languages: tuple[str, ...] = ()
    bio: str | None = None
    claims: tuple[Claim, ...] = ()
    # the person's own choices (see PrivacyChoice): an import never sets or changes them
    visibility: Visibility = Visibility.VISIBLE
    infer_topics: bool = True  # False: topics found in documents do not count, only confirmed ones
    buddy_opt_out: bool = False  # True: never proposed as a buddy


@dataclass(frozen=True)
class Topic:
    id: str
    label_nl: str
    label_en: str
    aliases_nl: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()
    status: TopicStatus = TopicStatus.CURATED

    def surface_forms(self) -> tuple[str, ...]:
        """Every label, alias and abbreviation, without duplicates, in a stable order."""
        forms = (self.label_nl, self.label_en, *self.aliases_nl, *self.aliases_en,
                 *self.abbreviations)
        return tuple(dict.fromkeys(f for f in forms if f))


@dataclass(frozen=True)
class Mention:
    """A topic found in a document, with the sentence that shows it.

    ``start``/``end`` are character offsets of the first match in the document's analysed text
    (title, blank line, body); ``snippet_start``/``snippet_end`` locate it inside ``snippet``.
    """

    topic_id: str
    count: int
    score: float
    snippet: str
    start: int
    end: int
    snippet_start: int
    snippet_end: int


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    text: str
    authors: tuple[str, ...]
    date: date | None = None
    url: str | None = None
    department_id: str | None = None
    language: str = "nl"
    kind: DocumentKind = DocumentKind.DOCUMENT


@dataclass(frozen=True)
class AnalysedDocument:
    """A document with what extraction found in it.

    ``index_text`` is the lemmatised, accent-folded text that feeds the full-text index, so a
    search for ``vergunning`` finds ``vergunningen``.
    """

    document: Document
    mentions: tuple[Mention, ...] = ()
    index_text: str = ""


@dataclass(frozen=True)
class Interaction:
    """A collaboration count between two people from another system (meetings, tickets, chat).

    Upserted by (source, target, kind): a re-import replaces the weight.
    """

    source: str
    target: str
    weight: float
    kind: str = "interaction"


@dataclass(frozen=True)
class TopicFeedback:
    """A person confirms or rejects a topic attributed to them.

    Kept apart from profile claims, so a profile re-import never erases it; upserted by
    (person, topic): the last verdict wins.
    """

    person_id: str
    topic_id: str
    verdict: Verdict


@dataclass(frozen=True)
class PrivacyChoice:
    """A person's own privacy choices; ``None`` leaves a choice as it is.

    Applied through ``Batch.privacy``; imports of people never touch these fields.
    """

    person_id: str
    visibility: Visibility | None = None
    infer_topics: bool | None = None
    buddy_opt_out: bool | None = None


@dataclass(frozen=True)
class Pairing:
    """An accepted buddy pairing; upserted by (newcomer, buddy)."""

    newcomer_id: str
    buddy_id: str
    accepted_on: date


class ScopeKind(StrEnum):
    DEPARTMENT = "department"
    ORGANISATION = "organisation"


@dataclass(frozen=True)
class ScopePolicy:
    """A setting for a whole department (and the departments below it) or organisation.

    ``infer_from_documents`` False: topics found in the documents of its people do not count
    (what a works council may ask for); ``findable_by_other_organisations`` False (organisation
    only): its people are found only by searches scoped to or made from the same organisation.
    ``None`` means "not set here" (inherit; the default is True for both). Upserted by
    (kind, scope_id).
    """

    kind: ScopeKind
    scope_id: str  # a department id, or an organisation name
    infer_from_documents: bool | None = None
    findable_by_other_organisations: bool | None = None


@dataclass(frozen=True)
class Batch:
    """Everything one ingest writes, in one transaction.

    ``removed_topics`` are deleted first, with their mentions, claims and derived scores (an
    admin dropping a discovered topic).
    """

    departments: tuple[Department, ...] = ()
    people: tuple[Person, ...] = ()
    topics: tuple[Topic, ...] = ()
    documents: tuple[AnalysedDocument, ...] = ()
    interactions: tuple[Interaction, ...] = ()
    removed_topics: tuple[str, ...] = ()
    feedback: tuple[TopicFeedback, ...] = ()
    privacy: tuple[PrivacyChoice, ...] = ()
    pairings: tuple[Pairing, ...] = ()
    policies: tuple[ScopePolicy, ...] = ()


@dataclass(frozen=True)
class BatchResult:
    departments: int
    people: int
    topics: int
    documents: int
    mentions: int
    interactions: int = 0
    feedback: int = 0
    privacy: int = 0
    pairings: int = 0
    policies: int = 0


@dataclass(frozen=True)
class ErasureReport:
    """What erasing one person removed (row/relationship counts by kind)."""

    person_id: str
    removed: Mapping[str, int] = field(default_factory=dict)


# ---------------------------------------------------------------- operational records


@dataclass(frozen=True)
class SearchLogEntry:
    """One who-knows question as asked (for the missed-searches report).

    ``searcher`` is None unless the deployment is configured to record it.
    """

    at: datetime
    query: str
    results: int
    top_score: float
    topic_ids: tuple[str, ...] = ()
    organisation: str | None = None
    searcher: str | None = None


@dataclass(frozen=True)
class AuditEntry:
    """An HR or admin look-up of one individual: who, whom, when, which query.

    ``actor`` is the principal's subject (an API key's id, an OIDC ``sub``); ``actor_person_id``
    the employee that principal is, if known, so that erasing them anonymises their look-ups too.
    """

    at: datetime
    actor: str
    role: str
    subject_id: str
    action: str  # the GraphQL field or CLI command
    query: str = ""
    actor_person_id: str | None = None


@dataclass(frozen=True)
class ApiKey:
    """An API key as stored: only a hash of the secret. Upserted by ``id``."""

    id: str
    name: str
    role: str
    secret_hash: str
    created_at: datetime
    revoked_at: datetime | None = None
    person_id: str | None = None  # the employee whose own key this is; None for a tool


# ---------------------------------------------------------------- read side


@dataclass(frozen=True)
class PersonTopicScore:
    """The derived KNOWS aggregate of one person for one topic."""

    person_id: str
    topic_id: str
    score: float
    evidence_count: int
    last_date: date | None


@dataclass(frozen=True)
class PersonClaim:
    person_id: str
    claim: Claim


@dataclass(frozen=True)
class DocumentHit:
    """A full-text hit; ``score`` is positive, higher is better (BM25).

    ``department_id`` is the document's department or, when it has none, its first author's.
    """

    document_id: str
    score: float
    authors: tuple[str, ...]
    date: date | None
    department_id: str | None = None


@dataclass(frozen=True)
class DepartmentAuthor:
    """How much of a department's written documents one person wrote.

    ``documents`` counts them; ``share`` sums the person's authorship share (1 / number of
    authors) over them; ``last_date`` is the newest one's date. A document without a department
    counts for its first author's.
    """

    department_id: str
    person_id: str
    documents: int
    share: float
    last_date: date | None = None


@dataclass(frozen=True)
class Authorship:
    """Who wrote a document: the co-authorship side of the collaboration graph."""

    document_id: str
    authors: tuple[str, ...]
    department_id: str | None = None
    date: date | None = None


@dataclass(frozen=True)
class Evidence:
    """Why a person is linked to a query: a snippet of a document they wrote.

    ``language`` is the document's language (a BCP 47 code, "nl" or "en"), so that a page in
    the other language can mark the title and snippet (WCAG 3.1.2).
    """

    person_id: str
    document_id: str
    title: str
    snippet: str
    date: date | None
    url: str | None
    topic_id: str | None
    kind: DocumentKind = DocumentKind.DOCUMENT
    weight: float = 0.0  # the mention's score times the person's authorship share
    language: str = "nl"


@dataclass(frozen=True)
class StoreCounts:
    """Node and relationship counts by label/type, to check idempotency on every store."""

    nodes: Mapping[str, int] = field(default_factory=dict)
    relationships: Mapping[str, int] = field(default_factory=dict)


# ---------------------------------------------------------------- small helpers


def _fold_table() -> dict[int, str]:
    table = {}
    for code in range(0xC0, 0x250):  # Latin-1 Supplement and Latin Extended-A/B
        base = unicodedata.normalize("NFKD", chr(code))[0]
        if base.isascii() and base.isalpha() and base != chr(code):
            table[code] = base
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Lower-case and strip accents, keeping the length: ``Financiën`` -> ``financien``.

    Length-preserving, so offsets found in folded text are offsets in the original.

    >>> fold("Financiën en Çanakkale")
    'financien en canakkale'
    """
    return text.lower().translate(_FOLD)


def department_subtree(departments: Iterable[Department], root_id: str) -> set[str]:
    """The id of ``root_id`` and of every department below it."""
    children: dict[str, list[str]] = {}
    for d in departments:
        if d.parent_id:
            children.setdefault(d.parent_id, []).append(d.id)
    seen = {root_id}
    stack = [root_id]
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in seen:
                seen.add(child)
                stack.append(child)
    return seen
