"""Who is asking: API keys for tools, OIDC bearer tokens for people, and a local-only mode.

Roles (see README "Privacy and security"): ``employee`` searches experts, sees visible people
and their evidence, and manages their own profile; ``hr`` adds the network and knowledge-health
views and the personal fields (e-mail, start date, manager); ``admin`` ingests, erases, manages
keys and the taxonomy, and may manage anyone's profile. ``hr`` and ``admin`` include
``employee``; ``admin`` does not include ``hr`` (an administrator runs the system, they do not
look at colleagues' networks), but a principal may hold several roles.

API keys look like ``ww_<id>_<secret>``: the id finds the record, only a SHA-256 hash of the
secret is stored (the secret is 256 random bits, so a slow password hash adds nothing), and the
comparison is constant-time. Keys are read from the store on each request with a two-second
cache, so a revocation reaches every server process within two seconds (at once in the process
that revoked it).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from graph.errors import ConfigurationError, NotFoundError, WieweetError
from graph.model import ApiKey
from graph.store import GraphStore

KEY_PREFIX = "ww_"
KEY_COOKIE = "wieweet_key"  # the web page's login keeps the API key in this HttpOnly cookie
KEY_CACHE_SECONDS = 2.0


class Role(StrEnum):
    EMPLOYEE = "employee"
    HR = "hr"
    ADMIN = "admin"


class AuthenticationError(WieweetError):
    """No valid credentials: the request is answered with 401."""


@dataclass(frozen=True)
class Principal:
    """Who a request acts as. ``person_id`` is the employee this is, for their own profile."""

    subject: str
    roles: frozenset[Role]
    person_id: str | None = None
    via: str = "api-key"  # api-key | oidc | local

    def has(self, role: Role) -> bool:
        return role in self.roles

    def may_manage(self, person_id: str) -> bool:
        """Their own profile, or anyone's for an administrator."""
        return self.person_id == person_id or Role.ADMIN in self.roles

    def may_see_personal(self, person_id: str) -> bool:
        """E-mail, start date, manager and privacy choices: the person themself, hr and admin."""
        return self.person_id == person_id or bool(self.roles & {Role.HR, Role.ADMIN})


LOCAL = Principal("local", frozenset(Role), None, "local")


def expand_roles(roles: set[Role]) -> frozenset[Role]:
    """hr and admin include employee."""
    return frozenset(roles | ({Role.EMPLOYEE} if roles else set()))


def parse_role(value: str) -> Role:
    try:
        return Role(value.strip().lower())
    except ValueError:
        raise ConfigurationError(
            f"unknown role {value!r}: use one of {', '.join(r.value for r in Role)}") from None


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def create_api_key(store: GraphStore, name: str, role: Role,
                   person_id: str | None = None) -> tuple[ApiKey, str]:
    """Store a new key and return its record and the full key, which is shown once only.

    ``person_id`` ties the key to an employee (their own profile); tools leave it empty.
    """
    key_id = secrets.token_hex(4)
    secret = secrets.token_urlsafe(32)
    record = ApiKey(key_id, name, role.value, _hash(secret), datetime.now(UTC),
                    person_id=person_id)
    store.put_api_key(record)
    return record, f"{KEY_PREFIX}{key_id}_{secret}"


def revoke_api_key(store: GraphStore, key_id: str) -> ApiKey:
    """Mark a key revoked (it stays listed, with the time). Raises ``NotFoundError``."""
    for record in store.api_keys():
        if record.id == key_id:
            if record.revoked_at is None:
                record = replace(record, revoked_at=datetime.now(UTC))
                store.put_api_key(record)
            return record
    raise NotFoundError(f"no API key {key_id!r}")


def token_of(headers: Mapping[str, str], cookies: Mapping[str, str]) -> str | None:
    """The bearer token of a request, else the web page's key cookie."""
    header = headers.get("authorization", "")
    token = header[7:].strip() if header[:7].lower() == "bearer " else None
    return token or cookies.get(KEY_COOKIE)


