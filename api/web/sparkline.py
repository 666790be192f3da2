"""A missed question's trend as a small bar chart (a sparkline), drawn on the server.

One pair of bars per period: an outlined bar for the times the question was asked, and inside
it a filled bar for the times it was missed, so a column that is filled to the top is a question
nobody could answer. Pure function, SVG text out: no JavaScript, nothing fetched, the same
picture for the same numbers.

The picture is a ``role="img"`` whose accessible name is the text alternative the caller passes
(every period with its numbers); the page also lists the numbers in plain text. Both colours
meet WCAG 1.4.11 (at least 3:1 against white).
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import quoteattr

BAR = 8  # px per bar
GAP = 3
HEIGHT = 32
ASKED_STROKE = "#4a4a4a"  # 8.9:1 on white
MISSED_FILL = "#154273"  # 10.2:1 on white


def sparkline_svg(counts: Sequence[tuple[int, int]], *, label: str) -> str:
    """The trend as SVG text.

    Args:
        counts: ``(asked, missed)`` per period, oldest first.
        label: the text alternative: what the picture shows, in words.

    Returns:
        An ``<svg>`` element sized for a table cell (``BAR + GAP`` px per period); its bars are
        scaled to the most asked period, and a period without questions shows only the baseline.
    """
    top = max([asked for asked, _ in counts] + [1])
    width = max(len(counts), 1) * (BAR + GAP) + GAP
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="sparkline" role="img" '
             f'focusable="false" width="{width}" height="{HEIGHT}" '
             f'viewBox="0 0 {width} {HEIGHT}" aria-label={quoteattr(label)}>',
             f'<line x1="0" y1="{HEIGHT - 0.5}" x2="{width}" y2="{HEIGHT - 0.5}" '
             f'stroke="{ASKED_STROKE}" stroke-width="1"/>']
    for i, (asked, missed) in enumerate(counts):
        x = GAP + i * (BAR + GAP)
        if asked:
            h = _height(asked, top)
            parts.append(f'<rect class="asked" x="{x + 0.5}" y="{HEIGHT - h + 0.5}" '
                         f'width="{BAR - 1}" height="{h - 1}" fill="#fff" '
                         f'stroke="{ASKED_STROKE}" stroke-width="1"/>')
        if missed:
            h = _height(missed, top)
            parts.append(f'<rect class="missed" x="{x}" y="{HEIGHT - h}" width="{BAR}" '
                         f'height="{h}" fill="{MISSED_FILL}"/>')
    parts.append("</svg>")
    return "".join(parts)


def _height(value: int, top: int) -> float:
    # at least 3 px, so a single question in a busy year still shows
    return round(max(3.0, (HEIGHT - 1) * value / top), 2)
