"""Every limit of api/hardening.py triggers on the real app, over HTTP, on a real SQLite store."""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from ops_org import break_store, ingest_tiny_org, settings_for

from api.app import create_app
from api.settings import Settings


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingest_tiny_org(tmp_path_factory.mktemp("hardening"))


@pytest.fixture
def own_db(db: Path, tmp_path: Path) -> Path:
    """A copy of the store for a test that damages it."""
    copy = tmp_path / "store.db"
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    return copy


@contextmanager
def client_for(db: Path, **fields: Any) -> Iterator[TestClient]:
    with TestClient(create_app(settings_for(db, **fields))) as client:
        yield client


def post(client: TestClient, query: str) -> dict[str, Any]:
    response = client.post("/graphql", json={"query": query})
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def messages(body: dict[str, Any]) -> list[str]:
    return [e["message"] for e in body.get("errors", [])]


def test_defaults_are_documented_values() -> None:
    settings = Settings()
    assert (settings.max_query_depth, settings.max_query_tokens, settings.max_aliases,
            settings.max_batch_operations, settings.max_body_bytes,
            settings.request_timeout_seconds) == (12, 1000, 20, 0, 1_048_576, 30.0)


def nested_parents(levels: int) -> str:
    return '{ department(id: "soc") { ' + "parent { " * levels + "name" + " }" * levels + " } }"


def test_depth_limit(db: Path) -> None:
    # depth counts the fields above a field: `department` is at depth 0 and its `name` at 1,
    # so `levels` nested parents put the innermost `name` at depth levels + 1
    with client_for(db) as client:  # the default limit, 12
        allowed = post(client, nested_parents(11))
        refused = post(client, nested_parents(12))
    assert "errors" not in allowed
    # soc's parent is org, and org has none
    assert allowed["data"] == {"department": {"parent": {"parent": None}}}
    assert refused["data"] is None
    assert messages(refused) == ["'anonymous' exceeds maximum operation depth of 12"]


def test_token_limit(db: Path) -> None:
    # { department ( id : "soc" ) { name parent { name } } }: 15 tokens, counted by hand
    fifteen = '{ department(id: "soc") { name parent { name } } }'
    sixteen = '{ department(id: "soc") { name key parent { name } } }'
    with client_for(db, max_query_tokens=15) as client:
        assert post(client, fifteen)["data"] == {"department": {"name": "Sociaal Domein",
                                                                "parent": {"name": "Gemeente Proefdorp"}}}
        refused = post(client, sixteen)
    assert refused["data"] is None
    assert messages(refused) == ["Syntax Error: Document contains more than 15 tokens. "
                                 "Parsing aborted."]
    with client_for(db) as client:  # the default, 1000: braces plus 999 fields are 1001
        refused = post(client, "{ " + "__typename " * 999 + "}")
    assert "more than 1000 tokens" in messages(refused)[0]


def test_alias_limit(db: Path) -> None:
    def aliased(count: int) -> str:
        return "{ " + " ".join(f"a{i}: __typename" for i in range(count)) + " }"

    with client_for(db) as client:  # the default limit, 20
        allowed = post(client, aliased(20))
        refused = post(client, aliased(21))
    assert allowed["data"] == {f"a{i}": "Query" for i in range(20)}
    assert refused["data"] is None
    assert messages(refused) == ["21 aliases found. Allowed: 20"]


INTROSPECTION = "{ __schema { queryType { name } } }"


def test_introspection_only_in_development_unless_enabled(db: Path) -> None:
    with client_for(db, env="development") as client:
        assert post(client, INTROSPECTION)["data"] == {"__schema": {"queryType": {"name": "Query"}}}
    with client_for(db, env="production") as client:
        refused = post(client, INTROSPECTION)
        # __typename is not introspection of the schema and stays available
        assert post(client, "{ __typename }")["data"] == {"__typename": "Query"}
    assert refused["data"] is None
    # graphql-core names every introspection field it refuses
    assert messages(refused) == [
        "GraphQL introspection has been disabled, but the requested query contained the field "
        f"'{name}'." for name in ("__schema", "queryType")]
    with client_for(db, env="production", introspection=True) as client:
        assert "errors" not in post(client, INTROSPECTION)


MISSPELT = '{ departmnt(id: "soc") { name } experts(query: "Wmo", frist: 3) { totalCount } }'


def test_no_field_suggestions_in_production(db: Path) -> None:
    with client_for(db, env="development") as client:
        development = messages(post(client, MISSPELT))
    with client_for(db, env="production") as client:
        production = messages(post(client, MISSPELT))
    # development helps with the spelling, of fields and of arguments
    assert "Cannot query field 'departmnt' on type 'Query'. Did you mean 'department' or " \
           "'departments'?" in development
    assert any(m.startswith("Unknown argument 'frist'") and "Did you mean 'first'?" in m
               for m in development)
    # production says what is wrong, not what the schema has
    assert "Cannot query field 'departmnt' on type 'Query'." in production
    assert "Unknown argument 'frist' on field 'Query.experts'." in production
    assert not [m for m in production if "Did you mean" in m]


DEPARTMENTS = "{ departments(first: 5) { totalCount } }"


