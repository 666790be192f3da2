"""The employee pages: log in, search, a person, a department; one's own topics and settings."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form
from fastapi.responses import Response

from api.auth import KEY_COOKIE, AuthenticationError
from api.web import queries
from api.web.pages import (
    KEY_MAX_AGE,
    PageError,
    Visit,
    answer,
    authenticator,
    check_same_origin,
    nodes,
    redirect,
    render,
    require,
    run,
    visit,
)

router = APIRouter()
VisitDep = Annotated[Visit, Depends(visit)]
MAX_QUERY = 200  # characters of a question; longer is a mistake, not a question
PAGE_SIZE = 10


def _safe_next(target: str | None) -> str:
    # only a path on this site: never an open redirect to another host
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return "/"


@router.get("/login")
async def login_form(v: VisitDep, next: str | None = None) -> Response:
    if authenticator(v.request).local_only:
        return redirect(v, "/")
    return render(v, "login.html", next=_safe_next(next), error=None)


@router.post("/login")
async def login(v: VisitDep, key: Annotated[str, Form()] = "",
                next: Annotated[str, Form()] = "/") -> Response:
    """Check the key as the API would, then keep it in an HttpOnly, SameSite=Strict cookie."""
    check_same_origin(v.request)
    key = key.strip()
    error = "login.empty" if not key else None
    if key:
        try:
            await asyncio.to_thread(authenticator(v.request).authenticate, key)
        except AuthenticationError:
            error = "login.failed"
    if error:
        return render(v, "login.html", status=401, next=_safe_next(next), error=error)
    response = redirect(v, _safe_next(next))
    response.set_cookie(KEY_COOKIE, key, max_age=KEY_MAX_AGE, httponly=True, samesite="strict",
                        secure=v.request.url.scheme == "https", path="/")
    return response


@router.post("/logout")
async def logout(v: VisitDep) -> Response:
    check_same_origin(v.request)
    response = redirect(v, "/login")
    response.delete_cookie(KEY_COOKIE, path="/", httponly=True, samesite="strict")
    return response


@router.get("/")
async def search(v: VisitDep, q: str = "", department: str = "",
                 after: str | None = None) -> Response:
    """The search page; with ``q`` also its results, ten at a time."""
    require(v)
    query = q.strip()
    if len(query) > MAX_QUERY:
        raise PageError(400, "error.title", f"max. {MAX_QUERY}")
    departments = nodes((await run(v, queries.DEPARTMENTS))["departments"])
    experts: list[dict[str, Any]] = []
    more: str | None = None
    if query:
        found = (await run(v, queries.EXPERTS, query=query, first=PAGE_SIZE, after=after or None,
                           department=department or None))["experts"]
        experts = found["nodes"]
        more = found["pageInfo"]["endCursor"] if found["pageInfo"]["hasNextPage"] else None
    return render(v, "search.html", query=query, department=department,
                  departments=sorted(departments, key=lambda d: d["name"]), experts=experts,
                  more=more, after=after)


@router.get("/people/{key}")
async def person(v: VisitDep, key: str) -> Response:
    require(v)
    found = (await run(v, queries.PERSON_PAGE, id=key))["person"]
    if found is None:
        raise PageError(404, "person.not_found")
    documents = nodes(found["documents"])
    by_topic: dict[str, list[dict[str, Any]]] = {}
    for doc in documents:  # each topic row lists the person's documents that show it
        for topic in doc["topics"]:
            by_topic.setdefault(topic["key"], []).append(doc)
    return render(v, "person.html", person=found, topics=nodes(found["topics"]),
                  documents=documents, by_topic=by_topic,
                  colleagues=nodes(found["colleagues"]), manage=v.may_manage(found["key"]))


@router.post("/people/{key}/topics")
async def topic_verdict(v: VisitDep, key: str, topic: Annotated[str, Form()],
                        verdict: Annotated[str, Form()]) -> Response:
    """Confirm or reject one of the person's topics (their own page, or an administrator)."""
    check_same_origin(v.request)
    require(v)
    if verdict not in ("confirmed", "rejected"):
        raise PageError(400, "error.title", "verdict: confirmed or rejected")
    document, field = ((queries.CONFIRM_TOPIC, "confirmTopic") if verdict == "confirmed"
                       else (queries.REJECT_TOPIC, "rejectTopic"))
    result = (await run(v, document, person=key, topic=topic))[field]
    back = f"/people/{key}#onderwerpen"
    if result["userErrors"]:
        return answer(v, False, result["userErrors"][0]["message"], back)
    label = result["topic"]["labelEn" if v.lang == "en" else "labelNl"]
    return answer(v, True, v.t(f"topic.done.{verdict}", topic=label), back, verdict=verdict,
                  verdictText=v.t(f"verdict.{verdict}"))


@router.post("/people/{key}/settings")
async def settings(v: VisitDep, key: str, visibility: Annotated[str, Form()] = "VISIBLE",
                   infer: Annotated[str | None, Form()] = None,
                   buddy_opt_out: Annotated[str | None, Form()] = None) -> Response:
    """Visibility, inference from documents and buddy opt-out, saved together."""
    check_same_origin(v.request)
    require(v)
    if visibility not in ("VISIBLE", "HIDDEN"):
        raise PageError(400, "error.title", "visibility: VISIBLE or HIDDEN")
    result = await run(v, queries.SAVE_SETTINGS, person=key, visibility=visibility,
                       infer=infer is not None, optOut=buddy_opt_out is not None)
    errors = [e for payload in result.values() for e in payload["userErrors"]]
    back = f"/people/{key}#instellingen"
    if errors:
        return answer(v, False, errors[0]["message"], back)
    return answer(v, True, v.t("settings.saved"), back)


@router.get("/departments/{key}")
async def department(v: VisitDep, key: str) -> Response:
    require(v)
    found = (await run(v, queries.DEPARTMENT_PAGE, id=key))["department"]
    if found is None:
        raise PageError(404, "department.not_found")
    topics = nodes(found["topics"])
    experts: dict[str, dict[str, Any]] = {}  # the people who carry its topics, with theirs
    for row in topics:
        for member in row["people"]:
            entry = experts.setdefault(member["key"], {"person": member, "topics": []})
            entry["topics"].append(row["topic"])
    return render(v, "department.html", department=found, topics=topics,
                  experts=sorted(experts.values(), key=lambda e: -len(e["topics"])),
                  members=nodes(found["members"]))
