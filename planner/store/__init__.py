"""The store: the plan in one SQLite file, through sqlmodel.

The errors and ``open_store`` are importable without loading SQLAlchemy, so that quick
commands (``planner --version``) and error handling stay light. Opening and reading a
store does not load it either (reads are plain sqlite3); the first edit does, or
``Store.prepare_edits`` ahead of it.

Its modules import one another in one direction only; each may use those above it::

    errors          why a store cannot be used, one line each (no disk work)
    files           owner-only folders and files
    identifiers     the numbers that mark a file as a store
    snapshot_names  what snapshots in backups/ are called, and finding them
    leftovers       removing the partial files a killed copy left behind
    inspection      reading a store file without changing it
    post_columns    the one description of a post row
    rows            posts to rows and back, by that description
    engagement_records  engagement records (v7): rows, outcomes, saving their changes
    schema          the sqlmodel tables, the post table made from that description
    engine          the sqlite3 connection and the SQLAlchemy engine over it
    snapshots       one checked copy of a store (SQLite's backup API)
    migration_v5    step 5 (consents, links, uses, replies), frozen
    migrations      the schema's numbered steps
    connection      the file's connection: plain reads, write transactions, closing
    write_checks    a post fit to be saved, rows by id, IN-list chunks
    change_sets     a set of post changes saved in one transaction, checked
    consent_records consent records and the posts linked to them (Store.consents)
    replies_log     the review replies kept, edited reply templates (Store.replies)
    sync_tables     the calendar sync's status rows and log (stands alone)
    series_rows     series rows (v10) saved with their posts; the days a series leaves out
    repository      Store: every read and edit of the plan
    series_store    the series and their posts as read, and the year-ahead top-up
    guard_records   the guard's acknowledgements, word-list edits and names
    plan_records    week templates, the practice's own awareness days and hidden ones
    search          finding posts by words, through the FTS5 index (v10)
    opening         open_store: check the file, upgrade it, hand out a Store
    backups         taking, listing and pruning snapshots
    restoring       checking a snapshot and putting it back
    messages        what to tell a person, with the way back from damage
    lock_owner      the window's lock file (stands alone)

Modules import only ``planner.core``, ``planner.paths`` and each other: never the
window, Qt, or ``planner.io``. A new stored field of a post is one line in
``post_columns`` plus a step in ``migrations``.
"""

from __future__ import annotations

from pathlib import Path

from planner.store.errors import (
    StoreCorrupt,
    StoreError,
    StoreLocked,
    StoreMissing,
    StoreNotADatabase,
    StoreNotAFile,
    StoreReadOnly,
    StoreTooNew,
)

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from planner.store.repository import Store

__all__ = [
    "Store",
    "StoreCorrupt",
    "StoreError",
    "StoreLocked",
    "StoreMissing",
    "StoreNotADatabase",
    "StoreNotAFile",
    "StoreReadOnly",
    "StoreTooNew",
    "open_store",
]


def open_store(
    path: Path,
    *,
    create: bool = True,
    read_only: bool = False,
    busy_timeout: float = 5.0,
    check_pages: bool = True,
) -> Store:
    """Open the store at ``path``; see ``planner.store.opening.open_store``."""
    from planner.store.opening import open_store as _open_store

    return _open_store(
        path,
        create=create,
        read_only=read_only,
        busy_timeout=busy_timeout,
        check_pages=check_pages,
    )


def __getattr__(name: str) -> Any:
    if name == "Store":
        from planner.store.repository import Store

        return Store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
