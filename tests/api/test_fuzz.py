"""schemathesis fuzzes the GraphQL API in-process and finds no server error.

Every query and mutation of the schema (loaded by introspection from the running app) gets
``MAX_EXAMPLES`` generated documents with generated arguments; a 5xx answer, or a GraphQL
error the server did not attribute to the client (a masked INTERNAL_SERVER_ERROR, a null in a
non-null field), fails the test. The app runs local-only, so every request acts with every role
and the fuzzer reaches every field, the administrators' mutations included (on a store of the
tiny organisation made for this module). No single API key holds every role (admin does not
include hr), and schemathesis would count a FORBIDDEN answer as a server error; to fuzz as one
tool instead, build the app without ``local_only``, create its key with
``api.auth.create_api_key`` and send it in ``AUTH_HEADERS``.
"""

from __future__ import annotations

from typing import Any

import graphql
import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ops_org import ingest_tiny_org, settings_for
from schemathesis.checks import not_a_server_error
from schemathesis.graphql import nodes

from api.app import create_app

pytestmark = pytest.mark.fuzz

MAX_EXAMPLES = 20  # per operation; the whole run stays well under a minute on 2 cores
AUTH_HEADERS: dict[str, str] = {}  # local-only: none needed


@pytest.fixture(scope="module")
def fuzzed_app(tmp_path_factory: pytest.TempPathFactory) -> FastAPI:
    db = ingest_tiny_org(tmp_path_factory.mktemp("fuzz"))
    return create_app(settings_for(db))


def json_values() -> st.SearchStrategy[graphql.ValueNode]:
    """Any JSON value as a GraphQL literal, with the import formats' keys among the random ones
    (the ``JSON`` scalar of upsertPeople/ingestDocuments; schemathesis has no strategy for it)."""
    keys = st.sampled_from(["id", "name", "department", "title", "email", "manager_id",
                            "start_date", "skills", "text", "authors", "date"]) | st.text(max_size=8)
    scalars = st.one_of(st.text(max_size=20).map(nodes.String), st.integers().map(nodes.Int),
                        st.booleans().map(nodes.Boolean), st.just(graphql.NullValueNode()))

    def containers(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        objects = st.dictionaries(keys, children, max_size=5).map(lambda d: nodes.Object([
            graphql.ObjectFieldNode(name=graphql.NameNode(value=k), value=v)
            for k, v in d.items()]))
        return st.lists(children, max_size=3).map(nodes.List) | objects

    return st.recursive(scalars, containers, max_leaves=12)


def test_no_server_errors(fuzzed_app: FastAPI) -> None:
    schemathesis.graphql.scalar("JSON", json_values())
    # one Hypothesis run per operation, driven from here: schemathesis's lazy pytest loader
    # (from_fixture) does not work with the installed pytest
    api = schemathesis.graphql.from_asgi("/graphql", fuzzed_app, headers=AUTH_HEADERS)
    failures: list[str] = []
    operations = [result.ok() for result in api.get_all_operations()]
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def fuzz(case: Any) -> None:
            # a refused argument (BAD_USER_INPUT) is the client's fault: only server errors count
            case.call_and_validate(headers=AUTH_HEADERS, checks=[not_a_server_error])

        try:
            fuzz()
        # collect them all, so one report names every failing field (schemathesis reports a
        # BaseExceptionGroup of its findings)
        except (Exception, BaseExceptionGroup) as exc:
            failures.append(f"{operation.label}: {exc}")
    assert len(operations) > 20  # the schema was loaded with its fields
    assert not failures, "\n\n".join(failures)
