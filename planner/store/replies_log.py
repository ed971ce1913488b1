"""The review replies the practice kept, and the reply templates it rewrote.

The log holds date, site, stars, review and reply: never the reviewer's name. An edited
template is kept by the shipped template's name and replaces its text; resetting it
deletes the row. Reached as ``Store.replies``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager

from planner.core.reply_log import LoggedReply
from planner.store.errors import StoreCorrupt

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from sqlmodel import Session

    Select = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]
    Writing = Callable[[], AbstractContextManager[Session]]


class RepliesLog:
    """The replies log and the edited templates of one store."""

    def __init__(self, path: Path, select: Select, writing: Writing) -> None:
        self._path = path
        self._select = select
        self._writing = writing

    def entries(self) -> list[LoggedReply]:
        """Every reply kept, oldest first."""
        rows = self._select(
            "SELECT id, date, site, stars, review, reply FROM reply ORDER BY id", ()
        )
        return [self._entry(row) for row in rows]

    def add(self, entry: LoggedReply) -> LoggedReply:
        """Keep a reply; return it with its id. ValueError when it cannot be kept."""
        from sqlalchemy import text

        problems = entry.problems()
        if problems:
            raise ValueError(problems[0])
        values = {
            "date": entry.date.isoformat(),
            "site": entry.site,
            "stars": entry.stars,
            "review": entry.review,
            "reply": entry.reply,
        }
        with self._writing() as session:
            new_id = session.execute(
                text(
                    "INSERT INTO reply (date, site, stars, review, reply) "
                    "VALUES (:date, :site, :stars, :review, :reply) RETURNING id"
                ),
                values,
            ).scalar_one()
        return LoggedReply(entry.date, entry.site, entry.stars, entry.review, entry.reply,
                           int(new_id))  # fmt: skip

    def edited_templates(self) -> dict[str, str]:
        """The practice's text for each template it rewrote, by the template's name."""
        rows = self._select("SELECT name, text FROM reply_template ORDER BY name", ())
        return {str(name): str(text) for name, text in rows}

    def save_template(self, name: str, text: str) -> None:
        """Keep the practice's text for the template ``name`` (the caller checked it)."""
        from sqlalchemy import text as sql

        with self._writing() as session:
            session.execute(
                sql(
                    "INSERT INTO reply_template (name, text) VALUES (:name, :text) "
                    "ON CONFLICT (name) DO UPDATE SET text = excluded.text"
                ),
                {"name": name, "text": text},
            )

    def reset_template(self, name: str) -> None:
        """Go back to the shipped text of the template ``name``."""
        from sqlalchemy import text

        with self._writing() as session:
            session.execute(text("DELETE FROM reply_template WHERE name = :name"), {"name": name})

    def _entry(self, row: tuple[Any, ...]) -> LoggedReply:
        try:
            reply_id, day, site, stars, review, reply = row
            if not all(isinstance(v, str) for v in (day, site, review, reply)):
                raise ValueError("a text column holds something else")
            if not isinstance(stars, int) or isinstance(stars, bool):
                raise ValueError(f"{stars!r} is not a star rating")
            return LoggedReply(dt.date.fromisoformat(day), site, stars, review, reply,
                               int(reply_id))  # fmt: skip
        except (ValueError, TypeError) as exc:
            why = f"reply {row[0]} holds a value this version cannot read: {exc}"
            raise StoreCorrupt(self._path, why) from exc
