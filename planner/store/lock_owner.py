"""The window's lock file beside the store, read without Qt.

The window holds ``planner.db.lock`` (a QLockFile) while it is open, so that a second
window is refused. The command line reads the same file to refuse a restore under an
open window, whose undo history would then point at posts that are no longer there.
QLockFile writes the process id, the application name and the host name, one a line.
"""

from __future__ import annotations

import os
from pathlib import Path

from planner.store.files import real_store_path, refuse_special_files


def lock_path(store_path: Path) -> Path:
    """``planner.db.lock`` beside the real ``planner.db``: a store reached through a
    link has the one lock of the file it leads to."""
    real = real_store_path(store_path)
    return real.with_name(f"{real.name}.lock")


def lock_owner(store_path: Path) -> int | None:
    """The process id of a live program holding the store's lock, or None.

    Raises StoreNotAFile when the lock's name is taken by a FIFO or a folder: reading
    a FIFO would wait for ever.
    """
    lock = lock_path(store_path)
    refuse_special_files(lock)
    try:
        lines = lock.read_text(encoding="utf-8", errors="replace").splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return None  # no lock, or one being written this instant
    import socket  # here, not at the top: the window only needs lock_path, at its start

    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return pid  # another computer's window: we cannot tell, so assume it is open
    if os.name != "posix":
        return pid  # os.kill(pid, 0) would send Ctrl+C on Windows; assume it is open
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None  # it crashed; the lock is stale
    except PermissionError:
        return pid  # alive, but someone else's
    return pid
