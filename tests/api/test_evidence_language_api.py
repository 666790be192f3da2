"""Evidence.language over GraphQL: the tiny organisation's d6 ("Accessible forms") is English."""

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


EVIDENCE = """query($q: String!) {
  experts(query: $q, first: 5) { nodes { person { key } evidence { documentId language } } }
}"""


def test_evidence_language_is_the_documents(client: TestClient) -> None:
    data = gql(client, EVIDENCE, q="digitale toegankelijkheid")
    anna = next(n for n in data["experts"]["nodes"] if n["person"]["key"] == "p1")
    assert {e["documentId"]: e["language"] for e in anna["evidence"]} == {
        "d1": "nl", "d2": "nl", "d6": "en"}
