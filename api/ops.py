"""Operations: Prometheus metrics, structured JSON logs and request ids.

Every app gets its own metrics registry (not prometheus-client's global one), so tests and
benchmarks can build several apps in one process without counters leaking between them.
One ASGI middleware, outermost, gives each request an id (``X-Request-ID``, taken from the
client when it looks like one, echoed back), times it, counts it and writes one access-log line.
The GraphQL side (operations by name and outcome, store errors) is a strawberry extension that
finds the request's metrics through a context variable, so it needs nothing from the context.

What is never logged: query strings (GET requests carry GraphQL variables there), bodies,
headers (tokens, cookies) and GraphQL variables. Paths are logged without their query string.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TextIO

from fastapi import FastAPI, params
from fastapi.responses import Response
from graphql import GraphQLError, OperationDefinitionNode
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram
from prometheus_client.exposition import generate_latest
from pythonjsonlogger.core import RESERVED_ATTRS
from pythonjsonlogger.json import JsonFormatter
from starlette.datastructures import MutableHeaders
from starlette.routing import Mount
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from strawberry.extensions import SchemaExtension

from api.settings import Settings
from graph.errors import InvalidInputError, NotFoundError, StoreUnavailableError

REQUEST_ID_HEADER = "X-Request-ID"
EXPECTED_CODES = frozenset({"FORBIDDEN", "UNAUTHENTICATED", "BAD_USER_INPUT", "NOT_FOUND"})
MAX_OPERATION_NAMES = 200  # distinct operation-name labels per app; more become "other"
_CLIENT_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
_OPERATION_NAME = re.compile(r"[_A-Za-z][_0-9A-Za-z]{0,63}")
# seconds; GraphQL answers take milliseconds, network analytics on a large organisation seconds
_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)

access_log = logging.getLogger("wieweet.access")


class Metrics:
    """The app's Prometheus metrics, in a registry of its own."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        labels = ["route", "method", "status"]
        self.requests = Counter("wieweet_http_requests", "HTTP requests by route, method and "
                                "status.", labels, registry=self.registry)
        self.latency = Histogram("wieweet_http_request_duration_seconds", "HTTP request latency "
                                 "by route, method and status.", labels,
                                 buckets=_LATENCY_BUCKETS, registry=self.registry)
        self.operations = Counter("wieweet_graphql_operations", "GraphQL operations by name, "
                                  "type and outcome (ok, user_error, rejected, error).",
                                  ["operation", "type", "outcome"], registry=self.registry)
        self.store_errors = Counter("wieweet_store_errors", "Errors raised by the graph store, "
                                    "by exception type.", ["error"], registry=self.registry)
        self._names: set[str] = set()

    def operation_label(self, name: str | None) -> str:
        """A bounded label for a client-chosen operation name (a label set must not grow
        without limit because clients invent names)."""
        if not name:
            return "anonymous"
        if not _OPERATION_NAME.fullmatch(name):
            return "invalid"
        if name not in self._names and len(self._names) >= MAX_OPERATION_NAMES:
            return "other"
        self._names.add(name)
        return name

    def store_error(self, exc: BaseException) -> None:
        self.store_errors.labels(error=type(exc).__name__).inc()

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


@dataclass
class RequestInfo:
    """What the access-log line of the current request says beyond HTTP."""

    id: str
    metrics: Metrics
    operation: str | None = None
    outcome: str | None = None


_current: ContextVar[RequestInfo | None] = ContextVar("wieweet_request", default=None)


def current_request() -> RequestInfo | None:
    """The HTTP request being served, or None (a document run in-process, a CLI command)."""
    return _current.get()


def is_store_error(exc: BaseException | None) -> bool:
    # the Neo4j adapter wraps its driver's errors; SQLite's can surface mid-query (locked, closed)
    return isinstance(exc, StoreUnavailableError | sqlite3.Error)


def is_expected_error(error: GraphQLError) -> bool:
    """Whether an error is the client's doing and safe to show as it is.

    Expected: errors about the document (syntax, validation, the limits; these have no
    original exception and no path), errors a resolver raised on purpose with a code in
    ``EXPECTED_CODES``, GraphQL errors raised deliberately (argument coercion), and wieweet's
    own ``NotFoundError``/``InvalidInputError``. Everything else — a bug, a store failure, a
    null in a non-null field — is unexpected and is masked in production.
    """
    original = error.original_error
    if original is None:
        return error.path is None
    if (error.extensions or {}).get("code") in EXPECTED_CODES:
        return True
    return isinstance(original, GraphQLError | NotFoundError | InvalidInputError)


def _outcome(errors: list[GraphQLError] | None) -> str:
    if not errors:
        return "ok"
    if not all(is_expected_error(e) for e in errors):
        return "error"
    if all(e.original_error is None and e.path is None for e in errors):
        return "rejected"  # never executed: syntax, validation, limits
    return "user_error"


