"""All settings, read from the environment in one place (prefix ``WIEWEET_``, Neo4j's own names)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
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
