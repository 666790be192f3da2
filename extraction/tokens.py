"""Tokens for one language: spaCy's tokenizer, lookup lemmas and folded norms.

No trained Dutch pipeline can be installed offline, so analysis runs on ``spacy.blank`` with the
lookup lemma tables of spacy-lookups-data (see ``extraction.lexicon``). Each distinct token text
is analysed once and cached as string ids; a document's lemmas and norms are then written in one
``Doc.from_array`` call instead of a Python property assignment per token, which keeps the whole
extraction within about half the speed of the bare tokenizer (see ``bench/extraction_speed.py``).

A token's norm is its folded lemma with hyphens inside the word removed, so ``e-mail`` and
``email``, ``Omgevingswet`` and ``omgevings-wet`` compare equal.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy
import spacy
from spacy.attrs import LEMMA, NORM, ORTH
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from extraction.lexicon import Lexicon, lexicon
from graph.model import fold

LANGUAGES = ("nl", "en")
_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_LEMMA_NORM = [LEMMA, NORM]
_CACHE_LIMIT = 500_000


@dataclass(frozen=True)
class TokenEntry:
    """What every occurrence of one token text shares."""

    lemma: str
    norm: str
    ids: tuple[int, int]  # string-store ids of lemma and norm, for Doc.from_array
    index: str  # the norm for the full-text index, "" for stop words, punctuation and space
    is_stop: bool
    is_punct: bool


def norm_of(lemma: str) -> str:
    """The matching key of a lemma: folded, without hyphens inside words."""
    return _INNER_HYPHEN.sub("", fold(lemma))


class TextPipeline:
    """Tokenizer, lemma and norm for one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.nlp = spacy.blank(lang)
        tokenizer: Any = self.nlp.tokenizer
        tokenizer.max_cache_size = 200_000  # the default 10k fills up and halves the speed
        self.lexicon: Lexicon = lexicon(lang)
        # a separate tokenizer for patterns, so pattern strings do not fill the text cache
        self._patterns = spacy.blank(lang, vocab=self.nlp.vocab)
        for nlp in (self.nlp, self._patterns):
            _split_final_stop(nlp)
        self._entries: dict[str, TokenEntry] = {}
        self._by_orth: dict[int, tuple[int, int]] = {}

    @property
    def vocab(self) -> Vocab:
        return self.nlp.vocab

    def entry(self, text: str) -> TokenEntry:
        """Lemma, norm and index form of one token text (cached)."""
        found = self._entries.get(text)
        if found is None:
            found = self._entry(text)
            if len(self._entries) < _CACHE_LIMIT:
                self._entries[text] = found
        return found

    def _entry(self, text: str) -> TokenEntry:
        # acronyms and names with inner capitals (NEN, TOPdesk) do not inflect: the lookup
        # table would take "NEN" for a form of "een"
        inner_capital = any(c.isupper() for c in text[1:])
        lemma = text.lower() if inner_capital else self.lexicon.lemma(text.lower())
        norm = norm_of(lemma)
        strings = self.vocab.strings
        lex = self.vocab[text]
        skip = lex.is_stop or lex.is_punct or lex.is_space
        return TokenEntry(lemma, norm, (strings.add(lemma), strings.add(norm)),
                          "" if skip else norm, bool(lex.is_stop), bool(lex.is_punct))

    def make_doc(self, text: str) -> Doc:
        """Tokens only, from the text tokenizer (whose cache holds document words)."""
        return self.nlp.make_doc(text)

    def __call__(self, text: str) -> Doc:
        """Tokenise ``text`` and set every token's lemma and norm."""
        return self.set_lemmas(self.make_doc(text))

    def set_lemmas(self, doc: Doc) -> Doc:
        by_orth = self._by_orth
        rows = []
        for orth in doc.to_array(ORTH).tolist():
            ids = by_orth.get(orth)
            if ids is None:
                ids = self.entry(self.vocab.strings[orth]).ids
                if len(by_orth) < _CACHE_LIMIT:
                    by_orth[orth] = ids
            rows.append(ids)
        if rows:
            array: Any = numpy.array(rows, dtype=numpy.uint64)
            doc.from_array(_LEMMA_NORM, array)
        return doc

    def patterns(self, texts: Iterable[str], *, lemmatise: bool = True) -> list[Doc]:
        """Pattern docs, tokenised apart from document text (see PERFORMANCE.md)."""
        tokenizer: Any = self._patterns.tokenizer
        docs = list(tokenizer.pipe(texts))
        return [self.set_lemmas(d) for d in docs] if lemmatise else docs


def _split_final_stop(nlp: Language) -> None:
    # spaCy keeps "DigiD." whole (a full stop after a capital may end an abbreviation such as
    # "A.B."); after lower case then a capital it ends the sentence
    suffixes = [*(nlp.Defaults.suffixes or []), r"(?<=[a-z][A-Z])\."]
    tokenizer: Any = nlp.tokenizer
    tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search


@functools.cache
def text_pipeline(lang: str) -> TextPipeline:
    """One pipeline per language per process: building one takes about a second."""
    return TextPipeline(lang)
