"""Ingest: read files, resolve references, analyse text, and write one batch through a GraphStore.

Everything is checked before anything is written: a problem anywhere (file, line, field) rejects
the whole batch and leaves the store as it was. Re-running the same ingest changes nothing.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from extraction.documents import DocumentRecord, Skipped, read_documents
from extraction.pipeline import Analyser
from extraction.records import DepartmentRecord, PersonRecord, read_departments, read_people
from extraction.taxonomy import load_taxonomy
from graph.errors import InputProblem, InvalidInputError
from graph.model import (
    AnalysedDocument,
    Batch,
    BatchResult,
    Claim,
    Department,
    Document,
    DocumentKind,
    Person,
    Topic,
    TopicStatus,
    fold,
)
from graph.store import GraphStore

Progress = Callable[[int, int], None]


@dataclass
class IngestReport:
    result: BatchResult
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class IngestRequest:
    taxonomy: Sequence[Path] = ()
    departments: Sequence[Path] = ()
    people: Sequence[Path] = ()
    documents: Sequence[Path] = ()


def slug(text: str) -> str:
    """A stable id from a name: ``Juridische Zaken`` -> ``juridische-zaken``."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def ingest(store: GraphStore, request: IngestRequest, progress: Progress | None = None,
           analyser: Analyser | None = None) -> IngestReport:
    """Read, check, analyse and write ``request`` as one batch.

    Raises:
        InvalidInputError: with every problem found; nothing has been written.
    """
    started = time.perf_counter()
    problems: list[InputProblem] = []
    skipped: list[Skipped] = []
    new_topics = [t for path in request.taxonomy for t in load_taxonomy(path)]
    dept_records = [r for p in request.departments for r in read_departments(p, problems)]
    person_records = [r for p in request.people for r in read_people(p, problems)]
    doc_records = read_documents(request.documents, problems, skipped)

    resolver = _Resolver(store, problems)
    departments = resolver.departments(dept_records)
    topics = {t.id: t for t in store.topics()} | {t.id: t for t in new_topics}
    if analyser is None or set(analyser.topics) != set(topics):
        analyser = Analyser(topics.values())
    people = resolver.people(person_records, analyser, topics)
    documents = resolver.documents(doc_records)
    if problems:
        raise InvalidInputError(problems)

    analysed: list[AnalysedDocument] = []
    total = len(documents) + len(people)
    for doc in documents:
        analysed.append(analyser.analyse(doc))
        if progress:
            progress(len(analysed), total)
    for done, person in enumerate(people, len(documents) + 1):
        if person.bio:  # a bio is evidence too, held as the person's profile pseudo-document
            profile = Document(f"profile:{person.id}", person.name, person.bio, (person.id,),
                               kind=DocumentKind.PROFILE, department_id=person.department_id)
            analysed.append(analyser.analyse(profile))
        if progress:
            progress(done, total)
    batch = Batch(tuple(departments + resolver.created_departments), tuple(people),
                  tuple(topics[t] for t in sorted(set(topics) - _stored(store, topics))),
                  tuple(analysed))
    result = store.apply(batch)
    return IngestReport(result, skipped, time.perf_counter() - started)


def _stored(store: GraphStore, topics: dict[str, Topic]) -> set[str]:
    # topics already stored unchanged need no rewrite
    return {t.id for t in store.topics(list(topics)) if topics.get(t.id) == t}


