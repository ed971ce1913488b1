"""Reading series and their posts, and topping every series up a year ahead.

These work on a ``Store`` from inside the store package (they use its connection and
its write checks). The top-up writes with plain SQL in one ``BEGIN IMMEDIATE``
transaction, so the window can run it right after its first frame without waiting for
the ORM, and two programs topping up at once never make the same post twice.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from dataclasses import dataclass, field

from planner.core.domain import Post
from planner.store.errors import StoreCorrupt, translate
from planner.store.post_columns import SELECT_LIST, WRITTEN, date_text
from planner.store.rows import post_values
from planner.store.series_rows import SELECT_SERIES, UnreadableSeries, series_from_row

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from planner.core.series import Series
    from planner.store.repository import Store


@dataclass(frozen=True)
class SeriesList:
    """Every series that reads, by id, and the ids of rows that do not."""

    series: list[Series] = field(default_factory=list)
    unreadable: list[int] = field(default_factory=list)

    def by_id(self, series_id: int) -> Series | None:
        return next((s for s in self.series if s.id == series_id), None)


def all_series(store: Store) -> SeriesList:
    """Every series, by id; a row this version cannot read is named, not fatal."""
    found = SeriesList()
    for row in store._select(f"{SELECT_SERIES} ORDER BY id"):
        try:
            found.series.append(series_from_row(row))
        except UnreadableSeries:
            found.unreadable.append(int(row[0]))
    return found


def get_series(store: Store, series_id: int) -> Series:
    """The series with this id; KeyError when there is none, StoreCorrupt if unreadable."""
    rows = store._select(f"{SELECT_SERIES} WHERE id = ?", (series_id,))
    if not rows:
        raise KeyError(series_id)
    try:
        return series_from_row(rows[0])
    except UnreadableSeries as exc:
        raise StoreCorrupt(store.path, str(exc)) from exc


def series_posts(store: Store, series_id: int) -> list[Post]:
    """The posts of a series, by series day."""
    return store._posts(
        f"SELECT {SELECT_LIST} FROM post WHERE series = ? ORDER BY series_day, date, time, id",
        (series_id,),
    )


def post_counts(store: Store) -> dict[int, int]:
    """How many posts each series has, by series id."""
    rows = store._select("SELECT series, count(*) FROM post WHERE series IS NOT NULL GROUP BY 1")
    return {int(series): int(count) for series, count in rows}


# What ``Series.post_for`` varies from one post of a series to the next.
_VARYING = tuple(column for column in WRITTEN if column.name in ("date", "time", "series_day"))


def top_up(store: Store, today: dt.date) -> int:
    """Make the missing posts of every series up to a year ahead of ``today``; how many.

    A store that takes no edits (read-only, not yet checked) is left alone: nothing.
    """
    from planner.core.series import missing_posts

    if store.read_only or not store.pages_checked:
        return 0
    store._refuse_writes()
    conn = store._raw
    names = ", ".join(column.name for column in WRITTEN)
    insert = f"INSERT INTO post ({names}) VALUES ({', '.join('?' * len(WRITTEN))})"
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            series = all_series(store).series
            have = {
                s.id: {
                    dt.date.fromisoformat(day)
                    for (day,) in conn.execute(
                        "SELECT series_day FROM post WHERE series = ? AND series_day >= ?",
                        (s.id, date_text(today)),
                    )
                    if isinstance(day, str)
                }
                for s in series
                if s.id is not None
            }
            rows = []
            shared: dict[int | None, dict[str, object]] = {}
            for post in missing_posts(series, have, today):
                # A series' posts differ only in their day and time: convert the rest once.
                base = shared.get(post.series)
                if base is None:
                    base = shared[post.series] = post_values(post)
                values = dict(base)
                for column in _VARYING:
                    value, write = getattr(post, column.name), column.to_stored
                    values[column.name] = value if write is None else write(value)
                values["uid"] = str(uuid.uuid4())  # as with_uid gives every new post
                rows.append([values[column.name] for column in WRITTEN])
            conn.executemany(insert, rows)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite ends some failed transactions itself
                conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        raise translate(exc, store.path) from exc
    return len(rows)
