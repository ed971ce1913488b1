"""Snapshots of a store in ``backups/`` beside it: taking, listing and pruning them.

A snapshot is written with SQLite's online backup API (so edits still in the WAL are
in it, and it is consistent while the window is open) and counts only once it passes
``quick_check`` (``planner.store.snapshots.snapshot``). Names sort by time within a
reason and say which store they belong to::

    backups/planner.db.daily.20261201T091500
    backups/planner.db.pre-import.20261201T101502-2     (a second one that second)
    backups/planner.db.pre-v2.20261201T091500           (before schema step 2)

Keeping: the 14 newest daily snapshots, plus the newest daily snapshot of each of the
last 12 months. Snapshots taken before an import, a restore or a schema step are kept
apart from the daily ones: the newest ``EVENT_KEEP`` of each reason stay, since an
import-heavy week must not push a month's daily copy out. Manual ones (``planner
backup``) are never pruned: someone asked for them.

Restoring one is in ``planner.store.restoring``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from planner.store.errors import StoreMissing, StoreReadOnly, backups_dir, first_finding

if TYPE_CHECKING:
    from planner.store.repository import Store
    from planner.store.restoring import Restored

DAILY = "daily"
MANUAL = "manual"
PRE_IMPORT = "pre-import"
PRE_RESTORE = "pre-restore"
PRE_MIGRATION = "pre-migration"  # named pre-v<N> on disk, by planner.store.migrations
REASONS = (DAILY, MANUAL, PRE_IMPORT, PRE_RESTORE, PRE_MIGRATION)

KEEP_DAILY = 14
KEEP_MONTHS = 12
EVENT_KEEP = 10
STAMP = "%Y%m%dT%H%M%S"
_STAMP_LENGTH = len("20261201T091500")


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


def snapshot_path(store_path: Path, reason: str, now: dt.datetime | None = None) -> Path:
    """A new, unused name in ``backups/`` for a snapshot taken now for ``reason``."""
    if reason not in REASONS or reason == PRE_MIGRATION:
        raise ValueError(f"{reason!r} is not a snapshot reason")
    return unused_backup_path(Path(store_path), reason, now)


def unused_backup_path(store_path: Path, tag: str, now: dt.datetime | None = None) -> Path:
    """``backups/<store>.<tag>.<stamp>``, with ``-2``, ``-3``… when that second is taken.

    Snapshots and pre-migration backups share this one naming, which ``parse_name`` reads.
    """
    stamp = (now or dt.datetime.now()).strftime(STAMP)
    folder = backups_dir(store_path)
    candidate = folder / f"{store_path.name}.{tag}.{stamp}"
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = folder / f"{store_path.name}.{tag}.{stamp}-{counter}"
    return candidate


def parse_name(store_path: Path, file: Path) -> tuple[str, dt.datetime] | None:
    """The reason and time of a snapshot of ``store_path`` from its name, or None."""
    prefix = f"{Path(store_path).name}."
    if not file.name.startswith(prefix):
        return None
    parts = file.name[len(prefix) :].split(".")
    if len(parts) != 2:
        return None  # another store's, a leftover .part, or a file kept aside
    tag, stamp = parts
    reason = PRE_MIGRATION if tag.startswith("pre-v") and tag[5:].isdigit() else tag
    if reason not in REASONS:
        return None
    try:
        taken = dt.datetime.strptime(stamp[:_STAMP_LENGTH], STAMP)
    except ValueError:
        return None
    rest = stamp[_STAMP_LENGTH:]
    if rest and not (rest.startswith("-") and rest[1:].isdigit()):
        return None
    return reason, taken


def _snapshot_files(store_path: Path) -> list[tuple[Path, str, dt.datetime]]:
    """This store's snapshot files, newest first (the name breaks ties within a second)."""
    folder = backups_dir(Path(store_path))
    try:
        entries = list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    found = []
    for file in entries:
        parsed = parse_name(store_path, file)
        if parsed is not None and file.is_file():
            found.append((file, *parsed))
    found.sort(key=lambda item: (item[2], _counter(item[0])), reverse=True)
    return found


def _counter(file: Path) -> int:
    stamp = file.name.rsplit(".", 1)[-1]
    return int(stamp.rsplit("-", 1)[1]) if "-" in stamp else 1


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
    from planner.store.snapshots import snapshot

    now = now or dt.datetime.now()
    if isinstance(source, Path):
        store_path = source.expanduser().absolute()
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
    from planner.store.errors import translate
    from planner.store.inspection import connect_reader

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


def daily_snapshot_if_due(
    store_path: Path, today: dt.date, *, now: dt.datetime | None = None
) -> Path | None:
    """The day's first snapshot, if none was taken today; None when not due.

    A store that does not exist, or holds no posts yet, has nothing to keep.
    """
    store_path = Path(store_path).expanduser().absolute()
    if not store_path.is_file():
        return None
    if any(r == DAILY and t.date() == today for _f, r, t in _snapshot_files(store_path)):
        return None
    with store_reader(store_path) as conn:
        if conn.execute("SELECT count(*) FROM post").fetchone()[0] == 0:
            return None
    when = now or dt.datetime.combine(today, dt.datetime.now().time())
    return take_snapshot(store_path, DAILY, now=when, today=today)


def list_snapshots(store_path: Path) -> list[SnapshotInfo]:
    """This store's snapshots, newest first, with their posts and the dates they cover."""
    return [_describe(file, reason, taken) for file, reason, taken in _snapshot_files(store_path)]


def newest_good_snapshot(
    store_path: Path, snapshots: Sequence[SnapshotInfo] | None = None
) -> SnapshotInfo | None:
    """The newest snapshot of ``store_path`` that passes every check a restore makes.

    ``snapshots``: its ``list_snapshots``, when the caller has it already.
    """
    from planner.store.restoring import NotRestorable, check_restorable

    for info in list_snapshots(store_path) if snapshots is None else snapshots:
        if info.problem:
            continue
        try:
            check_restorable(info.path)
        except NotRestorable:
            continue
        return info
    return None


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
    files = _snapshot_files(store_path)
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
    removed = []
    for file, _reason, _taken in files:
        if file not in keep:
            with contextlib.suppress(FileNotFoundError):
                file.unlink()
                removed.append(file)
    return removed


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def restore(store_path: Path, snapshot: Path) -> Restored:
    """Restore ``snapshot`` over the store; see ``planner.store.restoring``."""
    from planner.store.restoring import restore_snapshot

    return restore_snapshot(store_path, snapshot)
