"""The trend picture is a pure function: its SVG is parsed as XML and measured.

Three periods drawn by hand: asked 0, 2, 4 and missed 0, 1, 4. The bars scale to the most asked
period (4) over the 31 px above the baseline: asked 2 is 15.5 px tall, missed 1 is 7.75 px,
asked and missed 4 fill all 31 px. The empty first period draws no bar, only the baseline.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from api.web.sparkline import BAR, GAP, HEIGHT, sparkline_svg

NS = "{http://www.w3.org/2000/svg}"


def test_bars_scale_to_the_most_asked_period() -> None:
    svg = ET.fromstring(sparkline_svg([(0, 0), (2, 1), (4, 4)], label="a <b> & “c”"))
    assert svg.get("role") == "img" and svg.get("aria-label") == "a <b> & “c”"  # escaped
    assert svg.get("width") == str(3 * (BAR + GAP) + GAP)
    asked = [r for r in svg.iter(f"{NS}rect") if r.get("class") == "asked"]
    missed = [r for r in svg.iter(f"{NS}rect") if r.get("class") == "missed"]
    # the outline is drawn half a pixel inside its box: 1 px less tall
    assert [float(r.get("height", "")) + 1 for r in asked] == [15.5, 31.0]
    assert [float(r.get("height", "")) for r in missed] == [7.75, 31.0]
    # the second period's bars stand in the second slot, on the baseline
    assert float(missed[0].get("x", "")) == GAP + BAR + GAP
    assert float(missed[0].get("y", "")) + 7.75 == HEIGHT


def test_a_rare_question_still_shows_and_no_questions_draw_no_bars() -> None:
    busy = ET.fromstring(sparkline_svg([(100, 1)], label="x"))
    assert [float(r.get("height", "")) for r in busy.iter(f"{NS}rect")
            if r.get("class") == "missed"] == [3.0]  # 0.31 px would not be seen
    empty = ET.fromstring(sparkline_svg([(0, 0), (0, 0)], label="x"))
    assert list(empty.iter(f"{NS}rect")) == [] and len(list(empty.iter(f"{NS}line"))) == 1
