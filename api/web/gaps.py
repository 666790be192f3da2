"""The knowledge-gaps page for HR, its CSV downloads, and the plan to spread topics over a
department.

The page shows the first rows of five reports (``api.web.reports``): topics that rest on one
colleague, the colleagues whose departure would leave topics uncovered, questions people asked
and did not find an answer to (with their trend and who could answer them), topics nobody wrote
about lately and profiles that promise old news. Each section links to a CSV of all its rows,
served here: it runs the section's GraphQL document in-process, page after page, as the visitor.
One query string (department, days, period, since) drives the page and its CSV links alike.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends
from fastapi.responses import Response

from api.auth import Role
from api.health import MAX_DAYS
from api.relay import MAX_FIRST
from api.web import queries
from api.web.pages import (
    PageError,
    Visit,
    format_date,
    labeller,
    nodes,
    remember,
    render,
    require,
    run,
    visit,
    whole_number,
)
from api.web.reasons import names_in
from api.web.reports import (
    REPORTS,
    Cell,
    Cells,
    GapOptions,
    Report,
    csv_text,
    spreading_header,
    spreading_row,
)
from api.web.sparkline import sparkline_svg
from graph.staleness import STALE_DAYS

router = APIRouter(prefix="/hr")
VisitDep = Annotated[Visit, Depends(visit)]
SHOWN = 20  # rows per section on the page; the CSV has them all
PERIODS = ("month", "week", "day")
OPTION_KEYS = ("department", "days", "period", "since")
SPREAD_KEYS = ("department", "topics", "keepers", "learners")
MAX_PAGES = 1000  # a CSV of more than MAX_PAGES * MAX_FIRST rows is a runaway, not a report
FLAT = 0.005  # a trend slope smaller than this (misses per period) is no trend


def _today() -> dt.date:
    # the search log is kept in UTC: the trend's last period is today's there
    return dt.datetime.now(dt.UTC).date()


def _date(value: str, field: str) -> dt.date | None:
    if not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise PageError(400, "error.title", f"{field}: {value!r} (YYYY-MM-DD)") from None


def _options(v: Visit) -> GapOptions:
    q = v.request.query_params
    period = q.get("period") or "month"
    if period not in PERIODS:
        raise PageError(400, "error.title", f"period: {period!r} ({', '.join(PERIODS)})")
    return GapOptions(department=(q.get("department") or "").strip(),
                      days=whole_number(q.get("days") or "", 1, MAX_DAYS, "days") or STALE_DAYS,
                      period=period, since=_date(q.get("since") or "", "since"))


def _link(v: Visit, path: str, keys: tuple[str, ...], **extra: str) -> str:
    """``path`` with the settings now in the URL (only ``keys``) and ``extra``."""
    kept = [(k, val) for k, val in v.request.query_params.multi_items() if k in keys and val]
    return f"{path}?{urlencode([*extra.items(), *kept])}"


@router.get("/gaps")
async def gaps(v: VisitDep) -> Response:
    """The five reports, their first ``SHOWN`` rows each, with a CSV link per report."""
    require(v, Role.HR)
    options, today = _options(v), _today()
    answers = await asyncio.gather(
        run(v, queries.DEPARTMENTS),
        *(run(v, r.document, first=SHOWN, **r.variables(options, today))
          for r in REPORTS.values()))
    sections = {name: data[r.field] for (name, r), data in zip(REPORTS.items(), answers[1:],
                                                               strict=True)}
    since, until = options.window(today)
    missed = [_with_trend(v, n, options.period) for n in sections["missed-searches"]["nodes"]]
    departments = sorted(nodes(answers[0]["departments"]), key=lambda d: d["name"])
    said = names_in(v.lang, sections["missed-searches"], departments=departments)
    return render(v, "gaps.html", sections=sections, missed=missed, options=options,
                  since=since, until=until, departments=departments, say=said.say,
                  department_name={d["key"]: d["name"] for d in departments}.get(
                      options.department, options.department),
                  csv={name: _link(v, "/hr/gaps.csv", OPTION_KEYS, report=name)
                       for name in REPORTS})


def _period_label(v: Visit, start: str, period: str) -> str:
    if period == "month":
        return format_date(start, v.lang, day=False)
    if period == "week":
        return v.t("gaps.week_of", date=format_date(start, v.lang))
    return format_date(start, v.lang)


def _with_trend(v: Visit, node: dict[str, Any], period: str) -> dict[str, Any]:
    """A missed search with its trend drawn, in words, and as a list."""
    points = [(_period_label(v, p["start"], period), p["asked"], p["missed"])
              for p in node["trend"]]
    words = "; ".join(v.t("gaps.trend.value", when=when, asked=asked, missed=missed)
                      for when, asked, missed in points)
    alt = v.t("gaps.trend.alt", period=v.t(f"gaps.period.{period}"), values=words)
    slope = node["slope"]
    direction = "up" if slope >= FLAT else "down" if slope <= -FLAT else "flat"
    return {**node, "points": points, "direction": direction,
            "svg": sparkline_svg([(a, m) for _, a, m in points], label=alt)}


async def _every(v: Visit, report: Report, variables: dict[str, Any]) -> list[dict[str, Any]]:
    """Every row of a report: the same document, page after page."""
    rows: list[dict[str, Any]] = []
    after = None
    for _ in range(MAX_PAGES):
        found = (await run(v, report.document, first=MAX_FIRST, after=after,
                           **variables))[report.field]
        rows += found["nodes"]
        if not found["pageInfo"]["hasNextPage"]:
            return rows
        after = found["pageInfo"]["endCursor"]
    raise PageError(500, "error.unavailable", f"more than {MAX_PAGES * MAX_FIRST} rows")


@router.get("/gaps.csv")
async def gaps_csv(v: VisitDep, report: str = "") -> Response:
    """One report (``?report=single-keeper`` ...), every row, as a CSV attachment."""
    require(v, Role.HR)
    rows: list[list[Cell]]
    if report == "spreading":
        variables = _spread_variables(v)
        if variables is None:
            raise PageError(400, "error.title", "department: ''")
        plan = (await run(v, queries.SPREADING, **variables))["spreadingPlan"]
        cells = Cells(v.t, labeller(v.lang), (names_in(v.lang, plan)).says)
        header = spreading_header(v.t)
        rows = [spreading_row(a, cells) for a in plan["assignments"]]
    elif report in REPORTS:
        chosen = REPORTS[report]
        found = await _every(v, chosen, chosen.variables(_options(v), _today()))
        cells = Cells(v.t, labeller(v.lang), (names_in(v.lang, found)).says)
        header, rows = chosen.header(v.t), [chosen.row(n, cells) for n in found]
    else:
        raise PageError(400, "error.title",
                        f"report: {report!r} ({', '.join([*REPORTS, 'spreading'])})")
    filename = f"wieweet-{report}-{_today().isoformat()}.csv"
    return remember(v, Response(
        csv_text(header, rows, v.lang).encode("utf-8"), media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"',
                 "Cache-Control": "no-store"}))  # names of colleagues: not for shared caches


def _topics(value: str) -> list[str]:
    # "Wmo, privacy; begroting": a comma or semicolon between topics
    return [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]


def _spread_variables(v: Visit) -> dict[str, Any] | None:
    """The spreading form's variables; None while no department is chosen."""
    q = v.request.query_params
    department = (q.get("department") or "").strip()
    keepers = whole_number(q.get("keepers") or "", 1, 10, "keepers") or 2
    learners = whole_number(q.get("learners") or "", 0, 10, "learners")
    if not department:
        return None
    return {"department": department, "topics": _topics(q.get("topics") or "") or None,
            "keepers": keepers, "learners": 1 if learners is None else learners}


@router.get("/spreading")
async def spreading(v: VisitDep) -> Response:
    """The form; with a department chosen, the plan: who keeps and who learns which topic."""
    require(v, Role.HR)
    q = v.request.query_params
    variables = _spread_variables(v)
    departments = sorted(nodes((await run(v, queries.DEPARTMENTS))["departments"]),
                         key=lambda d: d["name"])
    plan, error = None, ""
    if variables is not None:
        try:
            plan = (await run(v, queries.SPREADING, **variables))["spreadingPlan"]
        except PageError as exc:  # an unknown topic or department: say so beside the form
            if exc.status != 400:
                raise
            error = exc.detail
    said = names_in(v.lang, plan, departments=departments)
    return render(v, "spreading.html", status=400 if error else 200, plan=plan, error=error,
                  departments=departments, say=said.say,
                  department=(q.get("department") or "").strip(), topics=q.get("topics") or "",
                  keepers=(variables or {}).get("keepers", 2),
                  learners=(variables or {}).get("learners", 1),
                  csv=_link(v, "/hr/gaps.csv", SPREAD_KEYS, report="spreading"))
