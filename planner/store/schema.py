"""The tables, as SQLModel classes.

Dates and times are TEXT, ``YYYY-MM-DD`` and ``HH:MM``: they are the practice's local
wall-clock, so nothing may shift them by a time zone, and text sorts in time order.
The DDL that builds these tables lives, frozen, in ``migrations.py``; a test checks that
the two agree.
"""

from __future__ import annotations

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from planner.store.identifiers import APPLICATION_ID, SETTINGS_ROW_ID

__all__ = ["APPLICATION_ID", "SETTINGS_ROW_ID", "PostRow", "SettingsRow"]


class PostRow(SQLModel, table=True):
    __tablename__ = "post"
    # AUTOINCREMENT: ids are never reused, so undoing a delete can put a post back
    # under its own id even after later adds.
    __table_args__ = (
        Index("ix_post_date_time", "date", "time"),
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, primary_key=True)
    platform: str
    kind: str
    status: str
    date: str | None = Field(default=None)  # YYYY-MM-DD; NULL for an idea
    time: str | None = Field(default=None)  # HH:MM
    text: str
    link: str = ""
    notes: str = ""


class SettingsRow(SQLModel, table=True):
    __tablename__ = "settings"

    id: int = Field(default=SETTINGS_ROW_ID, primary_key=True)
    data: str  # Settings.to_dict() as JSON
