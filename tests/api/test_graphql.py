"""GraphQL over HTTP (FastAPI's test client) on the tiny organisation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from api_helpers import gql, local
from fastapi.testclient import TestClient

from api.app import create_app
from api.service import Service
from extraction.ingest import IngestRequest
from graph.store import GraphStore


@pytest.fixture
def client(store: GraphStore, tiny_org: IngestRequest) -> Iterator[TestClient]:
    Service(store).ingest(tiny_org)
    with TestClient(create_app(local(), store=store)) as test_client:
        yield test_client


EXPERTS = """query($q: String!, $dept: ID) {
  experts(query: $q, first: 5, department: $dept) { nodes {
    person { key name department { key name organisation } }
    score lastEvidence
    matchedTopics { key labelNl labelEn }
    claims { level topic { key } }
    evidence { documentId title snippet date topic { key } }
  } }
}"""


def test_experts_with_evidence(client: TestClient) -> None:
    data = gql(client, EXPERTS, q="digitale toegankelijkheid")
    first, second = data["experts"]["nodes"][:2]
    assert first["person"]["key"] == "p1" and second["person"]["key"] == "p2"
    assert first["person"]["department"] == {"key": "com", "name": "Communicatie",
                                             "organisation": "Gemeente Proefdorp"}
    assert first["matchedTopics"][0]["labelEn"] == "digital accessibility"
    assert first["lastEvidence"] == "2025-09-12"
    assert {e["documentId"] for e in first["evidence"]} == {"d1", "d2", "d6"}
    assert all(e["snippet"] for e in first["evidence"])
    assert second["claims"] == [{"level": 2, "topic": {"key": "digitale-toegankelijkheid"}}]


def test_experts_department_filter_and_empty_answer(client: TestClient) -> None:
    data = gql(client, EXPERTS, q="Wmo", dept="soc")
    assert {e["person"]["key"] for e in data["experts"]["nodes"]} == {"p3", "p4"}
    assert gql(client, EXPERTS, q="kernfusie")["experts"]["nodes"] == []


def test_person_department_and_topics(client: TestClient) -> None:
    data = gql(client, """{
      person(id: "p3") { name title skills { level askMeAbout topic { labelNl } } }
      department(id: "soc") { name parent { key } children { key } }
      departments(first: 10) { totalCount nodes { key } }
      topics(search: "toegank", first: 5) { nodes { key broader { key } } }
      missing: person(id: "nobody") { id }
    }""")
    assert data["person"] == {"name": "Cees Bakker", "title": "Wmo-consulent", "skills": [
        {"level": 4, "askMeAbout": True, "topic": {"labelNl": "Wet maatschappelijke ondersteuning"}}]}
    assert data["department"] == {"name": "Sociaal Domein", "parent": {"key": "org"}, "children": []}
    assert {d["key"] for d in data["departments"]["nodes"]} == {"org", "com", "soc", "fin"}
    assert data["departments"]["totalCount"] == 4
    assert data["topics"]["nodes"] == [{"key": "digitale-toegankelijkheid",
                                        "broader": [{"key": "dienstverlening"}]}]
    assert data["missing"] is None


def test_health_endpoints(client: TestClient) -> None:
    assert client.get("/livez").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ok"}


def test_first_is_required_and_capped(client: TestClient) -> None:
    body = client.post("/graphql", json={"query": '{ experts(query: "Wmo", first: 101) { nodes { score } } }'}).json()
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert "between 0 and 100" in body["errors"][0]["message"]
    body = client.post("/graphql", json={"query": '{ experts(query: "Wmo") { nodes { score } } }'}).json()
    assert "first" in body["errors"][0]["message"]  # required: a validation error


def test_pages_follow_cursors(client: TestClient) -> None:
    # people by name: Anna, Bram, Cees, Dirk, Eva
    page = gql(client, '{ people(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { key } } }')["people"]
    assert [p["key"] for p in page["nodes"]] == ["p1", "p2"] and page["totalCount"] == 5
    assert page["pageInfo"]["hasNextPage"] is True
    query = 'query($after: String) { people(first: 2, after: $after) { pageInfo { hasNextPage hasPreviousPage } nodes { key } } }'
    second = gql(client, query, after=page["pageInfo"]["endCursor"])["people"]
    assert [p["key"] for p in second["nodes"]] == ["p3", "p4"]
    assert second["pageInfo"] == {"hasNextPage": True, "hasPreviousPage": True}
    # a ranking pages the same way: the second page continues the first
    ranked = gql(client, '{ experts(query: "Wmo", first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { person { key } } } }')["experts"]
    assert ranked["totalCount"] is None and ranked["pageInfo"]["hasNextPage"] is True
    rest = gql(client, 'query($after: String) { experts(query: "Wmo", first: 10, after: $after) { nodes { person { key } } } }',
               after=ranked["pageInfo"]["endCursor"])["experts"]["nodes"]
    everyone = gql(client, '{ experts(query: "Wmo", first: 10) { nodes { person { key } } } }')["experts"]["nodes"]
    assert [e["person"]["key"] for e in everyone] == [ranked["nodes"][0]["person"]["key"]] + [e["person"]["key"] for e in rest]


def test_global_ids_resolve_through_node(client: TestClient) -> None:
    person = gql(client, '{ person(id: "p3") { id key } }')["person"]
    assert person["id"] != "p3" and person["key"] == "p3"
    node = gql(client, 'query($id: ID!) { node(id: $id) { __typename id ... on Person { name } } }', id=person["id"])
    assert node["node"] == {"__typename": "Person", "id": person["id"], "name": "Cees Bakker"}
    same = gql(client, 'query($id: ID!) { person(id: $id) { key } }', id=person["id"])
    assert same["person"]["key"] == "p3"
    dept = gql(client, '{ department(id: "soc") { id } }')["department"]["id"]
    body = client.post("/graphql", json={"query": 'query($id: ID!) { person(id: $id) { key } }', "variables": {"id": dept}}).json()
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"  # a department id is no person id
