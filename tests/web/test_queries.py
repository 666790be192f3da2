"""Every GraphQL document the web pages execute is valid against the schema, both the running
one and the committed SDL (``api/schema.graphql``), so a renamed field fails here, not on a page."""

from __future__ import annotations

from pathlib import Path

import pytest
from graphql import build_schema as build_sdl
from graphql import parse, validate

from api.schema import build_schema
from api.web import queries

SDL = Path(__file__).resolve().parents[2] / "api" / "schema.graphql"


def test_every_document_is_collected() -> None:
    # the page modules use these names; a document added without being validated would slip by
    assert {"EXPERTS", "PERSON_PAGE", "DEPARTMENT_PAGE", "CONFIRM_TOPIC", "REJECT_TOPIC",
            "SAVE_SETTINGS", "BRIDGES", "AMBASSADORS", "BUDDIES", "ACCEPT_BUDDY",
            "DEPARTMENT_MAP", "DEPARTMENTS", "SINGLE_KEEPER", "DEPARTURES", "MISSED_SEARCHES",
            "STALE_TOPICS", "STALE_PROFILES", "SPREADING"} <= set(queries.ALL)


@pytest.mark.parametrize("name", sorted(queries.ALL))
def test_document_is_valid_against_the_running_schema(name: str) -> None:
    errors = validate(build_schema()._schema, parse(queries.ALL[name]))
    assert errors == [], [e.message for e in errors]


@pytest.mark.parametrize("name", sorted(queries.ALL))
def test_document_is_valid_against_the_committed_sdl(name: str) -> None:
    errors = validate(build_sdl(SDL.read_text(encoding="utf-8")), parse(queries.ALL[name]))
    assert errors == [], [e.message for e in errors]


def test_a_wrong_field_is_caught() -> None:
    # the check above can fail: a document asking for a field the schema lacks is reported
    errors = validate(build_schema()._schema, parse("{ viewer { noSuchField } }"))
    assert errors
