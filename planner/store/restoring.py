"""Putting a snapshot back: checked first, the current plan kept, all or nothing.

The store's path is resolved once: a store reached through a link is restored in its
real file, with its copies in the backups folder beside that file, and nothing is done
through a link. What is at that path must be a planner store this version may replace:
a store of a newer version, another program's database, or a file that never was a
store (not SQLite, and no backups of it) is refused, unless ``force`` is given.

The snapshot is first copied (backup API) to a private staging file beside the store,
and that copy is what gets checked and restored, so the file cannot change between
the check and the restore. A sound current store is then snapshotted (``pre-restore``)
and overwritten through the backup API in one write transaction: a window or command
with the store open sees the restored plan on its next read, and a failure part way
rolls back. Anything else (a damaged store, or a file replaced with ``force``) cannot
be snapshotted: a private copy of its data is kept aside, whole, as
``backups/<name>.damaged.<time>`` and the staging file is renamed over it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from planner.store.backups import SnapshotInfo, list_snapshots, take_snapshot
from planner.store.engine import DEFAULT_BUSY_TIMEOUT
from planner.store.errors import (
    StoreCorrupt,
    StoreError,
    StoreLocked,
    StoreNotADatabase,
    StoreReadOnly,
    first_finding,
    translate,
)
from planner.store.files import (
    SIDE_SUFFIXES,
    copy_private,
    create_private_file,
    file_kind,
    fsync_dir,
    make_private_dirs,
    partial_name,
    real_store_path,
    refuse_special_files,
    refuse_special_store,
    writable,
)
from planner.store.identifiers import APPLICATION_ID
from planner.store.inspection import SQLITE_HEADER, header_ids, read_header, untouched_uri
from planner.store.leftovers import remove_leftovers, staging_stem
from planner.store.migrations import LATEST_VERSION
from planner.store.snapshot_names import (
    DAMAGED,
    PRE_RESTORE,
    backups_dir,
    snapshot_files,
    unused_backup_path,
)


class NotRestorable(StoreError):
    """A file that is not a sound planner store; nothing was changed."""

    def __init__(self, path: Path, why: str) -> None:
        self.why = why
        super().__init__(path, f"{path} cannot be restored: {why}. Nothing was changed.")


class NotReplaced(StoreError):
    """What is at the store's path is not a store this version may replace."""

    def __init__(self, path: Path, why: str) -> None:
        self.why = why
        super().__init__(
            path,
            f"{path} was not replaced: {why}. Nothing was changed; to replace it anyway, "
            f"restore with --force (it is then kept, whole, in {backups_dir(path)}).",
        )


@dataclass(frozen=True, slots=True)
class Restored:
    store: Path
    source: Path
    kept: Path | None  # the pre-restore snapshot, or the file kept aside whole


def staging_path(store_path: Path) -> Path:
    """``.planner.db.restoring.<pid>.part`` beside the store: the restore being made."""
    return store_path.with_name(partial_name(staging_stem(store_path)))


def check_restorable(source: Path) -> None:
    """Raise NotRestorable unless ``source`` is a sound store this version can open."""
    source = Path(source).expanduser().absolute()
    _check_header(source)
    wal = Path(f"{source}-wal").exists()
    # A snapshot is one self-contained file: read it as it stands, making no side files.
    uri = f"{source.as_uri()}?mode=ro" + ("" if wal else "&immutable=1")
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=DEFAULT_BUSY_TIMEOUT)
        try:
            _check_contents(conn, source)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise _not_restorable(exc, source) from exc


def newest_good_snapshot(
    store_path: Path, snapshots: Sequence[SnapshotInfo] | None = None
) -> SnapshotInfo | None:
    """The newest snapshot of ``store_path`` that passes every check a restore makes.

    ``snapshots``: its ``list_snapshots``, when the caller has it already.
    """
    for info in list_snapshots(store_path) if snapshots is None else snapshots:
        if info.problem:
            continue
        try:
            check_restorable(info.path)
        except NotRestorable:
            continue
        return info
    return None


