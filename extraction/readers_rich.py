"""Readers for HTML, PDF and DOCX: text, title and metadata (authors, date) of exported files.

* HTML (selectolax/lexbor): the main content only, i.e. ``<main>``, ``[role=main]`` or
  ``<article>`` when present, else ``<body>``, without scripts, navigation, headers, footers,
  asides, forms and elements whose class or id names a menu, breadcrumb, cookie banner or
  sidebar. Title from ``og:title``/``DC.title``, else the first ``<h1>``, else ``<title>``;
  authors from ``<meta name="author">`` (or ``DC.creator``, ``article:author``); date from
  ``<meta name="date">``, ``DC.date``, ``article:published_time`` or a ``<time datetime>``.
* PDF (pypdf): the text of every page, words broken at line ends joined again; ``/Title``,
  ``/Author`` and ``/CreationDate``.
* DOCX (python-docx): paragraphs and table cells; core properties title, author and created.

Authors in such metadata are free text (``Anna de Vries; bram@gemeente.nl``): they are resolved
at ingest by person id, e-mail or unique full name (see ``extraction.resolver``). A sidecar file
``<name>.<ext>.yaml`` (e.g. ``verslag.pdf.yaml`` with ``authors: [e123]``, ``title:``, ``date:``)
overrides the file's own metadata, for exports whose metadata is missing or wrong.

A file that cannot be parsed, has no text, or names no author is skipped with its path and the
reason; it never stops the batch. The id of a document is its path below the folder, with its
extension (``reports/verslag.pdf`` and ``reports/verslag.docx`` are two documents).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from extraction.documents import DocumentRecord, Skipped
from extraction.records import Source
from graph.errors import InputProblem

_BLOCKS = ("p, li, h1, h2, h3, h4, h5, h6, div, br, tr, th, td, section, article, "
           "blockquote, pre, dd, dt, table, ul, ol, figcaption, header")
_BOILERPLATE = ("script, style, noscript, template, nav, aside, form, iframe, svg, footer, "
                "[role=navigation], [role=contentinfo], [role=complementary], [role=search], "
                "[aria-hidden=true]")
_JUNK_NAMES = frozenset("menu nav navbar navigation breadcrumb breadcrumbs cookie cookies "
                        "cookiebar sidebar skip skiplink share social footer banner".split())
_AUTHOR_SPLIT = re.compile(r"\s*(?:[;,|&\n]|\ben\b|\band\b)\s*")
_LINE_BREAK_HYPHEN = re.compile(r"(\w)-\n(\w)")
_SOFT_LINE_BREAK = re.compile(r"(?<![.!?:;\n])\n(?=[a-zà-ÿ(])")


def read_rich(file: Path, root: Path, problems: list[InputProblem],
              skipped: list[Skipped]) -> list[DocumentRecord]:
    """One document from an ``.html``/``.htm``, ``.pdf`` or ``.docx`` file (or none, skipped)."""
    suffix = file.suffix.lower()
    reader = _READERS[".html" if suffix == ".htm" else suffix]
    try:
        title, text, meta = reader(file)
    except Exception as exc:  # noqa: BLE001 - any parser failure means an unreadable file
        skipped.append(Skipped(str(file), f"cannot be read as {suffix[1:]}: "
                               f"{type(exc).__name__}: {exc}"))
        return []
    meta = {k: v for k, v in meta.items() if v} | _sidecar(file, skipped)
    text = text.strip()
    if not text:
        skipped.append(Skipped(str(file), "has no text (a scanned or empty document?)"))
        return []
    authors = _authors(meta.get("authors"))
    if not authors:
        skipped.append(Skipped(str(file), "names no author (add author metadata or a sidecar "
                               f"{file.name}.yaml with authors: [person id])"))
        return []
    title = str(meta.get("title") or title or text.splitlines()[0][:120]).strip()
    return [DocumentRecord(Source(str(file), None), file.relative_to(root).as_posix(), title,
                           text, authors, _date(meta.get("date")), _text(meta.get("url")),
                           _text(meta.get("department")), authors_from_metadata=True)]


def _html(file: Path) -> tuple[str, str, dict[str, Any]]:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(file.read_bytes().decode("utf-8", errors="replace"))
    meta: dict[str, list[str]] = {}
    for node in tree.css("meta"):
        key = (node.attributes.get("name") or node.attributes.get("property") or "").lower()
        if key and node.attributes.get("content"):
            meta.setdefault(key, []).append(str(node.attributes["content"]))
    root = (tree.css_first("main") or tree.css_first("[role=main]")
            or tree.css_first("article") or tree.body)
    if root is None:
        return "", "", {}
    if root.tag == "body":  # no marked main content: drop the page's own header too
        for node in root.css("body > header, [role=banner]"):
            node.decompose()
    for node in root.css(_BOILERPLATE):
        node.decompose()
    for node in root.css("[class], [id]"):
        names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _JUNK_NAMES.intersection(re.split(r"[\s_-]+", names.lower())):
            node.decompose()
    h1 = root.css_first("h1")
    for node in root.css(_BLOCKS):
        node.insert_after("\n")
    text = re.sub(r"[ \t]+", " ", root.text(separator=""))
    text = re.sub(r"\s*\n\s*", "\n", text)
    page_title = tree.css_first("title")
    title = _first(meta, "og:title", "dc.title", "dcterms.title") or (
        h1.text().strip() if h1 else "") or (page_title.text().strip() if page_title else "")
    time_node = root.css_first("time[datetime]")
    when = _first(meta, "date", "dc.date", "dcterms.date", "dcterms.created",
                  "article:published_time") or (
        str(time_node.attributes.get("datetime") or "") if time_node else "")
    authors = [a for key in ("author", "dc.creator", "dcterms.creator", "article:author")
               for a in meta.get(key, [])]
    return title, text, {"authors": authors, "date": when}


def _pdf(file: Path) -> tuple[str, str, dict[str, Any]]:
    from pypdf import PdfReader

    reader = PdfReader(file)
    if reader.is_encrypted and not reader.decrypt(""):
        raise ValueError("the PDF is encrypted")
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    text = _SOFT_LINE_BREAK.sub(" ", _LINE_BREAK_HYPHEN.sub(r"\1\2", text))
    info = reader.metadata
    if info is None:
        return "", text, {}
    created = info.creation_date if "/CreationDate" in info else None
    return str(info.title or ""), text, {"authors": info.author or "", "date": created}


def _docx(file: Path) -> tuple[str, str, dict[str, Any]]:
    import docx

    document = docx.Document(str(file))
    lines = [p.text for p in document.paragraphs]
    lines += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    heading = next((p.text for p in document.paragraphs
                    if p.style is not None and (p.style.name or "").startswith(("Title", "Heading"))
                    and p.text.strip()), "")
    props = document.core_properties
    return (props.title or heading, "\n".join(line for line in lines if line.strip()),
            {"authors": props.author or "", "date": props.created})


_READERS = {".html": _html, ".pdf": _pdf, ".docx": _docx}


def _sidecar(file: Path, skipped: list[Skipped]) -> dict[str, Any]:
    side = file.with_name(file.name + ".yaml")
    if not side.exists():
        return {}
    try:
        data = yaml.safe_load(side.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        skipped.append(Skipped(str(side), f"sidecar ignored: {exc}"))
        return {}
    return data if isinstance(data, dict) else {}


def _authors(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value] if value else []
    names = (n.strip() for item in items for n in _AUTHOR_SPLIT.split(str(item)))
    return tuple(dict.fromkeys(n for n in names if n))


def _date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value or "").strip().removeprefix("D:")
    for candidate in (text[:10], f"{text[:4]}-{text[4:6]}-{text[6:8]}"):
        try:
            return date.fromisoformat(candidate)
        except ValueError:
            continue
    return None


def _first(meta: dict[str, list[str]], *keys: str) -> str:
    return next((meta[k][0].strip() for k in keys if meta.get(k)), "")


def _text(value: Any) -> str | None:
    return str(value).strip() if value else None
