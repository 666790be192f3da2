"""From a who-knows question to an ``ExpertQuery``: terms, topics, expansions and filters.

The language of a short question cannot be told reliably ("EmptyDir Volume Permission Mode" reads
as Dutch to a detector), and an organisation writes in both languages, so the question is
analysed with the Dutch and the English pipeline and their terms are joined. The question's
topics bring their labels and aliases in both languages as related terms (the bridge from a
Dutch question to English documents), and their taxonomy neighbours as discounted topics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extraction.pipeline import LANGUAGES, QUERY_FILLER, Analyser
from extraction.tokens import TextPipeline
from graph.expansion import expand_topics, phrases, prefixes
from graph.ranking import ExpertQuery

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
MAX_PREFIX_QUERY = 4  # prefixes only for short questions: long ones have words enough


@dataclass(frozen=True)
class Filters:
    """Who may appear: a department (with its sub-departments), organisation, location, language.

    ``asker_organisation`` is the organisation the question comes from (the searcher's), when
    known: people whose organisation is not findable by others appear only for their own
    organisation's searches (see ``graph.policy``).
    """

    department_id: str | None = None
    organisation: str | None = None
    location: str | None = None
    language: str | None = None
    asker_organisation: str | None = None


def build_query(analyser: Analyser, text: str, first: int = 10,
                filters: Filters = Filters()) -> ExpertQuery:
    """Analyse ``text`` for ranking: terms in both languages, topics, related terms, expansions."""
    analysis = analyser.analyse_query(text)
    ordered = [analysis.language, *(lang for lang in LANGUAGES if lang != analysis.language)]
    pipelines = [analyser.nlp(lang) for lang in ordered]
    words = [t.text for t in pipelines[0].make_doc(text)]
    terms: dict[str, None] = {}
    related: list[str] = []
    for pipeline in pipelines:
        sequence = _index_terms(pipelines, pipeline, words)
        terms.update((w, None) for w in sequence)
        related += phrases(sequence)
    # a compound word's parts, each for itself: "API-infrastructuur" -> api, infrastructuur;
    # "MijnOverheid" -> mijn, overheid
    pieces = [_index_terms(pipelines, pipelines[0], _parts(w)) for w in words]
    main = tuple(dict.fromkeys([*terms, *(p for ps in pieces for p in ps)]))
    if len(terms) <= MAX_PREFIX_QUERY:
        english = analyser.nlp("en").lexicon.known  # English words need no bridge to English
        related += prefixes(t for t in main if not english(t))
    expansions = expand_topics(analysis.topic_ids, analyser.topics)[len(analysis.topic_ids):]
    labels = _labels(analyser, analysis.topic_ids)
    related += labels
    return ExpertQuery(text, main, analysis.topic_ids, first, filters.department_id,
                       filters.organisation, filters.location, filters.language,
                       tuple(t for t in dict.fromkeys(related) if t not in main), expansions,
                       _coverage([ps for ps in pieces if ps], labels),
                       filters.asker_organisation)


def _parts(word: str) -> list[str]:
    """A word split at hyphens and at lower-to-upper case changes; the word when it has none.

    >>> _parts("API-infrastructuur"), _parts("PreQueueingHint"), _parts("numaNode"), _parts("Wmo")
    (['API', 'infrastructuur'], ['Pre', 'Queueing', 'Hint'], ['numa', 'Node'], ['Wmo'])
    """
    parts = [p for piece in word.split("-") for p in _CAMEL.split(piece) if p]
    return parts if len(parts) > 1 else [word]


def _coverage(pieces: list[list[str]], labels: list[str]) -> float:
    """The share of the question's words that its topics' labels account for (a hyphenated
    word counts by its parts)."""
    if not pieces:
        return 1.0
    label_words = {w for label in labels for w in label.split()}
    return sum(sum(p in label_words for p in ps) / len(ps) for ps in pieces) / len(pieces)


def _index_terms(pipelines: list[TextPipeline], pipeline: TextPipeline,
                 words: list[str]) -> list[str]:
    """The index forms of ``words`` in one language, leaving out any language's stop words."""
    out = []
    for word in words:
        entry = pipeline.entry(word)
        if entry.index and entry.index not in QUERY_FILLER and not any(
                p.entry(word).is_stop for p in pipelines):
            out.append(entry.index)
    return out


def _labels(analyser: Analyser, topic_ids: tuple[str, ...]) -> list[str]:
    """Every label and alias of the topics, in index form in its own language, as a phrase."""
    out: list[str] = []
    for topic_id in topic_ids:
        topic = analyser.topics.get(topic_id)
        if topic is None:
            continue
        forms = {"nl": (topic.label_nl, *topic.aliases_nl, *topic.abbreviations),
                 "en": (topic.label_en, *topic.aliases_en)}
        for lang, texts in forms.items():
            pipeline = analyser.nlp(lang)
            for doc in pipeline.patterns([t for t in texts if t], lemmatise=False):
                words = [e.index for e in (pipeline.entry(t.text) for t in doc) if e.index]
                if words:
                    out.append(" ".join(words))
    return out
