"""GraphQL over HTTP (FastAPI's test client) on the tiny organisation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.service import Service
from api.settings import Settings
from extraction.ingest import IngestRequest
from graph.store import GraphStore


@pytest.fixture
def client(store: GraphStore, tiny_org: IngestRequest) -> Iterator[TestClient]:
    Service(store).ingest(tiny_org)
    with TestClient(create_app(Settings(), store=store)) as test_client:
        yield test_client


def gql(client: TestClient, query: str, **variables: Any) -> dict[str, Any]:
    response = client.post("/graphql", json={"query": query, "variables": variables})
    assert response.status_code == 200, response.text
    body = response.json()
    assert "errors" not in body, body["errors"]
    return body["data"]  # type: ignore[no-any-return]


EXPERTS = """query($q: String!, $dept: ID) {
  experts(query: $q, first: 5, department: $dept) {
    person { id name department { id name organisation } }
    score lastEvidence
    matchedTopics { id labelNl labelEn }
    claims { level topic { id } }
    evidence { documentId title snippet date topic { id } }
  }
}"""


def test_experts_with_evidence(client: TestClient) -> None:
    data = gql(client, EXPERTS, q="digitale toegankelijkheid")
    first, second = data["experts"][:2]
    assert first["person"]["id"] == "p1" and second["person"]["id"] == "p2"
    assert first["person"]["department"] == {"id": "com", "name": "Communicatie",
                                             "organisation": "Gemeente Proefdorp"}
    assert first["matchedTopics"][0]["labelEn"] == "digital accessibility"
    assert first["lastEvidence"] == "2025-09-12"
    assert {e["documentId"] for e in first["evidence"]} == {"d1", "d2", "d6"}
    assert all(e["snippet"] for e in first["evidence"])
    assert second["claims"] == [{"level": 2, "topic": {"id": "digitale-toegankelijkheid"}}]


def test_experts_department_filter_and_empty_answer(client: TestClient) -> None:
    data = gql(client, EXPERTS, q="Wmo", dept="soc")
    assert {e["person"]["id"] for e in data["experts"]} == {"p3", "p4"}
    assert gql(client, EXPERTS, q="kernfusie")["experts"] == []


def test_person_department_and_topics(client: TestClient) -> None:
    data = gql(client, """{
      person(id: "p3") { name title skills { level askMeAbout topic { labelNl } } }
      department(id: "soc") { name parent { id } children { id } }
      departments { id }
      topics(search: "toegank") { id broader { id } }
      missing: person(id: "nobody") { id }
    }""")
    assert data["person"] == {"name": "Cees Bakker", "title": "Wmo-consulent", "skills": [
        {"level": 4, "askMeAbout": True, "topic": {"labelNl": "Wet maatschappelijke ondersteuning"}}]}
    assert data["department"] == {"name": "Sociaal Domein", "parent": {"id": "org"}, "children": []}
    assert {d["id"] for d in data["departments"]} == {"org", "com", "soc", "fin"}
    assert data["topics"] == [{"id": "digitale-toegankelijkheid",
                               "broader": [{"id": "dienstverlening"}]}]
    assert data["missing"] is None


def test_health_endpoints(client: TestClient) -> None:
    assert client.get("/livez").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ok"}


def test_first_is_capped(client: TestClient) -> None:
    data = gql(client, '{ experts(query: "Wmo", first: 100000) { person { id } } }')
    assert len(data["experts"]) <= 100
