"""The HR pages: bridges, the ambassador team builder, buddy proposals and the department map
(the knowledge gaps are in ``api.web.gaps``). Every one requires the ``hr`` role; the schema
checks it again."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form
from fastapi.responses import Response

from api.auth import Role
from api.web import queries
from api.web.pages import (
    Visit,
    answer,
    check_same_origin,
    nodes,
    render,
    require,
    run,
    visit,
    whole_number,
)
from api.web.reasons import names_in
from api.web.svg import MapBridge, MapDepartment, department_map_svg

router = APIRouter(prefix="/hr")
VisitDep = Annotated[Visit, Depends(visit)]
BRIDGES_SHOWN = 25
MAP_BRIDGES = 10  # more bridge people than this make the picture hard to read at a glance
MAX_PER_DEPARTMENT = 10


def _department_names(departments: list[dict[str, Any]]) -> dict[str, str]:
    # bridge answers name departments by id; accept both the global id and the key
    names = {d["id"]: d["name"] for d in departments}
    names.update({d["key"]: d["name"] for d in departments})
    return names


def _department_keys(departments: list[dict[str, Any]]) -> dict[str, str]:
    keys = {d["id"]: d["key"] for d in departments}
    keys.update({d["key"]: d["key"] for d in departments})
    return keys


@router.get("/bridges")
async def bridges(v: VisitDep, topic: str = "", department: str = "") -> Response:
    require(v, Role.HR)
    data = await run(v, queries.BRIDGES, first=BRIDGES_SHOWN, topic=topic.strip() or None,
                     department=department or None)
    departments = nodes(data["departments"])
    return render(v, "bridges.html", bridges=nodes(data["bridges"]), topic=topic.strip(),
                  department=department, names=_department_names(departments),
                  keys=_department_keys(departments),
                  departments=sorted(departments, key=lambda d: d["name"]))


@router.get("/ambassadors")
async def ambassadors(v: VisitDep, topic: str = "", per_department: str = "1",
                      size: str = "") -> Response:
    """The builder form; once submitted (``build``), the team below it."""
    require(v, Role.HR)
    chosen = v.request.query_params.getlist("departments")
    per = whole_number(per_department, 1, MAX_PER_DEPARTMENT, "per_department") or 1
    team_size = whole_number(size, 1, 100, "size")
    departments = nodes((await run(v, queries.DEPARTMENTS))["departments"])
    team = None
    if "build" in v.request.query_params:
        team = (await run(v, queries.AMBASSADORS, topic=topic.strip() or None,
                          departments=chosen or None, perDepartment=per,
                          size=team_size))["ambassadors"]
    said = names_in(v.lang, team, departments=departments)
    return render(v, "ambassadors.html", topic=topic.strip(), chosen=set(chosen),
                  per_department=per, size=team_size, team=team, say=said.say,
                  departments=sorted(departments, key=lambda d: (d["organisation"], d["name"])),
                  names=_department_names(departments))


@router.get("/buddies")
async def buddies(v: VisitDep, capacity: str = "2", cross: str | None = None) -> Response:
    require(v, Role.HR)
    per_buddy = whole_number(capacity, 1, 10, "capacity") or 2
    proposal = (await run(v, queries.BUDDIES, capacity=per_buddy,
                          crossDepartment=cross is not None))["buddies"]
    said = names_in(v.lang, proposal)
    return render(v, "buddies.html", proposal=proposal, capacity=per_buddy,
                  cross=cross is not None, say=said.say)


@router.post("/buddies/accept")
async def accept_buddy(v: VisitDep, newcomer: Annotated[str, Form()],
                       buddy: Annotated[str, Form()],
                       newcomer_name: Annotated[str, Form()] = "",
                       buddy_name: Annotated[str, Form()] = "") -> Response:
    """Record a proposed pairing as accepted."""
    check_same_origin(v.request)
    require(v, Role.HR)
    result = (await run(v, queries.ACCEPT_BUDDY, newcomer=newcomer,
                        buddy=buddy))["acceptBuddyPairing"]
    if result["userErrors"]:
        return answer(v, False, result["userErrors"][0]["message"], "/hr/buddies")
    return answer(v, True, v.t("buddies.accepted", newcomer=newcomer_name or newcomer,
                               buddy=buddy_name or buddy), "/hr/buddies", done=True)


@router.get("/map")
async def department_map(v: VisitDep) -> Response:
    require(v, Role.HR)
    data = await run(v, queries.DEPARTMENT_MAP, first=2 * MAP_BRIDGES)
    departments = nodes(data["departments"])
    keys = _department_keys(departments)
    drawn = [MapDepartment(d["key"], d["name"], d["members"]["totalCount"] or 0,
                           d["organisation"])
             for d in sorted(departments, key=lambda d: (d["organisation"], d["name"]))
             if d["members"]["totalCount"]]  # an umbrella without people of its own is no group
    people: list[MapBridge] = []
    for row in nodes(data["bridges"]):
        person = row["person"]
        if person is None:
            continue
        home = (person.get("department") or {}).get("key")
        reached = [keys.get(d, d) for d in row["departmentsReached"]]
        ties = tuple(dict.fromkeys([*([home] if home else []), *reached]))
        if len(ties) >= 2 and len(people) < MAP_BRIDGES:  # a bridge reaches beyond home
            people.append(MapBridge(person["key"], person["name"], ties, row["score"]))
    svg = department_map_svg(
        drawn, people, title=v.t("map.svg_title", departments=len(drawn), bridges=len(people)),
        description=v.t("map.svg_desc"), empty_text=v.t("map.empty"))
    names = {d.id: d.name for d in drawn} | _department_names(departments)
    return render(v, "map.html", svg=svg, bridges=people, names=names)
