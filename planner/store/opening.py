"""Opening a store: look at the file before changing anything, then connect.

Order matters for "leave the file untouched": the header, the version and
``quick_check`` are all read through a read-only connection first. Only a sound store,
of a version this app knows, is then opened for writing and upgraded.

SQLAlchemy is loaded only to upgrade an old store or, later, for the first edit: reads
go straight to sqlite3, so a read command or the window's first week never waits for
it (``planner.store.engine``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from planner.store.engine import (
    DEFAULT_BUSY_TIMEOUT,
    WRITE_OPTION,
    connect,
    database_errors,
    engine_over,
)
from planner.store.errors import (
    StoreCorrupt,
    StoreError,
    StoreMissing,
    StoreNotADatabase,
    StoreReadOnly,
    StoreTooNew,
    translate,
)
from planner.store.files import (
    create_private_file,
    make_private_dirs,
    real_store_path,
    refuse_special_store,
    writable,
)
from planner.store.identifiers import APPLICATION_ID
from planner.store.inspection import (
    CANNOT_MAKE_SHM,
    SQLITE_HEADER,
    header_ids,
    read_header,
    read_only_uris,
    untouched_uri,
)
from planner.store.leftovers import remove_leftovers
from planner.store.migrations import LATEST_VERSION, migrate
from planner.store.repository import Store


def open_store(
    path: Path,
    *,
    create: bool = True,
    read_only: bool = False,
    busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
    check_pages: bool = True,
) -> Store:
    """Open the store at ``path``, creating it (0600, in 0700 folders) if asked.

    Raises a StoreError subclass, naming the file, when it cannot be used; the file is
    then left as it was. A store that cannot be written opens read-only, with the
    reason in ``Store.read_only_reason``.

    ``check_pages=False`` skips SQLite's quick_check of every page (30-70 ms on twenty
    years of posts) for a caller that reads first: a read cannot damage the file, and
    SQLite still reports a damaged page the read touches (StoreCorrupt). Such a store
    refuses every edit until ``Store.check_pages`` has passed. A store that must be
    upgraded is always checked whole before the upgrade writes to it.
    """
    path = real_store_path(path)
    refuse_special_store(path)  # before any open: a FIFO would wait for ever
    if not path.exists():
        if not create or read_only:
            raise StoreMissing(path)
        _create(path)

    why = read_only_reason(path, asked=read_only)
    # Asked to read only, a store we may write is opened read-write all the same, with
    # SQLite's query_only on: its close then removes the -wal and -shm that a mode=ro
    # connection would leave behind.
    can_write = why is None or read_only_reason(path, asked=False) is None
    version, uri = check_file(path, busy_timeout, read_only=not can_write, check_pages=check_pages)
    if can_write:
        uri = f"{path.as_uri()}?mode=rw"  # never create: the file was checked above
    if why is None:
        remove_leftovers(path)  # what a killed snapshot or restore left, at this start
    elif version < LATEST_VERSION:
        raise StoreReadOnly(path, f"it must be upgraded to this version's format, but {why}")

    try:
        raw = connect(uri, busy_timeout)
        try:
            _set_pragmas(raw, writable=why is None)
            engine = None  # made on the first edit (Store._writer)
            if why is None and version < LATEST_VERSION:
                engine = engine_over(raw)
                migrate(engine.execution_options(**{WRITE_OPTION: True}), path)
        except BaseException:
            raw.close()
            raise
    except database_errors() as exc:
        raise translate(exc, path, read_only_why=why or "") from exc
    # _check skips the pages only of a current store; an upgrade always checks them.
    checked = check_pages or version < LATEST_VERSION
    return Store(path, engine, raw, read_only_reason=why, pages_checked=checked)


def _create(path: Path) -> None:
    try:
        make_private_dirs(path.parent)
        create_private_file(path)
    except FileExistsError:
        pass  # another program made it a moment ago; open theirs
    except OSError as exc:
        raise StoreError(
            path,
            f"{path} cannot be created ({exc.strerror}). "
            "Check the folder, or choose another place for the store.",
        ) from exc


def read_only_reason(path: Path, *, asked: bool) -> str | None:
    """Why the store must be opened read-only, or None when it can be written."""
    if asked:
        return "it was opened read-only"
    if not writable(path):
        return "the file is read-only"
    if not writable(path.parent):
        return "its folder is read-only"  # the -wal and -shm files could not be made
    return None


def check_file(
    path: Path, busy_timeout: float, *, read_only: bool, check_pages: bool = True
) -> tuple[int, str]:
    """Check the file without changing it; return its version and a read-only URI.

    Raises StoreNotADatabase, StoreTooNew, StoreCorrupt or StoreLocked, leaving the
    file's bytes and its folder as they were: a foreign or newer file is refused from
    its header, before any connection; the rest is checked through a connection that
    makes no side files where it can (``planner.store.inspection``).
    ``check_pages=False``: see ``open_store``.
    """
    try:
        header = read_header(path)
    except OSError as exc:
        why = f"{path} cannot be read ({exc.strerror}). Check its permissions."
        raise StoreError(path, why) from exc
    if header and not header.startswith(SQLITE_HEADER):
        raise StoreNotADatabase(path)
    ids = header_ids(header)
    if ids is not None:
        _refuse(path, *ids, has_tables=False)

    uris = read_only_uris(path, read_only=read_only)
    untouched = untouched_uri(path, header)
    if untouched is not None:
        version = _inspect(untouched, path, busy_timeout, check_pages=check_pages)
        if not read_only:
            return version, uris[0]  # the caller opens it for writing instead
        check_pages = False  # checked; below only finds the URI the store is read through
    for attempt, uri in enumerate(uris):
        try:
            version = _inspect(uri, path, busy_timeout, check_pages=check_pages)
        except StoreError as exc:
            cause = exc.__cause__
            last = attempt == len(uris) - 1
            if not last and getattr(cause, "sqlite_errorname", "") in CANNOT_MAKE_SHM:
                continue  # a folder we cannot write: read the file as it stands
            raise
        return version, uri
    raise AssertionError("unreachable: the last URI either returns or raises")


def _inspect(uri: str, path: Path, busy_timeout: float, *, check_pages: bool) -> int:
    """The version of the store behind ``uri``, once it passes ``_check``."""
    try:
        conn = connect(uri, busy_timeout)
        try:
            return _check(conn, path, check_pages=check_pages)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc


def _check(conn: sqlite3.Connection, path: Path, *, check_pages: bool) -> int:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    _refuse(path, version, app_id, has_tables=has_tables)
    if not check_pages and version == LATEST_VERSION:
        return version
    problems = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        raise StoreCorrupt(path, "\n".join(problems))
    return version


def _refuse(path: Path, version: int, app_id: int, *, has_tables: bool) -> None:
    """Raise for another program's database, or a store of a newer version."""
    if app_id != APPLICATION_ID and (version > 0 or has_tables):
        raise StoreNotADatabase(path, "it is an SQLite database of another program")
    if version > LATEST_VERSION:
        raise StoreTooNew(path, version, LATEST_VERSION)
    if version < 0:  # no version of the app ever wrote one; migrating it would guess
        raise StoreNotADatabase(path, f"store version {version} is not one this app writes")


def _set_pragmas(conn: sqlite3.Connection, *, writable: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    if not writable:
        conn.execute("PRAGMA query_only = ON")  # SQLite itself refuses every write
    else:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"could not switch to WAL (still {mode})")
        # In WAL, NORMAL loses no committed edit when the app crashes; only a power
        # cut can drop the last moments, and never corrupts.
        conn.execute("PRAGMA synchronous = NORMAL")
