"""Knowledge health over GraphQL: missed searches come from real use of the API."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from api_helpers import gql, local
from fastapi.testclient import TestClient

from api.app import create_app
from api.service import Service
from extraction.ingest import IngestRequest
from graph.sqlite_store import SqliteStore


@pytest.fixture
def client(tmp_path: object, tiny_org: IngestRequest) -> Iterator[TestClient]:
    store = SqliteStore(tmp_path / "health.db")  # type: ignore[operator]
    Service(store).ingest(tiny_org)
    with TestClient(create_app(local(), store=store)) as test_client:
        yield test_client
    store.close()


ASK = 'query($q: String!) { experts(query: $q, first: 3) { nodes { score } } }'


def test_missed_searches_are_logged_from_the_api_and_reported(client: TestClient) -> None:
    for question in ("kernfusie", "Kernfusie", "kernfusie ", "Wmo", "Wmo"):
        gql(client, ASK, q=question)
    report = gql(client, """{ missedSearches(first: 10, period: DAY) { totalCount nodes {
        query asked missed trend { asked missed } routes { person { key } } } } }""")
    rows = report["missedSearches"]["nodes"]
    # "kernfusie" was asked three times (folded: one question) and never answered; the Wmo
    # questions were answered, so they are not missed
    assert [(r["query"], r["asked"], r["missed"]) for r in rows] == [("kernfusie", 3, 3)]
    assert rows[0]["trend"] == [{"asked": 3, "missed": 3}]
    assert rows[0]["routes"] == []  # nobody in the tiny organisation writes about it


def test_single_keeper_topics_and_departures(client: TestClient) -> None:
    data = gql(client, """{
      singleKeeperTopics(first: 20) { nodes { topic { key } keepers { key } } }
      departureRisks(first: 5) { nodes { person { key } uncovered { key } } }
    }""")
    single = {r["topic"]["key"]: [k["key"] for k in r["keepers"]]
              for r in data["singleKeeperTopics"]["nodes"]}
    # Cees keeps the Wmo (claim level 4, ask-me-about, d3 alone and d4 with Dirk); Dirk's half
    # share of d4 is below the keeper threshold. Dirk alone keeps privacy (claim 5, d4, a note),
    # Anna alone digital accessibility (three documents; Bram only claims level 2)
    assert single == {"wmo": ["p3"], "privacy": ["p4"], "digitale-toegankelijkheid": ["p1"]}
    departures = {r["person"]["key"]: {t["key"] for t in r["uncovered"]}
                  for r in data["departureRisks"]["nodes"]}
    assert departures["p3"] == {"wmo"} and departures["p4"] == {"privacy"}


def test_bad_report_arguments_are_user_errors(client: TestClient) -> None:
    body = client.post("/graphql", json={"query": "{ singleKeeperTopics(first: 5, threshold: 2)"
                                                  " { nodes { demand } } }"}).json()
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
