"""Small text helpers shared by every store: full-text query building and snippets."""

from __future__ import annotations

import re
from collections.abc import Sequence

from graph.model import fold

SNIPPET_CHARS = 240
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def fts_query(terms: Sequence[str]) -> str:
    """An FTS5 query that ORs the terms, each quoted so user text cannot inject operators.

    A term of several words is a phrase; a term ending in ``*`` is a prefix query.

    >>> fts_query(['wmo', 'privacy"; DROP', 'architect*', '*'])
    '"wmo" OR "privacy""; DROP" OR "architect" *'
    """
    quoted = []
    for term in dict.fromkeys(terms):
        stem = term[:-1] if term.endswith("*") else term
        if stem.strip(" *"):
            quoted.append('"' + stem.replace('"', '""') + '"' + (" *" if stem != term else ""))
    return " OR ".join(quoted)


def snippet_around(text: str, terms: Sequence[str], width: int = SNIPPET_CHARS) -> str:
    """The sentence of ``text`` where one of ``terms`` first occurs, cut to about ``width`` chars.

    Terms are compared accent- and case-insensitively at the start of a word, so the lemma
    ``vergunning`` finds ``Vergunningen``. Without a hit, the opening of the text is returned.

    >>> snippet_around("Eerste zin. De Wmo-consulent belt terug. Laatste.", ["wmo"])
    'De Wmo-consulent belt terug.'
    """
    folded = fold(text)
    if len(folded) != len(text):  # lower() changed a length (rare: e.g. 'İ'): no offsets
        folded = text
    alternatives = "|".join(re.escape(fold(t)) for t in sorted(set(terms), key=len, reverse=True)
                            if t.strip())
    found = re.search(r"\b(?:" + alternatives + ")", folded) if alternatives else None
    pos = found.start() if found else -1
    if pos < 0:
        return _cut(text.strip(), 0, width)
    start = 0
    for boundary in _SENTENCE_END.finditer(text, 0, pos):
        start = boundary.end()
    found_end = _SENTENCE_END.search(text, pos)
    end = found_end.start() if found_end else len(text)
    return _cut(text[start:end].strip(), pos - start, width)


def _cut(sentence: str, focus: int, width: int) -> str:
    if len(sentence) <= width:
        return sentence
    left = max(0, min(focus - width // 3, len(sentence) - width))
    piece = sentence[left:left + width]
    return ("…" if left else "") + piece.strip() + ("…" if left + width < len(sentence) else "")
