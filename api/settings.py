"""All settings, read from the environment in one place (prefix ``WIEWEET_``, Neo4j's own names)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from graph.store import GraphStore, open_store

REPO_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Settings for the API, the CLI and the stores.

    ``store_url``: ``sqlite:///path.db`` (default ``./wieweet.db``) or ``neo4j://``/``bolt://``;
    for Neo4j the credentials come from ``NEO4J_USERNAME``/``NEO4J_PASSWORD``/``NEO4J_DATABASE``.
    """

    model_config = SettingsConfigDict(env_prefix="WIEWEET_", extra="ignore")

    env: Literal["development", "production"] = "development"
    store_url: str = "sqlite:///wieweet.db"
    seed_dir: Path = REPO_ROOT / "seed_data"
    neo4j_uri: str | None = Field(default=None, validation_alias="NEO4J_URI")
    neo4j_username: str = Field(default="neo4j", validation_alias="NEO4J_USERNAME")
    neo4j_password: SecretStr = Field(default=SecretStr(""), validation_alias="NEO4J_PASSWORD")
    neo4j_database: str = Field(default="neo4j", validation_alias="NEO4J_DATABASE")
    recency_half_life_days: float = 3 * 365.0
    # who-knows questions are logged for the missed-searches report; the searcher's identity
    # only when this is on (it is personal data)
    log_searcher: bool = False
    # authentication (README "Privacy and security"): API keys live in the store; OIDC is on when
    # an issuer is set. local_only: no authentication at all, only on 127.0.0.1 (the demo).
    local_only: bool = False
    oidc_issuer: str | None = None
    oidc_audience: str = "wieweet"
    oidc_jwks_url: str | None = None  # default: <issuer>/.well-known/jwks.json
    oidc_roles_claim: str = "roles"  # a dotted path, e.g. realm_access.roles
    oidc_role_prefix: str = ""  # claim values "<prefix>hr" etc.; others are ignored
    oidc_person_claim: str = "employee_id"  # the claim holding the employee id (own profile)
    # HR look-ups of individuals are written to the audit log; admins read it
    audit_hr_lookups: bool = True

    # hardening and operations (api/hardening.py, api/ops.py); every limit applies per request
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    max_query_depth: int = Field(default=12, ge=1)  # Relay edges/node count: ~5 nested lists
    max_query_tokens: int = Field(default=1000, ge=1)  # GraphiQL's introspection: ~200
    max_aliases: int = Field(default=20, ge=0)
    max_batch_operations: int = Field(default=0, ge=0)  # 0: a JSON array of operations is refused
    max_body_bytes: int = Field(default=1_048_576, ge=1)  # 413 above; chunked bodies are counted
    request_timeout_seconds: float = Field(default=30.0, gt=0)  # 504 after this
    introspection: bool | None = None  # None: on in development, off in production
    # Prometheus's bearer token for /metrics (an admin's credentials also do); unset: admins only
    metrics_token: SecretStr | None = Field(default=None, min_length=16)

    @field_validator("metrics_token", mode="before")
    @classmethod
    def _unset_when_empty(cls, value: object) -> object:
        # WIEWEET_METRICS_TOKEN= (as compose writes an unset variable) means no token
        return None if value == "" else value

    @property
    def development(self) -> bool:
        return self.env == "development"

    @property
    def effective_store_url(self) -> str:
        """``NEO4J_URI`` wins when set, so a Neo4j deployment needs no second variable."""
        return self.neo4j_uri or self.store_url


def open_configured_store(settings: Settings, url: str | None = None) -> GraphStore:
    """Open ``url`` (default: the configured store) with the configured Neo4j credentials.

    Raises:
        StoreUnavailableError: the store cannot be reached, or refuses the credentials.
    """
    return open_store(url or settings.effective_store_url, username=settings.neo4j_username,
                      password=settings.neo4j_password.get_secret_value() or None,
                      database=settings.neo4j_database or None)
