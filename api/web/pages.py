"""What every page shares: the language, who is asking, running GraphQL, rendering, errors.

The pages hold no data access of their own: each one executes GraphQL documents from
``api.web.queries`` in-process, through the same schema object that serves ``/graphql``, with
the request's principal in the context, so the web page can see and do exactly what that
principal could through the API and nothing more (the schema enforces the roles; the page only
decides which links and buttons are worth showing).
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from strawberry.schema.base import BaseSchema

from api.auth import AuthenticationError, Authenticator, Principal, Role, token_of
from api.schema import Context
from api.web.catalogue import DEFAULT_LANG, Lang, format_number, pick, text, translator

LANG_COOKIE = "wieweet_lang"
NOTICE_COOKIE = "wieweet_notice"
LANG_MAX_AGE = 365 * 24 * 3600
KEY_MAX_AGE = 8 * 3600  # a working day; the key itself stays valid until revoked

_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


class PageError(Exception):
    """An outcome shown as an error page: ``status`` and a catalogue key, maybe a detail."""

    def __init__(self, status: int, key: str, detail: str = "") -> None:
        super().__init__(key)
        self.status = status
        self.key = key
        self.detail = detail


class LoginRequired(Exception):
    """No valid credentials: the page sends the visitor to the login form."""


@dataclass
class Visit:
    """One request as the pages see it."""

    request: Request
    lang: Lang
    principal: Principal | None
    lang_chosen: bool = False  # ``?lang=`` was given: remember it in a cookie
    extra_cookies: dict[str, str] = field(default_factory=dict)

    def t(self, key: str, **blanks: object) -> str:
        return text(key, self.lang, **blanks)

    def has(self, role: Role) -> bool:
        return self.principal is not None and role in self.principal.roles

    def may_manage(self, person_key: str) -> bool:
        return self.principal is not None and self.principal.may_manage(person_key)


def authenticator(request: Request) -> Authenticator:
    found: Authenticator = request.app.state.authenticator
    return found


async def visit(request: Request) -> Visit:
    """FastAPI dependency: language (``?lang=``, else the cookie, else Dutch) and principal
    (``Authorization: Bearer`` from an OIDC proxy, else the login cookie; None if neither is
    valid)."""
    chosen = pick(request.query_params.get("lang"))
    lang = chosen or pick(request.cookies.get(LANG_COOKIE)) or DEFAULT_LANG
    token = token_of(request.headers, request.cookies)
    try:
        principal: Principal | None = await asyncio.to_thread(
            authenticator(request).authenticate, token)
    except AuthenticationError:
        principal = None
    return Visit(request, lang, principal, lang_chosen=chosen is not None)


def require(v: Visit, role: Role = Role.EMPLOYEE) -> Principal:
    """The principal, who must hold ``role``; else to the login form, or a 403 page."""
    if v.principal is None:
        raise LoginRequired()
    if role not in v.principal.roles:
        raise PageError(403, "error.forbidden")
    return v.principal


def check_same_origin(request: Request) -> None:
    """Refuse a form posted from another site (the login cookie is SameSite=Strict already;
    this also covers local-only mode, which has no cookie at all)."""
    source = request.headers.get("origin") or request.headers.get("referer")
    if source and source != "null" and urlsplit(source).netloc != request.headers.get("host"):
        raise PageError(403, "error.cross_site")


async def run(v: Visit, document: str, **variables: Any) -> dict[str, Any]:
    """Execute a GraphQL document through the app's schema as the visitor.

    Raises:
        LoginRequired: the schema says the visitor is not authenticated.
        PageError: FORBIDDEN (403), NOT_FOUND (404), BAD_USER_INPUT (400, with the message),
            anything else (500).
    """
    schema: BaseSchema = v.request.app.state.web_schema
    principal = require(v)
    result = await schema.execute(document, variable_values=variables,
                                  context_value=Context(v.request.app.state.service, principal))
    if result.errors:
        error = result.errors[0]
        code = (error.extensions or {}).get("code")
        if code == "UNAUTHENTICATED":
            raise LoginRequired()
        if code == "FORBIDDEN":
            raise PageError(403, "error.forbidden")
        if code == "NOT_FOUND":
            raise PageError(404, "error.not_found", error.message)
        if code == "BAD_USER_INPUT":
            raise PageError(400, "error.title", error.message)
        raise PageError(500, "error.unavailable")
    return result.data or {}


def whole_number(value: str, lowest: int, highest: int, field: str) -> int | None:
    """A form's number field: None when empty, else an int in ``lowest..highest``.

    Raises:
        PageError: 400, naming the field, for anything else.
    """
    if not value.strip():
        return None
    try:
        number = int(value)
    except ValueError:
        raise PageError(400, "error.title", f"{field}: {value!r}") from None
    if not lowest <= number <= highest:
        raise PageError(400, "error.title", f"{field}: {lowest}..{highest}")
    return number


def nodes(connection: dict[str, Any] | None) -> list[Any]:
    """The nodes of a connection, in order (asked for as ``nodes``, or as ``edges { node }``)."""
    if not connection:
        return []
    if "nodes" in connection:
        return list(connection["nodes"])
    return [edge["node"] for edge in connection.get("edges", [])]


def wants_json(request: Request) -> bool:
    """The page's script asks for JSON; a plain form wants a page back."""
    return "application/json" in request.headers.get("accept", "")


