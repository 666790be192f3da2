"""Schema setup for the Neo4j adapter: idempotent, and run before any write.

Uniqueness constraints on every node id (each also an index for ``MERGE`` and lookups), an index
on ``Document.kind``, and Neo4j's full-text index on the analysed document text where the server
has one. Schema statements run as auto-commit queries: Neo4j does not mix schema and data changes
in one transaction.
"""

from __future__ import annotations

import logging

from neo4j import Driver
from neo4j.exceptions import CypherSyntaxError

from graph import neo4j_queries as q

log = logging.getLogger(__name__)


def set_up_schema(driver: Driver, database: str | None) -> bool:
    """Create what is missing of the schema; return whether the server has a full-text index.

    ``CREATE ... IF NOT EXISTS`` makes every statement a no-op the second time. A server that
    answers ``CREATE FULLTEXT INDEX`` with a syntax error (ArcadeDB: "Only standard, RANGE and
    TEXT index types are supported") has no full-text index; any other failure is raised.
    """
    with driver.session(database=database) as session:
        for statement in q.SCHEMA:
            session.run(statement).consume()
        try:
            session.run(q.CREATE_FULLTEXT).consume()
        except CypherSyntaxError as exc:
            log.info("no full-text index on this server (%s): BM25 over term postings", exc.message)
            return False
        # a new index is populated in the background: wait, or the first searches miss
        session.run(q.AWAIT_FULLTEXT).consume()
    return True
