"""The tiny organisation in a SQLite file, for the hardening, operations and fuzz tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from tiny_org import write_tiny_org

from api.service import Service
from api.settings import Settings
from graph.sqlite_store import SqliteStore


def ingest_tiny_org(root: Path) -> Path:
    """Ingest the tiny organisation into ``root/store.db`` and return its path."""
    path = root / "store.db"
    store = SqliteStore(path)
    try:
        Service(store).ingest(write_tiny_org(root / "org"))
    finally:
        store.close()
    return path


def settings_for(db: Path, **fields: Any) -> Settings:
    """Settings on ``db``, local-only: these tests are about limits and operations, not roles,
    so every request acts with every role (as ``wieweet demo`` does)."""
    return Settings(local_only=True, store_url=f"sqlite:///{db}", **fields)


def break_store(db: Path) -> None:
    """Make the store fail under a running app, as a damaged database would: the
    department table goes away behind the app's back (the app's connections are open
    already, so nothing re-creates it)."""
    conn = sqlite3.connect(db)
    try:
        conn.execute("ALTER TABLE department RENAME TO department_gone")
        conn.commit()
    finally:
        conn.close()
