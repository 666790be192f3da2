"""The spaCy pipeline: lemmas, accent-folded norms, taxonomy matching and evidence snippets.

No trained Dutch pipeline can be installed offline, so analysis runs on ``spacy.blank`` with the
lookup lemma tables of spacy-lookups-data. One component sets each token's lemma and a folded
norm (``Financiën`` -> ``financien``) from a cached dict lookup, which is about twice as fast
as spaCy's own lookup lemmatizer. Taxonomy terms are matched on those norms with a
PhraseMatcher; abbreviations are matched on their exact spelling (and all-caps form) so the
abbreviation ``BIO`` does not fire on the word ``bio``.
"""

from __future__ import annotations

import functools
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import spacy
from spacy.lookups import load_lookups
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from extraction.language import detect_language
from graph.model import AnalysedDocument, Document, Mention, Topic, fold
from graph.text import SNIPPET_CHARS

LANGUAGES = ("nl", "en")
TITLE_WEIGHT = 2.0  # a topic in the title says more about a document than one in the body
# words that make a question a question, not part of what is asked
QUERY_FILLER = frozenset("""weet weten kennis expert experts expertise iemand wie collega
collega's know knows knowledge who someone about anyone""".split())


class LemmaNorm:
    """Sets token.lemma_ from the lookup table and token.norm_ to the folded lemma."""

    def __init__(self, lang: str) -> None:
        self._table = load_lookups(lang, ["lemma_lookup"]).get_table("lemma_lookup")
        self._cache: dict[str, tuple[str, str]] = {}

    def __call__(self, doc: Doc) -> Doc:
        cache = self._cache
        for token in doc:
            entry = cache.get(token.text)
            if entry is None:
                lower = token.text.lower()
                lemma = self._table.get(lower, lower)
                entry = (lemma, fold(lemma))
                if len(cache) < 500_000:
                    cache[token.text] = entry
            token.lemma_, token.norm_ = entry
        return doc


class TextPipeline:
    """Tokenizer, lemma/norm and sentence boundaries for one language."""

    def __init__(self, lang: str) -> None:
        self.nlp = spacy.blank(lang)
        tokenizer: Any = self.nlp.tokenizer
        tokenizer.max_cache_size = 200_000  # the default 10k fills up and halves the speed
        self.lemma_norm = LemmaNorm(lang)
        self.sentencizer = self.nlp.add_pipe("sentencizer")
        # a separate tokenizer for patterns, so pattern strings do not fill the text cache
        self._patterns = spacy.blank(lang, vocab=self.nlp.vocab)

    @property
    def vocab(self) -> Vocab:
        return self.nlp.vocab

    def __call__(self, text: str) -> Doc:
        return self.sentencizer(self.lemma_norm(self.nlp.make_doc(text)))

    def patterns(self, texts: Iterable[str], *, lemmatise: bool = True) -> list[Doc]:
        tokenizer: Any = self._patterns.tokenizer
        docs = list(tokenizer.pipe(texts))
        return [self.lemma_norm(d) for d in docs] if lemmatise else docs


@functools.cache
def text_pipeline(lang: str) -> TextPipeline:
    """One pipeline per language per process: building one takes about a second."""
    return TextPipeline(lang)


@dataclass(frozen=True)
class QueryAnalysis:
    """What a who-knows question asks: folded lemma terms for full text, and matched topics."""

    terms: tuple[str, ...]
    topic_ids: tuple[str, ...]
    language: str


