"""One window per store: a QLockFile beside the store, held while the window is open.

Two windows on one store would each keep their own undo history over the same posts,
and an undo in one could delete what the other just added. The lock is long-lived, so
its stale time is 0 (Qt's advice): a lock is stale only when the process that wrote it
is gone, which QLockFile checks by its process id and name.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QLockFile

from planner.store.files import PRIVATE_FILE, make_private_dirs, writable
from planner.store.lock_owner import lock_path


class WindowLock:
    """The store's lock file; ``acquire`` says why it cannot be had, or None."""

    def __init__(self, store_path: Path) -> None:
        self.store_path = Path(store_path)
        self.path = lock_path(self.store_path)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)
        self.held = False

    def acquire(self) -> str | None:
        """Take the lock; the one-line refusal when another window holds it, else None.

        A folder where no lock file can be made (read-only) is no reason to refuse:
        the store then opens read-only, and a read-only window changes nothing.
        """
        with contextlib.suppress(OSError):
            make_private_dirs(self.store_path.parent)
        if self.store_path.parent.exists() and not writable(self.store_path.parent):
            return None  # a folder someone made read-only gets no lock file, even from root
        if self._try():
            return None
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            # tryLock already clears a lock left by a crash; Qt's recipe is to try its
            # own removal once more, in case the holder died while we looked.
            if self._lock.removeStaleLockFile() and self._try():
                return None
            return self._refusal()
        if error == QLockFile.LockError.PermissionError:
            return None
        return (
            f"{self.store_path} cannot be locked for this window ({self.path} could not be "
            "written). Check that its folder exists and has space, then start again."
        )

    def _try(self) -> bool:
        old = os.umask(0o077)  # the lock file is made 0600, like everything beside the store
        try:
            held = bool(self._lock.tryLock(0))
        finally:
            os.umask(old)
        if held:
            self.held = True
            if os.name == "posix":
                with contextlib.suppress(OSError):
                    os.chmod(self.path, PRIVATE_FILE)
        return held

    def _refusal(self) -> str:
        info = self._lock.getLockInfo()
        holder = ""
        if isinstance(info, tuple) and len(info) >= 2 and info[0]:
            holder = f" (process {info[0]} on {info[1]})" if info[1] else f" (process {info[0]})"
        return (
            f"{self.store_path} is already open in another Social Media Planner window"
            f"{holder}. Switch to that window: only one window at a time may change the plan."
        )

    def release(self) -> None:
        if self.held:
            self._lock.unlock()
            self.held = False
