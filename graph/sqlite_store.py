"""Embedded GraphStore on SQLite: WAL, foreign keys, FTS5, one transaction per batch.

One connection per thread (SQLite connections are not shared across threads), so the API's
thread pool reads concurrently while a CLI ingest writes: WAL lets readers see the last
committed batch.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from importlib import resources
from pathlib import Path

from graph.errors import InputProblem, InvalidInputError, StoreUnavailableError
from graph.model import (
    AnalysedDocument,
    Authorship,
    Batch,
    BatchResult,
    Claim,
    Department,
    DepartmentAuthor,
    DocumentHit,
    DocumentKind,
    Evidence,
    Interaction,
    Person,
    PersonClaim,
    PersonTopicScore,
    StoreCounts,
    Topic,
    TopicFeedback,
    TopicStatus,
    Verdict,
    Visibility,
)
from graph.text import fts_query, snippet_around

_NODE_TABLES = {"Person": "person", "Department": "department", "Topic": "topic",
                "Document": "document"}
_REL_QUERIES = {
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
}

_UPSERT_DEPARTMENT = """
INSERT INTO department (id, name, organisation, parent_id) VALUES (?, ?, ?, ?)
ON CONFLICT(id) DO UPDATE SET name = excluded.name, organisation = excluded.organisation,
    parent_id = excluded.parent_id"""
_UPSERT_PERSON = """
INSERT INTO person (id, name, email, department_id, title, manager_id, start_date, location,
                    languages, bio)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(id) DO UPDATE SET name = excluded.name, email = excluded.email,
    department_id = excluded.department_id, title = excluded.title,
    manager_id = excluded.manager_id, start_date = excluded.start_date,
    location = excluded.location, languages = excluded.languages, bio = excluded.bio"""
_UPSERT_TOPIC = """
INSERT INTO topic (id, label_nl, label_en, aliases_nl, aliases_en, abbreviations, status)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(id) DO UPDATE SET label_nl = excluded.label_nl, label_en = excluded.label_en,
    aliases_nl = excluded.aliases_nl, aliases_en = excluded.aliases_en,
    abbreviations = excluded.abbreviations, status = excluded.status"""
_UPSERT_DOCUMENT = """
INSERT INTO document (id, title, text, date, url, department_id, language, kind, content_hash)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(id) DO UPDATE SET title = excluded.title, text = excluded.text, date = excluded.date,
    url = excluded.url, department_id = excluded.department_id, language = excluded.language,
    kind = excluded.kind, content_hash = excluded.content_hash
RETURNING rowid"""
_RECOMPUTE_KNOWS = """
INSERT INTO knows (topic_id, person_id, score, evidence_count, last_date)
SELECT m.topic_id, a.person_id, sum(m.score * a.share), count(*), max(d.date)
FROM affected_person p
JOIN authored a ON a.person_id = p.id
JOIN mention m ON m.document_id = a.document_id
JOIN document d ON d.id = a.document_id
GROUP BY m.topic_id, a.person_id"""
# a hit's department: the document's, or its first author's when it has none
_SEARCH = """
SELECT d.id, f.score, d.date, coalesce(d.department_id, p.department_id) AS department_id
FROM (SELECT rowid, -bm25(document_fts) AS score FROM document_fts
      WHERE document_fts MATCH ? ORDER BY bm25(document_fts) LIMIT ?) f
JOIN document d ON d.rowid = f.rowid
LEFT JOIN authored a ON a.document_id = d.id AND a.position = 0
LEFT JOIN person p ON p.id = a.person_id
ORDER BY f.score DESC"""
# per person: the asked documents first, then the strongest mentions of the topics; the
# document rows (and their text) are read only for what is returned
_EVIDENCE = """
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
       d.kind, CASE WHEN coalesce(r.snippet, '') = '' THEN d.text END AS text
