"""Checked copies of a store, taken with SQLite's online backup API.

The copy is consistent even while the store is in use, is checked with
``quick_check`` before it counts, and appears under its final name only when whole.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from planner.store.errors import StoreCorrupt, StoreError, first_finding
from planner.store.files import create_private_file, fsync_dir, make_private_dirs, partial_name
from planner.store.leftovers import remove_abandoned_parts


def snapshot(source: sqlite3.Connection, dest: Path) -> Path:
    """Copy the database behind ``source`` to ``dest`` (0600), check it, return ``dest``.

    Raises StoreCorrupt, naming the store, if the copy fails its check; nothing is left
    behind then. An existing ``dest`` is replaced only by a good copy.
    """
    dest = Path(dest)
    make_private_dirs(dest.parent)
    part = dest.with_name(partial_name(dest.name))
    remove_abandoned_parts(dest)  # what a killed copy to the same file left
    part.unlink(missing_ok=True)
    create_private_file(part)
    try:
        target = sqlite3.connect(part, isolation_level=None)
        try:
            source.backup(target)
            # A snapshot is one self-contained file: no -wal or -shm beside it.
            target.execute("PRAGMA journal_mode=DELETE")
            problems = [row[0] for row in target.execute("PRAGMA quick_check")]
        finally:
            target.close()
        if problems != ["ok"]:
            found = first_finding("\n".join(str(p) for p in problems))
            raise StoreCorrupt(source_path(source) or dest, f"its copy failed the check: {found}")
        with open(part, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(part, dest)
        fsync_dir(dest.parent)
    except sqlite3.Error as exc:
        _remove(part)
        raise StoreError(
            dest, f"{dest} could not be written: {exc}. Check the disk space."
        ) from exc
    except BaseException:
        _remove(part)
        raise
    return dest


def _remove(part: Path) -> None:
    """The unfinished copy, and the journal SQLite may have left beside it."""
    for leftover in (part, Path(f"{part}-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()


def source_path(conn: sqlite3.Connection) -> Path | None:
    """The file behind ``conn``'s main database, if it has one."""
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main" and file:
            return Path(file)
    return None