def _nav(v: Visit) -> list[tuple[str, str]]:
    items = [("/", "nav.search")]
    if v.principal is not None and v.principal.person_id:
        items.append((f"/people/{v.principal.person_id}", "nav.me"))
    if v.has(Role.HR):
        items += [("/hr/bridges", "nav.bridges"), ("/hr/ambassadors", "nav.ambassadors"),
                  ("/hr/buddies", "nav.buddies"), ("/hr/gaps", "nav.gaps"),
                  ("/hr/map", "nav.map")]
    return items


def _switch_url(request: Request, lang: Lang) -> str:
    query = [(k, val) for k, val in request.query_params.multi_items() if k != "lang"]
    return f"{request.url.path}?{urlencode([*query, ('lang', lang)])}"


def render(v: Visit, template: str, status: int = 200, **context: Any) -> Response:
    """Render a template with what every page needs, and remember a chosen language."""
    other: Lang = "en" if v.lang == "nl" else "nl"
    roles = ", ".join(v.t(f"role.{r.value}") for r in sorted(v.principal.roles)) \
        if v.principal else ""
    html = _env.get_template(template).render(
        t=translator(v.lang), lang=v.lang, other_lang=other, principal=v.principal,
        roles=roles, nav=_nav(v), path=v.request.url.path,
        switch_url=_switch_url(v.request, other), label=labeller(v.lang),
        date=_date_formatter(v.lang), num=_number_formatter(v.lang),
        notice=_notice(v.request), safe_url=safe_url, **context)
    response = remember(v, HTMLResponse(html, status_code=status))
    if NOTICE_COOKIE in v.request.cookies:
        response.delete_cookie(NOTICE_COOKIE, path="/", httponly=True, samesite="strict")
    return response


def remember(v: Visit, response: Response) -> Response:
    if v.lang_chosen:
        response.set_cookie(LANG_COOKIE, v.lang, max_age=LANG_MAX_AGE, httponly=True,
                            samesite="lax")
    return response


def redirect(v: Visit, url: str) -> Response:
    """303 See Other: after a form post, the browser fetches the result page with GET."""
    return remember(v, RedirectResponse(url, status_code=303))


def answer(v: Visit, ok: bool, message: str, back: str, **data: Any) -> Response:
    """A form post's answer: JSON for the page's script, else back to the page with a notice."""
    if wants_json(v.request):
        return JSONResponse({"ok": ok, "message": message, **data},
                            status_code=200 if ok else 400)
    response = redirect(v, back)
    # a flash cookie, read once by the next page: a notice in the URL could be forged by a link
    flash = base64.urlsafe_b64encode(json.dumps({"ok": ok, "message": message}).encode())
    response.set_cookie(NOTICE_COOKIE, flash.decode(), max_age=60, httponly=True,
                        samesite="strict", path="/")
    return response


def _notice(request: Request) -> dict[str, Any] | None:
    raw = request.cookies.get(NOTICE_COOKIE)
    if not raw:
        return None
    try:
        found = json.loads(base64.urlsafe_b64decode(raw.encode()))
        return {"ok": bool(found["ok"]), "message": str(found["message"])[:500]}
    except (ValueError, KeyError, TypeError):
        return None


def safe_url(url: str | None) -> str | None:
    """A document's link only if it is http(s) (or relative): never ``javascript:``."""
    if not url:
        return None
    scheme = urlsplit(url).scheme.lower()
    return url if scheme in ("http", "https", "") else None


def labeller(lang: Lang) -> Callable[[dict[str, Any] | None], str]:
    """A topic's label in ``lang`` ("" for no topic)."""
    def label(topic: dict[str, Any] | None) -> str:
        if not topic:
            return ""
        return str(topic.get("labelEn") if lang == "en" else topic.get("labelNl"))
    return label


def format_date(value: str | dt.date | None, lang: Lang, *, day: bool = True) -> str:
    """``12 september 2025`` (or ``september 2025`` without ``day``); "unknown" for None."""
    if not value:
        return text("unknown", lang)
    when = value if isinstance(value, dt.date) else dt.date.fromisoformat(value[:10])
    month = f"{text('months', lang).split()[when.month - 1]} {when.year}"
    return f"{when.day} {month}" if day else month


def _date_formatter(lang: Lang) -> Any:
    def date(value: str | None) -> str:
        return format_date(value, lang)
    return date


def _number_formatter(lang: Lang) -> Any:
    def num(value: float | None, digits: int = 2) -> str:
        return format_number(value, lang, digits)
    return num
