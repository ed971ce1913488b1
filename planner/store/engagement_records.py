"""Engagement records in the store (schema v7): rows and back, the outcomes Insights
counts, and saving a set of record changes inside a transaction.

A record's row is keyed by (platform, network id or permalink), so importing a file
again updates its rows. Reads are plain SQL on the store's sqlite3 connection, like the
week's; saving runs in the transaction ``Store.apply_engagement`` opens, next to the
post changes of the same import, and refuses a record changed elsewhere meanwhile
(``EngagementChanged``), as ``change_sets`` refuses a post.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from planner.core.domain import Kind, Platform, Post
from planner.core.engagement import EngagementRecord, Outcome
from planner.core.engagement_import import RecordChange, RecordKey, StoredRecord
from planner.store.errors import PostChanged, StoreError
from planner.store.post_columns import SELECT_LIST, WRITTEN
from planner.store.rows import UnreadableRow, post_from_row, post_values

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import sqlite3
    from pathlib import Path
    from typing import Any

    from sqlmodel import Session

    Select = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]
    Change = tuple[Post | None, Post | None]

COLUMNS = "platform, network_id, date, time, text, link, reach, engagements, post_id"
RECORD_SELECT = f"SELECT {COLUMNS} FROM engagement"
_INSERT = f"INSERT INTO engagement ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
_UPDATE = (
    "UPDATE engagement SET date = ?, time = ?, text = ?, link = ?, reach = ?, "
    "engagements = ?, post_id = ? WHERE platform = ? AND network_id = ?"
)
_DELETE = "DELETE FROM engagement WHERE platform = ? AND network_id = ?"
# Each record with its post's kind (none when unmatched or the post is gone), then each
# published post's hand-typed figures that no record is about.
OUTCOME_SELECT = """
    SELECT e.platform, e.date, e.time, e.reach, e.engagements, p.kind
    FROM engagement AS e LEFT JOIN post AS p ON p.id = e.post_id
    UNION ALL
    SELECT platform, date, time, reach, engagements, kind FROM post
    WHERE status = 'published' AND date IS NOT NULL AND time IS NOT NULL
      AND (reach IS NOT NULL OR engagements IS NOT NULL)
      AND id NOT IN (SELECT post_id FROM engagement WHERE post_id IS NOT NULL)
