"""Who-knows through the Service, GraphQL and the CLI on the tiny organisation (conftest.py):
filters, hidden people, taxonomy and nl<->en expansion, explanations and topic feedback."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from api_helpers import gql, local
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from api.cli import app as cli_app
from api.service import Service
from extraction.ingest import IngestRequest
from graph.errors import NotFoundError
from graph.model import TopicFeedback, Verdict
from graph.sqlite_store import SqliteStore
from graph.store import GraphStore


@pytest.fixture
def service(store: GraphStore, tiny_org: IngestRequest) -> Service:
    svc = Service(store)
    svc.ingest(tiny_org)
    return svc


def _ids(service: Service, query: str, **kwargs: Any) -> list[str]:
    return [r.person.id for r in service.experts(query, **kwargs)]


def test_filters_on_location_language_and_organisation(service: Service) -> None:
    everyone = _ids(service, "Wmo")
    assert set(everyone) == {"p1", "p2", "p3", "p4"}
    assert _ids(service, "Wmo", location="thuiswerk") == ["p4"]  # Dirk works from home
    assert set(_ids(service, "Wmo", language="EN")) == {"p1", "p4"}
    assert _ids(service, "Wmo", organisation="Gemeente Proefdorp") == everyone
    assert _ids(service, "Wmo", organisation="Gemeente Elders") == []
    assert _ids(service, "Wmo", department_id="soc", language="en") == ["p4"]


def test_people_who_hid_themselves_never_appear(tmp_path: Path, tiny_org: IngestRequest) -> None:
    store = SqliteStore(tmp_path / "hidden.db")
    service = Service(store)
    service.ingest(tiny_org)
    assert _ids(service, "digitale toegankelijkheid")[0] == "p1"
    with sqlite3.connect(tmp_path / "hidden.db") as conn:  # set by the person, not by an import
        conn.execute("UPDATE person SET visibility = 'hidden' WHERE id = 'p1'")
    for query in ("digitale toegankelijkheid", "Wmo", "toegankelijkheid pdf html"):
        assert "p1" not in _ids(service, query, first=100)
    service.ingest(tiny_org)  # a re-import leaves the choice alone
    assert "p1" not in _ids(service, "digitale toegankelijkheid", first=100)
    store.close()


def test_a_broader_topic_finds_the_writers_of_its_narrower_topic(service: Service) -> None:
    # nobody wrote "dienstverlening"; Anna writes about digital accessibility, a narrower topic
    [anna, bram] = service.experts("dienstverlening")
    assert (anna.person.id, bram.person.id) == ("p1", "p2")
    assert [(m.topic_id, m.weight, m.via) for m in anna.expanded_topics] == [
        ("digitale-toegankelijkheid", 0.5, "narrower")]
    assert anna.matched_topics == ("dienstverlening",) and anna.evidence


def test_english_question_finds_dutch_documents_through_the_taxonomy(service: Service) -> None:
    # "web accessibility" is an English alias; Anna's Dutch d1 says "digitale toegankelijkheid"
    [anna, *_] = service.experts("web accessibility")
    assert anna.person.id == "p1"
    assert "d1" in anna.contributions
    # and a Dutch question finds Bram's only document, the English d6, through the English alias
    [_, bram, *_] = service.experts("digitale toegankelijkheid")
    assert bram.person.id == "p2" and "d6" in bram.contributions


def test_feedback_changes_the_ranking_and_resolves_labels(service: Service) -> None:
    assert _ids(service, "digitale toegankelijkheid")[:2] == ["p1", "p2"]
    given = service.give_feedback("p1", "digitale toegankelijkheid", Verdict.REJECTED)
    assert given == TopicFeedback("p1", "digitale-toegankelijkheid", Verdict.REJECTED)
    assert _ids(service, "digitale toegankelijkheid") == ["p2"]
    service.give_feedback("p1", "digitale-toegankelijkheid", Verdict.CONFIRMED)
    assert _ids(service, "digitale toegankelijkheid")[:2] == ["p1", "p2"]
    assert service.feedback_of("p1") == [TopicFeedback("p1", "digitale-toegankelijkheid",
                                                       Verdict.CONFIRMED)]
    with pytest.raises(NotFoundError):
        service.give_feedback("nobody", "wmo", Verdict.CONFIRMED)
    with pytest.raises(NotFoundError):
        service.give_feedback("p1", "kernfusie", Verdict.CONFIRMED)


@pytest.fixture
def client(service: Service) -> Iterator[TestClient]:
    with TestClient(create_app(local(), store=service.store)) as test_client:
        yield test_client


EXPERTS = """query($q: String!, $location: String, $language: String, $organisation: String) {
  experts(query: $q, first: 10, location: $location, language: $language,
          organisation: $organisation) { nodes {
    person { id: key }
    scoreParts { text topic claim }
    expandedTopics { weight via topic { id: key } source { id: key } }
    evidence { documentId contribution }
  } }
}"""

FEEDBACK = """mutation($person: ID!, $topic: String!) {
  %s(input: {personId: $person, topic: $topic}) {
    verdict person { key } topic { id: key }
    userErrors { field message code }
  }
}"""


def _experts(client: TestClient, **variables: Any) -> list[dict[str, Any]]:
    return gql(client, EXPERTS, **variables)["experts"]["nodes"]  # type: ignore[no-any-return]


def test_graphql_experts_explain_and_filter(client: TestClient) -> None:
    [anna, *_] = _experts(client, q="dienstverlening")
    assert anna["person"]["id"] == "p1"
    assert anna["expandedTopics"] == [{"weight": 0.5, "via": "narrower", "topic": {
        "id": "digitale-toegankelijkheid"}, "source": {"id": "dienstverlening"}}]
    assert 0 < anna["scoreParts"]["topic"] <= 1
    [anna, *_] = _experts(client, q="digitale toegankelijkheid")
    assert any(e["contribution"] and e["contribution"] > 0.2 for e in anna["evidence"])
    located = _experts(client, q="Wmo", location="Thuiswerk")
    assert [e["person"]["id"] for e in located] == ["p4"]
    assert _experts(client, q="Wmo", organisation="Elders") == []


def test_graphql_confirm_and_reject_topics(client: TestClient) -> None:
    rejected = gql(client, FEEDBACK % "rejectTopic", person="p1", topic="digitale toegankelijkheid")
    assert rejected["rejectTopic"] == {"person": {"key": "p1"}, "verdict": "REJECTED",
                                       "topic": {"id": "digitale-toegankelijkheid"},
                                       "userErrors": []}
    ranked = _experts(client, q="digitale toegankelijkheid")
    assert [e["person"]["id"] for e in ranked] == ["p2"]
    confirmed = gql(client, FEEDBACK % "confirmTopic", person="p3", topic="Wmo")
    assert confirmed["confirmTopic"]["verdict"] == "CONFIRMED"
    assert confirmed["confirmTopic"]["topic"] == {"id": "wmo"}
    unknown = gql(client, FEEDBACK % "confirmTopic", person="nobody", topic="wmo")
    assert unknown["confirmTopic"]["verdict"] is None
    assert unknown["confirmTopic"]["userErrors"][0]["field"] == ["input", "personId"]
    assert unknown["confirmTopic"]["userErrors"][0]["code"] == "NOT_FOUND"
    unknown = gql(client, FEEDBACK % "rejectTopic", person="p1", topic="kernfusie")
    assert unknown["rejectTopic"]["userErrors"][0]["field"] == ["input", "topic"]


def test_cli_feedback_and_who(tiny_org: IngestRequest, tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "cli.db")
    Service(store).ingest(tiny_org)
    store.close()
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    done = runner.invoke(cli_app, ["feedback", "reject", "p1", "digitale toegankelijkheid",
                                   "--store", url])
    assert done.exit_code == 0, done.output
    assert "p1: digitale-toegankelijkheid rejected" in done.output
    who = runner.invoke(cli_app, ["who", "digitale toegankelijkheid", "--store", url])
    assert who.exit_code == 0, who.output
    assert "Bram Jansen" in who.output and "Anna de Vries" not in who.output
    located = runner.invoke(cli_app, ["who", "Wmo", "--location", "Thuiswerk", "--store", url])
    assert "Dirk Smit" in located.output and "Cees Bakker" not in located.output
    assert "Sociaal Domein" in located.output  # the department by name
    missing = runner.invoke(cli_app, ["feedback", "confirm", "nobody", "wmo", "--store", url])
    assert missing.exit_code == 2
