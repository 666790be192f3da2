"""Readers for documents: JSONL files, folders of Markdown/text files with YAML front matter,
and HTML, PDF and DOCX files (``extraction.readers_rich``).

A malformed record (bad field) is a problem that rejects the batch; an unreadable or empty file
is reported and skipped (see ``read_documents``), so one broken export does not stop the rest.
Authors in JSONL and front matter are person ids; in HTML/PDF/DOCX metadata they are free text,
resolved at ingest (``DocumentRecord.authors_from_metadata``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from extraction.records import FieldChecker, Source, read_rows
from graph.errors import InputProblem


@dataclass
class DocumentRecord:
    source: Source
    id: str
    title: str
    text: str
    authors: tuple[str, ...]
    date: date | None = None
    url: str | None = None
    department: str | None = None
    authors_from_metadata: bool = False  # names or e-mail addresses, not person ids


@dataclass
class Skipped:
    """A file that could not be read; reported, never fatal."""

    path: str
    reason: str


def read_documents(paths: Iterable[Path], problems: list[InputProblem],
                   skipped: list[Skipped]) -> list[DocumentRecord]:
    """Documents from files and folders: ``.jsonl``, ``.md``, ``.txt``, ``.html``, ``.pdf``,
    ``.docx`` (files of other types in a folder are passed over)."""
    out: list[DocumentRecord] = []
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            reader = READERS.get(file.suffix.lower())
            if reader is None:
                if not path.is_dir():
                    skipped.append(Skipped(str(file), f"unsupported file type {file.suffix!r}"))
                continue
            out.extend(reader(file, path if path.is_dir() else file.parent, problems, skipped))
    return out


def _record(check: FieldChecker, row: dict[str, Any], fallback_id: str | None = None,
            fallback_title: str | None = None) -> DocumentRecord | None:
    doc_id = check.ident(row, "id", required=fallback_id is None) or fallback_id
    title = check.text(row, "title") or fallback_title
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        check.fail("text", "is required and empty")
    authors = check.items(row, "authors")
    if not authors:
        check.fail("authors", "is required: at least one person id")
    when = check.iso_date(row, "date")
    if not (doc_id and isinstance(text, str) and text.strip() and authors):
        return None
    return DocumentRecord(check.source, doc_id, title or doc_id, text.strip(), tuple(authors),
                          when, check.text(row, "url"), check.text(row, "department"))


def _read_jsonl(file: Path, root: Path, problems: list[InputProblem],
                skipped: list[Skipped]) -> list[DocumentRecord]:
    out = []
    for source, row in read_rows(file, problems):
        record = _record(FieldChecker(problems, source), row)
        if record:
            out.append(record)
    return out


def _read_text(file: Path, root: Path, problems: list[InputProblem],
               skipped: list[Skipped]) -> list[DocumentRecord]:
    try:
        raw = file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        skipped.append(Skipped(str(file), f"cannot be read: {exc}"))
        return []
    if not raw.strip():
        skipped.append(Skipped(str(file), "is empty"))
        return []
    check = FieldChecker(problems, Source(str(file), 1))
    meta, body = _front_matter(raw, check)
    body_lines = body.strip().splitlines()
    title = meta.get("title")
    if not title and body_lines and body_lines[0].startswith("#"):
        title, body_lines = body_lines[0].lstrip("#").strip(), body_lines[1:]
    row = {**meta, "title": title, "text": "\n".join(body_lines)}
    # the path below the folder is the stable id, so a re-ingest of the folder upserts
    fallback_id = file.relative_to(root).with_suffix("").as_posix()
    record = _record(check, row, fallback_id=fallback_id,
                     fallback_title=body_lines[0][:120] if body_lines else file.stem)
    return [record] if record else []


def _front_matter(raw: str, check: FieldChecker) -> tuple[dict[str, Any], str]:
    if not raw.startswith("---"):
        return {}, raw
    end = raw.find("\n---", 3)
    if end < 0:
        check.fail("front matter", "starts with '---' but has no closing '---' line")
        return {}, raw
    try:
        meta = yaml.safe_load(raw[3:end]) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        check.source.line = mark.line + 2 if mark else 1
        check.fail("front matter", f"is not valid YAML: {getattr(exc, 'problem', exc)}")
        return {}, raw[end + 4:]
    if not isinstance(meta, dict):
        check.fail("front matter", "must be a YAML mapping (title:, authors:, date:)")
        return {}, raw[end + 4:]
    if isinstance(meta.get("date"), date):
        meta["date"] = meta["date"].isoformat()
    return meta, raw[end + 4:].split("\n", 1)[-1] if "\n" in raw[end + 4:] else ""


def _read_rich(file: Path, root: Path, problems: list[InputProblem],
               skipped: list[Skipped]) -> list[DocumentRecord]:
    from extraction.readers_rich import read_rich  # loads the HTML/PDF/DOCX libraries on use

    return read_rich(file, root, problems, skipped)


Reader = Callable[[Path, Path, list[InputProblem], list[Skipped]], list[DocumentRecord]]
READERS: dict[str, Reader] = {".jsonl": _read_jsonl, ".md": _read_text, ".markdown": _read_text,
                              ".txt": _read_text, ".html": _read_rich, ".htm": _read_rich,
                              ".pdf": _read_rich, ".docx": _read_rich}
