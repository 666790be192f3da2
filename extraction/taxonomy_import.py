"""Importing terms into the taxonomy: an organisation's own CSV, and ESCO skills CSV exports.

Organisation CSV, one term per row (UTF-8, header row; lists separated by ``;`` or ``|``)::

    id,label_nl,label_en,aliases_nl,aliases_en,abbreviations,broader
    ,Kennisconnector,Knowledge connector,kennisconnectoren,,KC,kennisbank

``label_nl`` (or ``term``) is required; ``label_en`` defaults to it; ``id`` defaults to the slug
of ``label_nl``; ``broader`` names topic ids or labels.

ESCO skills CSV (``skills_nl.csv``, ``skills_en.csv`` from the ESCO download page, one file per
language): ``conceptUri``, ``preferredLabel`` and ``altLabels`` (one label per line). Files of
several languages are joined on ``conceptUri``. An ESCO concept gets the id ``esco-<uuid>``,
the last part of its ``conceptUri``: the URI is kept as the topic's source id, never as a surface
form, and a re-import of the same concept lands on the same topic. ESCO's ``hiddenLabels``
(misspellings for search engines) and its broader relations (separate files) are not imported.

Merging (``merge_topics``) never creates a duplicate: an incoming topic with a known id, or
whose preferred label (else one of its aliases) folds to a form of an existing topic, is merged
into that topic, which gains the incoming labels and aliases as aliases; a form that already
names any topic is not added again. Everything else is added as a new curated topic.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from extraction.records import FieldChecker, read_rows
from extraction.resolver import slug
from graph.errors import InputProblem, InvalidInputError
from graph.model import Topic, TopicStatus, fold

ESCO_PREFIX = "esco-"
_HEADER = """\
# wieweet taxonomy: one entry per topic. Fields:
#   id            stable canonical id, lowercase-ascii-with-hyphens
#   label_nl      preferred Dutch label (required)
#   label_en      preferred English label (required)
#   aliases_nl    other Dutch surface forms (synonyms, spelling variants, irregular plurals)
#   aliases_en    other English surface forms
#   abbreviations abbreviations/acronyms, as written (e.g. AVG, BIO, Wmo)
#   broader       ids of broader topics in this file
#   status        curated (default) | discovered | dropped
"""


@dataclass(frozen=True)
class MergeResult:
    topics: list[Topic]  # the whole merged taxonomy, existing topics first
    added: list[str]  # ids of new topics
    changed: list[str]  # ids of existing topics that gained forms or links


def read_org_terms(path: Path) -> list[Topic]:
    """Topics from an organisation's CSV of terms; raise ``InvalidInputError`` on bad rows."""
    problems: list[InputProblem] = []
    out = []
    for source, row in read_rows(path, problems):
        check = FieldChecker(problems, source)
        label = check.text(row, "label_nl") or check.text(row, "term")
        if not label:
            check.fail("label_nl", "is required (the term, in Dutch)")
            continue
        out.append(Topic(check.ident(row, "id") or slug(label), label,
                         check.text(row, "label_en") or label,
                         tuple(check.items(row, "aliases_nl")),
                         tuple(check.items(row, "aliases_en")),
                         tuple(check.items(row, "abbreviations")),
                         tuple(check.items(row, "broader"))))
    if problems:
        raise InvalidInputError(problems)
    return out


def read_esco_skills(files: Sequence[tuple[Path, str]]) -> list[Topic]:
    """Topics from ESCO skills CSV files, each given with its language (``nl`` or ``en``)."""
    problems: list[InputProblem] = []
    labels: dict[str, dict[str, list[str]]] = {}
    for path, lang in files:
        for source, row in read_rows(path, problems):
            check = FieldChecker(problems, source)
            uri, label = check.text(row, "conceptUri"), check.text(row, "preferredLabel")
            if not uri or not label:
                check.fail("conceptUri" if not uri else "preferredLabel", "is required")
                continue
            alt = [a.strip() for a in re.split(r"\n", str(row.get("altLabels") or ""))]
            forms = labels.setdefault(uri, {})
            forms.setdefault(lang, []).extend([label, *(a for a in alt if a)])
    if problems:
        raise InvalidInputError(problems)
    out = []
    for uri, forms in labels.items():
        nl, en = forms.get("nl", []), forms.get("en", [])
        label_nl, label_en = (nl or en)[0], (en or nl)[0]
        out.append(Topic(esco_id(uri), label_nl, label_en, _unique(nl[1:], label_nl),
                         _unique(en[1:], label_en)))
    return out


def esco_id(concept_uri: str) -> str:
    """``http://data.europa.eu/esco/skill/0a1b...`` -> ``esco-0a1b...``."""
    return ESCO_PREFIX + slug(concept_uri.rstrip("/").rsplit("/", 1)[-1])


