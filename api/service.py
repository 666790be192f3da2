"""The functions behind both the GraphQL API and the CLI, over one store and one analyser."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from extraction.ingest import IngestReport, IngestRequest, Progress, ingest
from extraction.pipeline import Analyser
from graph.errors import NotFoundError
from graph.model import Department, Person, Topic, fold
from graph.ranking import ExpertQuery, ExpertResult, RankingWeights, rank_experts
from graph.store import GraphStore


def demo_request(seed_dir: Path) -> IngestRequest:
    """The demo organisation in ``seed_data/``: taxonomy, departments, people (CSV and SCIM),
    documents (JSONL and Markdown notes)."""
    demo = seed_dir / "demo"
    return IngestRequest(
        taxonomy=[seed_dir / "taxonomy.yaml"],
        departments=[demo / "departments.csv"],
        people=[p for p in (demo / "people.csv", demo / "scim_users.json") if p.exists()],
        documents=[p for p in (demo / "documents.jsonl", demo / "notes") if p.exists()])


class Service:
    """wieweet's use cases. Blocking: the API calls it from a thread pool."""

    def __init__(self, store: GraphStore, weights: RankingWeights | None = None) -> None:
        self.store = store
        self.weights = weights or RankingWeights()
        self._analyser: Analyser | None = None
        self._lock = threading.Lock()

    @property
    def analyser(self) -> Analyser:
        """Built from the stored topics on first use, and again after an ingest."""
        with self._lock:
            if self._analyser is None:
                self._analyser = Analyser(self.store.topics())
            return self._analyser

    def ingest(self, request: IngestRequest, progress: Progress | None = None) -> IngestReport:
        report = ingest(self.store, request, progress, analyser=self._analyser)
        with self._lock:
            self._analyser = None
        return report

    def experts(self, query: str, first: int = 10,
                department_id: str | None = None) -> list[ExpertResult]:
        analysis = self.analyser.analyse_query(query)
        terms = tuple(dict.fromkeys(analysis.terms + self.analyser.terms_of(analysis.topic_ids)))
        return rank_experts(self.store, ExpertQuery(query, terms, analysis.topic_ids, first,
                                                    department_id), weights=self.weights)

    def person(self, person_id: str) -> Person:
        found = self.store.people([person_id])
        if not found:
            raise NotFoundError(f"no person {person_id!r}")
        return found[0]

    def department(self, department_id: str) -> Department:
        for dept in self.store.departments():
            if dept.id == department_id:
                return dept
        raise NotFoundError(f"no department {department_id!r}")

    def topics(self, search: str | None = None, first: int = 20) -> list[Topic]:
        topics = self.store.topics()
        if search:
            needle = fold(search)
            topics = [t for t in topics if any(needle in fold(f) for f in t.surface_forms())]
            topics.sort(key=lambda t: (not any(fold(f).startswith(needle)
                                               for f in t.surface_forms()), t.label_nl))
        return topics[:first]


def with_half_life(weights: RankingWeights, days: float) -> RankingWeights:
    return replace(weights, half_life_days=days)
