"""Why the network and health analyses propose someone: reasons as data, not sentences.

Every proposal (an ambassador, a buddy, a person to route a question to, a keeper or learner in
a spreading plan) carries a tuple of :class:`Reason`. A reason is a stable ``code`` with its
numbers and the ids it names, so that the web page can say it in Dutch or English and other
tools can act on it; ``str(reason)`` is the English sentence the CLI prints and the API's
``reasons`` field returns.

>>> str(Reason(ReasonCode.SHARES_TOPICS, count=4, items=("wmo", "jeugd", "zorg", "ict")))
'shares 4 topics: wmo, jeugd, zorg, ...'
>>> str(Reason(ReasonCode.WORKS_WITH, items=("ann",),
...            via=Reason(ReasonCode.WROTE_ABOUT, value=0.5)))
'works with ann, who wrote about it (strength 0.50)'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["ITEM_KINDS", "Reason", "ReasonCode", "english"]


class ReasonCode(StrEnum):
    """What a reason says; the meaning of ``count``, ``value`` and ``items`` per code is in
    ``ENGLISH`` (and the web page's catalogue)."""

    # ambassadors (graph.diffusion)
    REACHES_DEPARTMENTS = "reaches_departments"  # count: other departments reached
    KNOWS_THE_TOPIC = "knows_the_topic"  # value: 0..1
    COVERS_DEPARTMENTS = "covers_departments"  # items: departments this member covers
    STRONG_BRIDGE = "strong_bridge"  # value: bridge score
    ADDS_REACH = "adds_reach"  # value: people added to the expected reach
    # buddies (graph.pairing)
    SHARES_TOPICS = "shares_topics"  # count, items: shared topics, strongest first
    TENURE = "tenure"  # count: whole years in the organisation
    SAME_DEPARTMENT = "same_department"
    OTHER_DEPARTMENT = "other_department"  # items: the buddy's department
    WELL_CONNECTED = "well_connected"  # value: bridge score
    # routing a question (graph.routing)
    KNOWS_TOPIC = "knows_topic"  # items: topic; count: taxonomy steps away; value: strength
    WROTE_ABOUT = "wrote_about"  # value: text-match strength
    WORKS_WITH = "works_with"  # items: colleague; via: the colleague's reason
    # spreading knowledge (graph.spreading)
    KEEPS = "keeps"  # value: strength
    KNOWS_SOME = "knows_some"  # value: strength
    KNOWS_RELATED = "knows_related"  # items: related topic
    WANTS_TO_LEARN = "wants_to_learn"
    LEARNS_FROM_TEAM = "learns_from_team"  # items: mentor
    LEARNS_FROM_OUTSIDE = "learns_from_outside"  # items: mentor
    LEARNS_FROM_SOURCES = "learns_from_sources"
    LOAD = "load"  # count: topics kept or learnt in the plan


ITEM_KINDS: dict[ReasonCode, str] = {
    ReasonCode.COVERS_DEPARTMENTS: "department", ReasonCode.OTHER_DEPARTMENT: "department",
    ReasonCode.SHARES_TOPICS: "topic", ReasonCode.KNOWS_TOPIC: "topic",
    ReasonCode.KNOWS_RELATED: "topic", ReasonCode.WORKS_WITH: "person",
    ReasonCode.LEARNS_FROM_TEAM: "person", ReasonCode.LEARNS_FROM_OUTSIDE: "person",
}
"""What the ids in ``Reason.items`` are, per code (codes without items are absent)."""


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason: a code, the numbers and ids it names, and for ``WORKS_WITH`` the colleague's
    own reason."""

    code: ReasonCode
    count: int | None = None
    value: float | None = None
    items: tuple[str, ...] = ()
    via: Reason | None = None

    def __str__(self) -> str:
        return english(self)


def _plural(n: int | None, word: str, words: str | None = None) -> str:
    return f"{n} {word if n == 1 else words or word + 's'}"


def _listed(items: tuple[str, ...], shown: int, more: Callable[[int], str]) -> str:
    extra = more(len(items) - shown) if len(items) > shown else ""
    return ", ".join(items[:shown]) + extra


def _first(r: Reason) -> str:
    return r.items[0] if r.items else "?"


ENGLISH: dict[ReasonCode, Callable[[Reason], str]] = {
    ReasonCode.REACHES_DEPARTMENTS: lambda r: f"reaches {_plural(r.count, 'other department')}",
    ReasonCode.KNOWS_THE_TOPIC: lambda r: f"knows the topic ({r.value or 0:.2f})",
    ReasonCode.COVERS_DEPARTMENTS:
        lambda r: f"covers {_listed(r.items, 3, lambda n: f' and {n} more')}",
    ReasonCode.STRONG_BRIDGE: lambda r: f"strong bridge between departments ({r.value or 0:.2f})",
    ReasonCode.ADDS_REACH: lambda r: (
        f"adds about {_plural(round(r.value or 0), 'person', 'people')} to the expected reach"),
    ReasonCode.SHARES_TOPICS: lambda r: (f"shares {_plural(r.count, 'topic')}: "
                                         f"{_listed(r.items, 3, lambda n: ', ...')}"),
    ReasonCode.TENURE: lambda r: f"{_plural(r.count, 'year')} in the organisation",
    ReasonCode.SAME_DEPARTMENT: lambda r: "same department",
    ReasonCode.OTHER_DEPARTMENT: lambda r: f"from another department ({_first(r)})",
    ReasonCode.WELL_CONNECTED: lambda r: f"well connected across departments ({r.value or 0:.2f})",
    ReasonCode.KNOWS_TOPIC: lambda r: (
        f"knows {_first(r)} ("
        + ("the topic itself" if not r.count else f"{_plural(r.count, 'step')} away")
        + f", strength {r.value or 0:.2f})"),
    ReasonCode.WROTE_ABOUT: lambda r: f"wrote about it (strength {r.value or 0:.2f})",
    ReasonCode.WORKS_WITH: lambda r: f"works with {_first(r)}, who {r.via or 'knows it'}",
    ReasonCode.KEEPS: lambda r: f"keeps it (strength {r.value or 0:.2f})",
    ReasonCode.KNOWS_SOME: lambda r: f"already knows some of it (strength {r.value or 0:.2f})",
    ReasonCode.KNOWS_RELATED: lambda r: f"knows the related topic {_first(r)}",
    ReasonCode.WANTS_TO_LEARN: lambda r: "wants to learn it",
    ReasonCode.LEARNS_FROM_TEAM: lambda r: f"learns from {_first(r)}, a keeper in the team",
    ReasonCode.LEARNS_FROM_OUTSIDE:
        lambda r: f"nobody in the team keeps it: learns from {_first(r)}",
    ReasonCode.LEARNS_FROM_SOURCES: lambda r: "nobody keeps it yet: learns from the sources",
    ReasonCode.LOAD: lambda r: f"keeps or learns {r.count} of these topics",
}


def english(reason: Reason) -> str:
    """The reason as an English sentence fragment.

    >>> english(Reason(ReasonCode.KNOWS_TOPIC, count=1, value=0.9, items=("wmo",)))
    'knows wmo (1 step away, strength 0.90)'
    >>> english(Reason(ReasonCode.COVERS_DEPARTMENTS, items=tuple("ABCDE")))
    'covers A, B, C and 2 more'
    """
    return ENGLISH[reason.code](reason)
