"""Putting a snapshot back: checked first, the current plan kept, all or nothing.

The snapshot is first copied (backup API) to a private staging file beside the store,
and that copy is what gets checked and restored, so the file cannot change between
the check and the restore. A sound current store is then snapshotted (``pre-restore``)
and overwritten through the backup API in one write transaction: a window or command
with the store open sees the restored plan on its next read, and a failure part way
rolls back. A damaged store cannot be snapshotted; it is kept aside, whole, as
``backups/<name>.damaged.<time>`` and the staging file is renamed over it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
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
from planner.store.files import create_private_file, fsync_dir, make_private_dirs, writable
from planner.store.identifiers import APPLICATION_ID
from planner.store.inspection import SQLITE_HEADER
from planner.store.migrations import LATEST_VERSION
from planner.store.snapshot_names import DAMAGED, PRE_RESTORE, backups_dir, unused_backup_path


class NotRestorable(StoreError):
    """A file that is not a sound planner store; nothing was changed."""

    def __init__(self, path: Path, why: str) -> None:
        self.why = why
        super().__init__(path, f"{path} cannot be restored: {why}. Nothing was changed.")


@dataclass(frozen=True, slots=True)
class Restored:
    store: Path
    source: Path
    kept: Path | None  # the pre-restore snapshot, or the damaged store kept aside


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
) -> Restored:
    """Replace the plan in ``store_path`` by the one in ``source``; see the module notes.

    Raises NotRestorable (nothing changed) for a bad ``source``, StoreLocked when
    another program keeps writing, and StoreError for a full disk or a read-only place.
    """
    store_path = Path(store_path).expanduser().absolute()
    source = Path(source).expanduser().absolute()
    if store_path.exists() and source.exists() and source.samefile(store_path):
        raise NotRestorable(source, "it is the store itself")
    for place, why in (
        (store_path, "the file is read-only"),
        (store_path.parent, "its folder is read-only"),
    ):
        if place.exists() and not writable(place):
            raise StoreReadOnly(store_path, why)  # the write bits count, even for root
    now = now or dt.datetime.now()
    staging = store_path.with_name(f".{store_path.name}.restoring.part")
    try:
        make_private_dirs(store_path.parent)
        _stage(source, staging)
        if store_path.exists() and _is_sound(store_path):
            kept: Path | None = take_snapshot(store_path, PRE_RESTORE, now=now)
            _copy_into(staging, store_path, busy_timeout)
        else:
            kept = _keep_damaged(store_path, now) if store_path.exists() else None
            os.replace(staging, store_path)
            fsync_dir(store_path.parent)
    except OSError as exc:
        raise StoreError(
            store_path,
            f"{store_path} could not be restored ({exc.strerror or exc}); it is as it was.",
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            staging.unlink()
    return Restored(store_path, source, kept)


def _check_header(source: Path) -> None:
    if source.is_dir():
        raise NotRestorable(source, "it is a folder")
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


def _is_sound(store_path: Path) -> bool:
    """Whether the current store can be snapshotted; False for a damaged file."""
    try:
        with open(store_path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    if header and header != SQLITE_HEADER:
        return False
    try:
        conn = sqlite3.connect(
            f"{store_path.as_uri()}?mode=ro", uri=True, timeout=DEFAULT_BUSY_TIMEOUT
        )
        try:
            return [row[0] for row in conn.execute("PRAGMA quick_check")] == ["ok"]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        error = translate(exc, store_path)
        if isinstance(error, StoreCorrupt | StoreNotADatabase):
            return False
        raise error from exc


def _keep_damaged(store_path: Path, now: dt.datetime) -> Path:
    """Keep the damaged store (and its side files) in ``backups/``, whole, before it goes."""
    make_private_dirs(backups_dir(store_path))
    kept = unused_backup_path(store_path, DAMAGED, now)
    for suffix in ("-wal", "-shm"):
        side = Path(f"{store_path}{suffix}")
        if side.exists():
            # Left beside the restored file, a stale WAL would be replayed into it.
            _move(side, Path(f"{kept}{suffix}"))
    try:
        os.link(store_path, kept)  # the store keeps its name until the rename replaces it
    except OSError:
        shutil.copyfile(store_path, kept)
    os.chmod(kept, 0o600)
    return kept


def _move(source: Path, dest: Path) -> None:
    try:
        os.replace(source, dest)
    except OSError:
        shutil.move(source, dest)


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
