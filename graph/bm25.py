"""BM25 over stored postings, scored the way SQLite FTS5's ``bm25()`` scores.

For graph servers without a full-text index (ArcadeDB's Bolt server): the Neo4j adapter keeps
per-document term frequencies and document lengths, and this module turns the postings it reads
back into the scores FTS5 would give, so both stores rank the same documents the same way.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

K1 = 1.2
B = 0.75
_TOKEN = re.compile(r"[^\W_]+")


def tokenize(text: str) -> list[str]:
    """Split ``text`` into tokens like FTS5's ``unicode61 remove_diacritics 2`` tokenizer.

    Tokens are runs of letters and digits, lower-cased and stripped of diacritics.

    >>> tokenize("Financiën: pdf-bestanden_2026!")
    ['financien', 'pdf', 'bestanden', '2026']
    """
    decomposed = unicodedata.normalize("NFD", text.lower())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _TOKEN.findall(bare)


def term_frequencies(text: str) -> tuple[dict[str, int], int]:
    """The term frequencies of ``text`` and its length in tokens.

    >>> term_frequencies("geld en nog eens geld")
    ({'geld': 2, 'en': 1, 'nog': 1, 'eens': 1}, 5)
    """
    tokens = tokenize(text)
    return dict(Counter(tokens)), len(tokens)


class Phrase(NamedTuple):
    """A query term as FTS5 reads it: its tokens in order, the last one a prefix if ``prefix``."""

    tokens: tuple[str, ...]
    prefix: bool = False

    def matches(self, tokens: Sequence[str], at: int) -> bool:
        """Whether the phrase occurs in ``tokens`` at position ``at``."""
        n = len(self.tokens)
        if at + n > len(tokens):
            return False
        *whole, last = self.tokens
        return (list(tokens[at:at + n - 1]) == whole
                and (tokens[at + n - 1].startswith(last) if self.prefix
                     else tokens[at + n - 1] == last))


def query_phrases(terms: Sequence[str]) -> list[Phrase]:
    """The phrases of a query, read as ``graph.text.fts_query`` writes them for FTS5.

    One phrase per distinct term with a token in it; a term of several tokens is a phrase, so
    quotes and operators in it match nothing; a term ending in ``*`` makes its last token a
    prefix.

    >>> [tuple(p) for p in query_phrases(["wmo", "digitale toeg*", "wmo", 'geld" OR', "*"])]
    [(('wmo',), False), (('digitale', 'toeg'), True), (('geld', 'or'), False)]
    """
    phrases = []
    for term in dict.fromkeys(terms):
        stem = term[:-1] if term.endswith("*") else term
        tokens = tuple(tokenize(stem))
        if tokens:
            phrases.append(Phrase(tokens, stem != term))
    return phrases


def phrase_count(tokens: Sequence[str], phrase: Phrase) -> int:
    """How often ``phrase`` occurs in ``tokens`` (overlapping occurrences count).

    >>> phrase_count(["de", "wmo", "en", "de", "wmoloket"], Phrase(("de", "wmo")))
    1
    >>> phrase_count(["de", "wmo", "en", "de", "wmoloket"], Phrase(("de", "wmo"), prefix=True))
    2
    """
    return sum(1 for i in range(len(tokens)) if phrase.matches(tokens, i))


def idf(n_documents: int, document_frequency: int) -> float:
    """FTS5's inverse document frequency, floored at 1e-6 for terms in most documents.

    >>> round(idf(10, 1), 4)
    1.8458
    >>> idf(2, 2)
    1e-06
    """
    value = math.log((n_documents - document_frequency + 0.5) / (document_frequency + 0.5))
    return value if value > 0 else 1e-6


def bm25_rank(postings: Sequence[Mapping[str, int]], lengths: Mapping[str, int],
              n_documents: int, total_tokens: int, limit: int) -> list[tuple[str, float]]:
    """Rank documents by Okapi BM25, best first.

    Parameters
    ----------
    postings : sequence of mappings
        One mapping per query phrase, from document id to the phrase's frequency in it.
    lengths : mapping
        Length in tokens of every document that occurs in ``postings``.
    n_documents, total_tokens : int
        Number of indexed documents and their summed lengths (for the average length).
    limit : int
        How many documents to return.

    Returns
    -------
    list of (document id, score)
        Positive scores, highest first; ties by document id.

    Notes
    -----
    ``score(D) = sum_i idf_i * f_i (k1 + 1) / (f_i + k1 (1 - b + b |D| / avgdl))`` with
    ``k1 = 1.2`` and ``b = 0.75`` and FTS5's idf, so the scores equal ``-bm25(fts)`` of SQLite's
    FTS5 on the same tokens. Each phrase counts separately, even when two phrases are the same.
    Time is O(P log P) for P postings.

    References
    ----------
    .. [1] S. Robertson and H. Zaragoza, "The Probabilistic Relevance Framework: BM25 and
       Beyond", Foundations and Trends in Information Retrieval 3(4), 2009,
       doi:10.1561/1500000019.
    .. [2] SQLite FTS5, "The bm25() function", https://sqlite.org/fts5.html#the_bm25_function

    Examples
    --------
    Two phrases over four documents; the second is in half of them, so it weighs almost nothing:

    >>> ranked = bm25_rank([{"d2": 2}, {"d1": 1, "d2": 1}], {"d1": 3, "d2": 2},
    ...                    n_documents=4, total_tokens=10, limit=10)
    >>> [(doc, round(score, 4)) for doc, score in ranked]
    [('d2', 1.2345), ('d1', 0.0)]
    """
    if n_documents <= 0 or total_tokens <= 0:
        return []
    avgdl = total_tokens / n_documents
    scores: dict[str, float] = {}
    for phrase_postings in postings:
        weight = idf(n_documents, len(phrase_postings))
        for doc_id, tf in phrase_postings.items():
            norm = K1 * (1 - B + B * lengths[doc_id] / avgdl)
            scores[doc_id] = scores.get(doc_id, 0.0) + weight * tf * (K1 + 1) / (tf + norm)
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    return ranked[:limit]


def needed_terms(phrases: Iterable[Phrase]) -> tuple[list[str], list[str]]:
    """The whole terms and the prefixes whose postings a query needs, each sorted and once.

    >>> needed_terms([Phrase(("digitale", "toeg"), True), Phrase(("wmo",))])
    (['digitale', 'wmo'], ['toeg'])
    """
    whole = {t for p in phrases for t in (p.tokens[:-1] if p.prefix else p.tokens)}
    return sorted(whole), sorted({p.tokens[-1] for p in phrases if p.prefix})
