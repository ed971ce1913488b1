"""Posts to table rows and back: enums by value, dates and times as text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from planner.core.domain import Kind, Platform, Post, Status

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# The column order every post SELECT uses, so rows map onto Post by position.
POST_COLUMNS = "id, platform, kind, status, date, time, text, link, notes"

# Plain dict lookups: the week query builds hundreds of posts, and Enum(value) is slow.
_PLATFORMS = {p.value: p for p in Platform}
_KINDS = {k.value: k for k in Kind}
_STATUSES = {s.value: s for s in Status}


class UnreadableRow(ValueError):
    """A stored row holds a value this version cannot read."""


def date_text(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def time_text(moment: dt.time | None) -> str | None:
    return None if moment is None else f"{moment.hour:02d}:{moment.minute:02d}"


def post_values(post: Post) -> dict[str, Any]:
    """The columns of ``post``, without its id."""
    return {
        "platform": post.platform.value,
        "kind": post.kind.value,
        "status": post.status.value,
        "date": date_text(post.date),
        "time": time_text(post.time),
        "text": post.text,
        "link": post.link,
        "notes": post.notes,
    }


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


def post_from_row(row: Sequence[Any]) -> Post:
    """A Post from a row in ``POST_COLUMNS`` order."""
    post_id, platform, kind, status, date, time, text, link, notes = row
    try:
        return Post(
            platform=_PLATFORMS[platform],
            kind=_KINDS[kind],
            text=text,
            status=_STATUSES[status],
            date=None if date is None else dt.date.fromisoformat(date),
            time=None if time is None else dt.time.fromisoformat(time),
            link=link,
            notes=notes,
            id=post_id,
        )
    except (KeyError, ValueError, TypeError) as exc:
        why = f"post {post_id} holds a value this version cannot read: {exc}"
        raise UnreadableRow(why) from exc
