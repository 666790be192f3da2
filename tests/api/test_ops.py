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
from api.auth import Role, create_api_key
from api.ops import MAX_OPERATION_NAMES, Metrics, configure_logging
from api.settings import Settings
from graph.sqlite_store import SqliteStore


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


METRICS_TOKEN = "prometheus-scrape-token-0123456789"


@pytest.fixture
def production(db: Path, tmp_path: Path) -> Iterator[tuple[TestClient, dict[str, str]]]:
    """A production app (not local-only) on a copy of the store with an admin and an employee
    key, and a metrics token; yields the client and the keys by role."""
    copy = tmp_path / "store.db"
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    store = SqliteStore(copy)
    keys = {role.value: create_api_key(store, role.value, role)[1]
            for role in (Role.ADMIN, Role.EMPLOYEE)}
    settings = Settings(env="production", metrics_token=METRICS_TOKEN)
    try:
        with TestClient(create_app(settings, store=store)) as client:
            yield client, keys
    finally:
        store.close()


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_metrics_need_the_token_or_an_admin_in_production(
        production: tuple[TestClient, dict[str, str]]) -> None:
    client, keys = production
    anonymous = client.get("/metrics")
    wrong = client.get("/metrics", headers=bearer("prometheus-scrape-token-9876543210"))
    scraped = client.get("/metrics", headers=bearer(METRICS_TOKEN))
    by_admin = client.get("/metrics", headers=bearer(keys["admin"]))
    # a valid principal without the admin role is known but not allowed: 403, not 401
    by_employee = client.get("/metrics", headers=bearer(keys["employee"]))
    # the web page's key cookie is the normal authentication too; the metrics token is not
    client.cookies.set("wieweet_key", METRICS_TOKEN)
    token_cookie = client.get("/metrics")
    client.cookies.set("wieweet_key", keys["admin"])
    admin_cookie = client.get("/metrics")
    client.cookies.clear()
    for refused in (anonymous, wrong, token_cookie):
        assert refused.status_code == 401
        assert refused.headers["www-authenticate"] == "Bearer"
        assert "wieweet_" not in refused.text
    assert by_employee.status_code == 403 and "wieweet_" not in by_employee.text
    for allowed in (scraped, by_admin, admin_cookie):
        assert allowed.status_code == 200
        assert allowed.headers["content-type"].startswith("text/plain")
    # the refused scrapes are counted like any request: anonymous, wrong token, token cookie
    found = {(s.name, frozenset(s.labels.items())): s.value
             for family in text_string_to_metric_families(
                 client.get("/metrics", headers=bearer(METRICS_TOKEN)).text)
             for s in family.samples}
    assert sample(found, "wieweet_http_requests_total", route="/metrics", method="GET",
                  status="401") == 3
    assert sample(found, "wieweet_http_requests_total", route="/metrics", method="GET",
                  status="403") == 1
    assert sample(found, "wieweet_http_requests_total", route="/metrics", method="GET",
                  status="200") == 3


def test_only_health_checks_open_in_production(
        production: tuple[TestClient, dict[str, str]]) -> None:
    client, keys = production
    assert client.get("/livez").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ok"}
    # no OpenAPI description, with or without credentials
    for path in ("/docs", "/redoc", "/openapi.json"):
        assert client.get(path).status_code == 404
        assert client.get(path, headers=bearer(keys["admin"])).status_code == 404
    assert client.post("/graphql", json={"query": PROBE}).status_code == 401


def test_metrics_without_a_token_setting_take_admins_only(db: Path, tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "keys.db")
    admin = create_api_key(store, "admin", Role.ADMIN)[1]
    try:
        with TestClient(create_app(Settings(env="production"), store=store)) as client:
            assert client.get("/metrics", headers=bearer(METRICS_TOKEN)).status_code == 401
            assert client.get("/metrics", headers=bearer(admin)).status_code == 200
    finally:
        store.close()


def test_metrics_open_local_only(db: Path) -> None:
    # local-only listens on 127.0.0.1 and acts with every role, so the scrape needs nothing
    for env in ("development", "production"):
        with TestClient(create_app(settings_for(db, env=env))) as client:
            response = client.get("/metrics")
        assert response.status_code == 200
        assert "wieweet_http_requests_total" in response.text


def test_metrics_token_setting() -> None:
    assert Settings(metrics_token="").metrics_token is None  # WIEWEET_METRICS_TOKEN= is unset
    token = Settings(metrics_token=METRICS_TOKEN).metrics_token
    assert token is not None and token.get_secret_value() == METRICS_TOKEN
    assert METRICS_TOKEN not in repr(Settings(metrics_token=METRICS_TOKEN))
    with pytest.raises(ValueError, match="at least 16"):
        Settings(metrics_token="short")
