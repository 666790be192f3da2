"""The Neo4j adapter's person-owned records in a batch (privacy choices, pairings, scope
policies) and the change check behind ``generation``; parts of ``neo4j_batch.write_batch``.

Privacy choices are properties of the ``Person`` node, pairings ``PAIRED_WITH`` relationships
from newcomer to buddy, policies ``Policy`` nodes with id ``<kind>:<scope id>``.
"""

from __future__ import annotations

import json
from typing import Any

from neo4j import ManagedTransaction

from graph import neo4j_queries as q
from graph.errors import InputProblem
from graph.model import Batch, ScopeKind, ScopePolicy
from graph.neo4j_queries import NodeLabel
from graph.neo4j_tx import run
from graph.store_records import (
    last_pairings,
    last_policies,
    merged_privacy,
    record_problems,
    referenced_people,
    touched,
)

Snapshot = list[tuple[str, ...]]


def policy_id(policy: ScopePolicy) -> str:
    # kinds have no colon, so "<kind>:" ends at the first one whatever the scope id holds
    return f"{policy.kind.value}:{policy.scope_id}"


def snapshot(tx: ManagedTransaction, batch: Batch) -> Snapshot:
    """Everything ``batch`` may change besides documents (whose change the content hash tells),
    canonical: relationship lists sorted, as the order of a pattern comprehension is not stable
    across a delete and re-create."""
    keys = touched(batch)
    out: Snapshot = []
    for query, ids in ((q.SNAPSHOT_DEPARTMENTS, keys["departments"]),
                       (q.SNAPSHOT_TOPICS, keys["topics"]), (q.SNAPSHOT_PEOPLE, keys["people"])):
        for r in run(tx, query, ids=ids):
            out.append(tuple(_canonical(value) for value in r.values()))
    if batch.policies:
        out += [(_canonical(r["policy"]),) for r in run(tx, q.POLICIES)]
    return sorted(out)


def _canonical(value: Any) -> str:
    if isinstance(value, list) and all(isinstance(v, dict) for v in value):
        return json.dumps(sorted(json.dumps(v, sort_keys=True, default=str) for v in value))
    return json.dumps(value, sort_keys=True, default=str)


def problems(tx: ManagedTransaction, batch: Batch) -> list[InputProblem]:
    """What the privacy choices, pairings and policies refer to that does not exist."""
    people = referenced_people(batch)
    departments = {p.scope_id for p in batch.policies if p.kind is ScopeKind.DEPARTMENT}
    organisations = ([r["organisation"] for r in run(tx, q.ORGANISATIONS)]
                     if batch.policies else [])
    return record_problems(batch, _existing(tx, NodeLabel.PERSON, people),
                           _existing(tx, NodeLabel.DEPARTMENT, departments),
                           [o for o in organisations if o is not None])


def _existing(tx: ManagedTransaction, label: NodeLabel, ids: set[str]) -> set[str]:
    if not ids:
        return set()
    return ids - {r["id"] for r in run(tx, q.missing(label), ids=sorted(ids))}


def write(tx: ManagedTransaction, batch: Batch) -> None:
    """Write the checked privacy choices, pairings and policies of ``batch``."""
    run(tx, q.SET_PRIVACY, rows=[
        {"id": c.person_id, "visibility": c.visibility.value if c.visibility else None,
         "infer_topics": c.infer_topics, "buddy_opt_out": c.buddy_opt_out}
        for c in merged_privacy(batch.privacy)])
    run(tx, q.MERGE_PAIRINGS, rows=[
        {"source": p.newcomer_id, "target": p.buddy_id, "accepted_on": p.accepted_on.isoformat()}
        for p in last_pairings(batch.pairings)])
    run(tx, q.MERGE_POLICIES, rows=[
        {"id": policy_id(p), "props": {
            "id": policy_id(p), "kind": p.kind.value, "scope_id": p.scope_id,
            "infer_from_documents": p.infer_from_documents,
            "findable_by_other_organisations": p.findable_by_other_organisations}}
        for p in last_policies(batch.policies)])
