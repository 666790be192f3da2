"""The issue's done-when on the demo organisation: compounds and discovered terms find people.

``seed_data/demo/planted.json`` names people whose documents only use a compound
(``toegankelijkheidsambassadeur``) and the writers of terms the taxonomy lacks (TOPdesk,
Kennisconnector). The demo is ingested once for the module: it takes a while.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.service import Service, demo_request
from graph.model import TopicStatus
from graph.sqlite_store import SqliteStore

SEED = Path(__file__).resolve().parent.parent.parent / "seed_data"
PLANTED = SEED / "demo" / "planted.json"

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not PLANTED.exists(), reason="no demo in seed_data/demo")]


@pytest.fixture(scope="module")
def planted() -> dict[str, object]:
    return dict(json.loads(PLANTED.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    store = SqliteStore(tmp_path_factory.mktemp("demo") / "demo.db")
    service = Service(store)
    service.ingest(demo_request(SEED))
    yield service
    store.close()


def test_toegankelijkheid_finds_people_who_only_write_the_compound(
        service: Service, planted: dict[str, object]) -> None:
    compound_only = set(planted["compound_only"])  # type: ignore[call-overload]
    found = {r.person.id for r in service.experts("toegankelijkheid", first=50)}
    assert compound_only <= found


@pytest.mark.parametrize("term", ["TOPdesk", "Kennisconnector"])
def test_discovered_terms_put_their_writers_on_top(service: Service, planted: dict[str, object],
                                                   term: str) -> None:
    writers = set(planted["discovered"][term])  # type: ignore[index]
    topics = {t.id: t for t in service.store.topics()}
    topic_id = f"disc-{term.lower()}"
    assert topics[topic_id].status is TopicStatus.DISCOVERED
    results = service.experts(term, first=len(writers))
    assert {r.person.id for r in results} == writers
    assert all(topic_id in r.matched_topics for r in results)
