"""Ingest: read files, resolve references, analyse text, and write one batch through a GraphStore.

Everything is checked before anything is written: a problem anywhere (file, line, field) rejects
the whole batch and leaves the store as it was. Unreadable or empty files, and files whose
metadata names no known author, are skipped and reported, never fatal. Re-running the same
ingest changes nothing.

People erased from the store (``GraphStore.erased``) stay erased: their rows in a people file
are dropped, as are their ids among a document's authors (a document left with no author is
skipped), as a manager and in interactions; the report counts what was left out.

After analysis, terms the taxonomy lacks that several people use become discovered topics
(``extraction.discovery``); the documents that may contain them are analysed again with the
grown taxonomy, so that a re-ingest of the same input, which starts from the grown taxonomy,
produces exactly the same mentions.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from extraction.discovery import CandidateCollector, DiscoveredTerm, discovered_id
from extraction.documents import DocumentRecord, Skipped, read_documents
from extraction.pipeline import Analyser
from extraction.records import (
    InteractionRecord,
    PersonRecord,
    read_departments,
    read_interactions,
    read_people,
)
from extraction.resolver import Resolver, slug
from extraction.taxonomy import load_taxonomy
from graph.errors import InputProblem, InvalidInputError
from graph.model import (
    AnalysedDocument,
    Batch,
    BatchResult,
    Document,
    DocumentKind,
    Topic,
    fold,
)
from graph.store import GraphStore

__all__ = ["IngestReport", "IngestRequest", "Progress", "ingest", "slug"]

Progress = Callable[[int, int], None]


@dataclass
class IngestReport:
    result: BatchResult
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    discovered: list[str] = field(default_factory=list)  # ids of topics discovered in this run
    # what was left out because it names an erased person: "people", "authors", "documents",
    # "managers", "interactions" -> how many (the ids themselves are not repeated here)
    erased: dict[str, int] = field(default_factory=dict)


@dataclass
class IngestRequest:
    taxonomy: Sequence[Path] = ()
    departments: Sequence[Path] = ()
    people: Sequence[Path] = ()
    documents: Sequence[Path] = ()
    interactions: Sequence[Path] = ()
    discover: bool = True  # propose discovered topics (see extraction.discovery)


def ingest(store: GraphStore, request: IngestRequest, progress: Progress | None = None,
           analyser: Analyser | None = None) -> IngestReport:
    """Read, check, analyse and write ``request`` as one batch.

    ``analyser`` is reused when it knows exactly the topics this batch needs (it is never
    changed: the API may be using it).

    Raises:
        InvalidInputError: with every problem found; nothing has been written.
    """
    started = time.perf_counter()
    problems: list[InputProblem] = []
    skipped: list[Skipped] = []
    new_topics = [t for path in request.taxonomy for t in load_taxonomy(path)]
    dept_records = [r for p in request.departments for r in read_departments(p, problems)]
    person_records = [r for p in request.people for r in read_people(p, problems)]
    doc_records = read_documents(request.documents, problems, skipped)
    interaction_records = [r for p in request.interactions for r in read_interactions(p, problems)]
    person_records, doc_records, interaction_records, erased = _without_erased(
        store, person_records, doc_records, interaction_records, skipped)

    resolver = Resolver(store, problems)
    departments = resolver.departments(dept_records)
    topics = {t.id: t for t in store.topics()} | {t.id: t for t in new_topics}
    first = _analyser_for(topics, analyser)
    people = resolver.people(person_records, first.match_label,
                             lambda label: _discovered_id(first, label), topics)
    analyser = _analyser_for(topics, first)  # skills may have added topics
    documents = resolver.documents(doc_records, skipped)
    interactions = resolver.interactions(interaction_records)
    if problems:
        raise InvalidInputError(problems)

    documents += [Document(f"profile:{p.id}", p.name, p.bio, (p.id,), kind=DocumentKind.PROFILE,
                           department_id=p.department_id)
                  for p in people if p.bio]  # a bio is evidence, as a profile pseudo-document
    names = [p.name for p in people] + [p.name for p in store.people()]
    collector = CandidateCollector(names + resolver.department_names())
    analysed: list[AnalysedDocument] = []
    for doc in documents:
        analysed.append(analyser.analyse(doc, candidates=collector if request.discover else None))
        if progress:
            progress(len(analysed), len(documents))
    found = [d for d in collector.discovered() if d.topic.id not in topics]
    if found:
        topics.update((d.topic.id, d.topic) for d in found)
        analyser = Analyser(topics.values())
        analysed = _reanalyse(analyser, analysed, found)
    batch = Batch(tuple(departments + resolver.created_departments), tuple(people),
                  tuple(topics[t] for t in sorted(set(topics) - _stored(store, topics))),
                  tuple(analysed), tuple(interactions))
    result = store.apply(batch)
    return IngestReport(result, skipped, time.perf_counter() - started,
                        [d.topic.id for d in found], erased)


def _without_erased(store: GraphStore, people: list[PersonRecord],
                    documents: list[DocumentRecord], interactions: list[InteractionRecord],
                    skipped: list[Skipped]) -> tuple[list[PersonRecord], list[DocumentRecord],
                                                     list[InteractionRecord], dict[str, int]]:
    """The records without erased people, and how many of each kind were left out.

    Metadata authors (names, e-mail addresses) need no check: an erased person's name and
    address are gone from the store, so they resolve to nobody.
    """
    ids = {p.id for p in people} | {p.manager_id for p in people if p.manager_id}
    ids |= {a for d in documents if not d.authors_from_metadata for a in d.authors}
    ids |= {i for r in interactions for i in (r.person, r.other)}
    erased = store.erased(ids) if ids else set()
    if not erased:
        return people, documents, interactions, {}
    out: Counter[str] = Counter()
    files = sorted({p.source.file for p in people if p.id in erased})
    out["people"] = sum(1 for p in people if p.id in erased)
    out["managers"] = sum(1 for p in people if p.id not in erased and p.manager_id in erased)
    people = [replace(p, manager_id=None) if p.manager_id in erased else p
              for p in people if p.id not in erased]
    kept = []
    for d in documents:
        authors = tuple(a for a in d.authors if d.authors_from_metadata or a not in erased)
        out["authors"] += len(d.authors) - len(authors)
        if authors:
            kept.append(replace(d, authors=authors))
        else:
            out["documents"] += 1
            skipped.append(Skipped(d.source.file, f"document {d.id!r}: every author was erased"))
    out["interactions"] = sum(1 for r in interactions if {r.person, r.other} & erased)
    interactions = [r for r in interactions if not {r.person, r.other} & erased]
    if out["people"]:
        skipped.append(Skipped(", ".join(files), f"{out['people']} erased person(s) left out"))
    return people, kept, interactions, {kind: n for kind, n in out.items() if n}


def _analyser_for(topics: dict[str, Topic], analyser: Analyser | None) -> Analyser:
    if analyser is None or analyser.topics != topics:
        return Analyser(topics.values())
    return analyser


def _discovered_id(analyser: Analyser, label: str) -> str:
    return discovered_id(t.norm_ for t in analyser.nlp("nl").patterns([label])[0]
                         if not t.is_punct)


def _reanalyse(analyser: Analyser, analysed: list[AnalysedDocument],
               found: list[DiscoveredTerm]) -> list[AnalysedDocument]:
    """Analyse again, with the discovered topics, every document that may contain one.

    A cheap over-approximation: the first five letters of each word of a term all occur in the
    folded text (a term may also hide in a compound or an inflection the candidates missed).
    """
    hints = [[fold(w)[:5] for w in d.topic.label_nl.split()] for d in found]
    out = []
    for a in analysed:
        text = fold(f"{a.document.title}\n{a.document.text}")
        if any(all(h in text for h in words) for words in hints):
            a = analyser.analyse(a.document, a.document.language)
        out.append(a)
    return out


def _stored(store: GraphStore, topics: dict[str, Topic]) -> set[str]:
    # topics already stored unchanged need no rewrite
    return {t.id for t in store.topics(list(topics)) if topics.get(t.id) == t}
