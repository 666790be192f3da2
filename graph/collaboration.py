"""Build the weighted person-to-person collaboration graph.

The graph is the input of every network analysis in :mod:`graph.brokerage`,
:mod:`graph.diffusion` and :mod:`graph.pairing`: nodes are person ids with a
``department`` attribute, edges carry ``weight`` (float), ``kinds`` (sorted tuple
of tie kinds) and ``bridging`` (endpoints in different known departments).

Tie weights (summed when two people are tied in several ways):

- co-authorship: every document with ``n`` distinct authors adds
  ``COAUTHOR_WEIGHT / (n - 1)`` to each pair of its authors (Newman 2001), so a
  memo by two people ties them as strongly as a report by five ties each pair
  a quarter as much;
- manager and report: ``MANAGER_WEIGHT``;
- explicit interactions (meetings, mail, chat): ``INTERACTION_SCALE * log1p(weight)``,
  the logarithm keeping a weekly meeting from drowning every other tie;
- shared rare topics: ``TOPIC_WEIGHT * sum_t s_it * s_jt`` over topics held by at
  most ``RARE_TOPIC_MAX_PEOPLE`` people, capped at ``TOPIC_TIE_CAP``: a weak tie
  between two specialists, never a substitute for real collaboration.

Membership of the same department is *not* a tie: it would join everyone in a
department to everyone else and drown the structure the analyses look for.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

import networkx as nx  # type: ignore[import-untyped,unused-ignore]
import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from graph.model import Authorship, Interaction

__all__ = [
    "COAUTHOR_WEIGHT",
    "INTERACTION_SCALE",
    "MANAGER_WEIGHT",
    "RARE_TOPIC_MAX_PEOPLE",
    "TOPIC_TIE_CAP",
    "TOPIC_WEIGHT",
    "Authorship",
    "Interaction",
    "GraphArrays",
    "PersonNode",
    "TieWeights",
    "TopicLink",
    "build_collaboration_graph",
    "graph_arrays",
]

COAUTHOR_WEIGHT = 1.0
"""Weight one co-authored document spreads over each of its author pairs."""
MANAGER_WEIGHT = 1.0
"""Weight of a manager-report tie (as strong as one two-author document)."""
INTERACTION_SCALE = 0.5
"""Multiplier of ``log1p(weight)`` for explicit interactions."""
TOPIC_WEIGHT = 0.1
"""Multiplier of the summed score products of shared rare topics."""
TOPIC_TIE_CAP = 0.25
"""Upper bound of the weight a topic tie adds; keeps topic ties weak."""
RARE_TOPIC_MAX_PEOPLE = 25
"""A topic known by more people than this is common and ties nobody."""


@dataclass(frozen=True, slots=True)
class TieWeights:
    """The tie weights of :func:`build_collaboration_graph`; defaults are the module constants."""

    coauthor: float = COAUTHOR_WEIGHT
    manager: float = MANAGER_WEIGHT
    interaction_scale: float = INTERACTION_SCALE
    topic: float = TOPIC_WEIGHT
    topic_cap: float = TOPIC_TIE_CAP
    rare_topic_max_people: int = RARE_TOPIC_MAX_PEOPLE


@dataclass(frozen=True, slots=True)
class PersonNode:
    """A person: id, home department and optional manager id."""

    id: str
    department: str | None
    manager_id: str | None = None


@dataclass(frozen=True, slots=True)
class TopicLink:
    """How well (0..1) a person knows a topic."""

    person_id: str
    topic_id: str
    score: float


Ties = dict[tuple[str, str], tuple[list[float], set[str]]]


@dataclass(frozen=True, slots=True)
class GraphArrays:
    """A collaboration graph as arrays, for the vectorised algorithms.

    ``nodes`` are sorted (so results do not depend on insertion order), edge ``i``
    joins ``source[i] < target[i]`` with ``weight[i]``, ``dept_code[v]`` indexes
    ``departments`` or is -1 for a person without a department.
    """

    nodes: tuple[str, ...]
    index: dict[str, int]
    source: npt.NDArray[np.int64]
    target: npt.NDArray[np.int64]
    weight: npt.NDArray[np.float64]
    department: tuple[str | None, ...]
    departments: tuple[str, ...]
    dept_code: npt.NDArray[np.int64]

    def adjacency(self) -> sp.csr_matrix:
        """Return the symmetric weighted adjacency matrix (scipy CSR)."""
        n = len(self.nodes)
        rows = np.concatenate([self.source, self.target])
        cols = np.concatenate([self.target, self.source])
        vals = np.concatenate([self.weight, self.weight])
        return sp.csr_matrix((vals, (rows, cols)), shape=(n, n))


def graph_arrays(G: nx.Graph) -> GraphArrays:
    """Return the arrays of a collaboration graph.

    Parameters
    ----------
    G : networkx.Graph
        Undirected; node attribute ``department`` (missing means none), edge
        attribute ``weight`` (missing means 1.0). Self-loops are ignored.

    Returns
    -------
    GraphArrays

    Notes
    -----
    ``O(n log n + m)``; the one pass over networkx that the fast paths need.

    Examples
    --------
    >>> G = nx.Graph([("b", "a", {"weight": 2.0})])
    >>> A = graph_arrays(G)
    >>> A.nodes, A.source.tolist(), A.target.tolist(), A.weight.tolist()
    (('a', 'b'), [0], [1], [2.0])
    """
    nodes = tuple(sorted(G.nodes, key=str))
    index = {v: i for i, v in enumerate(nodes)}
    department: tuple[str | None, ...] = tuple(G.nodes[v].get("department") for v in nodes)
    departments = tuple(sorted({d for d in department if d is not None}))
    code = {d: i for i, d in enumerate(departments)}
    dept_code = np.array([-1 if d is None else code[d] for d in department], dtype=np.int64)
    src: list[int] = []
    dst: list[int] = []
    wts: list[float] = []
    for a, b, w in G.edges(data="weight", default=1.0):
        i, j = index[a], index[b]
        if i != j:
            src.append(min(i, j))
            dst.append(max(i, j))
            wts.append(float(w))
    return GraphArrays(
        nodes=nodes,
        index=index,
        source=np.array(src, dtype=np.int64),
        target=np.array(dst, dtype=np.int64),
        weight=np.array(wts, dtype=np.float64),
        department=department,
        departments=departments,
        dept_code=dept_code,
    )


def _add(ties: Ties, a: str, b: str, weight: float, kind: str) -> None:
    key = (a, b) if a < b else (b, a)
    entry = ties.get(key)
    if entry is None:
        ties[key] = ([weight], {kind})
    else:
        entry[0][0] += weight
        entry[1].add(kind)


def _topic_ties(ties: Ties, links: Iterable[TopicLink], known: set[str], tw: TieWeights) -> None:
    holders: dict[str, dict[str, float]] = defaultdict(dict)
    for link in links:
        if link.person_id in known and link.score > 0:
            cur = holders[link.topic_id].get(link.person_id, 0.0)
            holders[link.topic_id][link.person_id] = max(cur, link.score)
    rare = [t for t, h in holders.items() if 2 <= len(h) <= tw.rare_topic_max_people]
    if not rare:
        return
    people = sorted({p for t in rare for p in holders[t]})
    index = {p: i for i, p in enumerate(people)}
    rows, cols, vals = [], [], []
    for j, topic in enumerate(rare):
        for person, score in holders[topic].items():
            rows.append(index[person])
            cols.append(j)
            vals.append(score)
    b = sp.csr_matrix((vals, (rows, cols)), shape=(len(people), len(rare)))
    shared = sp.triu(b @ b.T, k=1).tocoo()
    weights = np.minimum(tw.topic * shared.data, tw.topic_cap)
    for i, j, w in zip(shared.row.tolist(), shared.col.tolist(), weights.tolist(), strict=True):
        _add(ties, people[i], people[j], w, "topic")


def build_collaboration_graph(
    people: Sequence[PersonNode],
    documents: Iterable[Authorship],
    interactions: Iterable[Interaction] = (),
    topic_links: Iterable[TopicLink] = (),
    *,
    weights: TieWeights = TieWeights(),
) -> nx.Graph:
    """Return the weighted, undirected collaboration graph of an organisation.

    Parameters
    ----------
    people : sequence of PersonNode
        The node set. Ties that name anyone else (an external co-author, a
        manager outside the export) are dropped.
    documents : iterable of Authorship
        Authors per document; repeated authors count once, single-author
        documents add no tie.
    interactions : iterable of Interaction, optional
        Explicit ties; the edge kind becomes ``"interaction:<kind>"``.
    topic_links : iterable of TopicLink, optional
        Person-topic scores for the weak shared-topic ties.
    weights : TieWeights, optional
        Tie weights; the defaults are described in the module docstring.

    Returns
    -------
    networkx.Graph
        Nodes carry ``department``; edges ``weight``, ``kinds`` and ``bridging``.

    Notes
    -----
    Co-authorship costs ``O(sum_d n_d^2)`` over documents. Shared topics are one
    sparse product ``B B^T`` over the rare topics only (scipy; a networkx
    projection is 40-100x slower), costing ``O(sum_t h_t^2)`` for at most
    ``weights.rare_topic_max_people`` holders ``h_t`` per topic.

    References
    ----------
    .. [1] M. E. J. Newman, "Scientific collaboration networks. II. Shortest
       paths, weighted networks, and centrality", Phys. Rev. E 64, 016132
       (2001). doi:10.1103/PhysRevE.64.016132

    Examples
    --------
    >>> people = [PersonNode("ann", "wmo"), PersonNode("bob", "jeugd", manager_id="ann"),
    ...           PersonNode("cas", "jeugd")]
    >>> G = build_collaboration_graph(people, [Authorship("d1", ("ann", "bob", "cas"))])
    >>> G.edges["ann", "bob"]["weight"], G.edges["ann", "bob"]["kinds"]
    (1.5, ('coauthor', 'manager'))
    >>> G.edges["ann", "bob"]["bridging"], G.edges["bob", "cas"]["bridging"]
    (True, False)
    """
    department = {p.id: p.department for p in people}
    known = set(department)
    ties: Ties = {}
    for doc in documents:
        authors = sorted({a for a in doc.authors if a in known})
        if len(authors) > 1:
            share = weights.coauthor / (len(authors) - 1)
            for a, b in combinations(authors, 2):
                _add(ties, a, b, share, "coauthor")
    for p in people:
        if p.manager_id is not None and p.manager_id in known and p.manager_id != p.id:
            _add(ties, p.id, p.manager_id, weights.manager, "manager")
    for it in interactions:
        if it.source in known and it.target in known and it.source != it.target and it.weight > 0:
            w = weights.interaction_scale * math.log1p(it.weight)
            _add(ties, it.source, it.target, w, f"interaction:{it.kind}")
    _topic_ties(ties, topic_links, known, weights)

    graph = nx.Graph()
    graph.add_nodes_from((p.id, {"department": p.department}) for p in people)
    graph.add_edges_from(
        (a, b, {"weight": w[0], "kinds": tuple(sorted(k)), "bridging": _bridging(department, a, b)})
        for (a, b), (w, k) in ties.items()
    )
    return graph


def _bridging(department: dict[str, str | None], a: str, b: str) -> bool:
    da, db = department[a], department[b]
    return da is not None and db is not None and da != db
