"""``wieweet report ...`` on a SQLite store of the tiny organisation (tests/conftest.py); the
known answers are those of tests/api/test_health_service.py."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from api.service import Service
from extraction.ingest import IngestRequest
from graph.errors import InvalidInputError, NotFoundError
from graph.model import SearchLogEntry
from graph.sqlite_store import SqliteStore

runner = CliRunner()


@pytest.fixture
def url(tiny_org: IngestRequest, tmp_path: Path) -> str:
    store = SqliteStore(tmp_path / "cli.db")
    service = Service(store)
    service.ingest(tiny_org)
    for _ in range(3):
        service.experts("Wmo")
    for day in (5, 12):  # a budget question missed twice in March 2026
        store.log_search(SearchLogEntry(datetime(2026, 3, day, tzinfo=UTC), "Begroting?", 0,
                                        0.0, ("begroting",)))
    store.close()
    return f"sqlite:///{tmp_path / 'cli.db'}"


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_bus_factor_prints_and_writes_csv(url: str, tmp_path: Path) -> None:
    out = tmp_path / "bus.csv"
    result = runner.invoke(app, ["report", "bus-factor", "--csv", str(out), "--store", url])
    assert result.exit_code == 0, result.output
    assert "Topics with at most one keeper" in result.output and "Cees Bakker" in result.output
    topics = rows(out)
    # the Wmo (one keeper, 3 searches: priority 2) and the budget (no keeper, 2 searches: 2)
    # come first, by topic id; then accessibility and privacy at 0.5
    assert [(r["topic"], r["kept_by"], r["asked"], r["priority"]) for r in topics] == [
        ("begroting", "", "2", "2.0"), ("wmo", "p3", "3", "2.0"),
        ("digitale-toegankelijkheid", "p1", "0", "0.5"), ("privacy", "p4", "0", "0.5")]
    assert topics[1]["label"] == "Wet maatschappelijke ondersteuning"
    people = rows(tmp_path / "bus-people.csv")
    assert [(r["person"], r["name"], r["uncovered"]) for r in people] == [
        ("p3", "Cees Bakker", "wmo"), ("p1", "Anna de Vries", "digitale-toegankelijkheid"),
        ("p4", "Dirk Smit", "privacy")]


def test_bus_factor_per_department(url: str, tmp_path: Path) -> None:
    out = tmp_path / "dept.csv"
    result = runner.invoke(app, ["report", "bus-factor", "--department", "soc", "--csv",
                                 str(out), "--store", url])
    assert result.exit_code == 0, result.output
    assert [(r["department"], r["topic"]) for r in rows(out)] == [("soc", "wmo"),
                                                                  ("soc", "privacy")]


def test_missed_searches(url: str, tmp_path: Path) -> None:
    out = tmp_path / "missed.csv"
    result = runner.invoke(app, ["report", "missed-searches", "--since", "2026-03-01",
                                 "--until", "2026-04-30", "--csv", str(out), "--store", url])
    assert result.exit_code == 0, result.output
    assert "Begroting?" in result.output and "Eva Mulder" in result.output
    [budget] = rows(out)
    # March: asked twice, missed twice; April: nothing; the routes start with Eva (budget)
    assert (budget["query"], budget["asked"], budget["missed"]) == ("begroting", "2", "2")
    assert budget["trend"] == "2026-03-01:2/2;2026-04-01:0/0"
    assert budget["routes"].split(";")[0] == "p5"
    bad = runner.invoke(app, ["report", "missed-searches", "--period", "year", "--store", url])
    assert bad.exit_code != 0 and "day, week or month" in bad.output


def test_stale(url: str, tmp_path: Path) -> None:
    out = tmp_path / "stale.csv"
    result = runner.invoke(app, ["report", "stale", "--days", "365", "--today", "2026-03-01",
                                 "--csv", str(out), "--store", url])
    assert result.exit_code == 0, result.output
    assert [(r["topic"], r["last_date"], r["holders"]) for r in rows(out)] == [
        ("wmo", "2025-02-03", "p3;p4;p1;p2")]
    assert [(r["person"], r["stale_topics"]) for r in rows(tmp_path / "stale-people.csv")] == [
        ("p2", "digitale-toegankelijkheid"), ("p3", "wmo")]


def test_spreading(url: str, tmp_path: Path) -> None:
    out = tmp_path / "plan.csv"
    args = ["report", "spreading", "--team", "p1", "--team", "p2", "--team", "p3", "--team",
            "p4", "--topic", "digitale toegankelijkheid", "--topic", "Wmo", "--topic",
            "privacy", "--csv", str(out), "--store", url]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "Load:" in result.output
    learners = {(r["topic"], r["person"], r["mentor"]) for r in rows(out)
                if r["role"] == "learner"}
    assert learners == {("digitale-toegankelijkheid", "p2", "p1"), ("wmo", "p4", "p3"),
                        ("privacy", "p3", "p4")}
    # the next period rotates: Bram learnt accessibility, so someone else does now
    later = runner.invoke(app, [*args[:-4], "--period", "1", "--csv", str(out), "--store", url])
    assert later.exit_code == 0, later.output
    assert ("digitale-toegankelijkheid", "p2", "p1") not in {
        (r["topic"], r["person"], r["mentor"]) for r in rows(out) if r["role"] == "learner"}


def test_bad_input_is_an_error(url: str) -> None:
    unknown = runner.invoke(app, ["report", "bus-factor", "--department", "nope",
                                  "--store", url])
    assert isinstance(unknown.exception, NotFoundError)
    no_team = runner.invoke(app, ["report", "spreading", "--topic", "Wmo", "--store", url])
    assert isinstance(no_team.exception, InvalidInputError)
