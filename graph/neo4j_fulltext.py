"""Full-text search for the Neo4j adapter: the server's index, or BM25 over stored postings.

Both are read transaction functions for ``Session.execute_read`` and return ``(document id,
score)`` pairs, best first. See ``graph.neo4j_store`` for when each is used and how they differ.
"""

from __future__ import annotations

from collections.abc import Sequence

from neo4j import ManagedTransaction

from graph import neo4j_queries as q
from graph.bm25 import Phrase, bm25_rank, needed_terms, phrase_count, query_phrases, tokenize


def native_hits(tx: ManagedTransaction, terms: Sequence[str], limit: int
                ) -> list[tuple[str, float]]:
    """The best ``limit`` documents for ``terms`` by Neo4j's full-text index, as (id, score)."""
    phrases = query_phrases(terms)
    if not phrases:
        return []
    search = " OR ".join(_lucene(p) for p in phrases)
    return [(r["document_id"], r["score"])
            for r in tx.run(q.FULLTEXT_HITS, search=search, limit=limit)]


def _lucene(phrase: Phrase) -> str:
    """A phrase in Lucene's query syntax. Tokens are letters and digits only, so user text
    cannot inject operators. Lucene has no prefix inside a phrase: ``digitale toeg*`` becomes
    "every word, the last as a prefix" (``(+digitale +toeg*)``), which FTS5 would not match
    when the words are apart."""
    if not phrase.prefix:
        return '"' + " ".join(phrase.tokens) + '"'
    *whole, last = phrase.tokens
    return "(" + " ".join(f"+{t}" for t in whole) + (" " if whole else "") + f"+{last}*)"


def posting_hits(tx: ManagedTransaction, terms: Sequence[str], limit: int
                 ) -> list[tuple[str, float]]:
    """The best ``limit`` documents for ``terms`` by BM25 over the stored postings."""
    phrases = query_phrases(terms)
    corpus = tx.run(q.CORPUS).single()
    if not phrases or corpus is None:
        return []
    whole, prefixes = needed_terms(phrases)
    by_term: dict[tuple[str, bool], dict[str, int]] = {}
    lengths: dict[str, int] = {}
    for query, ids, prefix in ((q.POSTINGS, whole, False), (q.PREFIX_POSTINGS, prefixes, True)):
        for r in (tx.run(query, ids=ids) if ids else ()):
            by_term.setdefault((r["term"], prefix), {})[r["document_id"]] = r["tf"]
            lengths[r["document_id"]] = r["length"]

    def postings_of(phrase: Phrase, i: int) -> dict[str, int]:
        return by_term.get((phrase.tokens[i], phrase.prefix and i == len(phrase.tokens) - 1), {})

    postings = [postings_of(p, 0) for p in phrases]
    long = [i for i, p in enumerate(phrases) if len(p.tokens) > 1]
    if long:  # phrases: read the candidates' text and count the phrase where every word is
        candidates = {i: set.intersection(*(set(postings_of(phrases[i], k))
                                            for k in range(len(phrases[i].tokens))))
                      for i in long}
        texts = {r["id"]: tokenize(r["text"] or "") for r in tx.run(
            q.INDEX_TEXTS, ids=sorted(set().union(*candidates.values())))}
        for i in long:
            counts = {d: phrase_count(texts.get(d, []), phrases[i]) for d in candidates[i]}
            postings[i] = {d: n for d, n in counts.items() if n > 0}
    return bm25_rank(postings, lengths, corpus["documents"], corpus["tokens"], limit)
