"""Privacy through the API, on every store: erasure leaves no trace, choices and policies count.

The tiny organisation: Dirk (p4) wrote d4 with Cees (p3) and a note on data protection alone;
he knows privacy best. Erasing him must remove him from every answer, analysis and cache.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from api_helpers import gql, local
from fastapi.testclient import TestClient

from api.app import create_app
from api.auth import Role, create_api_key
from api.service import Service
from api.settings import Settings
from extraction.ingest import IngestRequest
from graph.store import GraphStore


@pytest.fixture
def client(store: GraphStore, tiny_org: IngestRequest) -> Iterator[TestClient]:
    Service(store).ingest(tiny_org)
    with TestClient(create_app(local(), store=store)) as test_client:
        yield test_client


def experts(client: TestClient, query: str) -> list[str]:
    data = gql(client, 'query($q: String!) { experts(query: $q, first: 10) { nodes { '
                       'person { key } } } }', q=query)
    return [e["person"]["key"] for e in data["experts"]["nodes"]]


EVERYTHING = """{
  people(first: 100) { nodes { key manager { key } } }
  bridges(first: 100) { nodes { person { key } departmentsReached } }
  ambassadors(perDepartment: 1) { members { person { key } } coverage { members { key } } }
  buddies(newcomers: ["p2"]) { pairs { buddy { key } } }
  cees: person(id: "p3") { colleagues(first: 20) { nodes { person { key } } }
                           documents(first: 20) { nodes { documentId } } }
  soc: department(id: "soc") { members(first: 20) { nodes { key } }
                               topics(first: 20) { nodes { people { key } } } }
}"""


def test_erasure_leaves_no_trace(client: TestClient, store: GraphStore,
                                 tiny_org: IngestRequest) -> None:
    assert "p4" in experts(client, "privacy")
    before = gql(client, EVERYTHING)  # warms every cache: network analysis, analyser
    assert "p4" in json.dumps(before)
    gql(client, '{ person(id: "p4") { name } }')  # an audited look-up (local acts as hr too)
    erased = gql(client, 'mutation { erasePerson(input: {personId: "p4"}) { erasedKey '
                         "removed { kind count } userErrors { message } } }")["erasePerson"]
    assert erased["erasedKey"] == "p4" and erased["userErrors"] == []
    assert {r["kind"] for r in erased["removed"] if r["count"]}  # it says what went
    assert "p4" not in experts(client, "privacy")
    assert "p4" not in experts(client, "gegevensbescherming")
    after = gql(client, EVERYTHING)
    assert '"p4"' not in json.dumps(after)
    # the co-written document stays, with Cees; the note Dirk wrote alone is gone
    docs = {d["documentId"] for d in after["cees"]["documents"]["nodes"]}
    assert "d4" in docs
    assert all(h.document_id != "notes/gegevensbescherming.md" and "p4" not in h.authors
               for h in store.search_documents(["gegevensbescherming", "privacy"], 50))
    assert all(e.subject_id != "p4" and e.actor != "p4" for e in store.audit_log(None, None))
    assert gql(client, '{ person(id: "p4") { key } }')["person"] is None
    # a re-import of the same files does not bring him back
    Service(store).ingest(tiny_org)
    assert store.people(["p4"]) == []
    assert "p4" not in experts(client, "privacy")


def test_erasure_anonymises_the_look_ups_made_under_the_persons_key(
        store: GraphStore, tiny_org: IngestRequest) -> None:
    Service(store).ingest(tiny_org)
    anna, anna_key = create_api_key(store, "anna", Role.HR, "p1")  # an hr key of Anna's own
    admin, admin_key = create_api_key(store, "admin", Role.ADMIN)
    with TestClient(create_app(Settings(), store=store)) as client:
        gql(client, '{ person(id: "p2") { name } }', {"Authorization": f"Bearer {anna_key}"})
        as_admin = {"Authorization": f"Bearer {admin_key}"}
        gql(client, '{ person(id: "p3") { name } }', as_admin)
        log = "{ auditLog(first: 10) { nodes { actor subjectKey } } }"
        assert gql(client, log, as_admin)["auditLog"]["nodes"] == [
            {"actor": f"key:{admin.id}", "subjectKey": "p3"},
            {"actor": f"key:{anna.id}", "subjectKey": "p2"}]
        erased = gql(client, 'mutation { erasePerson(input: {personId: "p1"}) { erasedKey } }',
                     as_admin)
        assert erased["erasePerson"]["erasedKey"] == "p1"
        assert gql(client, log, as_admin)["auditLog"]["nodes"] == [
            {"actor": f"key:{admin.id}", "subjectKey": "p3"},
            {"actor": "(erased)", "subjectKey": "p2"}]
    assert anna.id not in repr(store.audit_log(None, None))


def _set(client: TestClient, mutation: str, **variables: Any) -> dict[str, Any]:
    return gql(client, mutation, **variables)


def test_own_choices_and_department_policy_change_the_answers(client: TestClient) -> None:
    # Dirk's privacy knowledge comes from his documents and his claim (privacy:5).
    assert experts(client, "privacy")[0] == "p4"
    _set(client, 'mutation { setTopicInference(input: {personId: "p3", enabled: false}) '
                 "{ person { inferTopics } } }")
    # Cees knew the Wmo from documents and a claim: the claim still counts
    assert "p3" in experts(client, "Wmo")
    # Anna's accessibility knowledge is inferred only (no claim): with inference off for
    # Communicatie she drops out, Bram (who claims it) stays
    assert experts(client, "digitale toegankelijkheid")[:2] == ["p1", "p2"]
    policy = _set(client, 'mutation { setInferencePolicy(input: {department: "com", '
                          "inferFromDocuments: false}) { applied userErrors { message } } }")
    assert policy["setInferencePolicy"] == {"applied": True, "userErrors": []}
    ranked = experts(client, "digitale toegankelijkheid")
    assert "p2" in ranked and "p1" not in ranked
    # ...until she confirms the topic herself
    _set(client, 'mutation { confirmTopic(input: {personId: "p1", '
                 'topic: "digitale toegankelijkheid"}) { verdict } }')
    assert "p1" in experts(client, "digitale toegankelijkheid")
    # hiding removes a person from every answer; opting out from buddy proposals
    _set(client, 'mutation { setVisibility(input: {personId: "p4", visibility: HIDDEN}) '
                 "{ person { visibility } } }")
    assert "p4" not in experts(client, "privacy")
    _set(client, 'mutation { setBuddyOptOut(input: {personId: "p1", optOut: true}) '
                 "{ person { buddyOptOut } } }")
    pairs = gql(client, '{ buddies(newcomers: ["p2"], crossDepartment: true) '
                        "{ pairs { buddy { key } } } }")["buddies"]["pairs"]
    assert all(p["buddy"]["key"] not in {"p1", "p4"} for p in pairs)


def test_accepted_pairing_is_not_proposed_again(client: TestClient) -> None:
    query = '{ buddies(newcomers: ["p2"], crossDepartment: true) { pairs { buddy { key } } } }'
    first = gql(client, query)["buddies"]["pairs"]
    assert first, "the tiny organisation has buddies for Bram"
    buddy = first[0]["buddy"]["key"]
    accepted = gql(client, 'mutation($b: ID!) { acceptBuddyPairing(input: {newcomerId: "p2", '
                           "buddyId: $b}) { acceptedOn userErrors { message } } }", b=buddy)
    assert accepted["acceptBuddyPairing"]["userErrors"] == []
    again = gql(client, query)["buddies"]["pairs"]
    assert buddy not in {p["buddy"]["key"] for p in again}


def test_erased_rows_are_not_left_readable_in_the_sqlite_files(tmp_path: Any,
                                                               tiny_org: IngestRequest) -> None:
    from graph.sqlite_store import SqliteStore

    db = tmp_path / "erase.db"
    store = SqliteStore(db)
    Service(store).ingest(tiny_org)
    store.erase_person("p4")
    store.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("erase.db*"))
    assert b"dirk@proefdorp.nl" not in raw and b"Dirk Smit" not in raw
