"""The department map: departments as labelled circles in two columns, bridge people between.

A pure function, data in and SVG text out, so the picture is drawn on the server (no JavaScript,
no layout library, nothing fetched), is the same every time for the same data, and can be tested
for its structure. Departments of one organisation sit together and share a colour (a legend
names the organisations); a bridge person sits between the columns at the height of the
departments they tie into, with a line to each, so the people who hold the organisation
together are the dots in the middle with many lines. Two columns, not a ring: every
department label then has room beside its circle and none overlaps another, however many there
are (the picture grows taller instead).

The picture is one ``role="img"`` with a title and a description; the page beside it lists the
same people and departments as a table, which is what screen-reader users read.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

# Stroke colours for the organisations: each at least 4.5:1 against white, so circles and
# legend meet WCAG 1.4.11 (non-text contrast) with room to spare; fills are light tints.
PALETTE = (("#154273", "#dce8f5"), ("#7a3b00", "#f7e6d4"), ("#1f5c2e", "#dcefdf"),
           ("#6b2270", "#f1def2"), ("#8a1c1c", "#f6dcdc"), ("#3d4a55", "#e4e8eb"))
WIDTH = 1200
ROW = 46.0  # vertical distance between departments in a column (largest circle: 24 px radius)
DEPARTMENT_CHAR = 9.0  # estimated width of a character of a department label (15 px bold)
LABEL_CHAR = 8.0  # the same for a bridge label (13 px bold)
LABEL_HEIGHT = 26.0  # bridge labels closer than this vertically (and overlapping) are parted
LEGEND_ROW = 24.0


@dataclass(frozen=True)
class MapDepartment:
    """A department; ``size`` (people) sets the circle's area, ``group`` its colour."""

    id: str
    name: str
    size: int = 0
    group: str = ""


@dataclass(frozen=True)
class MapBridge:
    """A bridge person and the departments they tie into (home department first)."""

    id: str
    name: str
    departments: tuple[str, ...]
    score: float = 0.0


@dataclass(frozen=True)
class _Point:
    x: float
    y: float


@dataclass(frozen=True)
class _Layout:
    height: float
    top: float
    left_x: float
    right_x: float
    places: dict[str, _Point]


def department_map_svg(departments: Sequence[MapDepartment], bridges: Sequence[MapBridge], *,
                       title: str, description: str, empty_text: str = "",
                       id_prefix: str = "kaart") -> str:
    """Draw departments and the bridge people between them as one SVG element.

    Args:
        departments: the departments to draw, in the order to place them (grouped by ``group``).
        bridges: the bridge people; ties to departments not in ``departments`` are left out.
        title: the picture's accessible name (``<title>``).
        description: what it shows, in a sentence (``<desc>``).
        empty_text: shown in the picture when there are no departments.
        id_prefix: prefix of the element ids, unique on the page.

    Returns:
        The ``<svg>`` element as text, with escaped names, ready to put into HTML.
    """
    groups = _groups(departments)
    legend, legend_height = _legend(groups)
    layout = _columns(departments, groups, legend_height, len(bridges))
    radius = _radii(departments)
    nodes = _bridge_places(bridges, layout)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {layout.height:.0f}" '
           f'class="department-map" role="img" '
           f'aria-labelledby="{id_prefix}-title {id_prefix}-desc">',
           f'<title id="{id_prefix}-title">{escape(title)}</title>',
           f'<desc id="{id_prefix}-desc">{escape(description)}</desc>']
    if not departments:
        out.append(f'<text x="{WIDTH / 2:.0f}" y="{layout.height / 2:.0f}" text-anchor="middle" '
                   f'class="empty">{escape(empty_text)}</text>')
    out.extend(legend)
    out.append('<g class="ties">')
    for bridge, at in zip(bridges, nodes, strict=True):
        for dept_id in dict.fromkeys(bridge.departments):
            if dept_id in layout.places:
                end = layout.places[dept_id]
                out.append(f'<line class="tie" data-person={quoteattr(bridge.id)} '
                           f'data-department={quoteattr(dept_id)} x1="{at.x:.1f}" y1="{at.y:.1f}" '
                           f'x2="{end.x:.1f}" y2="{end.y:.1f}"/>')
    out.append("</g>")
    out.append('<g class="departments">')
    for dept in departments:
        at = layout.places[dept.id]
        out.extend(_department(dept, at, radius[dept.id], groups[dept.group],
                               left=at.x == layout.left_x))
    out.append("</g>")
    out.append('<g class="bridges">')
    for bridge, at in zip(bridges, nodes, strict=True):
        r = 5.0 + 5.0 * max(0.0, min(bridge.score, 1.0))
        out.append(f'<g class="bridge" data-person={quoteattr(bridge.id)}>'
                   f'<circle cx="{at.x:.1f}" cy="{at.y:.1f}" r="{r:.1f}"/>'
                   f'<text x="{at.x + r + 4:.1f}" y="{at.y:.1f}" dominant-baseline="middle">'
                   f"{escape(bridge.name)}</text></g>")
    out.append("</g></svg>")
    return "\n".join(out)


def _groups(departments: Sequence[MapDepartment]) -> dict[str, int]:
    # group -> palette index, in order of first appearance
    found: dict[str, int] = {}
    for d in departments:
        found.setdefault(d.group, len(found) % len(PALETTE))
    return found


