"""Write a file whole or not at all.

The data goes to a temporary file in the target's folder, is flushed to the disk, then
renamed over the target in one step. A failure at any point removes the temporary file
and leaves any old file as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from planner.io.os_errors import REASONS, WordedOSError, os_error_reason

# Writing into a folder: a missing name is the folder (the file is being made).
_REASONS = {**REASONS, errno.ENOENT: "the folder does not exist"}


class ExportError(WordedOSError):
    """A file could not be written. The message names the file and the reason."""

    def __init__(self, path: Path, reason: str, errno_: int | None = None) -> None:
        super().__init__(errno_, f"Cannot save {path}: {reason}.")
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return str(self.strerror)

    @classmethod
    def from_os_error(cls, path: Path, exc: OSError) -> ExportError:
        if isinstance(exc, ExportError):
            return exc
        reason = _REASONS.get(exc.errno or 0) or os_error_reason(exc)
        return cls(path, reason, exc.errno)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step, or raise ExportError and change nothing.

    A new file is readable by its owner only (the plan may name patients); a file that
    is replaced keeps its permissions. A symbolic link is followed, not replaced. A device
    or pipe (``/dev/stdout``) cannot be replaced, so it is written to directly.
    """
    shown = Path(path)
    target = shown.resolve() if shown.is_symlink() else shown
    folder = target.parent
    if not folder.is_dir():
        reason = "the folder does not exist" if not folder.exists() else "the folder is a file"
        raise ExportError(shown, f"{reason} ({folder})", errno.ENOENT)
    if target.is_dir():
        raise ExportError(shown, _REASONS[errno.EISDIR], errno.EISDIR)
    if target.exists() and not stat.S_ISREG(target.stat().st_mode):
        _write_in_place(shown, target, data)
        return
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        try:
            _write_all(fd, data)
            os.fsync(fd)
            with contextlib.suppress(FileNotFoundError):
                os.chmod(tmp_name, os.stat(target).st_mode & 0o7777)
        finally:
            os.close(fd)
        os.replace(tmp_name, target)
        tmp_name = None
        _sync_folder(folder)
    except OSError as exc:
        raise ExportError.from_os_error(shown, exc) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def atomic_write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Like atomic_write_bytes; the text is written exactly, with no newline translation."""
    atomic_write_bytes(path, text.encode(encoding))


def _write_all(fd: int, data: bytes) -> None:
    # os.write may write less than asked (and a full disk shows up here), so loop.
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


def _write_in_place(shown: Path, target: Path, data: bytes) -> None:
    try:
        fd = os.open(target, os.O_WRONLY)
        try:
            _write_all(fd, data)
        finally:
            os.close(fd)
    except OSError as exc:
        raise ExportError.from_os_error(shown, exc) from exc


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every system lets a folder be opened."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
