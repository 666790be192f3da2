"""Who knows about X: document-centric expert ranking over what any GraphStore returns.

The model follows Balog et al.'s document-centric expert finding ("Formal models for expert
finding in enterprise corpora", SIGIR 2006, doi:10.1145/1148170.1148181): a person is scored by
the documents they wrote that are relevant to the query, each document's relevance shared among
its authors. Three kinds of evidence are fused, each normalised to [0, 1] per query:

* topic evidence: the derived KNOWS aggregates for the query's topics, saturated
  (``s / (s + k)``) so that a prolific writer does not win on volume alone, and averaged over the
  query's topics so that people who know all of them rank above people who know one;
* full text: BM25 hits on the lemmatised document text, shared among authors;
* profile claims: level, ``ask_me_about`` and ``able_to_mentor``.

Both stores feed the same code, so they rank identically.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from graph.model import (
    Claim,
    Evidence,
    Person,
    PersonClaim,
    PersonTopicScore,
    Visibility,
    department_subtree,
)
from graph.store import GraphStore


@dataclass(frozen=True)
class RankingWeights:
    topic: float = 0.5
    text: float = 0.35
    claim: float = 0.15
    saturation: float = 2.0  # KNOWS score at which topic evidence counts half
    half_life_days: float = 3 * 365.0  # evidence this old counts 3/4, very old evidence 1/2
    hits: int = 300  # full-text documents considered per query
    evidence_per_person: int = 3


@dataclass(frozen=True)
class ExpertQuery:
    text: str
    terms: tuple[str, ...] = ()
    topic_ids: tuple[str, ...] = ()
    first: int = 10
    department_id: str | None = None


@dataclass(frozen=True)
class ExpertResult:
    person: Person
    score: float
    matched_topics: tuple[str, ...]
    claims: tuple[Claim, ...]
    evidence: tuple[Evidence, ...]
    last_evidence: date | None
    components: dict[str, float] = field(default_factory=dict)


def rank_experts(store: GraphStore, query: ExpertQuery, *,
                 weights: RankingWeights = RankingWeights(),
                 today: date | None = None) -> list[ExpertResult]:
    """Rank people for ``query``; every result carries its evidence."""
    today = today or date.today()
    topic_part, last_dates, matched = _topic_evidence(
        store.topic_scores(query.topic_ids), len(query.topic_ids), weights, today)
    claim_part, claims = _claim_evidence(store.claims(query.topic_ids), len(query.topic_ids))
    hits = store.search_documents(query.terms, weights.hits) if query.terms else []
    hit_norm = {h.document_id: h.score / hits[0].score for h in hits if hits[0].score > 0}
    text_part: dict[str, float] = defaultdict(float)
    for hit in hits:
        for author in hit.authors:
            text_part[author] += hit_norm.get(hit.document_id, 0.0) / len(hit.authors)
            last_dates[author] = _later(last_dates.get(author), hit.date)

    w_topic, w_text = (weights.topic, weights.text) if query.topic_ids else (0.0, 1.0)
    combined = _fuse({"topic": (w_topic, topic_part), "text": (w_text, text_part),
                      "claim": (weights.claim if query.topic_ids else 0.0, claim_part)},
                     absolute={"claim"})
    people = {p.id: p for p in store.people(list(combined))}
    allowed = (department_subtree(store.departments(), query.department_id)
               if query.department_id else None)
    ranked = sorted(
        (pid for pid, person in people.items() if person.visibility is Visibility.VISIBLE
         and (allowed is None or person.department_id in allowed) and combined[pid][0] > 0),
        key=lambda pid: (-combined[pid][0], people[pid].name, pid))[:query.first]
    evidence = _pick_evidence(store.evidence(ranked, query.topic_ids, list(hit_norm),
                                             query.terms, weights.evidence_per_person),
                              hit_norm, weights.evidence_per_person)
    return [ExpertResult(people[pid], round(combined[pid][0], 6), tuple(matched.get(pid, ())),
                         tuple(claims.get(pid, ())), tuple(evidence.get(pid, ())),
                         last_dates.get(pid), combined[pid][1]) for pid in ranked]


def _topic_evidence(scores: Iterable[PersonTopicScore], n_topics: int, weights: RankingWeights,
                    today: date) -> tuple[dict[str, float], dict[str, date | None],
                                          dict[str, list[str]]]:
    part: dict[str, float] = defaultdict(float)
    last: dict[str, date | None] = {}
    matched: dict[str, list[str]] = defaultdict(list)
    for s in scores:
        age = (today - s.last_date).days if s.last_date else weights.half_life_days * 2
        decay = 0.5 + 0.5 * 0.5 ** (max(age, 0) / weights.half_life_days)
        part[s.person_id] += decay * s.score / (s.score + weights.saturation) / max(n_topics, 1)
        matched[s.person_id].append(s.topic_id)
        last[s.person_id] = _later(last.get(s.person_id), s.last_date)
    return part, last, matched


def _claim_evidence(rows: Iterable[PersonClaim], n_topics: int
                    ) -> tuple[dict[str, float], dict[str, list[Claim]]]:
    part: dict[str, float] = defaultdict(float)
    claims: dict[str, list[Claim]] = defaultdict(list)
    for row in rows:
        c = row.claim
        value = 0.1 if c.wants_to_learn and c.level is None else (c.level or 3) / 5
        value = min(1.0, value + 0.2 * (c.ask_me_about or c.able_to_mentor))
        part[row.person_id] += value / max(n_topics, 1)
        claims[row.person_id].append(c)
    return part, claims


def _fuse(parts: dict[str, tuple[float, dict[str, float]]], absolute: set[str]
          ) -> dict[str, tuple[float, dict[str, float]]]:
    """Weighted sum of components, max-normalised unless already on an absolute 0..1 scale;
    the components are kept to explain the score."""
    people = {pid for _, values in parts.values() for pid in values}
    out: dict[str, tuple[float, dict[str, float]]] = {}
    maxima = {name: 1.0 if name in absolute else max(values.values(), default=0.0)
              for name, (_, values) in parts.items()}
    for pid in people:
        components = {name: (values.get(pid, 0.0) / maxima[name] if maxima[name] > 0 else 0.0)
                      for name, (_, values) in parts.items()}
        total = sum(parts[name][0] * value for name, value in components.items())
        out[pid] = (total, {k: round(v, 4) for k, v in components.items()})
    return out


def _pick_evidence(rows: Iterable[Evidence], hit_norm: dict[str, float],
                   per_person: int) -> dict[str, list[Evidence]]:
    by_person: dict[str, dict[str, Evidence]] = defaultdict(dict)
    for ev in sorted(rows, key=lambda e: -(e.weight + hit_norm.get(e.document_id, 0.0))):
        docs = by_person[ev.person_id]
        if ev.document_id not in docs and len(docs) < per_person:
            docs[ev.document_id] = ev
    return {pid: list(docs.values()) for pid, docs in by_person.items()}


def _later(a: date | None, b: date | None) -> date | None:
    return b if a is None or (b is not None and b > a) else a
