"""What only the Neo4j adapter has: Cypher hygiene, driver errors, schema, full text, and the
same answers as the SQLite store. The shared contract tests run on it through ``store``."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

import pytest
from bolt_server import BoltTarget, free_port
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from api.cli import app as cli
from api.service import Service
from api.settings import Settings
from extraction.ingest import IngestRequest
from graph import neo4j_queries
from graph.errors import ConfigurationError, StoreUnavailableError
from graph.model import (
    AnalysedDocument,
    Batch,
    Document,
    Person,
    PrivacyChoice,
    TopicFeedback,
    Verdict,
    Visibility,
)
from graph.neo4j_queries import NodeLabel, RelType
from graph.neo4j_store import Neo4jStore
from graph.sqlite_store import SqliteStore
from graph.store import open_store

HOSTILE = "Person {id: 'x'}) DETACH DELETE (n"
QUERIES = ["digitale toegankelijkheid", "Wmo en privacy", "keukentafelgesprek",
           "pdf-bestanden online", "begroting 2026", "kernfusie"]
# prefixes, a phrase with a prefix, a repeated phrase, and what must match nothing
RAW_TERMS = [("toegankelijk*",), ("pdf-best*", "wmo"), ("digitaal toeg*",), ("wmo", "Wmo"),
             ("*",), ('geld" OR wmo',), ("gegevensbescherming", "privacy*", "2026")]


@pytest.fixture
def neo4j_store(bolt_server: BoltTarget) -> Iterator[Neo4jStore]:
    bolt_server.wipe()
    opened = bolt_server.open_store()
    yield opened
    opened.close()


def _batch() -> Batch:
    people = (Person("p1", "Anna"),)
    return Batch(people=people, documents=(
        AnalysedDocument(Document("d1", "Wmo", "De Wmo.", ("p1",), date(2025, 1, 2)), (),
                         "wmo belangrijk"),
        AnalysedDocument(Document("d2", "Geld", "Geld.", ("p1",)), (), "geld geld")))


# ---------------------------------------------------------------- without a server


@pytest.mark.parametrize("build", [neo4j_queries.merge_nodes, neo4j_queries.missing,
                                   neo4j_queries.unique_id,
                                   lambda label: neo4j_queries.snapshot(label, ())])
def test_a_hostile_label_is_refused(build: object) -> None:
    with pytest.raises(ValueError, match="is not a valid NodeLabel"):
        build(HOSTILE)  # type: ignore[operator]


def test_a_snapshot_names_only_relationships_of_its_label() -> None:
    with pytest.raises(ValueError, match="is not a valid RelType"):
        neo4j_queries.snapshot(NodeLabel.PERSON, ("KNOWS]->() DETACH DELETE (x",))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="does not start at Person"):
        neo4j_queries.snapshot(NodeLabel.PERSON, (RelType.MENTIONS,))


@pytest.mark.parametrize("build", [neo4j_queries.link, neo4j_queries.unlink])
def test_a_hostile_relationship_type_is_refused(build: object) -> None:
    with pytest.raises(ValueError, match="is not a valid RelType"):
        build("KNOWS]->() DETACH DELETE (x")  # type: ignore[operator]


def test_queries_name_only_enum_labels() -> None:
    assert neo4j_queries.merge_nodes(NodeLabel.TOPIC).startswith(
        "UNWIND $rows AS row MERGE (n:Topic {id: row.id})")
    assert "[r:MENTIONS]" in neo4j_queries.link(RelType.MENTIONS)
    assert "HAS_TERM" not in neo4j_queries.COUNTS and "Term" not in neo4j_queries.COUNTS


@pytest.mark.parametrize("scheme", ["bolt", "neo4j"])
def test_an_unreachable_server_is_store_unavailable(scheme: str) -> None:
    with pytest.raises(StoreUnavailableError, match="cannot open Neo4j store"):
        open_store(f"{scheme}://127.0.0.1:{free_port()}", username="neo4j", password="secret")


def test_an_unusable_uri_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError):
        open_store("bolt://127.0.0.1:not-a-port", username="neo4j", password="secret")


# ---------------------------------------------------------------- on the Bolt server

neo4j = pytest.mark.neo4j


@neo4j
def test_open_store_picks_the_neo4j_adapter_for_every_scheme(bolt_server: BoltTarget) -> None:
    for uri in (bolt_server.uri, bolt_server.uri.replace("bolt://", "neo4j://", 1)):
        opened = open_store(uri, username=bolt_server.username, password=bolt_server.password,
                            database=bolt_server.database)
        assert isinstance(opened, Neo4jStore)
        opened.close()


@neo4j
def test_wrong_credentials_are_store_unavailable(bolt_server: BoltTarget) -> None:
    with pytest.raises(StoreUnavailableError):
        open_store(bolt_server.uri, username=bolt_server.username, password="wrong-password",
                   database=bolt_server.database)


@neo4j
def test_schema_is_idempotent_and_constrains_every_id(neo4j_store: Neo4jStore,
                                                      bolt_server: BoltTarget) -> None:
    bolt_server.open_store().close()  # set up a second time: nothing changes, nothing fails
    records, _, _ = neo4j_store._driver.execute_query("SHOW CONSTRAINTS",
                                                      database_=bolt_server.database)
    constrained = {(tuple(r["labelsOrTypes"]), tuple(r["properties"])) for r in records}
    assert {((label.value,), ("id",)) for label in NodeLabel} <= constrained


@neo4j
def test_postings_bm25_equals_sqlite_fts5(bolt_server: BoltTarget, tiny_org: IngestRequest,
                                          tmp_path: Path) -> None:
    bolt_server.wipe()
    graph = Neo4jStore(bolt_server.uri, username=bolt_server.username,
                       password=bolt_server.password, database=bolt_server.database,
                       full_text_index=False)
    sqlite = SqliteStore(tmp_path / "fts.db")
    try:
        Service(sqlite).ingest(tiny_org)
        service = Service(graph)
        service.ingest(tiny_org)
        queries = [service.analyser.analyse_query(query) for query in QUERIES]
        for terms in [*(a.terms + service.analyser.terms_of(a.topic_ids) for a in queries),
                      *RAW_TERMS]:
            expected = sqlite.search_documents(terms, 3)
            found = graph.search_documents(terms, 3)
            assert [h.document_id for h in found] == [h.document_id for h in expected], terms
            assert [h.score for h in found] == pytest.approx([h.score for h in expected])
            assert [(h.authors, h.date, h.department_id) for h in found] == \
                [(h.authors, h.date, h.department_id) for h in expected]
    finally:
        graph.close()
        sqlite.close()


@neo4j
def test_answers_equal_the_sqlite_store(neo4j_store: Neo4jStore, tiny_org: IngestRequest,
                                        tmp_path: Path) -> None:
    sqlite = SqliteStore(tmp_path / "same.db")
    services = (Service(sqlite), Service(neo4j_store))
    try:
        for service in services:
            service.ingest(tiny_org)
            service.ingest(tiny_org)  # twice: nothing changes
        a, b = (s.store for s in services)
        assert a.counts() == b.counts()
        assert a.people() == b.people() and a.departments() == b.departments()
        assert a.topics() == b.topics() and a.authorships() == b.authorships()
        topic_ids = [t.id for t in a.topics()]
        assert a.claims(topic_ids) == b.claims(topic_ids)
        departments = [d.id for d in a.departments()]
        assert a.department_authors(departments) == b.department_authors(departments)
        verdicts = Batch(feedback=(TopicFeedback("p1", "wmo", Verdict.REJECTED),
                                   TopicFeedback("p3", "wmo", Verdict.CONFIRMED),
                                   TopicFeedback("p3", "privacy", Verdict.REJECTED)))
        assert a.apply(verdicts) == b.apply(verdicts)
        for people, topics in ((None, None), (["p3"], None), (None, ["wmo"]), (["p3"], ["wmo"])):
            assert a.feedback(people, topics) == b.feedback(people, topics)
        assert _rounded(a.topic_scores(topic_ids)) == _rounded(b.topic_scores(topic_ids))
        for query in QUERIES:
            first, second = (s.experts(query) for s in services)
            assert [r.person.id for r in first] == [r.person.id for r in second], query
            assert [r.score for r in first] == pytest.approx([r.score for r in second], abs=0.02)
            assert [{e.document_id for e in r.evidence} for r in first] == \
                [{e.document_id for e in r.evidence} for r in second]
    finally:
        sqlite.close()


@neo4j
def test_people_from_before_the_privacy_fields_read_with_defaults(neo4j_store: Neo4jStore,
                                                                  bolt_server: BoltTarget) -> None:
    # a Person node as the previous version wrote it: visibility only, and no Meta node yet
    neo4j_store._driver.execute_query(
        "CREATE (:Person {id: 'p1', name: 'Anna', visibility: 'hidden'})",
        database_=bolt_server.database)
    (anna,) = neo4j_store.people()
    assert (anna.visibility, anna.infer_topics, anna.buddy_opt_out) == (
        Visibility.HIDDEN, True, False)
    assert neo4j_store.generation() == 0
    neo4j_store.apply(Batch(privacy=(PrivacyChoice("p1", infer_topics=False),)))
    (anna,) = neo4j_store.people()
    assert (anna.visibility, anna.infer_topics, anna.buddy_opt_out) == (
        Visibility.HIDDEN, False, False)
    assert neo4j_store.generation() == 1


@neo4j
def test_erasure_reports_the_same_as_the_sqlite_store(neo4j_store: Neo4jStore,
                                                      tiny_org: IngestRequest,
                                                      tmp_path: Path) -> None:
    sqlite = SqliteStore(tmp_path / "erase.db")
    try:
        stores = (sqlite, neo4j_store)
        for store in stores:
            Service(store).ingest(tiny_org)
        reports = [store.erase_person("p3") for store in stores]  # Cees: Wmo, a manager
        assert reports[0] == reports[1]
        a, b = stores
        assert a.counts() == b.counts() and a.people() == b.people()
        assert a.authorships() == b.authorships()
        assert _rounded(a.topic_scores(["wmo", "privacy"])) == _rounded(
            b.topic_scores(["wmo", "privacy"]))
        departments = [d.id for d in a.departments()]
        assert a.department_authors(departments) == b.department_authors(departments)
    finally:
        sqlite.close()


@neo4j
def test_erasure_keeps_postings_and_corpus_in_step_with_sqlite(bolt_server: BoltTarget,
                                                               tmp_path: Path) -> None:
    bolt_server.wipe()
    graph = Neo4jStore(bolt_server.uri, username=bolt_server.username,
                       password=bolt_server.password, database=bolt_server.database,
                       full_text_index=False)
    sqlite = SqliteStore(tmp_path / "postings.db")
    # p1 alone wrote "geheim"; "wmo" is in p1's and p2's documents
    batch = Batch(people=(Person("p1", "Anna"), Person("p2", "Bram")), documents=(
        AnalysedDocument(Document("d1", "x", "x", ("p1",)), (), "geheim wmo wmo"),
        AnalysedDocument(Document("d2", "y", "y", ("p2",)), (), "wmo en zo"),
        AnalysedDocument(Document("d3", "z", "z", ("p2",)), (), "nog een stuk tekst")))
    try:
        for store in (graph, sqlite):
            store.apply(batch)
            store.erase_person("p1")
        terms, _, _ = graph._driver.execute_query("MATCH (t:Term) RETURN t.id AS id",
                                                  database_=bolt_server.database)
        assert "geheim" not in {r["id"] for r in terms} and "wmo" in {r["id"] for r in terms}
        # BM25 over two documents of 3 and 4 tokens now, on both stores
        expected = sqlite.search_documents(["wmo"], 5)
        found = graph.search_documents(["wmo"], 5)
        assert [h.document_id for h in found] == [h.document_id for h in expected] == ["d2"]
        assert [h.score for h in found] == pytest.approx([h.score for h in expected])
    finally:
        graph.close()
        sqlite.close()


@pytest.mark.neo4j_fulltext
@neo4j
def test_neo4j_ranks_with_its_full_text_index(neo4j_store: Neo4jStore,
                                              bolt_server: BoltTarget) -> None:
    assert neo4j_store.native_full_text
    records, _, _ = neo4j_store._driver.execute_query("SHOW FULLTEXT INDEXES YIELD name",
                                                      database_=bolt_server.database)
    assert neo4j_queries.FULLTEXT_INDEX in {r["name"] for r in records}
    neo4j_store.apply(_batch())
    hits = neo4j_store.search_documents(["geld"], 10)
    assert [h.document_id for h in hits] == ["d2"] and hits[0].score > 0
    assert neo4j_store.search_documents(["wmo", "geld"], 1)[0].document_id in {"d1", "d2"}
    assert neo4j_store.search_documents(['geld" OR wmo'], 10) == []


@neo4j
def test_cli_ingest_and_serve_with_a_bolt_url(bolt_server: BoltTarget, tiny_org: IngestRequest,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    bolt_server.wipe()
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("NEO4J_USERNAME", bolt_server.username)
    monkeypatch.setenv("NEO4J_PASSWORD", bolt_server.password)
    monkeypatch.setenv("NEO4J_DATABASE", bolt_server.database)
    args = ["ingest", "--store", bolt_server.uri]
    for option, paths in (("--taxonomy", tiny_org.taxonomy), ("--people", tiny_org.people),
                          ("--departments", tiny_org.departments),
                          ("--documents", tiny_org.documents)):
        for path in paths:
            args += [option, str(path)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    settings = Settings(store_url=bolt_server.uri, local_only=True)
    with TestClient(create_app(settings)) as client:
        assert client.get("/readyz").json() == {"status": "ok"}
        body = client.post("/graphql", json={"query": '{ experts(query: '
                           '"digitale toegankelijkheid", first: 5) { nodes { person { key } } } }'}).json()
    assert [e["person"]["key"] for e in body["data"]["experts"]["nodes"]][:2] == ["p1", "p2"]


def _rounded(rows: Sequence[object]) -> list[tuple[object, ...]]:
    return [tuple(round(v, 9) if isinstance(v, float) else v for v in vars(r).values())
            for r in rows]
