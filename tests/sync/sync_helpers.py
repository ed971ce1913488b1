"""Two computers (two stores) sharing one calendar on a real Radicale server."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

from radicale_server import PASSWORD, USER

from planner.core.domain import Kind, Platform, Post
from planner.core.settings import Settings
from planner.store import Store, open_store
from planner.store.sync_tables import utc_text
from planner.sync.client import CalendarConnection
from planner.sync.engine import sync
from planner.sync.sharing import SyncResult, account_for

ZONE = "Europe/London"
CALENDAR = "plan"


class Computer:
    """One copy of the planner: its own store, syncing the shared calendar."""

    def __init__(self, path: Path, url: str, calendar: str = CALENDAR, zone: str = ZONE) -> None:
        self.store: Store = open_store(path)
        self.zone = zone
        self.store.save_settings(
            Settings(sync_url=url, sync_user=USER, sync_calendar=calendar, timezone=zone)
        )
        self.requests: list[tuple[str, str]] = []
        self.use_sync_token = True

    def connection(self, **options: Any) -> CalendarConnection:
        account = account_for(self.store.settings(), PASSWORD)
        options.setdefault("use_sync_token", self.use_sync_token)
        also = options.pop("on_request", None)

        def seen(method: str, url: str) -> None:
            self.requests.append((method, url))
            if also is not None:
                also(method, url)

        return CalendarConnection(account, on_request=seen, **options)

    def sync(self, **options: Any) -> SyncResult:
        with self.connection() as connection:
            return sync(self.store, connection, zone_name=self.zone, **options)

    # -- editing, as the window does: one change set each --------------------------------

    def add(self, text: str, day: dt.date, time: dt.time = dt.time(9, 0), **fields: Any) -> Post:
        post = Post(
            fields.pop("platform", Platform.FACEBOOK),
            fields.pop("kind", Kind.ORIGINAL),
            text,
            date=day,
            time=time,
            **fields,
        )
        ((_, saved),) = self.store.apply_changes([(None, post)])
        assert saved is not None
        return saved

    def post(self, uid: str) -> Post | None:
        return self.posts().get(uid)

    def posts(self) -> dict[str, Post]:
        tables = self.store
        everything = [*tables.posts_between(dt.date(1900, 1, 1), dt.date(2200, 12, 31))]
        everything += tables.ideas()
        return {p.uid: p for p in everything}

    def edit(self, uid: str, **changes: Any) -> Post:
        before = self.post(uid)
        assert before is not None
        after = before.with_changes(**changes)
        self.store.apply_changes([(before, after)])
        return after

    def delete(self, uid: str) -> None:
        before = self.post(uid)
        assert before is not None
        self.store.apply_changes([(before, None)])

    def stamp(self, uid: str, when: dt.datetime) -> None:
        """Say when the post last changed here (the tests set the clock of a change)."""
        with sqlite3.connect(self.store.path) as conn:
            conn.execute("UPDATE post_changed SET at = ? WHERE uid = ?", (utc_text(when), uid))

    def ideas(self) -> list[Post]:
        return self.store.ideas()

    def close(self) -> None:
        self.store.close()


def utc(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=dt.UTC)  # type: ignore[misc]
