"""The FastAPI application: GraphQL at /graphql, health at /livez and /readyz."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from strawberry.fastapi import GraphQLRouter

from api.schema import Context, schema
from api.service import Service, weights_from
from api.settings import Settings, open_configured_store
from graph.errors import WieweetError
from graph.store import GraphStore


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    """Build the app. The store is opened in the lifespan (once per process) unless given.

    Opening verifies the store: a Neo4j server that cannot be reached, or refuses the
    credentials, stops the start-up with ``StoreUnavailableError`` instead of failing later.
    """
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own = store is None
        opened = store or open_configured_store(settings)
        app.state.service = Service(opened, weights_from(settings))
        try:
            yield
        finally:
            if own:
                opened.close()

    app = FastAPI(title="wieweet", summary="Who knows? Expertise finding for organisations.",
                  lifespan=lifespan)

    async def context(request: Request) -> Context:
        return Context(request.app.state.service)

    router: GraphQLRouter[Context, None] = GraphQLRouter(
        schema, context_getter=context,
        graphql_ide="graphiql" if settings.development else None)
    app.include_router(router, prefix="/graphql")

    @app.get("/livez")
    async def livez() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz(request: Request) -> JSONResponse:
        try:
            request.app.state.service.store.departments()
        except WieweetError as exc:
            return JSONResponse({"status": "unavailable", "reason": str(exc)}, status_code=503)
        return JSONResponse({"status": "ok"})

    return app
