"""The FastAPI application: GraphQL at /graphql, health at /livez and /readyz, /metrics.

Only the health checks answer without credentials (and, local-only, everything). ``/metrics``
takes Prometheus's token (``WIEWEET_METRICS_TOKEN``) or an admin; ``/docs``, ``/redoc`` and
``/openapi.json`` follow GraphQL introspection (api.hardening): on in development, off in
production unless ``WIEWEET_INTROSPECTION=true``.
"""

from __future__ import annotations

import asyncio
import hmac
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from strawberry.fastapi import GraphQLRouter

from api.auth import AuthenticationError, Authenticator, OidcVerifier, Principal, Role, token_of
from api.hardening import (
    install_middleware,
    introspection_enabled,
    schema_config,
    schema_extensions,
)
from api.ops import install_ops, is_store_error
from api.schema import Context, build_schema
from api.service import Service, weights_from
from api.settings import Settings, open_configured_store
from api.web import mount as mount_web
from graph.errors import ConfigurationError, WieweetError
from graph.store import GraphStore


def oidc_from(settings: Settings) -> OidcVerifier | None:
    """The OIDC verifier the settings describe, or None when no issuer is set."""
    if not settings.oidc_issuer:
        return None
    jwks = settings.oidc_jwks_url or settings.oidc_issuer.rstrip("/") + "/.well-known/jwks.json"
    return OidcVerifier(settings.oidc_issuer, settings.oidc_audience, jwks,
                        roles_claim=settings.oidc_roles_claim,
                        person_claim=settings.oidc_person_claim,
                        role_prefix=settings.oidc_role_prefix)


async def principal_of(request: Request) -> Principal:
    """Who sends this request: the bearer token, else the web page's key cookie.

    Raises ``HTTPException`` 401 when there are no valid credentials.
    """
    authenticator: Authenticator = request.app.state.authenticator
    token = token_of(request.headers, request.cookies)
    try:
        return await asyncio.to_thread(authenticator.authenticate, token)
    except AuthenticationError as exc:
        raise HTTPException(401, str(exc), headers={"WWW-Authenticate": "Bearer"}) from exc


async def metrics_reader(request: Request) -> None:
    """Admit a scrape of ``/metrics``: the metrics token as bearer token, else an admin.

    Local-only admits every request (its principal holds every role).

    Raises ``HTTPException`` 401 without valid credentials, 403 for a principal who is not an
    admin.
    """
    expected = request.app.state.metrics_token
    token = token_of(request.headers, {})  # Prometheus sends a header, never the web cookie
    if expected is not None and token is not None and hmac.compare_digest(
            token.encode(), expected.get_secret_value().encode()):
        return
    if not (await principal_of(request)).has(Role.ADMIN):
        raise HTTPException(403, "/metrics needs the metrics token or the admin role")


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
        service = Service(opened, weights_from(settings))
        service.audit_lookups = settings.audit_hr_lookups
        service.log_searcher = settings.log_searcher
        authenticator = Authenticator(opened, local_only=settings.local_only,
                                      oidc=oidc_from(settings))
        if not settings.local_only and not authenticator.configured():
            if own:
                opened.close()
            raise ConfigurationError(
                "no authentication configured: create a key with `wieweet keys create --role "
                "admin`, or set WIEWEET_OIDC_ISSUER; or run local-only on 127.0.0.1 "
                "(WIEWEET_LOCAL_ONLY=true, `wieweet serve --local-only`)")
        app.state.service = service
        app.state.authenticator = authenticator
        try:
            yield
        finally:
            if own:
                opened.close()

    # the OpenAPI pages show what the server has, as introspection does: one rule for both
    docs = introspection_enabled(settings)
    app = FastAPI(title="wieweet", summary="Who knows? Expertise finding for organisations.",
                  lifespan=lifespan, openapi_url="/openapi.json" if docs else None,
                  docs_url="/docs" if docs else None, redoc_url="/redoc" if docs else None)
    app.state.metrics_token = settings.metrics_token

    async def context(request: Request) -> Context:
        return Context(request.app.state.service, await principal_of(request))

    router: GraphQLRouter[Context, None] = GraphQLRouter(
        build_schema(schema_extensions(settings), schema_config(settings)), context_getter=context,
        graphql_ide="graphiql" if settings.development else None)
    app.include_router(router, prefix="/graphql")
    mount_web(app, router.schema)  # the web pages for employees and HR (api/web)

    @app.get("/livez")
    async def livez() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz(request: Request) -> JSONResponse:
        try:  # in a worker thread: a hanging store must not stall the event loop
            await asyncio.to_thread(request.app.state.service.store.departments)
        except Exception as exc:  # whatever the store raises, it is not ready: 503, not 500
            if not isinstance(exc, WieweetError) and not is_store_error(exc):
                raise
            if is_store_error(exc):
                request.app.state.metrics.store_error(exc)
            return JSONResponse({"status": "unavailable", "reason": str(exc)}, status_code=503)
        return JSONResponse({"status": "ok"})

    install_middleware(app, settings)  # limits (api/hardening.py), then, outermost,
    install_ops(app, [Depends(metrics_reader)])  # request ids, metrics, access log (api/ops.py)

    return app
