"""Curating discovered topics: list them with their use, promote them, or drop them.

Plain functions over a ``GraphStore``, shared by the CLI (``wieweet topics ...``) and any API.

* Promoting turns a discovered topic into a curated one under the same id (its mentions stay),
  optionally with an English label, aliases and broader topics.
* Dropping removes the topic with its mentions, claims and derived scores, and keeps a
  ``DROPPED`` tombstone under the same id, so that discovery does not propose it again on the
  next ingest. Dropping a curated topic is refused: change the taxonomy file instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from graph.errors import InputProblem, InvalidInputError, NotFoundError
from graph.model import Batch, Topic, TopicStatus
from graph.store import GraphStore


@dataclass(frozen=True)
class TopicUse:
    """A topic with how widely it is used: people with evidence and their evidence count."""

    topic: Topic
    people: int
    evidence: int


def topic_uses(store: GraphStore, status: TopicStatus | None = TopicStatus.DISCOVERED
               ) -> list[TopicUse]:
    """Topics (of one status, or all when ``status`` is None), most widely used first."""
    topics = [t for t in store.topics() if status is None or t.status is status]
    people: dict[str, set[str]] = {t.id: set() for t in topics}
    evidence: dict[str, int] = dict.fromkeys(people, 0)
    for score in store.topic_scores(list(people)):
        people[score.topic_id].add(score.person_id)
        evidence[score.topic_id] += score.evidence_count
    uses = [TopicUse(t, len(people[t.id]), evidence[t.id]) for t in topics]
    return sorted(uses, key=lambda u: (-u.people, -u.evidence, u.topic.id))


def promote(store: GraphStore, topic_id: str, *, label_nl: str | None = None,
            label_en: str | None = None, aliases_nl: Sequence[str] = (),
            aliases_en: Sequence[str] = (), broader: Sequence[str] = ()) -> Topic:
    """Make a discovered topic curated, keeping its id and mentions.

    Raises:
        NotFoundError: no such topic.
        InvalidInputError: the topic is not discovered, or a broader topic is unknown.
    """
    topic = _discovered(store, topic_id, "promote")
    unknown = [b for b in broader if not store.topics([b])]
    if unknown:
        raise InvalidInputError([InputProblem("promote", None, "broader",
                                              f"unknown topic {b!r}") for b in unknown])
    promoted = replace(
        topic, status=TopicStatus.CURATED, label_nl=label_nl or topic.label_nl,
        label_en=label_en or topic.label_en,
        aliases_nl=tuple(dict.fromkeys((*topic.aliases_nl, *aliases_nl))),
        aliases_en=tuple(dict.fromkeys((*topic.aliases_en, *aliases_en))),
        broader=tuple(dict.fromkeys((*topic.broader, *broader))))
    store.apply(Batch(topics=(promoted,)))
    return promoted


def drop(store: GraphStore, topic_id: str) -> Topic:
    """Remove a discovered topic and its evidence; keep a tombstone so it is not rediscovered.

    Raises:
        NotFoundError: no such topic.
        InvalidInputError: the topic is not discovered.
    """
    topic = _discovered(store, topic_id, "drop")
    tombstone = Topic(topic.id, topic.label_nl, topic.label_en, status=TopicStatus.DROPPED)
    store.apply(Batch(topics=(tombstone,), removed_topics=(topic.id,)))
    return tombstone


def _discovered(store: GraphStore, topic_id: str, action: str) -> Topic:
    found = store.topics([topic_id])
    if not found:
        raise NotFoundError(f"no topic {topic_id!r}")
    if found[0].status is not TopicStatus.DISCOVERED:
        raise InvalidInputError([InputProblem(
            action, None, "status", f"{topic_id!r} is {found[0].status.value}, not discovered; "
            "only discovered topics can be promoted or dropped here")])
    return found[0]
