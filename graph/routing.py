"""Who could answer a question nobody answered: the nearest experts by topic and by network.

A missed question is missed because nobody holds its topic well. The people most likely able to
answer it, or to write the missing page, are those who hold a *related* topic -- one reached
through the taxonomy's broader/narrower links (siblings are two steps away) -- and, one step
further, their close colleagues, who can ask them. For person ``p``:

``topic(p) = max_u decay ** hops(u) * strength(p, u)``

over topics ``u`` within ``max_hops`` of the question's topics (``hops`` 0 for the topic itself),
and

``route(p) = max(topic(p), text(p), network * max_q tie(p, q) * max(topic(q), text(q)))``

with ``tie = w / (w + 1)`` for the collaboration weight ``w`` (real ties only: a shared-topic tie
is no one to ask) and ``text`` the strength of whatever the question's words found in what ``p``
wrote (weak, or it would not be missed, but the nearest there is). This is one step of spreading
activation over the taxonomy and the collaboration graph [1]_.

References
----------
.. [1] F. Crestani, "Application of spreading activation techniques in information retrieval",
   Artificial Intelligence Review 11 (1997) 453-482, doi:10.1023/A:1006569829653.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

import networkx as nx  # type: ignore[import-untyped,unused-ignore]

from graph.health import Holdings
from graph.model import Topic
from graph.reasons import Reason, ReasonCode

DECAY = 0.5
MAX_HOPS = 2
NETWORK = 0.5


@dataclass(frozen=True)
class Route:
    """A person to route a question to, how strongly, and why."""

    person_id: str
    score: float
    why: tuple[Reason, ...]

    @property
    def reasons(self) -> tuple[str, ...]:
        """The reasons as English sentences (``why`` holds them as data)."""
        return tuple(map(str, self.why))


def related_topics(topic_ids: Sequence[str], topics: Mapping[str, Topic],
                   max_hops: int = MAX_HOPS) -> dict[str, int]:
    """Topics within ``max_hops`` broader/narrower steps of the question's, with their hops.

    >>> tax = {"ict": Topic("ict", "ICT", "ICT"),
    ...        "cloud": Topic("cloud", "cloud", "cloud", broader=("ict",)),
    ...        "saas": Topic("saas", "SaaS", "SaaS", broader=("ict",))}
    >>> sorted(related_topics(["cloud"], tax).items())
    [('cloud', 0), ('ict', 1), ('saas', 2)]
    """
    links: dict[str, set[str]] = {}
    for topic in topics.values():
        for parent in topic.broader:
            links.setdefault(topic.id, set()).add(parent)
            links.setdefault(parent, set()).add(topic.id)
    hops = {t: 0 for t in topic_ids}
    queue = deque(topic_ids)
    while queue:
        current = queue.popleft()
        if hops[current] >= max_hops:
            continue
        for nxt in sorted(links.get(current, ())):
            if nxt not in hops:
                hops[nxt] = hops[current] + 1
                queue.append(nxt)
    return hops


def route_question(topic_ids: Sequence[str], topics: Mapping[str, Topic], held: Holdings,
                   graph: nx.Graph | None = None, *, text: Mapping[str, float] | None = None,
                   eligible: Collection[str] | None = None, first: int = 3,
                   decay: float = DECAY, max_hops: int = MAX_HOPS,
                   network: float = NETWORK) -> list[Route]:
    """The ``first`` people most likely able to answer a question on ``topic_ids``.

    Parameters
    ----------
    topic_ids : sequence of str
        The question's topics (may be empty: then only ``text`` and the network count).
    topics : mapping
        The taxonomy, by id.
    held : mapping
        Holdings (``graph.health.holdings``) of the people who may be asked.
    graph : networkx.Graph, optional
        The collaboration graph (``graph.collaboration``); without it, no network step.
    text : mapping, optional
        Person id to the strength of what the question's words found in their documents.
    eligible : collection of str, optional
        Who may be proposed (default: everyone in ``held``, ``text`` or ``graph``).
    first : int
        How many people.
    decay, max_hops, network : float, int, float
        Weight per taxonomy step, how far to look, weight of a colleague's expertise.

    Returns
    -------
    list of Route
        Best first (ties by id), people with a positive score only; each with its reasons.

    Notes
    -----
    O(T + H + E) for T topics, H holdings and E ties in the graph.
    """
    hops = related_topics(topic_ids, topics, max_hops)
    direct: dict[str, tuple[float, Reason]] = {}
    for pid, mine in held.items():
        for tid, h in mine.items():
            if tid in hops and (value := decay ** hops[tid] * h.strength) > _value(direct, pid):
                direct[pid] = (value, Reason(ReasonCode.KNOWS_TOPIC, count=hops[tid],
                                             value=h.strength, items=(tid,)))
    for pid, value in (text or {}).items():
        if value > _value(direct, pid):
            direct[pid] = (value, Reason(ReasonCode.WROTE_ABOUT, value=value))
    best: dict[str, tuple[float, Reason]] = dict(direct)
    for pid, (value, why) in direct.items():
        if graph is None or pid not in graph:
            continue
        for other, tie in graph[pid].items():
            if set(tie.get("kinds", ())) <= {"topic"}:
                continue
            weight = float(tie.get("weight", 1.0))
            via = network * weight / (weight + 1) * value
            if via > _value(best, other):
                best[other] = (via, Reason(ReasonCode.WORKS_WITH, items=(pid,), via=why))
    allowed = set(eligible) if eligible is not None else None
    ranked = sorted(((v, pid, why) for pid, (v, why) in best.items()
                     if v > 0 and (allowed is None or pid in allowed)),
                    key=lambda r: (-r[0], r[1]))
    return [Route(pid, round(v, 4), (why,)) for v, pid, why in ranked[:first]]


def _value(found: Mapping[str, tuple[float, Reason]], person_id: str) -> float:
    return found[person_id][0] if person_id in found else 0.0
