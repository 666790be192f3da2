"""Contract tests for GraphStore adapters (run once per adapter through the ``store`` fixture)."""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from graph import sqlite_store
from graph.errors import InvalidInputError, StoreUnavailableError
from graph.model import (
    AnalysedDocument,
    Authorship,
    Batch,
    Claim,
    Department,
    Document,
    Interaction,
    Mention,
    Person,
    PrivacyChoice,
    SearchLogEntry,
    Topic,
    Visibility,
)
from graph.sqlite_store import SqliteStore
from graph.store import GraphStore


def _batch() -> Batch:
    depts = (Department("org", "Gemeente", "Gemeente"), Department("ict", "ICT", "Gemeente", "org"))
    topics = (Topic("top", "bovenaan", "top"), Topic("wmo", "Wmo", "Wmo", broader=("top",)))
    people = (
        Person("p2", "Piet", department_id="ict", manager_id="p1", start_date=date(2020, 1, 1),
               claims=(Claim("wmo", level=4, ask_me_about=True),)),
        Person("p1", "Anna", department_id="ict", languages=("nl", "en")),
    )
    mention = Mention("wmo", 2, 1.5, "De Wmo is belangrijk.", 3, 6, 3, 6)
    docs = (
        AnalysedDocument(Document("d1", "Over de Wmo", "De Wmo is belangrijk.", ("p1", "p2"),
                                  date(2025, 1, 2), department_id="ict"), (mention,), "wmo belangrijk"),
        AnalysedDocument(Document("d2", "Budget", "Geld en nog eens geld.", ("p1",),
                                  date(2024, 5, 6)), (), "geld geld"),
    )
    return Batch(depts, people, topics, docs)


def test_apply_then_read_back(store: GraphStore) -> None:
    store.apply(_batch())
    people = {p.id: p for p in store.people()}
    assert set(people) == {"p1", "p2"}
    assert people["p2"].manager_id == "p1"
    assert people["p2"].claims == (Claim("wmo", level=4, ask_me_about=True),)
    assert people["p1"].languages == ("nl", "en")
    assert {d.id: d.parent_id for d in store.departments()} == {"org": None, "ict": "org"}
    assert store.topics(["wmo"])[0].broader == ("top",)


def test_knows_is_derived_from_mentions_and_authorship_share(store: GraphStore) -> None:
    store.apply(_batch())
    scores = {s.person_id: s for s in store.topic_scores(["wmo"])}
    # d1 has two authors: each gets half of the mention score 1.5
    assert scores["p1"].score == pytest.approx(0.75)
    assert scores["p2"].evidence_count == 1
    assert scores["p2"].last_date == date(2025, 1, 2)


def test_full_text_search_ranks_and_returns_authors(store: GraphStore) -> None:
    store.apply(_batch())
    hits = store.search_documents(["geld"], 10)
    assert [h.document_id for h in hits] == ["d2"]
    assert hits[0].authors == ("p1",) and hits[0].score > 0
    assert store.search_documents(['geld" OR wmo'], 10) == []  # quoted: no operator injection


def test_evidence_carries_mention_snippets(store: GraphStore) -> None:
    store.apply(_batch())
    evidence = store.evidence(["p2"], ["wmo"], [], ["wmo"], per_person=3)
    assert [(e.document_id, e.snippet, e.topic_id) for e in evidence] == [
        ("d1", "De Wmo is belangrijk.", "wmo")]


def test_reapplying_the_same_batch_changes_nothing(store: GraphStore) -> None:
    store.apply(_batch())
    before = store.counts()
    store.apply(_batch())
    assert store.counts() == before
    assert before.nodes == {"Person": 2, "Department": 2, "Topic": 2, "Document": 2}
    assert before.relationships["AUTHORED"] == 3
    assert before.relationships["KNOWS"] == 2


def test_a_batch_with_a_dangling_reference_is_rolled_back_whole(store: GraphStore) -> None:
    store.apply(_batch())
    before = store.counts()
    bad = Batch(people=(Person("p3", "Nieuw", department_id="ict"),
                        Person("p4", "Fout", department_id="bestaat-niet")))
    with pytest.raises(InvalidInputError):
        store.apply(bad)
    assert store.counts() == before
    assert {p.id for p in store.people()} == {"p1", "p2"}


