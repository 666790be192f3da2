"""The Neo4j adapter's write side: one ``Batch`` as one managed transaction.

``write_batch`` is the transaction function given to ``Session.execute_write``. The driver may
run it again after a transient failure, so it is idempotent: nodes are MERGEd, and a node's
relationships are deleted and written again in the same transaction. Nodes come first, then
every reference is checked, then the relationships: a dangling reference raises
``InvalidInputError`` before commit, and the driver rolls the whole batch back. A batch that
changed anything bumps the store's generation (``neo4j_records.snapshot`` tells).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, TypeVar

from neo4j import ManagedTransaction

from graph import neo4j_queries as q
from graph import neo4j_records as records
from graph.bm25 import term_frequencies
from graph.errors import InputProblem, InvalidInputError
from graph.model import AnalysedDocument, Batch, BatchResult, Department, Document, Person, Topic
from graph.neo4j_queries import NodeLabel, RelType
from graph.neo4j_tx import run

Row = dict[str, Any]
T = TypeVar("T")


def write_batch(tx: ManagedTransaction, batch: Batch, postings: bool) -> BatchResult:
    """Upsert ``batch`` in ``tx`` and recompute KNOWS for the authors of changed documents.

    ``postings``: also write per-document term frequencies (``HAS_TERM``) for BM25, on servers
    without a full-text index.
    """
    before = records.snapshot(tx, batch)
    run(tx, q.DELETE_TOPICS, ids=list(batch.removed_topics))
    departments = _last(batch.departments, lambda d: d.id)
    topics = _last(batch.topics, lambda t: t.id)
    people = _last(batch.people, lambda p: p.id)
    _merge_nodes(tx, departments, topics, people)
    documents = _last(batch.documents, lambda a: a.document.id)
    state = {r["id"]: r for r in run(tx, q.DOCUMENT_STATE, ids=[a.document.id for a in documents])}
    stored_hashes = {doc_id: r["hash"] for doc_id, r in state.items()}
    changed = [a for a in documents if stored_hashes.get(a.document.id) != _digest(a)]
    frequencies = [term_frequencies(a.index_text) for a in changed]
    run(tx, q.MERGE_DOCUMENTS, rows=[
        {"id": a.document.id, "props": _document_props(a, length)}
        for a, (_, length) in zip(changed, frequencies, strict=True)])

    problems = _dangling(tx, batch, [a.document for a in changed]) + records.problems(tx, batch)
    if problems:
        raise InvalidInputError(problems)

    _link_nodes(tx, departments, topics, people)
    _link_documents(tx, changed)
    doc_ids = [a.document.id for a in changed]
    if postings:
        _write_postings(tx, doc_ids, [tf for tf, _ in frequencies])
    if doc_ids:
        old_lengths = sum(int(state[i]["length"]) for i in doc_ids if i in state)
        run(tx, q.UPDATE_CORPUS, documents=sum(1 for i in doc_ids if i not in state),
            tokens=sum(length for _, length in frequencies) - old_lengths)
    affected = {p for i in doc_ids if i in state for p in state[i]["authors"]}
    affected.update(p for a in changed for p in a.document.authors)
    run(tx, q.unlink(RelType.KNOWS), ids=sorted(affected))
    run(tx, q.RECOMPUTE_KNOWS, ids=sorted(affected))
    run(tx, q.MERGE_INTERACTIONS, rows=[
        {"source": i.source, "target": i.target, "kind": i.kind, "weight": i.weight}
        for i in batch.interactions])
    run(tx, q.MERGE_FEEDBACK, rows=[
        {"source": f.person_id, "target": f.topic_id, "verdict": f.verdict.value}
        for f in batch.feedback])
    records.write(tx, batch)
    # an identical re-apply rewrites the same values: compare what is stored, don't count writes
    if changed or records.snapshot(tx, batch) != before:
        run(tx, q.BUMP_GENERATION)
    return BatchResult(len(batch.departments), len(batch.people), len(batch.topics),
                       len(batch.documents), sum(len(a.mentions) for a in changed),
                       len(batch.interactions), len(batch.feedback), len(batch.privacy),
                       len(batch.pairings), len(batch.policies))


def _merge_nodes(tx: ManagedTransaction, departments: list[Department], topics: list[Topic],
                 people: list[Person]) -> None:
    run(tx, q.MERGE_DEPARTMENTS, rows=[
        {"id": d.id, "props": {"name": d.name, "organisation": d.organisation}}
        for d in departments])
    run(tx, q.MERGE_TOPICS, rows=[
        {"id": t.id, "props": {"label_nl": t.label_nl, "label_en": t.label_en,
                               "aliases_nl": list(t.aliases_nl), "aliases_en": list(t.aliases_en),
                               "abbreviations": list(t.abbreviations), "status": t.status.value}}
        for t in topics])
    run(tx, q.MERGE_PEOPLE, rows=[
        {"id": p.id, "props": {"name": p.name, "email": p.email, "title": p.title,
                               "start_date": _iso(p.start_date), "location": p.location,
                               "languages": list(p.languages), "bio": p.bio}}
        for p in people])


def _link_nodes(tx: ManagedTransaction, departments: list[Department], topics: list[Topic],
                people: list[Person]) -> None:
    _replace(tx, RelType.PART_OF, [d.id for d in departments],
             [(d.id, d.parent_id, {}) for d in departments if d.parent_id])
    _replace(tx, RelType.BROADER, [t.id for t in topics],
             [(t.id, b, {}) for t in topics for b in t.broader])
    ids = [p.id for p in people]
    _replace(tx, RelType.MEMBER_OF, ids,
             [(p.id, p.department_id, {}) for p in people if p.department_id])
    _replace(tx, RelType.REPORTS_TO, ids,
             [(p.id, p.manager_id, {}) for p in people if p.manager_id])
    _replace(tx, RelType.CLAIMS, ids, [
        (p.id, c.topic_id, {"level": c.level, "ask_me_about": c.ask_me_about,
                            "able_to_mentor": c.able_to_mentor,
                            "wants_to_learn": c.wants_to_learn})
        for p in people for c in p.claims])


def _link_documents(tx: ManagedTransaction, changed: list[AnalysedDocument]) -> None:
    doc_ids = [a.document.id for a in changed]
    _replace(tx, RelType.AUTHORED, doc_ids, [
        (person, a.document.id, {"position": i, "share": 1.0 / len(a.document.authors)})
        for a in changed for i, person in enumerate(a.document.authors)], incoming=True)
    _replace(tx, RelType.MENTIONS, doc_ids, [
        (a.document.id, m.topic_id, {"count": m.count, "score": m.score, "snippet": m.snippet,
                                     "start": m.start, "end": m.end,
                                     "snippet_start": m.snippet_start,
                                     "snippet_end": m.snippet_end})
        for a in changed for m in a.mentions])


def duplicate_problems(batch: Batch) -> list[InputProblem]:
    """Repeated ids inside one record, which the SQLite store refuses as key violations."""
    lists = [("topic", t.id, "broader", t.broader) for t in batch.topics]
    lists += [("person", p.id, "claims", tuple(c.topic_id for c in p.claims))
              for p in batch.people]
    lists += [(a.document.kind.value, a.document.id, "authors", a.document.authors)
              for a in batch.documents]
    lists += [(a.document.kind.value, a.document.id, "mentions",
               tuple(m.topic_id for m in a.mentions)) for a in batch.documents]
    return [InputProblem("batch", None, field, f"{kind} {owner!r} lists {value!r} twice")
            for kind, owner, field, values in lists
            for value, n in Counter(values).items() if n > 1]


def _replace(tx: ManagedTransaction, rel: RelType, owners: list[str],
             links: Iterable[tuple[str, str | None, dict[str, Any]]],
             incoming: bool = False) -> None:
    run(tx, q.unlink(rel, incoming=incoming), ids=owners)
    grouped: dict[str, list[Row]] = {}  # one lookup of each source node, not one per link
    for source, target, props in links:
        grouped.setdefault(source, []).append({"target": target, "props": props})
    run(tx, q.link(rel), rows=[{"source": s, "links": ls} for s, ls in grouped.items()])


def _write_postings(tx: ManagedTransaction, doc_ids: list[str],
                    frequencies: list[dict[str, int]]) -> None:
    run(tx, q.unlink(RelType.HAS_TERM), ids=doc_ids)
    run(tx, q.MERGE_TERMS, ids=sorted({term for tf in frequencies for term in tf}))
    rows = [{"source": doc_id, "terms": list(tf.items())}
            for doc_id, tf in zip(doc_ids, frequencies, strict=True)]
    for start in range(0, len(rows), 500):  # about 50 terms a document: ~25,000 per statement
        run(tx, q.CREATE_POSTINGS, rows=rows[start:start + 500])


def _dangling(tx: ManagedTransaction, batch: Batch,
              documents: list[Document]) -> list[InputProblem]:
    wanted: dict[NodeLabel, list[tuple[str, str, str]]] = {label: [] for label in NodeLabel}
    for d in batch.departments:
        if d.parent_id:
            wanted[NodeLabel.DEPARTMENT].append((d.parent_id, f"department {d.id!r}", "parent_id"))
    for t in batch.topics:
        wanted[NodeLabel.TOPIC] += [(b, f"topic {t.id!r}", "broader") for b in t.broader]
    for p in batch.people:
        who = f"person {p.id!r}"
        if p.department_id:
            wanted[NodeLabel.DEPARTMENT].append((p.department_id, who, "department_id"))
        if p.manager_id:
            wanted[NodeLabel.PERSON].append((p.manager_id, who, "manager_id"))
        wanted[NodeLabel.TOPIC] += [(c.topic_id, who, "claims") for c in p.claims]
    by_id = {a.document.id: a for a in batch.documents}
    for doc in documents:
        what = f"{doc.kind.value} {doc.id!r}"
        if doc.department_id:
            wanted[NodeLabel.DEPARTMENT].append((doc.department_id, what, "department_id"))
        wanted[NodeLabel.PERSON] += [(p, what, "authors") for p in doc.authors]
        wanted[NodeLabel.TOPIC] += [(m.topic_id, what, "mentions")
                                    for m in by_id[doc.id].mentions]
    for i in batch.interactions:
        what = f"interaction {i.source!r}-{i.target!r}"
        wanted[NodeLabel.PERSON] += [(i.source, what, "source"), (i.target, what, "target")]
    for f in batch.feedback:
        what = f"feedback {f.person_id!r}-{f.topic_id!r}"
        wanted[NodeLabel.PERSON].append((f.person_id, what, "person_id"))
        wanted[NodeLabel.TOPIC].append((f.topic_id, what, "topic_id"))
    problems = []
    for label, refs in wanted.items():
        if not refs:
            continue
        absent = {r["id"] for r in run(tx, q.missing(label), ids=sorted({i for i, _, _ in refs}))}
        problems += [InputProblem("batch", None, field,
                                  f"{who} refers to a missing {label.lower()} {ref!r}")
                     for ref, who, field in refs if ref in absent]
    return problems


def _document_props(analysed: AnalysedDocument, length: int) -> Row:
    doc = analysed.document
    return {"title": doc.title, "text": doc.text, "date": _iso(doc.date), "url": doc.url,
            "department_id": doc.department_id, "language": doc.language,
            "kind": doc.kind.value, "content_hash": _digest(analysed),
            "index_text": analysed.index_text, "length": length}


def _last(items: Iterable[T], key: Callable[[T], str]) -> list[T]:
    """One item per id, the last one winning (as successive upserts would)."""
    return list({key(item): item for item in items}.values())


def _digest(analysed: AnalysedDocument) -> str:
    # the same digest as the SQLite store: an unchanged document is skipped on re-ingest
    return hashlib.sha256(repr(analysed).encode("utf-8")).hexdigest()


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
