"""Stale expertise: topics nobody has written about lately, and profiles that promise old news.

Evidence is what people wrote: the date of a person's newest document mentioning a topic (the
``last_date`` of their KNOWS row). A claim on a profile is not evidence of being current --
profiles go stale, which is what the second report is for.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from graph.health import Holdings, by_topic
from graph.model import Claim, Topic

STALE_DAYS = 730  # two years without a document about it


@dataclass(frozen=True)
class StaleTopic:
    """A topic whose newest evidence, over everyone, is older than the cut-off.

    ``last_date`` None: only undated documents. ``holders`` are the people with document
    evidence, newest evidence first.
    """

    topic_id: str
    last_date: date | None
    holders: tuple[str, ...]
    demand: int


@dataclass(frozen=True)
class StaleClaim:
    topic_id: str
    last_date: date | None  # the person's newest evidence on it (or a narrower topic); None: none


@dataclass(frozen=True)
class StalePerson:
    """A person with listed topics (profile claims) that have no recent evidence."""

    person_id: str
    stale: tuple[StaleClaim, ...]
    listed: int  # topics listed on the profile


def stale_topics(held: Holdings, today: date, *, days: int = STALE_DAYS,
                 demand: Mapping[str, int] | None = None) -> list[StaleTopic]:
    """Topics with document evidence whose newest piece is more than ``days`` old.

    Parameters
    ----------
    held : mapping
        Holdings (``graph.health.holdings``); only those with document evidence count.
    today : date
        Reference date.
    days : int
        Evidence older than this is stale.
    demand : mapping, optional
        Searches per topic.

    Returns
    -------
    list of StaleTopic
        Most asked for first, then oldest first (undated before dated), then topic id. Topics
        known only from claims are not listed: they have no evidence to age.

    Notes
    -----
    O(H log H) for H holdings.

    Examples
    --------
    >>> from graph.health import Holding
    >>> held = {"ann": {"wmo": Holding("ann", "wmo", 0.7, date(2020, 5, 1), True)},
    ...         "bob": {"wmo": Holding("bob", "wmo", 0.4, date(2021, 1, 1), True),
    ...                 "avg": Holding("bob", "avg", 0.8, date(2025, 1, 1), True)}}
    >>> [(s.topic_id, str(s.last_date), s.holders)
    ...  for s in stale_topics(held, date(2025, 6, 1))]
    [('wmo', '2021-01-01', ('bob', 'ann'))]
    """
    cutoff = today - timedelta(days=days)
    demand = demand or {}
    out = []
    for tid, rows in by_topic(held).items():
        evidenced = [h for h in rows if h.documented]
        if not evidenced:
            continue
        dates = [h.last_date for h in evidenced if h.last_date is not None]
        newest = max(dates) if dates else None
        if newest is None or newest < cutoff:
            evidenced.sort(key=lambda h: (-(h.last_date or date.min).toordinal(), h.person_id))
            out.append(StaleTopic(tid, newest, tuple(h.person_id for h in evidenced),
                                  demand.get(tid, 0)))
    out.sort(key=lambda s: (-s.demand, (s.last_date or date.min).toordinal(), s.topic_id))
    return out


def stale_people(claims: Mapping[str, Sequence[Claim]],
                 evidence: Mapping[str, Mapping[str, date | None]], today: date, *,
                 days: int = STALE_DAYS, narrower: Mapping[str, Collection[str]] | None = None
                 ) -> list[StalePerson]:
    """People whose listed topics have no evidence newer than ``days``.

    Parameters
    ----------
    claims : mapping
        Person id to their profile claims; a claim that only says "wants to learn" lists
        nothing.
    evidence : mapping
        Person id to topic id to the date of their newest document about it.
    today : date
        Reference date.
    days : int
        Evidence older than this is stale.
    narrower : mapping, optional
        Topic id to its narrower topics: writing about cloud computing is evidence for a
        claim on ICT.

    Returns
    -------
    list of StalePerson
        Only people with at least one stale claim; most stale claims first, then the larger
        stale share, then id. Within a person, claims without any evidence first.

    Notes
    -----
    O(C * n) for C claims and n narrower topics per topic.

    Examples
    --------
    >>> out = stale_people({"ann": [Claim("wmo", 4), Claim("avg", 3)]},
    ...                    {"ann": {"wmo": date(2025, 1, 1)}}, date(2025, 6, 1))
    >>> [(p.person_id, [c.topic_id for c in p.stale], p.listed) for p in out]
    [('ann', ['avg'], 2)]
    """
    cutoff = today - timedelta(days=days)
    narrower = narrower or {}
    out = []
    for pid, listed in claims.items():
        mine = evidence.get(pid, {})
        topics = [c.topic_id for c in listed if c.level is not None or not c.wants_to_learn]
        stale = []
        for tid in dict.fromkeys(topics):
            dates = [d for t in (tid, *narrower.get(tid, ())) if (d := mine.get(t)) is not None]
            newest = max(dates) if dates else None
            if newest is None or newest < cutoff:
                stale.append(StaleClaim(tid, newest))
        if stale:
            stale.sort(key=lambda c: ((c.last_date or date.min).toordinal(), c.topic_id))
            out.append(StalePerson(pid, tuple(stale), len(set(topics))))
    out.sort(key=lambda p: (-len(p.stale), -len(p.stale) / p.listed, p.person_id))
    return out


def narrower_topics(topics: Mapping[str, Topic]) -> dict[str, set[str]]:
    """Topic id to the ids of the topics directly below it."""
    out: dict[str, set[str]] = {}
    for topic in topics.values():
        for parent in topic.broader:
            out.setdefault(parent, set()).add(topic.id)
    return out
