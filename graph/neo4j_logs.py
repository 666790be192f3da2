"""The Neo4j adapter's operational records: search log, audit log and API keys, as nodes.

``SearchLog`` and ``AuditEntry`` nodes get a random id (the uniqueness constraint every label
has wants one); they are ordered by their ``at`` text, which is UTC ISO 8601 with microseconds
(``graph.store_records.utc_text``), the same as in the SQLite store. Entries logged within the
same microsecond come in no particular order.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from graph.model import ApiKey, AuditEntry, SearchLogEntry
from graph.store_records import from_utc_text, utc_text

CREATE_SEARCH = "CREATE (s:SearchLog {id: $id}) SET s += $props"
SEARCHES = """
MATCH (s:SearchLog) WHERE $since IS NULL OR s.at >= $since
RETURN s {.*} AS entry ORDER BY s.at, s.id"""
CREATE_AUDIT = "CREATE (a:AuditEntry {id: $id}) SET a += $props"
AUDIT_LOG = """
MATCH (a:AuditEntry)
WHERE ($since IS NULL OR a.at >= $since) AND ($subject IS NULL OR a.subject_id = $subject)
RETURN a {.*} AS entry ORDER BY a.at, a.id"""
MERGE_API_KEY = "MERGE (k:ApiKey {id: $id}) SET k = $props"
API_KEYS = "MATCH (k:ApiKey) RETURN k {.*} AS key ORDER BY k.created_at, k.id"


def new_id() -> str:
    return uuid.uuid4().hex


def since(moment: datetime | None) -> str | None:
    return utc_text(moment) if moment is not None else None


def search_props(e: SearchLogEntry) -> dict[str, Any]:
    return {"at": utc_text(e.at), "query": e.query, "results": e.results,
            "top_score": e.top_score, "topic_ids": list(e.topic_ids),
            "organisation": e.organisation, "searcher": e.searcher}


def audit_props(e: AuditEntry) -> dict[str, Any]:
    return {"at": utc_text(e.at), "actor": e.actor, "role": e.role, "subject_id": e.subject_id,
            "action": e.action, "query": e.query, "actor_person_id": e.actor_person_id}


def key_props(k: ApiKey) -> dict[str, Any]:
    return {"id": k.id, "name": k.name, "role": k.role, "secret_hash": k.secret_hash,
            "created_at": utc_text(k.created_at),
            "revoked_at": utc_text(k.revoked_at) if k.revoked_at else None,
            "person_id": k.person_id}


def search_entry(p: dict[str, Any]) -> SearchLogEntry:
    return SearchLogEntry(from_utc_text(p["at"]), p["query"], int(p["results"]),
                          float(p["top_score"]), tuple(p.get("topic_ids") or ()),
                          p.get("organisation"), p.get("searcher"))


def audit_entry(p: dict[str, Any]) -> AuditEntry:
    return AuditEntry(from_utc_text(p["at"]), p["actor"], p["role"], p["subject_id"],
                      p["action"], p.get("query") or "", p.get("actor_person_id"))


def api_key(p: dict[str, Any]) -> ApiKey:
    revoked = p.get("revoked_at")
    return ApiKey(p["id"], p["name"], p["role"], p["secret_hash"], from_utc_text(p["created_at"]),
                  from_utc_text(revoked) if revoked else None, p.get("person_id"))