def test_person_upsert_keeps_visibility_set_by_the_person(store: GraphStore) -> None:
    store.apply(_batch())
    store.apply(Batch(people=(Person("p1", "Anna Bakker", department_id="ict"),)))
    assert store.people(["p1"])[0].name == "Anna Bakker"


def test_interactions_upsert_by_source_target_kind(store: GraphStore) -> None:
    store.apply(_batch())
    store.apply(Batch(interactions=(Interaction("p1", "p2", 3.0, "meeting"),
                                    Interaction("p1", "p2", 1.0, "chat"))))
    store.apply(Batch(interactions=(Interaction("p1", "p2", 5.0, "meeting"),)))
    assert store.interactions() == [Interaction("p1", "p2", 1.0, "chat"),
                                    Interaction("p1", "p2", 5.0, "meeting")]
    assert store.counts().relationships["INTERACTS"] == 2


def test_authorships_list_written_documents(store: GraphStore) -> None:
    store.apply(_batch())
    assert store.authorships() == [
        Authorship("d1", ("p1", "p2"), "ict", date(2025, 1, 2)),
        Authorship("d2", ("p1",), None, date(2024, 5, 6))]


def test_removed_topics_take_their_mentions_claims_and_scores(store: GraphStore) -> None:
    store.apply(_batch())
    store.apply(Batch(removed_topics=("wmo",)))
    assert [t.id for t in store.topics()] == ["top"]
    assert store.topic_scores(["wmo"]) == [] and store.claims(["wmo"]) == []
    assert store.people(["p2"])[0].claims == ()
    assert store.counts().relationships["MENTIONS"] == 0


# ---------------------------------------------------------------- SQLite only

# the tables as the version before privacy choices made them (the rest of that schema is
# unchanged, and CREATE ... IF NOT EXISTS adds the tables it lacked)
PREVIOUS_TABLES = """
CREATE TABLE department (id TEXT PRIMARY KEY, name TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '', parent_id TEXT REFERENCES department(id));
CREATE TABLE person (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, email TEXT,
    department_id TEXT REFERENCES department(id) DEFERRABLE INITIALLY DEFERRED, title TEXT,
    manager_id TEXT REFERENCES person(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    start_date TEXT, location TEXT, languages TEXT NOT NULL DEFAULT '[]', bio TEXT,
    visibility TEXT NOT NULL DEFAULT 'visible');
INSERT INTO department VALUES ('ict', 'ICT', 'Gemeente', NULL);
INSERT INTO person (id, name, department_id, visibility) VALUES ('p1', 'Anna', 'ict', 'hidden');
"""


def test_a_database_from_the_previous_version_keeps_working(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.executescript(PREVIOUS_TABLES)
    store = SqliteStore(path)
    try:
        (anna,) = store.people()
        assert (anna.visibility, anna.infer_topics, anna.buddy_opt_out) == (
            Visibility.HIDDEN, True, False)
        assert (store.generation(), store.pairings(), store.searches()) == (0, [], [])
        store.apply(Batch(privacy=(PrivacyChoice("p1", buddy_opt_out=True),)))
        assert store.people()[0].buddy_opt_out and store.generation() == 1
    finally:
        store.close()
    again = SqliteStore(path)  # opened a second time: nothing left to add
    try:
        assert again.people()[0].buddy_opt_out
    finally:
        again.close()


def test_a_log_line_waits_a_bounded_time_for_a_writer(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    store = SqliteStore(tmp_path / "busy.db")
    monkeypatch.setattr(sqlite_store, "LOG_WAIT_S", 0.2)
    writer = sqlite3.connect(tmp_path / "busy.db", isolation_level=None)  # another process
    try:
        writer.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        with pytest.raises(StoreUnavailableError, match="busy"):
            store.log_search(SearchLogEntry(datetime(2026, 1, 1, tzinfo=UTC), "wmo", 0, 0.0))
        assert time.monotonic() - started < 5
        writer.execute("ROLLBACK")
        store.log_search(SearchLogEntry(datetime(2026, 1, 1, tzinfo=UTC), "wmo", 0, 0.0))
        assert len(store.searches()) == 1
    finally:
        writer.close()
        store.close()
