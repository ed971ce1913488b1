"""Snapshots of a store in ``backups/`` beside it: taking, listing and pruning them.

A snapshot is written with SQLite's online backup API (so edits still in the WAL are
in it, and it is consistent while the window is open) and counts only once it passes
``quick_check`` (``planner.store.snapshots.snapshot``). How they are named is in
``planner.store.snapshot_names``.

Keeping: the 14 newest daily snapshots, plus the newest daily snapshot of each of the
last 12 months. Snapshots taken before an import, a restore or a schema step are kept
apart from the daily ones: the newest ``EVENT_KEEP`` of each reason stay, since an
import-heavy week must not push a month's daily copy out. Manual ones (``planner
backup``) are never pruned: someone asked for them.

Checking and putting one back is in ``planner.store.restoring``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from planner.store.errors import StoreMissing, StoreReadOnly, first_finding, translate
from planner.store.files import real_store_path, refuse_special_store
from planner.store.inspection import connect_reader
from planner.store.leftovers import remove_leftovers
from planner.store.snapshot_names import (
    DAILY,
    MANUAL,
    PRE_IMPORT,
    PRE_MIGRATION,
    PRE_RESTORE,
    REASONS,
    parse_name,
    snapshot_files,
    snapshot_path,
)
from planner.store.snapshots import snapshot

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from planner.store.repository import Store

# The reasons and names are ``snapshot_names``'; they are here too, where callers look.
__all__ = [
    "DAILY",
    "EVENT_KEEP",
    "KEEP_DAILY",
    "KEEP_MONTHS",
    "MANUAL",
    "PRE_IMPORT",
    "PRE_MIGRATION",
    "PRE_RESTORE",
    "REASONS",
    "SnapshotInfo",
    "daily_snapshot_if_due",
    "drop_snapshot",
    "kept_for_import",
    "list_snapshots",
    "parse_name",
    "prune_snapshots",
    "snapshot_before_import",
    "snapshot_path",
    "store_reader",
    "take_snapshot",
]

KEEP_DAILY = 14
KEEP_MONTHS = 12
EVENT_KEEP = 10


@dataclass(frozen=True, slots=True)
class SnapshotInfo:
    """One snapshot as the restore list shows it."""

    path: Path
    taken: dt.datetime
    reason: str
    posts: int = 0
    first: dt.date | None = None  # the first and last day that has a post
    last: dt.date | None = None
    problem: str | None = None  # why it cannot be read; it is then not offered

    def describe(self) -> str:
        """``Tue 1 Dec 2026 09:15 · daily · 42 posts · 30 Nov – 13 Dec 2026``."""
        from planner.core.domain import short_day
        from planner.core.weeks import date_range_label

        when = f"{short_day(self.taken.date())} {self.taken.year} {self.taken:%H:%M}"
        if self.problem:
            return f"{when} · {self.reason} · unreadable: {self.problem}"
        noun = "post" if self.posts == 1 else "posts"
        span = date_range_label(self.first, self.last) if self.first and self.last else "no dates"
        return f"{when} · {self.reason} · {self.posts} {noun} · {span}"


def take_snapshot(
    source: Store | Path,
    reason: str,
    *,
    now: dt.datetime | None = None,
    today: dt.date | None = None,
) -> Path:
    """Write a checked snapshot of an open store or a store file; prune; return its path.

    Raises StoreError (naming the file) when the store cannot be read or the copy is
    not sound; nothing is left behind then.
    """
    now = now or dt.datetime.now()
    if isinstance(source, Path):
        store_path = real_store_path(source)
        dest = snapshot_path(store_path, reason, now)
        with store_reader(store_path) as conn:
            snapshot(conn, dest)
    else:
        store_path = source.path
        dest = source.backup_to(snapshot_path(store_path, reason, now))
    prune_snapshots(store_path, today or now.date())
    return dest


@contextlib.contextmanager
def store_reader(store_path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to a store file that shares the live writer's locks.

    A file or folder that cannot be written is read as it stands, making no -wal or
    -shm beside it (``planner.store.inspection``).
    """
    refuse_special_store(store_path)  # before any open: a FIFO would wait for ever
    if not store_path.is_file():
        raise StoreMissing(store_path)
    try:
        conn = connect_reader(store_path, timeout=5.0)
    except sqlite3.Error as exc:
        raise translate(exc, store_path) from exc
    try:
        yield conn
    except sqlite3.Error as exc:
        raise translate(exc, store_path) from exc
    finally:
        conn.close()


