"""The SQLite adapter's person-owned and operational records: privacy choices, pairings, scope
policies, the change check behind ``generation``, and the search log, audit log and API keys.

Functions over a connection; ``graph.sqlite_store`` calls them inside its transactions.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import date, datetime

from graph.errors import InvalidInputError
from graph.model import (
    ApiKey,
    AuditEntry,
    Batch,
    Pairing,
    ScopeKind,
    ScopePolicy,
    SearchLogEntry,
)
from graph.store_records import (
    from_utc_text,
    last_pairings,
    last_policies,
    merged_privacy,
    record_problems,
    referenced_people,
    touched,
    utc_text,
)

_IN = "IN (SELECT value FROM json_each(?))"
# every row a batch can change outside its documents, read before and after writing it; a
# document's change is known from its content hash. Derived rows follow from these.
_SNAPSHOT = (
    ("departments", f"SELECT * FROM department WHERE id {_IN} ORDER BY id"),
    ("topics", f"SELECT * FROM topic WHERE id {_IN} ORDER BY id"),
    ("topics", f"SELECT * FROM topic_broader WHERE topic_id {_IN} ORDER BY 1, 2"),
    ("people", f"SELECT * FROM person WHERE id {_IN} ORDER BY id"),
    ("people", f"SELECT * FROM claim WHERE person_id {_IN} ORDER BY 1, 2"),
    ("people", f"SELECT * FROM interaction WHERE source {_IN} ORDER BY 1, 2, 3"),
    ("people", f"SELECT * FROM topic_feedback WHERE person_id {_IN} ORDER BY 1, 2"),
    ("people", f"SELECT * FROM pairing WHERE newcomer_id {_IN} ORDER BY 1, 2"),
)
_PRIVACY = """
UPDATE person SET visibility = coalesce(?, visibility), infer_topics = coalesce(?, infer_topics),
    buddy_opt_out = coalesce(?, buddy_opt_out)
