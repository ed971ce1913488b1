"""The store's connection to its file: opening state, plain reads, write transactions,
the page check, copies and closing. ``repository.Store`` builds the plan's reads and
edits on it; nothing here knows what a post is.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from planner.store.engine import WRITE_OPTION, engine_over
from planner.store.errors import StoreCorrupt, StoreError, StoreReadOnly, translate
from planner.store.rows import UnreadableRow, fetch_tolerant, is_undecodable
from planner.store.snapshots import snapshot

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Self

    from sqlalchemy import Engine
    from sqlmodel import Session


class StoreConnection:
    """One open store file: one sqlite3 connection, and the ORM engine over it."""

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
        self._closed = False

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "read-write"
        return f"<Store {self.path} {mode}{' closed' if self._closed else ''}>"

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

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

    def data_version(self) -> int:
        """A number that changes when another connection commits to the file (the
        command line, another program); this store's own writes leave it as it was."""
        return int(self._select("PRAGMA data_version")[0][0])

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

    # -- for the store's feature modules (guard_records, ...) ---------------------------

    def select(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """One plain read; text that is not UTF-8 comes back as ``Undecodable``."""
        return self._read(sql, params)

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

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """``_select``; text that is not UTF-8 is read as ``Undecodable``, for the reader
        to name, instead of failing the whole read."""
        try:
            return self._select(sql, params)
        except StoreError as exc:
            if not is_undecodable(exc.__cause__):
                raise
            return fetch_tolerant(self._raw, sql, params)

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

