"""Privacy use cases behind the API and the CLI: a person's own choices, erasure, and imports
given as records rather than files.

A person's choices (visibility, inferred topics, buddy opt-out) are written through
``Batch.privacy`` so no import ever undoes them. Erasure is one store transaction and then
drops every in-memory cache that could still hold the person.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from api.service import Service
from extraction.ingest import IngestReport, IngestRequest
from graph.errors import NotFoundError
from graph.model import (
    Batch,
    ErasureReport,
    Person,
    PrivacyChoice,
    ScopeKind,
    ScopePolicy,
    Visibility,
)


def set_privacy(service: Service, person_id: str, *, visibility: Visibility | None = None,
                infer_topics: bool | None = None, buddy_opt_out: bool | None = None) -> Person:
    """Record a person's own choices and return the person as now stored."""
    service.person(person_id)
    service.store.apply(Batch(privacy=(PrivacyChoice(person_id, visibility, infer_topics,
                                                     buddy_opt_out),)))
    return service.person(person_id)


def erase(service: Service, person_id: str) -> ErasureReport:
    """Erase a person everywhere (store, derived scores, caches). Raises ``NotFoundError``."""
    report = service.store.erase_person(person_id)
    service.forget()
    return report


def set_policy(service: Service, kind: ScopeKind, scope_id: str, *,
               infer_from_documents: bool | None = None,
               findable_by_other_organisations: bool | None = None) -> ScopePolicy:
    """A department's or organisation's setting (works council decisions)."""
    if kind is ScopeKind.DEPARTMENT:
        service.department(scope_id)
    elif scope_id not in {d.organisation for d in service.store.departments()}:
        raise NotFoundError(f"no organisation {scope_id!r}")
    policy = ScopePolicy(kind, scope_id, infer_from_documents, findable_by_other_organisations)
    service.store.apply(Batch(policies=(policy,)))
    service.forget()
    return policy


def ingest_records(service: Service, *, people: Sequence[Mapping[str, Any]] = (),
                   documents: Sequence[Mapping[str, Any]] = ()) -> IngestReport:
    """Ingest records in the JSONL import formats, as if they were files.

    They go through the file readers, so the checks and the messages are the same; a problem's
    ``line`` is the record's position counted from 1, the file is ``people.jsonl`` or
    ``documents.jsonl`` in a temporary folder (callers show its name only).
    Raises ``InvalidInputError`` and writes nothing when any record is wrong.
    """
    with tempfile.TemporaryDirectory(prefix="wieweet-records-") as tmp:
        paths = {}
        for name, records in (("people", people), ("documents", documents)):
            if records:
                path = Path(tmp) / f"{name}.jsonl"
                path.write_text("".join(json.dumps(r, ensure_ascii=False, default=str) + "\n"
                                        for r in records), encoding="utf-8")
                paths[name] = path
        request = IngestRequest(people=[paths["people"]] if "people" in paths else [],
                                documents=[paths["documents"]] if "documents" in paths else [])
        return service.ingest(request)
