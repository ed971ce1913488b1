"""The Store: every read and edit of the plan goes through here.

Each edit is one transaction, committed before the method returns, so what the
screen shows as done is on disk. Reads that the week view repeats after every edit
run one plain SELECT and build ``Post`` objects directly, skipping the ORM; the ORM
(SQLAlchemy and sqlmodel) is imported by the first edit, or by ``prepare_edits``.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from planner.core.domain import Post
from planner.core.engagement import EngagementRecord, Outcome
from planner.core.engagement_import import EngagementImport, RecordChange, StoredRecord, plan_import
from planner.core.settings import Settings
from planner.core.weeks import Week
from planner.store.change_sets import Change, apply_change_set, with_uid
from planner.store.connection import StoreConnection
from planner.store.engagement_records import (
    OutcomeCache,
    near_records,
    platforms_of,
    read_records,
    save_post_edits,
    save_record_changes,
)
from planner.store.errors import (
    PostUnreadable,
    StoreCorrupt,
    UnreadablePosts,
    translate,
)
from planner.store.identifiers import SETTINGS_ROW_ID
from planner.store.post_columns import SELECT_LIST, date_text
from planner.store.rows import (
    PostCache,
    ReadPosts,
    UnreadableRow,
    find_unreadable,
    post_values,
    read_date,
    readable_span,
)
from planner.store.series_rows import (
    check_saved,
    delete_series,
    link_posts,
    save_series,
    skip_days_left,
)
from planner.store.sync_tables import SyncRecords, SyncTables, write_records
from planner.store.write_checks import chunks as _chunks
from planner.store.write_checks import from_orm as _from_orm
from planner.store.write_checks import refuse_problems as _refuse_problems
from planner.store.write_checks import row_by_id as _row

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from sqlalchemy import Engine

    from planner.store.consent_records import ConsentRecords
    from planner.store.replies_log import RepliesLog
    from planner.store.series_rows import SeriesChange


class Store(StoreConnection):
    """The plan on disk. Open one with ``planner.store.open_store``."""

    def __init__(
        self,
        path: Path,
        engine: Engine | None,
        connection: sqlite3.Connection,
        *,
        read_only_reason: str | None = None,
        pages_checked: bool = True,
    ) -> None:
        super().__init__(
            path,
            engine,
            connection,
            read_only_reason=read_only_reason,
            pages_checked=pages_checked,
        )
        self._cache = PostCache()
        # find_unreadable's answer, and the data_version it holds for: only another
        # connection's write can change it (this one never writes an unreadable row).
        self._unreadable: tuple[int, list[UnreadableRow]] | None = None
        self._outcomes = OutcomeCache()

    # -- reading ---------------------------------------------------------------

    def posts_in_week(self, week: Week) -> ReadPosts:
        """The week's dated posts, by date, time and id."""
        return self.posts_between(week.monday, week.sunday)

    def posts_between(self, first: dt.date, last: dt.date) -> ReadPosts:
        """Dated posts from ``first`` to ``last`` inclusive, by date, time and id."""
        return self._posts(
            f"SELECT {SELECT_LIST} FROM post WHERE date BETWEEN ? AND ? ORDER BY date, time, id",
            (date_text(first), date_text(last)),
        )

    def ideas(self) -> ReadPosts:
        """Posts with no date yet, oldest first."""
        return self._posts(f"SELECT {SELECT_LIST} FROM post WHERE date IS NULL ORDER BY id")

    def get(self, post_id: int) -> Post:
        """The post with this id; KeyError if there is none, PostUnreadable if it holds a
        value this version cannot read."""
        found = self._posts(f"SELECT {SELECT_LIST} FROM post WHERE id = ?", (post_id,))
        for problem in found.unreadable:
            raise PostUnreadable(self.path, problem.post_id, problem.reason)
        if not found:
            raise KeyError(post_id)
        return found[0]

    def posts_with_uids(self, uids: Sequence[str]) -> dict[str, Post]:
        """The stored posts with these uids, by uid (an import matches its rows by them)."""
        found: dict[str, Post] = {}
        for chunk in _chunks([uid for uid in uids if uid]):
            marks = ",".join("?" * len(chunk))
            rows = self._posts(f"SELECT {SELECT_LIST} FROM post WHERE uid IN ({marks})", chunk)
            found.update((post.uid, post) for post in rows)
        return found

    def count(self) -> int:
        return int(self._select("SELECT count(*) FROM post")[0][0])

    def date_span(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day that has a post, or None when nothing is dated."""
        first, last = self._select("SELECT min(date), max(date) FROM post")[0]
        if first is None:
            return None
        try:
            return read_date(first), read_date(last)
        except ValueError:  # an unreadable date sorts first or last: leave such rows out
            return readable_span(self._select("SELECT DISTINCT date FROM post"))

    def unreadable_rows(self) -> list[UnreadableRow]:
        """Every post this version cannot read, by id: a full check, about as long as
        SQLite's quick_check, made again only after another program wrote."""
        version = self.data_version()
        if self._unreadable is None or self._unreadable[0] != version:
            self._check_open()
            try:
                self._unreadable = (version, find_unreadable(self._raw))
            except sqlite3.Error as exc:
                raise translate(exc, self.path) from exc
        return list(self._unreadable[1])

    def settings(self) -> Settings:
        """The practice's settings; the defaults until some are saved."""
        rows = self._read("SELECT data FROM settings WHERE id = ?", (SETTINGS_ROW_ID,))
        if not rows:
            return Settings()
        try:
            return Settings.from_dict(json.loads(rows[0][0]))
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            # Unreadable settings must not lock the user out of the plan.
            return Settings()

    @property
    def consents(self) -> ConsentRecords:
        """The consent records and their links to posts (``consent_records``)."""
        from planner.store.consent_records import ConsentRecords

        return ConsentRecords(self.path, self._select, self._posts, self._session)

    @property
    def replies(self) -> RepliesLog:
        """The review replies kept, and the edited reply templates (``replies_log``)."""
        from planner.store.replies_log import RepliesLog

        return RepliesLog(self.path, self._select, self._session)

    # -- editing -----------------------------------------------------------------

    def add(self, post: Post) -> Post:
        """Save a new post; return it with its new id (any id it carried is ignored)."""
        return self.add_many([post])[0]

    def add_many(self, posts: Sequence[Post]) -> list[Post]:
        """Save new posts in one transaction (an import): all of them or none."""
        from sqlalchemy import insert

        from planner.store.schema import POST_ID, PostRow

        for post in posts:
            _refuse_problems(post)
        if not posts:
            return []
        self._refuse_writes()
        posts = [with_uid(post) for post in posts]
        given = [post.uid for post in posts]
        if len(set(given)) < len(given):
            raise ValueError("Two of the posts have the same uid; each post needs its own.")
        for chunk in _chunks(given):
            marks = ",".join("?" * len(chunk))
            taken = self._select(f"SELECT id, uid FROM post WHERE uid IN ({marks})", chunk)
            if taken:
                raise ValueError(
                    f"A post with uid {taken[0][1]} is already in the plan (post {taken[0][0]})."
                )
        # A bulk INSERT .. RETURNING: an import of thousands of rows stays quick,
        # and the ids come back in the order of the posts.
        statement = insert(PostRow).returning(POST_ID, sort_by_parameter_order=True)
        with self._session() as session:
            ids = session.scalars(statement, [post_values(post) for post in posts]).all()
        return [post.with_changes(id=new_id) for post, new_id in zip(posts, ids, strict=True)]

    def update(self, post: Post) -> Post:
        """Save changes to the post with ``post.id``; KeyError if it is gone."""
        if post.id is None:
            raise ValueError("This post has not been saved yet, so it cannot be updated.")
        _refuse_problems(post)
        with self._session() as session:
            row = _row(session, post.id)
            before = _from_orm(row)
            post = post.with_changes(uid=row.uid)  # type: ignore[attr-defined]  # never changes
            for name, value in post_values(post).items():
                setattr(row, name, value)
            session.flush()
            skip_days_left(session, [(before, post)])
        return post

    def apply_changes(
        self, changes: Sequence[Change], *, sync: SyncRecords | None = None
    ) -> list[Change]:
        """Save a set of changes (``change_sets``) in one transaction, all or none.

        Each ``before`` must still be what the store holds: a post another program
        changed meanwhile raises ``PostChanged`` and nothing is written. Returns the
        changes with the ids and uids new posts were given. A calendar sync passes
        what it records of the exchange as ``sync``, saved in the same transaction.
        """
        return self.apply_series_changes(changes, (), sync=sync)[0]

    def apply_series_changes(
        self,
        changes: Sequence[Change],
        series: Sequence[SeriesChange],
        *,
        sync: SyncRecords | None = None,
    ) -> tuple[list[Change], list[SeriesChange]]:
        """Save series rows and post changes together, in one transaction (``series_rows``).

        A post that leaves a series it does not say anything new about (deleted, moved
        to another day) has its day left out of that series, so a top-up never makes it
        again. Returns both sets with the ids new posts and series were given.
        """
        for _before, after in changes:
            if after is not None:
                _refuse_problems(after)
        check_saved(series)
        with self._session() as session:
            saved_series, new_ids = save_series(session, series)
            saved = apply_change_set(session, self.path, link_posts(changes, new_ids))
            written = {s.id for pair in saved_series for s in pair if s is not None}
            skip_days_left(session, saved, {i for i in written if i is not None})
            delete_series(session, saved_series)
            if sync is not None:
                write_records(session, sync)
        return saved, saved_series

    def sync_tables(self) -> SyncTables:
        """The calendar sync's status, state and log (read-only view)."""
        return SyncTables(self._select)

    def delete(self, post_id: int) -> Post:
        """Delete a post; return it as it was, so it can be restored."""
        return self.delete_many([post_id])[0]

    def delete_many(self, ids: Sequence[int]) -> list[Post]:
        """Delete posts in one transaction, all or none; KeyError if any is missing."""
        from sqlalchemy import delete, select

        from planner.store.schema import POST_ID, PostRow

        wanted = list(dict.fromkeys(ids))
        with self._session() as session:
            found: dict[int, Post] = {}
            for chunk in _chunks(wanted):
                for row in session.scalars(select(PostRow).where(POST_ID.in_(chunk))):
                    post = _from_orm(row)
                    found[post.id] = post  # type: ignore[index]  # read back, so it has one
            missing = [post_id for post_id in wanted if post_id not in found]
            if missing:
                raise KeyError(missing[0] if len(missing) == 1 else missing)
            for chunk in _chunks(wanted):
                session.execute(delete(PostRow).where(POST_ID.in_(chunk)))
            skip_days_left(session, [(post, None) for post in found.values()])
        return [found[post_id] for post_id in wanted]

    def restore(self, posts: Sequence[Post]) -> None:
        """Put deleted posts back under their own ids (the undo of a delete)."""
        for post in posts:
            if post.id is None:
                raise ValueError("Only a post that was saved before can be restored.")
            _refuse_problems(post)
        from sqlalchemy import select

        from planner.store.schema import POST_ID, PostRow

        with self._session() as session:
            ids = [post.id for post in posts if post.id is not None]
            for chunk in _chunks(ids):
                in_use = select(POST_ID).where(POST_ID.in_(chunk))
                taken = session.scalars(in_use).all()
                if taken:
                    raise ValueError(f"Post {taken[0]} already exists, so it cannot be restored.")
            session.add_all([PostRow(id=post.id, **post_values(with_uid(post))) for post in posts])

    def save_settings(self, settings: Settings) -> None:
        problems = settings.problems()
        if problems:
            raise ValueError(problems[0])
        from planner.store.schema import SettingsRow

        with self._session() as session:
            session.merge(SettingsRow(id=SETTINGS_ROW_ID, data=json.dumps(settings.to_dict())))

    # -- engagement (planner/store/engagement_records.py) ---------------------------

    def engagement_records(self, post_id: int | None = None) -> list[StoredRecord]:
        """The engagement records kept (only the one about ``post_id``, when given)."""
        return self._records(*(("post_id = ?", [post_id]) if post_id is not None else ("", [])))

    def _records(self, where: str, params: Sequence[Any]) -> list[StoredRecord]:
        try:
            return read_records(self._select, where, params)
        except UnreadableRow as exc:
            raise StoreCorrupt(self.path, str(exc)) from exc

    def outcomes(self) -> list[Outcome]:
        """What Insights counts: each record (with its post's kind) and each published
        post's hand-typed figures that no record is about. Read again after a change."""
        try:
            return self._outcomes.get(self._raw, self._select)
        except UnreadableRow as exc:
            raise StoreCorrupt(self.path, str(exc)) from exc

    def plan_engagement_import(self, records: Sequence[EngagementRecord]) -> EngagementImport:
        """What importing ``records`` would change (``engagement_import``); writes nothing."""
        kept = self._records(*platforms_of(records))
        where, params = near_records(records)
        posts = self._posts(f"SELECT {SELECT_LIST} FROM post WHERE {where} ORDER BY date", params)
        return plan_import(records, kept, posts)

    def apply_engagement(
        self, records: Sequence[RecordChange], posts: Sequence[Change]
    ) -> list[Change]:
        """Save engagement record changes and post edits in one transaction, all or none;
        each ``before`` (record or post) must still be what the store holds."""
        for _before, after in posts:
            if after is not None:
                _refuse_problems(after)
        with self._session() as session:
            saved = save_post_edits(session, self.path, posts, self._cache.posts)
            save_record_changes(session, self.path, records)
        return saved

    # -- the file ----------------------------------------------------------------

    def _posts(self, sql: str, params: Sequence[Any] = ()) -> ReadPosts:
        return self._cache.posts(self._read(sql, params))

    def _refuse_writes(self) -> None:
        """Raise, before anything is read or written, when this store takes no edits."""
        super()._refuse_writes()
        unreadable = self.unreadable_rows()
        if unreadable:  # an edit over a plan it cannot see whole could undo what it hides
            raise UnreadablePosts(self.path, [(row.post_id, row.reason) for row in unreadable])
