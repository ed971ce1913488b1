"""The tables, as SQLModel classes; the post table is built from ``post_columns``.

The DDL that builds these tables lives, frozen, in ``migrations.py``; a test checks that
the two agree. Importing this module loads SQLAlchemy and sqlmodel: only edits do.
"""

from __future__ import annotations

import types

from sqlalchemy import Index, inspect
from sqlmodel import Field, SQLModel

from planner.store.identifiers import APPLICATION_ID, SETTINGS_ROW_ID
from planner.store.post_columns import COLUMNS

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["APPLICATION_ID", "POST_ID", "SETTINGS_ROW_ID", "PostRow", "SettingsRow"]


def _post_row_class() -> type[SQLModel]:
    """``class PostRow(SQLModel, table=True)`` with one field per column in ``COLUMNS``."""
    annotations: dict[str, Any] = {}
    namespace: dict[str, Any] = {
        "__module__": __name__,
        "__qualname__": "PostRow",
        "__doc__": "A row of the ``post`` table; see ``planner.store.post_columns``.",
        "__tablename__": "post",
        # AUTOINCREMENT: ids are never reused, so undoing a delete can put a post back
        # under its own id even after later adds.
        "__table_args__": (
            Index("ix_post_date_time", "date", "time"),
            {"sqlite_autoincrement": True},
        ),
        "__annotations__": annotations,
    }
    for column in COLUMNS:
        if column.primary_key:  # None until SQLite gives it
            annotations[column.name] = column.stored | None
            namespace[column.name] = Field(default=None, primary_key=True)
        elif column.nullable:
            annotations[column.name] = column.stored | None
            namespace[column.name] = Field(default=None)
        else:
            annotations[column.name] = column.stored
            if column.default is not None:
                namespace[column.name] = column.default
    return types.new_class("PostRow", (SQLModel,), {"table": True}, lambda ns: ns.update(namespace))


PostRow = _post_row_class()
POST_ID = inspect(PostRow).columns["id"]  # for WHERE and RETURNING clauses


class SettingsRow(SQLModel, table=True):
    __tablename__ = "settings"

    id: int = Field(default=SETTINGS_ROW_ID, primary_key=True)
    data: str  # Settings.to_dict() as JSON
