"""Interactions import: collaboration counts from other systems."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from extraction.ingest import IngestRequest, ingest
from graph.errors import InvalidInputError
from graph.model import Interaction
from graph.store import GraphStore


def test_interactions_are_imported_undirected_and_upserted(store: GraphStore,
                                                           tiny_org: IngestRequest,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "interactions.csv"
    path.write_text("source,target,weight,kind\np3,p1,4,meeting\np1,p3,6,meeting\n"
                    "p5,p2,2,ticket-handoff\n", encoding="utf-8")
    ingest(store, replace(tiny_org, interactions=[path]))
    # p3->p1 and p1->p3 are one meeting tie; the last weight wins
    assert store.interactions() == [Interaction("p1", "p3", 6.0, "meeting"),
                                    Interaction("p2", "p5", 2.0, "ticket-handoff")]
    before = store.counts()
    ingest(store, replace(tiny_org, interactions=[path]))
    assert store.counts() == before


def test_bad_interactions_name_line_and_field(store: GraphStore, tiny_org: IngestRequest,
                                              tmp_path: Path) -> None:
    ingest(store, tiny_org)
    before = store.counts()
    path = tmp_path / "interactions.jsonl"
    path.write_text('{"source": "p1", "target": "p2", "weight": 3}\n'
                    '{"source": "p1", "target": "x9", "weight": 3}\n'
                    '{"source": "p1", "target": "p2", "weight": "veel"}\n'
                    '{"source": "p2", "target": "p2"}\n', encoding="utf-8")
    with pytest.raises(InvalidInputError) as caught:
        ingest(store, IngestRequest(interactions=[path]))
    assert {(p.line, p.field) for p in caught.value.problems} == {
        (2, "target"), (3, "weight"), (4, "target")}
    assert store.counts() == before