FROM ranked r JOIN document d ON d.id = r.document_id
WHERE r.n <= :limit
ORDER BY r.person_id, r.n"""
# the departments whose authorship a batch changes: a document's own, or its first author's
_EFFECTIVE_DEPARTMENT = """
INSERT OR IGNORE INTO affected_department
SELECT coalesce(d.department_id, p.department_id) FROM document d
LEFT JOIN authored a ON a.document_id = d.id AND a.position = 0
LEFT JOIN person p ON p.id = a.person_id
WHERE d.id = ? AND coalesce(d.department_id, p.department_id) IS NOT NULL"""
# CROSS JOIN keeps SQLite from scanning every document without a department
_RECOMPUTE_DEPARTMENT_AUTHORS = """
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


class SqliteStore:
    """GraphStore on a SQLite file."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._all: list[sqlite3.Connection] = []
        schema = resources.files("graph").joinpath("sqlite_schema.sql").read_text("utf-8")
        self._conn().executescript(schema)
        self._derive_missing()

    def _derive_missing(self) -> None:
        """Fill derived tables that a store written by an older version lacks."""
        conn = self._conn()
        if conn.execute("SELECT EXISTS (SELECT 1 FROM document) "
                        "AND NOT EXISTS (SELECT 1 FROM department_author)").fetchone()[0]:
            with self._transaction() as tx:
                tx.execute("CREATE TEMP TABLE IF NOT EXISTS affected_department "
                           "(id TEXT PRIMARY KEY)")
                tx.execute("DELETE FROM affected_department")
                tx.execute("INSERT INTO affected_department SELECT id FROM department")
                tx.execute(_RECOMPUTE_DEPARTMENT_AUTHORS)

    # ------------------------------------------------------------ connections

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            try:
                if self.path != ":memory:":
                    Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA foreign_keys = ON")
                conn.execute("PRAGMA synchronous = NORMAL")
                conn.execute("PRAGMA busy_timeout = 10000")
                # every API thread has its own connection: memory-mapped reads share the
                # operating system's page cache instead of warming a private cache each
                conn.execute("PRAGMA mmap_size = 1073741824")
                conn.execute("PRAGMA cache_size = -16000")
            except (sqlite3.Error, OSError) as exc:
                raise StoreUnavailableError(f"cannot open SQLite store {self.path}: {exc}") from exc
            self._local.conn = conn
            self._all.append(conn)
        return conn

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn()
        with self._write_lock:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        for conn in self._all:
            conn.close()
        self._all.clear()
        self._local = threading.local()

    # ------------------------------------------------------------ writes

    def apply(self, batch: Batch) -> BatchResult:
        try:
            with self._transaction() as conn:
                result = self._apply(conn, batch)
                problems = _dangling_references(conn)
                if problems:
                    raise InvalidInputError(problems)
                return result
        except sqlite3.IntegrityError as exc:
            raise InvalidInputError([InputProblem("batch", None, None, str(exc))]) from exc

    def _apply(self, conn: sqlite3.Connection, batch: Batch) -> BatchResult:
        conn.executemany("DELETE FROM topic WHERE id = ?", [(t,) for t in batch.removed_topics])
        conn.executemany(_UPSERT_DEPARTMENT, [
            (d.id, d.name, d.organisation, d.parent_id) for d in batch.departments])
        conn.executemany(_UPSERT_TOPIC, [
            (t.id, t.label_nl, t.label_en, json.dumps(t.aliases_nl), json.dumps(t.aliases_en),
             json.dumps(t.abbreviations), t.status.value) for t in batch.topics])
        topic_ids = [(t.id,) for t in batch.topics]
        conn.executemany("DELETE FROM topic_broader WHERE topic_id = ?", topic_ids)
        conn.executemany("INSERT INTO topic_broader VALUES (?, ?)", [
            (t.id, b) for t in batch.topics for b in t.broader])
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS affected_department (id TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM affected_department")
        moved = [(p.id,) for p in batch.people]  # a person's documents without a department move
        conn.executemany("INSERT OR IGNORE INTO affected_department SELECT department_id "
                         "FROM person WHERE id = ? AND department_id IS NOT NULL", moved)
        conn.executemany(_UPSERT_PERSON, [
            (p.id, p.name, p.email, p.department_id, p.title, p.manager_id, _iso(p.start_date),
             p.location, json.dumps(p.languages), p.bio) for p in batch.people])
        conn.executemany("DELETE FROM claim WHERE person_id = ?", [(p.id,) for p in batch.people])
        conn.executemany("INSERT INTO claim VALUES (?, ?, ?, ?, ?, ?)", [
            (p.id, c.topic_id, c.level, c.ask_me_about, c.able_to_mentor, c.wants_to_learn)
            for p in batch.people for c in p.claims])
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS affected_person (id TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM affected_person")
        mentions = sum(self._write_document(conn, a) for a in batch.documents)
        conn.execute("DELETE FROM knows WHERE person_id IN (SELECT id FROM affected_person)")
        conn.execute(_RECOMPUTE_KNOWS)
        conn.executemany("INSERT OR IGNORE INTO affected_department SELECT department_id "
                         "FROM person WHERE id = ? AND department_id IS NOT NULL", moved)
        conn.execute("DELETE FROM department_author "
                     "WHERE department_id IN (SELECT id FROM affected_department)")
        conn.execute(_RECOMPUTE_DEPARTMENT_AUTHORS)
        conn.executemany(
            "INSERT INTO interaction VALUES (?, ?, ?, ?) ON CONFLICT(source, target, kind) "
            "DO UPDATE SET weight = excluded.weight",
            [(i.source, i.target, i.kind, i.weight) for i in batch.interactions])
        conn.executemany(
            "INSERT INTO topic_feedback VALUES (?, ?, ?) ON CONFLICT(person_id, topic_id) "
            "DO UPDATE SET verdict = excluded.verdict",
            [(f.person_id, f.topic_id, f.verdict.value) for f in batch.feedback])
        return BatchResult(len(batch.departments), len(batch.people), len(batch.topics),
                           len(batch.documents), mentions, len(batch.interactions),
                           len(batch.feedback))

    def _write_document(self, conn: sqlite3.Connection, analysed: AnalysedDocument) -> int:
        doc = analysed.document
        digest = _content_hash(analysed)
        old = conn.execute("SELECT content_hash FROM document WHERE id = ?", (doc.id,)).fetchone()
        if old is not None and old[0] == digest:
            return 0  # unchanged: re-ingesting the same input writes nothing
        conn.execute("INSERT OR IGNORE INTO affected_person "
                     "SELECT person_id FROM authored WHERE document_id = ?", (doc.id,))
        conn.execute(_EFFECTIVE_DEPARTMENT, (doc.id,))
        (rowid,) = conn.execute(_UPSERT_DOCUMENT, (
            doc.id, doc.title, doc.text, _iso(doc.date), doc.url, doc.department_id,
            doc.language, doc.kind.value, digest)).fetchone()
        conn.execute("DELETE FROM authored WHERE document_id = ?", (doc.id,))
        share = 1.0 / len(doc.authors) if doc.authors else 0.0
        conn.executemany("INSERT INTO authored VALUES (?, ?, ?, ?)", [
            (doc.id, person, i, share) for i, person in enumerate(doc.authors)])
        conn.executemany("INSERT OR IGNORE INTO affected_person VALUES (?)",
                         [(p,) for p in doc.authors])
        conn.execute(_EFFECTIVE_DEPARTMENT, (doc.id,))
        conn.execute("DELETE FROM mention WHERE document_id = ?", (doc.id,))
        conn.executemany("INSERT INTO mention VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            (doc.id, m.topic_id, m.count, m.score, m.snippet, m.start, m.end, m.snippet_start,
             m.snippet_end) for m in analysed.mentions])
        conn.execute("DELETE FROM document_fts WHERE rowid = ?", (rowid,))
        conn.execute("INSERT INTO document_fts (rowid, index_text) VALUES (?, ?)",
                     (rowid, analysed.index_text))
        return len(analysed.mentions)

    # ------------------------------------------------------------ reads

    def _query(self, sql: str, params: Sequence[object] | dict[str, object] = ()
               ) -> list[sqlite3.Row]:
        conn = self._conn()
        conn.row_factory = sqlite3.Row
        return conn.execute(sql, params).fetchall()

    def people(self, ids: Collection[str] | None = None) -> list[Person]:
        rows = self._select_in("SELECT * FROM person WHERE id IN ({})", ids,
                               "SELECT * FROM person ORDER BY id")
        claims: dict[str, list[Claim]] = {}
        for r in self._select_in("SELECT * FROM claim WHERE person_id IN ({})",
                                 [r["id"] for r in rows]):
            claims.setdefault(r["person_id"], []).append(_claim(r))
        return [_person(r, claims.get(r["id"], [])) for r in rows]

    def departments(self) -> list[Department]:
        return [Department(r["id"], r["name"], r["organisation"], r["parent_id"])
                for r in self._query("SELECT * FROM department ORDER BY id")]

    def topics(self, ids: Collection[str] | None = None) -> list[Topic]:
        rows = self._select_in("SELECT * FROM topic WHERE id IN ({})", ids,
                               "SELECT * FROM topic ORDER BY id")
        broader: dict[str, list[str]] = {}
        for r in self._select_in("SELECT * FROM topic_broader WHERE topic_id IN ({})",
                                 [r["id"] for r in rows]):
            broader.setdefault(r["topic_id"], []).append(r["broader_id"])
        return [_topic(r, broader.get(r["id"], [])) for r in rows]

    def topic_scores(self, topic_ids: Collection[str]) -> list[PersonTopicScore]:
        return [PersonTopicScore(r["person_id"], r["topic_id"], r["score"], r["evidence_count"],
                                 _date(r["last_date"]))
                for r in self._select_in("SELECT * FROM knows WHERE topic_id IN ({})", topic_ids)]

    def claims(self, topic_ids: Collection[str]) -> list[PersonClaim]:
        return [PersonClaim(r["person_id"], _claim(r))
                for r in self._select_in("SELECT * FROM claim WHERE topic_id IN ({})", topic_ids)]

    def search_documents(self, terms: Sequence[str], limit: int) -> list[DocumentHit]:
        query = fts_query(terms)
        if not query:
            return []
        rows = self._query(_SEARCH, (query, limit))
        authors: dict[str, list[str]] = {}
        for r in self._select_in("SELECT document_id, person_id FROM authored WHERE document_id "
                                 "IN ({}) ORDER BY document_id, position", [r["id"] for r in rows]):
            authors.setdefault(r["document_id"], []).append(r["person_id"])
        return [DocumentHit(r["id"], r["score"], tuple(authors.get(r["id"], ())),
                            _date(r["date"]), r["department_id"]) for r in rows]

    def department_authors(self, department_ids: Collection[str]) -> list[DepartmentAuthor]:
        ids = list(dict.fromkeys(department_ids))
        if not ids:
            return []
        rows = self._query("SELECT * FROM department_author WHERE department_id IN "
                           "(SELECT value FROM json_each(?))", [json.dumps(ids)])
        return [DepartmentAuthor(r["department_id"], r["person_id"], r["documents"], r["share"],
                                 _date(r["last_date"])) for r in rows]

    def feedback(self, person_ids: Collection[str] | None = None,
                 topic_ids: Collection[str] | None = None) -> list[TopicFeedback]:
        where, params = [], []
        for column, ids in (("person_id", person_ids), ("topic_id", topic_ids)):
            if ids is not None:
                values = list(dict.fromkeys(ids))
                where.append(f"{column} IN (SELECT value FROM json_each(?))")
                params.append(json.dumps(values))
        sql = "SELECT * FROM topic_feedback" + (" WHERE " + " AND ".join(where) if where else "")
        return [TopicFeedback(r["person_id"], r["topic_id"], Verdict(r["verdict"]))
                for r in self._query(sql + " ORDER BY person_id, topic_id", params)]

    def evidence(self, person_ids: Collection[str], topic_ids: Collection[str],
                 document_ids: Collection[str], terms: Sequence[str],
                 per_person: int) -> list[Evidence]:
        if not person_ids:
            return []
        rows = self._query(_EVIDENCE, {
            "people": json.dumps(list(person_ids)), "topics": json.dumps(list(topic_ids)),
            "docs": json.dumps(list(document_ids)), "limit": per_person * 2})
        return [Evidence(r["person_id"], r["document_id"], r["title"],
                         r["snippet"] if r["snippet"] else snippet_around(r["text"], terms),
                         _date(r["date"]), r["url"], r["topic_id"], DocumentKind(r["kind"]),
                         r["weight"])
                for r in rows]

    def authorships(self) -> list[Authorship]:
        authors: dict[str, list[str]] = {}
        for r in self._query("SELECT document_id, person_id FROM authored "
                             "ORDER BY document_id, position"):
            authors.setdefault(r["document_id"], []).append(r["person_id"])
        return [Authorship(r["id"], tuple(authors.get(r["id"], ())), r["department_id"],
                           _date(r["date"]))
                for r in self._query("SELECT id, department_id, date FROM document "
                                     "WHERE kind = 'document' ORDER BY id")]

    def interactions(self) -> list[Interaction]:
        return [Interaction(r["source"], r["target"], r["weight"], r["kind"])
                for r in self._query("SELECT * FROM interaction ORDER BY source, target, kind")]

    def counts(self) -> StoreCounts:
        conn = self._conn()
        nodes = {label: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                 for label, table in _NODE_TABLES.items()}
        rels = {name: conn.execute(sql).fetchone()[0] for name, sql in _REL_QUERIES.items()}
        return StoreCounts(nodes, rels)

    def _select_in(self, sql: str, ids: Collection[str] | None,
                   all_sql: str | None = None) -> list[sqlite3.Row]:
        if ids is None:
            return self._query(all_sql or sql)
        out: list[sqlite3.Row] = []
        values = list(dict.fromkeys(ids))
        for i in range(0, len(values), 900):  # stay below SQLite's bound-parameter limit
            chunk = values[i:i + 900]
            out.extend(self._query(sql.format(",".join("?" * len(chunk))), chunk))
        return out


def _dangling_references(conn: sqlite3.Connection) -> list[InputProblem]:
    problems = []
    for table, _, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall()[:50]:
        problems.append(InputProblem("batch", None, table, f"refers to a missing {parent}"))
    return problems


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def _content_hash(analysed: AnalysedDocument) -> str:
    return hashlib.sha256(repr(analysed).encode("utf-8")).hexdigest()


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _claim(r: sqlite3.Row) -> Claim:
    return Claim(r["topic_id"], r["level"], bool(r["ask_me_about"]), bool(r["able_to_mentor"]),
                 bool(r["wants_to_learn"]))


def _person(r: sqlite3.Row, claims: list[Claim]) -> Person:
    return Person(r["id"], r["name"], r["email"], r["department_id"], r["title"],
                  r["manager_id"], _date(r["start_date"]), r["location"],
                  tuple(json.loads(r["languages"])), r["bio"], tuple(claims),
                  Visibility(r["visibility"]))


def _topic(r: sqlite3.Row, broader: list[str]) -> Topic:
    return Topic(r["id"], r["label_nl"], r["label_en"], tuple(json.loads(r["aliases_nl"])),
                 tuple(json.loads(r["aliases_en"])), tuple(json.loads(r["abbreviations"])),
                 tuple(sorted(broader)), TopicStatus(r["status"]))
