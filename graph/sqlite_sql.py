"""SQL of the SQLite adapter, as module constants, and the recomputation of derived tables.

Shared by the store (``graph.sqlite_store``), its record writes (``graph.sqlite_records``) and
erasure (``graph.sqlite_erasure``), which all recompute the same derived tables.
"""

from __future__ import annotations

import sqlite3

NODE_TABLES = {"Person": "person", "Department": "department", "Topic": "topic",
               "Document": "document"}
# columns added since the first release, as (table, column, declaration): a database file made
# by an earlier version gets them when it is opened (CREATE ... IF NOT EXISTS adds new tables)
ADDED_COLUMNS = (
    ("person", "infer_topics", "INTEGER NOT NULL DEFAULT 1"),
    ("person", "buddy_opt_out", "INTEGER NOT NULL DEFAULT 0"),
    ("api_key", "person_id", "TEXT"),
    ("audit_log", "actor_person_id", "TEXT"),
)
REL_QUERIES = {
    "MEMBER_OF": "SELECT count(*) FROM person WHERE department_id IS NOT NULL",
    "REPORTS_TO": "SELECT count(*) FROM person WHERE manager_id IS NOT NULL",
    "PART_OF": "SELECT count(*) FROM department WHERE parent_id IS NOT NULL",
    "BROADER": "SELECT count(*) FROM topic_broader",
    "CLAIMS": "SELECT count(*) FROM claim",
    "AUTHORED": "SELECT count(*) FROM authored",
    "MENTIONS": "SELECT count(*) FROM mention",
    "KNOWS": "SELECT count(*) FROM knows",
    "INTERACTS": "SELECT count(*) FROM interaction",
    "FEEDBACK": "SELECT count(*) FROM topic_feedback",
    "PAIRED_WITH": "SELECT count(*) FROM pairing",
}

UPSERT_DEPARTMENT = """
INSERT INTO department (id, name, organisation, parent_id) VALUES (?, ?, ?, ?)
ON CONFLICT(id) DO UPDATE SET name = excluded.name, organisation = excluded.organisation,
    parent_id = excluded.parent_id"""
UPSERT_PERSON = """
INSERT INTO person (id, name, email, department_id, title, manager_id, start_date, location,
                    languages, bio)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(id) DO UPDATE SET name = excluded.name, email = excluded.email,
    department_id = excluded.department_id, title = excluded.title,
    manager_id = excluded.manager_id, start_date = excluded.start_date,
    location = excluded.location, languages = excluded.languages, bio = excluded.bio"""
UPSERT_TOPIC = """
INSERT INTO topic (id, label_nl, label_en, aliases_nl, aliases_en, abbreviations, status)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(id) DO UPDATE SET label_nl = excluded.label_nl, label_en = excluded.label_en,
    aliases_nl = excluded.aliases_nl, aliases_en = excluded.aliases_en,
    abbreviations = excluded.abbreviations, status = excluded.status"""