"""
_WRITTEN = tuple(column.name for column in WRITTEN)
_PLATFORMS = {platform.value: platform for platform in Platform}
_KINDS = {kind.value: kind for kind in Kind}
_CHUNK = 400  # keys per IN (...) list


class EngagementChanged(StoreError):
    """A record that another program imported, changed or removed since it was read."""

    def __init__(self, path: Path, key: RecordKey) -> None:
        self.key = key
        platform, network_id = key
        super().__init__(
            path,
            f"The {platform.label} engagement record {network_id} was changed elsewhere (the "
            "command line, or another copy of the planner) after it was read, so nothing was "
            "saved. Import the file again to see it as it is now.",
        )


def record_from_row(row: Sequence[Any]) -> StoredRecord:
    """A StoredRecord from a row in ``COLUMNS`` order; UnreadableRow names a bad one."""
    platform, network_id, date, time, text, link, reach, engagements, post_id = row
    try:
        day = dt.date.fromisoformat(date)
        clock = None if time is None else dt.time.fromisoformat(time)
        record = EngagementRecord(
            platform=_PLATFORMS[platform],
            published=dt.datetime.combine(day, clock or dt.time()),
            text=_text(text),
            reach=_count(reach),
            engagements=_count(engagements),
            network_id=_text(network_id),
            link=_text(link),
            time_known=clock is not None,
        )
        if post_id is not None and type(post_id) is not int:
            raise ValueError(f"{post_id!r} is not a post id")
    except (KeyError, ValueError, TypeError) as exc:
        why = f"engagement record {network_id!r} holds a value this version cannot read: {exc}"
        raise UnreadableRow(post_id, why) from exc
    return StoredRecord(record, post_id)


def record_values(item: StoredRecord) -> tuple[Any, ...]:
    """The columns of ``item``, in ``COLUMNS`` order."""
    record = item.record
    when = record.published
    time = when.time().isoformat() if record.time_known else None
    return (
        record.platform.value, record.network_id, when.date().isoformat(), time,
        record.text, record.link, record.reach, record.engagements, item.post_id,
    )  # fmt: skip


def read_records(select: Select, where: str = "", params: Sequence[Any] = ()) -> list[StoredRecord]:
    """The stored records ``where`` says (SQL after WHERE), by date, time and key."""
    sql = f"{RECORD_SELECT}{f' WHERE {where}' if where else ''}"
    rows = select(f"{sql} ORDER BY date, time, platform, network_id", params)
    return [record_from_row(row) for row in rows]


def read_outcomes(select: Select) -> list[Outcome]:
    """Every outcome Insights counts (``OUTCOME_SELECT``), in no particular order."""
    found: list[Outcome] = []
    # A year holds a few hundred days and hours: each is parsed once (the window opens
    # over thousands of records, and parsing was most of reading them).
    days: dict[str, dt.date] = {}
    clocks: dict[str | None, dt.time | None] = {None: None}
    for platform, date, time, reach, engagements, kind in select(OUTCOME_SELECT, ()):
        try:
            day = days.get(date) or days.setdefault(date, dt.date.fromisoformat(date))
            clock = clocks[time] if time in clocks else clocks.setdefault(time, _clock(time))
            if not (_is_count(reach) and _is_count(engagements)):
                raise ValueError(f"{reach!r} or {engagements!r} is not a count")
            outcome = Outcome(
                _PLATFORMS[platform],
                dt.datetime.combine(day, clock or dt.time()),
                reach,
                engagements,
                None if kind is None else _KINDS[kind],
                clock is not None,
            )
        except (KeyError, ValueError, TypeError) as exc:
            why = f"an engagement figure holds a value this version cannot read: {exc}"
            raise UnreadableRow("with engagement figures", why) from exc
        found.append(outcome)
    return found


def _clock(text: str | None) -> dt.time | None:
    return None if text is None else dt.time.fromisoformat(text)


def _is_count(value: object) -> bool:
    return value is None or (type(value) is int and value >= 0)


class OutcomeCache:
    """The outcomes as last read, kept until the store changes.

    The editor, every drag and the warnings panel ask for them; reading 5,000 records
    each time would be wasted while nothing changed. A change by this connection moves
    ``total_changes``; one by another program moves ``PRAGMA data_version``.
    """

    def __init__(self) -> None:
        self._mark: tuple[int, int] | None = None
        self._outcomes: list[Outcome] = []

    def get(self, connection: sqlite3.Connection, select: Select) -> list[Outcome]:
        mark = (int(select("PRAGMA data_version", ())[0][0]), connection.total_changes)
        if mark != self._mark:
            self._outcomes = read_outcomes(select)
            self._mark = mark
        return list(self._outcomes)


def near_records(records: Sequence[EngagementRecord]) -> tuple[str, list[Any]]:
    """SQL after WHERE, and its parameters, for the dated posts the records might be
    about: on their platforms, from the day before the first record to the day after
    the last (a record's hour may fall either side of midnight)."""
    if not records:
        return "0", []
    days = [record.published.date() for record in records]
    one = dt.timedelta(days=1)
    first, last = max(min(days) - one, dt.date.min), min(max(days) + one, dt.date.max)
    platforms = sorted({record.platform.value for record in records})
    marks = ",".join("?" * len(platforms))
    where = f"date BETWEEN ? AND ? AND time IS NOT NULL AND platform IN ({marks})"
    return where, [first.isoformat(), last.isoformat(), *platforms]


def platforms_of(records: Sequence[EngagementRecord]) -> tuple[str, list[Any]]:
    """SQL after WHERE, and its parameters, for the stored records of the same platforms:
    only those can be about the same posts."""
    platforms = sorted({record.platform.value for record in records})
    return f"platform IN ({','.join('?' * len(platforms))})", platforms


def save_record_changes(session: Session, path: Path, changes: Sequence[RecordChange]) -> None:
    """Save ``changes`` in ``session``'s open transaction, each checked against its
    ``before``: EngagementChanged when a record is not what was read, and then the whole
    transaction (posts too) is rolled back by the caller's session."""
    if not changes:
        return
    raw: sqlite3.Connection = session.connection().connection.driver_connection  # type: ignore[assignment]
    keys = [_key_of(change) for change in changes]
    current = _current(raw, keys)
    inserts, updates, deletes = [], [], []
    for (before, after), key in zip(changes, keys, strict=True):
        if current.get(key) != before:
            raise EngagementChanged(path, key)
        if after is not None and after.key != key:
            raise ValueError("A record change must keep the record's platform and network id.")
        if after is None:
            deletes.append((key[0].value, key[1]))
        elif before is None:
            inserts.append(record_values(after))
        else:
            values = record_values(after)
            updates.append((*values[2:], values[0], values[1]))
    raw.executemany(_DELETE, deletes)
    raw.executemany(_UPDATE, updates)
    raw.executemany(_INSERT, inserts)


def save_post_edits(
    session: Session,
    path: Path,
    changes: Sequence[Change],
    build: Callable[[list[tuple[Any, ...]]], list[Post]] = lambda rows: list(
        map(post_from_row, rows)
    ),
) -> list[Change]:
    """Save post edits (each a before and an after) in ``session``'s transaction, in bulk.

    What ``change_sets.apply_change_set`` does for edits, without the ORM's per-row
    round trips: an import marks thousands of posts published at once. KeyError for a
    post that is gone, PostChanged for one that differs from its ``before``. ``build``
    makes posts of rows (the store's cache knows those the preview just read).
    """
    raw: sqlite3.Connection = session.connection().connection.driver_connection  # type: ignore[assignment]
    ids = [before.id for before, _after in changes if before is not None]
    current: dict[int, Post] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = raw.execute(f"SELECT {SELECT_LIST} FROM post WHERE id IN ({marks})", chunk)
        current.update((post.id, post) for post in build(rows.fetchall()) if post.id is not None)
    # Only the columns that change are written (mostly the status): the search index's
    # and the consent links' triggers then run only for posts whose words or links move.
    updates: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    for before, after in changes:
        if before is None or after is None or before.id is None:
            raise ValueError("Only edits of saved posts are saved in bulk.")
        if before.id not in current:
            raise KeyError(before.id)  # deleted elsewhere
        if current[before.id] != before:
            raise PostChanged(path, before.id)
        old = post_values(before)
        new = post_values(after if after.uid == before.uid else after.with_changes(uid=before.uid))
        columns = tuple(name for name in _WRITTEN if new[name] != old[name])
        if columns:
            updates.setdefault(columns, []).append((*(new[name] for name in columns), before.id))
    for columns, values in updates.items():
        assignments = ", ".join(f"{name} = ?" for name in columns)
        raw.executemany(f"UPDATE post SET {assignments} WHERE id = ?", values)
    return list(changes)


def _key_of(change: RecordChange) -> RecordKey:
    before, after = change
    item = before if before is not None else after
    if item is None:
        raise ValueError("A record change needs a before or an after.")
    return item.key


def _current(raw: sqlite3.Connection, keys: Sequence[RecordKey]) -> dict[RecordKey, StoredRecord]:
    """The stored records with these keys, as they are inside the transaction."""
    by_platform: dict[Platform, list[str]] = {}
    for platform, network_id in dict.fromkeys(keys):
        by_platform.setdefault(platform, []).append(network_id)
    found: dict[RecordKey, StoredRecord] = {}
    for platform, ids in by_platform.items():
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            sql = f"{RECORD_SELECT} WHERE platform = ? AND network_id IN ({marks})"
            for row in raw.execute(sql, (platform.value, *chunk)):
                item = record_from_row(row)
                found[item.key] = item
    return found


def _count(value: Any) -> int | None:
    if value is None or (type(value) is int and value >= 0):
        return value
    raise ValueError(f"{value!r} is not a count")


def _text(value: Any) -> str:
    if type(value) is not str:
        raise ValueError(f"{value!r} is not text")
    return value
