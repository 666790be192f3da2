"""Erasing one person from the SQLite store (``GraphStore.erase_person``), in the caller's
transaction.

Documents the person wrote alone go, with their mentions and full-text rows; documents they
wrote with others stay with the others, whose authorship positions and shares are renumbered
as if the person had never been listed, and whose KNOWS and department authorship are derived
again. Counts are taken before each delete and reported under ``counts()``' names, so
``counts()`` before minus after equals the report.
"""

from __future__ import annotations

import sqlite3

from graph import sqlite_sql as sql
from graph.errors import NotFoundError
from graph.model import ErasureReport
from graph.store_records import (
    ANONYMISED_AUDIT,
    REDACTED_SEARCHES,
    REMOVED_KEYS,
    REMOVED_SEARCHES,
    redact,
    scrub_audit,
    tombstone,
)

_COUNTS = {
    "MEMBER_OF": "SELECT count(*) FROM person WHERE id = :id AND department_id IS NOT NULL",
    "REPORTS_TO": "SELECT (SELECT count(*) FROM person WHERE id = :id AND manager_id IS NOT NULL)"
                  " + (SELECT count(*) FROM person WHERE manager_id = :id AND id != :id)",
    "CLAIMS": "SELECT count(*) FROM claim WHERE person_id = :id",
    "KNOWS": "SELECT count(*) FROM knows WHERE person_id = :id",
    "FEEDBACK": "SELECT count(*) FROM topic_feedback WHERE person_id = :id",
    "INTERACTS": "SELECT count(*) FROM interaction WHERE source = :id OR target = :id",
    "PAIRED_WITH": "SELECT count(*) FROM pairing WHERE newcomer_id = :id OR buddy_id = :id",
    "AUTHORED": "SELECT count(*) FROM authored WHERE person_id = :id",
}
# the person's rows, children first; documents and authorship are handled before
_DELETES = (
    "DELETE FROM claim WHERE person_id = :id",
    "DELETE FROM knows WHERE person_id = :id",
    "DELETE FROM topic_feedback WHERE person_id = :id",
    "DELETE FROM interaction WHERE source = :id OR target = :id",
    "DELETE FROM pairing WHERE newcomer_id = :id OR buddy_id = :id",
    "DELETE FROM department_author WHERE person_id = :id",
    "DELETE FROM authored WHERE person_id = :id",
    "UPDATE person SET manager_id = NULL WHERE manager_id = :id",
    "DELETE FROM person WHERE id = :id",
)
_WRITTEN = """
SELECT d.id, d.rowid, (SELECT count(*) FROM authored b WHERE b.document_id = d.id) AS authors,
       (SELECT count(*) FROM mention m WHERE m.document_id = d.id) AS mentions
FROM authored a JOIN document d ON d.id = a.document_id
WHERE a.person_id = ?"""


def erase(conn: sqlite3.Connection, person_id: str) -> ErasureReport:
    """Remove the person everywhere; ``NotFoundError`` (nothing written) for an unknown id."""
    if conn.execute("SELECT 1 FROM person WHERE id = ?", (person_id,)).fetchone() is None:
        raise NotFoundError(f"unknown person {person_id!r}")
    key = {"id": person_id}
    removed = {kind: int(conn.execute(query, key).fetchone()[0])
               for kind, query in _COUNTS.items()}
    written = conn.execute(_WRITTEN, (person_id,)).fetchall()
    alone = [(r[0], r[1]) for r in written if r[2] == 1]
    shared = [r[0] for r in written if r[2] > 1]
    removed["Person"] = 1
    removed["Document"] = len(alone)
    removed["MENTIONS"] = sum(int(r[3]) for r in written if r[2] == 1)

    sql.start_affected(conn)
    # the departments whose authorship changes: of every document the person wrote, and again
    # below for the shared ones, whose first author may now be someone else
    conn.executemany(sql.EFFECTIVE_DEPARTMENT, [(r[0],) for r in written])
    conn.executemany("INSERT OR IGNORE INTO affected_person SELECT person_id FROM authored "
                     "WHERE document_id = ? AND person_id != ?",
                     [(doc, person_id) for doc in shared])
    conn.executemany("DELETE FROM document_fts WHERE rowid = ?", [(rowid,) for _, rowid in alone])
    conn.executemany("DELETE FROM document WHERE id = ?", [(doc,) for doc, _ in alone])
    for statement in _DELETES:
        conn.execute(statement, key)
    _renumber_authors(conn, shared)
    conn.executemany(sql.EFFECTIVE_DEPARTMENT, [(doc,) for doc in shared])
    sql.recompute_knows(conn)
    sql.recompute_department_authors(conn)

    removed.update(_scrub_logs(conn, person_id))
    conn.execute("INSERT OR IGNORE INTO erased_person (id_hash) VALUES (?)",
                 (tombstone(person_id),))
    sql.bump_generation(conn)
    return ErasureReport(person_id, removed)


def _renumber_authors(conn: sqlite3.Connection, documents: list[str]) -> None:
    """Positions 0.. in the old order and equal shares for the authors who remain."""
    for doc in documents:
        authors = [r[0] for r in conn.execute(
            "SELECT person_id FROM authored WHERE document_id = ? ORDER BY position", (doc,))]
        conn.executemany(
            "UPDATE authored SET position = ?, share = ? WHERE document_id = ? AND person_id = ?",
            [(i, 1.0 / len(authors), doc, p) for i, p in enumerate(authors)])


def _scrub_logs(conn: sqlite3.Connection, person_id: str) -> dict[str, int]:
    """Delete the person's own searches; put ``(erased)`` for the id wherever else a log has it."""
    searches = conn.execute("DELETE FROM search_log WHERE searcher = ?", (person_id,)).rowcount
    keys = conn.execute("DELETE FROM api_key WHERE person_id = ?", (person_id,)).rowcount
    rows = conn.execute("SELECT seq, query FROM search_log WHERE instr(query, ?) > 0",
                        (person_id,)).fetchall()
    redacted = [(new, seq) for seq, query in rows if (new := redact(query, person_id)) != query]
    conn.executemany("UPDATE search_log SET query = ? WHERE seq = ?", redacted)
    audit = []
    for seq, actor, by, subject, query in conn.execute(
            "SELECT seq, actor, actor_person_id, subject_id, query FROM audit_log "
            "WHERE actor = :id OR actor_person_id = :id OR subject_id = :id "
            "OR instr(query, :id) > 0", {"id": person_id}):
        scrubbed = scrub_audit(person_id, actor, by, subject, query)
        if scrubbed != (actor, by, subject, query):
            audit.append((*scrubbed, seq))
    conn.executemany("UPDATE audit_log SET actor = ?, actor_person_id = ?, subject_id = ?, "
                     "query = ? WHERE seq = ?", audit)
    return {REMOVED_SEARCHES: searches, REDACTED_SEARCHES: len(redacted),
            ANONYMISED_AUDIT: len(audit), REMOVED_KEYS: keys}
