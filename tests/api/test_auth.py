"""Authentication (API keys, OIDC with keys made here) and the role x field/mutation matrix."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import jwt
import pytest
from api_helpers import gql
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi.testclient import TestClient

from api.app import create_app
from api.auth import Role, create_api_key, revoke_api_key
from api.schema import build_schema
from api.service import Service
from api.settings import Settings
from extraction.ingest import IngestRequest
from graph.errors import ConfigurationError
from graph.sqlite_store import SqliteStore


@pytest.fixture
def org(tmp_path: Any, tiny_org: IngestRequest) -> Iterator[SqliteStore]:
    store = SqliteStore(tmp_path / "auth.db")
    Service(store).ingest(tiny_org)
    yield store
    store.close()


@pytest.fixture
def keys(org: SqliteStore) -> dict[str, str]:
    """A key per role; p3 (Cees) holds an employee key of his own."""
    made = {name: create_api_key(org, name, role, person)[1] for name, role, person in (
        ("employee", Role.EMPLOYEE, None), ("self", Role.EMPLOYEE, "p3"),
        ("hr", Role.HR, None), ("admin", Role.ADMIN, None))}
    return made


@pytest.fixture
def client(org: SqliteStore, keys: dict[str, str]) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(), store=org)) as test_client:
        yield test_client


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def post(client: TestClient, query: str, token: str | None = None,
         **variables: Any) -> Any:
    return client.post("/graphql", json={"query": query, "variables": variables},
                       headers=bearer(token) if token else {})


def test_serve_refuses_without_any_authentication(tmp_path: Any) -> None:
    store = SqliteStore(tmp_path / "empty.db")
    with pytest.raises(ConfigurationError, match="no authentication configured"), \
            TestClient(create_app(Settings(), store=store)):
        pass
    with TestClient(create_app(Settings(local_only=True), store=store)) as client:
        assert gql(client, "{ viewer { roles authenticatedBy } }")["viewer"] == {
            "roles": ["admin", "employee", "hr"], "authenticatedBy": "local"}
    store.close()


def test_api_keys_authenticate_and_revocation_refuses(client: TestClient, org: SqliteStore,
                                                      keys: dict[str, str]) -> None:
    response = post(client, "{ viewer { roles } }")
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    assert post(client, "{ viewer { roles } }", "ww_nope_nope").status_code == 401
    key_id = keys["hr"].split("_")[1]
    wrong_secret = f"ww_{key_id}_{'x' * 43}"
    assert post(client, "{ viewer { roles } }", wrong_secret).status_code == 401
    ok = post(client, "{ viewer { roles authenticatedBy person { key } } }", keys["self"])
    assert ok.json()["data"]["viewer"] == {"roles": ["employee"], "authenticatedBy": "api-key",
                                           "person": {"key": "p3"}}
    assert post(client, "{ viewer { roles } }", keys["hr"]).json()["data"]["viewer"][
        "roles"] == ["employee", "hr"]
    stored = json.dumps([vars(r) for r in org.api_keys()], default=str)
    secrets = [keys[k].removeprefix("ww_").partition("_")[2] for k in keys]
    assert all(len(s) >= 40 and s not in stored for s in secrets)  # only hashes are stored
    revoke_api_key(org, key_id)
    client.app.state.authenticator.forget_keys()  # type: ignore[attr-defined]
    assert post(client, "{ viewer { roles } }", keys["hr"]).status_code == 401


# ---------------------------------------------------------------- OIDC with keys made here


class _Jwks(BaseHTTPRequestHandler):
    body = b"{}"

    def do_GET(self) -> None:  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def identity_provider() -> Iterator[tuple[str, Any]]:
    """A real HTTP server on 127.0.0.1 publishing a JWKS with a key generated here."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
    handler = type("Handler", (_Jwks,), {"body": json.dumps(
        {"keys": [public | {"kid": "k1", "use": "sig", "alg": "RS256"}]}).encode()})
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/jwks.json", key
    server.shutdown()


def token(key: Any, **claims: Any) -> str:
    now = int(time.time())
    body = {"iss": "https://idp.example", "aud": "wieweet", "sub": "u-1", "iat": now,
            "exp": now + 300} | claims
    return jwt.encode(body, key, algorithm="RS256", headers={"kid": "k1"})


