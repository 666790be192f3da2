"""The department map is a pure function: its SVG is checked for structure, parsed as XML.

The small map drawn here (worked out by hand):

    org A: com (4 people), soc (2)          org B: lib (1)
    Dirk: home soc, ties to com and lib     -> 3 lines
    Anna: home com, ties to soc and "gone"  -> 2 lines ("gone" is not drawn: no line to it)

Three departments: ceil(3 / 2) = 2 go down the left column (com, soc: org A first), lib right.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET

from api.web.svg import (
    LABEL_HEIGHT,
    PALETTE,
    WIDTH,
    MapBridge,
    MapDepartment,
    department_map_svg,
)

NS = {"s": "http://www.w3.org/2000/svg"}
DEPARTMENTS = [MapDepartment("com", "Communicatie", 4, "A"),
               MapDepartment("lib", "Bibliotheek & IDO", 1, "B"),
               MapDepartment("soc", "Sociaal Domein", 2, "A")]
BRIDGES = [MapBridge("p4", "Dirk Smit", ("soc", "com", "lib"), 0.9),
           MapBridge("p1", "Anna <de> Vries", ("com", "soc", "gone"), 0.5)]


def draw(departments: list[MapDepartment] = DEPARTMENTS,
         bridges: list[MapBridge] = BRIDGES) -> ET.Element:
    svg = department_map_svg(departments, bridges, title="Kaart", description="Uitleg",
                             empty_text="Geen afdelingen.")
    return ET.fromstring(svg)  # well-formed, names escaped, or this raises


def test_an_accessible_image_with_title_and_description() -> None:
    root = draw()
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "kaart-title kaart-desc"
    assert root.find("s:title", NS).text == "Kaart"
    assert root.find("s:title", NS).get("id") == "kaart-title"
    assert root.find("s:desc", NS).text == "Uitleg"


def test_one_labelled_circle_per_department() -> None:
    root = draw()
    groups = root.findall(".//s:g[@class='department']", NS)
    assert [g.get("data-department") for g in groups] == ["com", "lib", "soc"]
    labels = {g.get("data-department"): g.find("s:text", NS).text for g in groups}
    assert labels == {"com": "Communicatie", "lib": "Bibliotheek & IDO", "soc": "Sociaal Domein"}
    radii = {g.get("data-department"): float(g.find("s:circle", NS).get("r"))
             for g in groups}
    # area grows with people: 8 + 14 * sqrt(size / 4)
    assert radii == {"com": 22.0, "soc": round(8 + 14 * math.sqrt(0.5), 1), "lib": 15.0}


def test_departments_of_one_organisation_share_a_column_and_a_colour() -> None:
    root = draw()
    circles = {g.get("data-department"): g.find("s:circle", NS)
               for g in root.findall(".//s:g[@class='department']", NS)}
    x = {d: float(c.get("cx")) for d, c in circles.items()}
    assert x["com"] == x["soc"] < WIDTH / 2 < x["lib"]
    assert circles["com"].get("stroke") == circles["soc"].get("stroke") == PALETTE[0][0]
    assert circles["lib"].get("stroke") == PALETTE[1][0]
    legend = [t.text for t in root.findall(".//s:g[@class='legend']/s:text", NS)]
    assert legend == ["A", "B"]


def test_a_line_from_each_bridge_to_each_department_it_reaches() -> None:
    root = draw()
    ties = [(line.get("data-person"), line.get("data-department"))
            for line in root.findall(".//s:line[@class='tie']", NS)]
    assert ties == [("p4", "soc"), ("p4", "com"), ("p4", "lib"), ("p1", "com"), ("p1", "soc")]
    bridges = root.findall(".//s:g[@class='bridge']", NS)
    assert [b.find("s:text", NS).text for b in bridges] == ["Dirk Smit", "Anna <de> Vries"]
    # a line starts where its bridge is drawn
    dirk = bridges[0].find("s:circle", NS)
    first = root.find(".//s:line[@class='tie']", NS)
    assert (first.get("x1"), first.get("y1")) == (dirk.get("cx"), dirk.get("cy"))


def test_bridges_sit_between_the_columns_and_their_labels_do_not_overlap() -> None:
    # eight people tied to the same two departments start at the same place
    crowd = [MapBridge(f"p{i}", f"Persoon {i}", ("com", "lib")) for i in range(8)]
    root = draw(bridges=crowd)
    dots = [(float(c.get("cx")), float(c.get("cy")))
            for c in root.findall(".//s:g[@class='bridge']/s:circle", NS)]
    left = float(root.find(".//s:g[@data-department='com']/s:circle", NS).get("cx"))
    right = float(root.find(".//s:g[@data-department='lib']/s:circle", NS).get("cx"))
    assert all(left < x < right for x, _ in dots)
    for i in range(len(dots)):
        for j in range(i + 1, len(dots)):  # same-width labels: apart vertically or sideways
            apart_y = abs(dots[i][1] - dots[j][1]) >= LABEL_HEIGHT - 1.0
            apart_x = abs(dots[i][0] - dots[j][0]) >= 8.0 * len("Persoon 0") + 24 - 1.0
            assert apart_y or apart_x, (i, j, dots[i], dots[j])


def test_the_same_data_draws_the_same_picture() -> None:
    first = department_map_svg(DEPARTMENTS, BRIDGES, title="t", description="d")
    assert first == department_map_svg(DEPARTMENTS, BRIDGES, title="t", description="d")


def test_no_departments_gives_a_valid_picture_with_the_message() -> None:
    root = draw(departments=[], bridges=[])
    assert root.find(".//s:text[@class='empty']", NS).text == "Geen afdelingen."
    assert root.findall(".//s:g[@class='department']", NS) == []


def test_many_departments_make_a_taller_picture_not_a_crowded_one() -> None:
    few = draw()
    many = draw(departments=[MapDepartment(f"d{i}", f"Afdeling {i}", 1) for i in range(30)],
                bridges=[])
    height = float(many.get("viewBox").split()[3])
    assert height > float(few.get("viewBox").split()[3])
    ys = sorted(float(c.get("cy")) for c in many.findall(".//s:g[@class='department']/s:circle", NS)
                if float(c.get("cx")) < WIDTH / 2)
    assert len(ys) == 15
    assert min(b - a for a, b in zip(ys, ys[1:], strict=False)) >= 46.0  # room for every label
