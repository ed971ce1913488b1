"""The calendar sync's own tables (schema v8): what was last exchanged with the calendar.

``sync_item`` holds one row per post on the calendar: where its event is (href), the
server's ETag for it and a hash of the version last synced, so the next sync can tell
which side changed it. ``sync_foreign`` remembers the events the planner did not make
(left alone, and not read again until they change). ``sync_state`` names the calendar
those rows belong to, its sync-token and when the last sync finished. ``sync_log`` has
one entry per change a sync made, for the user to read. ``post_changed`` is kept by
triggers: when each post last changed, whoever changed it.

What a sync writes goes in the same transaction as its post changes
(``Store.apply_changes(changes, sync=records)``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from sqlmodel import Session

    Select = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]

# The log keeps this many entries; older ones go as new ones come.
LOG_KEPT = 10_000
_STATE_ROW = 1


@dataclass(frozen=True, slots=True)
class ItemStatus:
    """A post's event as last synced: where it is, its ETag, and the version's hash."""

    uid: str
    href: str
    etag: str
    hash: str
    sequence: int = 0
    label: str = ""  # how the log names the post, should it be deleted here


@dataclass(frozen=True, slots=True)
class SyncState:
    """Which calendar the status rows belong to, its sync-token, the last sync's time."""

    calendar: str = ""
    token: str | None = None
    last_sync: dt.datetime | None = None  # UTC


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One change a sync made: ``action`` is a short word, ``summary`` one line a person
    reads, ``detail`` JSON with the versions involved."""

    at: dt.datetime  # UTC
    action: str
    uid: str
    summary: str
    detail: str = ""
    id: int | None = None


@dataclass(frozen=True)
class SyncRecords:
    """What one sync writes beside its post changes."""

    state: SyncState
    reset: bool = False  # forget every status row first: they were for another calendar
    put: Sequence[ItemStatus] = ()
    forget: Sequence[str] = ()  # uids
    foreign_put: Mapping[str, str] = field(default_factory=dict)  # href -> etag
    foreign_forget: Sequence[str] = ()  # hrefs
    log: Sequence[LogEntry] = ()


def utc_text(moment: dt.datetime) -> str:
    """``2026-12-01T09:15:00.123Z``, the form the triggers write."""
    moment = moment.astimezone(dt.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def from_utc_text(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(dt.UTC)


class SyncTables:
    """Reading the sync's tables through the store's connection (``Store.sync_tables``)."""

    def __init__(self, select: Select) -> None:
        self._select = select

    def state(self) -> SyncState:
        rows = self._select(
            "SELECT calendar, token, last_sync FROM sync_state WHERE id = ?", (_STATE_ROW,)
        )
        if not rows:
            return SyncState()
        calendar, token, last = rows[0]
        return SyncState(str(calendar), token, from_utc_text(last) if last else None)

    def status(self) -> dict[str, ItemStatus]:
        """Every post's status row, by uid."""
        rows = self._select("SELECT uid, href, etag, hash, sequence, label FROM sync_item", ())
        return {row[0]: ItemStatus(*row) for row in rows}

    def foreign(self) -> dict[str, str]:
        """The events left alone, href -> ETag."""
        return dict(self._select("SELECT href, etag FROM sync_foreign", ()))

    def changed_at(self) -> dict[str, dt.datetime]:
        """When each post last changed, by uid (posts from before v8 have none until
        their next change)."""
        rows = self._select("SELECT uid, at FROM post_changed", ())
        return {uid: from_utc_text(at) for uid, at in rows}

    def log(self, limit: int = 1_000) -> list[LogEntry]:
        """The newest ``limit`` entries of the sync log, newest first."""
        rows = self._select(
            "SELECT id, at, action, uid, summary, detail FROM sync_log ORDER BY id DESC LIMIT ?",
            (limit,),
        )
        return [
            LogEntry(from_utc_text(at), action, uid, summary, detail, entry_id)
            for entry_id, at, action, uid, summary, detail in rows
        ]


def write_records(session: Session, records: SyncRecords) -> None:
    """Write ``records`` in ``session``'s transaction (the one that saves the posts)."""
    conn = session.connection()

    def run(sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> None:
        conn.exec_driver_sql(sql, params if isinstance(params, Mapping) else tuple(params))

    def run_many(sql: str, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            conn.exec_driver_sql(sql, rows)

    if records.reset:
        run("DELETE FROM sync_item")
        run("DELETE FROM sync_foreign")
    state = records.state
    run(
        "INSERT OR REPLACE INTO sync_state (id, calendar, token, last_sync) VALUES (?, ?, ?, ?)",
        (
            _STATE_ROW,
            state.calendar,
            state.token,
            utc_text(state.last_sync) if state.last_sync else None,
        ),
    )
    run_many("DELETE FROM sync_item WHERE uid = ?", [(uid,) for uid in records.forget])
    run_many(
        "INSERT OR REPLACE INTO sync_item (uid, href, etag, hash, sequence, label) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(s.uid, s.href, s.etag, s.hash, s.sequence, s.label) for s in records.put],
    )
    run_many("DELETE FROM sync_foreign WHERE href = ?", [(h,) for h in records.foreign_forget])
    run_many(
        "INSERT OR REPLACE INTO sync_foreign (href, etag) VALUES (?, ?)",
        list(records.foreign_put.items()),
    )
    run_many(
        "INSERT INTO sync_log (at, action, uid, summary, detail) VALUES (?, ?, ?, ?, ?)",
        [(utc_text(e.at), e.action, e.uid, e.summary, e.detail) for e in records.log],
    )
    if records.log:
        run(
            "DELETE FROM sync_log WHERE id <= (SELECT max(id) FROM sync_log) - ?",
            (LOG_KEPT,),
        )
