"""From ranking scores to results: who may appear (filters, hidden people, scope policies) and
their evidence.

Shared by every store, like ``graph.ranking``: people are loaded in batches, best first, until
enough pass the filters, and evidence is read for those people only, so the cost of a query does
not grow with the number of candidates.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from graph.expansion import TopicMatch
from graph.model import Evidence, Person, Verdict, Visibility, department_subtree, fold
from graph.policy import ScopePolicies
from graph.store import GraphStore

if TYPE_CHECKING:
    from graph.ranking import ExpertQuery


class Chosen(NamedTuple):
    """A person selected for a result, their score, and whether their documents counted."""

    person: Person
    score: float
    inferred: bool = True


def select_people(store: GraphStore, scores: Mapping[str, float], query: ExpertQuery,
                  policies: ScopePolicies | None = None,
                  own_scores: Mapping[str, float] | None = None) -> list[Chosen]:
    """The best ``query.first`` visible, findable people that pass the query's filters.

    Parameters
    ----------
    store : GraphStore
        Where people are read (and departments, when ``policies`` is not given).
    scores : mapping
        Full score per person id; higher is better, ties by id.
    query : ExpertQuery
        ``first`` and the filters: ``department_id`` (with its sub-departments),
        ``organisation``, ``location`` and ``language`` (case- and accent-insensitive), and
        ``asker_organisation`` for findability.
    policies : ScopePolicies, optional
        Scope policies and departments (default: none, departments read from the store).
    own_scores : mapping, optional
        Score per person id without document inference (claims and confirmed topics), used
        for people whose documents may not count; must not exceed ``scores``. Default: the
        full score counts for everyone.

    Returns
    -------
    list of Chosen
        Best first by the score that counts for each person; hidden people and people their
        organisation keeps from this search never appear.

    Notes
    -----
    People are read in batches of ``max(2 * first, 20)`` in the order of the full score, an
    upper bound of their real score: a person whose documents may not count waits in a heap at
    their own score until everyone with a higher bound has been read (lazy evaluation, as in
    CELF). One batch unless the filters reject, or the policies demote, most candidates.
    """
    order = sorted(scores, key=lambda pid: (-scores[pid], pid))
    if policies is None:
        policies = ScopePolicies.of((), store.departments() if query.department_id
                                    or query.organisation else ())
    depts = policies.departments.values()
    allowed = department_subtree(depts, query.department_id) if query.department_id else None
    if query.organisation:
        wanted = fold(query.organisation)
        in_org = {d.id for d in depts if fold(d.organisation) == wanted}
        allowed = in_org if allowed is None else allowed & in_org
    chosen: list[Chosen] = []
    waiting: list[tuple[float, str, Person]] = []  # (-own score, id, person)
    batch = max(2 * query.first, 20)
    for start in range(0, len(order), batch):
        ids = order[start:start + batch]
        found = {p.id: p for p in store.people(ids)}
        for pid in ids:
            while waiting and waiting[0][:2] < (-scores[pid], pid):
                value, _, demoted = heapq.heappop(waiting)
                chosen.append(Chosen(demoted, -value, False))
                if len(chosen) >= query.first:
                    return chosen
            person = found.get(pid)
            if person is None or not _passes(person, query, allowed, policies):
                continue
            if own_scores is None or policies.infers(person):
                chosen.append(Chosen(person, scores[pid]))
                if len(chosen) >= query.first:
                    return chosen
            elif own_scores.get(pid, 0.0) > 0:
                heapq.heappush(waiting, (-own_scores[pid], pid, person))
    while waiting and len(chosen) < query.first:
        value, _, demoted = heapq.heappop(waiting)
        chosen.append(Chosen(demoted, -value, False))
    return chosen


def _passes(person: Person, query: ExpertQuery, allowed: set[str] | None,
            policies: ScopePolicies) -> bool:
    return (person.visibility is Visibility.VISIBLE
            and (allowed is None or person.department_id in allowed)
            and (query.location is None or fold(person.location or "") == fold(query.location))
            and (query.language is None
                 or fold(query.language) in {fold(lang) for lang in person.languages})
            and policies.findable(person, query.organisation, query.asker_organisation))


def pick_evidence(store: GraphStore, people: Sequence[Person], matches: Sequence[TopicMatch],
                  verdicts: Mapping[tuple[str, str], Verdict],
                  contributions: Mapping[str, Mapping[str, float]], terms: Sequence[str],
                  per_person: int,
                  only_topics: Mapping[str, Collection[str]] | None = None
                  ) -> dict[str, list[Evidence]]:
    """Per person, the documents that contributed most to their score, then their strongest
    mentions of the query's topics (not of topics they rejected); ``per_person`` at most.

    A person in ``only_topics`` (one whose documents may not count) gets evidence of those
    topics (the ones they confirmed) only."""
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
        if only_topics and ev.person_id in only_topics and (
                ev.topic_id not in only_topics[ev.person_id]):
            continue
        docs = by_person[ev.person_id]
        if (ev.document_id not in docs and len(docs) < per_person
                and not (rejected and ev.document_id not in top_docs[ev.person_id])):
            docs[ev.document_id] = ev
    return {pid: list(docs.values()) for pid, docs in by_person.items()}


def covering(total: dict[str, float], covered: Mapping[str, set[str]],
             topic_ids: tuple[str, ...]) -> dict[str, float]:
    """Times ``(1 + covered) / (1 + n)`` for a question of ``n > 1`` topics."""
    if len(topic_ids) <= 1:
        return total
    asked = set(topic_ids)
    return {pid: value * (1 + len(covered.get(pid, set()) & asked)) / (1 + len(topic_ids))
            for pid, value in total.items()}


def evidence_strength(documents: float, topic: float, claim: float, covered: int,
                      n_topics: int, text_share: float = 1.0) -> float:
    """How well the evidence backs a result, on a scale that means the same for every query
    (the score is normalised per query, so its best is near 1 even for a one-line mention).

    The best of: ``text_share * n / (n + 1)`` for the ``n`` matching documents written (by
    authorship share), the raw topic evidence per query topic, and the claim value; times the
    share of the query's topics covered for a question of several. ``text_share`` is the share
    of the question's words its topics do not account for: where a question is a taxonomy
    topic, a document that is really about it carries a mention of the topic (topic evidence),
    and a document that only shares some of its words ("verordening" for "AI-verordening") is
    no answer. A single document written alone gives 0.5; an established expert on the topic
    0.8 or more.

    >>> evidence_strength(1.0, 0.0, 0.0, 0, 0), evidence_strength(3.0, 0.2, 0.0, 1, 2)
    (0.5, 0.5)
    >>> evidence_strength(3.0, 0.1, 0.0, 0, 1, text_share=0.0)
    0.1
    """
    best = max(text_share * documents / (documents + 1), min(1.0, topic / max(n_topics, 1)),
               claim)
    return best * ((1 + covered) / (1 + n_topics) if n_topics > 1 else 1.0)
