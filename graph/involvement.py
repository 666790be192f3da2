"""How a person stands in departments: the department-aware parts of the bridge score.

A person's *involvement* in a department is 1 for their home department plus their share of the
documents written for it (``affiliations``). On it and on the collaboration graph rest three
components of :func:`graph.brokerage.bridge_scores`:

- the participation coefficient over departments (Guimera & Amaral 2005);
- dual standing, the weight a person carries in their two strongest departments;
- cross-department brokerage (Gould & Fernandez 1989): the open two-paths through a person that
  join two departments, on the two-mode graph of people and departments.

Involvement keeps volume and breadth apart from ties between people: writing for another
department is reaching into it even when nobody from there co-signed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

import networkx as nx  # type: ignore[import-untyped,unused-ignore]
import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from graph.collaboration import GraphArrays, graph_arrays
from graph.model import Authorship

__all__ = [
    "MEMBERSHIP_WEIGHT", "cross_department_brokerage", "document_affiliations", "dual_standing",
    "gould_fernandez", "participation", "standing",
]

MEMBERSHIP_WEIGHT = 1.0
"""Involvement of a person in their home department: as much as one document of their own."""

Floats = npt.NDArray[np.float64]
Affiliations = Mapping[str, Mapping[str, float]]


def document_affiliations(authorships: Iterable[Authorship]) -> dict[str, dict[str, float]]:
    """Return each author's share of the documents written for each department.

    A document with ``n`` distinct authors gives each ``1 / n`` towards its department, so a
    department's documents add up to their number however many people wrote them. Documents
    without a department add nothing. This is the ``affiliations`` argument of
    :func:`graph.brokerage.bridge_scores`.

    Examples
    --------
    >>> document_affiliations([Authorship("d1", ("ann", "bob"), "wmo"),
    ...                        Authorship("d2", ("ann",), "jeugd"), Authorship("d3", ("bob",))])
    {'ann': {'wmo': 0.5, 'jeugd': 1.0}, 'bob': {'wmo': 0.5}}
    """
    out: dict[str, dict[str, float]] = defaultdict(dict)
    for doc in authorships:
        authors = set(doc.authors)
        if doc.department_id is None or not authors:
            continue
        for author in sorted(authors):
            shares = out[author]
            shares[doc.department_id] = shares.get(doc.department_id, 0.0) + 1.0 / len(authors)
    return dict(out)


def _involvement(A: GraphArrays, affiliations: Affiliations) -> tuple[sp.csr_matrix, list[str]]:
    """People x departments: membership plus document shares; departments as named anywhere."""
    names = sorted(set(A.departments) | {d for w in affiliations.values() for d in w})
    code = {d: c for c, d in enumerate(names)}
    rows = [i for i, d in enumerate(A.department) if d is not None]
    cols = [code[d] for d in A.department if d is not None]
    vals = [MEMBERSHIP_WEIGHT] * len(rows)
    for person, weights in affiliations.items():
        i = A.index.get(person, -1)
        for dept, w in weights.items():
            if i >= 0 and w > 0:
                rows.append(i)
                cols.append(code[dept])
                vals.append(w)
    shape = (len(A.nodes), len(names))
    return sp.csr_matrix((vals, (rows, cols)), shape=shape), names


def participation(A: GraphArrays, affiliations: Affiliations) -> Floats:
    """Guimera-Amaral participation over departments (people without one form a single group)."""
    n, d = len(A.nodes), len(A.departments)
    col = np.where(A.dept_code >= 0, A.dept_code, d)
    member = sp.csr_matrix((np.ones(n), (np.arange(n), col)), shape=(n, d + 1))
    rows, cols, vals = [], [], []
    code = {dept: c for c, dept in enumerate(A.departments)}
    for person, weights in affiliations.items():
        i = A.index.get(person, -1)
        for dept, w in weights.items():
            if i >= 0 and dept in code and w > 0:
                rows.append(i)
                cols.append(code[dept])
                vals.append(w)
    extra = sp.csr_matrix((vals, (rows, cols)), shape=(n, d + 1))
    per_dept = sp.csr_matrix(A.adjacency() @ member + extra)
    strength = np.asarray(per_dept.sum(axis=1)).ravel()
    squares = np.asarray(per_dept.multiply(per_dept).sum(axis=1)).ravel()
    safe = np.where(strength > 0, strength, 1.0)
    return np.where(strength > 0, 1.0 - squares / safe**2, 0.0)


def standing(A: GraphArrays, affiliations: Affiliations) -> sp.csr_matrix:
    """People x departments: involvement plus the summed tie weight to each department's members.

    Belonging, writing for a department and working with its people all count, each in the unit
    of one document (round 2 of ``docs/bridges.md``; measured, not adopted in the score).

    Examples
    --------
    ``a`` (left) co-wrote one memo with ``b`` (right) and wrote one document for ``right``:

    >>> G = nx.Graph([("a", "b", {"weight": 1.0})])
    >>> nx.set_node_attributes(G, {"a": "left", "b": "right"}, "department")
    >>> A = graph_arrays(G)
    >>> standing(A, {"a": {"right": 1.0}}).toarray()[A.index["a"]].tolist()
    [1.0, 2.0]
    >>> dual_standing(A, {"a": {"right": 1.0}}, ties=True)[A.index["a"]].item()
    1.4142135623730951
    """
    inv, names = _involvement(A, affiliations)
    code = {d: c for c, d in enumerate(names)}
    rows = [i for i, d in enumerate(A.department) if d is not None]
    cols = [code[d] for d in A.department if d is not None]
    member = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=inv.shape)
    return sp.csr_matrix(inv + A.adjacency() @ member)


def dual_standing(A: GraphArrays, affiliations: Affiliations, *, ties: bool = False) -> Floats:
    """Geometric mean of a person's two largest department involvements (0 with fewer than two).

    High only for people with real standing in at least two departments, the position of
    someone who leads or carries work in both. With ``ties`` the standing of :func:`standing`
    (ties to a department's members count too) replaces involvement.
    """
    inv = standing(A, affiliations) if ties else _involvement(A, affiliations)[0]
    inv.eliminate_zeros()
    out = np.zeros(len(A.nodes))
    for i in np.flatnonzero(np.diff(inv.indptr) >= 2).tolist():
        top = np.sort(inv.data[inv.indptr[i]:inv.indptr[i + 1]])[-2:]
        out[i] = float(np.sqrt(top[0] * top[1]))
    return out


def gould_fernandez(A: GraphArrays, affiliations: Affiliations) -> Floats:
    """Weighted cross-department brokerage per person, see `cross_department_brokerage`."""
    n = len(A.nodes)
    inv, names = _involvement(A, affiliations)
    k = len(names)
    H = sp.csr_matrix(sp.bmat([[A.adjacency(), inv], [inv.T, None]], format="csr"))
    code = {d: c for c, d in enumerate(names)}
    # a person's group is the home department (k: none); a department node is its own group
    group = np.array([code[d] if d is not None else k for d in A.department] + list(range(k)),
                     dtype=np.int64)
    size = H.shape[0]
    by_group = H @ sp.csr_matrix((np.ones(size), (np.arange(size), group)), shape=(size, k + 1))
    strength = np.asarray(H.sum(axis=1)).ravel()
    same = np.asarray(by_group.multiply(by_group).sum(axis=1)).ravel()
    cross_pairs = (strength**2 - same) / 2.0  # sum of w_va w_vb over contacts in two groups
    Hc = H.tocoo()
    crosses = group[Hc.row] != group[Hc.col]
    X = sp.csr_matrix((np.ones(int(crosses.sum())), (Hc.row[crosses], Hc.col[crosses])),
                      shape=H.shape)
    closed = np.asarray(H.multiply(H @ X).sum(axis=1)).ravel() / 2.0  # such pairs tied directly
    return np.asarray(np.maximum(cross_pairs - closed, 0.0)[:n], dtype=np.float64)


def cross_department_brokerage(
    G: nx.Graph, affiliations: Affiliations | None = None
) -> dict[str, float]:
    """Return each person's weighted Gould-Fernandez brokerage between departments.

    Parameters
    ----------
    G : networkx.Graph
        Collaboration graph (node attribute ``department``, edge attribute ``weight``).
    affiliations : mapping, optional
        Person to department to weight, e.g. :func:`document_affiliations`.

    Returns
    -------
    dict
        Person id to ``sum w_va * w_vb`` over the unordered pairs of the person's contacts
        ``a, b`` that belong to different groups and are not tied to each other.

    Notes
    -----
    Contacts are taken in the two-mode graph of people and departments: ``G`` plus one node per
    department, tied to each person with their involvement in it (``MEMBERSHIP_WEIGHT`` for the
    home department plus the ``affiliations``). A person's group is their home department (all
    people without one share a group), a department node's group is itself. An open two-path
    ``a - v - b`` whose ends lie in different groups is one of Gould and Fernandez's
    representative, gatekeeper or liaison roles: ``v`` is the only link between two departments
    there. Products of tie weights make it Burt's strength-weighted form, so it grows with both
    the breadth and the volume of a person's work across departments; a coordinator (both ends
    in the person's own department) or an itinerant broker (both ends in one other department)
    scores nothing.

    All pairs are counted at once as ``(s_v^2 - sum_g s_vg^2) / 2`` from the strengths ``s_vg``
    into each group, minus the closed pairs ``(H (H X))_vv / 2`` where ``X`` marks the ties
    between groups: two sparse products, ``O(m + sum_v sum_{a in N(v)} x_a)`` for ``x_a`` the
    ties of ``a`` that cross groups.

    References
    ----------
    .. [1] R. V. Gould and R. M. Fernandez, "Structures of mediation: a formal approach to
       brokerage in transaction networks", Sociological Methodology 19:89-126, 1989.
       doi:10.2307/270949
    .. [2] S. P. Borgatti and M. G. Everett, "Network analysis of 2-mode data", Social
       Networks 19(3):243-269, 1997. doi:10.1016/S0378-8733(96)00301-2

    Examples
    --------
    ``m`` (board) is tied to ``a`` (left) and ``w`` (right), who are not tied:

    >>> G = nx.Graph([("a", "m"), ("m", "w")])
    >>> nx.set_node_attributes(G, {"a": "left", "m": "board", "w": "right"}, "department")
    >>> b = cross_department_brokerage(G)

    Pairs of ``m``'s contacts ``a``, ``w`` and the board node: all three in different groups and
    untied, three pairs of weight 1. ``a``: ``m`` and the left node, one pair.

    >>> b["m"], b["a"]
    (3.0, 1.0)
    """
    A = graph_arrays(G)
    values = gould_fernandez(A, affiliations or {})
    return {v: float(values[i]) for i, v in enumerate(A.nodes)}
