"""What every write of posts checks and shares: a post fit to be saved, rows by id,
and the chunks that keep an ``IN (...)`` list within SQLite's bound-variable limit."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

from planner.core.domain import Post
from planner.store.post_columns import FREE_TEXT
from planner.store.rows import orm_values, post_from_row

# typing.TYPE_CHECKING without importing typing's names at every command's start.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from sqlmodel import Session, SQLModel

# SQLite allows 32,766 bound variables; stay far below for IN (...) lists.
CHUNK = 500
Item = TypeVar("Item", int, str)


def refuse_problems(post: Post) -> None:
    problems = post.problems()
    if problems:
        raise ValueError(problems[0])
    for name in FREE_TEXT:
        try:
            getattr(post, name).encode("utf-8")
        except UnicodeEncodeError:
            # A lone surrogate (from a broken paste) has no UTF-8 form to store.
            raise ValueError("The text holds a broken character, which cannot be saved.") from None


def row_by_id(session: Session, post_id: int) -> SQLModel:
    from planner.store.schema import PostRow

    row = session.get(PostRow, post_id)
    if row is None:
        raise KeyError(post_id)
    return row


def from_orm(row: SQLModel) -> Post:
    return post_from_row(orm_values(row))


def chunks(items: Sequence[Item]) -> Iterator[Sequence[Item]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]