class OperationMetrics(SchemaExtension):
    """Counts GraphQL operations by name, type and outcome, and store errors.

    List it after the error-masking extension: strawberry leaves extensions in reverse order,
    so this one still sees the original errors.
    """

    def on_operation(self) -> Iterator[None]:
        yield
        request = current_request()
        if request is None:
            return
        context = self.execution_context
        errors = getattr(context.result, "errors", None) or context.pre_execution_errors
        name = context.operation_name
        if name is None and context.graphql_document is not None:
            operations = [d for d in context.graphql_document.definitions
                          if isinstance(d, OperationDefinitionNode)]
            if len(operations) == 1 and operations[0].name is not None:
                name = operations[0].name.value
        try:
            kind = context.operation_type.value
        except RuntimeError:  # not parsed, or no such operation in the document
            kind = "unknown"
        outcome = _outcome(errors)
        label = request.metrics.operation_label(name)
        request.metrics.operations.labels(operation=label, type=kind, outcome=outcome).inc()
        for error in errors or ():
            if is_store_error(error.original_error):
                assert error.original_error is not None
                request.metrics.store_error(error.original_error)
        request.operation, request.outcome = label, outcome


def route_label(scope: Scope) -> str:
    """The route a served request matched, as a bounded label: its path for a route without
    parameters, its template otherwise (``/people/{key}``; relative to the prefix for a route
    of an included router), a mount's prefix; "unmatched" for no route. A label per raw path
    would let any client create labels."""
    route = scope.get("route")
    if route is None:
        return "unmatched"
    if isinstance(route, Mount):
        return route.path or "/"
    template = str(getattr(route, "path_format", ""))
    return template if "{" in template else str(scope["path"])


class RequestContextMiddleware:
    """Request id in and out, HTTP metrics and one access-log line per request."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = dict(scope["headers"]).get(REQUEST_ID_HEADER.lower().encode(), b"")
        text = incoming.decode("latin-1")
        info = RequestInfo(text if _CLIENT_ID.fullmatch(text) else uuid.uuid4().hex, self.metrics)
        token = _current.set(info)
        status = 500  # unless the app answers: an exception that escapes is a server error
        started = time.perf_counter()

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message).append(REQUEST_ID_HEADER, info.id)
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            seconds = time.perf_counter() - started
            labels = {"route": route_label(scope), "method": scope["method"],
                      "status": str(status)}
            self.metrics.requests.labels(**labels).inc()
            self.metrics.latency.labels(**labels).observe(seconds)
            extra: dict[str, Any] = {"method": scope["method"], "path": scope["path"],
                                     "status": status, "duration_ms": round(seconds * 1000, 2)}
            if info.operation is not None:
                extra.update(operation=info.operation, outcome=info.outcome)
            access_log.info("request", extra=extra)
            _current.reset(token)


class _RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        request = current_request()
        record.request_id = request.id if request else None
        return True


class _CurrentStderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at the time (test runners swap it)."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


def configure_logging(settings: Settings, stream: TextIO | None = None) -> logging.Handler:
    """Send every log record (wieweet's, uvicorn's, strawberry's) to one JSON-lines handler.

    Each line has ``time``, ``level``, ``logger``, ``message`` and ``request_id`` (null outside
    a request), plus the record's extra fields; the access log adds ``method``, ``path``,
    ``status``, ``duration_ms`` and, for GraphQL, ``operation`` and ``outcome``. Calling it
    again replaces the handler it installed before and leaves other handlers alone. Strawberry's
    own error log is silenced: it prints the query text of every failed document, and
    api.hardening logs the unexpected errors once, without it.

    Args:
        settings: ``log_level`` is used.
        stream: where the lines go; standard error by default.

    Returns:
        The installed handler (to remove it again, as tests do).
    """
    handler: logging.Handler = (logging.StreamHandler(stream) if stream is not None
                                else _CurrentStderrHandler())
    handler.setFormatter(JsonFormatter(
        "{asctime}{levelname}{name}{message}", style="{",
        rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
        # uvicorn's records carry the message again with terminal colours
        reserved_attrs=[*RESERVED_ATTRS, "color_message"]))
    handler.addFilter(_RequestIdFilter())
    handler.set_name("wieweet-json")
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == "wieweet-json"]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(settings.log_level)
    logging.getLogger("strawberry.execution").setLevel(logging.CRITICAL)
    return handler


def install_ops(app: FastAPI, guard: Sequence[params.Depends] = ()) -> Metrics:
    """Add the request-context middleware and ``GET /metrics`` to ``app``.

    Call it after ``api.hardening.install_middleware`` so this middleware is the outermost
    and also counts and logs the requests the limits turn away (413, 504).

    Args:
        app: the application.
        guard: dependencies that admit a request to ``/metrics`` (api.app's ``metrics_reader``).
    """
    metrics = Metrics()
    app.state.metrics = metrics
    app.add_middleware(RequestContextMiddleware, metrics=metrics)

    @app.get("/metrics", include_in_schema=False, dependencies=list(guard))
    async def prometheus_metrics() -> Response:
        return Response(metrics.exposition(), media_type=CONTENT_TYPE_LATEST)

    return metrics
