"""``wieweet report ...``: the knowledge-health reports for HR in the terminal, and as CSV.

Thin commands over ``api.health``. A report with two lists (topics and people) writes two CSV
files: ``FILE`` and ``FILE`` with ``-people`` before its suffix.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from api import health
from api.service import Service
from graph.health import KEEPER_THRESHOLD
from graph.missed_searches import WEAK, Period
from graph.staleness import STALE_DAYS

app = typer.Typer(name="report", help="Knowledge health for HR: bus factor, missed searches, "
                  "stale expertise, spreading topics over a team.", no_args_is_help=True,
                  add_completion=False)
out = Console()
StoreOption = Annotated[str | None, typer.Option(
    "--store", help="Store URL: sqlite:///file.db or neo4j://host (default WIEWEET_STORE_URL).")]
CsvOption = Annotated[Path | None, typer.Option("--csv", help="Also write the report as CSV.")]
FirstOption = Annotated[int, typer.Option(help="At most this many rows per list.")]
ThresholdOption = Annotated[float, typer.Option(
    help="Strength (0..1) from which someone keeps a topic.")]


def _service(store: str | None) -> Service:
    from api.cli import _service as open_service  # the one place that opens stores for the CLI

    return open_service(store)


def _names(service: Service, ids: Iterable[str]) -> dict[str, str]:
    return {p.id: p.name for p in service.store.people(sorted(set(ids)))}


def _who(names: dict[str, str], ids: Iterable[str]) -> str:
    return ", ".join(f"{names.get(i, i)} ({i})" for i in ids) or "-"


def _write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    out.print(f"written: {path}", highlight=False)


def _people_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}-people{path.suffix or '.csv'}")


def _table(*columns: str, title: str) -> Table:
    table = Table(title=title)
    for column in columns:
        table.add_column(column, overflow="fold")  # ids and names are never cut off
    return table


def _labels(service: Service, ids: Iterable[str]) -> dict[str, str]:
    return {t.id: t.label_nl for t in service.store.topics(sorted(set(ids)))}


def _print(table: Table, rows: list[list[str]], empty: str) -> None:
    if not rows:
        out.print(empty)
        return
    for row in rows:
        table.add_row(*row)
    out.print(table)


@app.command("bus-factor")
def bus_factor(
    threshold: ThresholdOption = KEEPER_THRESHOLD,
    department: Annotated[str | None, typer.Option(
        help="Only this department (and below).")] = None,
    by_department: Annotated[bool, typer.Option(
        "--by-department", help="Topics per department.")] = False,
    since: Annotated[datetime | None, typer.Option(
        help="Count demand from searches since (YYYY-MM-DD).")] = None,
    first: FirstOption = 20,
    csv_file: CsvOption = None,
    store: StoreOption = None,
) -> None:
    """Topics with zero or one keeper, weighted by how often they are asked for; and the
    people whose departure would leave topics without a keeper."""
    service = _service(store)
    try:
        report = health.bus_factor_report(service, threshold=threshold,
                                          department_id=department,
                                          by_department=by_department, since=since,
                                          first=first)
        names = _names(service, [p for r in report.topics for p in (*r.keepers, *r.backups)]
                       + [d.person_id for d in report.departures])
        labels = _labels(service, [r.topic_id for r in report.topics]
                         + [t for d in report.departures for t in (*d.uncovered, *d.thinned)])
    finally:
        service.store.close()
    topic_rows = [[r.department_id or "", labels.get(r.topic_id, r.topic_id), str(len(r.keepers)),
                   _who(names, r.keepers), _who(names, r.backups), str(r.demand),
                   f"{r.priority:g}"] for r in report.topics]
    columns = ["department", "topic", "keepers", "kept by", "could step up", "asked", "priority"]
    per_department = by_department or department is not None
    skip = 0 if per_department else 1  # the department column only where there is one
    _print(_table(*columns[skip:], title="Topics with at most one keeper"),
           [row[skip:] for row in topic_rows], "No topic hangs on one person.")
    people_rows = [[f"{names.get(d.person_id, d.person_id)} ({d.person_id})",
                    str(len(d.uncovered)), _topics(labels, d.uncovered),
                    _topics(labels, d.thinned), str(d.demand)] for d in report.departures]
    _print(_table("person", "only keeper of", "topics", "one of two for", "asked",
                 title="If they left"), people_rows, "Nobody is the only keeper of a topic.")
    if csv_file:
        _write_csv(csv_file, ["department", "topic", "label", "keepers", "kept_by",
                              "could_step_up", "asked", "priority"],
                   [[r.department_id or "", r.topic_id, labels.get(r.topic_id, ""),
                     len(r.keepers), ";".join(r.keepers), ";".join(r.backups), r.demand,
                     r.priority] for r in report.topics])
        _write_csv(_people_path(csv_file), ["person", "name", "uncovered", "thinned", "asked",
                                            "weight"],
                   [[d.person_id, names.get(d.person_id, ""), ";".join(d.uncovered),
                     ";".join(d.thinned), d.demand, d.weight] for d in report.departures])


@app.command("missed-searches")
def missed_searches(
    since: Annotated[datetime | None, typer.Option(help="From this day (YYYY-MM-DD).")] = None,
    until: Annotated[datetime | None, typer.Option(help="Up to this day (YYYY-MM-DD).")] = None,
    period: Annotated[str, typer.Option(help="Trend step: day, week or month.")] = "month",
    weak: Annotated[float, typer.Option(
        help="An answer weaker than this (0..1) counts as missed.")] = WEAK,
    min_missed: Annotated[int, typer.Option(help="Report questions missed this often.")] = 2,
    routes: Annotated[int, typer.Option(help="People proposed per question.")] = 3,
    first: FirstOption = 20,
    csv_file: CsvOption = None,
    store: StoreOption = None,
) -> None:
    """Questions asked often and answered weakly or not at all, with the trend, each routed
    to the people most likely able to answer it."""
    if period not in ("day", "week", "month"):
        raise typer.BadParameter("use day, week or month", param_hint="--period")
    step: Period = "day" if period == "day" else "week" if period == "week" else "month"
    service = _service(store)
    try:
        found = health.missed_searches_report(
            service, since=since.date() if since else None,
            until=until.date() if until else None, period=step, weak=weak,
            min_missed=min_missed, first=first, routes=routes)
        names = _names(service, [r.person_id for f in found for r in f.routes])
    finally:
        service.store.close()
    rows = []
    for f in found:
        s = f.search
        trend = " ".join(str(c.missed) for c in s.trend)
        arrow = "rising" if s.slope > 0 else "falling" if s.slope < 0 else "steady"
        rows.append([s.wording, str(s.asked), str(s.missed), f"{trend} ({arrow})",
                     ", ".join(s.topic_ids) or "-",
                     _who(names, [r.person_id for r in f.routes])])
    first_period = found[0].search.trend[0].start if found else None
    _print(_table("question", "asked", "missed", f"missed per {step} from {first_period}",
                 "topics", "ask", title="Missed searches"), rows, "No missed searches.")
    if csv_file:
        _write_csv(csv_file, ["query", "wording", "asked", "missed", "last_asked", "topics",
                              "trend", "slope", "routes", "reasons"],
                   [[f.search.query, f.search.wording, f.search.asked, f.search.missed,
                     f.search.last_asked.isoformat(), ";".join(f.search.topic_ids),
                     ";".join(f"{c.start}:{c.asked}/{c.missed}" for c in f.search.trend),
                     f.search.slope, ";".join(r.person_id for r in f.routes),
                     " | ".join("; ".join(r.reasons) for r in f.routes)] for f in found])


@app.command()
def stale(
    days: Annotated[int, typer.Option(help="Evidence older than this many days is stale.")
                    ] = STALE_DAYS,
    today: Annotated[datetime | None, typer.Option(
        help="Reference date (YYYY-MM-DD; default today).")] = None,
    first: FirstOption = 20,
    csv_file: CsvOption = None,
    store: StoreOption = None,
) -> None:
    """Topics nobody has written about for DAYS days, and people whose profile topics have
    no evidence that recent."""
    service = _service(store)
    try:
        report = health.stale_report(service, days=days,
                                     today=today.date() if today else None, first=first)
        names = _names(service, [p for t in report.topics for p in t.holders]
                       + [p.person_id for p in report.people])
        labels = _labels(service, [t.topic_id for t in report.topics]
                         + [c.topic_id for p in report.people for c in p.stale])
    finally:
        service.store.close()
    _print(_table("topic", "newest evidence", "by", "asked", title=f"Topics stale for {days} days"),
           [[labels.get(t.topic_id, t.topic_id), _date(t.last_date),
             _who(names, t.holders[:3]), str(t.demand)]
            for t in report.topics], "No stale topics.")
    _print(_table("person", "stale profile topics", "listed", title="Profiles with stale topics"),
           [[f"{names.get(p.person_id, p.person_id)} ({p.person_id})",
             ", ".join(f"{labels.get(c.topic_id, c.topic_id)} ({_date(c.last_date)})"
                       for c in p.stale),
             str(p.listed)] for p in report.people], "No stale profiles.")
    if csv_file:
        _write_csv(csv_file, ["topic", "last_date", "holders", "asked"],
                   [[t.topic_id, _date(t.last_date, ""), ";".join(t.holders), t.demand]
                    for t in report.topics])
        _write_csv(_people_path(csv_file), ["person", "name", "stale_topics", "last_dates",
                                            "listed"],
                   [[p.person_id, names.get(p.person_id, ""),
                     ";".join(c.topic_id for c in p.stale),
                     ";".join(_date(c.last_date, "") for c in p.stale), p.listed]
                    for p in report.people])


@app.command()
def spreading(
    team: Annotated[list[str], typer.Option(help="A team member's id (repeat).")] = [],  # noqa: B006
    department: Annotated[str | None, typer.Option(
        help="Everyone in this department (and below) is in the team.")] = None,
    topic: Annotated[list[str], typer.Option(
        help="A topic id or label (repeat; default: the topics the team holds most).")
        ] = [],  # noqa: B006
    keepers: Annotated[int, typer.Option(help="Keepers per topic.")] = 2,
    learners: Annotated[int, typer.Option(help="Learners per topic at least.")] = 0,
    period: Annotated[int, typer.Option(help="Rotation period (0, 1, 2, ...).")] = 0,
    max_load: Annotated[int | None, typer.Option(help="Most topics per person.")] = None,
    threshold: ThresholdOption = KEEPER_THRESHOLD,
    csv_file: CsvOption = None,
    store: StoreOption = None,
) -> None:
    """Who should keep and who should learn which topic, so that every topic has KEEPERS
    keepers and the load is balanced; learners are paired with a keeper."""
    service = _service(store)
    try:
        plan = health.spreading_plan(service, team=team, department_id=department,
                                     topics=topic, keepers=keepers, learners=learners,
                                     period=period, max_load=max_load, threshold=threshold)
        names = _names(service, [*plan.load, *(a.mentor_id for a in plan.assignments
                                               if a.mentor_id)])
        labels = _labels(service, [a.topic_id for a in plan.assignments])
    finally:
        service.store.close()
    rows = []
    for t in dict.fromkeys(a.topic_id for a in plan.assignments):
        mine = [a for a in plan.assignments if a.topic_id == t]
        learning = [a for a in mine if a.role == "learner"]
        rows.append([labels.get(t, t), _who(names, [a.person_id for a in mine
                                                    if a.role == "keeper"]),
                     "; ".join(f"{names.get(a.person_id, a.person_id)} ({a.person_id}) from "
                               f"{names.get(a.mentor_id, a.mentor_id) if a.mentor_id else '-'}"
                               for a in learning) or "-",
                     " | ".join("; ".join(a.reasons) for a in learning)])
    _print(_table("topic", "keepers", "learners (learn from)", "why",
                  title=f"Spreading topics, period {plan.period}"), rows, "Nothing to plan.")
    out.print("Load: " + ", ".join(f"{names.get(p, p)} {n}" for p, n in
                                   sorted(plan.load.items(), key=lambda kv: (-kv[1], kv[0]))),
              highlight=False)
    for t, missing in plan.short.items():
        out.print(f"[yellow]{t}: {missing} learner(s) short[/] (team too small or full)",
                  highlight=False)
    if csv_file:
        _write_csv(csv_file, ["period", "topic", "person", "name", "role", "mentor", "reasons"],
                   [[plan.period, a.topic_id, a.person_id, names.get(a.person_id, ""), a.role,
                     a.mentor_id or "", "; ".join(a.reasons)] for a in plan.assignments])


def _topics(labels: dict[str, str], ids: Iterable[str]) -> str:
    return ", ".join(labels.get(t, t) for t in ids) or "-"


def _date(when: date | None, unknown: str = "none") -> str:
    return when.isoformat() if when else unknown
