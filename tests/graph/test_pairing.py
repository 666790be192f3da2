"""Known answers for buddy matching: the global optimum, capacities and exclusions."""

from __future__ import annotations

import math

import pytest

from graph.pairing import (
    TENURE_SCALE_YEARS,
    TENURE_WEIGHT,
    TOPIC_WEIGHT,
    BuddyCandidate,
    BuddyPair,
    Newcomer,
    match_buddies,
)
from graph.reasons import Reason, ReasonCode

TEN_YEARS = TENURE_WEIGHT * (1 - math.exp(-10 / TENURE_SCALE_YEARS))  # 0.15 * 0.8647 = 0.1297


def newcomer(id: str, topics: dict[str, float], department: str = "wmo") -> Newcomer:
    return Newcomer(id, department, "beleidsmedewerker", topics)


def buddy(id: str, topics: dict[str, float], department: str = "wmo", tenure: float = 10.0,
          bridge: float = 0.0, opted_out: bool = False) -> BuddyCandidate:
    return BuddyCandidate(id, department, tenure, topics, bridge, opted_out)


def buddies_of(pairs: tuple[BuddyPair, ...]) -> dict[str, str]:
    return {p.newcomer_id: p.buddy_id for p in pairs}


def test_optimum_beats_greedy() -> None:
    # Topic vectors over (wmo, jeugd): n1 = (1, 0.5), n2 = (0, 1), b1 = (1, 1), b2 = (1, 0).
    # cos(n1, b1) = 1.5 / (sqrt(1.25) sqrt(2)) = 3 / sqrt(10) = 0.9487
    # cos(n1, b2) = 1 / sqrt(1.25)             = 2 / sqrt(5)  = 0.8944
    # cos(n2, b1) = 1 / sqrt(2)                               = 0.7071
    # cos(n2, b2) = 0
    # Greedy takes the best pair n1-b1 first and leaves n2 with b2: topic sum 0.9487.
    # The optimum n1-b2, n2-b1 has topic sum 1.6015. Every pair adds the same tenure
    # term 0.1297 (10 years) and nothing else (no department preference, bridge score 0):
    # optimum 0.5 * 1.6015 + 2 * 0.1297 = 1.060166, greedy 0.5 * 0.9487 + 2 * 0.1297 = 0.7338.
    n1, n2 = newcomer("n1", {"wmo": 1.0, "jeugd": 0.5}), newcomer("n2", {"jeugd": 1.0})
    b1, b2 = buddy("b1", {"wmo": 1.0, "jeugd": 1.0}), buddy("b2", {"wmo": 1.0})
    result = match_buddies([n1, n2], [b1, b2], capacity=1, cross_department=None)
    assert buddies_of(result.pairs) == {"n1": "b2", "n2": "b1"}
    scores = {p.newcomer_id: p.score for p in result.pairs}
    assert scores["n1"] == pytest.approx(TOPIC_WEIGHT * 2 / math.sqrt(5) + TEN_YEARS)
    assert scores["n2"] == pytest.approx(TOPIC_WEIGHT / math.sqrt(2) + TEN_YEARS)
    greedy_total = TOPIC_WEIGHT * 3 / math.sqrt(10) + 2 * TEN_YEARS  # 0.7338
    assert sum(scores.values()) == pytest.approx(1.060166, abs=1e-6)
    assert sum(scores.values()) > greedy_total


def test_capacity_is_respected() -> None:
    star = buddy("star", {"wmo": 1.0}, bridge=1.0)
    plain = buddy("plain", {"privacy": 1.0}, tenure=2.0)
    newcomers = [newcomer(f"n{i}", {"wmo": 1.0}) for i in range(3)]
    result = match_buddies(newcomers, [star, plain], capacity=2)
    assert list(buddies_of(result.pairs).values()).count("star") == 2
    assert len(result.pairs) == 3 and result.unmatched == ()
    tight = match_buddies(newcomers, [star], capacity=2)
    assert len(tight.pairs) == 2 and len(tight.unmatched) == 1


def test_previous_pairs_opt_outs_tenure_and_newcomers_are_excluded() -> None:
    n1, n2 = newcomer("n1", {"wmo": 1.0}), newcomer("n2", {"wmo": 1.0})
    candidates = [
        buddy("old-friend", {"wmo": 1.0}),
        buddy("busy", {"wmo": 1.0}, opted_out=True),
        buddy("junior", {"wmo": 1.0}, tenure=0.5),
        buddy("n2", {"wmo": 1.0}),  # n2 is a newcomer too
        buddy("fine", {"privacy": 1.0}),
    ]
    result = match_buddies([n1, n2], candidates, capacity=1,
                           previous_pairs=frozenset({("n1", "old-friend")}))
    paired = buddies_of(result.pairs)
    assert paired["n1"] == "fine"
    assert paired["n2"] == "old-friend"
    assert not {"busy", "junior", "n2"} & set(paired.values())


def test_newcomer_without_eligible_buddy_is_reported() -> None:
    n1 = newcomer("n1", {"wmo": 1.0})
    lonely = newcomer("lonely", {"wmo": 1.0})
    result = match_buddies([n1, lonely], [buddy("b", {"wmo": 1.0})], capacity=5,
                           previous_pairs={("lonely", "b")})
    assert buddies_of(result.pairs) == {"n1": "b"}
    assert result.unmatched == ("lonely",)
    assert match_buddies([n1], []).unmatched == ("n1",)


def test_department_preferences() -> None:
    n = newcomer("n", {"wmo": 1.0}, department="wmo")
    same = buddy("same", {"wmo": 1.0}, department="wmo")
    other = buddy("other", {"wmo": 1.0}, department="ict", tenure=11.0)
    # Same department: +0.2, against a tenure edge of 0.15 (e^-2 - e^-2.2) = 0.0027.
    assert buddies_of(match_buddies([n], [same, other]).pairs) == {"n": "same"}
    assert buddies_of(match_buddies([n], [same, other], cross_department=None).pairs) == {
        "n": "other"}
    required = match_buddies([n], [same], cross_department=True)
    assert required.pairs == () and required.unmatched == ("n",)


def test_reasons() -> None:
    n = newcomer("n", {"Wmo": 1.0, "mantelzorg": 0.8, "privacy": 0.5, "jeugd": 0.1})
    b = buddy("b", {"Wmo": 1.0, "mantelzorg": 0.9, "privacy": 0.4}, tenure=12.3, bridge=0.8)
    (pair,) = match_buddies([n], [b]).pairs
    assert pair.reasons == (
        "shares 3 topics: Wmo, mantelzorg, privacy",
        "12 years in the organisation",
        "same department",
        "well connected across departments (0.80)",
    )
    assert pair.why == (  # the same reasons as data, for a page to say in its own language
        Reason(ReasonCode.SHARES_TOPICS, count=3, items=("Wmo", "mantelzorg", "privacy")),
        Reason(ReasonCode.TENURE, count=12),
        Reason(ReasonCode.SAME_DEPARTMENT),
        Reason(ReasonCode.WELL_CONNECTED, value=0.8),
    )