def test_oidc_tokens_give_roles_and_the_own_profile(org: SqliteStore,
                                                    identity_provider: tuple[str, Any]) -> None:
    url, key = identity_provider
    settings = Settings(oidc_issuer="https://idp.example", oidc_jwks_url=url,
                        oidc_roles_claim="realm_access.roles", oidc_role_prefix="wieweet-")
    with TestClient(create_app(settings, store=org)) as client:
        good = token(key, realm_access={"roles": ["wieweet-hr", "offline_access"]},
                     employee_id="p4")
        viewer = post(client, "{ viewer { roles authenticatedBy person { key } } }", good)
        assert viewer.json()["data"]["viewer"] == {"roles": ["employee", "hr"],
                                                   "authenticatedBy": "oidc",
                                                   "person": {"key": "p4"}}
        expired = token(key, exp=int(time.time()) - 10, realm_access={"roles": ["wieweet-hr"]})
        assert post(client, "{ viewer { roles } }", expired).status_code == 401
        assert post(client, "{ viewer { roles } }", token(key, aud="other")).status_code == 401
        assert post(client, "{ viewer { roles } }", token(key, iss="https://evil")).status_code == 401
        stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        assert post(client, "{ viewer { roles } }", token(stranger)).status_code == 401
        # a valid token without any wieweet role may ask nothing but "who am I"
        nobody = token(key, realm_access={"roles": ["offline_access"]})
        body = post(client, '{ experts(query: "Wmo", first: 1) { nodes { score } } }', nobody)
        assert body.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"


# ---------------------------------------------------------------- the role matrix

CEES = "p3"
# One operation per Query and Mutation field, and the roles that may use it.
# "self" is an employee whose key belongs to p3, the person most operations are about.
EMPLOYEE_UP = {"employee", "self", "hr", "admin"}
MATRIX: dict[str, tuple[str, set[str]]] = {
    "node": ('{ node(id: "UGVyc29uOnAz") { id } }', EMPLOYEE_UP),
    "viewer": ("{ viewer { roles } }", EMPLOYEE_UP),
    "experts": ('{ experts(query: "Wmo", first: 2) { nodes { score } } }', EMPLOYEE_UP),
    "person": ('{ person(id: "p3") { name } }', EMPLOYEE_UP),
    "people": ("{ people(first: 2) { nodes { name } } }", EMPLOYEE_UP),
    "department": ('{ department(id: "soc") { name } }', EMPLOYEE_UP),
    "departments": ("{ departments(first: 2) { nodes { name } } }", EMPLOYEE_UP),
    "topic": ('{ topic(id: "wmo") { labelNl } }', EMPLOYEE_UP),
    "topics": ("{ topics(first: 2) { nodes { labelNl } } }", EMPLOYEE_UP),
    "bridges": ("{ bridges(first: 2) { nodes { score } } }", {"hr"}),
    "ambassadors": ("{ ambassadors { reachFraction } }", {"hr"}),
    "buddies": ("{ buddies(newcomers: [\"p2\"]) { pairs { score } } }", {"hr"}),
    "auditLog": ("{ auditLog(first: 5) { nodes { actor } } }", {"admin"}),
    "singleKeeperTopics": ("{ singleKeeperTopics(first: 3) { nodes { demand } } }", {"hr"}),
    "departureRisks": ("{ departureRisks(first: 3) { nodes { weight } } }", {"hr"}),
    "missedSearches": ("{ missedSearches(first: 3) { nodes { query } } }", {"hr"}),
    "staleTopics": ("{ staleTopics(first: 3) { nodes { demand } } }", {"hr"}),
    "staleProfiles": ("{ staleProfiles(first: 3) { nodes { listed } } }", {"hr"}),
    "spreadingPlan": ('{ spreadingPlan(department: "soc") { period } }', {"hr"}),
    "confirmTopic": ('mutation { confirmTopic(input: {personId: "p3", topic: "wmo"}) '
                     "{ userErrors { code } } }", {"self", "admin"}),
    "rejectTopic": ('mutation { rejectTopic(input: {personId: "p3", topic: "privacy"}) '
                    "{ userErrors { code } } }", {"self", "admin"}),
    "setVisibility": ('mutation { setVisibility(input: {personId: "p3", visibility: VISIBLE}) '
                      "{ userErrors { code } } }", {"self", "admin"}),
    "setTopicInference": ('mutation { setTopicInference(input: {personId: "p3", enabled: true})'
                          " { userErrors { code } } }", {"self", "admin"}),
    "setBuddyOptOut": ('mutation { setBuddyOptOut(input: {personId: "p3", optOut: false}) '
                       "{ userErrors { code } } }", {"self", "admin"}),
    "acceptBuddyPairing": ('mutation { acceptBuddyPairing(input: {newcomerId: "p2", '
                           'buddyId: "p1"}) { userErrors { code } } }', {"hr"}),
    "erasePerson": ('mutation { erasePerson(input: {personId: "nobody"}) '
                    "{ userErrors { code } } }", {"admin"}),
    "setInferencePolicy": ('mutation { setInferencePolicy(input: {department: "fin", '
                           "inferFromDocuments: true}) { userErrors { code } } }", {"admin"}),
    "upsertPeople": ("mutation { upsertPeople(input: {records: []}) { userErrors { code } } }",
                     {"admin"}),
    "ingestDocuments": ("mutation { ingestDocuments(input: {records: []}) "
                        "{ userErrors { code } } }", {"admin"}),
    "createApiKey": ('mutation { createApiKey(input: {name: "x", role: "employee"}) '
                     "{ userErrors { code } } }", {"admin"}),
    "revokeApiKey": ('mutation { revokeApiKey(input: {keyId: "nope"}) { userErrors { code } } }',
                     {"admin"}),
}


