"""Shared fixtures: a tiny hand-made organisation whose right answers are known, and stores."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from bolt_server import ArcadeDBServer, BoltTarget, BoltUnavailableError, target_from_env
from tiny_org import write_tiny_org

from extraction.ingest import IngestRequest
from graph.sqlite_store import SqliteStore
from graph.store import GraphStore

REPO = Path(__file__).resolve().parent.parent

@pytest.fixture
def tiny_org(tmp_path: Path) -> IngestRequest:
    return write_tiny_org(tmp_path / "org")


@pytest.fixture(scope="session")
def bolt_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BoltTarget]:
    """One Bolt server for the session: ``NEO4J_TEST_URI``'s, or ArcadeDB started here.

    Skips (once, cached for the session) with the reason when there is none.
    """
    server: ArcadeDBServer | None = None
    try:
        target = target_from_env()
        if target is None:
            server = ArcadeDBServer(tmp_path_factory.mktemp("arcadedb"))
            target = server.start()
    except BoltUnavailableError as exc:
        pytest.skip(f"no Bolt server: {exc}")
    except BaseException:  # Ctrl-C while it starts: stop it by its pid before leaving
        if server is not None:
            server.stop()
        raise
    try:
        yield target
    finally:
        target.close()
        if server is not None:
            server.stop()


@pytest.fixture(params=["sqlite", pytest.param("neo4j", marks=[pytest.mark.neo4j])])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """Every GraphStore adapter; the contract tests run once per adapter.

    ``neo4j`` runs against the session's Bolt server, on a database emptied for each test.
    """
    opened: GraphStore
    if request.param == "neo4j":
        target: BoltTarget = request.getfixturevalue("bolt_server")
        target.wipe()
        opened = target.open_store()
    else:
        opened = SqliteStore(tmp_path / "store.db")
    yield opened
    opened.close()


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("neo4j_fulltext") and not os.environ.get("NEO4J_TEST_URI"):
        pytest.skip("needs Neo4j's full-text index: set NEO4J_TEST_URI to a Neo4j 5 server "
                    "(ArcadeDB's Bolt server has no full-text index)")
