"""The web page for employees and HR, served by the API's own FastAPI app.

Server-side rendered (Jinja2) pages that work without JavaScript; a small script only enhances
them. The pages read and write through GraphQL documents executed in-process (``queries``,
``pages.run``), with the visitor's principal: the schema decides what each role may see.
Dutch by default, English with ``?lang=en`` (remembered in a cookie); every text lives in
``catalogue``.

``mount(app, schema)`` adds the pages, ``/static/…`` and the error pages to an app.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import FileResponse, Response
from strawberry.schema.base import BaseSchema

from api.web import employee, gaps, hr
from api.web.pages import LoginRequired, PageError, redirect, render, visit

STATIC = Path(__file__).parent / "static"
STATIC_FILES = {"wieweet.css": "text/css", "wieweet.js": "text/javascript"}


def mount(app: FastAPI, schema: BaseSchema) -> None:
    """Serve the pages on ``app``; they execute their GraphQL through ``schema``."""
    app.state.web_schema = schema
    app.include_router(employee.router, include_in_schema=False)
    app.include_router(hr.router, include_in_schema=False)
    app.include_router(gaps.router, include_in_schema=False)

    @app.get("/static/{name}", include_in_schema=False)
    async def static(name: str) -> Response:
        if name not in STATIC_FILES:
            raise HTTPException(404)
        return FileResponse(STATIC / name, media_type=STATIC_FILES[name],
                            headers={"Cache-Control": "public, max-age=3600"})

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, exc: LoginRequired) -> Response:
        v = await visit(request)
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return redirect(v, f"/login?next={quote(target)}")

    @app.exception_handler(PageError)
    async def page_error(request: Request, exc: PageError) -> Response:
        v = await visit(request)
        return render(v, "error.html", status=exc.status, message=exc.key, detail=exc.detail)
