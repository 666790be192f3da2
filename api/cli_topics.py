"""``wieweet topics ...`` and ``wieweet taxonomy import``: curating topics from the terminal.

Thin commands over ``extraction.curation`` and ``extraction.taxonomy_import``. ``app`` holds the
two command groups and is added, without a name, to the main ``wieweet`` app.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from api.settings import Settings
from extraction.curation import drop, promote, topic_uses
from extraction.taxonomy import load_taxonomy
from extraction.taxonomy_import import (
    esco_language,
    merge_topics,
    read_esco_skills,
    read_org_terms,
    write_taxonomy,
)
from graph.errors import InvalidInputError
from graph.model import Batch, Topic, TopicStatus
from graph.store import GraphStore, open_store

app = typer.Typer(add_completion=False)
topics_app = typer.Typer(help="Discovered topics: list, promote to the taxonomy, or drop.",
                         no_args_is_help=True)
taxonomy_app = typer.Typer(help="Grow the taxonomy from term lists.", no_args_is_help=True)
app.add_typer(topics_app, name="topics")
app.add_typer(taxonomy_app, name="taxonomy")
out = Console()
err = Console(stderr=True)

StoreOption = Annotated[str | None, typer.Option(
    "--store", help="Store URL: sqlite:///file.db or neo4j://host (default WIEWEET_STORE_URL).")]


def _store(url: str | None) -> GraphStore:
    return open_store(url or Settings().effective_store_url)


@topics_app.command("list")
def list_topics(
    discovered: Annotated[bool, typer.Option(
        "--discovered", help="Only discovered topics (candidates to promote or drop).")] = False,
    first: Annotated[int, typer.Option(help="How many topics.")] = 50,
    store: StoreOption = None,
) -> None:
    """Topics with the number of people and pieces of evidence behind them."""
    opened = _store(store)
    try:
        uses = topic_uses(opened, TopicStatus.DISCOVERED if discovered else None)
    finally:
        opened.close()
    if not uses:
        out.print("No discovered topics." if discovered else "No topics.")
        return
    for use in uses[:first]:
        t = use.topic
        out.print(f"{t.id:<40} {t.label_nl:<35} {t.status.value:<10} "
                  f"{use.people:>4} people {use.evidence:>5} evidence", highlight=False)


@topics_app.command("promote")
def promote_topic(
    topic_id: Annotated[str, typer.Argument(help="Id of a discovered topic, e.g. disc-topdesk.")],
    label_nl: Annotated[str | None, typer.Option("--label-nl", help="Dutch label.")] = None,
    label_en: Annotated[str | None, typer.Option("--label-en", help="English label.")] = None,
    alias: Annotated[list[str], typer.Option("--alias", help="Dutch alias (repeatable).")] = [],  # noqa: B006
    broader: Annotated[list[str], typer.Option(
        "--broader", help="Id of a broader topic (repeatable).")] = [],  # noqa: B006
    store: StoreOption = None,
) -> None:
    """Make a discovered topic part of the curated taxonomy (same id, evidence kept)."""
    opened = _store(store)
    try:
        topic = promote(opened, topic_id, label_nl=label_nl, label_en=label_en,
                        aliases_nl=alias, broader=broader)
    finally:
        opened.close()
    out.print(f"promoted {topic.id}: {topic.label_nl} / {topic.label_en}", highlight=False)


@topics_app.command("drop")
def drop_topic(
    topic_id: Annotated[str, typer.Argument(help="Id of a discovered topic.")],
    store: StoreOption = None,
) -> None:
    """Remove a discovered topic and its evidence; it will not be proposed again."""
    opened = _store(store)
    try:
        drop(opened, topic_id)
    finally:
        opened.close()
    out.print(f"dropped {topic_id}", highlight=False)


@taxonomy_app.command("import")
def import_terms(
    sources: Annotated[list[Path], typer.Argument(help="CSV files of terms.")],
    format_: Annotated[str, typer.Option(
        "--format", help="org (own term list) or esco (ESCO skills CSV export).")] = "org",
    lang: Annotated[str | None, typer.Option(
        help="Language of ESCO files (nl/en); default from the file name, e.g. skills_nl.csv.")
    ] = None,
    taxonomy: Annotated[Path | None, typer.Option(
        help="Taxonomy YAML to merge into (default: the store's topics).")] = None,
    out_file: Annotated[Path | None, typer.Option(
        "--out", help="Write the merged taxonomy as YAML here instead of into the store.")] = None,
    store: StoreOption = None,
) -> None:
    """Merge an organisation's term list or ESCO skills into the taxonomy, without duplicates."""
    try:
        incoming = _read_sources(sources, format_, lang)
    except InvalidInputError as exc:
        err.print(f"[red]rejected:[/] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    opened = _store(store) if out_file is None or taxonomy is None else None
    try:
        base = load_taxonomy(taxonomy) if taxonomy else opened.topics() if opened else []
        result = merge_topics(base, incoming)
        if out_file is not None:
            write_taxonomy(out_file, result.topics)
            where = str(out_file)
        else:
            assert opened is not None
            changed = set(result.added) | set(result.changed)
            opened.apply(Batch(topics=tuple(t for t in result.topics if t.id in changed)))
            where = "the store (re-ingest documents to find the new terms in them)"
    finally:
        if opened is not None:
            opened.close()
    out.print(f"{len(incoming)} terms read: {len(result.added)} new topics, "
              f"{len(result.changed)} existing topics extended; written to {where}",
              highlight=False)


def _read_sources(sources: list[Path], format_: str, lang: str | None) -> list[Topic]:
    if format_ == "org":
        return [t for path in sources for t in read_org_terms(path)]
    if format_ != "esco":
        raise typer.BadParameter("--format must be org or esco")
    files = []
    for path in sources:
        language = lang or esco_language(path)
        if language not in {"nl", "en"}:
            raise typer.BadParameter(f"language of {path} unknown: name it skills_nl.csv or "
                                     "give --lang nl|en")
        files.append((path, language))
    return read_esco_skills(files)
