"""Knowledge health on the demo organisation: the planted single experts and unanswered
questions (seed_data/demo/planted.json, written by scripts/make_demo_org.py) are found."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from api import health
from api.service import Service, demo_request
from graph.model import Batch, ScopeKind, ScopePolicy
from graph.sqlite_store import SqliteStore

pytestmark = pytest.mark.slow

SEED = Path(__file__).resolve().parent.parent / "seed_data"
PLANTED: dict[str, Any] = json.loads((SEED / "demo" / "planted.json").read_text("utf-8"))
TODAY = date.fromisoformat(PLANTED["reference_date"])


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    store = SqliteStore(tmp_path_factory.mktemp("health") / "demo.db")
    svc = Service(store, today=TODAY)
    svc.ingest(demo_request(SEED))
    for query in PLANTED["unanswered"]:
        for _ in range(2):
            svc.experts(query)
    for _ in range(3):
        svc.experts("treasury")
    return svc


def test_planted_single_experts_are_the_only_keepers(service: Service) -> None:
    report = health.bus_factor_report(service)
    kept = {r.topic_id: r.keepers for r in report.topics}
    for topic, person in PLANTED["single_expert_topics"].items():
        assert kept.get(topic) == (person,), (topic, kept.get(topic))
        assert any(d.person_id == person and topic in d.uncovered for d in report.departures)
    # treasury was asked for three times: it outranks every one-keeper topic nobody asked for
    one_keeper = [r.topic_id for r in report.topics if len(r.keepers) == 1]
    assert one_keeper[0] == "treasury"


def test_unanswered_questions_are_reported_as_missed(service: Service) -> None:
    found = health.missed_searches_report(service, first=50)
    missed = {f.search.query: f.search.missed for f in found}
    for query in PLANTED["unanswered"]:
        assert missed.get(query) == 2, (query, missed)
    assert "treasury" not in missed  # the treasurer answers it


def test_every_topic_of_the_information_point_gets_two_keepers(service: Service) -> None:
    plan = health.spreading_plan(service, department_id="bib-ido")
    per_topic: dict[str, int] = {}
    for a in plan.assignments:
        per_topic[a.topic_id] = per_topic.get(a.topic_id, 0) + 1
        if a.role == "learner":
            assert a.mentor_id is not None  # every topic has a keeper to learn from
    assert len(per_topic) == health.TEAM_TOPICS
    assert all(n + plan.short.get(t, 0) >= 2 for t, n in per_topic.items())


def test_a_closed_organisation_is_left_out_of_instance_wide_searches(service: Service) -> None:
    library = "Bibliotheek Rijnvliet"
    before = service.experts("Informatiepunt Digitale Overheid")
    members = {p.id for p in service.store.people()
               if p.department_id in {"bib-rijnvliet", "bib-ido"}}
    assert members & {r.person.id for r in before}
    service.store.apply(Batch(policies=(ScopePolicy(
        ScopeKind.ORGANISATION, library, findable_by_other_organisations=False),)))
    try:
        after = service.experts("Informatiepunt Digitale Overheid")
        assert not members & {r.person.id for r in after}
        mine = service.experts("Informatiepunt Digitale Overheid", asker_organisation=library)
        assert members & {r.person.id for r in mine}
    finally:
        service.store.apply(Batch(policies=(ScopePolicy(
            ScopeKind.ORGANISATION, library, findable_by_other_organisations=True),)))
