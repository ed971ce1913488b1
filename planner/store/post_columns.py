"""The one description of a post row: its columns, and how each holds a ``Post`` field.

The sqlmodel table (``schema``), the plain-sqlite3 reads and the inserts and updates
(``rows``, ``repository``) are all derived from ``COLUMNS``. To store a new field of
``Post``: add one line here, and a migration step in ``migrations`` that adds the
column to existing stores (the SQL of released steps stays frozen). A test checks that
a migrated store and this description agree.

Dates and times are TEXT, ``YYYY-MM-DD`` and ``HH:MM``: they are the practice's local
wall-clock, so nothing may shift them by a time zone, and text sorts in time order.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from planner.core.domain import Kind, Platform, Status
from planner.core.uses import ids_from_text, ids_text, uses_from_text, uses_text

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TypeAlias

    Convert: TypeAlias = Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class PostColumn:
    """One column of the ``post`` table, holding the ``Post`` field of the same name."""

    name: str
    stored: type[int] | type[str]  # the type of the stored value (INTEGER or TEXT)
    nullable: bool = False  # whether the column may hold NULL
    default: str | None = None  # what a new row holds when the field is not given
    primary_key: bool = False
    # Post value -> stored value, and back; None keeps the value as it is.
    to_stored: Convert | None = None
    from_stored: Convert | None = None

    @property
    def sql_type(self) -> str:
        return "INTEGER" if self.stored is int else "TEXT"

    @property
    def free_text(self) -> bool:
        """Whether it holds text a person typed, stored as it is."""
        return self.stored is str and self.to_stored is None


def date_text(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def time_text(moment: dt.time | None) -> str | None:
    return None if moment is None else f"{moment.hour:02d}:{moment.minute:02d}"


def _date(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _time(text: str | None) -> dt.time | None:
    return None if text is None else dt.time.fromisoformat(text)


def _count(value: Any) -> int | None:
    # SQLite keeps any type in any column: a count that is not a whole number is unreadable.
    if value is None or (type(value) is int and value >= 0):
        return value
    raise ValueError(f"{value!r} is not a count")


def _enum_value(member: Enum) -> Any:
    return member.value


def _by_value(kind: type[Enum]) -> Convert:
    # A plain dict lookup: the week query builds hundreds of posts, and Enum(value)
    # is slow. An unknown value raises KeyError, which the reader reports.
    return {member.value: member for member in kind}.__getitem__


COLUMNS: tuple[PostColumn, ...] = (
    # The id comes first: a row that cannot be read is named by it.
    PostColumn("id", int, primary_key=True),  # SQLite gives it; None in a Post until saved
    PostColumn("platform", str, to_stored=_enum_value, from_stored=_by_value(Platform)),
    PostColumn("kind", str, to_stored=_enum_value, from_stored=_by_value(Kind)),
    PostColumn("status", str, to_stored=_enum_value, from_stored=_by_value(Status)),
    PostColumn("date", str, nullable=True, to_stored=date_text, from_stored=_date),  # NULL: idea
    PostColumn("time", str, nullable=True, to_stored=time_text, from_stored=_time),
    PostColumn("text", str),
    PostColumn("link", str, default=""),
    PostColumn("notes", str, default=""),
    PostColumn("uid", str, default=""),  # v3; the store fills it for a new post
    PostColumn("reach", int, nullable=True, from_stored=_count),  # v7, typed by hand
    PostColumn("engagements", int, nullable=True, from_stored=_count),  # v7
    PostColumn("uses", str, default="", to_stored=uses_text, from_stored=uses_from_text),  # v5
    PostColumn("consents", str, default="", to_stored=ids_text, from_stored=ids_from_text),  # v5
    PostColumn("series", int, nullable=True),  # v10; the series of an occurrence, else NULL
    PostColumn("series_day", str, nullable=True, to_stored=date_text, from_stored=_date),  # v10
)

WRITTEN = tuple(column for column in COLUMNS if not column.primary_key)  # the id is SQLite's
NAMES = tuple(column.name for column in COLUMNS)
SELECT_LIST = ", ".join(NAMES)  # every post SELECT lists these, so rows map by position
FREE_TEXT = tuple(column.name for column in COLUMNS if column.free_text)
