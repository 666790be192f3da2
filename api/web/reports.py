"""The knowledge-health reports of the gaps page, and how each one is written as CSV.

A ``Report`` names the GraphQL document that answers it (``api.web.queries``), the connection
field the answer is in, the variables it takes from the page's settings, and its CSV columns.
The page shows the first rows of each; the CSV download runs the same document for every row.

The CSV is for people who open it in a spreadsheet: UTF-8 with a byte-order mark (without it
Excel reads the accents in "Financiën" wrongly), one row per line (RFC 4180 quoting), column
names in the page's language, people as "Name (key)", several of them separated by "; ", reasons
as the page says them, dates as YYYY-MM-DD (times in UTC). The Dutch page writes what a
spreadsheet set to Dutch opens with a double click: fields separated by ";" and decimal commas
(in the reasons too); the English page "," and decimal points. A text cell that a spreadsheet
would read as a formula ("=...", "+...", "-...", "@...") gets a leading apostrophe: the wording
of a missed search is whatever an employee typed, and must not run in HR's spreadsheet (OWASP
"CSV injection").
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from api.web import queries
from api.web.catalogue import Lang

Cell = str | int | float
Translate = Callable[..., str]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
TREND_PERIODS = 12  # the default window of the missed-searches trend, in periods


@dataclass(frozen=True)
class GapOptions:
    """The settings of the gaps page (and its CSV): one query string drives both."""

    department: str = ""  # single-keeper topics and departures inside this department
    days: int = 730  # evidence older than this is stale
    period: str = "month"  # trend step: day, week or month
    since: dt.date | None = None  # missed searches from (None: TREND_PERIODS periods back)
    until: dt.date | None = None  # ... up to (None: today)

    def window(self, today: dt.date) -> tuple[dt.date, dt.date]:
        """The missed-searches window: ``since`` (or ``TREND_PERIODS`` periods back) to
        ``until`` (or today)."""
        until = self.until or today
        if self.since:
            return self.since, until
        if self.period == "day":
            return until - dt.timedelta(days=TREND_PERIODS - 1), until
        if self.period == "week":
            monday = until - dt.timedelta(days=until.weekday())
            return monday - dt.timedelta(weeks=TREND_PERIODS - 1), until
        months = until.year * 12 + until.month - 1 - (TREND_PERIODS - 1)
        return dt.date(months // 12, months % 12 + 1, 1), until


@dataclass(frozen=True)
class Report:
    """One section of the gaps page and its CSV."""

    name: str  # in the URL: /hr/gaps.csv?report=<name>
    document: str
    field: str
    variables: Callable[[GapOptions, dt.date], dict[str, Any]]
    header: Callable[[Translate], list[str]]
    row: Callable[[dict[str, Any], Cells], list[Cell]]


@dataclass(frozen=True)
class Cells:
    """How a CSV cell shows people and topics, in the page's language."""

    t: Translate
    label: Callable[[dict[str, Any] | None], str]
    why: Callable[[Iterable[dict[str, Any]]], str]  # reasons said in one text (api.web.reasons)

    def person(self, p: dict[str, Any] | None) -> str:
        return f"{p['name']} ({p['key']})" if p else ""

    def people(self, found: Iterable[dict[str, Any] | None]) -> str:
        return "; ".join(self.person(p) for p in found if p)

    def topics(self, found: Iterable[dict[str, Any] | None]) -> str:
        return "; ".join(self.label(t) for t in found if t)

    @staticmethod
    def department(p: dict[str, Any] | None) -> str:
        return str(((p or {}).get("department") or {}).get("name") or "")


def _department(o: GapOptions, today: dt.date) -> dict[str, Any]:
    return {"department": o.department or None}


def _missed_window(o: GapOptions, today: dt.date) -> dict[str, Any]:
    since, until = o.window(today)
    return {"since": since.isoformat(), "until": until.isoformat(), "period": o.period.upper()}


def _days(o: GapOptions, today: dt.date) -> dict[str, Any]:
    return {"days": o.days}


def _key(node: dict[str, Any] | None) -> str:
    return str((node or {}).get("key") or "")


def _single_keeper(n: dict[str, Any], c: Cells) -> list[Cell]:
    return [c.label(n["topic"]), _key(n["topic"]), c.people(n["keepers"]) or c.t("gaps.nobody"),
            c.people(n["backups"]), n["demand"], n["priority"]]


def _departure(n: dict[str, Any], c: Cells) -> list[Cell]:
    return [c.person(n["person"]), c.department(n["person"]), c.topics(n["uncovered"]),
            c.topics(n["thinned"]), n["demand"], n["weight"]]


