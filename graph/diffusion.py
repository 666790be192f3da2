"""Ambassador teams: few people who together reach every department.

Spread follows the independent cascade model (Kempe et al. 2003) on the
collaboration graph: an informed person informs each uninformed colleague once,
with probability ``p = min(MAX_ACTIVATION, 1 - exp(-weight / ACTIVATION_SCALE))``
(a two-author document, weight 1, gives 0.22; a weak topic tie of 0.1 gives 0.02).
On an undirected graph with symmetric probabilities the people a cascade
reaches are exactly the connected component of the seeds after keeping each
edge with probability ``p`` (live-edge equivalence, Kempe et al. claim 2.3), so
``runs`` sampled edge sets ("snapshots") are drawn once and shared by every
evaluation: estimates are reproducible and the greedy choices consistent.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import networkx as nx  # type: ignore[import-untyped,unused-ignore]
import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from graph.brokerage import BridgeScore, bridge_scores
from graph.collaboration import GraphArrays, graph_arrays
from graph.errors import NotFoundError
from graph.reasons import Reason, ReasonCode

__all__ = [
    "ACTIVATION_SCALE", "BRIDGE_PREFERENCE", "CANDIDATES_PER_DEPARTMENT", "MAX_ACTIVATION",
    "POOL_SIZE", "STRONG_TIE_WEIGHT", "TOPIC_PREFERENCE", "Ambassador", "AmbassadorTeam",
    "ambassador_team", "independent_cascade_spread",
]

ACTIVATION_SCALE = 4.0  # tie weight scale of the activation probability 1 - exp(-w / scale)
MAX_ACTIVATION = 0.6  # no tie passes a message on with a higher probability
STRONG_TIE_WEIGHT = 1.0  # one two-author document or a manager tie: tied into a department
BRIDGE_PREFERENCE = 1.0  # objective multiplier 1 + BRIDGE_PREFERENCE * bridge score
TOPIC_PREFERENCE = 2.0  # objective multiplier 1 + TOPIC_PREFERENCE * topic score
CANDIDATES_PER_DEPARTMENT = 10  # coverage candidates per department (+ per_department)
POOL_SIZE = 200  # candidates for the places beyond coverage, best objective first

_BATCH_EDGES = 2_000_000  # candidate edges per batch of runs, bounds the memory of a batch


@dataclass(frozen=True, slots=True)
class Ambassador:
    """One team member and why (``why``: reasons as data; ``reasons``: in English).

    ``departments_reached``: own department plus those reached by a strong tie;
    ``topic_score`` is None when no topic scores were given.
    """

    person_id: str
    department: str | None
    departments_reached: tuple[str, ...]
    bridge_score: float
    topic_score: float | None
    marginal_gain: float
    why: tuple[Reason, ...]

    @property
    def reasons(self) -> tuple[str, ...]:
        """The reasons as English sentences (``why`` holds them as data)."""
        return tuple(map(str, self.why))


@dataclass(frozen=True, slots=True)
class AmbassadorTeam:
    """A team, who covers which department, and its expected reach."""

    members: tuple[Ambassador, ...]
    coverage: Mapping[str, tuple[str, ...]]
    uncovered: tuple[str, ...]
    expected_reach: float
    reach_fraction: float


class _Snapshots:
    """Live-edge samples: component label and component size per run and person."""

    def __init__(self, A: GraphArrays, runs: int, seed: int) -> None:
        n = len(A.nodes)
        rng = np.random.default_rng(seed)
        p = np.minimum(MAX_ACTIVATION, -np.expm1(-A.weight / ACTIVATION_SCALE))
        self.labels = np.empty((runs, n), dtype=np.int32)
        self.sizes = np.empty((runs, n), dtype=np.int32)
        batch = max(1, _BATCH_EDGES // max(1, len(p)))
        for first in range(0, runs, batch):
            count = min(batch, runs - first)
            # One block-diagonal graph per batch of runs: one connected_components call.
            run, edge = np.nonzero(rng.random((count, len(p))) < p)
            offset = run * n
            live = sp.csr_matrix(
                (np.ones(len(edge)), (offset + A.source[edge], offset + A.target[edge])),
                shape=(count * n, count * n),
            )
            labels = connected_components(live, directed=False)[1].reshape(count, n)
            for r in range(count):
                lab = labels[r] - labels[r].min()
                if lab.max() >= n:  # labels of a block are contiguous in scipy; be safe
                    lab = np.unique(lab, return_inverse=True)[1]
                self.labels[first + r] = lab
                self.sizes[first + r] = np.bincount(lab)[lab]
        self.rows = np.arange(runs)
        self.covered = np.zeros((runs, n), dtype=bool)
        self.reached = 0.0

    def gain(self, v: int) -> float:
        lab = self.labels[:, v]
        return float(np.mean(np.where(self.covered[self.rows, lab], 0, self.sizes[:, v])))

    def add(self, v: int) -> float:
        """Mark everyone ``v`` reaches as reached; return how many that adds on average."""
        gain = self.gain(v)
        self.covered[self.rows, self.labels[:, v]] = True
        self.reached += gain
        return gain


def independent_cascade_spread(
    G: nx.Graph, seeds: Iterable[str], *, runs: int = 200, seed: int = 0
) -> float:
    """Estimate how many people an independent cascade from ``seeds`` reaches.

    Parameters
    ----------
    G : networkx.Graph
        Collaboration graph with edge attribute ``weight``.
    seeds : iterable of str
        The people who start with the message; they count as reached.
    runs, seed : int, optional
        Monte Carlo runs (live-edge snapshots) and random seed: the same seed
        gives the same estimate.

    Returns
    -------
    float
        Expected number of people reached, seeds included.

    Raises
    ------
    NotFoundError
        If a seed is not a node of ``G``.

    Notes
    -----
    Each run keeps every edge with its activation probability (see the module
    docstring) and labels connected components with scipy, ``O(runs (n + m))``.

    References
    ----------
    .. [1] D. Kempe, J. Kleinberg and E. Tardos, "Maximizing the spread of
       influence through a social network", KDD 2003, 137-146.
       doi:10.1145/956750.956769

    Examples
    --------
    >>> G = nx.path_graph(["a", "b", "c"])
    >>> nx.set_edge_attributes(G, 1000.0, "weight")  # p = MAX_ACTIVATION = 0.6
    >>> round(independent_cascade_spread(G, ["a"], runs=4000, seed=1), 1)  # 1 + 0.6 + 0.36
    2.0
    """
    A = graph_arrays(G)
    wanted = list(dict.fromkeys(seeds))
    missing = [s for s in wanted if s not in A.index]
    if missing:
        raise NotFoundError(f"not in the graph: {', '.join(map(str, missing[:5]))}")
    if not wanted:
        return 0.0
    snaps = _Snapshots(A, runs, seed)
    for s in wanted:
        snaps.add(A.index[s])
    return snaps.reached


def _covers(A: GraphArrays, strong_tie: float) -> list[set[int]]:
    """Department codes each person is tied into: their own plus those of strong ties."""
    covers = [{int(c)} if c >= 0 else set() for c in A.dept_code]
    strong = A.weight >= strong_tie
    for i, j in zip(A.source[strong].tolist(), A.target[strong].tolist(), strict=True):
        ci, cj = int(A.dept_code[i]), int(A.dept_code[j])
        if cj >= 0:
            covers[i].add(cj)
        if ci >= 0:
            covers[j].add(ci)
    return covers


def _lazy_greedy(
    candidates: Sequence[int],
    snaps: _Snapshots,
    weight: npt.NDArray[np.float64],
    need: dict[int, int],
    covers: list[set[int]],
    limit: int,
    team: list[tuple[int, float]],
) -> None:
    """CELF: keys only fall as the team grows, so a fresh key on top of the heap wins."""
    cover_phase = bool(need)

    def key(v: int) -> float:
        factor = sum(1 for c in covers[v] if need.get(c, 0) > 0) if cover_phase else 1
        return factor * float(weight[v]) * (snaps.gain(v) + 1.0)

    heap = [(-key(v), v, len(team)) for v in candidates if v not in {u for u, _ in team}]
    heapq.heapify(heap)
    while heap and len(team) < limit and (not cover_phase or any(need.values())):
        neg, v, stamp = heapq.heappop(heap)
        if stamp < len(team):
            heapq.heappush(heap, (-key(v), v, len(team)))
        elif neg == 0.0:
            break
        else:
            team.append((v, snaps.add(v)))
            for c in covers[v]:
                if need.get(c, 0) > 0:
                    need[c] -= 1


def _reasons(
    bridge: BridgeScore | None, topic: float | None, covered: Sequence[str], gain: float
) -> tuple[Reason, ...]:
    reached = len(bridge.departments_reached) if bridge else 0
    return tuple(reason for reason, applies in (
        (Reason(ReasonCode.REACHES_DEPARTMENTS, count=reached), reached > 0),
        (Reason(ReasonCode.KNOWS_THE_TOPIC, value=topic), topic is not None and topic > 0),
        (Reason(ReasonCode.COVERS_DEPARTMENTS, items=tuple(covered)), bool(covered)),
        (Reason(ReasonCode.STRONG_BRIDGE, value=bridge.score if bridge else 0.0),
         bridge is not None and bridge.score >= 0.75),
        (Reason(ReasonCode.ADDS_REACH, value=gain), gain >= 1),
    ) if applies)


def ambassador_team(
    G: nx.Graph,
    *,
    departments: Iterable[str] | None = None,
    per_department: int = 1,
    size: int | None = None,
    topic_scores: Mapping[str, float] | None = None,
    runs: int = 200,
    seed: int = 0,
    bridges: Mapping[str, BridgeScore] | None = None,
    strong_tie: float = STRONG_TIE_WEIGHT,
) -> AmbassadorTeam:
    """Choose a small team that covers every department and spreads a message far.

    Parameters
    ----------
    G : networkx.Graph
        Collaboration graph (node attribute ``department``, edge attribute ``weight``).
    departments : iterable of str, optional
        Departments to cover; all departments in ``G`` by default.
    per_department : int, optional
        Members needed per department. A member counts for their own department
        and every department they have a tie of weight ``>= strong_tie`` into.
    size : int, optional
        Team size: places left after coverage go to the best spread; ``None``
        stops after coverage; a smaller size stops coverage early.
    topic_scores : mapping, optional
        Person id to 0..1 knowledge of the campaign's topic; preferred when given.
    runs, seed : int, optional
        Cascade snapshots and random seed; the same seed gives the same team.
    bridges : mapping, optional
        Precomputed :func:`graph.brokerage.bridge_scores`, computed when omitted.
    strong_tie : float, optional
        Tie weight that ties a person into another department.

    Returns
    -------
    AmbassadorTeam
        ``coverage``: requested department to the members tied into it;
        ``uncovered``: requested departments with fewer than ``per_department``
        of them (departments nobody reaches included; no exception).

    Notes
    -----
    The objective of a person ``v`` given team ``S`` is
    ``(1 + BRIDGE_PREFERENCE b_v)(1 + TOPIC_PREFERENCE t_v)(gain(v | S) + 1)``
    with bridge score ``b_v``, topic score ``t_v`` and expected newly reached
    people ``gain`` (the ``+ 1`` keeps the preferences meaningful once the cascade
    reaches almost everyone). Coverage is a greedy weighted set cover: the next
    member maximises (departments still short of members that ``v`` covers)
    times the objective; the remaining places go to the largest objective.
    Both keys only decrease as the team grows, so both phases evaluate lazily
    (CELF, Leskovec et al. 2007). Candidates are the ``CANDIDATES_PER_DEPARTMENT``
    best per department for coverage and the ``POOL_SIZE`` best overall for the
    rest, ranked by the objective of the empty team. Snapshots cost
    ``O(runs (n + m))``; one evaluation ``O(runs)``.

    References
    ----------
    .. [1] D. Kempe, J. Kleinberg and E. Tardos, "Maximizing the spread of
       influence through a social network", KDD 2003. doi:10.1145/956750.956769
    .. [2] J. Leskovec, A. Krause, C. Guestrin, C. Faloutsos, J. VanBriesen and
       N. Glance, "Cost-effective outbreak detection in networks", KDD 2007.
       doi:10.1145/1281192.1281239

    Examples
    --------
    >>> G = nx.Graph([("a", "b"), ("a", "x"), ("x", "y"), ("c", "d")])
    >>> nx.set_node_attributes(G, {"a": "hr", "b": "hr", "x": "it", "y": "it",
    ...                            "c": "law", "d": "law"}, "department")
    >>> team = ambassador_team(G, departments=["hr", "it", "law", "tax"], runs=50)
    >>> sorted(m.person_id for m in team.members), team.uncovered
    (['a', 'c'], ('tax',))
    """
    A = graph_arrays(G)
    n = len(A.nodes)
    bridges = bridge_scores(G) if bridges is None else bridges
    code = {d: c for c, d in enumerate(A.departments)}
    wanted = list(dict.fromkeys(A.departments if departments is None else departments))
    bridge = np.array([bridges[v].score if v in bridges else 0.0 for v in A.nodes])
    topic = np.zeros(n)
    if topic_scores is not None:
        topic = np.array([min(1.0, max(0.0, topic_scores.get(v, 0.0))) for v in A.nodes])
    weight = (1.0 + BRIDGE_PREFERENCE * bridge) * (1.0 + TOPIC_PREFERENCE * topic)
    snaps = _Snapshots(A, runs, seed)
    initial = weight * (snaps.sizes.mean(axis=0) + 1.0)
    covers = _covers(A, strong_tie)
    need = {code[d]: per_department for d in wanted if d in code and per_department > 0}
    limit = n if size is None else min(size, n)

    by_dept: dict[int, list[int]] = {c: [] for c in need}
    for v in range(n):
        for c in covers[v] & by_dept.keys():
            by_dept[c].append(v)
    pool = {v for members in by_dept.values()
            for v in sorted(members, key=lambda v: (-initial[v], v))[
                : CANDIDATES_PER_DEPARTMENT + per_department]}
    team: list[tuple[int, float]] = []
    _lazy_greedy(sorted(pool), snaps, weight, need, covers, limit, team)
    if size is not None and len(team) < limit:
        best = np.argsort(-initial, kind="stable")[: POOL_SIZE + len(team)]
        _lazy_greedy(best.tolist(), snaps, weight, {}, covers, limit, team)

    coverage = {d: tuple(A.nodes[v] for v, _ in team if code.get(d, -1) in covers[v])
                for d in wanted}
    topics = [None if topic_scores is None else float(t) for t in topic]
    members = tuple(
        Ambassador(
            person_id=A.nodes[v],
            department=A.department[v],
            departments_reached=tuple(sorted(A.departments[c] for c in covers[v])),
            bridge_score=float(bridge[v]),
            topic_score=topics[v],
            marginal_gain=gain,
            why=_reasons(bridges.get(A.nodes[v]), topics[v],
                             [d for d in wanted if A.nodes[v] in coverage[d]], gain),
        )
        for v, gain in team
    )
    return AmbassadorTeam(
        members=members,
        coverage=coverage,
        uncovered=tuple(d for d in wanted if len(coverage[d]) < per_department),
        expected_reach=snaps.reached,
        reach_fraction=snaps.reached / n if n else 0.0,
    )
