"""The committed SDL (api/schema.graphql) is the schema: other tools generate clients from it."""

from __future__ import annotations

from pathlib import Path

from api.schema import build_schema

SDL = Path(__file__).resolve().parents[2] / "api" / "schema.graphql"


def test_committed_sdl_matches_the_schema() -> None:
    assert SDL.read_text(encoding="utf-8") == build_schema().as_str() + "\n", (
        "the schema changed: run `wieweet schema --output api/schema.graphql` and commit it")


def test_every_list_field_is_a_connection_with_a_required_first() -> None:
    schema = build_schema()
    for type_name in ("Query", "Person", "Department"):
        gql_type = schema._schema.get_type(type_name)  # graphql-core's view of the SDL
        for name, fld in gql_type.fields.items():  # type: ignore[union-attr]
            if str(fld.type).endswith("Connection!"):
                assert str(fld.args["first"].type) == "Int!", f"{type_name}.{name}"
