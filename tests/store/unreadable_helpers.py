"""Stores holding values a store should not hold, made as another program would make them:
plain sqlite3, a BLOB bound as a parameter, a table rebuilt without NOT NULL."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

from store_helpers import idea, scheduled

from planner.core.domain import Platform
from planner.store import open_store
from planner.store.post_columns import NAMES

WEEK_DAY = dt.date(2026, 12, 1)  # a Tuesday of 2026-W49
BAD_ID = 3

# The post table as a careless tool could have made it: every NOT NULL gone.
LOOSE_TABLE = (
    "CREATE TABLE post_loose (id INTEGER PRIMARY KEY AUTOINCREMENT, "
    + ", ".join(f"{name} TEXT" for name in NAMES if name != "id")
    + ")"
)


def planned_store(path: Path) -> Path:
    """Five posts in 2026-W49 (ids 1-5, the third at 11:00) and one idea (id 6)."""
    with open_store(path) as store:
        store.add_many(
            [
                scheduled(WEEK_DAY, f"{9 + i:02d}:00", Platform.X, text=f"post {i + 1}")
                for i in range(5)
            ]
        )
        store.add(idea("an idea"))
    return path


def loosen(path: Path) -> None:
    """Rebuild the post table without NOT NULL, keeping its rows and index."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        conn.execute(LOOSE_TABLE)
        columns = ", ".join(NAMES)
        conn.execute(f"INSERT INTO post_loose ({columns}) SELECT {columns} FROM post")
        conn.execute("DROP TABLE post")
        conn.execute("ALTER TABLE post_loose RENAME TO post")
        conn.execute("CREATE INDEX ix_post_date_time ON post (date, time)")
        conn.execute("CREATE UNIQUE INDEX ix_post_uid ON post (uid) WHERE uid != ''")
        conn.execute("COMMIT")
    finally:
        conn.close()


def set_value(path: Path, column: str, value: object, post_id: int = BAD_ID) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"UPDATE post SET {column} = ? WHERE id = ?", (value, post_id))
        conn.commit()
        stored = conn.execute(f"SELECT {column} FROM post WHERE id = ?", (post_id,)).fetchone()
        assert stored == (value,), f"SQLite changed {value!r} to {stored!r}"
    finally:
        conn.close()


def bad(column: str, value: object, *, loose: bool = False) -> Callable[[Path], None]:
    def spoil(path: Path) -> None:
        if loose:
            loosen(path)
        set_value(path, column, value)

    return spoil


def not_utf8(column: str) -> Callable[[Path], None]:
    """Text whose bytes are not UTF-8, as a tool that casts raw bytes to text leaves it."""

    def spoil(path: Path) -> None:
        conn = sqlite3.connect(path)
        try:
            sql = f"UPDATE post SET {column} = CAST(x'41ff42' AS TEXT) WHERE id = ?"
            conn.execute(sql, (BAD_ID,))
            conn.commit()
            kind = conn.execute(f"SELECT typeof({column}) FROM post WHERE id = ?", (BAD_ID,))
            assert kind.fetchone() == ("text",)
        finally:
            conn.close()

    return spoil


# Each spoils post 3 (Tue 1 Dec 11:00) and names the column the reason must name.
SPOILERS: dict[str, tuple[Callable[[Path], None], str]] = {
    "text-blob": (bad("text", b"\x00\x01 binary"), "text"),
    "text-null": (bad("text", None, loose=True), "text"),
    "link-null": (bad("link", None, loose=True), "link"),
    "notes-blob": (bad("notes", b"\xff"), "notes"),
    "platform-unknown": (bad("platform", "myspace"), "platform"),
    "platform-null": (bad("platform", None, loose=True), "platform"),
    "kind-blob": (bad("kind", b"shared"), "kind"),
    "status-unknown": (bad("status", "lost"), "status"),
    "time-blob": (bad("time", b"11:00"), "time"),
    "time-seconds": (bad("time", "11:00:30"), "time"),
    "time-out-of-range": (bad("time", "25:00"), "time"),
    "date-impossible": (bad("date", "2026-12-01x"), "date"),
    "text-not-utf8": (not_utf8("text"), "text"),
    "status-not-utf8": (not_utf8("status"), "status"),
}
