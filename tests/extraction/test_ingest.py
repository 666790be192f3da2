"""Ingest end to end on the tiny organisation: all or nothing, and idempotent."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from extraction.ingest import IngestRequest, ingest
from graph.errors import InvalidInputError
from graph.model import TopicStatus
from graph.store import GraphStore


def test_ingest_writes_people_documents_topics_and_profiles(store: GraphStore,
                                                            tiny_org: IngestRequest) -> None:
    report = ingest(store, tiny_org)
    counts = store.counts()
    assert counts.nodes["Person"] == 5 and counts.nodes["Department"] == 4
    # 7 documents plus the profile pseudo-document of Bram, who has a bio
    assert counts.nodes["Document"] == 8 and report.result.documents == 8
    bram = store.people(["p2"])[0]
    assert [(c.topic_id, c.level) for c in bram.claims] == [("digitale-toegankelijkheid", 2)]
    assert store.people(["p3"])[0].claims[0].ask_me_about


def test_reingesting_the_same_input_changes_nothing(store: GraphStore,
                                                   tiny_org: IngestRequest) -> None:
    ingest(store, tiny_org)
    before = store.counts()
    again = ingest(store, tiny_org)
    assert store.counts() == before
    assert again.result.mentions == 0  # unchanged documents are not rewritten


def test_malformed_people_file_is_refused_and_store_unchanged(store: GraphStore,
                                                              tiny_org: IngestRequest,
                                                              tmp_path: Path) -> None:
    ingest(store, tiny_org)
    before = store.counts()
    people_before = store.people()
    bad = tmp_path / "bad_people.csv"
    bad.write_text("id,name,department,start_date,manager_id\n"
                   "p9,Nieuwe Collega,com,2026-01-01,\n"
                   "p10,Foute Datum,com,31-12-2025,\n"
                   "p11,Onbekende Baas,soc,2026-01-01,p999\n", encoding="utf-8")
    with pytest.raises(InvalidInputError) as caught:
        ingest(store, IngestRequest(people=[bad]))
    where = {(p.file, p.line, p.field) for p in caught.value.problems}
    assert where == {(str(bad), 3, "start_date"), (str(bad), 4, "manager_id")}
    assert store.counts() == before
    assert store.people() == people_before


def test_documents_by_unknown_authors_are_refused(store: GraphStore, tiny_org: IngestRequest,
                                                  tmp_path: Path) -> None:
    ingest(store, tiny_org)
    before = store.counts()
    docs = tmp_path / "docs.jsonl"
    docs.write_text('{"id": "n1", "title": "T", "authors": ["p1"], "text": "Over de Wmo."}\n'
                    '{"id": "n2", "title": "T", "authors": ["x9"], "text": "Over de Wmo."}\n',
                    encoding="utf-8")
    with pytest.raises(InvalidInputError) as caught:
        ingest(store, IngestRequest(documents=[docs]))
    assert [(p.line, p.field) for p in caught.value.problems] == [(2, "authors")]
    assert "x9" in str(caught.value)
    assert store.counts() == before


def test_unknown_skill_becomes_a_discovered_topic(store: GraphStore, tiny_org: IngestRequest,
                                                  tmp_path: Path) -> None:
    ingest(store, tiny_org)
    people = tmp_path / "p.csv"
    people.write_text("id,name,department,skills\np6,Fien,com,Kennisconnector:3\n",
                      encoding="utf-8")
    ingest(store, IngestRequest(people=[people]))
    [topic] = store.topics(["disc-kennisconnector"])
    assert topic.status is TopicStatus.DISCOVERED and topic.label_nl == "Kennisconnector"


def test_department_names_resolve_and_typos_are_refused(store: GraphStore,
                                                        tiny_org: IngestRequest,
                                                        tmp_path: Path) -> None:
    ingest(store, tiny_org)
    people = tmp_path / "p.csv"
    people.write_text("id,name,department\np7,Gijs,Financiën\np8,Hans,Finacien\n", encoding="utf-8")
    with pytest.raises(InvalidInputError) as caught:
        ingest(store, IngestRequest(people=[people]))
    assert [(p.line, p.field) for p in caught.value.problems] == [(3, "department")]
    people.write_text("id,name,department\np7,Gijs,Financiën\n", encoding="utf-8")
    ingest(store, replace(tiny_org, people=[people], documents=[]))
    assert store.people(["p7"])[0].department_id == "fin"
