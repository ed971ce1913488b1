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
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from planner.core.domain import Post
from planner.core.settings import Settings
from planner.core.weeks import Week
from planner.store.change_sets import Change, apply_change_set, with_uid
from planner.store.engine import WRITE_OPTION, engine_over
from planner.store.errors import StoreCorrupt, StoreError, StoreReadOnly, translate
from planner.store.identifiers import SETTINGS_ROW_ID
from planner.store.post_columns import FREE_TEXT, SELECT_LIST, date_text
from planner.store.rows import PostCache, UnreadableRow, orm_values, post_from_row, post_values
from planner.store.snapshots import snapshot

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from sqlalchemy import Engine
    from sqlmodel import Session, SQLModel

# SQLite allows 32,766 bound variables; stay far below for IN (...) lists.
_CHUNK = 500
_Item = TypeVar("_Item", int, str)


class Store:
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
        self.path = path
        self.read_only = read_only_reason is not None
        self.read_only_reason = read_only_reason
        # False while SQLite's check of every page is still due (``check_pages``):
        # a store is read before it is checked, but never written.
        self.pages_checked = pages_checked
        self._engine = engine  # None until the first edit needs it
        self._write_engine: Engine | None = None
        self._raw = connection
        self._cache = PostCache()
        self._closed = False

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "read-write"
        return f"<Store {self.path} {mode}{' closed' if self._closed else ''}>"

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- reading ---------------------------------------------------------------

    def posts_in_week(self, week: Week) -> list[Post]:
        """The week's dated posts, by date, time and id."""
        return self.posts_between(week.monday, week.sunday)

    def posts_between(self, first: dt.date, last: dt.date) -> list[Post]:
        """Dated posts from ``first`` to ``last`` inclusive, by date, time and id."""
        return self._posts(
            f"SELECT {SELECT_LIST} FROM post WHERE date BETWEEN ? AND ? ORDER BY date, time, id",
            (date_text(first), date_text(last)),
        )

    def ideas(self) -> list[Post]:
        """Posts with no date yet, oldest first."""
        return self._posts(f"SELECT {SELECT_LIST} FROM post WHERE date IS NULL ORDER BY id")

    def get(self, post_id: int) -> Post:
        """The post with this id; KeyError if there is none."""
        found = self._posts(f"SELECT {SELECT_LIST} FROM post WHERE id = ?", (post_id,))
        if not found:
            raise KeyError(post_id)
        return found[0]

    def count(self) -> int:
        return int(self._select("SELECT count(*) FROM post")[0][0])

    def date_span(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day that has a post, or None when nothing is dated."""
        first, last = self._select("SELECT min(date), max(date) FROM post")[0]
        if first is None:
            return None
        return dt.date.fromisoformat(first), dt.date.fromisoformat(last)

    def settings(self) -> Settings:
        """The practice's settings; the defaults until some are saved."""
        rows = self._select("SELECT data FROM settings WHERE id = ?", (SETTINGS_ROW_ID,))
        if not rows:
            return Settings()
        try:
            return Settings.from_dict(json.loads(rows[0][0]))
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            # Unreadable settings must not lock the user out of the plan.
            return Settings()

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
            post = post.with_changes(uid=row.uid)  # type: ignore[attr-defined]  # never changes
            for name, value in post_values(post).items():
                setattr(row, name, value)
        return post

    def apply_changes(self, changes: Sequence[Change]) -> list[Change]:
        """Save a set of changes (``change_sets``) in one transaction, all or none.

        Each ``before`` must still be what the store holds: a post another program
        changed meanwhile raises ``PostChanged`` and nothing is written. Returns the
        changes with the ids and uids new posts were given.
        """
        for _before, after in changes:
            if after is not None:
                _refuse_problems(after)
        with self._session() as session:
            return apply_change_set(session, self.path, changes)

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

    # -- the file ----------------------------------------------------------------

    def backup_to(self, dest: Path) -> Path:
        """Write a checked snapshot of the store to ``dest`` (0600); return ``dest``."""
        self._check_open()
        dest = Path(dest).expanduser().absolute()
        if dest.resolve() == self.path.resolve():
            raise ValueError(f"A backup of {self.path} cannot overwrite the store itself.")
        try:
            return snapshot(self._raw, dest)
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from exc

    def close(self) -> None:
        """Close the store; the last connection folds the WAL back into the file."""
        if self._closed:
            return
        self._closed = True
        if self._engine is not None:
            self._engine.dispose()
        self._raw.close()

    def check_pages(self) -> None:
        """Run SQLite's check of every page, if still due; StoreCorrupt if it fails.

        A store opened with ``check_pages=False`` can be read at once (the window
        paints its week first), but refuses every edit until this has passed.
        """
        if self.pages_checked:
            return
        problems = [str(row[0]) for row in self._select("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise StoreCorrupt(self.path, "\n".join(problems))
        self.pages_checked = True

    def prepare_edits(self) -> None:
        """Load the ORM now (about half a second), so the first edit does not wait for it.

        Only imports and maps the tables; it touches neither the store nor its
        connection, so the window may call it from a worker thread once its week has
        painted. Reading never needs it.
        """
        from sqlalchemy.orm import configure_mappers

        import planner.store.schema  # noqa: F401  (the tables, to be mapped)

        configure_mappers()  # otherwise the first Session does it

    # -- for the store's own feature modules (guard_records, ...) ----------------------

    def select(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """One plain read, as the post reads are made."""
        return self._select(sql, params)

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction on the plain connection (BEGIN IMMEDIATE), committed
        when the block ends, rolled back if it raises: small tables need no ORM."""
        self._refuse_writes()
        conn = self._raw
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise translate(exc, self.path) from exc

    # -- plumbing ----------------------------------------------------------------

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError(f"{self.path} was closed; open it again to use it.")

    def _select(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        # Straight on the DBAPI connection: it is in autocommit mode between our
        # write transactions, so one SELECT is one consistent read, and the week view
        # saves the ORM's per-query overhead on every repaint.
        self._check_open()
        try:
            return self._raw.execute(sql, tuple(params)).fetchall()
        except sqlite3.Error as exc:
            raise translate(exc, self.path, read_only_why=self.read_only_reason or "") from exc

    def _posts(self, sql: str, params: Sequence[Any] = ()) -> list[Post]:
        try:
            return self._cache.posts(self._select(sql, params))
        except UnreadableRow as exc:
            raise StoreCorrupt(self.path, str(exc)) from exc

    def _refuse_writes(self) -> None:
        """Raise, before anything is read or written, when this store takes no edits."""
        self._check_open()
        if self.read_only_reason is not None:
            raise StoreReadOnly(self.path, self.read_only_reason)
        if not self.pages_checked:
            why = f"{self.path} has not been checked for damage yet, so it was not changed."
            raise StoreError(self.path, why)

    def _writer(self) -> Engine:
        """The engine for edits: it begins each transaction with BEGIN IMMEDIATE."""
        if self._write_engine is None:
            if self._engine is None:
                self._engine = engine_over(self._raw)
            self._write_engine = self._engine.execution_options(**{WRITE_OPTION: True})
        return self._write_engine

    @contextmanager
    def _session(self) -> Iterator[Session]:
        """One write transaction, committed when the block ends without error."""
        self._refuse_writes()
        from sqlalchemy.exc import DBAPIError
        from sqlmodel import Session

        try:
            with Session(self._writer(), expire_on_commit=False) as session, session.begin():
                yield session
        except UnreadableRow as exc:
            raise StoreCorrupt(self.path, str(exc)) from exc
        except (sqlite3.Error, DBAPIError) as exc:
            raise translate(exc, self.path) from exc


def _refuse_problems(post: Post) -> None:
    problems = post.problems()
    if problems:
        raise ValueError(problems[0])
    for name in FREE_TEXT:
        try:
            getattr(post, name).encode("utf-8")
        except UnicodeEncodeError:
            # A lone surrogate (from a broken paste) has no UTF-8 form to store.
            raise ValueError("The text holds a broken character, which cannot be saved.") from None


def _row(session: Session, post_id: int) -> SQLModel:
    from planner.store.schema import PostRow

    row = session.get(PostRow, post_id)
    if row is None:
        raise KeyError(post_id)
    return row


def _from_orm(row: SQLModel) -> Post:
    return post_from_row(orm_values(row))


def _chunks(items: Sequence[_Item]) -> Iterator[Sequence[_Item]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]
