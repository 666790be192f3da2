"""Limits for hostile or careless clients, and what production shows of the server.

The GraphQL side is a list of strawberry extensions and a schema config for the settings in
use (``schema_extensions``, ``schema_config``; ``api.schema.build_schema`` takes both). The
HTTP side is two ASGI middlewares (``install_middleware``): Starlette's body-size limit (413;
it counts the bytes actually received, so a chunked body without ``Content-Length`` cannot
slip past) and a request timeout (504).

Production (``WIEWEET_ENV=production``) differs from development in what it reveals:
introspection is refused (unless ``WIEWEET_INTROSPECTION=true``), error messages carry no
"Did you mean ...?" suggestions, GraphiQL is not served (api.app), nor are the OpenAPI pages
(``/docs``, ``/redoc``, ``/openapi.json``; they follow introspection), and unexpected errors reach
the client as "Internal server error." with the request id, while the log has the traceback.
Both modes enforce the same limits.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable, Iterator
from typing import Any

from fastapi import FastAPI
from graphql import GraphQLError
from starlette.middleware.body_limit import RequestBodyLimitMiddleware
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from strawberry.extensions import (
    DisableIntrospection,
    MaskErrors,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    SchemaExtension,
    ValidationCache,
)
from strawberry.schema.config import BatchingConfig, StrawberryConfig

from api.ops import OperationMetrics, current_request, is_expected_error
from api.settings import Settings

MASKED_MESSAGE = "Internal server error."
_SUGGESTION = re.compile(r"\s*Did you mean [^?]*\?")

log = logging.getLogger("wieweet.graphql")


def introspection_enabled(settings: Settings) -> bool:
    """Whether the server describes itself: GraphQL introspection and the OpenAPI pages."""
    return settings.development if settings.introspection is None else settings.introspection


class MaskUnexpectedErrors(MaskErrors):
    """strawberry's MaskErrors for everything ``is_expected_error`` does not accept; the
    masked error keeps its path and gains ``code: INTERNAL_SERVER_ERROR`` and the request id,
    which finds the logged traceback."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=lambda e: not is_expected_error(e),
                         error_message=MASKED_MESSAGE)

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        masked = super().anonymise_error(error)
        request = current_request()
        masked.extensions = {"code": "INTERNAL_SERVER_ERROR",
                             **({"requestId": request.id} if request else {})}
        return masked


class ErrorReport(SchemaExtension):
    """Logs each unexpected error once with its traceback (never the query text or its
    variables) and, in production, strips "Did you mean ...?" from every message: the
    suggestions spell out the schema that introspection no longer shows.

    List it after ``MaskUnexpectedErrors`` so it still sees the original errors.
    """

    def __init__(self, hide_suggestions: bool) -> None:
        self.hide_suggestions = hide_suggestions

    def on_operation(self) -> Iterator[None]:
        yield
        context = self.execution_context
        for error in getattr(context.result, "errors", None) or ():
            if not is_expected_error(error):
                where = ".".join(str(p) for p in error.path or ()) or None
                log.error("unexpected error in a GraphQL operation", exc_info=error.original_error,
                          extra={"graphql_path": where, "operation": context.operation_name,
                                 "error_type": type(error.original_error).__name__})
            if self.hide_suggestions:
                error.message = _SUGGESTION.sub("", error.message)


def schema_extensions(settings: Settings) -> list[Callable[[], SchemaExtension]]:
    """The strawberry extensions for ``settings``, as factories (one instance per request).

    Order matters: strawberry leaves ``on_operation`` in reverse order, so the masking comes
    first and sees the errors last, after the report and the metrics have read the originals.
    Includes the parse and validation caches (bounded, shared by all requests).
    """
    production = not settings.development
    extensions: list[Callable[[], SchemaExtension]] = []
    if production:
        extensions.append(MaskUnexpectedErrors)
    extensions += [
        lambda: ErrorReport(hide_suggestions=production),
        OperationMetrics,
        # strawberry keeps these caches at module level; an instance per request is right
        lambda: ParserCache(maxsize=256),
        lambda: ValidationCache(maxsize=256),
        lambda: MaxTokensLimiter(max_token_count=settings.max_query_tokens),
        lambda: QueryDepthLimiter(max_depth=settings.max_query_depth),
        lambda: MaxAliasesLimiter(max_alias_count=settings.max_aliases),
    ]
    if not introspection_enabled(settings):
        extensions.append(DisableIntrospection)
    return extensions


def schema_config(settings: Settings, **options: Any) -> StrawberryConfig:
    """The schema config for ``settings``; ``options`` pass on to ``StrawberryConfig``.

    A JSON array of operations is refused (400 "Batching is not enabled") unless
    ``max_batch_operations`` is above 0; then arrays longer than that get 400 "Too many
    operations". Field suggestions are off in production.
    """
    batching = (BatchingConfig(max_operations=settings.max_batch_operations)
                if settings.max_batch_operations > 0 else None)
    return StrawberryConfig(disable_field_suggestions=not settings.development,
                            batching_config=batching, **options)


def _error_response(status: int, message: str, code: str) -> JSONResponse:
    # shaped like a GraphQL response, so GraphQL clients show the reason
    return JSONResponse({"errors": [{"message": message, "extensions": {"code": code}}]},
                        status_code=status)


class TimeoutMiddleware:
    """Answers 504 when a request takes longer than ``seconds``.

    The request's task is cancelled; a store call already running in a worker thread finishes
    there, but its result is dropped. A response that has begun cannot be turned into a 504;
    its connection is closed instead.
    """

    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watch(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        deadline = asyncio.timeout(self.seconds)
        try:
            async with deadline:
                await self.app(scope, receive, watch)
        except TimeoutError:
            if not deadline.expired() or started:
                raise
            log.warning("request timed out", extra={"timeout_seconds": self.seconds})
            await _error_response(504, f"the request took longer than {self.seconds:g} s",
                                  "TIMEOUT")(scope, receive, send)


def install_middleware(app: FastAPI, settings: Settings) -> None:
    """Add the body-size limit and the timeout to ``app`` (the timeout outside: it also
    bounds a slow upload)."""
    app.add_middleware(RequestBodyLimitMiddleware, max_body_size=settings.max_body_bytes)
    app.add_middleware(TimeoutMiddleware, seconds=settings.request_timeout_seconds)
