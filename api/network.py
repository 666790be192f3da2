"""The network side of the service: bridges, ambassador teams, buddies, reachable experts.

Builds the collaboration graph from the store and keeps it, with the bridge scores, until the
store changes: the cache key is ``GraphStore.generation()``, read cheaply on each call, which
every batch that changed something and every erasure bumps (privacy choices included, which
node and relationship counts would miss).
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import networkx as nx  # type: ignore[import-untyped,unused-ignore]

from graph.brokerage import BridgeScore, bridge_scores
from graph.collaboration import PersonNode, TopicLink, build_collaboration_graph
from graph.diffusion import AmbassadorTeam, ambassador_team
from graph.errors import InputProblem, InvalidInputError, NotFoundError
from graph.model import Batch, Pairing, Person, Visibility, department_subtree
from graph.pairing import BuddyCandidate, BuddyMatching, Newcomer, match_buddies
from graph.store import GraphStore

NEWCOMER_DAYS = 120  # people who started this recently count as newcomers
SATURATION = 2.0  # KNOWS score at which a person counts as knowing a topic half-way


@dataclass(frozen=True)
class NetworkAnalysis:
    graph: nx.Graph
    bridges: dict[str, BridgeScore]
    people: dict[str, Person]
    knows: dict[str, dict[str, float]]  # person -> topic -> 0..1


class NetworkService:
    """Cached network analyses over one store."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._cached: tuple[int, NetworkAnalysis] | None = None

    def analysis(self) -> NetworkAnalysis:
        """The collaboration graph and bridge scores, rebuilt only after the store changed."""
        key = self.store.generation()
        with self._lock:
            if self._cached is None or self._cached[0] != key:
                self._cached = (key, self._build())
            return self._cached[1]

    def _build(self) -> NetworkAnalysis:
        people = {p.id: p for p in self.store.people()}
        knows: dict[str, dict[str, float]] = defaultdict(dict)
        for s in self.store.topic_scores():  # every KNOWS row
            knows[s.person_id][s.topic_id] = s.score / (s.score + SATURATION)
        links = [TopicLink(p, t, v) for p, topics in knows.items() for t, v in topics.items()]
        nodes = [PersonNode(p.id, p.department_id, p.manager_id) for p in people.values()]
        graph = build_collaboration_graph(nodes, self.store.authorships(),
                                          self.store.interactions(), links)
        return NetworkAnalysis(graph, bridge_scores(graph), people, dict(knows))

    def _visible(self, a: NetworkAnalysis, person_id: str) -> bool:
        person = a.people.get(person_id)
        return person is not None and person.visibility is Visibility.VISIBLE

    def bridges(self, first: int = 20, department_id: str | None = None,
                topic_ids: Sequence[str] = ()) -> list[tuple[BridgeScore, float | None]]:
        """People who bridge departments, best first, with how well they know the topics."""
        a = self.analysis()
        allowed = (department_subtree(self.store.departments(), department_id)
                   if department_id else None)
        out = []
        for pid, score in a.bridges.items():
            if not self._visible(a, pid) or (allowed is not None and score.department
                                             not in allowed):
                continue
            topic = (sum(a.knows.get(pid, {}).get(t, 0.0) for t in topic_ids) / len(topic_ids)
                     if topic_ids else None)
            if topic_ids and not topic:
                continue  # asked for bridges who know a topic: this one does not
            out.append((score, topic))
        out.sort(key=lambda st: (-(st[0].score * (0.5 + 0.5 * (st[1] or 1.0))), st[0].person_id))
        return out[:first]

    def ambassadors(self, topic_ids: Sequence[str] = (), departments: Sequence[str] = (),
                    per_department: int = 1, size: int | None = None,
                    seed: int = 0) -> AmbassadorTeam:
        """A team tied into every requested department (all departments with people when none
        are named), preferring bridges and people who know the topics."""
        a = self.analysis()
        visible = a.graph.subgraph([p for p in a.graph.nodes if self._visible(a, p)])
        topic_scores = ({pid: sum(a.knows.get(pid, {}).get(t, 0.0) for t in topic_ids)
                         / len(topic_ids) for pid in visible.nodes} if topic_ids else None)
        wanted = list(departments) or sorted({d for _, d in visible.nodes(data="department")
                                              if d})
        return ambassador_team(visible, departments=wanted, per_department=per_department,
                               size=size, topic_scores=topic_scores, seed=seed,
                               bridges={p: a.bridges[p] for p in visible.nodes})

    def distances_to(self, department_id: str) -> dict[str, int]:
        """Hops in the collaboration graph from each person to the nearest member of the
        department (0 for its members). Only real collaboration counts as a way in: a weak tie
        from a shared topic alone is no one to ask for an introduction."""
        a = self.analysis()
        members = department_subtree(self.store.departments(), department_id)
        sources = [p for p, d in a.graph.nodes(data="department") if d in members]
        if not sources:
            return {}
        real = nx.subgraph_view(a.graph, filter_edge=lambda u, v: any(
            kind != "topic" for kind in a.graph[u][v].get("kinds", ())))
        return dict(nx.multi_source_dijkstra_path_length(real, sources,
                                                         weight=lambda u, v, d: 1))

    def buddies(self, newcomer_ids: Sequence[str] = (), capacity: int = 2,
                cross_department: bool | None = False, today: date | None = None,
                topics_of_title: dict[str, tuple[str, ...]] | None = None,
                previous_pairs: Iterable[tuple[str, str]] = ()) -> BuddyMatching:
        """Pair newcomers (given, or everyone who started in the last NEWCOMER_DAYS days) with
        experienced colleagues as one optimal assignment.

        A pair accepted earlier (``store.pairings()``, and any ``previous_pairs`` of newcomer and
        buddy ids) is not proposed again; people who opted out of being a buddy, and hidden
        people, are never proposed.
        """
        a = self.analysis()
        today = today or date.today()
        chosen = [a.people[i] for i in newcomer_ids if i in a.people] if newcomer_ids else [
            p for p in a.people.values()
            if p.start_date and 0 <= (today - p.start_date).days <= NEWCOMER_DAYS]
        dept_topics = _department_topics(a)
        newcomers = []
        for p in chosen:
            topics = dict(dept_topics.get(p.department_id or "", {}))
            for topic_id in (topics_of_title or {}).get(p.id, ()):
                topics[topic_id] = max(topics.get(topic_id, 0.0), 1.0)
            for claim in p.claims:
                topics[claim.topic_id] = max(topics.get(claim.topic_id, 0.0),
                                             (claim.level or 3) / 5)
            newcomers.append(Newcomer(p.id, p.department_id, p.title or "", topics))
        earlier = {(x.newcomer_id, x.buddy_id) for x in self.store.pairings([p.id for p in chosen])}
        earlier.update(previous_pairs)
        candidates = [
            BuddyCandidate(p.id, p.department_id,
                           (today - p.start_date).days / 365.25 if p.start_date else 0.0,
                           a.knows.get(p.id, {}),
                           a.bridges[p.id].score if p.id in a.bridges else 0.0,
                           opted_out=not _available_as_buddy(p))
            for p in a.people.values()]
        return match_buddies(newcomers, candidates, capacity=capacity,
                             cross_department=cross_department, previous_pairs=earlier)

    def accept_pairing(self, newcomer_id: str, buddy_id: str, today: date) -> Pairing:
        """Store that ``buddy_id`` is ``newcomer_id``'s buddy since ``today``, so that the pair is
        not proposed again.

        Raises:
            NotFoundError: either person does not exist.
            InvalidInputError: the same person twice, or a buddy who opted out or is hidden.
        """
        people = {p.id: p for p in self.store.people([newcomer_id, buddy_id])}
        for person_id in (newcomer_id, buddy_id):
            if person_id not in people:
                raise NotFoundError(f"unknown person {person_id!r}")
        if not _available_as_buddy(people[buddy_id]):
            raise InvalidInputError([InputProblem(
                "pairing", None, "buddy_id", f"{buddy_id!r} is not available as a buddy "
                "(opted out or hidden)")])
        pairing = Pairing(newcomer_id, buddy_id, today)
        self.store.apply(Batch(pairings=(pairing,)))  # the store refuses newcomer == buddy
        return pairing


def _available_as_buddy(person: Person) -> bool:
    return person.visibility is Visibility.VISIBLE and not person.buddy_opt_out


def _department_topics(a: NetworkAnalysis, top: int = 8) -> dict[str, dict[str, float]]:
    """The topics a department's people know best: what a newcomer there will need."""
    totals: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for pid, topics in a.knows.items():
        person = a.people.get(pid)
        if person and person.department_id:
            for t, v in topics.items():
                totals[person.department_id][t] += v
    out = {}
    for dept, topics in totals.items():
        best = sorted(topics.items(), key=lambda tv: -tv[1])[:top]
        peak = best[0][1] if best else 1.0
        out[dept] = {t: v / peak for t, v in best}
    return out
