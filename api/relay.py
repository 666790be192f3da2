"""Relay conventions: global ids, connections with cursors, and the errors the API expects.

Every list is a connection; ``first`` is required and at most ``MAX_FIRST``. Cursors are opaque
(base64 of an offset into the answer), which suits answers that are computed (rankings) as well
as stored lists; a cursor from one question means nothing for another.

Ids are global: base64 of ``Type:key``. Arguments that name a person, department or topic also
take the plain key (an employee number), so a tool that knows employee numbers need not encode
them; the plain key is used when the value does not decode to a global id of that type.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

import strawberry
from graphql import GraphQLError

MAX_FIRST = 100
T = TypeVar("T")


class UserInputError(GraphQLError):
    """A question that cannot be answered as asked (``BAD_USER_INPUT``); shown to the caller."""

    def __init__(self, message: str, code: str = "BAD_USER_INPUT") -> None:
        super().__init__(message, extensions={"code": code})


class Forbidden(GraphQLError):
    def __init__(self, message: str) -> None:
        super().__init__(message, extensions={"code": "FORBIDDEN"})


EXPECTED_CODES = frozenset({"BAD_USER_INPUT", "FORBIDDEN", "UNAUTHENTICATED", "NOT_FOUND"})


def to_global(type_name: str, key: str) -> strawberry.ID:
    """>>> to_global("Person", "e1001")
    'UGVyc29uOmUxMDAx'
    """
    return strawberry.ID(base64.b64encode(f"{type_name}:{key}".encode()).decode())


def from_global(value: str) -> tuple[str, str] | None:
    """``(type, key)`` of a global id, or None when the value is not one.

    >>> from_global("UGVyc29uOmUxMDAx")
    ('Person', 'e1001')
    >>> from_global("e1001") is None
    True
    """
    try:
        decoded = base64.b64decode(value, validate=True).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    type_name, sep, key = decoded.partition(":")
    if not sep or not type_name.isidentifier() or not type_name[:1].isupper() or not key:
        return None
    return type_name, key


def key_of(value: str | strawberry.ID, type_name: str) -> str:
    """The source key behind an id argument: a global id of ``type_name`` or a plain key.

    Raises ``UserInputError`` for a global id of another type (a department id where a person
    is asked for).
    """
    decoded = from_global(str(value))
    if decoded is None:
        return str(value)
    if decoded[0] != type_name:
        raise UserInputError(f"{value!r} is a {decoded[0]} id, not a {type_name} id")
    return decoded[1]


def check_first(first: int) -> int:
    if first < 0 or first > MAX_FIRST:
        raise UserInputError(f"first must be between 0 and {MAX_FIRST}, not {first}")
    return first


def _cursor(offset: int) -> str:
    return base64.b64encode(f"cursor:{offset}".encode()).decode()


def offset_after(after: str | None) -> int:
    """The offset just past ``after`` (0 when None); a cursor that is not one is an input error."""
    if after is None:
        return 0
    try:
        kind, _, number = base64.b64decode(after, validate=True).decode().partition(":")
        if kind == "cursor" and number.isdigit():
            return int(number) + 1
    except (binascii.Error, UnicodeDecodeError, ValueError):
        pass
    raise UserInputError(f"not a cursor: {after!r}")


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo
    total_count: int | None = strawberry.field(
        description="Items in the whole answer, all pages; null where the answer is computed "
                    "page by page (a ranking).")

    @strawberry.field(description="The nodes of the edges, for callers who need no cursors.")  # type: ignore[untyped-decorator]
    def nodes(self) -> list[T]:
        return [e.node for e in self.edges]


def connection(items: Sequence[Any], first: int, after: str | None, *,
               complete: bool = True) -> Connection[Any]:
    """A page of ``items``, the answer from its start.

    ``complete`` False: ``items`` is a computed answer cut one item past the requested page
    (so ``hasNextPage`` is known, the total is not).
    """
    check_first(first)
    offset = offset_after(after)
    page = list(items[offset:offset + first])
    edges = [Edge(cursor=_cursor(offset + i), node=node) for i, node in enumerate(page)]
    return Connection(edges=edges, total_count=len(items) if complete else None,
                      page_info=PageInfo(
                          has_next_page=offset + len(page) < len(items),
                          has_previous_page=offset > 0,
                          start_cursor=edges[0].cursor if edges else None,
                          end_cursor=edges[-1].cursor if edges else None))
