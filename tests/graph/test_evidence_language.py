"""Evidence knows its document's language, so a page can mark English parts on a Dutch page."""

from __future__ import annotations

from datetime import date

from graph.model import AnalysedDocument, Batch, Department, Document, Mention, Person, Topic
from graph.store import GraphStore


def _batch() -> Batch:
    nl = Mention("wmo", 0, 1.0, "De Wmo is belangrijk.", 3, 6, 3, 6)
    en = Mention("wmo", 0, 2.0, "The Wmo team helped.", 4, 7, 4, 7)
    docs = (
        AnalysedDocument(Document("d-nl", "Over de Wmo", "De Wmo is belangrijk.", ("p1",),
                                  date(2025, 1, 2)), (nl,), "wmo belangrijk"),
        AnalysedDocument(Document("d-en", "Accessible forms", "The Wmo team helped.", ("p1",),
                                  date(2024, 3, 3), language="en"), (en,), "wmo team helped"),
        AnalysedDocument(Document("d-en2", "Budget notes", "Money and more money.", ("p1",),
                                  date(2024, 5, 6), language="en"), (), "money money"),
    )
    return Batch((Department("org", "Gemeente", "Gemeente"),),
                 (Person("p1", "Anna", department_id="org"),), (Topic("wmo", "Wmo", "Wmo"),), docs)


def test_evidence_carries_the_documents_language(store: GraphStore) -> None:
    store.apply(_batch())
    evidence = store.evidence(["p1"], ["wmo"], [], ["wmo"], per_person=3)
    assert [(e.document_id, e.language) for e in evidence] == [("d-en", "en"), ("d-nl", "nl")]


def test_a_full_text_hit_without_a_topic_carries_its_language_too(store: GraphStore) -> None:
    store.apply(_batch())
    evidence = store.evidence(["p1"], [], ["d-en2"], ["money"], per_person=3)
    assert [(e.document_id, e.language, e.topic_id) for e in evidence] == [("d-en2", "en", None)]
