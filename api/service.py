"""The functions behind both the GraphQL API and the CLI, over one store and one analyser."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from api.network import NetworkService
from api.query import Filters, build_query
from api.settings import Settings
from extraction.ingest import IngestReport, IngestRequest, Progress, ingest
from extraction.pipeline import Analyser
from graph.errors import NotFoundError
from graph.model import (
    Batch,
    Department,
    Person,
    SearchLogEntry,
    Topic,
    TopicFeedback,
    Verdict,
    fold,
)
from graph.pairing import BuddyMatching
from graph.ranking import ExpertResult, RankingWeights, rank_experts
from graph.store import GraphStore


def demo_request(seed_dir: Path) -> IngestRequest:
    """The demo organisation in ``seed_data/``: taxonomy, departments, people (CSV and SCIM),
    documents (JSONL and Markdown notes)."""
    demo = seed_dir / "demo"
    return IngestRequest(
        taxonomy=[seed_dir / "taxonomy.yaml"],
        departments=[demo / "departments.csv"],
        people=[p for p in (demo / "people.csv", demo / "scim_users.json") if p.exists()],
        documents=[p for p in (demo / "documents.jsonl", demo / "notes") if p.exists()],
        interactions=[p for p in (demo / "interactions.csv",) if p.exists()])


UNREACHABLE_HOPS = 6  # beyond "six degrees": someone with no path counts as very far away


class Service:
    """wieweet's use cases. Blocking: the API calls it from a thread pool."""

    audit_lookups = True  # write hr/admin look-ups of individuals to the audit log
    log_searcher = False  # record who asked in the search log (Settings.log_searcher)

    def __init__(self, store: GraphStore, weights: RankingWeights | None = None,
                 today: date | None = None) -> None:
        self.store = store
        self.weights = weights or RankingWeights()
        self.today = today  # the reference date for recency; None: the day of the question
        self._analyser: Analyser | None = None
        self._lock = threading.Lock()
        self.network = NetworkService(store)

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

    def forget(self) -> None:
        """Drop every in-memory cache of stored data (after an erasure or a policy change)."""
        with self._lock:
            self._analyser = None
        self.network = NetworkService(self.store)

    def experts(self, query: str, first: int = 10, department_id: str | None = None, *,
                organisation: str | None = None, location: str | None = None,
                language: str | None = None, asker_organisation: str | None = None,
                searcher: str | None = None) -> list[ExpertResult]:
        """Who knows about ``query``: the best ``first`` visible people passing the filters.

        Every question is appended to the search log (for the missed-searches report) with
        the number of results, the strength of the best-backed one as the top score (the
        absolute ``ExpertResult.strength``: the ranking score is relative to the question's
        best, so it cannot tell a weak answer from a strong one), the question's topics and the
        organisation filter.
        ``searcher`` is recorded as given: pass it only when ``Settings.log_searcher`` is on.
        A failure to log is logged and never fails the search.
        """
        filters = Filters(department_id, organisation, location, language, asker_organisation)
        analysed = build_query(self.analyser, query, first, filters)
        results = rank_experts(self.store, analysed, weights=self.weights, today=self.today)
        entry = SearchLogEntry(datetime.now(UTC), query, len(results),
                               max((r.strength for r in results), default=0.0),
                               analysed.topic_ids, organisation, searcher)
        try:
            self.store.log_search(entry)
        except Exception:  # any store error: the answer matters more than its log line
            logging.getLogger(__name__).warning("could not log the search %r", query,
                                                exc_info=True)
        return results

    def experts_within_reach(self, query: str, reach: str, first: int = 10,
                             **filters: str | None) -> list[tuple[ExpertResult, int | None]]:
        """Who knows ``query`` and can reach department ``reach``: expertise times
        ``1 / (1 + hops)``, hops counted in the collaboration graph to the nearest member
        (0 for members; people with no path count as UNREACHABLE_HOPS away)."""
        results = self.experts(query, max(first * 5, 50), **filters)
        hops = self.network.distances_to(reach)
        scored = [(r, hops.get(r.person.id)) for r in results]
        scored.sort(key=lambda rh: (-rh[0].score / (1 + (UNREACHABLE_HOPS if rh[1] is None
                                                           else rh[1])), rh[0].person.id))
        return scored[:first]

    def give_feedback(self, person_id: str, topic: str, verdict: Verdict) -> TopicFeedback:
        """A person confirms or rejects a topic attributed to them; the last verdict counts.

        ``topic`` is a topic id or a label (``Wmo``). Raises ``NotFoundError`` for an unknown
        person or topic. Who may do this (the person themself, or an administrator) is decided
        by the caller: the GraphQL mutations check it, the CLI is the administrator's.
        """
        self.person(person_id)
        feedback = TopicFeedback(person_id, self.topic(topic).id, verdict)
        self.store.apply(Batch(feedback=(feedback,)))
        return feedback

    def feedback_of(self, person_id: str) -> list[TopicFeedback]:
        """Every verdict a person gave."""
        return self.store.feedback(person_ids=[person_id])

    def topic(self, ref: str) -> Topic:
        """A topic by id, or by one of its labels, aliases or abbreviations."""
        found = self.store.topics([ref])
        matched = None if found else self.analyser.match_label(ref)
        if matched:
            found = self.store.topics([matched])
        if not found:
            raise NotFoundError(f"no topic {ref!r}")
        return found[0]

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

    def topics(self, search: str | None = None, first: int | None = 20) -> list[Topic]:
        topics = self.store.topics()
        if search:
            needle = fold(search)
            topics = [t for t in topics if any(needle in fold(f) for f in t.surface_forms())]
            topics.sort(key=lambda t: (not any(fold(f).startswith(needle)
                                               for f in t.surface_forms()), t.label_nl))
        return topics[:first]


def topic_ids_for(service: Service, text: str | None) -> tuple[str, ...]:
    """The topics a short text names (a topic id, label, alias, or a phrase containing them)."""
    if not text:
        return ()
    found = service.store.topics([text])
    if found:
        return (found[0].id,)
    label = service.analyser.match_label(text)
    return (label,) if label else service.analyser.analyse_query(text).topic_ids


def buddies(service: Service, newcomer_ids: Sequence[str] = (), capacity: int = 2,
            cross_department: bool | None = False) -> BuddyMatching:
    """Buddy proposals: newcomers' needs come from their department, claims and job title."""
    people = service.store.people(list(newcomer_ids)) if newcomer_ids else service.store.people()
    titles = {p.id: service.analyser.analyse_query(p.title).topic_ids
              for p in people if p.title}
    return service.network.buddies(newcomer_ids, capacity, cross_department,
                                   today=service.today, topics_of_title=titles)


def weights_from(settings: Settings) -> RankingWeights:
    """Ranking weights with the configured half-life (WIEWEET_RECENCY_HALF_LIFE_DAYS)."""
    return with_half_life(RankingWeights(), settings.recency_half_life_days)


def with_half_life(weights: RankingWeights, days: float) -> RankingWeights:
    return replace(weights, half_life_days=days)
