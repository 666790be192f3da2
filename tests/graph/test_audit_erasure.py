"""Erasure and the audit log's actor: a person's own look-ups of others stop being attributable
to them, whatever subject their principal had (an OIDC ``sub``, an API key id), on every adapter.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from graph.model import AuditEntry, Batch, Department, Person
from graph.sqlite_store import SqliteStore
from graph.store import GraphStore

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
ORG = Batch(departments=(Department("ict", "ICT", "Gemeente Proefdorp"),),
            people=(Person("p1", "Anna", department_id="ict"),
                    Person("p2", "Bram", department_id="ict"),
                    Person("p3", "Cees", department_id="ict")))
# Anna (p1), hr through OIDC, looks up Bram; another hr tool looks up Bram; Cees, admin through
# an API key of his, looks up Anna
BY_ANNA = AuditEntry(T0, "oidc|abc123", "hr", "p2", "person", "", "p1")
BY_TOOL = AuditEntry(T0 + timedelta(minutes=1), "hr-1", "hr", "p2", "person")
BY_CEES = AuditEntry(T0 + timedelta(minutes=2), "key:beef", "admin", "p1", "person", "", "p3")


def test_the_actors_employee_id_round_trips(store: GraphStore) -> None:
    for entry in (BY_ANNA, BY_TOOL, BY_CEES):
        store.log_audit(entry)
    assert store.audit_log() == [BY_ANNA, BY_TOOL, BY_CEES]
    assert [e.actor_person_id for e in store.audit_log()] == ["p1", None, "p3"]


def test_erasing_the_actor_erases_their_subject_too(store: GraphStore) -> None:
    store.apply(ORG)
    for entry in (BY_ANNA, BY_TOOL, BY_CEES):
        store.log_audit(entry)

    report = store.erase_person("p1")

    # Anna's look-up (her employee id, under another subject) and Cees's look-up of her
    assert report.removed["audit_entries"] == 2
    assert store.audit_log() == [
        replace(BY_ANNA, actor="(erased)", actor_person_id=None),
        BY_TOOL,
        replace(BY_CEES, subject_id="(erased)")]
    assert "oidc|abc123" not in repr(store.audit_log())
    assert "'p1'" not in repr(store.audit_log())


def test_erasing_someone_else_leaves_the_actor(store: GraphStore) -> None:
    store.apply(ORG)
    store.log_audit(BY_ANNA)
    report = store.erase_person("p3")
    assert report.removed["audit_entries"] == 0
    assert store.audit_log() == [BY_ANNA]


# the audit table as the version before ``actor_person_id`` made it
PREVIOUS_AUDIT_LOG = """
CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    role       TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    action     TEXT NOT NULL,
    query      TEXT NOT NULL DEFAULT ''
);
INSERT INTO audit_log (at, actor, role, subject_id, action)
VALUES ('2026-03-01T09:00:00.000000+00:00', 'hr-1', 'hr', 'p2', 'person');
"""


def test_an_audit_log_from_the_previous_version_gets_the_column(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.executescript(PREVIOUS_AUDIT_LOG)
    store = SqliteStore(path)
    try:
        assert store.audit_log() == [AuditEntry(T0, "hr-1", "hr", "p2", "person")]
        store.apply(ORG)
        store.log_audit(replace(BY_ANNA, at=T0 + timedelta(minutes=5)))
        store.erase_person("p1")
        assert [(e.actor, e.actor_person_id) for e in store.audit_log()] == [
            ("hr-1", None), ("(erased)", None)]
    finally:
        store.close()
    with closing(sqlite3.connect(path)) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(audit_log)")]
    assert columns[-1] == "actor_person_id"
    SqliteStore(path).close()  # opened a second time: nothing left to add