WHERE id = ?"""
_UPSERT_PAIRING = """
INSERT INTO pairing (newcomer_id, buddy_id, accepted_on) VALUES (?, ?, ?)
ON CONFLICT(newcomer_id, buddy_id) DO UPDATE SET accepted_on = excluded.accepted_on"""
_UPSERT_POLICY = """
INSERT INTO scope_policy (kind, scope_id, infer_from_documents, findable_by_other_organisations)
VALUES (?, ?, ?, ?)
ON CONFLICT(kind, scope_id) DO UPDATE SET infer_from_documents = excluded.infer_from_documents,
    findable_by_other_organisations = excluded.findable_by_other_organisations"""


def snapshot(conn: sqlite3.Connection, batch: Batch) -> list[list[tuple[object, ...]]]:
    """The stored rows ``batch`` may change (besides documents), to compare after writing."""
    keys = touched(batch)
    rows = [[tuple(r) for r in conn.execute(sql, (json.dumps(keys[kind]),))]
            for kind, sql in _SNAPSHOT if keys[kind]]
    if batch.policies:
        rows.append([tuple(r) for r in conn.execute("SELECT * FROM scope_policy ORDER BY 1, 2")])
    return rows


def write_records(conn: sqlite3.Connection, batch: Batch) -> None:
    """Write the privacy choices, pairings and policies of ``batch`` after its people and
    departments; ``InvalidInputError`` (the caller rolls back) for anything they refer to that
    does not exist."""
    people = referenced_people(batch)
    departments = {p.scope_id for p in batch.policies if p.kind is ScopeKind.DEPARTMENT}
    problems = record_problems(
        batch, _existing(conn, "person", people), _existing(conn, "department", departments),
        [r[0] for r in conn.execute("SELECT DISTINCT organisation FROM department")]
        if batch.policies else [])
    if problems:
        raise InvalidInputError(problems)
    conn.executemany(_PRIVACY, [
        (c.visibility.value if c.visibility else None, c.infer_topics, c.buddy_opt_out,
         c.person_id) for c in merged_privacy(batch.privacy)])
    conn.executemany(_UPSERT_PAIRING, [(p.newcomer_id, p.buddy_id, p.accepted_on.isoformat())
                                       for p in last_pairings(batch.pairings)])
    conn.executemany(_UPSERT_POLICY, [
        (p.kind.value, p.scope_id, p.infer_from_documents, p.findable_by_other_organisations)
        for p in last_policies(batch.policies)])


def _existing(conn: sqlite3.Connection, table: str, ids: set[str]) -> set[str]:
    if not ids:
        return set()
    return {r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE id {_IN}",
                                       (json.dumps(sorted(ids)),))}


def generation(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT generation FROM store_meta WHERE id = 1").fetchone()
    return int(row[0]) if row else 0


# ---------------------------------------------------------------- reads


def pairing(r: sqlite3.Row) -> Pairing:
    return Pairing(r["newcomer_id"], r["buddy_id"], date.fromisoformat(r["accepted_on"]))


def policy(r: sqlite3.Row) -> ScopePolicy:
    return ScopePolicy(ScopeKind(r["kind"]), r["scope_id"], _flag(r["infer_from_documents"]),
                       _flag(r["findable_by_other_organisations"]))


def _flag(value: int | None) -> bool | None:
    return None if value is None else bool(value)


# ---------------------------------------------------------------- logs and keys

INSERT_SEARCH = """
INSERT INTO search_log (at, query, results, top_score, topic_ids, organisation, searcher)
VALUES (?, ?, ?, ?, ?, ?, ?)"""
INSERT_AUDIT = """
INSERT INTO audit_log (at, actor, role, subject_id, action, query, actor_person_id)
VALUES (?, ?, ?, ?, ?, ?, ?)"""
UPSERT_API_KEY = """
INSERT INTO api_key (id, name, role, secret_hash, created_at, revoked_at, person_id)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(id) DO UPDATE SET name = excluded.name, role = excluded.role,
    secret_hash = excluded.secret_hash, created_at = excluded.created_at,
    revoked_at = excluded.revoked_at, person_id = excluded.person_id"""


def search_values(e: SearchLogEntry) -> tuple[object, ...]:
    return (utc_text(e.at), e.query, e.results, e.top_score, json.dumps(list(e.topic_ids)),
            e.organisation, e.searcher)


def audit_values(e: AuditEntry) -> tuple[object, ...]:
    return (utc_text(e.at), e.actor, e.role, e.subject_id, e.action, e.query, e.actor_person_id)


def key_values(k: ApiKey) -> tuple[object, ...]:
    return (k.id, k.name, k.role, k.secret_hash, utc_text(k.created_at),
            utc_text(k.revoked_at) if k.revoked_at else None, k.person_id)


def search_entry(r: sqlite3.Row) -> SearchLogEntry:
    return SearchLogEntry(from_utc_text(r["at"]), r["query"], r["results"], r["top_score"],
                          tuple(json.loads(r["topic_ids"])), r["organisation"], r["searcher"])


def audit_entry(r: sqlite3.Row) -> AuditEntry:
    return AuditEntry(from_utc_text(r["at"]), r["actor"], r["role"], r["subject_id"],
                      r["action"], r["query"], r["actor_person_id"])


def api_key(r: sqlite3.Row) -> ApiKey:
    return ApiKey(r["id"], r["name"], r["role"], r["secret_hash"], from_utc_text(r["created_at"]),
                  from_utc_text(r["revoked_at"]) if r["revoked_at"] else None, r["person_id"])


def since_clause(since: datetime | None, extra: Sequence[tuple[str, object]] = ()
                 ) -> tuple[str, list[object]]:
    """A WHERE clause (possibly empty) for ``at >= since`` and column equalities."""
    where = [(f"{column} = ?", value) for column, value in extra if value is not None]
    if since is not None:
        where.insert(0, ("at >= ?", utc_text(since)))
    if not where:
        return "", []
    return " WHERE " + " AND ".join(w for w, _ in where), [v for _, v in where]