def test_the_matrix_names_every_query_and_mutation_field() -> None:
    schema = build_schema()._schema
    fields = {*schema.query_type.fields, *schema.mutation_type.fields}  # type: ignore[union-attr]
    assert fields == set(MATRIX), "add new fields to MATRIX with the roles that may use them"


@pytest.mark.parametrize("who", ["employee", "self", "hr", "admin"])
@pytest.mark.parametrize("operation", sorted(MATRIX))
def test_role_matrix(client: TestClient, keys: dict[str, str], who: str, operation: str) -> None:
    document, allowed = MATRIX[operation]
    body = post(client, document, keys[who]).json()
    codes = {e.get("extensions", {}).get("code") for e in body.get("errors", [])}
    if who in allowed:
        assert not body.get("errors"), body
    else:
        assert codes == {"FORBIDDEN"}, body


PERSONAL = '{ person(id: "p4") { email startDate manager { key } visibility inferTopics buddyOptOut } }'


@pytest.mark.parametrize(("who", "sees"), [("employee", False), ("self", False), ("hr", True),
                                           ("admin", True)])
def test_personal_fields_only_for_hr_admin_and_the_person(client: TestClient,
                                                          keys: dict[str, str], who: str,
                                                          sees: bool) -> None:
    person = post(client, PERSONAL, keys[who]).json()["data"]["person"]
    expected = {"email": "dirk@proefdorp.nl", "startDate": "2018-09-01",
                "manager": {"key": "p3"}, "visibility": "VISIBLE", "inferTopics": True,
                "buddyOptOut": False}
    assert person == (expected if sees else dict.fromkeys(expected))
    own = post(client, '{ person(id: "p3") { email } }', keys["self"]).json()["data"]
    assert own["person"]["email"] == "cees@proefdorp.nl"  # Cees sees his own


def test_employees_manage_only_their_own_profile(client: TestClient,
                                                 keys: dict[str, str]) -> None:
    hide_other = post(client, 'mutation { setVisibility(input: {personId: "p4", '
                              'visibility: HIDDEN}) { userErrors { code } } }', keys["self"])
    assert hide_other.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    hide_self = post(client, 'mutation { setVisibility(input: {personId: "p3", '
                             'visibility: HIDDEN}) { person { visibility } } }', keys["self"])
    assert hide_self.json()["data"]["setVisibility"]["person"]["visibility"] == "HIDDEN"
    # hidden: gone for colleagues, still there for himself
    assert post(client, '{ person(id: "p3") { key } }', keys["employee"]).json()[
        "data"]["person"] is None
    assert post(client, "{ viewer { person { key } } }", keys["self"]).json()[
        "data"]["viewer"]["person"] == {"key": "p3"}


def test_hr_look_ups_of_individuals_are_audited(client: TestClient, org: SqliteStore,
                                                keys: dict[str, str]) -> None:
    post(client, '{ person(id: "p4") { name } }', keys["hr"])
    post(client, '{ person(id: "p4") { name } }', keys["employee"])  # not audited
    post(client, '{ person(id: "p3") { name } }', keys["self"])  # own profile: not audited
    entries = org.audit_log(None, None)
    assert [(e.subject_id, e.role, e.action) for e in entries] == [("p4", "hr", "person")]
    hr_key_id = keys["hr"].split("_")[1]
    assert entries[0].actor == f"key:{hr_key_id}"
    read = post(client, "{ auditLog(first: 10) { nodes { subjectKey role actor } } }",
                keys["admin"]).json()["data"]["auditLog"]["nodes"]
    assert read == [{"subjectKey": "p4", "role": "hr", "actor": f"key:{hr_key_id}"}]


def test_a_person_sees_who_looked_them_up_and_their_pairings(client: TestClient,
                                                             keys: dict[str, str]) -> None:
    post(client, '{ person(id: "p3") { name } }', keys["hr"])
    query = '{ person(id: "p3") { lookups { role action } buddyPairings { acceptedOn } } }'
    own = post(client, query, keys["self"]).json()["data"]["person"]
    assert own == {"lookups": [{"role": "hr", "action": "person"}], "buddyPairings": []}
    other = post(client, query, keys["employee"]).json()["data"]["person"]
    assert other == {"lookups": None, "buddyPairings": None}
    hr = post(client, query, keys["hr"]).json()["data"]["person"]
    assert hr["lookups"] is None and hr["buddyPairings"] == []  # hr does not read the audit log


def test_erasing_a_person_ends_their_own_key(client: TestClient, keys: dict[str, str]) -> None:
    assert post(client, "{ viewer { roles } }", keys["self"]).status_code == 200
    erased = post(client, 'mutation { erasePerson(input: {personId: "p3"}) { removed { kind count } } }',
                  keys["admin"]).json()["data"]["erasePerson"]["removed"]
    assert {"kind": "api_keys", "count": 1} in erased
    client.app.state.authenticator.forget_keys()  # type: ignore[attr-defined]
    assert post(client, "{ viewer { roles } }", keys["self"]).status_code == 401
