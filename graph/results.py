"""From ranking scores to results: who may appear (filters, hidden people) and their evidence.

Shared by every store, like ``graph.ranking``: people are loaded in batches, best first, until
enough pass the filters, and evidence is read for those people only, so the cost of a query does
not grow with the number of candidates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from graph.expansion import TopicMatch
from graph.model import Evidence, Person, Verdict, Visibility, department_subtree, fold
from graph.store import GraphStore

if TYPE_CHECKING:
    from graph.ranking import ExpertQuery


def select_people(store: GraphStore, scores: Mapping[str, float],
                  query: ExpertQuery) -> list[Person]:
    """The best ``query.first`` visible people that pass the query's filters.

    Parameters
    ----------
    store : GraphStore
        Where people and departments are read.
    scores : mapping
        Score per person id; higher is better, ties by id.
    query : ExpertQuery
        ``first`` and the filters: ``department_id`` (with its sub-departments),
        ``organisation``, ``location`` and ``language`` (case- and accent-insensitive).

    Returns
    -------
    list of Person
        Hidden people never appear.

    Notes
    -----
    People are read in batches of ``max(2 * first, 20)``, best first: one batch unless the
    filters reject most candidates.
    """
    order = sorted(scores, key=lambda pid: (-scores[pid], pid))
    depts = store.departments() if query.department_id or query.organisation else []
    allowed = department_subtree(depts, query.department_id) if query.department_id else None
    if query.organisation:
        wanted = fold(query.organisation)
        in_org = {d.id for d in depts if fold(d.organisation) == wanted}
        allowed = in_org if allowed is None else allowed & in_org
    chosen: list[Person] = []
    batch = max(2 * query.first, 20)
    for start in range(0, len(order), batch):
        ids = order[start:start + batch]
        found = {p.id: p for p in store.people(ids)}
        for pid in ids:
            person = found.get(pid)
            if person and _passes(person, query, allowed):
                chosen.append(person)
                if len(chosen) >= query.first:
                    return chosen
    return chosen


def _passes(person: Person, query: ExpertQuery, allowed: set[str] | None) -> bool:
    return (person.visibility is Visibility.VISIBLE
            and (allowed is None or person.department_id in allowed)
            and (query.location is None or fold(person.location or "") == fold(query.location))
            and (query.language is None
                 or fold(query.language) in {fold(lang) for lang in person.languages}))


def pick_evidence(store: GraphStore, people: Sequence[Person], matches: Sequence[TopicMatch],
                  verdicts: Mapping[tuple[str, str], Verdict],
                  contributions: Mapping[str, Mapping[str, float]], terms: Sequence[str],
                  per_person: int) -> dict[str, list[Evidence]]:
    """Per person, the documents that contributed most to their score, then their strongest
    mentions of the query's topics (not of topics they rejected); ``per_person`` at most."""
    ids = [p.id for p in people]
    if not ids:
        return {}
    top_docs = {pid: sorted(contributions.get(pid, {}), key=lambda d: -contributions[pid][d])
                [:per_person] for pid in ids}
    wanted = sorted({d for docs in top_docs.values() for d in docs})
    rows = store.evidence(ids, [m.topic_id for m in matches], wanted, terms, per_person)
    weight = {m.topic_id: m.weight for m in matches}

    def key(e: Evidence) -> tuple[int, float]:
        docs = top_docs[e.person_id]
        rank = docs.index(e.document_id) if e.document_id in docs else per_person
        return rank, -e.weight * weight.get(e.topic_id or "", 0.0)

    by_person: dict[str, dict[str, Evidence]] = defaultdict(dict)
    for ev in sorted(rows, key=key):
        rejected = verdicts.get((ev.person_id, ev.topic_id or "")) is Verdict.REJECTED
        docs = by_person[ev.person_id]
        if (ev.document_id not in docs and len(docs) < per_person
                and not (rejected and ev.document_id not in top_docs[ev.person_id])):
            docs[ev.document_id] = ev
    return {pid: list(docs.values()) for pid, docs in by_person.items()}
