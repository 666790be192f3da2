"""Discovered topics: found at ingest, findable by query, idempotent, promotable and droppable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from api.service import Service
from extraction.curation import drop, promote, topic_uses
from extraction.ingest import IngestRequest, ingest
from graph.errors import InvalidInputError, NotFoundError
from graph.model import TopicStatus
from graph.store import GraphStore

DOCS = [
    {"id": "t1", "title": "Meldingen", "authors": ["p1"],
     "text": "Storingen meld je voortaan in TOPdesk. Het team pakt ze dezelfde dag op."},
    {"id": "t2", "title": "Werkplek", "authors": ["p3", "p4"],
     "text": "Een nieuwe laptop vraag je aan via TOPdesk, onder het kopje werkplek."},
    {"id": "k1", "title": "Kennis delen", "authors": ["p2"],
     "text": "Op de Kennisconnector staan alle werkinstructies. Zoek daar eerst."},
    {"id": "k2", "title": "Nieuwe collega's", "authors": ["p5"],
     "text": "Nieuwe collega's krijgen uitleg over de Kennisconnector en het intranet."},
    # a pet word of one person, in two documents: no discovered topic
    {"id": "s1", "title": "Planning", "authors": ["p5"], "text": "De Zwaluwplanner is bijgewerkt."},
    {"id": "s2", "title": "Rooster", "authors": ["p5"], "text": "Kijk in de Zwaluwplanner."},
    # people's names are no topics, however often they are written
    {"id": "n1", "title": "Afscheid", "authors": ["p1"], "text": "Wij nemen afscheid van Mulder."},
    {"id": "n2", "title": "Receptie", "authors": ["p3"], "text": "De receptie voor Mulder is vrijdag."},
]


@pytest.fixture
def org(tiny_org: IngestRequest, tmp_path: Path) -> IngestRequest:
    path = tmp_path / "more.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in DOCS),
                    encoding="utf-8")
    return IngestRequest(tiny_org.taxonomy, tiny_org.departments, tiny_org.people,
                         [*tiny_org.documents, path])


def test_terms_used_by_several_people_become_discovered_topics(store: GraphStore,
                                                               org: IngestRequest) -> None:
    report = ingest(store, org)
    assert sorted(report.discovered) == ["disc-kennisconnector", "disc-topdesk"]
    topdesk = store.topics(["disc-topdesk"])[0]
    assert topdesk.status is TopicStatus.DISCOVERED and topdesk.label_nl == "TOPdesk"
    assert not store.topics(["disc-zwaluwplanner"]) and not store.topics(["disc-mulder"])
    assert {s.person_id for s in store.topic_scores(["disc-topdesk"])} == {"p1", "p3", "p4"}


def test_a_query_for_a_discovered_term_finds_its_writers(store: GraphStore,
                                                         org: IngestRequest) -> None:
    service = Service(store)
    service.ingest(org)
    results = service.experts("Wie weet iets van TOPdesk?")
    assert {r.person.id for r in results[:3]} == {"p1", "p3", "p4"}
    assert "disc-topdesk" in results[0].matched_topics
    evidence = results[0].evidence[0]
    assert "TOPdesk" in evidence.snippet


def test_reingesting_the_same_batch_changes_nothing(store: GraphStore, org: IngestRequest) -> None:
    ingest(store, org)
    before, topics = store.counts(), store.topics()
    again = ingest(store, org)
    assert again.discovered == [] and again.result.mentions == 0 and again.result.topics == 0
    assert store.counts() == before and store.topics() == topics


def test_promote_keeps_the_id_and_evidence(store: GraphStore, org: IngestRequest) -> None:
    ingest(store, org)
    promoted = promote(store, "disc-topdesk", label_en="TOPdesk service desk",
                       broader=["dienstverlening"])
    assert store.topics(["disc-topdesk"]) == [promoted]
    assert promoted.status is TopicStatus.CURATED and promoted.broader == ("dienstverlening",)
    assert store.topic_scores(["disc-topdesk"])
    before = store.counts()
    ingest(store, org)
    assert store.counts() == before
    with pytest.raises(InvalidInputError):
        promote(store, "disc-topdesk")  # curated now
    with pytest.raises(InvalidInputError):
        promote(store, "disc-kennisconnector", broader=["no-such-topic"])


def test_a_dropped_topic_loses_its_evidence_and_is_not_rediscovered(store: GraphStore,
                                                                    org: IngestRequest) -> None:
    ingest(store, org)
    drop(store, "disc-kennisconnector")
    assert store.topic_scores(["disc-kennisconnector"]) == []
    [tombstone] = store.topics(["disc-kennisconnector"])
    assert tombstone.status is TopicStatus.DROPPED
    again = ingest(store, org)
    assert again.discovered == []
    assert store.topic_scores(["disc-kennisconnector"]) == []
    assert [u.topic.id for u in topic_uses(store)] == ["disc-topdesk"]
    with pytest.raises(NotFoundError):
        drop(store, "no-such-topic")
    with pytest.raises(InvalidInputError):
        drop(store, "wmo")  # curated topics are changed in the taxonomy file


def test_discovery_can_be_switched_off(store: GraphStore, org: IngestRequest) -> None:
    org.discover = False
    assert ingest(store, org).discovered == []
    assert not [t for t in store.topics() if t.status is TopicStatus.DISCOVERED]