class _Resolver:
    """Checks references against the batch and the store, collecting problems."""

    def __init__(self, store: GraphStore, problems: list[InputProblem]) -> None:
        self.store, self.problems = store, problems
        self.created_departments: list[Department] = []
        self._dept_ids: set[str] = set()
        self._dept_names: dict[str, str] = {}
        self._person_ids: set[str] = set()

    def departments(self, records: list[DepartmentRecord]) -> list[Department]:
        stored = self.store.departments()
        self._dept_ids = {d.id for d in stored}
        self._dept_names = {fold(d.name): d.id for d in stored}
        out: list[Department] = []
        seen: dict[str, int | None] = {}
        for r in records:
            if r.id in seen:
                self._fail(r.source, "id", f"duplicate department id {r.id!r} "
                           f"(first on line {seen[r.id]})")
                continue
            seen[r.id] = r.source.line
            out.append(Department(r.id, r.name, r.organisation, r.parent_id))
            self._dept_ids.add(r.id)
            self._dept_names.setdefault(fold(r.name), r.id)
        for r in records:
            if r.parent_id and r.parent_id not in self._dept_ids:
                self._fail(r.source, "parent_id", f"unknown department {r.parent_id!r}")
        return out

    def department(self, ref: str | None, source: object, fld: str) -> str | None:
        """A department id for an id or a name; unknown names create a department only when
        no departments are known at all (e.g. a SCIM-only import), otherwise they are typos."""
        if not ref:
            return None
        if ref in self._dept_ids:
            return ref
        by_name = self._dept_names.get(fold(ref))
        if by_name:
            return by_name
        if self._dept_ids and not self.created_departments:
            self._fail(source, fld, f"unknown department {ref!r} (not an id or name in the "
                       "departments file or the store)")
            return None
        dept = Department(slug(ref), ref)
        self.created_departments.append(dept)
        self._dept_ids.add(dept.id)
        self._dept_names[fold(ref)] = dept.id
        return dept.id

    def people(self, records: list[PersonRecord], analyser: Analyser,
               topics: dict[str, Topic]) -> list[Person]:
        known = {p.id for p in self.store.people()}
        seen: dict[str, int | None] = {}
        for r in records:
            if r.id in seen:
                self._fail(r.source, "id", f"duplicate person id {r.id!r}"
                           + (f" (first on line {seen[r.id]})" if seen[r.id] else ""))
            seen[r.id] = r.source.line
        self._person_ids = known | set(seen)
        out = []
        for r in records:
            if r.manager_id and r.manager_id not in self._person_ids:
                self._fail(r.source, "manager_id", f"unknown person {r.manager_id!r}")
            claims = {}
            for skill in r.skills:
                topic_id = analyser.match_label(skill.label)
                if topic_id is None:  # a skill the taxonomy lacks becomes a discovered topic
                    topic_id = slug(skill.label)
                    topics.setdefault(topic_id, Topic(topic_id, skill.label, skill.label,
                                                      status=TopicStatus.DISCOVERED))
                claims[topic_id] = Claim(topic_id, skill.level, skill.ask_me_about,
                                         skill.able_to_mentor, skill.wants_to_learn)
            out.append(Person(
                r.id, r.name, r.email, self.department(r.department, r.source, "department"),
                r.title, r.manager_id, r.start_date, r.location, r.languages, r.bio,
                tuple(claims[k] for k in sorted(claims))))
        return out

    def documents(self, records: list[DocumentRecord]) -> list[Document]:
        if not self._person_ids:
            self._person_ids = {p.id for p in self.store.people()}
        seen: dict[str, str] = {}
        out = []
        for r in records:
            where = f"{r.source.file}" + (f", line {r.source.line}" if r.source.line else "")
            if r.id in seen:
                self._fail(r.source, "id", f"duplicate document id {r.id!r} (also in {seen[r.id]})")
                continue
            seen[r.id] = where
            for author in r.authors:
                if author not in self._person_ids:
                    self._fail(r.source, "authors", f"unknown person {author!r}")
            out.append(Document(r.id, r.title, r.text, tuple(dict.fromkeys(r.authors)), r.date,
                                r.url, self.department(r.department, r.source, "department")))
        return out

    def _fail(self, source: object, fld: str, message: str) -> None:
        file, line = getattr(source, "file", "?"), getattr(source, "line", None)
        self.problems.append(InputProblem(file, line, fld, message))
