"""Helpers for the API tests: a GraphQL call that fails loudly, and local-only settings."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from api.settings import Settings


def local() -> Settings:
    """No authentication: every request acts with every role (as ``wieweet demo`` does)."""
    return Settings(local_only=True)


def gql(client: TestClient, query: str, headers: dict[str, str] | None = None,
        **variables: Any) -> dict[str, Any]:
    """POST a document; assert HTTP 200 and no errors; return ``data``."""
    response = client.post("/graphql", json={"query": query, "variables": variables},
                           headers=headers or {})
    assert response.status_code == 200, response.text
    body = response.json()
    assert "errors" not in body, body["errors"]
    return body["data"]  # type: ignore[no-any-return]