def _missed(n: dict[str, Any], c: Cells) -> list[Cell]:
    trend = "; ".join(f"{p['start']} {p['asked']}/{p['missed']}" for p in n["trend"])
    why = "; ".join(f"{r['person']['name']}: {c.why(r['why'])}"
                    for r in n["routes"] if r["person"])
    asked = dt.datetime.fromisoformat(n["lastAsked"]).astimezone(dt.UTC).strftime(
        "%Y-%m-%d %H:%M:%S")
    return [n["wording"], n["query"], n["asked"], n["missed"], asked, n["slope"], trend,
            c.topics(n["topics"]), c.people(r["person"] for r in n["routes"]), why]


def _stale_topic(n: dict[str, Any], c: Cells) -> list[Cell]:
    return [c.label(n["topic"]), _key(n["topic"]), n["lastDate"] or "", n["demand"],
            c.people(n["holders"])]


def _stale_profile(n: dict[str, Any], c: Cells) -> list[Cell]:
    stale = "; ".join(f"{c.label(s['topic'])} ({s['lastDate'] or c.t('gaps.no_evidence')})"
                      for s in n["stale"] if s["topic"])
    return [c.person(n["person"]), c.department(n["person"]), n["listed"], len(n["stale"]),
            stale]


REPORTS: dict[str, Report] = {r.name: r for r in (
    Report("single-keeper", queries.SINGLE_KEEPER, "singleKeeperTopics", _department,
           lambda t: [t("gaps.col.topic"), t("gaps.col.topic_id"), t("gaps.col.keepers"),
                      t("gaps.col.backups"), t("gaps.col.demand"), t("gaps.col.priority")],
           _single_keeper),
    Report("departures", queries.DEPARTURES, "departureRisks", _department,
           lambda t: [t("gaps.col.person"), t("person.department"), t("gaps.col.uncovered"),
                      t("gaps.col.thinned"), t("gaps.col.demand"), t("gaps.col.weight")],
           _departure),
    Report("missed-searches", queries.MISSED_SEARCHES, "missedSearches", _missed_window,
           lambda t: [t("gaps.col.question"), t("gaps.col.normalised"), t("gaps.col.asked"),
                      t("gaps.col.missed"), t("gaps.col.last_asked_utc"), t("gaps.col.slope"),
                      t("gaps.col.per_period"), t("gaps.col.topics"), t("gaps.col.routes"),
                      t("gaps.col.why")],
           _missed),
    Report("stale-topics", queries.STALE_TOPICS, "staleTopics", _days,
           lambda t: [t("gaps.col.topic"), t("gaps.col.topic_id"), t("search.last"),
                      t("gaps.col.demand"), t("gaps.col.holders")],
           _stale_topic),
    Report("stale-profiles", queries.STALE_PROFILES, "staleProfiles", _days,
           lambda t: [t("gaps.col.person"), t("person.department"), t("gaps.col.listed"),
                      t("gaps.col.stale_count"), t("gaps.col.stale")],
           _stale_profile),
)}


def spreading_header(t: Translate) -> list[str]:
    return [t("gaps.col.topic"), t("gaps.col.topic_id"), t("gaps.col.person"),
            t("spread.col.role"), t("spread.col.mentor"), t("spread.col.reasons")]


def spreading_row(a: dict[str, Any], c: Cells) -> list[Cell]:
    return [c.label(a["topic"]), _key(a["topic"]), c.person(a["person"]),
            c.t(f"spread.role.{a['role']}"), c.person(a["mentor"]), c.why(a["why"])]


def guard(value: Cell) -> Cell:
    """A text cell a spreadsheet would run as a formula, made plain text.

    >>> guard("=HYPERLINK(1)"), guard("-1"), guard(-1), guard("Wmo")
    ("'=HYPERLINK(1)", "'-1", -1, 'Wmo')
    """
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Cell]], lang: Lang) -> str:
    """The CSV file: byte-order mark, header, rows (every text cell guarded), in the
    separators a spreadsheet in ``lang`` expects.

    >>> csv_text(["a", "b"], [["=1", 0.5]], "nl")
    "\\ufeffa;b\\r\\n'=1;0,5\\r\\n"
    """
    delimiter, point = (";", ",") if lang == "nl" else (",", ".")
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([guard(h) for h in header])
    writer.writerows([_plain(cell, point) for cell in row] for row in rows)
    return out.getvalue()


def _plain(cell: Cell, point: str) -> Cell:
    # numbers are formatted after the guard: "-0,5" is a negative number, not a formula
    if isinstance(cell, float):
        return repr(round(cell, 6)).replace(".", point)
    return guard(cell)
