"""An OSError as one plain sentence that names the file, never ``[Errno 20] …``.

Used wherever a file operation can fail in front of a person: the command line's last
word on an error, the window's file actions, the writers in ``planner.io.atomic``.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

REASONS = {
    errno.ENOENT: "there is no such file or folder",
    errno.ENOTDIR: "part of the folder path is a file, not a folder",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is read-only",
    errno.EISDIR: "a folder already has that name",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EEXIST: "a file or folder already has that name",
    errno.ELOOP: "its links go round in a loop",
    errno.EMFILE: "too many files are open",
}


class WordedOSError(OSError):
    """An OSError whose ``str()`` is already one sentence a person can act on."""


def os_error_reason(exc: OSError) -> str:
    """Why, in plain words: ``the disk is full``."""
    reason = REASONS.get(exc.errno or 0)
    if reason is not None:
        return reason
    text = exc.strerror or str(exc) or type(exc).__name__
    return " ".join(text.split()).rstrip(".").lower()


def describe_os_error(exc: OSError, path: str | os.PathLike[str] | None = None) -> str:
    """``Cannot use /x/backups/p.db.part: part of the folder path is a file, not a folder.``

    The file is the one the error names, else ``path``. A WordedOSError is kept as it is.
    """
    if isinstance(exc, WordedOSError):
        return str(exc)
    named = exc.filename if exc.filename is not None else path
    if isinstance(named, bytes):
        named = os.fsdecode(named)
    reason = os_error_reason(exc)
    if named is None:
        return f"A file could not be used: {reason}."
    return f"Cannot use {Path(named)}: {reason}."
