"""Erasing one person from the Neo4j store (``GraphStore.erase_person``) as one managed
transaction: ``erase`` is the transaction function for ``Session.execute_write``.

The same outcome as ``graph.sqlite_erasure``: documents the person wrote alone are deleted
(mentions, postings and corpus totals with them); shared documents stay with the other authors,
renumbered and re-shared as if the person had never been listed, and their KNOWS derived again;
``DETACH DELETE`` takes every relationship of the person; terms only the deleted documents used
go too. Relationships are counted before, under
``counts()``' names. The driver may run the function again after a transient failure: every
step reads what is there, so a second run on a rolled-back transaction does the same.
"""

from __future__ import annotations

from neo4j import ManagedTransaction

from graph import neo4j_queries as q
from graph.errors import NotFoundError
from graph.model import ErasureReport
from graph.neo4j_queries import NodeLabel, RelType
from graph.neo4j_tx import run
from graph.store_records import (
    ANONYMISED_AUDIT,
    REDACTED_SEARCHES,
    REMOVED_KEYS,
    REMOVED_SEARCHES,
    redact,
    scrub_audit,
    tombstone,
)

PERSON_DEGREES = q.person_degrees()
WRITTEN = """
MATCH (p:Person {id: $id})-[:AUTHORED]->(d:Document)
RETURN d.id AS id, coalesce(d.length, 0) AS length,
       size([(d)-[:MENTIONS]->(:Topic) | 1]) AS mentions,
       [(d)<-[a:AUTHORED]-(o:Person) | [a.position, o.id]] AS authors"""
DELETE_DOCUMENTS = "UNWIND $ids AS id MATCH (d:Document {id: id}) DETACH DELETE d"
# postings: the terms of the deleted documents, and those no document uses any more (a profile's
# title is the person's name: its terms must not outlive it)
TERMS_OF = """
UNWIND $ids AS id MATCH (d:Document {id: id})-[:HAS_TERM]->(t:Term) RETURN DISTINCT t.id AS id"""
DELETE_UNUSED_TERMS = """
UNWIND $ids AS id MATCH (t:Term {id: id})
WITH t WHERE size([(t)<-[:HAS_TERM]-(:Document) | 1]) = 0 DELETE t"""
DELETE_PERSON = "MATCH (p:Person {id: $id}) DETACH DELETE p"
SET_AUTHORSHIP = """
UNWIND $rows AS row MATCH (d:Document {id: row.document})
MATCH (d)<-[a:AUTHORED]-(p:Person {id: row.person})
SET a.position = row.position, a.share = row.share"""
OWN_SEARCHES = "MATCH (s:SearchLog {searcher: $id}) RETURN s.id AS id"
DELETE_OWN_KEYS = ("MATCH (k:ApiKey) WHERE k.person_id = $id WITH k, k.id AS id DELETE k "
                   "RETURN count(id) AS n")
DELETE_SEARCHES = "UNWIND $ids AS id MATCH (s:SearchLog {id: id}) DELETE s"
SEARCHES_NAMING = """
MATCH (s:SearchLog) WHERE s.query CONTAINS $id RETURN s.id AS id, s.query AS query"""
SET_SEARCH_QUERIES = "UNWIND $rows AS row MATCH (s:SearchLog {id: row.id}) SET s.query = row.query"
AUDIT_NAMING = """
MATCH (a:AuditEntry)
WHERE a.actor = $id OR a.actor_person_id = $id OR a.subject_id = $id OR a.query CONTAINS $id
RETURN a.id AS id, a.actor AS actor, a.actor_person_id AS actor_person_id,
       a.subject_id AS subject_id, a.query AS query"""
SET_AUDIT = """
UNWIND $rows AS row MATCH (a:AuditEntry {id: row.id})
SET a.actor = row.actor, a.actor_person_id = row.actor_person_id, a.subject_id = row.subject_id,
    a.query = row.query"""
MERGE_TOMBSTONE = "MERGE (:ErasedPerson {id: $hash})"


def erase(tx: ManagedTransaction, person_id: str) -> ErasureReport:
    """Remove the person everywhere; ``NotFoundError`` (nothing written) for an unknown id."""
    degrees = run(tx, PERSON_DEGREES, id=person_id)
    if not degrees:
        raise NotFoundError(f"unknown person {person_id!r}")
    removed = {str(rel): int(n) for rel, n in degrees[0].data().items()}
    written = run(tx, WRITTEN, id=person_id)
    alone = [r for r in written if len(r["authors"]) == 1]
    shared = [r for r in written if len(r["authors"]) > 1]
    removed[str(NodeLabel.PERSON)] = 1
    removed[str(NodeLabel.DOCUMENT)] = len(alone)
    removed[str(RelType.MENTIONS)] = sum(int(r["mentions"]) for r in alone)

    terms = [r["id"] for r in run(tx, TERMS_OF, ids=[r["id"] for r in alone])]
    run(tx, DELETE_DOCUMENTS, ids=[r["id"] for r in alone])
    run(tx, DELETE_UNUSED_TERMS, ids=terms)
    if alone:
        run(tx, q.UPDATE_CORPUS, documents=-len(alone),
            tokens=-sum(int(r["length"]) for r in alone))
    run(tx, DELETE_PERSON, id=person_id)
    rows = []
    for r in shared:  # the others, in their old order, sharing the document equally
        others = [p for _, p in sorted(r["authors"]) if p != person_id]
        rows += [{"document": r["id"], "person": p, "position": i, "share": 1.0 / len(others)}
                 for i, p in enumerate(others)]
    run(tx, SET_AUTHORSHIP, rows=rows)
    coauthors = sorted({row["person"] for row in rows})
    run(tx, q.unlink(RelType.KNOWS), ids=coauthors)
    run(tx, q.RECOMPUTE_KNOWS, ids=coauthors)

    removed.update(_scrub_logs(tx, person_id))
    run(tx, MERGE_TOMBSTONE, hash=tombstone(person_id))
    run(tx, q.BUMP_GENERATION)
    return ErasureReport(person_id, removed)


def _scrub_logs(tx: ManagedTransaction, person_id: str) -> dict[str, int]:
    """Delete the person's own searches; put ``(erased)`` for the id wherever else a log has it."""
    own = [r["id"] for r in run(tx, OWN_SEARCHES, id=person_id)]
    keys = run(tx, DELETE_OWN_KEYS, id=person_id)[0]["n"]
    run(tx, DELETE_SEARCHES, ids=own)
    searches = []
    for r in run(tx, SEARCHES_NAMING, id=person_id):
        query = redact(r["query"], person_id)
        if query != r["query"]:
            searches.append({"id": r["id"], "query": query})
    run(tx, SET_SEARCH_QUERIES, rows=searches)
    audit = []
    for r in run(tx, AUDIT_NAMING, id=person_id):
        before = (r["actor"], r["actor_person_id"], r["subject_id"], r["query"] or "")
        scrubbed = scrub_audit(person_id, *before)
        if scrubbed != before:
            actor, by, subject, query = scrubbed
            audit.append({"id": r["id"], "actor": actor, "actor_person_id": by,
                          "subject_id": subject, "query": query})
    run(tx, SET_AUDIT, rows=audit)
    return {REMOVED_SEARCHES: len(own), REDACTED_SEARCHES: len(searches),
            ANONYMISED_AUDIT: len(audit), REMOVED_KEYS: int(keys)}
