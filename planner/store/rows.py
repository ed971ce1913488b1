"""Posts to table rows and back, by the one description in ``post_columns``."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import fields

from planner.core.domain import Post
from planner.store.post_columns import COLUMNS, NAMES, SELECT_LIST, WRITTEN, PostColumn

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TypeAlias

    Read: TypeAlias = Callable[[Any], Any]


def _read_column(column: PostColumn) -> Read:
    """How to read one stored value of ``column``: its type checked (a BLOB or a NULL
    where text belongs never reaches a Post), converted, and for a converted value
    checked to be in the very form this version writes (``09:00``, not ``09:00:30``).
    Raises ValueError with the reason, in words."""
    name, expected, nullable = column.name, column.stored, column.nullable
    convert, back = column.from_stored, column.to_stored
    wanted = "text" if expected is str else "a whole number"

    def read(value: Any) -> Any:
        if value is None:
            if nullable:
                return None
            raise ValueError(f"its {name} is empty (NULL)")
        if type(value) is not expected:
            raise ValueError(f"its {name} is {_kind_of(value)}, not {wanted}")
        if convert is None:
            return value
        try:
            converted = convert(value)
        except (KeyError, ValueError, TypeError):
            converted = None
        if converted is None or (back is not None and back(converted) != value):
            raise ValueError(f"its {name} {_shown(value)} is not a {name} this version knows")
        return converted

    return read


class Undecodable(bytes):
    """A value stored as text that is not UTF-8: SQLite's text with no Python string."""


def _tolerant_text(data: bytes) -> str | Undecodable:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return Undecodable(data)


def _not_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def is_undecodable(error: BaseException | None) -> bool:
    """Whether sqlite3 failed a whole read on one value that is not UTF-8."""
    return isinstance(error, sqlite3.OperationalError) and "Could not decode" in str(error)


def fetch_tolerant(
    conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()
) -> list[tuple[Any, ...]]:
    """The rows of ``sql``, with text that is not UTF-8 read as ``Undecodable``, which
    the reader then names, instead of failing the whole read. Slower than a plain
    fetch (a Python call per text value): only for a read that met such a value."""
    plain = conn.text_factory
    conn.text_factory = _tolerant_text
    try:
        return conn.execute(sql, tuple(params)).fetchall()
    finally:
        conn.text_factory = plain


def _kind_of(value: object) -> str:
    if isinstance(value, Undecodable):
        return "text that is not valid UTF-8"
    if isinstance(value, bytes):
        return "binary data (a BLOB)"
    if isinstance(value, int | float):
        return "a number"
    return "text" if isinstance(value, str) else type(value).__name__


def _shown(value: object, width: int = 30) -> str:
    text = repr(value)
    return text if len(text) <= width else text[: width - 1] + "…"


_READERS = {column.name: _read_column(column) for column in COLUMNS}


def read_date(value: Any) -> dt.date:
    """A stored date, read as a post's date is; ValueError for anything else."""
    day = _READERS["date"](value)
    if day is None:
        raise ValueError("no date")
    return day  # type: ignore[no-any-return]


def readable_span(dates: Sequence[tuple[Any, ...]]) -> tuple[dt.date, dt.date] | None:
    """The first and last of the stored ``dates`` (one a row) that read as dates."""
    days = []
    for (value,) in dates:
        with suppress(ValueError):
            days.append(read_date(value))
    return (min(days), max(days)) if days else None


def _by_field() -> tuple[tuple[int, Read], ...]:
    """For each field of Post, in its own order: where its column is in a row, and how
    to read it. Building a Post positionally is the quickest way found, and the week
    view builds hundreds."""
    columns = {column.name: index for index, column in enumerate(COLUMNS)}
    missing = [f.name for f in fields(Post) if f.name not in columns]
    if missing:
        raise TypeError(f"Post fields with no column in post_columns: {missing}")
    return tuple((columns[f.name], _READERS[f.name]) for f in fields(Post))


_BY_FIELD = _by_field()
_WRITERS = tuple((column.name, column.to_stored) for column in WRITTEN)


class UnreadableRow(ValueError):
    """A stored row holds a value this version cannot read: which row, and why."""

    def __init__(self, post_id: object, reason: str) -> None:
        self.post_id = post_id
        self.reason = reason
        super().__init__(f"post {post_id} cannot be read: {reason}")


class ReadPosts(list[Post]):
    """The posts a read found, in order, and the rows it met that cannot be read."""

    def __init__(self, posts: list[Post], unreadable: list[UnreadableRow] | None = None) -> None:
        super().__init__(posts)
        self.unreadable: list[UnreadableRow] = unreadable or []


def post_values(post: Post) -> dict[str, Any]:
    """The columns of ``post``, without its id."""
    return {
        name: getattr(post, name) if write is None else write(getattr(post, name))
        for name, write in _WRITERS
    }