def restore_snapshot(
    store_path: Path,
    source: Path,
    *,
    now: dt.datetime | None = None,
    busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
    force: bool = False,
) -> Restored:
    """Replace the plan in ``store_path`` by the one in ``source``; see the module notes.

    Raises NotRestorable (nothing changed) for a bad ``source``; NotReplaced (nothing
    changed) when ``store_path`` holds what must not be replaced without ``force``;
    StoreNotAFile for a FIFO, a device or a folder; StoreLocked when another program
    keeps writing; and StoreError for a full disk or a read-only place.
    """
    store_path = real_store_path(store_path)
    source = Path(source).expanduser().absolute()
    refuse_special_store(store_path)  # before any open: a FIFO would wait for ever
    _check_header(source)
    exists = store_path.exists()
    if exists and source.samefile(store_path):
        raise NotRestorable(source, "it is the store itself")
    for place, why in (
        (store_path, "the file is read-only"),
        (store_path.parent, "its folder is read-only"),
    ):
        if place.exists() and not writable(place):
            raise StoreReadOnly(store_path, why)  # the write bits count, even for root
    sound = False
    if exists:
        sound, refusal = judge_current(store_path, busy_timeout)
        if refusal is not None and not force:
            raise NotReplaced(store_path, refusal)
    remove_leftovers(store_path)  # what a killed restore or snapshot left
    now = now or dt.datetime.now()
    staging = staging_path(store_path)
    try:
        make_private_dirs(store_path.parent)
        _stage(source, staging)
        if sound:
            kept: Path | None = take_snapshot(store_path, PRE_RESTORE, now=now)
            _copy_into(staging, store_path, busy_timeout)
        else:
            kept = _keep_aside(store_path, now) if exists and _holds_data(store_path) else None
            os.replace(staging, store_path)
            fsync_dir(store_path.parent)
    except OSError as exc:
        raise StoreError(
            store_path,
            f"{store_path} could not be restored ({exc.strerror or exc}); it is as it was.",
        ) from exc
    finally:
        for leftover in (staging, Path(f"{staging}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
    return Restored(store_path, source, kept)


def judge_current(store_path: Path, busy_timeout: float) -> tuple[bool, str | None]:
    """Whether the file at ``store_path`` is a sound store (snapshot it, then write the
    restored plan into it), and why it must not be replaced without ``force`` (None: it
    may be). Reads it without making side files where it can; changes nothing."""
    try:
        header = read_header(store_path)
    except OSError as exc:
        raise StoreError(store_path, f"{store_path} cannot be read ({exc.strerror}).") from exc
    if not header:
        return False, None  # an empty file: a store whose creation was cut short
    ids = header_ids(header)
    if ids is not None and (why := _not_ours(*ids, has_tables=False)) is not None:
        return False, why  # from the header alone, before any connection
    uri = untouched_uri(store_path, header) or f"{store_path.as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=busy_timeout)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
            why = _not_ours(version, app_id, has_tables=has_tables)
            if why is not None:
                return False, why
            if [row[0] for row in conn.execute("PRAGMA quick_check")] == ["ok"]:
                return True, None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        error = translate(exc, store_path)
        if not isinstance(error, StoreCorrupt | StoreNotADatabase):
            raise error from exc
    # Damaged: replaced when it was a store, by its own mark or by its backups.
    if (ids is not None and ids[1] == APPLICATION_ID) or snapshot_files(store_path):
        return False, None
    what = "not an SQLite file" if not header.startswith(SQLITE_HEADER) else "no mark of this app"
    return False, f"it is not a Social Media Planner store ({what}), and it has no backups"


def _not_ours(version: int, app_id: int, *, has_tables: bool) -> str | None:
    """Why a database with these marks is not a store to replace; None when it is."""
    if app_id != APPLICATION_ID and (version != 0 or has_tables):
        return "it is an SQLite database of another program"
    if version > LATEST_VERSION:
        return (
            f"it was saved by a newer version of Social Media Planner (store version "
            f"{version}; this version knows up to {LATEST_VERSION})"
        )
    if version < 0:
        return f"its store version {version} is not one this app writes"
    return None


def _check_header(source: Path) -> None:
    what = file_kind(source)  # before any open: a FIFO would wait for ever
    if what is not None:
        raise NotRestorable(source, f"it is {what}")
    try:
        with open(source, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        raise NotRestorable(source, "there is no such file") from None
    except OSError as exc:
        raise NotRestorable(source, f"it cannot be read ({exc.strerror})") from exc
    if not header:
        raise NotRestorable(source, "it is empty")
    if header != SQLITE_HEADER:
        raise NotRestorable(source, "it is not a Social Media Planner store (not an SQLite file)")


def _check_contents(conn: sqlite3.Connection, source: Path) -> None:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if app_id != APPLICATION_ID and tables:
        raise NotRestorable(source, "it is an SQLite database of another program")
    if version > LATEST_VERSION:
        raise NotRestorable(
            source,
            f"it was saved by a newer version of Social Media Planner (store version "
            f"{version}; this version knows up to {LATEST_VERSION}); update the app first",
        )
    if "post" not in tables:
        raise NotRestorable(source, "it holds no posts table, so it is not a planner store")
    problems = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        found = first_finding("\n".join(problems))
        raise NotRestorable(source, f"it is damaged (SQLite reports: {found})")


def _not_restorable(exc: sqlite3.Error, source: Path) -> StoreError:
    error = translate(exc, source)
    if isinstance(error, StoreNotADatabase):
        return NotRestorable(source, "it is not a Social Media Planner store (not a database)")
    if isinstance(error, StoreCorrupt):
        return NotRestorable(source, f"it is damaged (SQLite reports: {first_finding(str(exc))})")
    return error


def _stage(source: Path, staging: Path) -> None:
    """Copy ``source`` to ``staging`` (0600) with the backup API, and check the copy."""
    _check_header(source)
    with contextlib.suppress(FileNotFoundError):
        staging.unlink()  # a leftover from an interrupted restore
    create_private_file(staging)
    try:
        wal = Path(f"{source}-wal").exists()
        uri = f"{source.as_uri()}?mode=ro" + ("" if wal else "&immutable=1")
        src = sqlite3.connect(uri, uri=True, timeout=DEFAULT_BUSY_TIMEOUT)
        try:
            copy = sqlite3.connect(staging, isolation_level=None)
            try:
                src.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")
                _check_contents(copy, source)
            finally:
                copy.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        staging.unlink(missing_ok=True)
        raise _not_restorable(exc, source) from exc
    except BaseException:
        staging.unlink(missing_ok=True)
        raise


def _holds_data(store_path: Path) -> bool:
    """False for an empty file with nothing beside it: a creation cut short keeps nothing."""
    sides = (Path(f"{store_path}{suffix}") for suffix in SIDE_SUFFIXES)
    return store_path.stat().st_size > 0 or any(side.exists() for side in sides)


def _keep_aside(store_path: Path, now: dt.datetime) -> Path:
    """Keep a private copy of the file (and its side files) in ``backups/``, whole.

    A copy of the data, never a link: a hard link would share the file's permissions
    with whatever else names it. The side files go with it: left beside the restored
    file, a stale -wal or hot -journal would be replayed into it.
    """
    make_private_dirs(backups_dir(store_path))
    kept = unused_backup_path(store_path, DAMAGED, now)
    copy_private(store_path, kept)
    sides = [Path(f"{store_path}{suffix}") for suffix in SIDE_SUFFIXES]
    refuse_special_files(*sides)
    for side in sides:
        if side.exists():
            copy_private(side, Path(f"{kept}{side.name[len(store_path.name) :]}"))
    for side in sides:
        with contextlib.suppress(FileNotFoundError):
            side.unlink()
    return kept


def _copy_into(staging: Path, store_path: Path, busy_timeout: float) -> None:
    """Write the staged plan into the live store, in one transaction of the backup API."""
    try:
        src = sqlite3.connect(staging, isolation_level=None)
        try:
            dest = sqlite3.connect(store_path, timeout=busy_timeout, isolation_level=None)
            try:
                wanted = dest.execute("PRAGMA page_size").fetchone()[0]
                if src.execute("PRAGMA page_size").fetchone()[0] != wanted:
                    # A WAL database cannot change its page size; make the copy match.
                    src.execute(f"PRAGMA page_size = {int(wanted)}")
                    src.execute("VACUUM")
                src.backup(dest, pages=-1, progress=_give_up_after(busy_timeout, store_path))
            finally:
                dest.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise translate(exc, store_path) from exc


def _give_up_after(seconds: float, store_path: Path):  # type: ignore[no-untyped-def]
    """A backup progress callback that stops waiting for a busy store after ``seconds``.

    Python's backup loop retries a busy destination for ever; raising here aborts it,
    and SQLite rolls the unfinished copy back.
    """
    deadline = time.monotonic() + seconds
    busy = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in busy and time.monotonic() > deadline:
            raise StoreLocked(store_path)

    return progress
