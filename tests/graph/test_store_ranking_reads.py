"""Contract tests for the store reads the expert model needs: department authorship, hit
departments, prefix search and topic feedback (run once per adapter through ``store``)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.errors import InvalidInputError
from graph.model import (
    AnalysedDocument,
    Batch,
    Claim,
    Department,
    DepartmentAuthor,
    Document,
    DocumentKind,
    Person,
    Topic,
    TopicFeedback,
    Verdict,
)
from graph.store import GraphStore

DEPTS = (Department("org", "Gemeente", "Gemeente"), Department("ict", "ICT", "Gemeente", "org"),
         Department("soc", "Sociaal", "Gemeente", "org"))
TOPICS = (Topic("wmo", "Wmo", "Wmo"), Topic("privacy", "privacy", "privacy"))
PEOPLE = (Person("p1", "Anna", department_id="ict", claims=(Claim("wmo", level=3),)),
          Person("p2", "Bram", department_id="soc"), Person("p3", "Cees"))


def _doc(doc_id: str, authors: tuple[str, ...], text: str, dept: str | None, when: date,
         kind: DocumentKind = DocumentKind.DOCUMENT) -> AnalysedDocument:
    return AnalysedDocument(Document(doc_id, doc_id, text, authors, when, department_id=dept,
                                     kind=kind), (), text)


def _batch() -> Batch:
    docs = (
        _doc("d1", ("p1", "p2"), "architecture review", "ict", date(2024, 1, 1)),
        _doc("d2", ("p1",), "server architectuur", "ict", date(2025, 3, 1)),
        _doc("d3", ("p2", "p1"), "wmo werkproces", None, date(2023, 5, 1)),  # counts for soc
        _doc("d4", ("p3",), "wmo", "soc", date(2022, 1, 1)),
        _doc("profile-p2", ("p2",), "architectuur liefhebber", None, date(2025, 1, 1),
             DocumentKind.PROFILE),
    )
    return Batch(DEPTS, PEOPLE, TOPICS, docs)


def test_department_authors_count_and_share_documents(store: GraphStore) -> None:
    store.apply(_batch())
    rows = {(r.department_id, r.person_id): r for r in store.department_authors(["ict", "soc"])}
    assert rows["ict", "p1"] == DepartmentAuthor("ict", "p1", 2, 1.5, date(2025, 3, 1))
    assert rows["ict", "p2"] == DepartmentAuthor("ict", "p2", 1, 0.5, date(2024, 1, 1))
    # d3 has no department: it counts for its first author's (p2, soc); the profile not at all
    assert rows["soc", "p2"] == DepartmentAuthor("soc", "p2", 1, 0.5, date(2023, 5, 1))
    assert rows["soc", "p1"].share == pytest.approx(0.5)
    assert rows["soc", "p3"].documents == 1
    assert set(rows) == {("ict", "p1"), ("ict", "p2"), ("soc", "p2"), ("soc", "p1"),
                         ("soc", "p3")}
    assert store.department_authors([]) == [] and store.department_authors(["nope"]) == []


def test_hits_carry_their_department_or_their_first_authors(store: GraphStore) -> None:
    store.apply(_batch())
    departments = {h.document_id: h.department_id for h in store.search_documents(["wmo"], 10)}
    assert departments == {"d3": "soc", "d4": "soc"}


def test_a_term_ending_in_a_star_is_a_prefix(store: GraphStore) -> None:
    store.apply(_batch())
    found = {h.document_id for h in store.search_documents(["architect*"], 10)}
    assert found == {"d1", "d2", "profile-p2"}
    assert store.search_documents(["*"], 10) == []


def test_feedback_is_upserted_and_read_back_by_person_and_topic(store: GraphStore) -> None:
    store.apply(_batch())
    result = store.apply(Batch(feedback=(TopicFeedback("p1", "wmo", Verdict.REJECTED),
                                         TopicFeedback("p2", "wmo", Verdict.CONFIRMED),
                                         TopicFeedback("p2", "privacy", Verdict.REJECTED))))
    assert result.feedback == 3
    store.apply(Batch(feedback=(TopicFeedback("p1", "wmo", Verdict.CONFIRMED),)))  # last wins
    assert store.feedback(person_ids=["p1"]) == [TopicFeedback("p1", "wmo", Verdict.CONFIRMED)]
    assert {(f.person_id, f.verdict) for f in store.feedback(topic_ids=["wmo"])} == {
        ("p1", Verdict.CONFIRMED), ("p2", Verdict.CONFIRMED)}
    assert store.feedback(person_ids=["p2"], topic_ids=["privacy"]) == [
        TopicFeedback("p2", "privacy", Verdict.REJECTED)]
    assert len(store.feedback()) == 3
    assert store.feedback(person_ids=[]) == []


def test_feedback_survives_a_profile_reimport_and_goes_with_its_topic(store: GraphStore) -> None:
    store.apply(_batch())
    store.apply(Batch(feedback=(TopicFeedback("p1", "wmo", Verdict.REJECTED),
                                TopicFeedback("p1", "privacy", Verdict.CONFIRMED))))
    store.apply(Batch(people=(Person("p1", "Anna", department_id="ict"),)))  # claims gone
    assert len(store.feedback(person_ids=["p1"])) == 2
    store.apply(Batch(removed_topics=("privacy",)))
    assert store.feedback(person_ids=["p1"]) == [TopicFeedback("p1", "wmo", Verdict.REJECTED)]


def test_feedback_on_unknown_people_or_topics_is_refused(store: GraphStore) -> None:
    store.apply(_batch())
    for bad in (TopicFeedback("nobody", "wmo", Verdict.CONFIRMED),
                TopicFeedback("p1", "no-topic", Verdict.CONFIRMED)):
        with pytest.raises(InvalidInputError):
            store.apply(Batch(feedback=(bad,)))
    assert store.feedback() == []
