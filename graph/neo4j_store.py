"""GraphStore on Neo4j 5 (and Bolt servers that speak its Cypher), through the official driver.

One driver per store, and one store per process (the API opens it in its lifespan): the driver
is thread-safe and pools its connections. Writes go through ``execute_write`` (retried by the
driver, see ``graph.neo4j_batch``), reads through ``execute_query``/``execute_read`` routed to
readers; both share the driver's bookmark manager, so a read sees the last write of this process
on a cluster too. Driver errors leave this module only as wieweet errors. Privacy choices,
pairings and policies are written with a batch (``graph.neo4j_records``); erasure is
``graph.neo4j_erasure``; logs and API keys are nodes (``graph.neo4j_logs``).

Full text: on Neo4j the adapter creates a Lucene full-text index on the analysed document text
and ranks with it. Servers without one (ArcadeDB's Bolt plugin refuses ``CREATE FULLTEXT INDEX``)
get per-document term frequencies instead, ``(:Document)-[:HAS_TERM {tf}]->(:Term)``, and BM25 is
computed from those postings exactly as SQLite's FTS5 computes it (``graph.bm25``). Which one a
database uses is decided once, when the schema is set up. The two rankings differ in detail:
Lucene's idf is ``ln(1 + (N - n + 0.5) / (n + 0.5))`` (never below zero) and it stores document
lengths lossily, so scores are not equal to the SQLite store's; the order of clear winners is.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from neo4j import Driver, GraphDatabase, Record, RoutingControl, Session
from neo4j import exceptions as neo4j_errors

from graph import neo4j_logs as logs
from graph import neo4j_queries as q
from graph.errors import (
    ConfigurationError,
    InputProblem,
    InvalidInputError,
    StoreUnavailableError,
    WieweetError,
)
from graph.model import (
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
    ScopeKind,
    ScopePolicy,
    SearchLogEntry,
    StoreCounts,
    Topic,
    TopicFeedback,
    TopicStatus,
    Verdict,
    Visibility,
)
from graph.neo4j_batch import duplicate_problems, write_batch
from graph.neo4j_erasure import erase
from graph.neo4j_fulltext import native_hits, posting_hits
from graph.neo4j_schema import set_up_schema
from graph.store_records import tombstone
from graph.text import snippet_around

log = logging.getLogger(__name__)
# The driver retries a managed transaction on transient errors and lost connections for 30 s by
# default: long enough for a cluster to elect a leader, too long for an API request or /readyz
# to wait on a server that is down.
RETRY_TIME_S = 5.0
CONNECT_TIMEOUT_S = 10.0


class Neo4jStore:
    """GraphStore on a Neo4j database.

    Args:
        uri: ``neo4j://``, ``neo4j+s://``, ``bolt://`` ... as the driver takes it.
        username, password: basic auth; no auth when either is missing.
        database: the database to use; None for the user's home database.
        full_text_index: use the server's full-text index (True), term postings (False), or
            whichever the server supports (None).

    Raises:
        StoreUnavailableError: the server cannot be reached or refuses the credentials.
        ConfigurationError: the URI is not one the driver understands.
    """

    def __init__(self, uri: str, *, username: str | None = None, password: str | None = None,
                 database: str | None = None, full_text_index: bool | None = None) -> None:
        self.uri = uri
        self.database = database
        auth = (username, password) if username and password else None
        try:
            self._driver: Driver = GraphDatabase.driver(
                uri, auth=auth, user_agent="wieweet", connection_timeout=CONNECT_TIMEOUT_S,
                max_transaction_retry_time=RETRY_TIME_S)
        except (ValueError, neo4j_errors.ConfigurationError) as exc:
            raise ConfigurationError(f"cannot use Neo4j URI {uri!r}: {exc}") from exc
        try:
            with _translated(f"cannot open Neo4j store {uri}"):
                self._driver.verify_connectivity()
                supported = set_up_schema(self._driver, database)
        except ValueError as exc:  # the driver's word for an address it cannot resolve
            self._driver.close()
            raise ConfigurationError(f"cannot use Neo4j URI {uri!r}: {exc}") from exc
        except BaseException:
            self._driver.close()
            raise
        if full_text_index and not supported:
            self._driver.close()
            raise ConfigurationError(f"the server at {uri} has no full-text index")
        self.native_full_text = supported if full_text_index is None else full_text_index
        log.info("Neo4j store %s: full text by %s", uri,
                 "the server's index" if self.native_full_text else "stored term postings")

    def close(self) -> None:
        self._driver.close()

    # ------------------------------------------------------------ writes

    def apply(self, batch: Batch) -> BatchResult:
        problems = duplicate_problems(batch)
        if problems:
            raise InvalidInputError(problems)
        with _translated("cannot write to the Neo4j store"), self._session() as session:
            result: BatchResult = session.execute_write(write_batch, batch,
                                                        not self.native_full_text)
        return result

    def erase_person(self, person_id: str) -> ErasureReport:
        with _translated("cannot erase from the Neo4j store"), self._session() as session:
            report: ErasureReport = session.execute_write(erase, person_id)
        return report

    def log_search(self, entry: SearchLogEntry) -> None:
        self._write(logs.CREATE_SEARCH, id=logs.new_id(), props=logs.search_props(entry))

    def log_audit(self, entry: AuditEntry) -> None:
        self._write(logs.CREATE_AUDIT, id=logs.new_id(), props=logs.audit_props(entry))

    def put_api_key(self, key: ApiKey) -> None:
        self._write(logs.MERGE_API_KEY, id=key.id, props=logs.key_props(key))

    # ------------------------------------------------------------ reads

    def people(self, ids: Collection[str] | None = None) -> list[Person]:
        if ids is None:
            return [_person(r) for r in self._read(q.ALL_PEOPLE)]
        return [_person(r) for r in self._read(q.PEOPLE, ids=_distinct(ids))]

    def departments(self) -> list[Department]:
        return [Department(r["id"], r["name"], r["organisation"], r["parent_id"])
                for r in self._read(q.DEPARTMENTS)]

    def topics(self, ids: Collection[str] | None = None) -> list[Topic]:
        rows = self._read(q.ALL_TOPICS) if ids is None else self._read(q.TOPICS,
                                                                       ids=_distinct(ids))
        return [_topic(r["topic"], r["broader"]) for r in rows]

    def topic_scores(self, topic_ids: Collection[str] | None = None, *,
                     person_ids: Collection[str] | None = None) -> list[PersonTopicScore]:
        topics = None if topic_ids is None else _distinct(topic_ids)
        people = None if person_ids is None else _distinct(person_ids)
        if people is not None:
            query = q.PERSON_SCORES if topics is None else q.PERSON_TOPIC_SCORES
        else:
            query = q.ALL_TOPIC_SCORES if topics is None else q.TOPIC_SCORES
        return [PersonTopicScore(r["person_id"], r["topic_id"], r["score"], r["evidence_count"],
                                 _date(r["last_date"]))
                for r in self._read(query, people=people, topics=topics)]

    def claims(self, topic_ids: Collection[str]) -> list[PersonClaim]:
        return [PersonClaim(r["person_id"], _claim(r["claim"]))
                for r in self._read(q.CLAIMS, ids=_distinct(topic_ids))]

    def search_documents(self, terms: Sequence[str], limit: int) -> list[DocumentHit]:
        if limit <= 0:
            return []
        with _translated("cannot search the Neo4j store"), self._session() as session:
            ranked: list[tuple[str, float]] = session.execute_read(
                native_hits if self.native_full_text else posting_hits, terms, limit)
        if not ranked:
            return []
        details = {r["id"]: r for r in self._read(q.DOCUMENT_HITS, ids=[i for i, _ in ranked])}
        return [DocumentHit(doc_id, score, _authors(details[doc_id]["authors"]),
                            _date(details[doc_id]["date"]), details[doc_id]["department_id"])
                for doc_id, score in ranked if doc_id in details]

    def department_authors(self, department_ids: Collection[str]) -> list[DepartmentAuthor]:
        ids = _distinct(department_ids)
        if not ids:
            return []
        documents: Counter[tuple[str, str]] = Counter()
        shares: dict[tuple[str, str], float] = {}
        newest: dict[tuple[str, str], str] = {}
        for query in (q.DEPARTMENT_DOCUMENT_AUTHORS, q.FIRST_AUTHOR_DOCUMENT_AUTHORS):
            for r in self._read(query, ids=ids, kind=DocumentKind.DOCUMENT.value):
                key = (r["department_id"], r["person_id"])
                documents[key] += 1
                shares[key] = shares.get(key, 0.0) + r["share"]
                if r["date"] and r["date"] > newest.get(key, ""):
                    newest[key] = r["date"]
        return [DepartmentAuthor(*key, documents[key], shares[key], _date(newest.get(key)))
                for key in sorted(documents)]

    def feedback(self, person_ids: Collection[str] | None = None,
                 topic_ids: Collection[str] | None = None) -> list[TopicFeedback]:
        people = None if person_ids is None else _distinct(person_ids)
        topics = None if topic_ids is None else _distinct(topic_ids)
        if people is not None:
            query = q.PERSON_FEEDBACK if topics is None else q.PERSON_TOPIC_FEEDBACK
        else:
            query = q.ALL_FEEDBACK if topics is None else q.TOPIC_FEEDBACK
        return [TopicFeedback(r["person_id"], r["topic_id"], Verdict(r["verdict"]))
                for r in self._read(query, people=people, topics=topics)]

    def evidence(self, person_ids: Collection[str], topic_ids: Collection[str],
                 document_ids: Collection[str], terms: Sequence[str],
                 per_person: int) -> list[Evidence]:
        people = _distinct(person_ids)
        if not people:
            return []
        rows = self._read(q.EVIDENCE, people=people, topics=_distinct(topic_ids),
                          documents=_distinct(document_ids))
        # the SQLite store's window: strongest mention first, then the newest document
        rows.sort(key=lambda r: (r["document_id"], r["topic_id"] or ""))
        rows.sort(key=lambda r: r["date"] or "", reverse=True)
        rows.sort(key=lambda r: r["weight"], reverse=True)
        kept: dict[str, list[Record]] = {}
        for r in rows:
            mine = kept.setdefault(r["person_id"], [])
            if len(mine) < 2 * per_person:
                mine.append(r)
        return [Evidence(r["person_id"], r["document_id"], r["title"],
                         r["snippet"] or snippet_around(r["text"] or "", terms),
                         _date(r["date"]), r["url"], r["topic_id"], DocumentKind(r["kind"]),
                         r["weight"], r["language"])
                for person in sorted(kept) for r in kept[person]]

    def authorships(self) -> list[Authorship]:
        return [Authorship(r["id"], _authors(r["authors"]), r["department_id"], _date(r["date"]))
                for r in self._read(q.AUTHORSHIPS, kind=DocumentKind.DOCUMENT.value)]

    def interactions(self) -> list[Interaction]:
        return [Interaction(r["source"], r["target"], r["weight"], r["kind"])
                for r in self._read(q.INTERACTIONS)]

    def pairings(self, person_ids: Collection[str] | None = None) -> list[Pairing]:
        rows = (self._read(q.ALL_PAIRINGS) if person_ids is None
                else self._read(q.PAIRINGS, ids=_distinct(person_ids)))
        return [Pairing(r["newcomer_id"], r["buddy_id"], date.fromisoformat(r["accepted_on"]))
                for r in sorted(rows, key=lambda r: (r["newcomer_id"], r["buddy_id"]))]

    def policies(self) -> list[ScopePolicy]:
        return [ScopePolicy(ScopeKind(p["kind"]), p["scope_id"], p.get("infer_from_documents"),
                            p.get("findable_by_other_organisations"))
                for p in (r["policy"] for r in self._read(q.POLICIES))]

    def generation(self) -> int:
        rows = self._read(q.GENERATION)
        return int(rows[0]["generation"] or 0) if rows else 0

    def erased(self, person_ids: Collection[str]) -> set[str]:
        by_hash = {tombstone(i): i for i in person_ids}
        return {by_hash[r["id"]] for r in self._read(q.ERASED, ids=list(by_hash))} \
            if by_hash else set()

    def searches(self, since: datetime | None = None) -> list[SearchLogEntry]:
        return [logs.search_entry(r["entry"])
                for r in self._read(logs.SEARCHES, since=logs.since(since))]

    def audit_log(self, since: datetime | None = None,
                  subject_id: str | None = None) -> list[AuditEntry]:
        return [logs.audit_entry(r["entry"])
                for r in self._read(logs.AUDIT_LOG, since=logs.since(since), subject=subject_id)]

    def api_keys(self) -> list[ApiKey]:
        return [logs.api_key(r["key"]) for r in self._read(logs.API_KEYS)]

    def counts(self) -> StoreCounts:
        found = {(r["kind"], r["name"]): r["n"] for r in self._read(q.COUNTS)}
        return StoreCounts({str(label): found[("node", label)] for label in q.DOMAIN_LABELS},
                           {str(rel): found[("rel", rel)] for rel in q.DOMAIN_RELS})

    # ------------------------------------------------------------ driver

    def _session(self) -> Session:
        return self._driver.session(
            database=self.database, bookmark_manager=self._driver.execute_query_bookmark_manager)

    def _write(self, query: str, **params: Any) -> None:
        with _translated("cannot write to the Neo4j store"):
            self._driver.execute_query(query, params, database_=self.database,
                                       routing_=RoutingControl.WRITE)

    def _read(self, query: str, **params: Any) -> list[Record]:
        with _translated("cannot read from the Neo4j store"):
            records, _, _ = self._driver.execute_query(
                query, params, database_=self.database, routing_=RoutingControl.READ)
        return list(records)


@contextmanager
def _translated(what: str) -> Iterator[None]:
    """Driver errors as wieweet errors: input, availability, or anything else the server says."""
    try:
        yield
    except neo4j_errors.ConstraintError as exc:
        raise InvalidInputError([InputProblem("batch", None, None, str(exc.message))]) from exc
    except neo4j_errors.AuthError as exc:
        raise StoreUnavailableError(f"{what}: the server refused the credentials "
                                    f"({exc.message})") from exc
    except (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired,
            neo4j_errors.TransientError, neo4j_errors.DatabaseUnavailable,
            neo4j_errors.DriverError) as exc:
        raise StoreUnavailableError(f"{what}: {exc}") from exc
    except neo4j_errors.Neo4jError as exc:
        raise WieweetError(f"{what}: {exc.code}: {exc.message}") from exc


def _distinct(values: Collection[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _authors(pairs: list[list[Any]]) -> tuple[str, ...]:
    return tuple(person for _, person in sorted(pairs))


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _claim(c: dict[str, Any]) -> Claim:
    return Claim(c["topic_id"], c.get("level"), bool(c.get("ask_me_about")),
                 bool(c.get("able_to_mentor")), bool(c.get("wants_to_learn")))


def _person(r: Record) -> Person:
    p = r["person"]
    claims = sorted((_claim(c) for c in r["claims"]), key=lambda c: c.topic_id)
    return Person(p["id"], p["name"], p.get("email"), r["department_id"], p.get("title"),
                  r["manager_id"], _date(p.get("start_date")), p.get("location"),
                  tuple(p.get("languages") or ()), p.get("bio"), tuple(claims),
                  Visibility(p.get("visibility", Visibility.VISIBLE.value)),
                  bool(p.get("infer_topics", True)), bool(p.get("buddy_opt_out", False)))


def _topic(t: dict[str, Any], broader: list[str]) -> Topic:
    return Topic(t["id"], t["label_nl"], t["label_en"], tuple(t.get("aliases_nl") or ()),
                 tuple(t.get("aliases_en") or ()), tuple(t.get("abbreviations") or ()),
                 tuple(sorted(broader)), TopicStatus(t["status"]))
