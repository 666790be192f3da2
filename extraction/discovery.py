"""Discovered topics: salient terms the taxonomy lacks, found across a batch of documents.

Candidates come from the tokens the Analyser already has (no second pass over the text):

* names: a word with capitals inside (``TOPdesk``, ``SharePoint``, ``iBabs``), an acronym of
  three or four capitals or a longer uncommon one (``ADR``, ``BOMOS``; not ``REQUIRED``), a
  capitalised word rare in general Dutch and English (``Kennisconnector``; not ``Utrecht``),
  and runs of up to four capitalised words with at least one such name in them
  (``API Design Rules``). A single capitalised word must also be capitalised inside sentences,
  more often than it is written in lower case (a heading such as ``Actiepunten`` is no name).
* terms: two or three lower-case Dutch words bounded by stop words or punctuation, none of them
  very common, ending in an uncommon word and used mostly together (``losliggende stoeptegel``,
  ``regionale ketenoverleg``). Terms of common words only (``elektronische handtekening``) are
  not told apart from ordinary phrases without a tagger: add those to the taxonomy.

Tokens inside a taxonomy match, numbers, stop words, inflected verbs and the names of the people
and departments in the batch never take part, nor does a term opening with a verb. A candidate
becomes a topic when it is used

* in at least ``min_documents`` documents by at least ``min_authors`` people (2 and 2: one
  person's pet word, or one document's noise, is not expertise), and
* in at most 5% of the batch's documents (at least 10): a word everybody writes (a template
  heading, the organisation's own portal) says nothing about who knows what.

At most ``max_topics`` (500) are kept per batch, most widely used first. Ids are stable
(``disc-<slug of the folded lemmas>``), so the same input gives the same topics on every run;
``extraction.ingest`` runs discovery over each batch, and running it over a whole corpus is a
re-ingest of all its files (idempotent).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from extraction.lexicon import Lexicon, lexicon
from extraction.pipeline import Scan
from extraction.tokens import TokenEntry
from graph.model import Document, Topic, TopicStatus, fold

NAME, CAPITALISED, WORD = 1, 2, 3
RARE_ZIPF = 2.5  # a capitalised word rarer than this in general nl and en text is a name
ACRONYM_ZIPF = 4.5  # all capitals and longer than four letters: a name only if this rare
COMMON_ZIPF = 5.0  # a lower-case term must not contain words this common ("nieuwe", "maken")
MAX_RUN = 4
MIN_COHESION = 0.3  # a lower-case term: at least this share of its rarest word's documents
RARE_HEAD_ZIPF = 3.0  # a lower-case term ends in a word rarer than this ("stoeptegel")
MAX_DOCUMENT_SHARE = 0.05  # a term in more of the batch's documents is everyone's vocabulary
MAX_DOCUMENTS = 10  # ... unless the batch is small
DISCOVERED_PREFIX = "disc-"
_SENTENCE_END = frozenset(".!?:;•–—-|")
_PARTICLES = frozenset("van de der den het ten ter te op in 't".split())


def token_kind(text: str, token: TokenEntry, lex: Lexicon) -> int:
    """How a token may take part in a candidate: NAME, CAPITALISED, WORD or 0 (never).

    ``lex`` is the document language's lexicon; words are judged common or rare in Dutch and
    English together (an English heading word in Dutch text is no name).
    """
    if token.is_stop or token.is_punct or len(text) < 2 or not text.isalpha():
        return 0
    if text.islower():
        if len(text) < 3 or (lex.lang == "nl" and _verb_form(text, token)):
            return 0
        return WORD
    if any(c.isupper() for c in text[1:]) and not text.isupper():
        return NAME  # TOPdesk, SharePoint, eHerkenning
    common = max(lexicon("nl").zipf(text.lower()), lexicon("en").zipf(text.lower()))
    if text.isupper():  # an acronym, unless a shouted word ("REQUIRED")
        return NAME if 3 <= len(text) <= 4 or (len(text) > 4 and common < ACRONYM_ZIPF) else 0
    return NAME if common < RARE_ZIPF else CAPITALISED


def _verb_form(text: str, token: TokenEntry) -> bool:
    # "beschrijft" -> "beschrijven": an inflected verb is no part of a term
    return token.lemma != text and token.lemma.endswith("en") and not text.endswith("en")


@dataclass
class _Candidate:
    surfaces: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    documents: set[str] = field(default_factory=set)
    authors: set[str] = field(default_factory=set)
    lowercase: bool = False
    inside_sentence: set[str] = field(default_factory=set)  # documents using it mid-sentence
    plurals: set[str] = field(default_factory=set)  # spellings of merged plural candidates


@dataclass(frozen=True)
class DiscoveredTerm:
    """A candidate that passed the thresholds, with the documents that use it."""

    topic: Topic
    documents: frozenset[str]
    authors: frozenset[str]


class CandidateCollector:
    """Collects candidate terms from scanned documents (an ``Analyser`` ``CandidateSink``).

    Args:
        excluded: names of people and departments in the batch; their words never count.
    """

    def __init__(self, excluded: Iterable[str] = ()) -> None:
        self._excluded = {w for name in excluded for w in fold(name).split()
                          if w not in _PARTICLES}
        self._candidates: dict[tuple[str, ...], _Candidate] = {}
        self._word_documents: Counter[str] = Counter()  # lower-case word -> documents using it
        self._documents = 0

    def add(self, document: Document, scan: Scan) -> None:
        """Record the candidates of one document."""
        doc, entries = scan.doc, scan.entries
        covered = {i for h in scan.hits for i in range(h.start, h.end)}
        self._word_documents.update({e[1] for e in entries if e[3] == WORD})
        self._documents += 1
        run: list[int] = []
        for i, entry in enumerate(entries):
            kind = entry[3]
            if i in covered or kind == 0:
                self._flush(run, scan, document)
                run = []
                continue
            if run and (kind == WORD) != (entries[run[-1]][3] == WORD):
                self._flush(run, scan, document)
                run = []
            if run or kind != CAPITALISED or not _opens_sentence(doc, i):
                run.append(i)  # a capital that only opens a sentence starts no name
        self._flush(run, scan, document)

    def _flush(self, run: list[int], scan: Scan, document: Document) -> None:
        if not run:
            return
        kinds = [scan.entries[i][3] for i in run]
        tokens = [scan.doc[i] for i in run]
        if kinds[0] == WORD:
            nl = lexicon("nl")
            if (scan.language != "nl" or not 2 <= len(run) <= 3
                    or nl.zipf(tokens[-1].text) >= RARE_HEAD_ZIPF or nl.is_verb(tokens[0].text)
                    or any(nl.zipf(t.text) >= COMMON_ZIPF for t in tokens)):
                return
        elif len(run) > MAX_RUN or NAME not in kinds:
            return
        # names are keyed by their folded spelling: lookup lemmas of rare words are noisy
        norms = tuple(t.norm_ if kinds[0] == WORD else fold(t.text) for t in tokens)
        if any(n in self._excluded for n in norms):
            return
        candidate = self._candidates.setdefault(norms, _Candidate(lowercase=kinds[0] == WORD))
        candidate.surfaces[" ".join(t.text for t in tokens)] += 1
        candidate.documents.add(document.id)
        candidate.authors.update(document.authors)
        if not _opens_sentence(scan.doc, run[0]):
            candidate.inside_sentence.add(document.id)

    def discovered(self, *, min_documents: int = 2, min_authors: int = 2,
                   max_topics: int = 500) -> list[DiscoveredTerm]:
        """Candidates used widely enough, as DISCOVERED topics, most widely used first."""
        self._merge_plurals()
        widest = max(MAX_DOCUMENTS, MAX_DOCUMENT_SHARE * self._documents)
        kept = [(norms, c) for norms, c in self._candidates.items()
                if min_documents <= len(c.documents) <= widest and len(c.authors) >= min_authors
                and self._salient(norms, c)]
        kept.sort(key=lambda kc: (-len(kc[1].authors), -len(kc[1].documents), kc[0]))
        out = []
        for norms, c in kept[:max_topics]:
            label = max(c.surfaces, key=lambda s: (c.surfaces[s], s))
            plurals = tuple(s for s in c.plurals if s != label)
            # an acronym is matched on its spelling, like the taxonomy's abbreviations
            acronym = (label,) if label.isupper() else ()
            topic = Topic(discovered_id(norms), label, label, plurals, abbreviations=acronym,
                          status=TopicStatus.DISCOVERED)
            out.append(DiscoveredTerm(topic, frozenset(c.documents), frozenset(c.authors)))
        return out

    def _merge_plurals(self) -> None:
        """``OpenID Providers`` and ``PEPs`` join ``OpenID Provider`` and ``PEP``."""
        for norms in sorted(self._candidates, key=len):
            c = self._candidates.get(norms)
            last = norms[-1]
            if c is None or c.lowercase or len(last) < 4 or not last.endswith("s"):
                continue
            singular = self._candidates.get((*norms[:-1], last.removesuffix("'s")[:-1]
                                             if last.endswith("'s") else last[:-1]))
            if singular is not None:
                singular.documents |= c.documents
                singular.authors |= c.authors
                singular.inside_sentence |= c.inside_sentence
                singular.plurals.update(c.surfaces)
                del self._candidates[norms]

    def _salient(self, norms: tuple[str, ...], c: _Candidate) -> bool:
        if c.lowercase:  # used as a unit: a good share of its rarest word's documents
            rarest = min(self._word_documents.get(n, 0) for n in norms)
            return rarest > 0 and len(c.documents) / rarest >= MIN_COHESION
        surface = max(c.surfaces, key=c.surfaces.__getitem__)
        if len(norms) > 1 or (any(ch.isupper() for ch in surface[1:]) and not surface.isupper()):
            return True  # a multi-word name, or a name with capitals inside (TOPdesk)
        # one capitalised word or acronym: a name is capitalised inside sentences too (not only
        # in headings), and more often than the same word is written in lower case
        lower = self._word_documents.get(norms[0], 0)
        return bool(c.inside_sentence) and len(c.inside_sentence) > lower


def discovered_id(norms: Iterable[str]) -> str:
    """The stable id of a discovered term: ``disc-`` and the slug of its folded lemmas."""
    return DISCOVERED_PREFIX + (re.sub(r"[^a-z0-9]+", "-", fold(" ".join(norms))).strip("-")
                                or "x")


def _opens_sentence(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    before = doc[i - 1].text
    return before[-1:] in _SENTENCE_END or "\n" in before or before in {'"', "(", "'", "“"}
