"""Partial files a killed copy left behind, found by the names the app gives them.

Every copy the app makes (a snapshot, a file kept aside, a restore's staging file) is
written as ``<final name>.<pid>.part`` (``files.partial_name``) and renamed once whole;
SQLite may keep a ``-journal`` beside it meanwhile. A SIGKILL leaves both, and nothing
else ever would remove them: ``remove_leftovers`` does, at the next start.

Only this store's own names are touched: snapshot and kept-copy names in the backups
folder beside its real file, and the restore's staging name beside the file itself.
A part whose writer is still running is left to it; a part named without a process id
is from an older version, whose copies never outlive the command that makes them.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

from planner.store.files import real_store_path
from planner.store.snapshot_names import backups_dir, is_backup_name

PART = ".part"
JOURNAL = "-journal"  # SQLite's rollback journal of the part being written


def staging_stem(store_path: Path) -> str:
    """``.planner.db.restoring``: the name a restore stages the plan under, before its
    process id and ``.part``."""
    return f".{store_path.name}.restoring"


def remove_leftovers(store_path: Path) -> list[Path]:
    """Remove the partial files that killed processes left for this store; return them.

    Never raises for a file it cannot remove or a folder it cannot read: leftovers
    are untidy, not dangerous, and the start they are removed at must go on.
    """
    store_path = real_store_path(store_path)
    backups = backups_dir(store_path)
    stem = staging_stem(store_path)
    candidates: list[Path] = []
    with contextlib.suppress(OSError):
        candidates += [
            file
            for file in backups.iterdir()
            if _abandoned(file.name, lambda final: is_backup_name(store_path, final))
        ]
    with contextlib.suppress(OSError):
        candidates += [
            file
            for file in store_path.parent.iterdir()
            if file.name.startswith(stem) and _abandoned(file.name, lambda final: final == stem)
        ]
    return _remove(candidates)


def remove_abandoned_parts(dest: Path) -> list[Path]:
    """Remove the partial files a killed copy to ``dest`` left beside it; return them.

    For a copy to a file of the user's choosing (``planner backup --to``): only names
    made from ``dest``'s own, never anything else in that folder.
    """
    with contextlib.suppress(OSError):
        return _remove(
            [
                file
                for file in dest.parent.iterdir()
                if file.name.startswith(dest.name)
                and _abandoned(file.name, lambda final: final == dest.name)
            ]
        )
    return []


def _remove(candidates: list[Path]) -> list[Path]:
    removed = []
    for file in candidates:
        try:
            if not stat.S_ISREG(os.lstat(file).st_mode):
                continue  # a FIFO, a folder or a link by that name is not ours to remove
            file.unlink()
        except OSError:
            continue
        removed.append(file)
    return removed


def _abandoned(name: str, ours: Callable[[str], bool]) -> bool:
    """Whether ``name`` is a partial file whose final name is ``ours`` and whose writer
    is gone."""
    if name.endswith(JOURNAL):
        name = name[: -len(JOURNAL)]
    if not name.endswith(PART):
        return False
    stem = name[: -len(PART)]
    head, _, tail = stem.rpartition(".")
    if head and tail.isdigit() and tail.isascii():
        stem, writer = head, int(tail)
        if _running(writer):
            return False
    return ours(stem)


def _running(pid: int) -> bool:
    """Whether the process ``pid`` may still be writing its part."""
    if pid <= 0:
        return False  # no writer has that id; kill(0) would ask our own group
    if pid == os.getpid() or os.name != "posix":
        return True  # ourselves; elsewhere kill(pid, 0) would end the process
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, but someone else's
    except (OverflowError, OSError):
        return False  # past any process id the system gives
    return True
