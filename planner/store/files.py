"""Owner-only folders and files: the store holds patients' first names and stories."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

from planner.store.errors import StoreNotAFile

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def make_private_dirs(folder: Path) -> None:
    """Create ``folder`` and any missing parents as 0700; existing folders keep their mode."""
    missing: list[Path] = []
    current = folder
    while not current.exists():
        missing.append(current)
        current = current.parent
    for created in reversed(missing):
        try:
            created.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            continue  # made meanwhile by someone else; leave its mode alone
        if os.name == "posix":
            _chmod_own_folder(created)  # mkdir's mode is cut by the umask


def _chmod_own_folder(folder: Path) -> None:
    """0700 on a folder just made, through a handle that never follows a link: had
    someone swapped it for a link meanwhile, the open fails instead of changing the
    permissions of whatever the link names."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    try:
        os.fchmod(fd, PRIVATE_DIR)
    finally:
        os.close(fd)


def create_private_file(path: Path) -> None:
    """Create an empty file readable and writable by its owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    try:
        if os.name == "posix":
            os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)


def partial_name(name: str) -> str:
    """``<name>.<pid>.part``: a file being written, named so that a later start can
    tell one left by a killed process (removed) from one still being written."""
    return f"{name}.{os.getpid()}.part"


def copy_private(source: Path, dest: Path) -> None:
    """Copy the data of the regular file ``source`` to a new owner-only ``dest``,
    durably and whole (written under ``partial_name``, then renamed).

    A copy, never a link, and no permission of ``source`` is read or changed.
    """
    part = dest.with_name(partial_name(dest.name))
    part.unlink(missing_ok=True)
    create_private_file(part)
    try:
        with open(source, "rb") as src, open(part, "r+b") as out:
            shutil.copyfileobj(src, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        os.replace(part, dest)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    fsync_dir(dest.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def writable(path: Path) -> bool:
    """Whether we may write ``path``.

    The write bits count as well as ``os.access``: root may write anything, but a
    file or folder someone made read-only (chmod 0444) says "do not change me".
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return os.access(path, os.W_OK) and bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def real_store_path(path: Path) -> Path:
    """The store's one real path: ``~`` expanded, absolute, every link resolved.

    Called once where a store path comes in, so that a link and its target share one
    lock, one backups folder and one set of side files, and nothing done to the store
    ever acts through a link. A path that does not exist yet resolves as far as it can.
    """
    # realpath, not Path.resolve(): it never raises, even on a loop of links.
    return Path(os.path.realpath(Path(path).expanduser().absolute()))


def file_kind(path: Path) -> str | None:
    """What ``path`` is when it is there but not a regular file ("a named pipe (FIFO)"),
    or None for a regular file or nothing at all. Only ``os.stat``: never an open,
    which on a FIFO waits for ever."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError:
        return None  # unreadable or a loop of links: opening it says why, at once
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


# The files SQLite keeps beside a store while it is open, or after a crash.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def refuse_special_files(*paths: Path) -> None:
    """Raise StoreNotAFile for the first of ``paths`` that is there but not a file."""
    for path in paths:
        what = file_kind(path)
        if what is not None:
            raise StoreNotAFile(path, what)


def refuse_special_store(path: Path) -> None:
    """Raise StoreNotAFile when the store or a side file SQLite would open beside it
    (-wal, -shm, -journal) is a FIFO, a device, a socket or a folder."""
    refuse_special_files(path, *(Path(f"{path}{suffix}") for suffix in SIDE_SUFFIXES))
