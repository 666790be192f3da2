"""Knowledge health: who holds which topic, and which topics hang on one person.

Pure functions over what a store returns. A person's *hold* on a topic is a strength in [0, 1]:

``max(boost * s / (s + saturation), claim)``

with ``s`` the derived KNOWS score (evidence from the documents they wrote), ``boost`` 1.5 for a
topic they confirmed (capped at 1) and ``claim`` the value of a profile claim: ``level / 5``
(``UNSTATED_LEVEL`` when the level is not given), plus 0.2 for "ask me about" or "able to
mentor". A claim that only says "wants to learn" holds nothing. A confirmed topic holds at least
``UNSTATED_LEVEL``: the person said it is theirs. A rejected topic holds nothing, and for a person
whose documents may not count (``graph.policy``) only confirmed topics and claims hold.

A *keeper* of a topic holds it at ``threshold`` or more (default 0.6: a KNOWS score of 3, about
three documents about it, or a claim at level 3). The bus factor of a topic is its number of
keepers [1]_; the report lists topics with at most one, weighted by *demand*: how often the
topic was asked for in the search log.

References
----------
.. [1] G. Avelino, L. Passos, A. Hora and M. T. Valente, "A novel approach for estimating truck
   factors", ICPC 2016, doi:10.1109/ICPC.2016.7503718.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from graph.model import (
    Claim,
    Person,
    PersonClaim,
    PersonTopicScore,
    SearchLogEntry,
    TopicFeedback,
    Verdict,
)

KEEPER_THRESHOLD = 0.6
SATURATION = 2.0  # KNOWS score that holds a topic half-way (as in the network analyses)
CONFIRMED_BOOST = 1.5
UNSTATED_LEVEL = 0.6  # a claim without a level, or a confirmed topic, holds at least this
ENGAGED = 0.5  # a department works on a topic when a member holds it at this share of threshold

Holdings = Mapping[str, Mapping[str, "Holding"]]  # person -> topic -> holding


@dataclass(frozen=True)
class Holding:
    """One person's hold on one topic.

    ``documented`` is True when document evidence counts for it, ``last_date`` the date of the
    newest such document (None: claim only, or undated documents); ``claimed`` and
    ``wants_to_learn`` come from the profile.
    """

    person_id: str
    topic_id: str
    strength: float
    last_date: date | None = None
    documented: bool = False
    claimed: bool = False
    wants_to_learn: bool = False


@dataclass(frozen=True)
class TopicRisk:
    """A topic with few keepers: who keeps it, who could step up, how much it is asked for.

    ``priority`` is ``(1 + demand) / 2`` for one keeper and ``demand`` for none (knowledge that
    nobody asks for and nobody has is no risk). ``department_id`` is set in the per-department
    report, where keepers and backups are members of that department (or below it).
    """

    topic_id: str
    keepers: tuple[str, ...]
    backups: tuple[str, ...]  # below the threshold but engaged, strongest first (at most 3)
    demand: int
    priority: float
    department_id: str | None = None


@dataclass(frozen=True)
class DepartureImpact:
    """What leaving would cost: topics only this person keeps, and topics left with one."""

    person_id: str
    uncovered: tuple[str, ...]
    thinned: tuple[str, ...]
    demand: int  # searches for the uncovered topics
    weight: float  # ``sum(1 + demand)`` over the uncovered topics


def claim_strength(claim: Claim) -> float:
    """How much a profile claim holds a topic (0 for a wish to learn only).

    >>> claim_strength(Claim("wmo", 4, ask_me_about=True)), claim_strength(Claim("wmo"))
    (1.0, 0.6)
    >>> claim_strength(Claim("wmo", wants_to_learn=True))
    0.0
    """
    if claim.level is None and claim.wants_to_learn:
        return 0.0
    value = UNSTATED_LEVEL if claim.level is None else claim.level / 5
    return round(min(1.0, value + 0.2 * (claim.ask_me_about or claim.able_to_mentor)), 6)


def holdings(scores: Iterable[PersonTopicScore], claims: Iterable[PersonClaim],
             feedback: Iterable[TopicFeedback], people: Mapping[str, Person],
             infers: Callable[[Person], bool] = lambda p: p.infer_topics, *,
             saturation: float = SATURATION) -> dict[str, dict[str, Holding]]:
    """Every person's hold on every topic they have evidence or a claim for.

    Parameters
    ----------
    scores : iterable of PersonTopicScore
        Derived KNOWS rows.
    claims : iterable of PersonClaim
        Profile claims.
    feedback : iterable of TopicFeedback
        Confirmed and rejected topics.
    people : mapping
        The people who count, by id; rows of anyone else are left out (pass only visible
        people to keep hidden people out of every report).
    infers : callable
        Whether a person's documents count (``ScopePolicies.infers``).
    saturation : float
        KNOWS score that holds a topic half-way.

    Returns
    -------
    dict
        Person id to topic id to ``Holding``; holdings of strength 0 are left out unless the
        person wants to learn the topic.

    Notes
    -----
    O(rows).
    """
    verdicts = {(f.person_id, f.topic_id): f.verdict for f in feedback}
    allowed = {pid: infers(p) for pid, p in people.items()}
    strength: dict[tuple[str, str], float] = defaultdict(float)
    last: dict[tuple[str, str], date | None] = {}
    claimed: set[tuple[str, str]] = set()
    learning: set[tuple[str, str]] = set()
    for s in scores:
        key = (s.person_id, s.topic_id)
        verdict = verdicts.get(key)
        if s.person_id not in allowed or verdict is Verdict.REJECTED or s.score <= 0 or (
                not allowed[s.person_id] and verdict is not Verdict.CONFIRMED):
            continue
        boost = CONFIRMED_BOOST if verdict is Verdict.CONFIRMED else 1.0
        held = min(1.0, boost * s.score / (s.score + saturation))
        if verdict is Verdict.CONFIRMED:
            held = max(held, UNSTATED_LEVEL)
        strength[key] = max(strength[key], held)
        last[key] = s.last_date
    for row in claims:
        key = (row.person_id, row.claim.topic_id)
        if row.person_id not in allowed or verdicts.get(key) is Verdict.REJECTED:
            continue
        strength[key] = max(strength[key], claim_strength(row.claim))
        claimed.add(key)
        if row.claim.wants_to_learn:
            learning.add(key)
    out: dict[str, dict[str, Holding]] = defaultdict(dict)
    for (pid, tid), value in strength.items():
        if value > 0 or (pid, tid) in learning:
            out[pid][tid] = Holding(pid, tid, round(value, 6), last.get((pid, tid)),
                                    (pid, tid) in last, (pid, tid) in claimed,
                                    (pid, tid) in learning)
    return dict(out)


def topic_demand(searches: Iterable[SearchLogEntry]) -> Counter[str]:
    """How often each topic was asked for (a question naming two topics counts for both).

    >>> from datetime import datetime
    >>> log = [SearchLogEntry(datetime(2026, 1, 1), "Wmo en AVG", 3, 0.9, ("wmo", "avg")),
    ...        SearchLogEntry(datetime(2026, 1, 2), "Wmo", 3, 0.9, ("wmo",))]
    >>> sorted(topic_demand(log).items())
    [('avg', 1), ('wmo', 2)]
    """
    return Counter(t for entry in searches for t in dict.fromkeys(entry.topic_ids))


def by_topic(held: Holdings) -> dict[str, list[Holding]]:
    """The same holdings per topic, strongest first (ties by person id)."""
    out: dict[str, list[Holding]] = defaultdict(list)
    for topics in held.values():
        for h in topics.values():
            out[h.topic_id].append(h)
    for rows in out.values():
        rows.sort(key=lambda h: (-h.strength, h.person_id))
    return dict(out)


def bus_factor(held: Holdings, demand: Mapping[str, int], *,
               threshold: float = KEEPER_THRESHOLD, topics: Collection[str] | None = None,
               gaps: bool = True, department_id: str | None = None) -> list[TopicRisk]:
    """Topics with zero or one keeper, most urgent first.

    Parameters
    ----------
    held : mapping
        Holdings (see ``holdings``) of the people considered: everyone, or one department.
    demand : mapping
        Searches per topic (``topic_demand``).
    threshold : float
        Strength from which a person keeps a topic.
    topics : collection of str, optional
        Only these topics (default: every topic someone holds, plus asked-for ones).
    gaps : bool
        Also list asked-for topics that nobody here holds at all. Off for a department: the
        searches were not necessarily meant for it.
    department_id : str, optional
        Copied into the results (the per-department report).

    Returns
    -------
    list of TopicRisk
        By priority (descending), then fewer backups, then topic id. A topic with no keeper
        is listed only when it was asked for (and, without ``gaps``, someone here is engaged
        in it: holds it at ``ENGAGED * threshold`` or more).

    Notes
    -----
    O(H + T log T) for H holdings and T topics.
    """
    per_topic = by_topic(held)
    wanted = set(topics) if topics is not None else {*per_topic, *(t for t, n in demand.items()
                                                                   if n > 0)}
    out = []
    for tid in wanted:
        rows = per_topic.get(tid, [])
        keepers = tuple(h.person_id for h in rows if h.strength >= threshold)
        backups = tuple(h.person_id for h in rows
                        if ENGAGED * threshold <= h.strength < threshold)[:3]
        asked = demand.get(tid, 0)
        if len(keepers) > 1 or (not keepers and (asked == 0 or not (gaps or backups))):
            continue
        priority = (1 + asked) / 2 if keepers else float(asked)
        out.append(TopicRisk(tid, keepers, backups, asked, priority, department_id))
    out.sort(key=lambda r: (-r.priority, len(r.backups), r.topic_id))
    return out


def department_bus_factor(held: Holdings, members: Mapping[str, Collection[str]],
                          demand: Mapping[str, int], *,
                          threshold: float = KEEPER_THRESHOLD) -> list[TopicRisk]:
    """``bus_factor`` inside each department: its members' holdings only, no gaps.

    Parameters
    ----------
    held : mapping
        Holdings of everyone considered.
    members : mapping
        Department id to the ids of its people (with its sub-departments', if wanted).
    demand, threshold
        As in ``bus_factor``.

    Returns
    -------
    list of TopicRisk
        By department id, then as in ``bus_factor``.

    Notes
    -----
    O(sum over departments of their members' holdings).
    """
    out: list[TopicRisk] = []
    for dept in sorted(members):
        mine = {pid: held[pid] for pid in members[dept] if pid in held}
        out += bus_factor(mine, demand, threshold=threshold, gaps=False, department_id=dept)
    return out


def departure_impact(held: Holdings, demand: Mapping[str, int], *,
                     threshold: float = KEEPER_THRESHOLD) -> list[DepartureImpact]:
    """People whose departure would leave topics without a keeper, most costly first.

    Parameters
    ----------
    held : mapping
        Holdings of everyone considered.
    demand : mapping
        Searches per topic.
    threshold : float
        Strength from which a person keeps a topic.

    Returns
    -------
    list of DepartureImpact
        Everyone who is the only keeper of a topic, or one of two, by ``weight`` (the
        demand-weighted number of topics only they keep), then the number of topics they
        share with one other keeper, then id.

    Notes
    -----
    O(H log H) for H holdings.

    Examples
    --------
    >>> held = {"ann": {"wmo": Holding("ann", "wmo", 0.9), "avg": Holding("ann", "avg", 0.7)},
    ...         "bob": {"avg": Holding("bob", "avg", 0.8)}}
    >>> [(d.person_id, d.uncovered, d.thinned) for d in departure_impact(held, {"wmo": 3})]
    [('ann', ('wmo',), ('avg',)), ('bob', (), ('avg',))]
    """
    uncovered: dict[str, list[str]] = defaultdict(list)
    thinned: dict[str, list[str]] = defaultdict(list)
    for tid, rows in sorted(by_topic(held).items()):
        keepers = [h.person_id for h in rows if h.strength >= threshold]
        if len(keepers) == 1:
            uncovered[keepers[0]].append(tid)
        elif len(keepers) == 2:
            for pid in keepers:
                thinned[pid].append(tid)
    out = [DepartureImpact(pid, tuple(uncovered[pid]), tuple(thinned[pid]),
                           sum(demand.get(t, 0) for t in uncovered[pid]),
                           float(sum(1 + demand.get(t, 0) for t in uncovered[pid])))
           for pid in {*uncovered, *thinned}]
    out.sort(key=lambda d: (-d.weight, -len(d.thinned), d.person_id))
    return out
