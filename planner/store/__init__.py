"""The store: the plan in one SQLite file, through sqlmodel.

The errors and ``open_store`` are importable without loading SQLAlchemy, so that quick
commands (``planner --version``) and error handling stay light. Opening and reading a
store does not load it either (reads are plain sqlite3); the first edit does, or
``Store.prepare_edits`` ahead of it.
"""

from __future__ import annotations

from pathlib import Path

from planner.store.errors import (
    StoreCorrupt,
    StoreError,
    StoreLocked,
    StoreMissing,
    StoreNotADatabase,
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
    """Open the store at ``path``; see ``planner.store.engine.open_store``."""
    from planner.store.engine import open_store as _open_store

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
