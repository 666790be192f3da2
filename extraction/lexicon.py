"""General-language knowledge for one language: lookup lemmas and word frequencies.

Two well-kept data packages stand in for a trained pipeline: the lemma tables of
spacy-lookups-data (inflected form -> lemma, ~210k Dutch entries) and the word frequencies of
wordfreq (~310k Dutch words, Zipf scale: 6 is "de", 3 is a word seen once per million words).
Frequencies answer "is this a real word?" for the parts of a compound, and "is this a common
word?" when discovering new terms.
"""

from __future__ import annotations

import functools
import math

from spacy.lookups import load_lookups
from wordfreq import get_frequency_dict

# Zipf frequency above which a piece of a compound counts as a word: rare enough to admit
# jargon ("ambassadeur" 4.3, "beleidsplan" 2.9), common enough to refuse fragments that only
# occur as noise in web text. Three-letter pieces ("len", "col", "ing" score 3.4-4.0) must be
# very common words ("wet" 5.2, "web" 4.6).
KNOWN_ZIPF = 2.5
KNOWN_ZIPF_SHORT = 4.5
MIN_SUFFIX_LEMMA = 4  # an unknown compound is lemmatised by its last part of >= 4 letters


class Lexicon:
    """Lemmas and word frequencies for ``lang`` (``"nl"`` or ``"en"``)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._lemmas = load_lookups(lang, ["lemma_lookup"]).get_table("lemma_lookup")
        self._freq: dict[str, float] = get_frequency_dict(lang, wordlist="large")
        self._cache: dict[str, str] = {}
        self._verbs: frozenset[str] | None = None

    def zipf(self, word: str) -> float:
        """Zipf frequency of a lower-case word in general text, 0.0 when unseen."""
        freq = self._freq.get(word, 0.0)
        return math.log10(freq) + 9 if freq > 0 else 0.0

    def known(self, word: str) -> bool:
        """Whether ``word`` (lower case) is an ordinary word of the language, or its inflection."""
        if len(word) < 3 or not word.isalpha():
            return False
        needed = KNOWN_ZIPF if len(word) > 3 else KNOWN_ZIPF_SHORT
        return self.zipf(word) >= needed or self.zipf(self.lemma(word)) >= needed

    def is_verb(self, lower: str) -> bool:
        """Whether a Dutch word ending in -en is a verb (the lemma of other forms in the table)."""
        if self._verbs is None:
            self._verbs = frozenset(v for v in self._lemmas.values()
                                    if isinstance(v, str) and v.endswith("en"))
        return lower in self._verbs

    def lemma(self, lower: str) -> str:
        """The lemma of a lower-case word.

        Words the table lacks are mostly compounds and hyphenated forms, whose head decides the
        inflection: ``gemeentebegrotingen`` -> ``gemeentebegroting``, ``wmo-aanvragen`` keeps
        ``aanvragen`` (an infinitive too). Cached: each distinct word is worked out once.
        """
        found = self._cache.get(lower)
        if found is None:
            found = self._lemma(lower)
            if len(self._cache) < 500_000:
                self._cache[lower] = found
        return found

    def _lemma(self, lower: str) -> str:
        table = self._lemmas
        found: str | None = table.get(lower)
        if found is not None and self._plausible(lower, found):
            return found
        if "-" in lower.strip("-"):
            head, _, last = lower.rpartition("-")
            return f"{head}-{self.lemma(last)}" if last else lower
        if self.lang != "nl" or len(lower) < 3 + MIN_SUFFIX_LEMMA or not lower.isalpha():
            return lower
        infinitive = self._participle(lower)
        if infinitive:
            return self.lemma(infinitive)
        for start in range(3, len(lower) - MIN_SUFFIX_LEMMA + 1):
            tail = lower[start:]
            tail_lemma: str | None = table.get(tail)
            # the head of a compound is a noun: its lemma is shorter (plural -> singular)
            if tail_lemma is not None and len(tail_lemma) < len(tail) and self._plausible(
                    tail, tail_lemma):
                return lower[:start] + tail_lemma
        return lower

    def _plausible(self, word: str, lemma: str) -> bool:
        # the lookup table has noise ("beveiliging" -> "beveiligaan"): a lemma never seen in
        # general text, for a word that is seen, is refused
        return self.zipf(lemma) > 0 or self.zipf(word) == 0

    def _participle(self, lower: str) -> str | None:
        # a regular past participle the table lacks: ge-pseudonimiseer-d -> pseudonimiseren
        if not (lower.startswith("ge") and lower[-1] in "dt" and len(lower) >= 8):
            return None
        stem = lower[2:-1]
        candidates = [stem + "en"]
        if stem[-2] in "aeou" and stem[-3] == stem[-2]:  # open syllable: -seer- -> -seren
            candidates.append(stem[:-2] + stem[-1] + "en")
        return next((c for c in candidates if self.zipf(c) > 0), None)


@functools.cache
def lexicon(lang: str) -> Lexicon:
    """One lexicon per language per process (loading takes ~0.3 s)."""
    return Lexicon(lang)
