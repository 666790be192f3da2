"""``wieweet bridges``, ``ambassadors`` and ``buddies``: the network side in the terminal."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from api.service import Service, topic_ids_for
from api.service import buddies as propose_buddies

app = typer.Typer(add_completion=False)
out = Console()
StoreOption = Annotated[str | None, typer.Option(
    "--store", help="Store URL: sqlite:///file.db or neo4j://host (default WIEWEET_STORE_URL).")]


def _service(store: str | None) -> Service:
    from api.cli import _service as open_service  # the one place that opens stores for the CLI

    return open_service(store)


@app.command()
def bridges(
    first: Annotated[int, typer.Option(help="How many people.")] = 10,
    department: Annotated[str | None, typer.Option(help="Only this department and below.")] = None,
    topic: Annotated[str | None, typer.Option(help="Only people who know this topic.")] = None,
    store: StoreOption = None,
) -> None:
    """People whose ties reach other departments, with the parts of their bridge score."""
    service = _service(store)
    try:
        rows = service.network.bridges(first, department, topic_ids_for(service, topic))
        names = {p.id: p for p in service.store.people([s.person_id for s, _ in rows])}
    finally:
        service.store.close()
    for rank, (s, known) in enumerate(rows, 1):
        p = names[s.person_id]
        out.print(f"[bold]{rank}. {p.name}[/] ({p.id}), {s.department or '-'}  "
                  f"bridge {s.score:.2f}" + (f", topic {known:.2f}" if known is not None else ""),
                  highlight=False)
        out.print(f"   {s.bridging_ties} bridging / {s.bonding_ties} bonding ties; reaches "
                  f"{len(s.departments_reached)} departments; participation "
                  f"{s.participation:.2f}, constraint {s.constraint:.2f}, effective size "
                  f"{s.effective_size:.1f}, betweenness {s.betweenness:.3f}", highlight=False)


@app.command()
def ambassadors(
    topic: Annotated[str | None, typer.Option(help="Prefer people who know this topic.")] = None,
    department: Annotated[list[str], typer.Option(
        help="Departments to reach (repeat; default: all).")] = [],  # noqa: B006
    per_department: Annotated[int, typer.Option(help="Members tied into each.")] = 1,
    size: Annotated[int | None, typer.Option(help="Team size (default: just the cover).")] = None,
    store: StoreOption = None,
) -> None:
    """An ambassador team that reaches every department, with the reasons for each member."""
    service = _service(store)
    try:
        team = service.network.ambassadors(topic_ids_for(service, topic), department,
                                           per_department, size)
        names = {p.id: p.name for p in service.store.people([m.person_id for m in team.members])}
    finally:
        service.store.close()
    out.print(f"Expected reach: {team.expected_reach:.0f} people ({team.reach_fraction:.0%}); "
              f"departments not reached: {', '.join(team.uncovered) or 'none'}", highlight=False)
    for m in team.members:
        out.print(f"[bold]- {names.get(m.person_id, m.person_id)}[/] ({m.person_id}), "
                  f"{m.department or '-'}: {'; '.join(m.reasons)}", highlight=False)


@app.command()
def buddies(
    newcomer: Annotated[list[str], typer.Option(
        help="Newcomer ids (repeat; default: everyone who started recently).")] = [],  # noqa: B006
    capacity: Annotated[int, typer.Option(help="Newcomers per buddy at most.")] = 2,
    cross_department: Annotated[bool, typer.Option(help="Buddy from another department.")] = False,
    store: StoreOption = None,
) -> None:
    """Buddy proposals for newcomers, as one optimal assignment, with reasons."""
    service = _service(store)
    try:
        result = propose_buddies(service, newcomer, capacity, cross_department)
        ids = [i for p in result.pairs for i in (p.newcomer_id, p.buddy_id)]
        names = {p.id: p.name for p in service.store.people(ids)}
    finally:
        service.store.close()
    for pair in result.pairs:
        out.print(f"[bold]{names[pair.newcomer_id]}[/] ({pair.newcomer_id}) -> "
                  f"[bold]{names[pair.buddy_id]}[/] ({pair.buddy_id}): {'; '.join(pair.reasons)}",
                  highlight=False)
    if result.unmatched:
        out.print(f"No buddy left for: {', '.join(result.unmatched)}", highlight=False)
