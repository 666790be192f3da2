"""Ranking known answers on the tiny organisation (see tests/conftest.py for who wrote what)."""

from __future__ import annotations

from datetime import date

import pytest

from api.service import Service
from extraction.ingest import IngestRequest
from graph.store import GraphStore


@pytest.fixture
def service(store: GraphStore, tiny_org: IngestRequest) -> Service:
    svc = Service(store)
    svc.ingest(tiny_org)
    return svc


def _ids(service: Service, query: str, **kwargs: object) -> list[str]:
    return [r.person.id for r in service.experts(query, **kwargs)]  # type: ignore[arg-type]


def test_the_writer_beats_the_profile_claim(service: Service) -> None:
    # Anna wrote three documents on accessibility; Bram only claims it at level 2
    assert _ids(service, "digitale toegankelijkheid")[:2] == ["p1", "p2"]


def test_results_carry_evidence_with_snippets_and_dates(service: Service) -> None:
    [anna, *_] = service.experts("digitale toegankelijkheid")
    assert anna.matched_topics == ("digitale-toegankelijkheid",)
    assert {e.document_id for e in anna.evidence} == {"d1", "d2", "d6"}
    assert all(e.snippet and e.date for e in anna.evidence)
    assert anna.last_evidence == date(2025, 9, 12)


def test_multi_topic_query_prefers_people_who_know_both(service: Service) -> None:
    ranked = _ids(service, "Wmo en privacy")
    # Dirk and Cees both know the Wmo and privacy; Anna and Bram only touched the Wmo once
    assert set(ranked[:2]) == {"p3", "p4"}
    assert ranked.index("p1") > 1


def test_department_filter_includes_sub_departments(service: Service) -> None:
    assert _ids(service, "Wmo", department_id="com") == ["p1", "p2"]
    assert set(_ids(service, "Wmo", department_id="org")) == {"p1", "p2", "p3", "p4"}


def test_full_text_finds_words_outside_the_taxonomy(service: Service) -> None:
    assert _ids(service, "keukentafelgesprek") == ["p3"]
    assert _ids(service, "dataminimalisatie") == ["p3", "p4"] or \
        set(_ids(service, "dataminimalisatie")) == {"p3", "p4"}


def test_unknown_subject_finds_nobody(service: Service) -> None:
    assert service.experts("kernfusie") == []