class Authenticator:
    """Turns an ``Authorization`` value (or the web page's key cookie) into a ``Principal``."""

    def __init__(self, store: GraphStore, *, local_only: bool = False,
                 oidc: OidcVerifier | None = None) -> None:
        self.store = store
        self.local_only = local_only
        self.oidc = oidc
        self._lock = threading.Lock()
        self._keys: tuple[float, dict[str, ApiKey]] | None = None

    def configured(self) -> bool:
        """Whether anyone can log in: OIDC is set up or at least one key is active."""
        return self.oidc is not None or any(k.revoked_at is None for k in self._all_keys())

    def forget_keys(self) -> None:
        with self._lock:
            self._keys = None

    def _all_keys(self) -> list[ApiKey]:
        with self._lock:
            if self._keys is None or time.monotonic() - self._keys[0] > KEY_CACHE_SECONDS:
                self._keys = (time.monotonic(), {k.id: k for k in self.store.api_keys()})
            return list(self._keys[1].values())

    def _key(self, key_id: str) -> ApiKey | None:
        self._all_keys()
        with self._lock:
            return self._keys[1].get(key_id) if self._keys else None

    def authenticate(self, token: str | None) -> Principal:
        """The principal for a bearer token; raises ``AuthenticationError``."""
        if self.local_only:
            return LOCAL
        if not token:
            raise AuthenticationError("authentication required: send 'Authorization: Bearer "
                                      "<API key or OIDC token>'")
        if token.startswith(KEY_PREFIX):
            return self._from_key(token)
        if self.oidc is None:
            raise AuthenticationError("invalid API key")
        return self.oidc.verify(token)

    def _from_key(self, token: str) -> Principal:
        key_id, _, secret = token.removeprefix(KEY_PREFIX).partition("_")
        record = self._key(key_id)
        if (record is None or record.revoked_at is not None
                or not hmac.compare_digest(record.secret_hash, _hash(secret))):
            raise AuthenticationError("invalid or revoked API key")
        return Principal(f"key:{record.id}", expand_roles({Role(record.role)}),
                         record.person_id, "api-key")


class OidcVerifier:
    """Validates OIDC access/ID tokens (signature from the JWKS, issuer, audience, expiry) with
    PyJWT, and reads roles and the employee id from configurable claims.

    ``roles_claim`` may be a dotted path (``realm_access.roles``); its values are matched to role
    names after removing ``role_prefix`` (``wieweet-hr`` -> ``hr``); other values are ignored.
    """

    def __init__(self, issuer: str, audience: str, jwks_url: str, *,
                 roles_claim: str = "roles", person_claim: str = "employee_id",
                 role_prefix: str = "", algorithms: tuple[str, ...] = ("RS256", "ES256")) -> None:
        import jwt

        self.issuer = issuer
        self.audience = audience
        self.roles_claim = roles_claim
        self.person_claim = person_claim
        self.role_prefix = role_prefix
        self.algorithms = list(algorithms)
        self._jwks = jwt.PyJWKClient(jwks_url, cache_keys=True, lifespan=300)

    def verify(self, token: str) -> Principal:
        import jwt

        try:
            signing_key = self._jwks.get_signing_key_from_jwt(token)
            claims: dict[str, Any] = jwt.decode(
                token, signing_key.key, algorithms=self.algorithms, audience=self.audience,
                issuer=self.issuer, options={"require": ["exp", "iss", "aud", "sub"]})
        except jwt.PyJWKClientConnectionError as exc:
            raise AuthenticationError(f"cannot fetch the identity provider's keys: {exc}") from exc
        except jwt.PyJWTError as exc:
            raise AuthenticationError(f"invalid token: {exc}") from exc
        roles = set()
        for value in _claim(claims, self.roles_claim):
            name = str(value).removeprefix(self.role_prefix).lower()
            if name in Role.__members__.values():
                roles.add(Role(name))
        person = _claim(claims, self.person_claim)
        return Principal(f"oidc:{claims['sub']}", expand_roles(roles),
                         str(person[0]) if person else None, "oidc")


def _claim(claims: dict[str, Any], path: str) -> list[Any]:
    value: Any = claims
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return []
        value = value[part]
    return list(value) if isinstance(value, list | tuple) else [value]
