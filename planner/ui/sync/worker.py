"""The network part of a sync, on a thread of a QThreadPool: the GUI never waits on it.

A ``SyncWorker`` gets what the GUI thread read of the store (a ``LocalSnapshot``) and
the account without its password; on its own thread it asks the keyring for the
password (which may prompt the desktop), talks to the server, decides, and hands the
``Outcome`` back through a signal, queued to the GUI thread, which records it in the
store. A ``ConnectionCheck`` is the same for Settings' "Test connection".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from planner.sync.client import Account, CalendarConnection
from planner.sync.errors import SyncError
from planner.sync.exchange import LocalSnapshot, exchange
from planner.sync.password import password_for


class WorkerSignals(QObject):
    """Made on the GUI thread, so what they carry arrives there (queued)."""

    finished = Signal(object)  # the Outcome, or the check's report (str)
    failed = Signal(object)  # the SyncError


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class _NetworkJob(QRunnable):
    def __init__(self, account: Account, connection_options: dict[str, Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the GUI side keeps it until its signal has arrived
        self.signals = WorkerSignals()
        self._account = account
        self._options = connection_options
        self._connection: CalendarConnection | None = None
        self._cancelled = False

    def cancel(self) -> None:
        """Give up (the window is closing): drop the connection, report nothing."""
        self._cancelled = True
        connection = self._connection
        if connection is not None:
            connection.close()

    def run(self) -> None:
        try:
            password = self._account.password or password_for(self._account.user)
            account = dataclasses.replace(self._account, password=password)
            with CalendarConnection(account, **self._options) as connection:
                self._connection = connection
                result = self.work(connection)
        except SyncError as exc:
            self._report(self.signals.failed, exc)
        except Exception as exc:  # a worker thread must never die with the reason unseen
            self._report(self.signals.failed, SyncError(f"the sync stopped: {exc}"))
        else:
            self._report(self.signals.finished, result)
        finally:
            self._connection = None

    def _report(self, signal: Any, value: object) -> None:
        if not self._cancelled:
            signal.emit(value)

    def work(self, connection: CalendarConnection) -> object:
        raise NotImplementedError


class SyncWorker(_NetworkJob):
    """One round of a sync (``planner.sync.exchange``) off the GUI thread."""

    def __init__(
        self,
        snapshot: LocalSnapshot,
        account: Account,
        *,
        now: Callable[[], dt.datetime] = utc_now,
        connection_options: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(account, dict(connection_options or {}))
        self._snapshot = snapshot
        self._now = now

    def work(self, connection: CalendarConnection) -> object:
        return exchange(self._snapshot, connection, self._now)


class ConnectionCheck(_NetworkJob):
    """Log in, find the calendar and count its events: "Test connection"."""

    def work(self, connection: CalendarConnection) -> object:
        count = len(connection.listing(None).etags)
        events = "1 event" if count == 1 else f"{count} events"
        return f"Connected: the calendar '{self._account.calendar}' holds {events}."