UPSERT_DOCUMENT = """
INSERT INTO document (id, title, text, date, url, department_id, language, kind, content_hash)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(id) DO UPDATE SET title = excluded.title, text = excluded.text, date = excluded.date,
    url = excluded.url, department_id = excluded.department_id, language = excluded.language,
    kind = excluded.kind, content_hash = excluded.content_hash
RETURNING rowid"""
RECOMPUTE_KNOWS = """
INSERT INTO knows (topic_id, person_id, score, evidence_count, last_date)
SELECT m.topic_id, a.person_id, sum(m.score * a.share), count(*), max(d.date)
FROM affected_person p
JOIN authored a ON a.person_id = p.id
JOIN mention m ON m.document_id = a.document_id
JOIN document d ON d.id = a.document_id
GROUP BY m.topic_id, a.person_id"""
# some people's KNOWS (optionally only for :topics), found through the knows_person index
PERSON_KNOWS = """
SELECT * FROM knows
WHERE person_id IN (SELECT value FROM json_each(:people))
  AND (:topics IS NULL OR topic_id IN (SELECT value FROM json_each(:topics)))
ORDER BY topic_id, person_id"""
# a hit's department: the document's, or its first author's when it has none
SEARCH = """
SELECT d.id, f.score, d.date, coalesce(d.department_id, p.department_id) AS department_id
FROM (SELECT rowid, -bm25(document_fts) AS score FROM document_fts
      WHERE document_fts MATCH ? ORDER BY bm25(document_fts) LIMIT ?) f
JOIN document d ON d.rowid = f.rowid
LEFT JOIN authored a ON a.document_id = d.id AND a.position = 0
LEFT JOIN person p ON p.id = a.person_id
ORDER BY f.score DESC"""
# per person: the asked documents first, then the strongest mentions of the topics; the
# document rows (and their text) are read only for what is returned
EVIDENCE = """
WITH picked AS (
  SELECT a.person_id, a.document_id, m.topic_id, m.snippet, m.score * a.share AS weight,
         0 AS asked
  FROM authored a JOIN mention m ON m.document_id = a.document_id
  WHERE a.person_id IN (SELECT value FROM json_each(:people))
    AND m.topic_id IN (SELECT value FROM json_each(:topics))
  UNION ALL
  SELECT a.person_id, a.document_id, m.topic_id, m.snippet, coalesce(m.score, 0) * a.share, 1
  FROM authored a
  LEFT JOIN mention m ON m.document_id = a.document_id
    AND m.topic_id IN (SELECT value FROM json_each(:topics))
  WHERE a.person_id IN (SELECT value FROM json_each(:people))
    AND a.document_id IN (SELECT value FROM json_each(:docs))),
ranked AS (
  SELECT *, row_number() OVER (PARTITION BY person_id
                               ORDER BY asked DESC, weight DESC, document_id) AS n
  FROM picked)
SELECT r.person_id, r.document_id, r.topic_id, r.snippet, r.weight, d.title, d.date, d.url,
       d.kind, d.language, CASE WHEN coalesce(r.snippet, '') = '' THEN d.text END AS text
FROM ranked r JOIN document d ON d.id = r.document_id
WHERE r.n <= :limit
ORDER BY r.person_id, r.n"""
# the departments whose authorship a batch changes: a document's own, or its first author's
EFFECTIVE_DEPARTMENT = """
INSERT OR IGNORE INTO affected_department
SELECT coalesce(d.department_id, p.department_id) FROM document d
LEFT JOIN authored a ON a.document_id = d.id AND a.position = 0
LEFT JOIN person p ON p.id = a.person_id
WHERE d.id = ? AND coalesce(d.department_id, p.department_id) IS NOT NULL"""
# CROSS JOIN keeps SQLite from scanning every document without a department
RECOMPUTE_DEPARTMENT_AUTHORS = """
INSERT INTO department_author (department_id, person_id, documents, share, last_date)
SELECT department_id, person_id, count(*), sum(share), max(date) FROM (
  SELECT d.department_id, a.person_id, a.share, d.date
  FROM affected_department x CROSS JOIN document d CROSS JOIN authored a
  WHERE d.department_id = x.id AND a.document_id = d.id AND d.kind = 'document'
  UNION ALL
  SELECT p.department_id, a.person_id, a.share, d.date
  FROM affected_department x CROSS JOIN person p CROSS JOIN authored first
  CROSS JOIN document d CROSS JOIN authored a
  WHERE p.department_id = x.id AND first.person_id = p.id AND first.position = 0
    AND d.id = first.document_id AND d.department_id IS NULL AND d.kind = 'document'
    AND a.document_id = d.id)
GROUP BY department_id, person_id"""


def start_affected(conn: sqlite3.Connection) -> None:
    """Empty per-transaction lists of the people and departments whose derived rows a write
    changes (temporary tables: private to the connection)."""
    for table in ("affected_person", "affected_department"):
        conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table} (id TEXT PRIMARY KEY)")
        conn.execute(f"DELETE FROM {table}")


def recompute_knows(conn: sqlite3.Connection) -> None:
    """KNOWS again for every person in ``affected_person``."""
    conn.execute("DELETE FROM knows WHERE person_id IN (SELECT id FROM affected_person)")
    conn.execute(RECOMPUTE_KNOWS)


def recompute_department_authors(conn: sqlite3.Connection) -> None:
    """The department authorship rows again for every department in ``affected_department``."""
    conn.execute("DELETE FROM department_author "
                 "WHERE department_id IN (SELECT id FROM affected_department)")
    conn.execute(RECOMPUTE_DEPARTMENT_AUTHORS)


def bump_generation(conn: sqlite3.Connection) -> None:
    """Count one more change of the store (see ``GraphStore.generation``)."""
    conn.execute("INSERT INTO store_meta (id, generation) VALUES (1, 1) "
                 "ON CONFLICT(id) DO UPDATE SET generation = generation + 1")


def missing_columns(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """The ``ADDED_COLUMNS`` an existing table lacks (a table not made yet lacks none)."""
    out = []
    for table, column, declaration in ADDED_COLUMNS:
        present = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        if present and column not in present:
            out.append((table, column, declaration))
    return out
