"""Person and department pages: what the store holds on one person or department.

Reads only; the GraphQL types in api/schema.py and the CLI call these. Hidden people are left
out of department lists and colleagues (the caller decides for a person's own page).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from api.service import Service
from graph.model import Person, Verdict, Visibility


@dataclass(frozen=True)
class PersonTopicRow:
    topic_id: str
    score: float
    evidence_count: int
    last_date: date | None
    claimed: bool
    verdict: Verdict | None


@dataclass(frozen=True)
class DocumentRow:
    document_id: str
    title: str
    date: date | None
    url: str | None
    snippet: str
    topic_ids: tuple[str, ...]
    language: str = "nl"


def _visible(p: Person) -> bool:
    return p.visibility is Visibility.VISIBLE


def members(service: Service, department_id: str) -> list[Person]:
    """Visible members of one department, by name."""
    return sorted((p for p in service.store.people()
                   if p.department_id == department_id and _visible(p)), key=lambda p: p.name)


def person_topics(service: Service, person_id: str) -> list[PersonTopicRow]:
    """Every topic held on a person: derived scores, claims and their own verdicts.

    Strongest first; claimed-only topics (score 0) after the evidenced ones, by label.
    """
    people = service.store.people([person_id])
    if not people:
        return []
    person = people[0]
    scores = {s.topic_id: s for s in service.store.topic_scores(person_ids=[person_id])}
    claimed = {c.topic_id for c in person.claims}
    verdicts = {f.topic_id: f.verdict for f in service.store.feedback(person_ids=[person_id])}
    rows = []
    for topic_id in {*scores, *claimed, *verdicts}:
        s = scores.get(topic_id)
        rows.append(PersonTopicRow(topic_id, s.score if s else 0.0,
                                   s.evidence_count if s else 0, s.last_date if s else None,
                                   topic_id in claimed, verdicts.get(topic_id)))
    rows.sort(key=lambda r: (-r.score, r.topic_id))
    return rows


def person_documents(service: Service, person_id: str, limit: int = 100) -> list[DocumentRow]:
    """Documents a person wrote that show topics, newest first, with the topics in each."""
    topic_ids = [t.id for t in service.store.topics()]
    found: dict[str, tuple[DocumentRow, list[str]]] = {}
    for e in service.store.evidence([person_id], topic_ids, [], [], limit):
        if e.person_id != person_id or e.kind.value != "document":
            continue
        if e.document_id not in found:
            found[e.document_id] = (DocumentRow(e.document_id, e.title, e.date, e.url,
                                                e.snippet, (), e.language), [])
        if e.topic_id and e.topic_id not in found[e.document_id][1]:
            found[e.document_id][1].append(e.topic_id)
    rows = [DocumentRow(r.document_id, r.title, r.date, r.url, r.snippet, tuple(ts), r.language)
            for r, ts in found.values()]
    rows.sort(key=lambda r: (r.date or date.min, r.document_id), reverse=True)
    return rows


def department_topics(service: Service, department_id: str,
                      per_topic: int = 3) -> list[tuple[str, float, list[str]]]:
    """(topic, summed expertise of the members, the best ``per_topic`` members), best first.

    Expertise is the network view's saturated KNOWS score (0..1 per person and topic)."""
    analysis = service.network.analysis()
    by_topic: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for person in members(service, department_id):
        for topic_id, value in analysis.knows.get(person.id, {}).items():
            by_topic[topic_id].append((value, person.id))
    rows = []
    for topic_id, holders in by_topic.items():
        holders.sort(key=lambda h: (-h[0], h[1]))
        rows.append((topic_id, sum(v for v, _ in holders), [p for _, p in holders[:per_topic]]))
    rows.sort(key=lambda r: (-r[1], r[0]))
    return rows


def colleagues(service: Service, person_id: str) -> list[tuple[str, float, tuple[str, ...]]]:
    """(colleague, tie weight, tie kinds), strongest first, from the collaboration graph."""
    graph = service.network.analysis().graph
    if person_id not in graph:
        return []
    rows = [(other, float(data.get("weight", 1.0)),
             tuple(sorted({k.split(":", 1)[0] for k in data.get("kinds", ())})))
            for other, data in graph[person_id].items()]
    rows.sort(key=lambda r: (-r[1], r[0]))
    return rows
