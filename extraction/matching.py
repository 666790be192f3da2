"""Topic matching for one language: phrases on norms, abbreviations on spelling, compounds.

Rules, in order of strength:

1. Whole phrases on token norms (folded lemmas without inner hyphens) with a PhraseMatcher, so
   ``Vergunningen`` finds ``vergunning`` and ``e-mail`` equals ``email``. Every multi-word form is
   also added written as one word (``open data`` -> ``opendata``) and, in English, with its
   hyphens dropped or spaced.
2. Abbreviations on their exact spelling, its all-caps form and the plurals ``X's``/``Xs``, so
   ``BIO`` never fires on the word ``bio`` (a second PhraseMatcher on ORTH).
3. A word written in two (``omgevings wet``, ``email beleid``): two adjacent tokens whose joined
   norm is a single-word form. Strength 1 like the phrases.
4. A topic inside a longer word (``toegankelijkheidsambassadeur``, ``AVG-contactpersoon``): a part
   between hyphens that is an abbreviation or a form, or a Dutch compound part (see
   ``extraction.compounds``). These count with ``COMPOUND_WEIGHT`` and only where no whole match
   covers the token.

Where whole matches overlap, the longest wins; a span that names two topics gives both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.attrs import IDX, LENGTH
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from extraction.compounds import CompoundSplitter, Part
from extraction.tokens import TextPipeline, norm_of
from graph.model import Topic, TopicStatus, fold

COMPOUND_WEIGHT = 0.5  # a topic inside a longer word says less than the topic named on its own
_JOINER = re.compile(r"[\s-]+")
_MIN_SPLIT_LEFT = 4  # "omgevings wet": the first half of a split word is at least this long


@dataclass(frozen=True)
class Hit:
    """One occurrence of a topic: token span, character span and strength."""

    topic_id: str
    start: int
    end: int
    start_char: int
    end_char: int
    weight: float = 1.0


@dataclass(frozen=True)
class Special:
    """What a token may hold beyond its norm: topic parts, or the first half of a split word."""

    parts: tuple[Part, ...] = ()
    left_half: frozenset[str] = frozenset()  # first letters of words that may complete this one


def matchable(topics: Iterable[Topic]) -> list[Topic]:
    """The topics matched in text: dropped topics are kept only as tombstones."""
    return [t for t in topics if t.status is not TopicStatus.DROPPED]


class TopicMatcher:
    """Finds the topics of ``topics`` in documents of one language."""

    def __init__(self, topics: Iterable[Topic], pipeline: TextPipeline) -> None:
        self.pipeline = pipeline
        self.lang = pipeline.lang
        self._norm = PhraseMatcher(pipeline.vocab, attr="NORM")
        self._orth = PhraseMatcher(pipeline.vocab, attr="ORTH")
        self._abbreviations: dict[str, tuple[str, ...]] = {}
        self._words: dict[str, tuple[str, ...]] = {}  # single-token norm -> topic ids
        self._parts: dict[str, tuple[str, ...]] = {}  # Dutch single-word forms, for compounds
        self._halves: dict[str, frozenset[str]] = {}
        self._single: dict[str, tuple[str, ...]] = {}  # forms written as one word, for splits
        self.splitter: CompoundSplitter | None = None
        self.add(topics)

    def add(self, topics: Iterable[Topic]) -> None:
        """Add topics (not safe while another thread matches with this matcher)."""
        topics = matchable(topics)
        variants = [list(dict.fromkeys(v for f in t.surface_forms() if f not in t.abbreviations
                                       for v in self._variants(f))) for t in topics]
        # one tokenizer pass over all patterns: per-call overhead dominates short patterns
        docs = iter(self.pipeline.patterns([v for vs in variants for v in vs]))
        for topic, texts in zip(topics, variants, strict=True):
            self._add(topic, texts, [next(docs) for _ in texts])
        # "omgevings wet": each possible first half, with the first letters of its second halves
        halves: dict[str, set[str]] = {}
        for word in self._single:
            for i in range(_MIN_SPLIT_LEFT, len(word) - 2):
                halves.setdefault(word[:i], set()).add(word[i:i + 3])
        self._halves = {left: frozenset(rights) for left, rights in halves.items()}
        if self.lang == "nl":
            self.splitter = CompoundSplitter(self._parts, self.pipeline.lexicon)

    def _add(self, topic: Topic, variants: list[str], docs: list[Doc]) -> None:
        if docs:
            self._norm.add(topic.id, docs)
        dutch = {topic.label_nl, *topic.aliases_nl}
        forms = set(topic.surface_forms())
        for variant, doc in zip(variants, docs, strict=True):
            if len(doc) == 1 and doc[0].norm_.replace("'", "").isalnum():
                # the folded spelling too: lookup lemmas are noisy for rare words
                for key in dict.fromkeys((doc[0].norm_, norm_of(variant.lower()))):
                    self._words[key] = (*self._words.get(key, ()), topic.id)
                    if variant in forms:  # not a multi-word form joined up
                        self._single[key] = (*self._single.get(key, ()), topic.id)
                    if variant in dutch:  # "finance" + "ring" is no Dutch compound
                        self._parts[key] = (*self._parts.get(key, ()), topic.id)
        spellings = list(dict.fromkeys(s for a in topic.abbreviations
                                       for s in _abbreviation_forms(a)))
        if spellings:
            self._orth.add(topic.id, self.pipeline.patterns(spellings, lemmatise=False))
            for spelling in spellings:
                self._abbreviations[spelling] = (*self._abbreviations.get(spelling, ()),
                                                 topic.id)

    def _variants(self, form: str) -> list[str]:
        out = [form]
        if self.lang == "nl" and (" " in form or "-" in form):
            joined = _JOINER.sub("", form)
            if joined.isalpha():
                out.append(joined)
        elif "-" in form:  # English splits hyphens into tokens
            out += [form.replace("-", ""), form.replace("-", " ")]
        return out

    def special(self, text: str) -> Special | None:
        """What a token text may add beyond the phrase matchers (computed once per text)."""
        parts: tuple[Part, ...] = ()
        if "/" in text or "@" in text or self.pipeline.vocab[text].like_url:
            return None  # paths, addresses and links are no words
        if self.lang == "nl" and "-" in text.strip("-"):
            parts = self._hyphen_parts(text)
        elif self.splitter is not None:
            parts = self.splitter.split(fold(text))
        left = self._halves.get(fold(text), frozenset())
        if left and self.pipeline.entry(text).is_stop:
            left = frozenset()
        return Special(parts, left) if parts or left else None

    def _hyphen_parts(self, text: str) -> tuple[Part, ...]:
        found: dict[str, Part] = {}
        offset = 0
        for piece in text.split("-"):
            start, offset = offset, offset + len(piece) + 1
            if not piece:
                continue
            ids = self._abbreviations.get(piece)
            if ids is None and len(piece) >= 3:
                ids = self._words.get(self.pipeline.entry(piece).norm)
            if ids:
                found.update((t, (t, start, start + len(piece))) for t in ids if t not in found)
            elif self.splitter is not None and len(fold(piece)) == len(piece):
                for t, s, e in self.splitter.split(fold(piece)):
                    found.setdefault(t, (t, start + s, start + e))
        return tuple(found.values())

    def hits(self, doc: Doc, specials: Sequence[tuple[int, Special]]) -> list[Hit]:
        """Every topic occurrence in ``doc``; ``specials`` are (token index, Special) pairs."""
        strings = self.pipeline.vocab.strings
        spans = [(s, e, strings[m]) for m, s, e in self._norm(doc)]
        spans += [(s, e, strings[m]) for m, s, e in self._orth(doc)]
        for i, special in specials:
            if special.left_half and i + 1 < len(doc):
                spans += [(i, i + 2, t) for t in self._split_word(doc, i, special)]
        kept = _longest_first(spans)
        covered = {i for s, e, _ in kept for i in range(s, e)}
        idx, length = (a.tolist() for a in doc.to_array([IDX, LENGTH]).T)
        out = [Hit(t, s, e, idx[s], idx[e - 1] + length[e - 1]) for s, e, t in kept]
        for i, special in specials:
            if special.parts and i not in covered:
                out += [Hit(t, i, i + 1, idx[i] + a, idx[i] + b, COMPOUND_WEIGHT)
                        for t, a, b in special.parts]
        return out

    def _split_word(self, doc: Doc, i: int, special: Special) -> tuple[str, ...]:
        left, right = doc[i], doc[i + 1]
        if fold(right.text[:3]) not in special.left_half or not left.whitespace_:
            return ()
        if not (len(right) >= 3 and right.text.isalpha()) or right.is_stop:
            return ()
        joined = self.pipeline.entry(left.text.lower() + right.text.lower()).norm
        return self._single.get(joined, ())


def _longest_first(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    taken: set[int] = set()
    kept: list[tuple[int, int, str]] = []
    for start, end, topic_id in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0], s[2])):
        tokens = range(start, end)
        same_span = kept and kept[-1][0] == start and kept[-1][1] == end
        if same_span or not any(i in taken for i in tokens):
            kept.append((start, end, topic_id))
            taken.update(tokens)
    return sorted(kept)


def _abbreviation_forms(abbreviation: str) -> list[str]:
    forms = [abbreviation, abbreviation.upper()]
    if abbreviation[-1:].isalpha() and len(abbreviation) >= 2:
        forms += [f + "'s" for f in forms]
        if abbreviation.isupper():
            forms.append(abbreviation + "s")
    return forms
