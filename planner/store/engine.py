"""The one sqlite3 connection of an open store, and the SQLAlchemy engine over it.

A store reads straight through its sqlite3 connection; the engine is made only for an
upgrade or the first edit. SQLAlchemy is imported inside ``engine_over``, not here:
importing it costs about half a second and 40 MiB, which a read never pays.
"""

from __future__ import annotations

import sqlite3
import sys

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from sqlalchemy import Engine

DEFAULT_BUSY_TIMEOUT = 5.0  # seconds a write waits for another writer before giving up
# Execution option that makes the engine begin with BEGIN IMMEDIATE (``engine_over``).
WRITE_OPTION = "planner_write"


def connect(uri: str, busy_timeout: float) -> sqlite3.Connection:
    """The store's connection: in autocommit mode, so the engine's BEGIN is the only one."""
    # isolation_level=None: SQLAlchemy's begin event below emits BEGIN itself, so
    # transactions (and DDL inside them) behave as written. check_same_thread=False:
    # a snapshot may be taken from a worker thread; SQLite serialises the calls.
    return sqlite3.connect(
        uri, uri=True, timeout=busy_timeout, isolation_level=None, check_same_thread=False
    )


def engine_over(conn: sqlite3.Connection) -> Engine:
    """An SQLAlchemy engine over our one connection, with honest transactions."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite+pysqlite://", creator=lambda: conn, poolclass=StaticPool)

    @event.listens_for(engine, "begin")
    def _begin(connection):  # type: ignore[no-untyped-def]
        # Writers take the write lock up front: a deferred BEGIN that later upgrades
        # can fail at once with SQLITE_BUSY, without waiting the busy timeout.
        writing = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    return engine


def database_errors() -> tuple[type[BaseException], ...]:
    """sqlite3's errors, and SQLAlchemy's wrapping of them once it is loaded."""
    exc = sys.modules.get("sqlalchemy.exc")
    return (sqlite3.Error,) if exc is None else (sqlite3.Error, exc.DBAPIError)
