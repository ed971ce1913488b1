"""Posts to table rows and back, by the one description in ``post_columns``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields

from planner.core.domain import Post
from planner.store.post_columns import COLUMNS, NAMES, WRITTEN

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from planner.store.post_columns import Convert


def _by_field() -> tuple[tuple[int, Convert | None], ...]:
    """For each field of Post, in its own order: where its column is in a row, and how
    to read it (None: as stored). Building a Post positionally is the quickest way
    found, and the week view builds hundreds."""
    columns = {column.name: (index, column.from_stored) for index, column in enumerate(COLUMNS)}
    missing = [f.name for f in fields(Post) if f.name not in columns]
    if missing:
        raise TypeError(f"Post fields with no column in post_columns: {missing}")
    return tuple(columns[f.name] for f in fields(Post))


_BY_FIELD = _by_field()
_WRITERS = tuple((column.name, column.to_stored) for column in WRITTEN)


class UnreadableRow(ValueError):
    """A stored row holds a value this version cannot read."""


def post_values(post: Post) -> dict[str, Any]:
    """The columns of ``post``, without its id."""
    return {
        name: getattr(post, name) if write is None else write(getattr(post, name))
        for name, write in _WRITERS
    }


def post_from_row(row: Sequence[Any]) -> Post:
    """A Post from a row in ``SELECT_LIST`` order."""
    try:
        return Post(*[row[i] if read is None else read(row[i]) for i, read in _BY_FIELD])
    except (KeyError, ValueError, TypeError) as exc:
        why = f"post {row[0]} holds a value this version cannot read: {exc}"
        raise UnreadableRow(why) from exc


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

    def posts(self, rows: Sequence[tuple[Any, ...]]) -> list[Post]:
        cached = self._posts
        found: list[Post] = []
        for row in rows:
            post = cached.get(row)
            if post is None:
                if len(cached) >= self._limit:
                    cached.clear()  # simpler than LRU, and a full week still fits
                post = cached[row] = post_from_row(row)
            found.append(post)
        return found

    def clear(self) -> None:
        self._posts.clear()
