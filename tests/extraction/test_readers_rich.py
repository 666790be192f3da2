"""The document readers on real files made here: HTML, PDF, DOCX, Markdown/text and JSONL.

Also: unreadable or empty files are skipped with their path, and metadata authors (names,
e-mail addresses) resolve to people at ingest.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from extraction.documents import DocumentRecord, Skipped, read_documents
from extraction.ingest import IngestRequest, ingest
from graph.errors import InputProblem
from graph.store import GraphStore

HTML = """<!doctype html>
<html lang="nl"><head>
<title>Toegankelijke formulieren | Gemeente Proefdorp</title>
<meta name="author" content="Anna de Vries; bram@proefdorp.nl">
<meta property="article:published_time" content="2025-03-04T10:00:00+01:00">
</head><body>
<header><a href="/">Home</a><nav><ul><li>Wonen</li><li>Afval en milieu</li></ul></nav></header>
<div class="breadcrumb">Home &gt; Nieuws</div>
<main>
  <h1>Toegankelijke formulieren</h1>
  <p>De <b>Wmo</b>-formulieren voldoen nu aan de eisen voor digitale toegankelijkheid.</p>
  <ul><li>Schermlezers lezen elk veld voor.</li><li>Foutmeldingen staan bij het veld.</li></ul>
  <div id="cookie-banner">Wij gebruiken cookies. Akkoord?</div>
