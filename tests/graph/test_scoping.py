"""Who-knows across organisations and under inference policies, on every store.

The tiny organisation (tests/conftest.py: Gemeente Proefdorp, departments org > com, soc, fin)
plus a second organisation in the same instance: Gemeente Veenoord, with Vera (p6), who writes
about the Wmo. In Proefdorp, Anna (p1, com) wrote three documents on accessibility and claims
nothing; Bram (p2, com) claims accessibility at level 2; Cees (p3, soc) claims the Wmo at
level 4 and wrote about it; Dirk (p4, soc) claims privacy at level 5 and wrote about it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from api.service import Service
from extraction.ingest import IngestRequest
from graph.model import (
    Batch,
    PrivacyChoice,
    ScopeKind,
    ScopePolicy,
    TopicFeedback,
    Verdict,
)
from graph.store import GraphStore

PROEFDORP, VEENOORD = "Gemeente Proefdorp", "Gemeente Veenoord"


@pytest.fixture
def service(store: GraphStore, tiny_org: IngestRequest, tmp_path: Path) -> Service:
    extra = tmp_path / "veenoord"
    extra.mkdir()
    (extra / "departments.csv").write_text(
        f"id,name,parent_id,organisation\nvo,Veenoord,,{VEENOORD}\n"
        f"vo-soc,Sociaal Veenoord,vo,{VEENOORD}\n", encoding="utf-8")
    (extra / "people.csv").write_text(
        "id,name,email,department,title,manager_id,start_date,location,languages,skills,bio\n"
        "p6,Vera Veen,vera@veenoord.nl,vo-soc,Wmo-consulent,,2019-01-01,Veenoord,nl,,\n",
        encoding="utf-8")
    (extra / "documents.jsonl").write_text(json.dumps(
        {"id": "v1", "title": "De Wmo in Veenoord", "authors": ["p6"], "date": "2025-08-01",
         "department": "vo-soc", "text": "De Wmo in Veenoord: huishoudelijke hulp via de Wmo. "
                                         "Wij voeren de Wmo uit voor de inwoners."}) + "\n",
        encoding="utf-8")
    svc = Service(store)
    svc.ingest(IngestRequest(tiny_org.taxonomy,
                             [*tiny_org.departments, extra / "departments.csv"],
                             [*tiny_org.people, extra / "people.csv"],
                             [*tiny_org.documents, extra / "documents.jsonl"]))
    return svc


def ids(service: Service, query: str, **filters: str | None) -> list[str]:
    return [r.person.id for r in service.experts(query, **filters)]  # type: ignore[arg-type]


def apply(service: Service, *policies: ScopePolicy, privacy: tuple[PrivacyChoice, ...] = (),
          feedback: tuple[TopicFeedback, ...] = ()) -> None:
    service.store.apply(Batch(policies=policies, privacy=privacy, feedback=feedback))


def closed(organisation: str) -> ScopePolicy:
    return ScopePolicy(ScopeKind.ORGANISATION, organisation,
                       findable_by_other_organisations=False)


def no_inference(kind: ScopeKind, scope: str, infer: bool = False) -> ScopePolicy:
    return ScopePolicy(kind, scope, infer_from_documents=infer)


def test_search_spans_organisations_or_is_scoped_to_one(service: Service) -> None:
    assert "p6" in ids(service, "Wmo") and "p3" in ids(service, "Wmo")
    assert ids(service, "Wmo", organisation=VEENOORD) == ["p6"]
    assert "p6" not in ids(service, "Wmo", organisation=PROEFDORP)


def test_a_closed_organisation_is_found_only_from_or_within_itself(service: Service) -> None:
    apply(service, closed(VEENOORD))
    everyone = ids(service, "Wmo")
    assert "p6" not in everyone and "p3" in everyone  # an instance-wide search, asker unknown
    assert ids(service, "Wmo", organisation=VEENOORD) == ["p6"]  # scoped to Veenoord
    assert "p6" in ids(service, "Wmo", asker_organisation=VEENOORD)  # asked from Veenoord
    # asked from Proefdorp: scoping to Veenoord does not open it
    assert ids(service, "Wmo", organisation=VEENOORD, asker_organisation=PROEFDORP) == []
    assert "p6" not in ids(service, "Wmo", asker_organisation=PROEFDORP)
    # Proefdorp stays open to everyone
    assert "p3" in ids(service, "Wmo", asker_organisation=VEENOORD)


def test_a_person_who_switched_inference_off_counts_by_claims_and_confirmed_topics(
        service: Service) -> None:
    before = ids(service, "digitale toegankelijkheid")
    assert before[:2] == ["p1", "p2"]
    apply(service, privacy=(PrivacyChoice("p1", infer_topics=False),))
    # Anna claims nothing and confirmed nothing: her three documents no longer count
    assert "p1" not in ids(service, "digitale toegankelijkheid")
    assert ids(service, "digitale toegankelijkheid")[0] == "p2"
    # once she confirms the topic, its KNOWS score counts again -- the full-text part does not
    apply(service, feedback=(TopicFeedback("p1", "digitale-toegankelijkheid",
                                           Verdict.CONFIRMED),))
    results = {r.person.id: r for r in service.experts("digitale toegankelijkheid")}
    anna = results["p1"]
    assert anna.components["text"] == 0.0 and anna.components["topic"] > 0
    assert anna.contributions == {}
    assert anna.evidence and {e.topic_id for e in anna.evidence} == {"digitale-toegankelijkheid"}
    # a text-only question (no topic) finds nothing of hers
    assert "p1" not in ids(service, "schermlezers")


def test_a_department_policy_leaves_claims_only(service: Service) -> None:
    assert {"p3", "p4"} <= set(ids(service, "privacy"))
    apply(service, no_inference(ScopeKind.DEPARTMENT, "soc"))
    found = {r.person.id: r for r in service.experts("privacy")}
    # Dirk claims privacy (level 5): he stays, on his claim alone; Cees only wrote about it
    assert "p4" in found and "p3" not in found
    assert found["p4"].components["text"] == 0.0 and found["p4"].components["claim"] > 0
    assert found["p4"].evidence == ()
    # Cees still answers for the Wmo, which he claims -- on that claim alone, so below Anna,
    # whose one Wmo document still counts; Dirk, who only wrote about it, is gone
    wmo = ids(service, "Wmo", organisation=PROEFDORP)
    assert "p3" in wmo and "p4" not in wmo


def test_department_setting_beats_the_organisations_and_applies_below(
        service: Service) -> None:
    # Proefdorp switches inference off, its department com switches it back on
    apply(service, no_inference(ScopeKind.ORGANISATION, PROEFDORP),
          no_inference(ScopeKind.DEPARTMENT, "com", infer=True))
    assert ids(service, "digitale toegankelijkheid")[0] == "p1"  # com: documents count
    assert "p4" not in ids(service, "Wmo")  # soc: Dirk only wrote about the Wmo
    assert "p6" in ids(service, "Wmo")  # Veenoord is not touched by Proefdorp's policy
    # a setting on the root department reaches com, below it ... unless com sets its own
    apply(service, no_inference(ScopeKind.ORGANISATION, PROEFDORP, infer=True),
          no_inference(ScopeKind.DEPARTMENT, "com", infer=None),
          no_inference(ScopeKind.DEPARTMENT, "org"))
    assert "p1" not in ids(service, "digitale toegankelijkheid")
    apply(service, no_inference(ScopeKind.DEPARTMENT, "com", infer=True))
    assert ids(service, "digitale toegankelijkheid")[0] == "p1"


def test_restricted_people_are_ranked_by_their_own_score(service: Service) -> None:
    # Cees's Wmo answer without inference is his claim (4/5 + 0.2 ask-me-about = 1.0, the
    # absolute claim part) and nothing else: the lazy selection must put him where that
    # score belongs, not where his full score would
    apply(service, privacy=(PrivacyChoice("p3", infer_topics=False),))
    results = service.experts("Wmo", first=10)
    scores = [r.score for r in results]
    assert scores == sorted(scores, reverse=True)
    cees = next(r for r in results if r.person.id == "p3")
    assert cees.components["text"] == 0.0 and cees.components["claim"] == 1.0
