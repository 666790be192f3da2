"""Buddies for newcomers: one optimal assignment for everyone at once.

Affinity of a newcomer ``n`` and an eligible buddy ``b`` (all terms in [0, 1]):

``TOPIC_WEIGHT * cos(topics_n, topics_b)``
``+ DEPARTMENT_WEIGHT * [same department]`` (only with ``cross_department=False``)
``+ TENURE_WEIGHT * (1 - exp(-tenure / TENURE_SCALE_YEARS))``
``+ CONNECTED_WEIGHT * bridge_score``

A greedy match (best pair first) can take a buddy that a later newcomer needed
more; the assignment here maximises the summed affinity over all pairs.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment

from graph.reasons import Reason, ReasonCode

__all__ = [
    "CONNECTED_WEIGHT",
    "DEPARTMENT_WEIGHT",
    "TENURE_SCALE_YEARS",
    "TENURE_WEIGHT",
    "TOPIC_WEIGHT",
    "BuddyCandidate",
    "BuddyMatching",
    "BuddyPair",
    "Newcomer",
    "match_buddies",
]

TOPIC_WEIGHT = 0.5
"""Weight of the cosine similarity of topic profiles."""
DEPARTMENT_WEIGHT = 0.2
"""Bonus for a buddy in the newcomer's own department (``cross_department=False``)."""
TENURE_WEIGHT = 0.15
"""Weight of the saturating tenure term."""
TENURE_SCALE_YEARS = 5.0
"""Tenure term ``1 - exp(-years / scale)``: 0.63 after 5 years, 0.91 after 12."""
CONNECTED_WEIGHT = 0.15
"""Weight of the buddy's bridge score: a well-connected buddy opens more doors."""
_FORBIDDEN = -1e9


@dataclass(frozen=True, slots=True)
class Newcomer:
    """A new colleague and their topics (topic id to weight)."""

    id: str
    department: str | None
    title: str
    topics: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class BuddyCandidate:
    """A possible buddy: tenure, topics, bridge score in [0, 1], and ``opted_out``: never a
    buddy (the person's own ``buddy_opt_out``, or hidden; see ``api.network``)."""

    id: str
    department: str | None
    tenure_years: float
    topics: Mapping[str, float]
    bridge_score: float
    opted_out: bool = False


@dataclass(frozen=True, slots=True)
class BuddyPair:
    """A newcomer, their buddy, the affinity and why."""

    newcomer_id: str
    buddy_id: str
    score: float
    why: tuple[Reason, ...]

    @property
    def reasons(self) -> tuple[str, ...]:
        """The reasons as English sentences (``why`` holds them as data)."""
        return tuple(map(str, self.why))


@dataclass(frozen=True, slots=True)
class BuddyMatching:
    """The pairs, and the newcomers left without a buddy (no eligible one, or all taken)."""

    pairs: tuple[BuddyPair, ...]
    unmatched: tuple[str, ...]


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    dot = sum(w * b[t] for t, w in a.items() if t in b)
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return dot / (na * nb) if dot > 0 and na > 0 and nb > 0 else 0.0


def _affinity(n: Newcomer, b: BuddyCandidate, cross_department: bool | None) -> float:
    same = n.department is not None and n.department == b.department
    if cross_department is True and (same or n.department is None or b.department is None):
        return _FORBIDDEN
    score = TOPIC_WEIGHT * _cosine(n.topics, b.topics)
    if cross_department is False and same:
        score += DEPARTMENT_WEIGHT
    score += TENURE_WEIGHT * -math.expm1(-max(0.0, b.tenure_years) / TENURE_SCALE_YEARS)
    return score + CONNECTED_WEIGHT * min(1.0, max(0.0, b.bridge_score))


def _reasons(n: Newcomer, b: BuddyCandidate) -> tuple[Reason, ...]:
    shared = sorted(set(n.topics) & set(b.topics), key=lambda t: (-n.topics[t] * b.topics[t], t))
    out = []
    if shared:
        out.append(Reason(ReasonCode.SHARES_TOPICS, count=len(shared), items=tuple(shared)))
    out.append(Reason(ReasonCode.TENURE, count=int(b.tenure_years)))
    if n.department is not None and n.department == b.department:
        out.append(Reason(ReasonCode.SAME_DEPARTMENT))
    elif b.department is not None:
        out.append(Reason(ReasonCode.OTHER_DEPARTMENT, items=(b.department,)))
    if b.bridge_score >= 0.75:
        out.append(Reason(ReasonCode.WELL_CONNECTED, value=b.bridge_score))
    return tuple(out)


