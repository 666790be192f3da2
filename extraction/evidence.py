"""Evidence: the sentence around a topic match, with character offsets, as a Mention.

Sentence boundaries are found only around the matches, with a small rule (a full stop, question
or exclamation mark before white space, or a line break), instead of segmenting every document:
spaCy's sentencizer is a Python loop over all tokens and cost a fifth of the extraction time.
"""

from __future__ import annotations

import bisect
import math
import re

from graph.model import Mention
from graph.text import SNIPPET_CHARS

_BOUNDARY = re.compile(r"[.!?…][\"'”’)\]]*(?=\s)|\n")


def boundaries(text: str) -> list[tuple[int, int]]:
    """Start and end of every sentence boundary in ``text`` (found once per document)."""
    return [m.span() for m in _BOUNDARY.finditer(text)]


def sentence_bounds(text: str, start: int, end: int,
                    bounds: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """Character bounds of the sentence holding ``text[start:end]``, cut to ``SNIPPET_CHARS``.

    >>> text = "Eerste zin. Wij volgen de BIO streng. Slot."
    >>> s, e = sentence_bounds(text, 26, 29)
    >>> text[s:e]
    'Wij volgen de BIO streng.'
    """
    if bounds is None:
        bounds = boundaries(text)
    i = bisect.bisect_right(bounds, (start, start))
    while i > 0 and bounds[i - 1][1] > start:  # a boundary that overlaps the match
        i -= 1
    left = bounds[i - 1][1] if i > 0 else 0
    j = bisect.bisect_left(bounds, (end, end))
    if j == len(bounds):
        right = len(text)
    else:
        b_start, b_end = bounds[j]
        right = b_start if text[b_start] == "\n" else b_end
    if right - left > SNIPPET_CHARS:  # a run-on "sentence": keep a window around the match
        left = max(left, min(start - SNIPPET_CHARS // 3, right - SNIPPET_CHARS))
        right = min(right, left + SNIPPET_CHARS)
    while left < start and text[left].isspace():
        left += 1
    while right > end and text[right - 1].isspace():
        right -= 1
    return left, right


def mention(text: str, topic_id: str, count: int, weight: float, start: int, end: int,
            bounds: list[tuple[int, int]] | None = None) -> Mention:
    """A mention of ``topic_id`` whose first shown match is ``text[start:end]``.

    ``weight`` sums the strength of every match (1 for a whole match, less inside a compound,
    more in the title); the score grows with its logarithm so that repetition saturates.
    """
    left, right = sentence_bounds(text, start, end, bounds)
    return Mention(
        topic_id=topic_id,
        count=count,
        score=round(1.0 + math.log(weight), 6),
        snippet=text[left:right],
        start=start,
        end=end,
        snippet_start=start - left,
        snippet_end=end - left,
    )