def post_from_row(row: Sequence[Any]) -> Post:
    """A Post from a row in ``SELECT_LIST`` order; UnreadableRow names a bad value."""
    try:
        return Post(*[read(row[i]) for i, read in _BY_FIELD])
    except ValueError as exc:
        raise UnreadableRow(row[0], str(exc)) from None


def find_unreadable(conn: sqlite3.Connection, chunk: int = 500) -> list[UnreadableRow]:
    """Every row of the post table this version cannot read, by id, with why.

    Read the way a row is read, without building every post: SQLite's ``typeof``
    finds wrong types in the columns stored as they are, and each converted column's
    distinct values go through its own reader, so the two can never disagree. A few
    table scans: about as long as SQLite's quick_check. Raises sqlite3.Error.
    """
    plain_text = conn.text_factory
    conn.text_factory = _tolerant_text  # a value that is not UTF-8 is one more to name
    try:
        return _find_unreadable(conn, chunk)
    finally:
        conn.text_factory = plain_text


def _find_unreadable(conn: sqlite3.Connection, chunk: int) -> list[UnreadableRow]:
    found: dict[Any, tuple[Any, ...]] = {}
    plain = [column for column in COLUMNS if column.from_stored is None]
    _collect(conn, found, " OR ".join(f"typeof({c.name}) NOT IN ({_typeofs(c)})" for c in plain))
    # Text that is not UTF-8 has the right type, and SQLite has no test for it: read the
    # bytes, and decode those that are not plain ASCII (the quickest way measured).
    casts = ", ".join(f"CAST({c.name} AS BLOB)" for c in plain if c.stored is str)
    for post_id, *values in conn.execute(f"SELECT id, {casts} FROM post"):
        for value in values:
            if value is not None and not value.isascii() and _not_utf8(value):
                _collect(conn, found, "id = ?", (post_id,))
                break
    for column in COLUMNS:
        if column.from_stored is None:
            continue
        read = _READERS[column.name]
        bad = []
        for (value,) in conn.execute(f"SELECT DISTINCT {column.name} FROM post"):
            try:
                read(value)
            except ValueError:
                bad.append(value)
        if None in bad:
            _collect(conn, found, f"{column.name} IS NULL")
        values = [value for value in bad if value is not None]
        for start in range(0, len(values), chunk):
            part = values[start : start + chunk]
            # Bytes that are not UTF-8 were stored as text: bound as a BLOB, they would
            # never equal it.
            marks = ", ".join(
                "CAST(? AS TEXT)" if isinstance(v, Undecodable) else "?" for v in part
            )
            _collect(conn, found, f"{column.name} IN ({marks})", part)
    problems = []
    for post_id in sorted(found, key=_id_order):
        try:
            post_from_row(found[post_id])
        except UnreadableRow as problem:
            problems.append(problem)
    return problems


def _collect(
    conn: sqlite3.Connection,
    found: dict[Any, tuple[Any, ...]],
    where: str,
    params: Sequence[Any] = (),
) -> None:
    for row in conn.execute(f"SELECT {SELECT_LIST} FROM post WHERE {where}", tuple(params)):
        found[row[0]] = row


def _id_order(post_id: object) -> tuple[int, int, str]:
    # Ids are whole numbers in any table this app made; another tool's may not be.
    return (0, post_id, "") if isinstance(post_id, int) else (1, 0, str(post_id))


def _typeofs(column: PostColumn) -> str:
    kinds = ["'integer'" if column.stored is int else "'text'"]
    return ", ".join([*kinds, "'null'"] if column.nullable else kinds)


def orm_values(row: object) -> tuple[Any, ...]:
    """The values of an ORM row (``schema.PostRow``) in ``SELECT_LIST`` order."""
    return tuple(getattr(row, name) for name in NAMES)


class PostCache:
    """Posts already built, by their whole row.

    The week view reads the same week again after every edit, and building a frozen
    dataclass costs far more than looking one up. A Post is immutable and the key is
    every column, so a hit is always the right post.
    """

    def __init__(self, limit: int = 4096) -> None:
        self._limit = limit
        self._posts: dict[tuple[Any, ...], Post] = {}

    def posts(self, rows: Sequence[tuple[Any, ...]]) -> ReadPosts:
        """The posts of ``rows``; a row that cannot be read is left out, and named."""
        cached = self._posts
        found: list[Post] = []
        unreadable: list[UnreadableRow] = []
        for row in rows:
            post = cached.get(row)
            if post is None:
                try:
                    post = post_from_row(row)
                except UnreadableRow as problem:
                    unreadable.append(problem)
                    continue
                if len(cached) >= self._limit:
                    cached.clear()  # simpler than LRU, and a full week still fits
                cached[row] = post
            found.append(post)
        return ReadPosts(found, unreadable)

    def clear(self) -> None:
        self._posts.clear()
