"""Bridge people: who connects departments that would otherwise stay apart.

A bridge score combines six classic measures of brokerage, each computed on
the weighted collaboration graph of :mod:`graph.collaboration` and, for the
department-aware ones (:mod:`graph.involvement`), on each person's involvement
in departments (membership plus the documents they wrote for one):

- dual standing: the weight a person carries in their two strongest departments;
- betweenness: the share of shortest paths running through a person
  (Freeman 1977; Brandes 2001), exact up to ``EXACT_LIMIT`` people and estimated
  from sampled source people above it;
- Burt's constraint (low = spanning structural holes) and effective size
  (Borgatti's form for undirected graphs: non-redundant contacts);
- the participation coefficient of Guimera & Amaral over departments: how
  evenly a person's tie strength is spread over departments;
- bridging strength: the summed weight of ties into other departments.

``score`` is a weighted mean of the rank-normalised components
(``SCORE_WEIGHTS``); ranks make the combination insensitive to the very
different scales and skew of the measures. Half the weight goes to dual
standing and a quarter to bridging strength, the department-aware components
that grow with the volume of cross-department work; betweenness, constraint and
effective size ignore departments and participation ignores volume, so they
share the last quarter and separate people with similar standing.

A seventh measure, cross-department brokerage (Gould & Fernandez 1989: the open
two-paths through a person that join two departments, tie strengths multiplied),
is reported with every score but weighs nothing in it; why, and every variant
measured, is in ``docs/bridges.md``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import igraph as ig  # type: ignore[import-untyped,unused-ignore]
import networkx as nx  # type: ignore[import-untyped,unused-ignore]
import numpy as np
import numpy.typing as npt
from scipy.stats import rankdata

from graph.collaboration import GraphArrays, graph_arrays
from graph.involvement import dual_standing, gould_fernandez, participation

__all__ = [
    "EXACT_LIMIT", "SAMPLES", "SCORE_WEIGHTS", "BridgeScore", "TieCounts", "bridge_scores",
    "classify_ties",
]

EXACT_LIMIT = 3000
"""Graphs with at most this many people get exact betweenness (igraph: ~1.2 s at 3,000)."""
SAMPLES = 1000
"""Sampled source people for estimated betweenness above ``EXACT_LIMIT``."""

SCORE_WEIGHTS: Mapping[str, float] = MappingProxyType({
    "dual_standing": 0.5, "bridging_strength": 0.25,
    "betweenness": 0.0625, "constraint": 0.0625,  # as 1 - constraint
    "effective_size": 0.0625, "participation": 0.0625,
    "cross_brokerage": 0.0,  # reported, not scored: see below
})
"""Weights of the rank-normalised components in ``BridgeScore.score`` (they sum to 1).

