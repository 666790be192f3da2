"""The ``wieweet`` command: a thin layer over the same functions the API calls."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from api.service import Service, demo_request, weights_from
from api.settings import Settings
from extraction.ingest import IngestReport, IngestRequest
from graph.errors import ConfigurationError, InvalidInputError, NotFoundError, WieweetError
from graph.model import Verdict
from graph.ranking import ExpertResult
from graph.store import open_store

app = typer.Typer(help="wieweet — who knows? Expertise finding for organisations.",
                  no_args_is_help=True, add_completion=False)
out = Console()
err = Console(stderr=True)

EXAMPLE_QUERY = """{
  experts(query: "digitale toegankelijkheid", first: 5) {
    nodes {
      person { name title department { name } }
      score
      evidence { title snippet date }
    }
  }
}"""

StoreOption = Annotated[str | None, typer.Option(
    "--store", help="Store URL: sqlite:///file.db or neo4j://host (default WIEWEET_STORE_URL).")]


def _service(store_url: str | None) -> Service:
    from api.settings import open_configured_store  # Neo4j credentials come from Settings

    settings = Settings()
    return Service(open_configured_store(settings, store_url), weights_from(settings))


def _ingest_with_progress(service: Service, request: IngestRequest) -> IngestReport:
    columns = (TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("ingest", total=None)
        report = service.ingest(request, lambda done, total: bar.update(task, completed=done,
                                                                         total=total))
    r = report.result
    err.print(f"ingested {r.people} people, {r.departments} departments, {r.topics} topics, "
              f"{r.documents} documents ({r.mentions} topic mentions) in {report.seconds:.1f} s")
    for skipped in report.skipped:
        err.print(f"[yellow]skipped[/] {skipped.path}: {skipped.reason}")
    return report


@app.command()
def ingest(
    people: Annotated[list[Path], typer.Option(help="people.csv/.jsonl or SCIM .json")] = [],  # noqa: B006
    departments: Annotated[list[Path], typer.Option(help="departments.csv/.jsonl")] = [],  # noqa: B006
    documents: Annotated[list[Path], typer.Option(help="documents .jsonl or a folder")] = [],  # noqa: B006
    taxonomy: Annotated[list[Path], typer.Option(help="taxonomy .yaml")] = [],  # noqa: B006
    interactions: Annotated[list[Path], typer.Option(
        help="interactions.csv/.jsonl: source,target,weight,kind")] = [],  # noqa: B006
    store: StoreOption = None,
) -> None:
    """Ingest people, departments, documents and taxonomy as one batch (all or nothing)."""
    service = _service(store)
    try:
        _ingest_with_progress(service, IngestRequest(taxonomy, departments, people, documents,
                                                     interactions))
    except InvalidInputError as exc:
        err.print(f"[red]rejected:[/] {exc}", markup=True, highlight=False)
        raise typer.Exit(2) from exc
    finally:
        service.store.close()


@app.command()
def who(
    query: Annotated[str, typer.Argument(help='What to ask, e.g. "digitale toegankelijkheid"')],
    first: Annotated[int, typer.Option(help="How many people.")] = 10,
    department: Annotated[str | None, typer.Option(help="Only this department and below.")] = None,
    organisation: Annotated[str | None, typer.Option(help="Only this organisation.")] = None,
    location: Annotated[str | None, typer.Option(help="Only people at this location.")] = None,
    language: Annotated[str | None, typer.Option(help="Only people who speak it (nl, en).")
                        ] = None,
    store: StoreOption = None,
) -> None:
    """Who knows about QUERY: ranked colleagues with their evidence."""
    service = _service(store)
    try:
        results = service.experts(query, first, department, organisation=organisation,
                                  location=location, language=language)
        departments = {d.id: d.name for d in service.store.departments()} if results else {}
    finally:
        service.store.close()
    if not results:
        out.print(f"Nobody found for {query!r}.")
        return
    for rank, result in enumerate(results, 1):
        _print_expert(rank, result, departments)


def _print_expert(rank: int, r: ExpertResult, departments: dict[str, str]) -> None:
    p = r.person
    dept = departments.get(p.department_id or "", p.department_id or "-")
    parts = ", ".join(f"{k} {v:.2f}" for k, v in r.components.items() if v)
    out.print(f"[bold]{rank}. {p.name}[/] ({p.id}) — {p.title or ''}, {dept}"
              f"  score {r.score:.3f} ({parts})", highlight=False)
    if r.matched_topics:
        out.print(f"   topics: {', '.join(r.matched_topics)}", highlight=False)
    if r.expanded_topics:
        out.print("   related topics: " + ", ".join(
            f"{m.topic_id} ({m.via} of {m.source}, x{m.weight:g})" for m in r.expanded_topics),
            highlight=False)
    if r.claims:
        out.print("   claims: " + ", ".join(
            f"{c.topic_id}{f' (level {c.level})' if c.level else ''}"
            f"{' ask me' if c.ask_me_about else ''}{' mentor' if c.able_to_mentor else ''}"
            for c in r.claims), highlight=False)
    if r.last_evidence:
        out.print(f"   last evidence: {r.last_evidence}", highlight=False)
    for ev in r.evidence:
        share = r.contributions.get(ev.document_id)
        weight = f"  ({share:.0%} of the document evidence)" if share else ""
        out.print(f"   - {str(ev.date or ''):<10} {ev.title}{weight}", highlight=False)
        out.print(f"     “{' '.join(ev.snippet.split())}”", style="dim", highlight=False)


feedback_app = typer.Typer(help="Confirm or reject a topic attributed to a person.",
                           no_args_is_help=True)
app.add_typer(feedback_app, name="feedback")
PersonArg = Annotated[str, typer.Argument(help="The person's id.")]
TopicArg = Annotated[str, typer.Argument(help="A topic id or label, e.g. Wmo.")]


@feedback_app.command("confirm")
def feedback_confirm(person: PersonArg, topic: TopicArg, store: StoreOption = None) -> None:
    """PERSON confirms TOPIC: it weighs more for them in who-knows rankings."""
    _feedback(person, topic, Verdict.CONFIRMED, store)


@feedback_app.command("reject")
def feedback_reject(person: PersonArg, topic: TopicArg, store: StoreOption = None) -> None:
    """PERSON rejects TOPIC: it no longer counts for them."""
    _feedback(person, topic, Verdict.REJECTED, store)


def _feedback(person: str, topic: str, verdict: Verdict, store: str | None) -> None:
    service = _service(store)
    try:
        given = service.give_feedback(person, topic, verdict)
    except NotFoundError as exc:
        err.print(f"[red]not found:[/] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    finally:
        service.store.close()
    out.print(f"{given.person_id}: {given.topic_id} {given.verdict.value}", highlight=False)


@app.command()
def serve(
    host: Annotated[str, typer.Option()] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8000,
    store: StoreOption = None,
    local_only: Annotated[bool, typer.Option(
        "--local-only", help="No authentication; only on 127.0.0.1 (for a demo or a laptop).")]
    = False,
) -> None:
    """Serve the GraphQL API (and the web pages).

    Refuses to start without authentication (API keys in the store, or OIDC settings) unless
    --local-only, which binds to 127.0.0.1 only.
    """
    import uvicorn

    from api.app import create_app
    from api.ops import configure_logging

    settings = Settings()
    if store is not None:  # an explicit --store wins over NEO4J_URI too
        settings = settings.model_copy(update={"store_url": store, "neo4j_uri": None})
    if local_only or settings.local_only:
        if host not in {"127.0.0.1", "localhost", "::1"}:
            raise ConfigurationError(f"--local-only serves on 127.0.0.1 only, not on {host}")
        settings = settings.model_copy(update={"local_only": True})
        err.print("[yellow]local-only:[/] no authentication; listening on 127.0.0.1 only.")
    configure_logging(settings)  # JSON lines; uvicorn's own loggers join them (log_config=None)
    # api.ops writes the access log, without query strings; uvicorn's would print them
    uvicorn.run(create_app(settings), host=host, port=port, log_config=None, access_log=False)


@app.command()
def demo(
    port: Annotated[int, typer.Option()] = 8000,
    db: Annotated[Path, typer.Option(help="Where the demo store is written (replaced).")] = Path(
        "wieweet-demo.db"),
    no_serve: Annotated[bool, typer.Option("--no-serve", help="Only load the demo.")] = False,
) -> None:
    """Load the demo organisation into a fresh store and serve it on 127.0.0.1."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    settings = Settings(store_url=f"sqlite:///{db}")
    service = Service(open_store(settings.store_url))
    try:
        _ingest_with_progress(service, demo_request(settings.seed_dir))
    finally:
        service.store.close()
    out.print(f"\nwieweet demo: http://127.0.0.1:{port}/  (the web page)")
    out.print(f"              http://127.0.0.1:{port}/graphql  (GraphiQL in the browser)")
    out.print("Demo mode: no authentication, listening on 127.0.0.1 only.")
    out.print(f"Try this query:\n{EXAMPLE_QUERY}\n", highlight=False)
    out.print(f'Or in the terminal: wieweet who "digitale toegankelijkheid" --store {db}\n')
    if not no_serve:
        serve(host="127.0.0.1", port=port, store=settings.store_url, local_only=True)


@app.command("schema")
def export_schema(
    output: Annotated[Path | None, typer.Option(help="Write to this file instead of stdout.")]
    = None,
) -> None:
    """Print the GraphQL SDL (committed as api/schema.graphql; a test keeps it current)."""
    from api.schema import build_schema

    sdl = build_schema().as_str() + "\n"
    if output:
        output.write_text(sdl, encoding="utf-8")
    else:
        print(sdl, end="")


def main() -> None:
    try:
        app()
    except WieweetError as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        raise SystemExit(1) from exc


app.add_typer(__import__("api.cli_topics", fromlist=["app"]).app)  # wieweet topics / taxonomy
app.add_typer(__import__("api.cli_network", fromlist=["app"]).app)  # bridges, ambassadors, buddies
app.add_typer(__import__("api.cli_health", fromlist=["app"]).app, name="report")  # HR reports
app.add_typer(__import__("api.cli_admin", fromlist=["app"]).app)  # keys, erase, privacy, audit

if __name__ == "__main__":
    main()
