"""Scope policies resolved for one person: may their documents count, may others find them?

A works council may ask that topics are not inferred from what the people of a department or a
whole organisation write; a member organisation of a shared-service instance may keep its people
out of the other organisations' searches. Both settings are ``ScopePolicy`` rows; this module
answers the two questions every reader of them (ranking, the HR reports) asks, the same way.

Inference, nearest setting wins: the person's own choice (``Person.infer_topics`` False) always
switches it off; otherwise the policy of their department, else of the nearest department above
it that sets one, else of their organisation, else on. A department setting therefore beats the
organisation's, and a sub-department's beats its parent's.

Findability: the people of an organisation whose ``findable_by_other_organisations`` is False are
found only by searches made from that organisation or, when the searcher's organisation is not
known (the local CLI, the demo), scoped to it. When the searcher's organisation is known it
decides: scoping a search to another organisation does not open that organisation's people to
outsiders, or the setting would be a filter anyone can switch off.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from graph.model import Department, Person, ScopeKind, ScopePolicy, fold


@dataclass(frozen=True)
class ScopePolicies:
    """The policies and the department tree, ready to answer per person.

    Build with ``ScopePolicies.of(store.policies(), store.departments())``.
    """

    departments: dict[str, Department] = field(default_factory=dict)
    department_infers: dict[str, bool] = field(default_factory=dict)
    organisation_infers: dict[str, bool] = field(default_factory=dict)  # by folded name
    closed_organisations: frozenset[str] = frozenset()  # folded names not findable by others

    @classmethod
    def of(cls, policies: Iterable[ScopePolicy],
           departments: Iterable[Department]) -> ScopePolicies:
        """Index the policies (unset values are left out, so they inherit)."""
        dept: dict[str, bool] = {}
        org: dict[str, bool] = {}
        closed: set[str] = set()
        for p in policies:
            if p.kind is ScopeKind.DEPARTMENT and p.infer_from_documents is not None:
                dept[p.scope_id] = p.infer_from_documents
            elif p.kind is ScopeKind.ORGANISATION:
                if p.infer_from_documents is not None:
                    org[fold(p.scope_id)] = p.infer_from_documents
                if p.findable_by_other_organisations is False:
                    closed.add(fold(p.scope_id))
        return cls({d.id: d for d in departments}, dept, org, frozenset(closed))

    def organisation_of(self, person: Person) -> str:
        """The organisation of the person's department ('' when unknown)."""
        dept = self.departments.get(person.department_id or "")
        return dept.organisation if dept else ""

    def infers(self, person: Person) -> bool:
        """Whether topics found in the person's documents count for them.

        >>> from graph.model import Department, Person, ScopePolicy, ScopeKind
        >>> depts = [Department("a", "A", "Org"), Department("b", "B", "Org", "a")]
        >>> rules = ScopePolicies.of([ScopePolicy(ScopeKind.ORGANISATION, "Org", False),
        ...                           ScopePolicy(ScopeKind.DEPARTMENT, "a", True)], depts)
        >>> rules.infers(Person("p", "P", department_id="b"))  # a's setting beats Org's
        True
        >>> rules.infers(Person("q", "Q", department_id="b", infer_topics=False))
        False
        """
        if not person.infer_topics:
            return False
        seen: set[str] = set()
        current = person.department_id
        while current and current not in seen:  # a cycle in bad data must not hang
            seen.add(current)
            if current in self.department_infers:
                return self.department_infers[current]
            dept = self.departments.get(current)
            current = dept.parent_id if dept else None
        return self.organisation_infers.get(fold(self.organisation_of(person)), True)

    def findable(self, person: Person, scope: str | None = None,
                 asker: str | None = None) -> bool:
        """Whether a search scoped to organisation ``scope`` and made from organisation
        ``asker`` (either None when not known) may show the person.

        >>> from graph.model import Department, Person, ScopePolicy, ScopeKind
        >>> rules = ScopePolicies.of([ScopePolicy(ScopeKind.ORGANISATION, "Veenoord",
        ...                           findable_by_other_organisations=False)],
        ...                          [Department("v", "V", "Veenoord")])
        >>> p = Person("p", "P", department_id="v")
        >>> rules.findable(p), rules.findable(p, "veenoord"), rules.findable(p, asker="Veenoord")
        (False, True, True)
        >>> rules.findable(p, scope="Veenoord", asker="Aldenburg")
        False
        """
        organisation = fold(self.organisation_of(person))
        if organisation not in self.closed_organisations:
            return True
        if asker is not None:
            return fold(asker) == organisation
        return scope is not None and fold(scope) == organisation
