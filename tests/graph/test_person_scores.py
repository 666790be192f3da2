"""Contract tests for one person's KNOWS rows, ``topic_scores(person_ids=...)``, on every adapter
(``store``): the indexed read must return exactly what reading every topic's scores and keeping
the person's rows returned (the person page's old way)."""

from __future__ import annotations

from datetime import date

import pytest

from api.profile import person_topics
from api.service import Service
from extraction.ingest import IngestRequest, ingest
from graph.model import Batch, Person, PersonTopicScore, PrivacyChoice, Visibility
from graph.store import GraphStore

PEOPLE = ("p1", "p2", "p3", "p4", "p5")


def _old_way(store: GraphStore, person_id: str) -> list[PersonTopicScore]:
    """Every topic's scores, filtered to one person in Python."""
    return [s for s in store.topic_scores([t.id for t in store.topics()])
            if s.person_id == person_id]


def _rounded(rows: list[PersonTopicScore]) -> list[tuple[str, str, float, int, date | None]]:
    return [(s.person_id, s.topic_id, round(s.score, 6), s.evidence_count, s.last_date)
            for s in rows]


@pytest.fixture
def org(store: GraphStore, tiny_org: IngestRequest) -> GraphStore:
    ingest(store, tiny_org)
    return store


def test_one_person_equals_all_topics_filtered(org: GraphStore) -> None:
    for person_id in PEOPLE:
        assert org.topic_scores(person_ids=[person_id]) == _old_way(org, person_id), person_id
    # by hand: Bram (p2) wrote d6 with Anna (share 1/2: accessibility 1.0 and Wmo 1.0) and has a
    # profile that mentions accessibility (1.0, undated)
    assert _rounded(org.topic_scores(person_ids=["p2"])) == [
        ("p2", "digitale-toegankelijkheid", 1.5, 2, date(2024, 3, 3)),
        ("p2", "wmo", 0.5, 1, date(2024, 3, 3))]


def test_several_people_and_a_topic_filter(org: GraphStore) -> None:
    everyone = org.topic_scores([t.id for t in org.topics()])
    assert org.topic_scores(person_ids=["p4", "p3", "p4"]) == [
        s for s in everyone if s.person_id in {"p3", "p4"}]
    assert org.topic_scores(["wmo", "begroting"], person_ids=["p3", "p5"]) == [
        s for s in everyone if s.person_id in {"p3", "p5"} and s.topic_id in {"wmo", "begroting"}]
    assert org.topic_scores() == everyone
    assert org.topic_scores(person_ids=[]) == []
    assert org.topic_scores([], person_ids=["p3"]) == []


def test_a_person_without_rows_gets_none(org: GraphStore) -> None:
    org.apply(Batch(people=(Person("p6", "Fenna Visser", department_id="fin"),)))
    assert org.people(["p6"]) and _old_way(org, "p6") == []
    assert org.topic_scores(person_ids=["p6"]) == []
    assert org.topic_scores(person_ids=["nobody"]) == []


def test_a_hidden_persons_rows_are_still_returned(org: GraphStore) -> None:
    """Like the topic read, the person read leaves hiding to the caller."""
    org.apply(Batch(privacy=(PrivacyChoice("p5", visibility=Visibility.HIDDEN),)))
    assert org.people(["p5"])[0].visibility is Visibility.HIDDEN
    assert org.topic_scores(person_ids=["p5"]) == _old_way(org, "p5")
    assert _rounded(org.topic_scores(person_ids=["p5"])) == [
        ("p5", "begroting", 2.098612, 1, date(2025, 10, 1))]


def test_person_page_topics(org: GraphStore) -> None:
    rows = person_topics(Service(org), "p2")
    # claimed accessibility (skills column) with evidence; Wmo from d6 only, not claimed
    assert [(r.topic_id, round(r.score, 6), r.evidence_count, r.claimed) for r in rows] == [
        ("digitale-toegankelijkheid", 1.5, 2, True), ("wmo", 0.5, 1, False)]
    assert person_topics(Service(org), "nobody") == []
    org.apply(Batch(people=(Person("p6", "Fenna Visser", department_id="fin"),)))
    assert person_topics(Service(org), "p6") == []