class Analyser:
    """Finds taxonomy topics in text and prepares text for the full-text index."""

    def __init__(self, topics: Iterable[Topic]) -> None:
        self._pipelines = {lang: text_pipeline(lang) for lang in LANGUAGES}
        self._norm_matchers: dict[str, PhraseMatcher] = {}
        self._orth_matchers: dict[str, PhraseMatcher] = {}
        self.topics = {t.id: t for t in topics}
        self._labels: dict[str, str] | None = None
        for lang, pipeline in self._pipelines.items():
            self._norm_matchers[lang], self._orth_matchers[lang] = self._matchers(pipeline)

    def _matchers(self, pipeline: TextPipeline) -> tuple[PhraseMatcher, PhraseMatcher]:
        norm = PhraseMatcher(pipeline.vocab, attr="NORM")
        orth = PhraseMatcher(pipeline.vocab, attr="ORTH")
        for topic in self.topics.values():
            abbreviations = set(topic.abbreviations)
            words = [f for f in topic.surface_forms() if f not in abbreviations]
            if words:
                norm.add(topic.id, pipeline.patterns(words))
            forms = sorted({v for a in abbreviations for v in (a, a.upper())})
            if forms:
                orth.add(topic.id, pipeline.patterns(forms, lemmatise=False))
        return norm, orth

    def nlp(self, lang: str) -> TextPipeline:
        return self._pipelines[lang if lang in self._pipelines else "nl"]

    def _spans(self, doc: Doc, lang: str) -> list[Span]:
        spans = [Span(doc, s, e, label=m) for m, s, e in self._norm_matchers[lang](doc)]
        spans += [Span(doc, s, e, label=m) for m, s, e in self._orth_matchers[lang](doc)]
        return filter_spans(spans)  # longest wins where matches overlap

    def analyse(self, document: Document, language: str | None = None) -> AnalysedDocument:
        """Detect the language, find the topics with evidence, and build the index text."""
        lang = language or detect_language(f"{document.title}\n{document.text}")
        full = f"{document.title}\n\n{document.text}"
        doc = self.nlp(lang)(full)
        title_end = len(document.title)
        weights: dict[str, float] = defaultdict(float)
        counts: dict[str, int] = defaultdict(int)
        first: dict[str, Span] = {}
        for span in self._spans(doc, lang):
            topic_id = span.label_
            counts[topic_id] += 1
            weights[topic_id] += TITLE_WEIGHT if span.start_char < title_end else 1.0
            if topic_id not in first or (first[topic_id].start_char < title_end <= span.start_char):
                first[topic_id] = span  # prefer a body sentence as evidence over the title
        mentions = tuple(
            _mention(full, topic_id, counts[topic_id], weights[topic_id], first[topic_id])
            for topic_id in sorted(weights)
        )
        index_text = " ".join(t.norm_ for t in doc if not (t.is_punct or t.is_space or t.is_stop))
        analysed_doc = Document(**{**document.__dict__, "language": lang})
        return AnalysedDocument(analysed_doc, mentions, index_text)

    def analyse_query(self, text: str) -> QueryAnalysis:
        """Terms and topics of a question such as ``Wie weet iets over de Wmo?``."""
        lang = detect_language(text, default="nl")
        doc = self.nlp(lang)(text)
        terms = tuple(
            dict.fromkeys(
                t.norm_
                for t in doc
                if not (t.is_punct or t.is_space or t.is_stop) and t.norm_ not in QUERY_FILLER
            )
        )
        topic_ids = tuple(dict.fromkeys(s.label_ for s in self._spans(doc, lang)))
        return QueryAnalysis(terms, topic_ids, lang)

    def match_label(self, label: str) -> str | None:
        """The topic a free-text skill label names, when the whole label is one topic.

        Profiles are typed by hand: ``wmo``, ``WMO`` and ``Wmo`` all name the Wmo.
        """
        if self._labels is None:
            self._labels = {}
            for topic in self.topics.values():
                for form in topic.surface_forms():
                    self._labels.setdefault(fold(form), topic.id)
        found = self._labels.get(fold(label.strip()))
        if found:
            return found
        doc = self.nlp("nl")(label)
        spans = self._spans(doc, "nl")
        if len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(doc):
            return str(spans[0].label_)
        return None

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


def _mention(full: str, topic_id: str, count: int, weight: float, span: Span) -> Mention:
    sent = span.sent
    start, end = sent.start_char, sent.end_char
    # a title has no full stop: cut sentences at line breaks too
    start = max(start, full.rfind("\n", 0, span.start_char) + 1)
    newline = full.find("\n", span.end_char)
    if 0 <= newline < end:
        end = newline
    if end - start > SNIPPET_CHARS:  # a run-on "sentence": keep a window around the match
        start = max(start, min(span.start_char - SNIPPET_CHARS // 3, end - SNIPPET_CHARS))
        end = min(end, start + SNIPPET_CHARS)
    while start < span.start_char and full[start].isspace():
        start += 1
    snippet = full[start:end].rstrip()
    offset = start
    return Mention(
        topic_id=topic_id,
        count=count,
        score=round(1.0 + math.log(weight), 6),
        snippet=snippet,
        start=span.start_char,
        end=span.end_char,
        snippet_start=span.start_char - offset,
        snippet_end=span.end_char - offset,
    )
