"""Missed searches: what people asked for and did not find, how often, and the trend.

An intranet team reads its search log for the questions that go unanswered ("twenty searches
this month for a topic nobody wrote about"). A question is *missed* when it found nobody, or
when the best-backed answer was weak: its ``top_score`` (the absolute evidence strength logged
by the service, see ``graph.results.evidence_strength``) is below ``weak``. Questions are grouped
by their normal form: folded (lower case, no accents), punctuation dropped, words in order,
spaces collapsed -- "Wmo?" and "wmo" are one question.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from graph.model import SearchLogEntry, fold

WEAK = 0.5  # below this strength an answer is weak: less than one document written alone
Period = Literal["day", "week", "month"]
_PUNCTUATION = re.compile(r"[^\w\s-]|(?<!\w)-|-(?!\w)")


@dataclass(frozen=True)
class PeriodCount:
    """Questions asked and missed in the period that starts on ``start``."""

    start: date
    asked: int
    missed: int


@dataclass(frozen=True)
class MissedSearch:
    """One (normalised) question that was missed at least ``min_missed`` times.

    ``wording`` is the most frequent way it was typed; ``trend`` covers every period of the
    report (zeros included); ``slope`` is the least-squares change in misses per period.
    """

    query: str
    wording: str
    asked: int
    missed: int
    last_asked: datetime
    topic_ids: tuple[str, ...]
    trend: tuple[PeriodCount, ...]
    slope: float


def normalise_query(text: str) -> str:
    """The form questions are grouped by.

    >>> normalise_query("  Wmo-aanvraag:  WAAR? "), normalise_query("Financiën - begroting")
    ('wmo-aanvraag waar', 'financien begroting')
    """
    return " ".join(_PUNCTUATION.sub(" ", fold(text)).split())


def period_start(when: date, period: Period) -> date:
    """The first day of the period (ISO week from Monday, calendar month) containing ``when``.

    >>> period_start(date(2026, 11, 26), "week"), period_start(date(2026, 11, 26), "month")
    (datetime.date(2026, 11, 23), datetime.date(2026, 11, 1))
    """
    if period == "day":
        return when
    if period == "week":
        return when - timedelta(days=when.weekday())
    return when.replace(day=1)


def periods(first: date, last: date, period: Period) -> list[date]:
    """Start dates of every period from the one containing ``first`` to ``last``'s."""
    out = [period_start(first, period)]
    end = period_start(last, period)
    while out[-1] < end:
        current = out[-1]
        if period == "month":
            out.append(date(current.year + current.month // 12, current.month % 12 + 1, 1))
        else:
            out.append(current + timedelta(days=1 if period == "day" else 7))
    return out


def missed_searches(entries: Iterable[SearchLogEntry], *, weak: float = WEAK,
                    min_missed: int = 2, period: Period = "month",
                    since: date | None = None, until: date | None = None
                    ) -> list[MissedSearch]:
    """Questions missed at least ``min_missed`` times, most missed first, with their trend.

    Parameters
    ----------
    entries : iterable of SearchLogEntry
        The search log.
    weak : float
        An answer whose ``top_score`` is below this is missed, as is one with no results.
    min_missed : int
        Report a question missed at least this often.
    period : {"day", "week", "month"}
        Length of a trend step.
    since, until : date, optional
        The report's window (default: from the first to the last entry); entries outside it
        are ignored, and the trend covers every period in it.

    Returns
    -------
    list of MissedSearch
        By misses (descending), then rising trend first, then the normalised question.

    Notes
    -----
    O(E + Q P) for E entries, Q questions and P periods.

    Examples
    --------
    >>> log = [SearchLogEntry(datetime(2026, 3, 2), "drones", 0, 0.0),
    ...        SearchLogEntry(datetime(2026, 4, 6), "Drones?", 0, 0.0),
    ...        SearchLogEntry(datetime(2026, 4, 7), "Wmo", 5, 0.9)]
    >>> [(m.query, m.missed, [(str(c.start), c.missed) for c in m.trend], m.slope)
    ...  for m in missed_searches(log)]
    [('drones', 2, [('2026-03-01', 1), ('2026-04-01', 1)], 0.0)]
    """
    kept = [e for e in entries if (since is None or e.at.date() >= since)
            and (until is None or e.at.date() <= until)]
    if not kept:
        return []
    steps = periods(since or min(e.at.date() for e in kept),
                    until or max(e.at.date() for e in kept), period)
    index = {start: i for i, start in enumerate(steps)}
    grouped: dict[str, list[SearchLogEntry]] = defaultdict(list)
    for e in kept:
        grouped[normalise_query(e.query)].append(e)
    out = []
    for query, group in grouped.items():
        missed = [e for e in group if e.results == 0 or e.top_score < weak]
        if not query or len(missed) < min_missed:
            continue
        asked_in, missed_in = [0] * len(steps), [0] * len(steps)
        for e in group:
            asked_in[index[period_start(e.at.date(), period)]] += 1
        for e in missed:
            missed_in[index[period_start(e.at.date(), period)]] += 1
        wording = Counter(" ".join(e.query.split()) for e in group).most_common(1)[0][0]
        topics = tuple(dict.fromkeys(t for e in group for t in e.topic_ids))
        out.append(MissedSearch(
            query, wording, len(group), len(missed), max(e.at for e in group), topics,
            tuple(PeriodCount(s, a, m) for s, a, m in zip(steps, asked_in, missed_in,
                                                          strict=True)),
            round(slope(missed_in), 6)))
    out.sort(key=lambda m: (-m.missed, -m.slope, m.query))
    return out


def slope(values: Sequence[float]) -> float:
    """Least-squares slope of ``values`` over 0, 1, 2, ...; 0 for fewer than two values.

    >>> slope([1, 3, 5]), slope([4])
    (2.0, 0.0)
    """
    n = len(values)
    if n < 2:
        return 0.0
    mean_x, mean_y = (n - 1) / 2, sum(values) / n
    num = sum((i - mean_x) * (v - mean_y) for i, v in enumerate(values))
    return num / sum((i - mean_x) ** 2 for i in range(n))