def match_buddies(
    newcomers: Sequence[Newcomer],
    candidates: Sequence[BuddyCandidate],
    *,
    capacity: int = 2,
    cross_department: bool | None = False,
    previous_pairs: Iterable[tuple[str, str]] = frozenset(),
    min_tenure_years: float = 1.0,
) -> BuddyMatching:
    """Give newcomers buddies, maximising the total affinity of all pairs.

    Parameters
    ----------
    newcomers : sequence of Newcomer
    candidates : sequence of BuddyCandidate
    capacity : int, optional
        Most newcomers one buddy takes on.
    cross_department : bool or None, optional
        ``False`` prefers a buddy from the newcomer's department, ``True``
        requires one from another department (both departments known),
        ``None`` has no preference.
    previous_pairs : iterable of (newcomer id, buddy id), optional
        Pairs that must not be made again: those accepted earlier
        (``GraphStore.pairings``) and any the caller adds.
    min_tenure_years : float, optional
        Buddies need at least this tenure.

    Returns
    -------
    BuddyMatching
        ``pairs`` sorted by newcomer id; ``unmatched`` the newcomers without a
        buddy, either because nobody is eligible for them or because every
        eligible buddy is at capacity with newcomers the optimum favours.

    Notes
    -----
    Opted-out candidates, candidates below ``min_tenure_years`` and candidates
    who are themselves newcomers are never buddies. Every candidate's column is
    repeated ``capacity`` times and ``linear_sum_assignment`` (Jonker-Volgenant)
    solves the assignment: the number of matched newcomers is maximal and,
    among such matchings, the summed affinity. ``O(N^2 M)`` for ``N`` newcomers
    and ``M = capacity * candidates`` columns.

    References
    ----------
    .. [1] D. F. Crouse, "On implementing 2D rectangular assignment algorithms",
       IEEE Trans. Aerospace and Electronic Systems 52(4):1679-1696, 2016.
       doi:10.1109/TAES.2016.140952

    Examples
    --------
    >>> ann = Newcomer("ann", "wmo", "beleidsmedewerker", {"wmo": 1.0})
    >>> bob = BuddyCandidate("bob", "wmo", 12.0, {"wmo": 0.8, "privacy": 0.4}, 0.5)
    >>> cas = BuddyCandidate("cas", "ict", 3.0, {"privacy": 1.0}, 0.9, opted_out=True)
    >>> result = match_buddies([ann], [bob, cas])
    >>> result.pairs[0].buddy_id, result.pairs[0].reasons, result.unmatched
    ('bob', ('shares 1 topic: wmo', '12 years in the organisation', 'same department'), ())
    """
    newcomer_ids = {n.id for n in newcomers}
    forbidden = set(previous_pairs)
    eligible = [
        b
        for b in candidates
        if not b.opted_out and b.id not in newcomer_ids and b.tenure_years >= min_tenure_years
    ]
    if not newcomers or not eligible or capacity < 1:
        return BuddyMatching((), tuple(sorted(newcomer_ids)))
    affinity = np.array(
        [
            [
                _FORBIDDEN if (n.id, b.id) in forbidden else _affinity(n, b, cross_department)
                for b in eligible
            ]
            for n in newcomers
        ]
    )
    # A forbidden pair costs more than all allowed affinities together, so the solver
    # first maximises how many newcomers get a buddy and then the total affinity.
    rows, cols = linear_sum_assignment(np.repeat(affinity, capacity, axis=1), maximize=True)
    pairs = []
    for i, j in zip(rows.tolist(), (cols // capacity).tolist(), strict=True):
        if affinity[i, j] > _FORBIDDEN / 2:
            n, b = newcomers[i], eligible[j]
            pairs.append(BuddyPair(n.id, b.id, float(affinity[i, j]), _reasons(n, b)))
    pairs.sort(key=lambda p: p.newcomer_id)
    matched = {p.newcomer_id for p in pairs}
    return BuddyMatching(tuple(pairs), tuple(sorted(newcomer_ids - matched)))
