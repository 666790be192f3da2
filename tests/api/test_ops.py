"""Metrics, request ids and JSON logs (api/ops.py) on the real app over HTTP."""

from __future__ import annotations

import io
import json
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from ops_org import break_store, ingest_tiny_org, settings_for
from prometheus_client.parser import text_string_to_metric_families

from api.app import create_app
from api.ops import MAX_OPERATION_NAMES, Metrics, configure_logging


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingest_tiny_org(tmp_path_factory.mktemp("ops"))


def samples(client: TestClient) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Every sample of ``/metrics``, by name and labels."""
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    return {(s.name, frozenset(s.labels.items())): s.value
            for family in text_string_to_metric_families(response.text) for s in family.samples}


def sample(found: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str,
           **labels: str) -> float | None:
    return found.get((name, frozenset(labels.items())))


PROBE = "query Probe { departments(first: 2) { totalCount } }"


def test_metrics_count_requests_and_operations(db: Path) -> None:
    with TestClient(create_app(settings_for(db))) as client:
        for _ in range(2):
            assert client.post("/graphql", json={"query": PROBE}).json() == {
                "data": {"departments": {"totalCount": 4}}}
        client.post("/graphql", json={"query": "{ nosuchfield }"})  # 200, refused document
        client.get("/livez")
        client.get("/no/such/page")
        found = samples(client)
        # a second app counts for itself: a registry per app
        with TestClient(create_app(settings_for(db))) as other:
            elsewhere = samples(other)
    # three POSTs to /graphql answered 200 (a refused document is still HTTP 200)
    assert sample(found, "wieweet_http_requests_total", route="/graphql", method="POST",
                  status="200") == 3
    assert sample(found, "wieweet_http_request_duration_seconds_count", route="/graphql",
                  method="POST", status="200") == 3
    assert sample(found, "wieweet_http_requests_total", route="/livez", method="GET",
                  status="200") == 1
    assert sample(found, "wieweet_http_requests_total", route="unmatched", method="GET",
                  status="404") == 1
    assert sample(found, "wieweet_graphql_operations_total", operation="Probe", type="query",
                  outcome="ok") == 2
    assert sample(found, "wieweet_graphql_operations_total", operation="anonymous",
                  type="query", outcome="rejected") == 1
    assert sample(elsewhere, "wieweet_http_requests_total", route="/graphql", method="POST",
                  status="200") is None


def test_store_errors_counted(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "store.db"
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    with TestClient(create_app(settings_for(copy, env="production"))) as client:
        client.get("/readyz")  # the app's store is open before it breaks
        break_store(copy)
        client.post("/graphql", json={"query": PROBE})
        ready = client.get("/readyz")
        found = samples(client)
    assert ready.status_code == 503 and ready.json()["status"] == "unavailable"
    assert sample(found, "wieweet_graphql_operations_total", operation="Probe", type="query",
                  outcome="error") == 1
    # one from the GraphQL query, one from /readyz
    assert sample(found, "wieweet_store_errors_total", error="OperationalError") == 2


def test_operation_names_bounded() -> None:
    # a client that invents names cannot grow the label set without limit
    metrics = Metrics()
    labels = {metrics.operation_label(f"Op{i}") for i in range(MAX_OPERATION_NAMES + 50)}
    assert len(labels) == MAX_OPERATION_NAMES + 1 and "other" in labels
    assert metrics.operation_label("Op0") == "Op0"  # known names keep their label
    assert metrics.operation_label(None) == "anonymous"
    assert metrics.operation_label("x" * 65) == "invalid"


def test_request_id_taken_or_made(db: Path) -> None:
    with TestClient(create_app(settings_for(db))) as client:
        given = client.get("/livez", headers={"X-Request-ID": "tool-42.a"})
        made = client.get("/livez")
        refused = client.get("/livez", headers={"X-Request-ID": "x" * 200})
    assert given.headers["x-request-id"] == "tool-42.a"
    assert len(made.headers["x-request-id"]) == 32
    assert refused.headers["x-request-id"] != "x" * 200
    assert len(refused.headers["x-request-id"]) == 32


@pytest.fixture
def log_lines(db: Path) -> Iterator[io.StringIO]:
    """JSON logs into a buffer; the handler and levels are put back afterwards."""
    root, strawberry = logging.getLogger(), logging.getLogger("strawberry.execution")
    levels = root.level, strawberry.level
    buffer = io.StringIO()
    handler = configure_logging(settings_for(db), stream=buffer)
    yield buffer
    root.removeHandler(handler)
    root.setLevel(levels[0])
    strawberry.setLevel(levels[1])


def parsed(buffer: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in buffer.getvalue().splitlines()]


def test_access_log_is_json_without_secrets(db: Path, log_lines: io.StringIO) -> None:
    query = "query Who($q: String!) { experts(query: $q, first: 1) { totalCount } }"
    with TestClient(create_app(settings_for(db))) as client:
        client.post("/graphql", json={"query": query, "variables": {"q": "SECRET-VARIABLE"}},
                    headers={"X-Request-ID": "req-log-1",
                             "Authorization": "Bearer SECRET-TOKEN"})
        client.get("/graphql", params={"query": query,
                                       "variables": json.dumps({"q": "SECRET-IN-URL"})})
    lines = parsed(log_lines)
    access = [line for line in lines if line["logger"] == "wieweet.access"]
    assert len(access) == 2
    post, get = access
    assert post["message"] == "request" and post["level"] == "INFO"
    assert {k: post[k] for k in ("method", "path", "status", "request_id", "operation",
                                 "outcome")} == {
        "method": "POST", "path": "/graphql", "status": 200, "request_id": "req-log-1",
        "operation": "Who", "outcome": "ok"}
    assert isinstance(post["duration_ms"], float) and post["duration_ms"] > 0
    assert "time" in post
    assert (get["method"], get["path"], get["status"]) == ("GET", "/graphql", 200)
    assert len(get["request_id"]) == 32
    # neither variables, nor the query string, nor the token reach the server's log (the
    # test client's own httpx logger prints the URL it calls: not the server's doing)
    server_side = [line for line in lines if line["logger"] != "httpx"]
    assert server_side and "SECRET" not in json.dumps(server_side)


def test_unexpected_error_logged_as_json(db: Path, tmp_path: Path,
                                         log_lines: io.StringIO) -> None:
    copy = tmp_path / "store.db"
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    with TestClient(create_app(settings_for(copy, env="production"))) as client:
        client.get("/livez")
        break_store(copy)
        client.post("/graphql", json={"query": PROBE}, headers={"X-Request-ID": "req-err-1"})
    [error] = [line for line in parsed(log_lines) if line["logger"] == "wieweet.graphql"]
    assert error["level"] == "ERROR" and error["request_id"] == "req-err-1"
    assert error["graphql_path"] == "departments" and error["error_type"] == "OperationalError"
    assert "no such table: department" in error["exc_info"]
    # strawberry's own error log (it prints the query text) stays quiet
    assert not [line for line in parsed(log_lines) if line["logger"] == "strawberry.execution"]