def test_unexpected_error_masked_in_production_and_logged(
        own_db: Path, caplog: pytest.LogCaptureFixture) -> None:
    with client_for(own_db, env="production") as client:
        assert post(client, DEPARTMENTS)["data"] == {"departments": {"totalCount": 4}}
        break_store(own_db)
        with caplog.at_level(logging.ERROR, logger="wieweet.graphql"):
            response = client.post("/graphql", json={"query": DEPARTMENTS},
                                   headers={"X-Request-ID": "req-masked-1"})
    body = response.json()
    assert response.status_code == 200 and body["data"] is None
    assert body["errors"] == [{"message": "Internal server error.", "path": ["departments"],
                               "locations": [{"line": 1, "column": 3}],
                               "extensions": {"code": "INTERNAL_SERVER_ERROR",
                                              "requestId": "req-masked-1"}}]
    assert "no such table" not in response.text
    # the log keeps what the client does not see
    [record] = [r for r in caplog.records if r.name == "wieweet.graphql"]
    assert record.exc_info is not None and record.exc_info[0] is sqlite3.OperationalError
    assert "no such table: department" in str(record.exc_info[1])
    assert record.graphql_path == "departments"


def test_unexpected_error_shown_in_development(own_db: Path) -> None:
    with client_for(own_db, env="development") as client:
        client.get("/readyz")
        break_store(own_db)
        body = post(client, DEPARTMENTS)
    assert body["errors"][0]["message"] == "no such table: department"


def test_expected_errors_pass_unmasked_in_production(db: Path) -> None:
    with client_for(db, env="production") as client:
        body = post(client, "{ departments(first: 500) { totalCount } }")
    assert body["errors"][0]["message"] == "first must be between 0 and 100, not 500"
    assert body["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT"}


def test_batches_refused_by_default_and_capped_when_enabled(db: Path) -> None:
    one = {"query": "{ __typename }"}
    with client_for(db) as client:
        response = client.post("/graphql", json=[one, one])
    assert (response.status_code, response.text) == (400, "Batching is not enabled")
    with client_for(db, max_batch_operations=2) as client:
        two = client.post("/graphql", json=[one, one])
        three = client.post("/graphql", json=[one, one, one])
    assert two.status_code == 200
    assert two.json() == [{"data": {"__typename": "Query"}}, {"data": {"__typename": "Query"}}]
    assert (three.status_code, three.text) == (400, "Too many operations")


def padded(size: int) -> bytes:
    """A valid GraphQL request of exactly ``size`` bytes (the query padded with spaces)."""
    empty = json.dumps({"query": "{ __typename }"}).encode()
    body = json.dumps({"query": "{ __typename " + " " * (size - len(empty)) + "}"}).encode()
    assert len(body) == size
    return body


def test_body_size_limit(db: Path) -> None:
    json_type = {"content-type": "application/json"}
    with client_for(db, max_body_bytes=1000) as client:
        at_limit = client.post("/graphql", content=padded(1000), headers=json_type)
        declared = client.post("/graphql", content=padded(1001), headers=json_type)
        body = padded(1001)
        chunks = iter([body[:600], body[600:]])
        # httpx streams an iterator chunked, with no Content-Length to refuse it by
        request = client.build_request("POST", "/graphql", content=chunks, headers=json_type)
        assert "content-length" not in request.headers
        assert request.headers["transfer-encoding"] == "chunked"
        chunked = client.send(request)
    assert at_limit.status_code == 200 and at_limit.json() == {"data": {"__typename": "Query"}}
    assert declared.status_code == 413
    assert chunked.status_code == 413


def test_request_timeout(db: Path) -> None:
    app = create_app(settings_for(db, request_timeout_seconds=0.3))

    # a handler that outlives the limit, added to the real app (no GraphQL query is slow on
    # demand); the middleware is what is under test
    @app.get("/slow")
    async def slow() -> dict[str, str]:
        await asyncio.sleep(5)
        return {"status": "late"}

    with TestClient(app) as client:
        started = time.perf_counter()
        response = client.get("/slow")
        elapsed = time.perf_counter() - started
        assert client.get("/livez").status_code == 200
    assert response.status_code == 504
    assert response.json()["errors"][0]["extensions"] == {"code": "TIMEOUT"}
    assert 0.3 <= elapsed < 3


def test_graphiql_only_in_development(db: Path) -> None:
    html = {"accept": "text/html"}
    with client_for(db, env="development") as client:
        development = client.get("/graphql", headers=html)
    with client_for(db, env="production") as client:
        production = client.get("/graphql", headers=html)
    assert development.status_code == 200 and "graphiql" in development.text.lower()
    assert production.status_code == 404



OPENAPI_PAGES = ("/docs", "/redoc", "/openapi.json")


def test_openapi_pages_follow_introspection(db: Path) -> None:
    # one rule for what the server says about itself: local-only does not change it
    with client_for(db, env="development") as client:
        development = {path: client.get(path) for path in OPENAPI_PAGES}
    with client_for(db, env="production") as client:
        production = {path: client.get(path).status_code for path in OPENAPI_PAGES}
    with client_for(db, env="production", introspection=True) as client:
        enabled = {path: client.get(path).status_code for path in OPENAPI_PAGES}
    assert {path: r.status_code for path, r in development.items()} == dict.fromkeys(
        OPENAPI_PAGES, 200)
    assert {"/livez", "/readyz", "/graphql"} <= set(development["/openapi.json"].json()["paths"])
    assert "/metrics" not in development["/openapi.json"].json()["paths"]
    assert production == dict.fromkeys(OPENAPI_PAGES, 404)
    assert enabled == dict.fromkeys(OPENAPI_PAGES, 200)
