"""The Analyser: topics with evidence, index text and query analysis for Dutch and English.

Per document: detect the language, tokenise, set lemmas and norms from a per-token-text cache
(``extraction.tokens``), find topics (``extraction.matching``: phrases, abbreviations, split
words and compounds) and keep the first sentence that shows each topic as evidence
(``extraction.evidence``). A topic in the title counts double, one inside a compound half.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain
from operator import itemgetter
from typing import Any, Protocol

import numpy
from spacy.attrs import LEMMA, NORM, ORTH
from spacy.tokens import Doc

from extraction.evidence import boundaries, mention
from extraction.language import detect_language
from extraction.matching import Hit, Special, TopicMatcher, matchable
from extraction.tokens import LANGUAGES, TextPipeline, text_pipeline
from graph.model import AnalysedDocument, Document, Topic, fold

__all__ = ["LANGUAGES", "Analyser", "QueryAnalysis", "Scan", "text_pipeline"]

TITLE_WEIGHT = 2.0  # a topic in the title says more about a document than one in the body
# words that make a question a question, not part of what is asked
QUERY_FILLER = frozenset("""weet weten kennis expert experts expertise iemand wie collega
collega's know knows knowledge who someone about anyone""".split())
_LEMMA_NORM = [LEMMA, NORM]
_IDS = itemgetter(0)

# per token text: (lemma and norm string ids, index form, Special or None, discovery kind)
Entry = tuple[tuple[int, int], str, Special | None, int]


@dataclass(frozen=True)
class QueryAnalysis:
    """What a who-knows question asks: folded lemma terms for full text, and matched topics."""

    terms: tuple[str, ...]
    topic_ids: tuple[str, ...]
    language: str


@dataclass(frozen=True)
class Scan:
    """One analysed text: tokens, their cached entries and the topic hits."""

    text: str
    doc: Doc
    entries: list[Entry]
    hits: list[Hit]
    language: str


class CandidateSink(Protocol):
    """Receives every scanned document, e.g. to discover terms the taxonomy lacks."""

    def add(self, document: Document, scan: Scan) -> None: ...


class _Language:
    """Pipeline, matcher and token cache of one language."""

    def __init__(self, topics: Sequence[Topic], pipeline: TextPipeline) -> None:
        from extraction.discovery import token_kind  # discovery builds on this module

        self.pipeline = pipeline
        self.matcher = TopicMatcher(topics, pipeline)
        self.cache: dict[int, Entry] = {}
        self._kind = token_kind

    def scan(self, text: str, lang: str) -> Scan:
        doc = self.pipeline.make_doc(text)
        get, miss = self.cache.get, self._entry
        entries = [get(o) or miss(o) for o in doc.to_array(ORTH).tolist()]
        if entries:
            ids: Any = numpy.fromiter(chain.from_iterable(map(_IDS, entries)),
                                      dtype=numpy.uint64, count=2 * len(entries))
            doc.from_array(_LEMMA_NORM, ids.reshape(-1, 2))
        specials = [(i, e[2]) for i, e in enumerate(entries) if e[2] is not None]
        return Scan(text, doc, entries, self.matcher.hits(doc, specials), lang)

    def _entry(self, orth: int) -> Entry:
        text = self.pipeline.vocab.strings[orth]
        token = self.pipeline.entry(text)
        entry = (token.ids, token.index, self.matcher.special(text),
                 self._kind(text, token, self.pipeline.lexicon))
        if len(self.cache) < 500_000:
            self.cache[orth] = entry
        return entry


class Analyser:
    """Finds taxonomy topics in text and prepares text for the full-text index."""

    def __init__(self, topics: Iterable[Topic]) -> None:
        self.topics = {t.id: t for t in topics}
        active = matchable(self.topics.values())
        self._languages = {lang: _Language(active, text_pipeline(lang)) for lang in LANGUAGES}
        self._labels: dict[str, str] | None = None

    def nlp(self, lang: str) -> TextPipeline:
        return self._languages[lang if lang in self._languages else "nl"].pipeline

    def scan(self, text: str, lang: str) -> Scan:
        """Tokens and topic hits of ``text`` in ``lang``."""
        lang = lang if lang in self._languages else "nl"
        return self._languages[lang].scan(text, lang)

    def analyse(self, document: Document, language: str | None = None,
                candidates: CandidateSink | None = None) -> AnalysedDocument:
        """Detect the language, find the topics with evidence, and build the index text."""
        lang = language or detect_language(f"{document.title}\n{document.text}")
        full = f"{document.title}\n\n{document.text}"
        scan = self.scan(full, lang)
        title_end = len(document.title)
        weights: dict[str, float] = defaultdict(float)
        counts: dict[str, int] = defaultdict(int)
        first: dict[str, Hit] = {}
        parts: list[str] = []
        for hit in scan.hits:
            topic_id = hit.topic_id
            counts[topic_id] += 1
            weights[topic_id] += hit.weight * (TITLE_WEIGHT if hit.start_char < title_end else 1)
            shown = first.get(topic_id)
            if shown is None or (shown.start_char < title_end <= hit.start_char):
                first[topic_id] = hit  # prefer a body sentence as evidence over the title
            if hit.weight < 1:  # a compound part also feeds the full-text index
                parts.append(self.nlp(lang).entry(full[hit.start_char:hit.end_char]).norm)
        bounds = boundaries(full) if first else []
        mentions = tuple(
            mention(full, t, counts[t], weights[t], first[t].start_char, first[t].end_char,
                    bounds)
            for t in sorted(weights))
        index_text = " ".join([e[1] for e in scan.entries if e[1]] + parts)
        if candidates is not None:
            candidates.add(document, scan)
        analysed_doc = Document(**{**document.__dict__, "language": lang})
        return AnalysedDocument(analysed_doc, mentions, index_text)

    def analyse_query(self, text: str) -> QueryAnalysis:
        """Terms and topics of a question such as ``Wie weet iets over de Wmo?``."""
        lang = detect_language(text, default="nl")
        scan = self.scan(text, lang)
        terms = tuple(dict.fromkeys(e[1] for e in scan.entries
                                    if e[1] and e[1] not in QUERY_FILLER))
        topic_ids = tuple(dict.fromkeys(h.topic_id for h in sorted(
            scan.hits, key=lambda h: (h.start_char, -h.weight))))
        return QueryAnalysis(terms, topic_ids, lang)

    def match_label(self, label: str) -> str | None:
        """The topic a free-text skill label names, when the whole label is one topic.

        Profiles are typed by hand: ``wmo``, ``WMO`` and ``Wmo`` all name the Wmo.
        """
        if self._labels is None:
            self._labels = {}
            for topic in matchable(self.topics.values()):
                for form in topic.surface_forms():
                    self._labels.setdefault(fold(form), topic.id)
        found = self._labels.get(fold(label.strip()))
        if found:
            return found
        scan = self.scan(label, "nl")
        whole = [h for h in scan.hits if h.start == 0 and h.end == len(scan.doc) and h.weight == 1]
        return whole[0].topic_id if len(scan.hits) == 1 and whole else None

    def terms_of(self, topic_ids: Sequence[str]) -> tuple[str, ...]:
        """Folded lemma terms of the topics' labels and aliases, for full-text expansion."""
        out: dict[str, None] = {}
        pipeline = self.nlp("nl")
        for topic_id in topic_ids:
            topic = self.topics.get(topic_id)
            if topic is None:
                continue
            for doc in pipeline.patterns(topic.surface_forms()):
                out.update((t.norm_, None) for t in doc if not (t.is_punct or t.is_stop))
        return tuple(out)
