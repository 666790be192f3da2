"""``wieweet topics`` and ``wieweet taxonomy import`` from the command line, on a SQLite store."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from api.cli import app
from extraction.ingest import IngestRequest, ingest
from extraction.taxonomy import load_taxonomy
from graph.model import TopicStatus
from graph.sqlite_store import SqliteStore

runner = CliRunner()
TOPDESK = [{"id": f"t{i}", "title": "Meldingen", "authors": [author],
            "text": "Storingen meld je in TOPdesk."} for i, author in enumerate(["p1", "p3"])]


def _store(tiny_org: IngestRequest, tmp_path: Path) -> str:
    docs = tmp_path / "topdesk.jsonl"
    docs.write_text("".join(json.dumps(d) + "\n" for d in TOPDESK), encoding="utf-8")
    store = SqliteStore(tmp_path / "cli.db")
    ingest(store, IngestRequest(tiny_org.taxonomy, tiny_org.departments, tiny_org.people,
                                [*tiny_org.documents, docs]))
    store.close()
    return f"sqlite:///{tmp_path / 'cli.db'}"


def test_list_promote_and_drop(tiny_org: IngestRequest, tmp_path: Path) -> None:
    url = _store(tiny_org, tmp_path)
    listed = runner.invoke(app, ["topics", "list", "--discovered", "--store", url])
    assert listed.exit_code == 0, listed.output
    assert "disc-topdesk" in listed.output and "2 people" in listed.output
    promoted = runner.invoke(app, ["topics", "promote", "disc-topdesk", "--label-en",
                                   "TOPdesk", "--broader", "dienstverlening", "--store", url])
    assert promoted.exit_code == 0, promoted.output
    store = SqliteStore(tmp_path / "cli.db")
    assert store.topics(["disc-topdesk"])[0].status is TopicStatus.CURATED
    store.close()
    again = runner.invoke(app, ["topics", "drop", "disc-topdesk", "--store", url])
    assert again.exit_code != 0  # curated topics are not dropped here
    missing = runner.invoke(app, ["topics", "drop", "disc-nope", "--store", url])
    assert missing.exit_code != 0


def test_taxonomy_import_into_a_yaml_file(tiny_org: IngestRequest, tmp_path: Path) -> None:
    terms = tmp_path / "terms.csv"
    terms.write_text("label_nl,label_en,aliases_nl,broader\n"
                     "Kennisconnector,Knowledge connector,kennisconnectoren,dienstverlening\n"
                     "toegankelijkheid,,toegankelijkheidsambassadeur,\n", encoding="utf-8")
    out = tmp_path / "merged.yaml"
    result = runner.invoke(app, ["taxonomy", "import", str(terms), "--taxonomy",
                                 str(tiny_org.taxonomy[0]), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 new topics, 1 existing topics extended" in result.output
    topics = {t.id: t for t in load_taxonomy(out)}
    assert topics["kennisconnector"].broader == ("dienstverlening",)
    assert "toegankelijkheidsambassadeur" in topics["digitale-toegankelijkheid"].aliases_nl


def test_taxonomy_import_into_the_store(tiny_org: IngestRequest, tmp_path: Path) -> None:
    url = _store(tiny_org, tmp_path)
    terms = tmp_path / "skills_nl.csv"
    terms.write_text("conceptUri,preferredLabel,altLabels\n"
                     'http://data.europa.eu/esco/skill/abc-123,kennisbeheer,"kennismanagement\n'
                     'kennis delen"\n', encoding="utf-8")
    result = runner.invoke(app, ["taxonomy", "import", str(terms), "--format", "esco",
                                 "--store", url])
    assert result.exit_code == 0, result.output
    store = SqliteStore(tmp_path / "cli.db")
    [topic] = store.topics(["esco-abc-123"])
    store.close()
    assert topic.aliases_nl == ("kennismanagement", "kennis delen")
