"""Buddy proposals over a real store (both adapters): accepted pairings are not proposed again,
people who opted out or are hidden never are, and a privacy choice takes effect at once."""

from __future__ import annotations

from datetime import date

import pytest
from api_helpers import gql, local
from fastapi.testclient import TestClient

from api.app import create_app
from api.network import NetworkService
from graph.errors import InvalidInputError, NotFoundError
from graph.model import (
    AnalysedDocument,
    Batch,
    Claim,
    Department,
    Document,
    Mention,
    Pairing,
    Person,
    PrivacyChoice,
    Topic,
    Visibility,
)
from graph.store import GraphStore

TODAY = date(2026, 2, 1)


def _org() -> Batch:
    """One newcomer (n1, started 22 days before TODAY) and four colleagues in the same
    department who each wrote one document on the Wmo, so their topics, department and bridge
    standing are the same and only tenure tells them apart: h4 (26 years) > b3 (21) > b1 (16) >
    b2 (14). h4 is hidden and b3 opted out, so the best buddy on offer is b1, then b2."""
    people = (Person("n1", "Nieuw", department_id="wmo", start_date=date(2026, 1, 10),
                     claims=(Claim("wmo", level=5),)),
              Person("b1", "Bea", department_id="wmo", start_date=date(2010, 2, 1)),
              Person("b2", "Bo", department_id="wmo", start_date=date(2012, 2, 1)),
              Person("b3", "Bas", department_id="wmo", start_date=date(2005, 2, 1)),
              Person("h4", "Hans", department_id="wmo", start_date=date(2000, 2, 1)))
    docs = tuple(AnalysedDocument(Document(f"d-{p}", "Wmo", "De Wmo.", (p,), date(2025, 1, 1)),
                                  (Mention("wmo", 1, 1.0, "De Wmo.", 3, 6, 3, 6),), "wmo")
                 for p in ("b1", "b2", "b3", "h4"))
    return Batch((Department("org", "Gemeente", "Gemeente"),
                  Department("wmo", "Wmo", "Gemeente", "org")), people,
                 (Topic("wmo", "Wmo", "Wmo"),), docs,
                 privacy=(PrivacyChoice("b3", buddy_opt_out=True),
                          PrivacyChoice("h4", visibility=Visibility.HIDDEN)))


def _proposed(network: NetworkService, **options: object) -> dict[str, str]:
    result = network.buddies(today=TODAY, **options)  # type: ignore[arg-type]
    return {p.newcomer_id: p.buddy_id for p in result.pairs}


@pytest.fixture
def network(store: GraphStore) -> NetworkService:
    store.apply(_org())
    return NetworkService(store)


def test_opted_out_and_hidden_people_are_never_proposed(network: NetworkService) -> None:
    assert _proposed(network) == {"n1": "b1"}  # not h4 or b3, who have the longest tenure
    assert _proposed(network, previous_pairs=[("n1", "b1")]) == {"n1": "b2"}  # caller's pairs


def test_an_accepted_pairing_is_stored_and_not_proposed_again(network: NetworkService,
                                                              store: GraphStore) -> None:
    assert network.accept_pairing("n1", "b1", TODAY) == Pairing("n1", "b1", TODAY)
    assert store.pairings() == [Pairing("n1", "b1", TODAY)]
    assert _proposed(network) == {"n1": "b2"}
    # b2 opts out: a privacy change moves the store's generation, so the cached analysis is
    # rebuilt (node and relationship counts would not have changed); nobody is left
    store.apply(Batch(privacy=(PrivacyChoice("b2", buddy_opt_out=True),)))
    result = network.buddies(today=TODAY)
    assert result.pairs == () and result.unmatched == ("n1",)


def test_accepting_checks_both_people(network: NetworkService, store: GraphStore) -> None:
    with pytest.raises(NotFoundError):
        network.accept_pairing("n1", "nobody", TODAY)
    with pytest.raises(NotFoundError):
        network.accept_pairing("nobody", "b1", TODAY)
    for unavailable in ("b3", "h4"):  # opted out, hidden
        with pytest.raises(InvalidInputError, match="not available as a buddy"):
            network.accept_pairing("n1", unavailable, TODAY)
    with pytest.raises(InvalidInputError, match="own buddy"):
        network.accept_pairing("n1", "n1", TODAY)
    assert store.pairings() == []


def test_buddy_reasons_over_graphql_as_text_and_data(store: GraphStore) -> None:
    """b1 (16 years, same department, shares the Wmo with n1) is proposed for n1; the reasons
    come as English text and as codes with their numbers and ids, in the same order."""
    store.apply(_org())
    with TestClient(create_app(local(), store=store)) as client:
        client.app.state.service.today = TODAY  # type: ignore[attr-defined]
        pairs = gql(client, """{ buddies(newcomers: ["n1"]) { pairs { buddy { key } reasons
                              why { code count value items via { code } text
                                    named { key kind name nameEn } } } } }""")[
            "buddies"]["pairs"]
        # naming the reasons' items is not a look-up of a person: nothing in the audit log
        assert store.audit_log() == []
        audited = gql(client, '{ person(id: "b1") { name } }')
        assert audited["person"]["name"] == "Bea" and len(store.audit_log()) == 1
    assert [p["buddy"]["key"] for p in pairs] == ["b1"]
    why = pairs[0]["why"]
    assert [(w["code"], w["count"], w["items"]) for w in why] == [
        ("SHARES_TOPICS", 1, ["wmo"]), ("TENURE", 16, []), ("SAME_DEPARTMENT", None, [])]
    assert [w["text"] for w in why] == pairs[0]["reasons"] == [
        "shares 1 topic: wmo", "16 years in the organisation", "same department"]
    assert all(w["via"] is None and w["value"] is None for w in why)
    assert [w["named"] for w in why] == [
        [{"key": "wmo", "kind": "topic", "name": "Wmo", "nameEn": "Wmo"}], [], []]