def snapshot_before_import(store: Store) -> Path | None:
    """A ``pre-import`` snapshot, so one restore undoes an unwanted import.

    An empty store has nothing an import could spoil (it only adds posts): no snapshot.
    A store that cannot be written raises StoreReadOnly first: the import would be
    refused, so a snapshot would only leave a copy behind for nothing.
    """
    if store.read_only_reason is not None:
        raise StoreReadOnly(store.path, store.read_only_reason)
    if store.count() == 0:
        return None
    return take_snapshot(store, PRE_IMPORT)


@contextlib.contextmanager
def kept_for_import(store: Store) -> Iterator[Path | None]:
    """``snapshot_before_import``, dropped again when the import in the block fails.

    A failed import (the store busy, the disk full) changed nothing, so its copy would
    only stand for the same plan under a misleading name and push a useful one out.
    """
    kept = snapshot_before_import(store)
    try:
        yield kept
    except Exception:
        drop_snapshot(kept)
        raise


def drop_snapshot(path: Path | None) -> None:
    """Remove a snapshot that turned out not to be needed (None: there was none)."""
    if path is not None:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def daily_snapshot_if_due(
    store_path: Path, today: dt.date, *, now: dt.datetime | None = None
) -> Path | None:
    """The day's first snapshot, if none was taken today; None when not due.

    A store that does not exist, or holds no posts yet, has nothing to keep.
    """
    store_path = real_store_path(store_path)
    if not store_path.is_file():
        return None
    if any(r == DAILY and t.date() == today for _f, r, t in snapshot_files(store_path)):
        return None
    with store_reader(store_path) as conn:
        if conn.execute("SELECT count(*) FROM post").fetchone()[0] == 0:
            return None
    when = now or dt.datetime.combine(today, dt.datetime.now().time())
    return take_snapshot(store_path, DAILY, now=when, today=today)


def list_snapshots(store_path: Path) -> list[SnapshotInfo]:
    """This store's snapshots, newest first, with their posts and the dates they cover."""
    return [_describe(file, reason, taken) for file, reason, taken in snapshot_files(store_path)]


def _describe(file: Path, reason: str, taken: dt.datetime) -> SnapshotInfo:
    try:
        # immutable: a snapshot is one self-contained file that nobody writes to.
        conn = sqlite3.connect(f"{file.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            posts, first, last = conn.execute(
                "SELECT count(*), min(date), max(date) FROM post"
            ).fetchone()
        finally:
            conn.close()
        return SnapshotInfo(
            file,
            taken,
            reason,
            int(posts),
            dt.date.fromisoformat(first) if first else None,
            dt.date.fromisoformat(last) if last else None,
        )
    except (sqlite3.Error, ValueError, TypeError) as exc:
        return SnapshotInfo(file, taken, reason, problem=first_finding(str(exc)) or "unreadable")


def prune_snapshots(store_path: Path, today: dt.date) -> list[Path]:
    """Delete the snapshots the keeping rules (module docstring) let go; return them."""
    files = snapshot_files(store_path)
    keep: set[Path] = set()
    daily = [(f, t) for f, r, t in files if r == DAILY]
    keep.update(f for f, _t in daily[:KEEP_DAILY])
    first_month = _month_index(today) - (KEEP_MONTHS - 1)
    months_kept: set[int] = set()
    for file, taken in daily:  # newest first, so the first seen is the month's newest
        month = _month_index(taken.date())
        if month >= first_month and month not in months_kept:
            months_kept.add(month)
            keep.add(file)
    for reason in (PRE_IMPORT, PRE_RESTORE, PRE_MIGRATION):
        keep.update([f for f, r, _t in files if r == reason][:EVENT_KEEP])
    keep.update(f for f, r, _t in files if r == MANUAL)
    removed = remove_leftovers(store_path)  # copies a killed process never finished
    for file, _reason, _taken in files:
        if file not in keep:
            with contextlib.suppress(FileNotFoundError):
                file.unlink()
                removed.append(file)
    return removed


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1