</main>
<aside>Lees ook: parkeren in het centrum</aside>
<footer>© Gemeente Proefdorp · Contact · Privacyverklaring</footer>
<script>trackPageView();</script>
</body></html>
"""


def _read(path: Path) -> tuple[list[DocumentRecord], list[InputProblem], list[Skipped]]:
    problems: list[InputProblem] = []
    skipped: list[Skipped] = []
    return read_documents([path], problems, skipped), problems, skipped


def _pdf(path: Path, lines: list[str], author: str | None = "Anna de Vries") -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_title("Verslag privacyspreekuur")
    if author:
        pdf.set_author(author)
    pdf.set_creation_date(datetime(2024, 11, 5, 9, 30))
    pdf.output(str(path))


def test_html_keeps_the_main_content_and_its_metadata(tmp_path: Path) -> None:
    (tmp_path / "nieuws.html").write_text(HTML, encoding="utf-8")
    [doc], problems, skipped = _read(tmp_path)
    assert problems == [] and skipped == []
    assert doc.id == "nieuws.html" and doc.title == "Toegankelijke formulieren"
    assert doc.authors == ("Anna de Vries", "bram@proefdorp.nl") and doc.authors_from_metadata
    assert doc.date == date(2025, 3, 4)
    assert "De Wmo-formulieren voldoen nu aan de eisen voor digitale toegankelijkheid." in doc.text
    assert "Schermlezers lezen elk veld voor.\nFoutmeldingen" in doc.text
    for boilerplate in ("Afval en milieu", "Nieuws", "cookies", "parkeren", "Contact",
                        "trackPageView"):
        assert boilerplate not in doc.text


def test_pdf_text_title_author_and_date(tmp_path: Path) -> None:
    _pdf(tmp_path / "verslag.pdf", [
        "Verslag van het privacyspreekuur.",
        "Wij bespraken de DPIA voor het nieuwe zaaksysteem en de verwerkersovereenkomst met de "
        "leverancier van het klantcontactsysteem, die nog niet getekend is.",
    ])
    [doc], problems, skipped = _read(tmp_path / "verslag.pdf")
    assert problems == [] and skipped == []
    assert (doc.title, doc.authors, doc.date) == ("Verslag privacyspreekuur", ("Anna de Vries",),
                                                  date(2024, 11, 5))
    assert "de DPIA voor het nieuwe zaaksysteem" in doc.text
    assert "\n" not in doc.text.split("Wij bespraken", 1)[1]  # wrapped lines are joined again


def test_docx_paragraphs_tables_and_core_properties(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Werkinstructie Woo-verzoeken", level=1)
    document.add_paragraph("Elk Woo-verzoek wordt binnen twee dagen geregistreerd.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Termijn"
    table.rows[0].cells[1].text = "Vier weken, verlenging met twee weken"
    document.core_properties.author = "cees@proefdorp.nl"
    document.core_properties.created = datetime(2023, 6, 1, 12, 0)
    document.save(str(tmp_path / "instructie.docx"))
    [doc], problems, skipped = _read(tmp_path)
    assert problems == [] and skipped == []
    assert doc.title == "Werkinstructie Woo-verzoeken"
    assert doc.authors == ("cees@proefdorp.nl",) and doc.date == date(2023, 6, 1)
    assert "binnen twee dagen geregistreerd" in doc.text and "verlenging met twee weken" in doc.text


def test_markdown_text_and_jsonl_files(tmp_path: Path) -> None:
    (tmp_path / "memo.md").write_text("---\ntitle: Memo\nauthors: [p1]\n---\nOver de Wmo.\n",
                                      encoding="utf-8")
    (tmp_path / "kort.txt").write_text("---\nauthors: p2\n---\nKorte notitie\nover privacy.",
                                       encoding="utf-8")
    (tmp_path / "docs.jsonl").write_text(json.dumps(
        {"id": "j1", "title": "J", "authors": ["p3"], "text": "Over erfpacht."}) + "\n",
        encoding="utf-8")
    docs, problems, skipped = _read(tmp_path)
    assert problems == [] and skipped == []
    assert {(d.id, d.title, d.authors) for d in docs} == {
        ("memo", "Memo", ("p1",)), ("kort", "Korte notitie", ("p2",)), ("j1", "J", ("p3",))}


def test_unreadable_and_empty_files_are_skipped_with_their_path(tmp_path: Path) -> None:
    (tmp_path / "kapot.pdf").write_bytes(b"%PDF-1.7 this is no pdf at all")
    (tmp_path / "kapot.docx").write_bytes(b"PK\x03\x04 not a zip")
    (tmp_path / "leeg.html").write_text("<html><body><nav>Menu</nav></body></html>",
                                        encoding="utf-8")
    _pdf(tmp_path / "anoniem.pdf", ["Een verslag zonder auteur."], author=None)
    (tmp_path / "goed.html").write_text(HTML, encoding="utf-8")
    docs, problems, skipped = _read(tmp_path)
    assert [d.id for d in docs] == ["goed.html"] and problems == []
    reasons = {Path(s.path).name: s.reason for s in skipped}
    assert set(reasons) == {"kapot.pdf", "kapot.docx", "leeg.html", "anoniem.pdf"}
    assert "no text" in reasons["leeg.html"] and "no author" in reasons["anoniem.pdf"]


def test_a_sidecar_names_the_authors(tmp_path: Path) -> None:
    _pdf(tmp_path / "anoniem.pdf", ["Een verslag over de begroting."], author=None)
    (tmp_path / "anoniem.pdf.yaml").write_text("authors: [p5]\ntitle: Begroting\n",
                                               encoding="utf-8")
    [doc], _, skipped = _read(tmp_path)
    assert (doc.authors, doc.title, skipped) == (("p5",), "Begroting", [])


@pytest.mark.parametrize(("author", "expected"), [
    ("Anna de Vries", ("p1",)),  # full name, any case or accents
    ("ANNA DE VRIES; bram@proefdorp.nl", ("p1", "p2")),  # e-mail address
    ("p4, Microsoft Office User", ("p4",)),  # an id; unknown names are ignored
])
def test_metadata_authors_resolve_to_people(store: GraphStore, tiny_org: IngestRequest,
                                            tmp_path: Path, author: str,
                                            expected: tuple[str, ...]) -> None:
    ingest(store, tiny_org)
    folder = tmp_path / "export"
    folder.mkdir()
    _pdf(folder / "verslag.pdf", ["Verslag over de Wmo."], author=author)
    report = ingest(store, IngestRequest(documents=[folder]))
    assert report.skipped == [] and report.result.documents == 1
    [hit] = store.search_documents(["verslag"], 5)
    assert hit.authors == expected


def test_a_file_whose_authors_are_all_unknown_is_skipped(store: GraphStore,
                                                         tiny_org: IngestRequest,
                                                         tmp_path: Path) -> None:
    ingest(store, tiny_org)
    before = store.counts()
    _pdf(tmp_path / "verslag.pdf", ["Verslag over de Wmo."], author="Microsoft Office User")
    report = ingest(store, IngestRequest(documents=[tmp_path / "verslag.pdf"]))
    assert [Path(s.path).name for s in report.skipped] == ["verslag.pdf"]
    assert "Microsoft Office User" in report.skipped[0].reason
    assert store.counts() == before
