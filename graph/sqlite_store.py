"""Embedded GraphStore on SQLite: WAL, foreign keys, FTS5, one transaction per batch.

One connection per thread (SQLite connections are not shared across threads), so the API's
thread pool reads concurrently while a CLI ingest writes: WAL lets readers see the last
committed batch. The SQL is in ``graph.sqlite_sql``; the person-owned and operational records
in ``graph.sqlite_records``; erasure in ``graph.sqlite_erasure``.

Log writes (searches, audit entries) wait at most ``LOG_WAIT_S`` for a batch that holds the
write lock, then fail with ``StoreUnavailableError``: an API request must not hang for the
length of an ingest for the sake of its log line.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from importlib import resources
from pathlib import Path

from graph import sqlite_records as records
from graph import sqlite_sql as sql
from graph.errors import InputProblem, InvalidInputError, StoreUnavailableError
from graph.model import (
    AnalysedDocument,
    ApiKey,
    AuditEntry,
    Authorship,
    Batch,
    BatchResult,
    Claim,
    Department,
    DepartmentAuthor,
    DocumentHit,
    DocumentKind,
    ErasureReport,
    Evidence,
    Interaction,
    Pairing,
    Person,
    PersonClaim,
    PersonTopicScore,
    ScopePolicy,
    SearchLogEntry,
    StoreCounts,
    Topic,
    TopicFeedback,
    TopicStatus,
    Verdict,
    Visibility,
)
from graph.sqlite_erasure import erase
from graph.store_records import tombstone
from graph.text import fts_query, snippet_around

LOG_WAIT_S = 2.0


class SqliteStore:
    """GraphStore on a SQLite file."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._all: list[sqlite3.Connection] = []
        self._migrate()
        schema = resources.files("graph").joinpath("sqlite_schema.sql").read_text("utf-8")
        self._conn().executescript(schema)
        self._derive_missing()

    def _migrate(self) -> None:
        """Add the columns a database made by an earlier version lacks (checked again under the
        write lock: two processes may open the same old file at once)."""
        if not sql.missing_columns(self._conn()):
            return
        with self._transaction() as tx:
            for table, column, declaration in sql.missing_columns(tx):
                tx.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")

    def _derive_missing(self) -> None:
        """Fill derived tables that a store written by an older version lacks."""
        conn = self._conn()
        if conn.execute("SELECT EXISTS (SELECT 1 FROM document) "
                        "AND NOT EXISTS (SELECT 1 FROM department_author)").fetchone()[0]:
            with self._transaction() as tx:
                sql.start_affected(tx)
                tx.execute("INSERT INTO affected_department SELECT id FROM department")
                tx.execute(sql.RECOMPUTE_DEPARTMENT_AUTHORS)

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
                # erased and deleted rows are overwritten, not left readable in free pages
                conn.execute("PRAGMA secure_delete = ON")
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
    def _transaction(self, wait_s: float | None = None) -> Iterator[sqlite3.Connection]:
        """One write transaction; ``wait_s`` bounds the wait for other writers (in this process
        and in others), after which ``StoreUnavailableError`` is raised."""
        conn = self._conn()
        if not self._write_lock.acquire(timeout=-1 if wait_s is None else wait_s):
            raise StoreUnavailableError(f"the SQLite store {self.path} is busy with a write")
        try:
            if wait_s is not None:
                conn.execute(f"PRAGMA busy_timeout = {int(wait_s * 1000)}")
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise StoreUnavailableError(
                    f"the SQLite store {self.path} is busy with a write: {exc}") from exc
            finally:
                if wait_s is not None:
                    conn.execute("PRAGMA busy_timeout = 10000")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        finally:
            self._write_lock.release()

    def close(self) -> None:
        for conn in self._all:
            conn.close()
        self._all.clear()
        self._local = threading.local()

    # ------------------------------------------------------------ writes

    def apply(self, batch: Batch) -> BatchResult:
        try:
            with self._transaction() as conn:
                before = records.snapshot(conn, batch)
                result, documents_changed = self._apply(conn, batch)
                problems = _dangling_references(conn)
                if problems:
                    raise InvalidInputError(problems)
                # an identical re-apply rewrites rows with the same values: compare, don't count
                if documents_changed or records.snapshot(conn, batch) != before:
                    sql.bump_generation(conn)
                return result
        except sqlite3.IntegrityError as exc:
            raise InvalidInputError([InputProblem("batch", None, None, str(exc))]) from exc

    def _apply(self, conn: sqlite3.Connection, batch: Batch) -> tuple[BatchResult, bool]:
        conn.executemany("DELETE FROM topic WHERE id = ?", [(t,) for t in batch.removed_topics])
        conn.executemany(sql.UPSERT_DEPARTMENT, [
            (d.id, d.name, d.organisation, d.parent_id) for d in batch.departments])
        conn.executemany(sql.UPSERT_TOPIC, [
            (t.id, t.label_nl, t.label_en, json.dumps(t.aliases_nl), json.dumps(t.aliases_en),
             json.dumps(t.abbreviations), t.status.value) for t in batch.topics])
        topic_ids = [(t.id,) for t in batch.topics]
        conn.executemany("DELETE FROM topic_broader WHERE topic_id = ?", topic_ids)
        conn.executemany("INSERT INTO topic_broader VALUES (?, ?)", [
            (t.id, b) for t in batch.topics for b in t.broader])
        sql.start_affected(conn)
        moved = [(p.id,) for p in batch.people]  # a person's documents without a department move
        conn.executemany("INSERT OR IGNORE INTO affected_department SELECT department_id "
                         "FROM person WHERE id = ? AND department_id IS NOT NULL", moved)
        conn.executemany(sql.UPSERT_PERSON, [
            (p.id, p.name, p.email, p.department_id, p.title, p.manager_id, _iso(p.start_date),
             p.location, json.dumps(p.languages), p.bio) for p in batch.people])
        conn.executemany("DELETE FROM claim WHERE person_id = ?", [(p.id,) for p in batch.people])
        conn.executemany("INSERT INTO claim VALUES (?, ?, ?, ?, ?, ?)", [
            (p.id, c.topic_id, c.level, c.ask_me_about, c.able_to_mentor, c.wants_to_learn)
            for p in batch.people for c in p.claims])
        written = [self._write_document(conn, a) for a in batch.documents]
        sql.recompute_knows(conn)
        conn.executemany("INSERT OR IGNORE INTO affected_department SELECT department_id "
                         "FROM person WHERE id = ? AND department_id IS NOT NULL", moved)
        sql.recompute_department_authors(conn)
        conn.executemany(
            "INSERT INTO interaction VALUES (?, ?, ?, ?) ON CONFLICT(source, target, kind) "
            "DO UPDATE SET weight = excluded.weight",
            [(i.source, i.target, i.kind, i.weight) for i in batch.interactions])
        conn.executemany(
            "INSERT INTO topic_feedback VALUES (?, ?, ?) ON CONFLICT(person_id, topic_id) "
            "DO UPDATE SET verdict = excluded.verdict",
            [(f.person_id, f.topic_id, f.verdict.value) for f in batch.feedback])
        records.write_records(conn, batch)
        result = BatchResult(len(batch.departments), len(batch.people), len(batch.topics),
                             len(batch.documents), sum(m for m in written if m is not None),
                             len(batch.interactions), len(batch.feedback), len(batch.privacy),
                             len(batch.pairings), len(batch.policies))
        return result, any(m is not None for m in written)

    def _write_document(self, conn: sqlite3.Connection, analysed: AnalysedDocument) -> int | None:
        """Write one document; its number of mentions, or None when it was stored unchanged."""
        doc = analysed.document
        digest = _content_hash(analysed)
        old = conn.execute("SELECT content_hash FROM document WHERE id = ?", (doc.id,)).fetchone()
        if old is not None and old[0] == digest:
            return None  # unchanged: re-ingesting the same input writes nothing
        conn.execute("INSERT OR IGNORE INTO affected_person "
                     "SELECT person_id FROM authored WHERE document_id = ?", (doc.id,))
        conn.execute(sql.EFFECTIVE_DEPARTMENT, (doc.id,))
        (rowid,) = conn.execute(sql.UPSERT_DOCUMENT, (
            doc.id, doc.title, doc.text, _iso(doc.date), doc.url, doc.department_id,
            doc.language, doc.kind.value, digest)).fetchone()
        conn.execute("DELETE FROM authored WHERE document_id = ?", (doc.id,))
        share = 1.0 / len(doc.authors) if doc.authors else 0.0
        conn.executemany("INSERT INTO authored VALUES (?, ?, ?, ?)", [
            (doc.id, person, i, share) for i, person in enumerate(doc.authors)])
        conn.executemany("INSERT OR IGNORE INTO affected_person VALUES (?)",
                         [(p,) for p in doc.authors])
        conn.execute(sql.EFFECTIVE_DEPARTMENT, (doc.id,))
        conn.execute("DELETE FROM mention WHERE document_id = ?", (doc.id,))
        conn.executemany("INSERT INTO mention VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            (doc.id, m.topic_id, m.count, m.score, m.snippet, m.start, m.end, m.snippet_start,
             m.snippet_end) for m in analysed.mentions])
        conn.execute("DELETE FROM document_fts WHERE rowid = ?", (rowid,))
        conn.execute("INSERT INTO document_fts (rowid, index_text) VALUES (?, ?)",
                     (rowid, analysed.index_text))
        return len(analysed.mentions)

    def erase_person(self, person_id: str) -> ErasureReport:
        with self._transaction() as conn:
            report = erase(conn, person_id)
        # move the transaction out of the write-ahead log into the (securely deleted) file, so
        # no copy of the erased rows stays behind in the WAL
        self._conn().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return report

    def log_search(self, entry: SearchLogEntry) -> None:
        with self._transaction(LOG_WAIT_S) as conn:
            conn.execute(records.INSERT_SEARCH, records.search_values(entry))

    def log_audit(self, entry: AuditEntry) -> None:
        with self._transaction(LOG_WAIT_S) as conn:
            conn.execute(records.INSERT_AUDIT, records.audit_values(entry))

    def put_api_key(self, key: ApiKey) -> None:
        with self._transaction() as conn:
            conn.execute(records.UPSERT_API_KEY, records.key_values(key))

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

    def topic_scores(self, topic_ids: Collection[str] | None = None, *,
                     person_ids: Collection[str] | None = None) -> list[PersonTopicScore]:
        if person_ids is None:
            rows = self._select_in("SELECT * FROM knows WHERE topic_id IN ({})", topic_ids,
                                   "SELECT * FROM knows ORDER BY topic_id, person_id")
        else:
            topics = None if topic_ids is None else json.dumps(list(dict.fromkeys(topic_ids)))
            rows = self._query(sql.PERSON_KNOWS, {
                "people": json.dumps(list(dict.fromkeys(person_ids))), "topics": topics})
        return [PersonTopicScore(r["person_id"], r["topic_id"], r["score"], r["evidence_count"],
                                 _date(r["last_date"]))
                for r in rows]

    def claims(self, topic_ids: Collection[str]) -> list[PersonClaim]:
        return [PersonClaim(r["person_id"], _claim(r))
                for r in self._select_in("SELECT * FROM claim WHERE topic_id IN ({})", topic_ids)]

    def search_documents(self, terms: Sequence[str], limit: int) -> list[DocumentHit]:
        query = fts_query(terms)
        if not query:
            return []
        rows = self._query(sql.SEARCH, (query, limit))
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
        rows = self._query(sql.EVIDENCE, {
            "people": json.dumps(list(person_ids)), "topics": json.dumps(list(topic_ids)),
            "docs": json.dumps(list(document_ids)), "limit": per_person * 2})
        return [Evidence(r["person_id"], r["document_id"], r["title"],
                         r["snippet"] if r["snippet"] else snippet_around(r["text"], terms),
                         _date(r["date"]), r["url"], r["topic_id"], DocumentKind(r["kind"]),
                         r["weight"], r["language"])
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

    def pairings(self, person_ids: Collection[str] | None = None) -> list[Pairing]:
        if person_ids is None:
            rows = self._query("SELECT * FROM pairing ORDER BY newcomer_id, buddy_id")
        else:
            rows = self._query(
                "SELECT * FROM pairing WHERE newcomer_id IN (SELECT value FROM json_each(:ids)) "
                "OR buddy_id IN (SELECT value FROM json_each(:ids)) ORDER BY newcomer_id, buddy_id",
                {"ids": json.dumps(list(dict.fromkeys(person_ids)))})
        return [records.pairing(r) for r in rows]

    def policies(self) -> list[ScopePolicy]:
        return [records.policy(r)
                for r in self._query("SELECT * FROM scope_policy ORDER BY kind, scope_id")]

    def generation(self) -> int:
        return records.generation(self._conn())

    def erased(self, person_ids: Collection[str]) -> set[str]:
        by_hash = {tombstone(i): i for i in person_ids}
        if not by_hash:
            return set()
        rows = self._query("SELECT id_hash FROM erased_person WHERE id_hash IN "
                           "(SELECT value FROM json_each(?))", [json.dumps(list(by_hash))])
        return {by_hash[r["id_hash"]] for r in rows}

    def searches(self, since: datetime | None = None) -> list[SearchLogEntry]:
        where, params = records.since_clause(since)
        return [records.search_entry(r)
                for r in self._query(f"SELECT * FROM search_log{where} ORDER BY at, seq", params)]

    def audit_log(self, since: datetime | None = None,
                  subject_id: str | None = None) -> list[AuditEntry]:
        where, params = records.since_clause(since, [("subject_id", subject_id)])
        return [records.audit_entry(r)
                for r in self._query(f"SELECT * FROM audit_log{where} ORDER BY at, seq", params)]

    def api_keys(self) -> list[ApiKey]:
        return [records.api_key(r)
                for r in self._query("SELECT * FROM api_key ORDER BY created_at, id")]

    def counts(self) -> StoreCounts:
        conn = self._conn()
        nodes = {label: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                 for label, table in sql.NODE_TABLES.items()}
        rels = {name: conn.execute(query).fetchone()[0]
                for name, query in sql.REL_QUERIES.items()}
        return StoreCounts(nodes, rels)

    def _select_in(self, query: str, ids: Collection[str] | None,
                   all_sql: str | None = None) -> list[sqlite3.Row]:
        if ids is None:
            return self._query(all_sql or query)
        out: list[sqlite3.Row] = []
        values = list(dict.fromkeys(ids))
        for i in range(0, len(values), 900):  # stay below SQLite's bound-parameter limit
            chunk = values[i:i + 900]
            out.extend(self._query(query.format(",".join("?" * len(chunk))), chunk))
        return out


def _dangling_references(conn: sqlite3.Connection) -> list[InputProblem]:
    problems = []
    for table, _, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall()[:50]:
        problems.append(InputProblem("batch", None, table, f"refers to a missing {parent}"))
    return problems


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
                  Visibility(r["visibility"]), bool(r["infer_topics"]), bool(r["buddy_opt_out"]))


def _topic(r: sqlite3.Row, broader: list[str]) -> Topic:
    return Topic(r["id"], r["label_nl"], r["label_en"], tuple(json.loads(r["aliases_nl"])),
                 tuple(json.loads(r["aliases_en"])), tuple(json.loads(r["abbreviations"])),
                 tuple(sorted(broader)), TopicStatus(r["status"]))
