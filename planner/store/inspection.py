"""Reading a store file without changing it, or leaving anything beside it.

Pure sqlite3 and the standard library: a backup, a refused store and a read command
all come through here without loading SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from planner.store.files import writable

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100  # SQLite's file header; the fields below are big-endian
_WAL_VERSION = 2  # bytes 18 and 19: the file is in WAL mode
# SQLite's answers when a read-only connection cannot make its -shm file.
CANNOT_MAKE_SHM = ("SQLITE_READONLY_DIRECTORY", "SQLITE_CANTOPEN", "SQLITE_READONLY_CANTINIT")


def read_header(path: Path) -> bytes:
    """The first 100 bytes of ``path`` (fewer for a short file). Raises OSError."""
    with open(path, "rb") as handle:
        return handle.read(HEADER_SIZE)


def header_ids(header: bytes) -> tuple[int, int] | None:
    """``(user_version, application_id)`` from an SQLite header, or None if it is short.

    Read straight from the file, so a store can be refused before any connection
    makes -wal or -shm files beside it. A WAL may hold a newer page 1, but never one
    that turns a newer or foreign file back into a store this version can open.
    """
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_HEADER):
        return None
    # Signed 32-bit, as PRAGMA user_version and application_id read them: -5, not 4294967291.
    version = int.from_bytes(header[60:64], "big", signed=True)
    return version, int.from_bytes(header[68:72], "big", signed=True)


def untouched_uri(path: Path, header: bytes) -> str | None:
    """A URI that inspects ``path`` without making side files, when that is safe.

    A WAL-mode file with no -wal beside it is open nowhere (the first connection
    makes the -wal and the last one removes it), so ``immutable=1`` reads it exactly;
    ``mode=ro`` would leave a -wal and -shm behind. A rollback-mode file gets no side
    files from ``mode=ro``, which also honours a writer's locks: None then.
    """
    wal_mode = len(header) > 19 and header[18] == header[19] == _WAL_VERSION
    if not wal_mode or Path(f"{path}-wal").exists():
        return None
    return f"{path.as_uri()}?mode=ro&immutable=1"


def read_only_uris(path: Path, *, read_only: bool) -> list[str]:
    """The ways to read ``path`` without changing it, best first.

    ``mode=ro`` still shares locks with writers. It makes -wal and -shm files with the
    store's own permissions, though, and cannot remove them again: from a read-only
    file those would block later writes once the file is writable again, and in a
    read-only folder they are a change all the same (root can make them there).
    ``immutable=1`` reads the file as it stands, with no side files; it is safe only
    when nobody writes the store, so it is used for a read-only file with no -wal
    beside it, for a WAL store with no -wal in a read-only folder (no writer could
    have made one there), and as the fallback when the folder is read-only.
    """
    base = path.as_uri()
    ro, immutable = f"{base}?mode=ro", f"{base}?mode=ro&immutable=1"
    if not read_only:
        return [ro]
    if Path(f"{path}-wal").exists():
        return [ro, immutable]
    if not writable(path) or (not writable(path.parent) and _wal_mode(path)):
        return [immutable]
    return [ro, immutable]


def _wal_mode(path: Path) -> bool:
    try:
        header = read_header(path)
    except OSError:
        return False
    return len(header) > 19 and header[18] == header[19] == _WAL_VERSION


def query_only_connection(path: Path, timeout: float) -> sqlite3.Connection:
    """A connection to a store we may write, that SQLite itself keeps from writing.

    Opened read-write all the same: the last connection to close then folds the WAL
    back and removes -wal and -shm, as a ``mode=ro`` one cannot. ``query_only``
    refuses every statement that would change the file. Raises sqlite3.Error.
    """
    conn = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, timeout=timeout)
    try:
        conn.execute("PRAGMA query_only = ON")
        # Connecting is lazy: this first read is what opens the file.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def connect_reader(path: Path, timeout: float) -> sqlite3.Connection:
    """A read-only connection to ``path`` that leaves no side files behind.

    A file and folder we may write are read through ``query_only_connection``,
    sharing the live writer's locks. Otherwise the first of ``read_only_uris`` that
    opens is used; the connection has read the schema once, so a file that cannot be
    read fails here. Raises sqlite3.Error.
    """
    path = Path(path)
    if writable(path) and writable(path.parent):
        return query_only_connection(path, timeout)
    uris = read_only_uris(path, read_only=True)
    for attempt, uri in enumerate(uris):
        conn = sqlite3.connect(uri, uri=True, timeout=timeout)
        try:
            # Connecting is lazy: this first read is what opens the file and its -shm.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            conn.close()
            last = attempt == len(uris) - 1
            if not last and getattr(exc, "sqlite_errorname", "") in CANNOT_MAKE_SHM:
                continue  # a folder we cannot write: read the file as it stands
            raise
        return conn
    raise AssertionError("unreachable: the last URI either returns or raises")