def esco_language(path: Path) -> str | None:
    """The language of an ESCO export from its name (``skills_nl.csv`` -> ``nl``)."""
    found = re.search(r"(?:^|[_\-.])(nl|en)(?:[_\-.]|$)", path.stem.lower())
    return found.group(1) if found else None


def merge_topics(existing: Iterable[Topic], incoming: Iterable[Topic]) -> MergeResult:
    """Merge ``incoming`` into ``existing`` without duplicates (see the module docstring)."""
    topics = {t.id: t for t in existing}
    original = dict(topics)
    owner: dict[str, str] = {}  # folded form -> id of the topic it names
    for topic in topics.values():
        for form in topic.surface_forms():
            owner.setdefault(fold(form), topic.id)
    added: list[str] = []
    for new in incoming:
        target = _target(new, topics, owner)
        if target is None:
            topic = replace(new, status=TopicStatus.CURATED,
                            aliases_nl=_free(new.aliases_nl, owner, {new.label_nl}),
                            aliases_en=_free(new.aliases_en, owner, {new.label_en}))
            topics[topic.id] = topic
            added.append(topic.id)
        else:
            topic = _absorb(topics[target], new, owner)
            topics[target] = topic
        for form in topic.surface_forms():
            owner.setdefault(fold(form), topic.id)
    labels = {fold(t.label_nl): t.id for t in topics.values()} | {
        fold(t.label_en): t.id for t in topics.values()}
    problems = []
    for topic_id, topic in list(topics.items()):
        broader = tuple(dict.fromkeys(b if b in topics else labels.get(fold(b), b)
                                      for b in topic.broader))
        for b in broader:
            if b not in topics:
                problems.append(InputProblem("import", None, "broader",
                                             f"{topic_id!r} names unknown topic {b!r}"))
        topics[topic_id] = replace(topic, broader=tuple(b for b in broader if b != topic_id))
    if problems:
        raise InvalidInputError(problems)
    changed = [i for i, t in topics.items() if i in original and original[i] != t]
    return MergeResult(list(topics.values()), added, changed)


def write_taxonomy(path: Path, topics: Iterable[Topic]) -> None:
    """Write topics in the format of ``seed_data/taxonomy.yaml`` (loadable by load_taxonomy)."""
    lines = [_HEADER, "topics:"]
    for t in topics:
        lines.append(f"  - id: {_scalar(t.id)}")
        lines.append(f"    label_nl: {_scalar(t.label_nl)}")
        lines.append(f"    label_en: {_scalar(t.label_en)}")
        for name in ("aliases_nl", "aliases_en", "abbreviations", "broader"):
            lines.append(f"    {name}: {_flow(list(getattr(t, name)))}")
        if t.status is not TopicStatus.CURATED:
            lines.append(f"    status: {t.status.value}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _target(new: Topic, topics: dict[str, Topic], owner: dict[str, str]) -> str | None:
    if new.id in topics:
        return new.id
    for form in (new.label_nl, new.label_en, *new.aliases_nl, *new.aliases_en):
        found = owner.get(fold(form))
        if found:
            return found
    return None


def _absorb(topic: Topic, new: Topic, owner: dict[str, str]) -> Topic:
    known = {fold(f) for f in topic.surface_forms()}
    nl = [f for f in (new.label_nl, *new.aliases_nl) if fold(f) not in known]
    en = [f for f in (new.label_en, *new.aliases_en) if fold(f) not in known]
    abbreviations = [a for a in new.abbreviations if fold(a) not in known and a not in owner]
    return replace(topic,
                   aliases_nl=(*topic.aliases_nl, *_free(nl, owner, set())),
                   aliases_en=(*topic.aliases_en, *_free(en, owner, set(nl))),
                   abbreviations=(*topic.abbreviations, *abbreviations),
                   broader=tuple(dict.fromkeys((*topic.broader, *new.broader))))


def _free(forms: Iterable[str], owner: dict[str, str], exclude: set[str]) -> tuple[str, ...]:
    """Forms that name no topic yet, without repeats (folded)."""
    seen = {fold(e) for e in exclude}
    out = []
    for form in forms:
        key = fold(form)
        if key and key not in owner and key not in seen:
            seen.add(key)
            out.append(form)
    return tuple(out)


def _unique(forms: Iterable[str], label: str) -> tuple[str, ...]:
    return _free(forms, {}, {label})


def _scalar(value: str) -> str:
    dumped = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10_000)
    return dumped.removesuffix("\n...\n").strip()


def _flow(values: list[str]) -> str:
    return yaml.safe_dump(values, allow_unicode=True, default_flow_style=True,
                          width=10_000).strip()
