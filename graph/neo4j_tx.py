"""Running Cypher inside a managed transaction of the Neo4j adapter, in bounded statements."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from neo4j import ManagedTransaction, Record

CHUNK = 5_000  # rows per UNWIND: large batches go as several statements of one transaction


def run(tx: ManagedTransaction, query: str, **params: Any) -> list[Record]:
    """Run ``query``, in chunks of ``CHUNK`` when a list parameter (``rows``/``ids``) is long.
    An empty list runs nothing."""
    key = "rows" if "rows" in params else "ids" if "ids" in params else None
    if key is None:
        return list(tx.run(query, params))
    values: Sequence[Any] = params[key]
    out: list[Record] = []
    for start in range(0, len(values), CHUNK):
        out.extend(tx.run(query, {**params, key: values[start:start + CHUNK]}))
    return out