Standing in two departments (``dual_standing``) carries half: a bridge who can convince
another group has weight there, not only a tie into it. Kubernetes KEPs
(``bench/bridges_kubernetes.py``, people leading two or more groups as ground truth,
document affiliations passed): AP 0.336; dual standing alone 0.353; document count 0.287.
Cross-department brokerage (Gould-Fernandez) is reported but weighs nothing: half of it
plus half these weights was the best of eight variants fixed in advance (``docs/bridges.md``)
on two random halves of the people, but it scored 0.330 on all of them, and raw brokerage
counts favour the gatekeeper of a large team over the liaison who alone joins two teams
(``tests/graph/test_brokerage.py``). The service passes no affiliations; measured end to end
through the store (``bench/eval_experts.py``) it gets AP 0.279, P@10 0.600.
"""


Floats = npt.NDArray[np.float64]
Affiliations = Mapping[str, Mapping[str, float]]


@dataclass(frozen=True, slots=True)
class BridgeScore:
    """How much one person bridges departments; ``score`` in [0, 1] ranks people."""

    person_id: str
    department: str | None
    score: float
    departments_reached: tuple[str, ...]
    participation: float
    betweenness: float
    constraint: float
    effective_size: float
    bonding_ties: int
    bridging_ties: int
    bridging_strength: float
    dual_standing: float = 0.0
    """Geometric mean of the two largest department involvements (home 1 plus document
    shares); 0 for someone involved in one department only."""
    cross_brokerage: float = 0.0
    """Weighted Gould-Fernandez brokerage: summed ``w_va * w_vb`` over pairs of contacts
    (people or departments) in different departments that are not tied to each other."""


@dataclass(frozen=True, slots=True)
class TieCounts:
    """Ties of one person inside (bonding) and across (bridging) their department."""

    bonding: int
    bridging: int
    bridging_strength: float
    departments_reached: tuple[str, ...]


def classify_ties(
    G: nx.Graph, affiliations: Affiliations | None = None
) -> dict[str, TieCounts]:
    """Count each person's bonding and bridging ties.

    Parameters
    ----------
    G : networkx.Graph
        Collaboration graph with node attribute ``department``.
    affiliations : mapping, optional
        Weak person-to-department ties that are not person-to-person ties, e.g.
        documents a person wrote for another department (weight per document).
        They add to ``bridging_strength`` and ``departments_reached``.

    Returns
    -------
    dict
        Person id to :class:`TieCounts`. Ties with a person without a department
        count as neither bonding nor bridging.

    Notes
    -----
    ``O(n + m)``.

    Examples
    --------
    >>> G = nx.Graph([("a", "b"), ("a", "c")])
    >>> nx.set_node_attributes(G, {"a": "x", "b": "x", "c": "y"}, "department")
    >>> classify_ties(G)["a"]
    TieCounts(bonding=1, bridging=1, bridging_strength=1.0, departments_reached=('y',))
    """
    arrays = graph_arrays(G)
    return _classify(arrays, affiliations or {})


def _classify(A: GraphArrays, affiliations: Affiliations) -> dict[str, TieCounts]:
    n = len(A.nodes)
    bonding = np.zeros(n, dtype=np.int64)
    bridging = np.zeros(n, dtype=np.int64)
    strength = np.zeros(n)
    cs, ct = A.dept_code[A.source], A.dept_code[A.target]
    known = (cs >= 0) & (ct >= 0)
    cross = known & (cs != ct)
    same = known & (cs == ct)
    for ends in (A.source, A.target):
        bonding += np.bincount(ends[same], minlength=n)
        bridging += np.bincount(ends[cross], minlength=n)
        strength += np.bincount(ends[cross], weights=A.weight[cross], minlength=n)
    reached: list[set[str]] = [set() for _ in range(n)]
    for i, j in zip(A.source[cross].tolist(), A.target[cross].tolist(), strict=True):
        reached[i].add(A.departments[A.dept_code[j]])
        reached[j].add(A.departments[A.dept_code[i]])
    for person, weights in affiliations.items():
        i = A.index.get(person, -1)
        own = A.department[i] if i >= 0 else None
        for dept, w in weights.items():
            if i >= 0 and own is not None and dept != own and w > 0:
                reached[i].add(dept)
                strength[i] += w
    return {
        v: TieCounts(int(bonding[i]), int(bridging[i]), float(strength[i]), tuple(sorted(r)))
        for i, (v, r) in enumerate(zip(A.nodes, reached, strict=True))
    }


def _to_igraph(A: GraphArrays) -> ig.Graph:
    edges = np.column_stack([A.source, A.target]).tolist()
    return ig.Graph(n=len(A.nodes), edges=edges, directed=False)


def _betweenness(g: ig.Graph, A: GraphArrays, exact_limit: int, samples: int, seed: int) -> Floats:
    """Normalised hop betweenness: exact, or the stratified Brandes-Pich estimate."""
    n = len(A.nodes)
    if n < 3:
        return np.zeros(n)
    norm = 2.0 / ((n - 1) * (n - 2))
    if n <= exact_limit or samples >= n:
        return np.asarray(g.betweenness(directed=False), dtype=np.float64) * norm
    # Stratified sampling: every department contributes sources in proportion to its
    # size. Paths from a department's people share most of their structure, so this
    # cuts the variance of plain uniform sampling (measured in the Notes).
    rng = np.random.default_rng(seed)
    strata = A.dept_code.copy()
    by_weight: dict[float, list[int]] = {}
    for code in np.unique(strata).tolist():
        members = np.flatnonzero(strata == code)
        k = max(1, round(samples * len(members) / n))
        chosen = rng.choice(members, size=min(k, len(members)), replace=False)
        by_weight.setdefault(len(members) / len(chosen), []).extend(chosen.tolist())
    total = np.zeros(n)
    for scale, sources in by_weight.items():
        part = g.betweenness(directed=False, sources=sorted(sources))
        total += scale * np.asarray(part, dtype=np.float64)
    return total * norm


def _rank(values: Floats) -> Floats:
    if len(values) < 2:
        return np.ones_like(values)
    if np.ptp(values) == 0:  # a component that tells nobody apart adds nothing
        return np.zeros_like(values)
    ranks = np.asarray(rankdata(values, method="average"), dtype=np.float64)
    return (ranks - 1.0) / (len(values) - 1.0)


def bridge_scores(
    G: nx.Graph,
    *,
    affiliations: Affiliations | None = None,
    exact_limit: int = EXACT_LIMIT,
    samples: int = SAMPLES,
    seed: int = 0,
    weights: Mapping[str, float] = SCORE_WEIGHTS,
    standing_ties: bool = False,
) -> dict[str, BridgeScore]:
    """Score every person as a bridge between departments.

    Parameters
    ----------
    G : networkx.Graph
        Collaboration graph (node attribute ``department``, edge attribute ``weight``).
    affiliations : mapping, optional
        Weak person-to-department ties, see :func:`classify_ties` and
        :func:`graph.involvement.document_affiliations`; they count towards
        participation, dual standing, cross-department brokerage, departments
        reached and bridging strength.
    exact_limit : int, optional
        Exact betweenness up to this many people, sampled above.
    samples : int, optional
        Number of sampled source people for estimated betweenness.
    seed : int, optional
        Seed of the source sample; the same seed gives the same scores.
    weights : mapping, optional
        Component name (keys of ``SCORE_WEIGHTS``) to weight in ``score``; the
        weights are divided by their sum.
    standing_ties : bool, optional
        Compute dual standing on :func:`graph.involvement.standing` (ties to a
        department's members count as standing in it). Measured on the benchmarks,
        not adopted (``docs/bridges.md``, round 2); off by default.

    Returns
    -------
    dict
        Person id to :class:`BridgeScore`. ``score`` is the weighted mean of the
        rank percentiles (0 = lowest, 1 = highest, ties share their mean rank)
        of the components named in ``SCORE_WEIGHTS`` (constraint as
        ``1 - constraint``), in [0, 1]. Isolated people get constraint 1.0 (undefined
        in Burt's formula; a single tie gives 1.0 too) and effective size 0.0.

    Notes
    -----
    Betweenness counts hops: weights say how strong a tie is, not how long.
    Exact betweenness costs ``O(nm)`` (igraph, Brandes' algorithm). Above
    ``exact_limit`` people, ``samples`` source people are drawn per department
    in proportion to its size and their path dependencies are scaled up
    (Brandes & Pich 2007), ``O(samples * m)``. Measured against exact on the
    5,000-person synthetic organisation of ``bench/network_speed.py``
    (departments of 30-80, 18 ties per person, 11% across departments; mean of
    three seeds): 1,000 sources take 0.75 s instead of 3.4 s, with a summed
    absolute error of 10% of the summed exact betweenness, median relative error
    5% over the exact top 100, Spearman 0.991, top-100 overlap 88% and top-50
    overlap 93% (500 sources: 15%, 8%, 0.980, 82%, 83%; 1,000 sources drawn
    uniformly instead of per department: 13%, 8%, 0.986, 84%).
    Constraint is igraph's (identical to networkx, ~0.2 s for 50,000 people);
    effective size is ``k - (k - 1) C`` with local clustering ``C``, which equals
    Borgatti's ``k - 2t/k`` for an unweighted undirected graph. Participation
    is one sparse product, cross-department brokerage two
    (:func:`graph.involvement.cross_department_brokerage`). Total ``O(nm)``
    exact, ``O(samples * m)`` sampled.

    References
    ----------
    .. [1] R. S. Burt, *Structural Holes: The Social Structure of Competition*.
       Harvard University Press, 1992.
    .. [2] S. P. Borgatti, "Structural holes: unpacking Burt's redundancy
       measures", Connections 20(1):35-38, 1997.
    .. [3] R. Guimera and L. A. N. Amaral, "Functional cartography of complex
       metabolic networks", Nature 433:895-900, 2005. doi:10.1038/nature03288
    .. [4] U. Brandes, "A faster algorithm for betweenness centrality", J. Math.
       Sociol. 25(2):163-177, 2001. doi:10.1080/0022250X.2001.9990249
    .. [5] U. Brandes and C. Pich, "Centrality estimation in large networks",
       Int. J. Bifurcation and Chaos 17(7):2303-2318, 2007.
       doi:10.1142/S0218127407018403
    .. [6] R. V. Gould and R. M. Fernandez, "Structures of mediation: a formal
       approach to brokerage in transaction networks", Sociological Methodology
       19:89-126, 1989. doi:10.2307/270949

    Examples
    --------
    Two departments of three; ``m`` (left) links them:

    >>> G = nx.Graph([("a", "b"), ("a", "c"), ("b", "c"), ("c", "m"), ("m", "x"),
    ...               ("x", "y"), ("x", "z"), ("y", "z")])
    >>> nx.set_node_attributes(G, {v: "left" for v in "abcm"} | {v: "right" for v in "xyz"},
    ...                        "department")
    >>> scores = bridge_scores(G)
    >>> max(scores, key=lambda v: scores[v].score)
    'm'
    >>> scores["m"].departments_reached, scores["m"].participation, scores["m"].constraint
    (('right',), 0.5, 0.5)
    """
    A = graph_arrays(G)
    affil = affiliations or {}
    n = len(A.nodes)
    ties = _classify(A, affil)
    g = _to_igraph(A)
    betweenness = _betweenness(g, A, exact_limit, samples, seed)
    constraint = np.asarray(g.constraint(weights=A.weight.tolist()), dtype=np.float64)
    constraint = np.where(np.isnan(constraint), 1.0, constraint)
    degree = np.asarray(g.degree(), dtype=np.float64)
    clustering = np.asarray(g.transitivity_local_undirected(mode="zero"), dtype=np.float64)
    effective = np.where(degree > 0, degree - (degree - 1.0) * clustering, 0.0)
    part = participation(A, affil)
    strength = np.array([ties[v].bridging_strength for v in A.nodes])
    dual = dual_standing(A, affil, ties=standing_ties)
    cross = gould_fernandez(A, affil)
    parts = {
        "cross_brokerage": cross,
        "dual_standing": dual,
        "bridging_strength": strength,
        "betweenness": betweenness,
        "constraint": 1.0 - constraint,
        "effective_size": effective,
        "participation": part,
    }
    unknown = set(weights) - set(parts)
    if unknown or sum(weights.values()) <= 0:
        raise ValueError(f"weights need positive values for {sorted(parts)}, got {dict(weights)}")
    # a component that tells nobody apart (e.g. dual standing where nobody writes for another
    # department) gives its weight to the others, so scores stay on the same scale
    informative = {k: w for k, w in weights.items() if np.ptp(parts[k]) > 0} or dict(weights)
    total = sum(informative.values())
    score = np.zeros(n)
    for name, w in informative.items():
        score += (w / total) * _rank(parts[name])
    return {
        v: BridgeScore(
            person_id=v,
            department=A.department[i],
            score=float(score[i]),
            departments_reached=ties[v].departments_reached,
            participation=float(part[i]),
            betweenness=float(betweenness[i]),
            constraint=float(constraint[i]),
            effective_size=float(effective[i]),
            bonding_ties=ties[v].bonding,
            bridging_ties=ties[v].bridging,
            bridging_strength=ties[v].bridging_strength,
            dual_standing=float(dual[i]),
            cross_brokerage=float(cross[i]),
        )
        for i, v in enumerate(A.nodes)
    }
