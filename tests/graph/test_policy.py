"""Scope policies resolved per person (graph.policy), on a hand-drawn department tree:

    Org A:  a-root ── a-soc ── a-soc-wmo
                 └── a-com
    Org B:  b-root
"""

from __future__ import annotations

import pytest

from graph.model import Department, Person, ScopeKind, ScopePolicy
from graph.policy import ScopePolicies

DEPARTMENTS = [
    Department("a-root", "A", "Org A"), Department("a-soc", "Soc", "Org A", "a-root"),
    Department("a-soc-wmo", "Wmo", "Org A", "a-soc"), Department("a-com", "Com", "Org A", "a-root"),
    Department("b-root", "B", "Org B"),
]


def dept(scope: str, infer: bool | None) -> ScopePolicy:
    return ScopePolicy(ScopeKind.DEPARTMENT, scope, infer_from_documents=infer)


def org(scope: str, infer: bool | None = None, findable: bool | None = None) -> ScopePolicy:
    return ScopePolicy(ScopeKind.ORGANISATION, scope, infer, findable)


def person(department: str | None, infer_topics: bool = True) -> Person:
    return Person("p", "P", department_id=department, infer_topics=infer_topics)


def test_no_policies_infer_for_everyone_and_nothing_is_restricted() -> None:
    rules = ScopePolicies.of([], DEPARTMENTS)
    assert rules.findable(person("b-root"))
    assert rules.infers(person("a-soc-wmo")) and rules.infers(person(None))


def test_a_persons_own_choice_switches_inference_off_whatever_the_policies() -> None:
    rules = ScopePolicies.of([org("Org A", infer=True), dept("a-soc", True)], DEPARTMENTS)
    assert not rules.infers(person("a-soc", infer_topics=False))


@pytest.mark.parametrize(("policies", "department", "expected"), [
    # a department setting applies to the departments below it
    ([dept("a-soc", False)], "a-soc-wmo", False),
    ([dept("a-soc", False)], "a-com", True),
    # the nearest setting wins: a-soc-wmo's own beats a-soc's
    ([dept("a-soc", False), dept("a-soc-wmo", True)], "a-soc-wmo", True),
    ([dept("a-soc", True), dept("a-soc-wmo", False)], "a-soc", True),
    # the organisation's setting applies where no department sets one ...
    ([org("Org A", infer=False)], "a-com", False),
    ([org("Org A", infer=False)], "b-root", True),
    # ... and any department setting on the way up beats it
    ([org("Org A", infer=False), dept("a-root", True)], "a-soc-wmo", True),
    ([org("Org A", infer=True), dept("a-soc", False)], "a-soc-wmo", False),
    # a policy that leaves inference unset (None) inherits
    ([dept("a-soc-wmo", None), dept("a-soc", False)], "a-soc-wmo", False),
    # organisation names match case- and accent-insensitively
    ([org("org a", infer=False)], "a-com", False),
])
def test_nearest_setting_wins(policies: list[ScopePolicy], department: str,
                              expected: bool) -> None:
    assert ScopePolicies.of(policies, DEPARTMENTS).infers(person(department)) is expected


def test_a_cycle_in_the_department_tree_does_not_hang() -> None:
    looped = [Department("x", "X", "Org A", "y"), Department("y", "Y", "Org A", "x")]
    assert ScopePolicies.of([org("Org A", infer=False)], looped).infers(person("x")) is False


@pytest.mark.parametrize(("scope", "asker", "expected"), [
    (None, None, False),           # an instance-wide search without a known asker
    ("Org B", None, True),         # scoped to B (asker unknown: the local CLI, the demo)
    ("ORG B", None, True),
    ("Org A", None, False),
    (None, "Org B", True),         # asked from B
    ("Org A", "Org B", True),      # from B: its own people (the organisation filter is separate)
    (None, "Org A", False),        # asked from A
    ("Org B", "Org A", False),     # scoping to B does not open B to A's people
])
def test_a_closed_organisation_is_found_only_from_itself(scope: str | None, asker: str | None,
                                                         expected: bool) -> None:
    rules = ScopePolicies.of([org("Org B", findable=False)], DEPARTMENTS)
    assert rules.findable(person("b-root"), scope, asker) is expected
    # people of an open organisation, or without a department, are always findable
    assert rules.findable(person("a-com"), scope, asker)
    assert rules.findable(person(None), scope, asker)
