"""Topic and claim evidence for who-knows, with the person's own feedback applied.

Part of the expert model in ``graph.ranking``: KNOWS scores of the query's topics and of their
taxonomy neighbours, saturated and decayed, and profile claims on the same topics. A topic the
person rejected counts for nothing; one they confirmed counts ``confirmed`` times.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from graph.expansion import TopicMatch
from graph.model import Claim, PersonClaim, PersonTopicScore, Verdict

if TYPE_CHECKING:
    from graph.ranking import RankingWeights

Verdicts = Mapping[tuple[str, str], Verdict]  # (person, topic) -> verdict


def topic_evidence(scores: Iterable[PersonTopicScore], matches: Sequence[TopicMatch],
                   verdicts: Verdicts, weights: RankingWeights, today: date
                   ) -> tuple[dict[str, float], defaultdict[str, set[str]],
                              dict[str, date | None]]:
    """Saturated, decayed KNOWS per person; which topics each person covers; last dates."""
    by_topic = {m.topic_id: m for m in matches}
    part: dict[str, float] = defaultdict(float)
    covered: defaultdict[str, set[str]] = defaultdict(set)
    last: dict[str, date | None] = {}
    for s in scores:
        verdict = verdicts.get((s.person_id, s.topic_id))
        match = by_topic.get(s.topic_id)
        if match is None or verdict is Verdict.REJECTED or s.score <= 0:
            continue
        boost = weights.confirmed if verdict is Verdict.CONFIRMED else 1.0
        fresh = decay(s.last_date, weights.half_life_days, weights.recency_floor, today)
        saturated = s.score / (s.score + weights.saturation)
        part[s.person_id] += match.weight * boost * fresh * saturated
        covered[s.person_id].update((s.topic_id, match.source or s.topic_id))
        last[s.person_id] = later(last.get(s.person_id), s.last_date)
    return part, covered, last


def claim_evidence(rows: Iterable[PersonClaim], matches: Sequence[TopicMatch],
                   verdicts: Verdicts, covered: dict[str, set[str]]
                   ) -> tuple[dict[str, float], dict[str, list[Claim]]]:
    """Claim values on an absolute 0..1 scale; claimed topics count as covered."""
    by_topic = {m.topic_id: m for m in matches}
    n_direct = sum(m.via == "query" for m in matches) or 1
    part: dict[str, float] = defaultdict(float)
    claims: dict[str, list[Claim]] = defaultdict(list)
    for row in rows:
        c, match = row.claim, by_topic.get(row.claim.topic_id)
        if match is None or verdicts.get((row.person_id, c.topic_id)) is Verdict.REJECTED:
            continue
        value = 0.1 if c.wants_to_learn and c.level is None else (c.level or 3) / 5
        value = min(1.0, value + 0.2 * (c.ask_me_about or c.able_to_mentor))
        part[row.person_id] = min(1.0, part[row.person_id] + match.weight * value / n_direct)
        claims[row.person_id].append(c)
        covered[row.person_id].update((c.topic_id, match.source or c.topic_id))
    return part, claims


def decay(when: date | None, half_life: float, floor: float, today: date) -> float:
    """``floor + (1 - floor) 2^(-age / half_life)``; an unknown date counts as two half-lives."""
    age = float((today - when).days) if when else 2 * half_life
    return floor + (1 - floor) * math.pow(0.5, max(age, 0.0) / half_life)


def later(a: date | None, b: date | None) -> date | None:
    """The later of two dates, either of which may be unknown."""
    return b if a is None or (b is not None and b > a) else a
