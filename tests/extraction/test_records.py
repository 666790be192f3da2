"""Readers: people (CSV, JSONL, SCIM), departments and documents, with file/line/field errors."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from extraction.documents import Skipped, read_documents
from extraction.records import read_departments, read_people
from graph.errors import InputProblem


def test_people_csv_with_skills_levels_and_flags(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        "id,name,email,department,skills,ask_me_about,start_date,languages\n"
        "e1,Anna,anna@x.nl,ict,Wmo:4;privacy:expert;AVG,privacy,2021-02-03,nl;en\n",
        encoding="utf-8")
    problems: list[InputProblem] = []
    [anna] = read_people(path, problems)
    assert problems == []
    assert anna.start_date == date(2021, 2, 3) and anna.languages == ("nl", "en")
    skills = {s.label: (s.level, s.ask_me_about) for s in anna.skills}
    assert skills == {"Wmo": (4, False), "privacy": (5, True), "AVG": (None, False)}


def test_people_errors_name_file_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("id,name,email,start_date,skills\n"
                    "e1,Anna,anna@x.nl,2021-02-03,\n"
                    "e2,,geen-mail,3 maart,Wmo:9\n", encoding="utf-8")
    problems: list[InputProblem] = []
    read_people(path, problems)
    found = {(p.line, p.field) for p in problems}
    assert found == {(3, "name"), (3, "email"), (3, "start_date"), (3, "skills")}
    assert all(p.file == str(path) for p in problems)
    assert "line 3, field 'start_date'" in str(next(p for p in problems if p.field == "start_date"))


def test_people_jsonl_reports_bad_json_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "people.jsonl"
    path.write_text('{"id": "e1", "name": "Anna", "skills": ["Wmo:3"]}\n{"id": "e2", name}\n',
                    encoding="utf-8")
    problems: list[InputProblem] = []
    people = read_people(path, problems)
    assert [p.id for p in people] == ["e1"] and people[0].skills[0].level == 3
    assert [(p.line, p.field) for p in problems] == [(2, None)]


def test_scim_users_with_enterprise_extension(tmp_path: Path) -> None:
    user = {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "id": "2819c223",
        "userName": "bjensen@example.nl", "name": {"givenName": "Barbara", "familyName": "Jensen"},
        "emails": [{"value": "b@example.nl", "primary": True}], "title": "Jurist",
        "addresses": [{"locality": "Utrecht"}],
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
            "employeeNumber": "e701", "department": "Juridische Zaken",
            "manager": {"value": "e100", "displayName": "Baas"}},
        "urn:ietf:params:scim:schemas:extension:wieweet:2.0:User": {"startDate": "2026-10-01"},
    }
    inactive = {**user, "active": False, "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
                {"employeeNumber": "e702"}}
    path = tmp_path / "users.json"
    path.write_text(json.dumps({"Resources": [user, inactive]}), encoding="utf-8")
    problems: list[InputProblem] = []
    [person] = read_people(path, problems)
    assert problems == []
    assert (person.id, person.name, person.email, person.department, person.manager_id,
            person.location, person.start_date) == (
        "e701", "Barbara Jensen", "b@example.nl", "Juridische Zaken", "e100", "Utrecht",
        date(2026, 10, 1))


def test_departments_csv(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text("id,name,parent_id,organisation\norg,Gemeente,,G\nict,ICT,org,G\n,Leeg,,G\n",
                    encoding="utf-8")
    problems: list[InputProblem] = []
    depts = read_departments(path, problems)
    assert [(d.id, d.parent_id) for d in depts] == [("org", None), ("ict", "org")]
    assert [(p.line, p.field) for p in problems] == [(4, "id")]


def test_markdown_front_matter_and_skipped_files(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "memo.md").write_text(
        "---\ntitle: Memo\nauthors: [e1, e2]\ndate: 2025-01-31\n---\n# Kop\nTekst over de Wmo.\n",
        encoding="utf-8")
    (folder / "kaal.txt").write_text("Eerste regel als titel\nen de rest.", encoding="utf-8")
    (folder / "leeg.md").write_text("  \n", encoding="utf-8")
    problems: list[InputProblem] = []
    skipped: list[Skipped] = []
    docs = read_documents([folder], problems, skipped)
    assert [(d.id, d.title, d.authors, d.date) for d in docs] == [
        ("sub/memo", "Memo", ("e1", "e2"), date(2025, 1, 31))]
    assert docs[0].text == "# Kop\nTekst over de Wmo."
    # a text file without authors is a problem; an empty file is skipped, not fatal
    assert [(p.file.endswith("kaal.txt"), p.field) for p in problems] == [(True, "authors")]
    assert [s.path.endswith("leeg.md") for s in skipped] == [True]


def test_documents_jsonl_field_errors(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "d1", "title": "T", "authors": ["e1"], "text": "x", "date": "2025-01-01"}\n'
                    '{"id": "d2", "title": "T", "authors": [], "text": "", "date": "gisteren"}\n',
                    encoding="utf-8")
    problems: list[InputProblem] = []
    docs = read_documents([path], problems, [])
    assert [d.id for d in docs] == ["d1"]
    assert {(p.line, p.field) for p in problems} == {(2, "authors"), (2, "text"), (2, "date")}
