"""``wieweet keys``, ``erase``, ``privacy``, ``policy``, ``audit``: administration in a terminal.

The CLI runs with the rights of whoever can read the store (the machine's administrator), so it
does not ask for a role; the API does.
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from api import privacy as use
from api.auth import create_api_key, parse_role, revoke_api_key
from api.service import Service
from graph.model import ScopeKind, Visibility

app = typer.Typer(add_completion=False)
keys = typer.Typer(help="API keys for tools and people: create, list, revoke.",
                   no_args_is_help=True)
app.add_typer(keys, name="keys")
out = Console()
StoreOption = Annotated[str | None, typer.Option(
    "--store", help="Store URL: sqlite:///file.db or neo4j://host (default WIEWEET_STORE_URL).")]


def _service(store: str | None) -> Service:
    from api.cli import _service as open_service  # the one place that opens stores for the CLI

    return open_service(store)


@keys.command("create")
def keys_create(
    name: Annotated[str, typer.Argument(help="What the key is for, e.g. 'intranet'.")],
    role: Annotated[str, typer.Option(help="employee, hr or admin")],
    person: Annotated[str | None, typer.Option(
        help="The employee id this key belongs to (their own profile).")] = None,
    store: StoreOption = None,
) -> None:
    """Create an API key. The key is printed once; only a hash of it is stored."""
    service = _service(store)
    try:
        if person:
            service.person(person)
        record, secret = create_api_key(service.store, name, parse_role(role), person)
    finally:
        service.store.close()
    out.print(f"created key {record.id} ({record.role}) for {name!r}; it is shown only now:",
              highlight=False)
    print(secret)  # noqa: T201  # plain, so scripts can capture it


@keys.command("list")
def keys_list(store: StoreOption = None) -> None:
    """Every key: id, name, role, person, created, revoked."""
    service = _service(store)
    try:
        records = service.store.api_keys()
    finally:
        service.store.close()
    for r in sorted(records, key=lambda r: r.created_at):
        state = f"revoked {r.revoked_at:%Y-%m-%d %H:%M}" if r.revoked_at else "active"
        out.print(f"{r.id}  {r.role:<8} {r.name}  person={r.person_id or '-'}  "
                  f"created {r.created_at:%Y-%m-%d %H:%M}  {state}", highlight=False)


@keys.command("revoke")
def keys_revoke(key_id: str, store: StoreOption = None) -> None:
    """Revoke a key: requests with it are refused within two seconds."""
    service = _service(store)
    try:
        record = revoke_api_key(service.store, key_id)
    finally:
        service.store.close()
    out.print(f"revoked {record.id} ({record.name})", highlight=False)


@app.command()
def erase(
    person: Annotated[str, typer.Argument(help="The employee id to erase.")],
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
    store: StoreOption = None,
) -> None:
    """Erase a person: profile, authorship, derived scores, logs; a re-import will skip them."""
    if not yes:
        typer.confirm(f"Erase {person} and everything derived from them?", abort=True)
    service = _service(store)
    try:
        report = use.erase(service, person)
    finally:
        service.store.close()
    removed = ", ".join(f"{k} {v}" for k, v in sorted(report.removed.items()) if v)
    out.print(f"erased {person}: {removed or 'nothing else held'}", highlight=False)


@app.command("privacy")
def set_privacy(
    person: str,
    visibility: Annotated[Visibility | None, typer.Option(help="visible or hidden")] = None,
    infer_topics: Annotated[bool | None, typer.Option(
        "--infer-topics/--no-infer-topics", help="Whether topics found in documents count.")]
    = None,
    buddy_opt_out: Annotated[bool | None, typer.Option(
        "--buddy-opt-out/--buddy-opt-in", help="Never be proposed as a buddy.")] = None,
    store: StoreOption = None,
) -> None:
    """Record a person's own privacy choices (on their request)."""
    service = _service(store)
    try:
        p = use.set_privacy(service, person, visibility=visibility, infer_topics=infer_topics,
                            buddy_opt_out=buddy_opt_out)
    finally:
        service.store.close()
    buddy = "opted out" if p.buddy_opt_out else "ok"
    out.print(f"{p.id}: {p.visibility.value}, inferred topics "
              f"{'on' if p.infer_topics else 'off'}, buddy {buddy}", highlight=False)


@app.command()
def policy(
    department: Annotated[str | None, typer.Option(help="A department id (and below).")] = None,
    organisation: Annotated[str | None, typer.Option(help="An organisation name.")] = None,
    infer: Annotated[bool | None, typer.Option(
        "--infer/--no-infer", help="Whether topics found in documents count.")] = None,
    findable: Annotated[bool | None, typer.Option(
        "--findable/--not-findable", help="Organisation only: findable by other organisations.")]
    = None,
    store: StoreOption = None,
) -> None:
    """Set a department's or organisation's policy (for example a works council decision)."""
    if (department is None) == (organisation is None):
        raise typer.BadParameter("give exactly one of --department and --organisation")
    service = _service(store)
    kind = ScopeKind.DEPARTMENT if department else ScopeKind.ORGANISATION
    try:
        p = use.set_policy(service, kind, department or organisation or "",
                           infer_from_documents=infer, findable_by_other_organisations=findable)
    finally:
        service.store.close()
    out.print(f"{p.kind.value} {p.scope_id}: infer={p.infer_from_documents} "
              f"findable={p.findable_by_other_organisations}", highlight=False)


@app.command()
def audit(
    person: Annotated[str | None, typer.Option(help="Only look-ups of this person.")] = None,
    store: StoreOption = None,
) -> None:
    """The audit log: hr and admin look-ups of individuals (who, whom, when, which query)."""
    service = _service(store)
    try:
        rows = service.store.audit_log(None, person)
    finally:
        service.store.close()
    for r in rows:
        out.print(f"{r.at:%Y-%m-%d %H:%M:%S}  {r.actor} ({r.role}) -> {r.subject_id}  "
                  f"{r.action} {r.query}", highlight=False)
