"""Resolving references in a batch: departments, managers, skills and document authors.

Every problem is collected with its file, line and field; nothing is written while any remain.
Authors read from file metadata (HTML, PDF, DOCX) are free text: they resolve by person id, then
e-mail address, then a unique full name (accent- and case-insensitive). A metadata author that
names nobody known is ignored; a file whose authors all fail is skipped with a report, not an
error, because such metadata ("Microsoft Office User") is often wrong and out of the sender's
hands. Authors in JSONL and Markdown front matter are person ids and must all be known.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extraction.documents import DocumentRecord, Skipped
from extraction.records import DepartmentRecord, InteractionRecord, PersonRecord
from graph.errors import InputProblem
from graph.model import (
    Claim,
    Department,
    Document,
    Interaction,
    Person,
    Topic,
    TopicStatus,
    fold,
)
from graph.store import GraphStore

SkillMatcher = Callable[[str], str | None]
DiscoveredIds = Callable[[str], str]


def slug(text: str) -> str:
    """A stable id from a name: ``Juridische Zaken`` -> ``juridische-zaken``."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


class Resolver:
    """Checks references against the batch and the store, collecting problems."""

    def __init__(self, store: GraphStore, problems: list[InputProblem]) -> None:
        self.store, self.problems = store, problems
        self.created_departments: list[Department] = []
        self._dept_ids: set[str] = set()
        self._dept_names: dict[str, str] = {}
        self._person_ids: set[str] = set()
        self._by_email: dict[str, str] = {}
        self._by_name: dict[str, set[str]] = {}

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

    def department_names(self) -> list[str]:
        return list(self._dept_names)

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

    def people(self, records: list[PersonRecord], match_skill: SkillMatcher,
               discovered_id: DiscoveredIds, topics: dict[str, Topic]) -> list[Person]:
        """People with resolved departments, managers and skills; a skill the taxonomy lacks
        becomes a discovered topic (the same id text discovery would give it)."""
        stored = self.store.people()
        known = {p.id for p in stored}
        seen: dict[str, int | None] = {}
        for r in records:
            if r.id in seen:
                self._fail(r.source, "id", f"duplicate person id {r.id!r}"
                           + (f" (first on line {seen[r.id]})" if seen[r.id] else ""))
            seen[r.id] = r.source.line
        self._person_ids = known | set(seen)
        for p_id, name, email in [(p.id, p.name, p.email) for p in stored] + [
                (r.id, r.name, r.email) for r in records]:
            self._know(p_id, name, email)
        out = []
        for r in records:
            if r.manager_id and r.manager_id not in self._person_ids:
                self._fail(r.source, "manager_id", f"unknown person {r.manager_id!r}")
            claims = {}
            for skill in r.skills:
                topic_id = match_skill(skill.label)
                if topic_id is None:
                    topic_id = discovered_id(skill.label)
                    topics.setdefault(topic_id, Topic(topic_id, skill.label, skill.label,
                                                      status=TopicStatus.DISCOVERED))
                claims[topic_id] = Claim(topic_id, skill.level, skill.ask_me_about,
                                         skill.able_to_mentor, skill.wants_to_learn)
            out.append(Person(
                r.id, r.name, r.email, self.department(r.department, r.source, "department"),
                r.title, r.manager_id, r.start_date, r.location, r.languages, r.bio,
                tuple(claims[k] for k in sorted(claims))))
        return out

    def documents(self, records: list[DocumentRecord],
                  skipped: list[Skipped]) -> list[Document]:
        if not self._person_ids:
            stored = self.store.people()
            self._person_ids = {p.id for p in stored}
            for p in stored:
                self._know(p.id, p.name, p.email)
        seen: dict[str, str] = {}
        out = []
        for r in records:
            where = f"{r.source.file}" + (f", line {r.source.line}" if r.source.line else "")
            if r.id in seen:
                self._fail(r.source, "id", f"duplicate document id {r.id!r} (also in {seen[r.id]})")
                continue
            seen[r.id] = where
            authors = self._authors(r, skipped)
            if authors is None:
                continue
            out.append(Document(r.id, r.title, r.text, authors, r.date, r.url,
                                self.department(r.department, r.source, "department")))
        return out

    def _authors(self, r: DocumentRecord, skipped: list[Skipped]) -> tuple[str, ...] | None:
        if not r.authors_from_metadata:
            for author in r.authors:
                if author not in self._person_ids:
                    self._fail(r.source, "authors", f"unknown person {author!r}")
            return tuple(dict.fromkeys(r.authors))
        found = [self.person_id(a) for a in r.authors]
        resolved = tuple(dict.fromkeys(p for p in found if p))
        if not resolved:
            names = ", ".join(repr(a) for a in r.authors) or "none"
            skipped.append(Skipped(r.source.file, f"no known author (metadata names {names}; "
                                   "use person ids, e-mail addresses or full names)"))
            return None
        return resolved

    def _know(self, person_id: str, name: str, email: str | None) -> None:
        if email:
            self._by_email[email.casefold()] = person_id
        self._by_name.setdefault(fold(name), set()).add(person_id)

    def person_id(self, author: str) -> str | None:
        """A person id for an id, an e-mail address or a unique full name."""
        author = author.strip()
        if author in self._person_ids:
            return author
        by_email = self._by_email.get(author.casefold().removeprefix("mailto:"))
        if by_email:
            return by_email
        by_name = self._by_name.get(fold(author), set())
        return next(iter(by_name)) if len(by_name) == 1 else None

    def interactions(self, records: list[InteractionRecord]) -> list[Interaction]:
        """Ties between known people; a repeated (source, target, kind) keeps the last weight."""
        if not records:
            return []
        if not self._person_ids:
            self._person_ids = {p.id for p in self.store.people()}
        out: dict[tuple[str, str, str], Interaction] = {}
        for r in records:
            for fld, person in (("source", r.person), ("target", r.other)):
                if person not in self._person_ids:
                    self._fail(r.source, fld, f"unknown person {person!r}")
            # one undirected tie per pair and kind, whichever way round it was exported
            a, b = sorted((r.person, r.other))
            out[(a, b, r.kind)] = Interaction(a, b, r.weight, r.kind)
        return list(out.values())

    def _fail(self, source: object, fld: str, message: str) -> None:
        file, line = getattr(source, "file", "?"), getattr(source, "line", None)
        self.problems.append(InputProblem(file, line, fld, message))