def _columns(departments: Sequence[MapDepartment], groups: dict[str, int],
             legend_height: float, bridges: int) -> _Layout:
    """Grouped departments down the left column, then down the right one; tall enough for
    the columns and for every bridge label stacked, should they all meet in one place."""
    order = list(groups)
    ordered = sorted(departments, key=lambda d: order.index(d.group))  # stable within a group
    half = math.ceil(len(ordered) / 2)
    longest = max((len(d.name) for d in ordered), default=0)
    room = min(longest * DEPARTMENT_CHAR + 50, WIDTH / 3)
    top = 20 + legend_height
    height = top + max(max(half, 1) * ROW, bridges * LABEL_HEIGHT + 10) + 20
    left_x, right_x = room, WIDTH - room
    places = {d.id: _Point(left_x if i < half else right_x, top + ROW * ((i % half) + 0.5))
              for i, d in enumerate(ordered)}
    return _Layout(height, top, left_x, right_x, places)


def _radii(departments: Sequence[MapDepartment]) -> dict[str, float]:
    largest = max((d.size for d in departments), default=0) or 1
    return {d.id: 8.0 + 14.0 * math.sqrt(max(d.size, 0) / largest) for d in departments}


def _bridge_places(bridges: Sequence[MapBridge], layout: _Layout) -> list[_Point]:
    """Each bridge at the mean height of its departments, towards the side most of them are
    on, then spread so that no two labels overlap."""
    span = layout.right_x - layout.left_x
    widths = [LABEL_CHAR * len(b.name) + 24.0 for b in bridges]  # dot, gap and label
    points: list[list[float]] = []
    for b, width in zip(bridges, widths, strict=True):
        reached = [layout.places[d] for d in b.departments if d in layout.places]
        if not reached:
            points.append([layout.left_x + span / 2 - width / 2, layout.height / 2])
            continue
        right = sum(1 for p in reached if p.x == layout.right_x) / len(reached)
        x = layout.left_x + span * (0.3 + 0.4 * right) - width / 2
        points.append([x, sum(p.y for p in reached) / len(reached)])
    for _ in range(300):  # deterministic: same data, same picture
        moved = False
        for i in range(len(points)):
            for j in range(i + 1, len(points)):
                moved |= _separate(points[i], points[j], widths[i], widths[j])
        for point, width in zip(points, widths, strict=True):
            point[0] = min(max(point[0], layout.left_x + 60), layout.right_x - 60 - width)
            point[1] = min(max(point[1], layout.top + 10), layout.height - 15)
        if not moved:
            break
    return [_Point(x, y) for x, y in points]


def _separate(a: list[float], b: list[float], width_a: float, width_b: float) -> bool:
    """Push two label boxes (anchored at their dot, text to the right) apart; True if moved."""
    # box centres: the label runs right of the dot
    dx = (b[0] + width_b / 2) - (a[0] + width_a / 2)
    dy = b[1] - a[1]
    overlap_x = (width_a + width_b) / 2 - abs(dx)
    overlap_y = LABEL_HEIGHT - abs(dy)
    if overlap_x <= 0 or overlap_y <= 0:
        return False
    if overlap_y <= overlap_x:  # cheaper to part them vertically
        step = overlap_y / 2 + 0.5
        sign = 1.0 if dy > 0 or (dy == 0 and b[0] >= a[0]) else -1.0
        a[1] -= sign * step
        b[1] += sign * step
    else:
        step = overlap_x / 2 + 0.5
        sign = 1.0 if dx >= 0 else -1.0
        a[0] -= sign * step
        b[0] += sign * step
    return True


def _department(dept: MapDepartment, at: _Point, r: float, colour: int, *,
                left: bool) -> list[str]:
    stroke, fill = PALETTE[colour]
    lx = at.x - r - 8 if left else at.x + r + 8
    return [f'<g class="department" data-department={quoteattr(dept.id)}>',
            f'<circle cx="{at.x:.1f}" cy="{at.y:.1f}" r="{r:.1f}" fill="{fill}" '
            f'stroke="{stroke}"/>',
            f'<text x="{lx:.1f}" y="{at.y:.1f}" text-anchor="{"end" if left else "start"}" '
            f'dominant-baseline="middle">{escape(dept.name)}</text>',
            "</g>"]


def _legend(groups: dict[str, int]) -> tuple[list[str], float]:
    """One entry per organisation, in rows across the top; and the height they take."""
    if len(groups) < 2:
        return [], 0.0
    out, x, row = ['<g class="legend">'], 20.0, 0
    for name, colour in groups.items():
        width = 7.5 * len(name) + 50
        if x + width > WIDTH and x > 20:
            x, row = 20.0, row + 1
        stroke, fill = PALETTE[colour]
        y = 20 + LEGEND_ROW * row
        out.append(f'<circle cx="{x:.0f}" cy="{y:.0f}" r="7" fill="{fill}" stroke="{stroke}"/>'
                   f'<text x="{x + 14:.0f}" y="{y:.0f}" dominant-baseline="middle">'
                   f"{escape(name)}</text>")
        x += width
    out.append("</g>")
    return out, LEGEND_ROW * (row + 1) + 10
