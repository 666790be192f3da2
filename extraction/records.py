"""Readers for people and departments: CSV, JSONL and SCIM 2.0 User JSON.

Readers only parse and check fields; they collect every problem with its file, line and field
instead of stopping at the first, so one run shows the HR export's owner everything to fix.
Resolving references (departments, managers, skills to topics) happens in ``extraction.ingest``.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from graph.errors import InputProblem

SCIM_CORE = "urn:ietf:params:scim:schemas:core:2.0:User"
SCIM_ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
# SCIM has no start date; HR exports that carry one put it in an extension like this
SCIM_WIEWEET = "urn:ietf:params:scim:schemas:extension:wieweet:2.0:User"

LEVEL_WORDS = {"basis": 1, "beginner": 1, "basic": 1, "gevorderd": 3, "intermediate": 3,
               "advanced": 4, "ervaren": 4, "expert": 5, "specialist": 5}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# ISO dates, also unpadded (2023-9-18) and with a time part, as exports write them
_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])")
_ID = re.compile(r"^[^\s]{1,200}$")


@dataclass
class Source:
    file: str
    line: int | None


@dataclass
class SkillRecord:
    label: str
    level: int | None = None
    ask_me_about: bool = False
    able_to_mentor: bool = False
    wants_to_learn: bool = False


@dataclass
class PersonRecord:
    source: Source
    id: str
    name: str
    email: str | None = None
    department: str | None = None  # a department id or name, resolved at ingest
    title: str | None = None
    manager_id: str | None = None
    start_date: date | None = None
    location: str | None = None
    languages: tuple[str, ...] = ()
    bio: str | None = None
    skills: list[SkillRecord] = field(default_factory=list)


@dataclass
class InteractionRecord:
    source: Source
    person: str
    other: str
    weight: float
    kind: str


@dataclass
class DepartmentRecord:
    source: Source
    id: str
    name: str
    parent_id: str | None
    organisation: str


class FieldChecker:
    """Collects problems for one record."""

    def __init__(self, problems: list[InputProblem], source: Source) -> None:
        self.problems, self.source = problems, source

    def fail(self, fld: str | None, message: str) -> None:
        self.problems.append(InputProblem(self.source.file, self.source.line, fld, message))

    def text(self, row: dict[str, Any], fld: str, *, required: bool = False) -> str | None:
        value = row.get(fld)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.fail(fld, "is required and empty")
            return None
        if not isinstance(value, str | int | float):
            self.fail(fld, f"must be text, got {type(value).__name__}")
            return None
        return str(value).strip()

    def ident(self, row: dict[str, Any], fld: str, *, required: bool = False) -> str | None:
        value = self.text(row, fld, required=required)
        if value is not None and not _ID.match(value):
            self.fail(fld, f"{value!r} is not a valid id (no spaces, at most 200 characters)")
        return value

    def iso_date(self, row: dict[str, Any], fld: str) -> date | None:
        value = self.text(row, fld)
        if value is None:
            return None
        found = _DATE.match(value)
        try:
            if found is None:
                raise ValueError(value)
            return date(int(found[1]), int(found[2]), int(found[3]))
        except ValueError:
            self.fail(fld, f"{value!r} is not a date (use YYYY-MM-DD)")
            return None

    def items(self, row: dict[str, Any], fld: str) -> list[str]:
        value = row.get(fld)
        if value is None or value == "":
            return []
        if isinstance(value, list):
            return [str(v).strip() for v in value if str(v).strip()]
        if isinstance(value, str):
            return [v.strip() for v in re.split(r"[;|]", value) if v.strip()]
        self.fail(fld, "must be a list or a ';'-separated text")
        return []


def read_rows(path: Path, problems: list[InputProblem]) -> Iterator[tuple[Source, dict[str, Any]]]:
    """Rows of a CSV or JSONL file with their line numbers."""
    name = str(path)
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        problems.append(InputProblem(name, None, None, f"cannot be read: {exc.strerror}"))
        return
    with handle:
        if path.suffix.lower() == ".csv":
            reader = csv.DictReader(handle)
            _ = reader.fieldnames  # reads the header, so line_num counts from it
            line = reader.line_num
            for row in reader:
                yield Source(name, line + 1), {k.strip(): v for k, v in row.items() if k}
                line = reader.line_num
            return
        for number, text in enumerate(handle, 1):
            if not text.strip():
                continue
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as exc:
                problems.append(InputProblem(name, number, None, f"is not valid JSON: {exc.msg}"))
                continue
            if not isinstance(obj, dict):
                problems.append(InputProblem(name, number, None, "must be a JSON object"))
                continue
            yield Source(name, number), obj


def read_departments(path: Path, problems: list[InputProblem]) -> list[DepartmentRecord]:
    """Departments from CSV/JSONL with columns ``id, name, parent_id, organisation``."""
    out = []
    for source, row in read_rows(path, problems):
        check = FieldChecker(problems, source)
        dept_id = check.ident(row, "id", required=True)
        name = check.text(row, "name", required=True)
        if dept_id and name:
            out.append(DepartmentRecord(source, dept_id, name, check.ident(row, "parent_id"),
                                        check.text(row, "organisation") or ""))
    return out


def read_people(path: Path, problems: list[InputProblem]) -> list[PersonRecord]:
    """People from CSV/JSONL (see README) or a SCIM 2.0 ``.json`` export."""
    if path.suffix.lower() == ".json":
        return _read_scim(path, problems)
    out = []
    for source, row in read_rows(path, problems):
        check = FieldChecker(problems, source)
        person_id = check.ident(row, "id", required=True)
        name = check.text(row, "name", required=True)
        email = check.text(row, "email")
        if email and not _EMAIL.match(email):
            check.fail("email", f"{email!r} is not an e-mail address")
        parsed = [_skill(check, s) for s in check.items(row, "skills")]
        flags = {f: {v.casefold() for v in check.items(row, f)}
                 for f in ("ask_me_about", "able_to_mentor", "wants_to_learn")}
        skills = _with_flags([s for s in parsed if s], flags)
        # every field is checked, even of a record already known to be bad
        record = PersonRecord(
            source, person_id or "", name or "", email, check.text(row, "department"),
            check.text(row, "title"), check.ident(row, "manager_id"),
            check.iso_date(row, "start_date"), check.text(row, "location"),
            tuple(check.items(row, "languages")), check.text(row, "bio"), skills)
        if person_id and name:
            out.append(record)
    return out


def _skill(check: FieldChecker, raw: str) -> SkillRecord | None:
    label, _, level_text = raw.partition(":")
    label, level_text = label.strip(), level_text.strip().casefold()
    if not label:
        check.fail("skills", f"{raw!r} has no skill name")
        return None
    if not level_text:
        return SkillRecord(label)
    level = LEVEL_WORDS.get(level_text)
    if level is None and level_text.isdigit() and 1 <= int(level_text) <= 5:
        level = int(level_text)
    if level is None:
        check.fail("skills", f"level {level_text!r} of {label!r} must be 1-5 or a level word")
    return SkillRecord(label, level)


def _with_flags(skills: list[SkillRecord], flags: dict[str, set[str]]) -> list[SkillRecord]:
    by_label = {s.label.casefold(): s for s in skills}
    for flag, labels in flags.items():
        for label in labels:
            skill = by_label.setdefault(label, SkillRecord(label))
            setattr(skill, flag, True)
    return list(by_label.values())


def _read_scim(path: Path, problems: list[InputProblem]) -> list[PersonRecord]:
    name = str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, json.JSONDecodeError) as exc:
        problems.append(InputProblem(name, getattr(exc, "lineno", None), None,
                                     f"is not a readable SCIM JSON file: {exc}"))
        return []
    users = data.get("Resources", [data]) if isinstance(data, dict) else data
    out = []
    for index, user in enumerate(users if isinstance(users, list) else []):
        # JSON has no line numbers once parsed: name the resource by its position instead
        check = FieldChecker(problems, Source(f"{name} (Resources[{index}])", None))
        if not isinstance(user, dict):
            check.fail(None, "must be a SCIM User object")
            continue
        ent = user.get(SCIM_ENTERPRISE) or {}
        extra = user.get(SCIM_WIEWEET) or {}
        person_id = check.ident(ent, "employeeNumber") or check.ident(user, "id", required=True)
        names = user.get("name") or {}
        display = (check.text(user, "displayName") or check.text(names, "formatted")
                   or " ".join(filter(None, [check.text(names, "givenName"),
                                             check.text(names, "familyName")])))
        if not display:
            check.fail("displayName", "is required (or name.formatted / givenName+familyName)")
        emails = user.get("emails") or []
        email = next((e.get("value") for e in emails if isinstance(e, dict) and e.get("primary")),
                     emails[0].get("value") if emails and isinstance(emails[0], dict) else None)
        addresses = user.get("addresses") or [{}]
        manager = ent.get("manager") or {}
        if person_id and display and user.get("active", True) is not False:
            out.append(PersonRecord(
                check.source, person_id, display, email, check.text(ent, "department"),
                check.text(user, "title"), check.ident(manager, "value"),
                check.iso_date(extra, "startDate"),
                check.text(addresses[0], "locality") if isinstance(addresses[0], dict) else None,
                tuple(check.items(user, "preferredLanguage")), None, []))
    return out


def read_interactions(path: Path, problems: list[InputProblem]) -> list[InteractionRecord]:
    """Collaboration counts from other systems: CSV/JSONL ``source, target, weight, kind``."""
    out = []
    for source, row in read_rows(path, problems):
        check = FieldChecker(problems, source)
        a, b = check.ident(row, "source", required=True), check.ident(row, "target", required=True)
        kind = check.text(row, "kind") or "interaction"
        raw = check.text(row, "weight") or "1"
        try:
            weight = float(raw)
            if not weight > 0:
                raise ValueError(raw)
        except ValueError:
            check.fail("weight", f"{raw!r} is not a positive number")
            continue
        if a and b and a == b:
            check.fail("target", "a tie needs two different people")
        elif a and b:
            out.append(InteractionRecord(source, a, b, weight, kind))
    return out
