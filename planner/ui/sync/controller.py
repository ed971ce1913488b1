"""Sync in the window: on demand (Tools → Sync Now, the week bar) and every few minutes
while sharing is on; the last sync's time in the status bar.

Each round reads the store on the GUI thread (quick), runs the network part on a
worker thread (``worker.SyncWorker``), and records the outcome on the GUI thread
through the store, in one transaction that refuses to write over a post edited
meanwhile (then another round follows). With sharing off nothing here touches the
network: no socket is opened, no library for it is even loaded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from planner.core.domain import MONTH_NAMES
from planner.sync.errors import SideEmptied, SyncError
from planner.sync.sharing import ROUNDS, SyncResult, account_for, practice_zone, sharing_on

if TYPE_CHECKING:
    from planner.sync.exchange import Outcome
    from planner.ui.sync.worker import SyncWorker
    from planner.ui.window.context import AppContext

INTERVAL_MS = 5 * 60 * 1000  # the background sync, while the window is open
FIRST_MS = 3_000  # the first one, once the window has settled


class SyncController(QObject):
    """Runs syncs for one window. ``refresh`` re-reads the window from the store;
    ``say`` shows a message in the status bar."""

    finished = Signal(object)  # SyncResult, after the last round of a sync
    failed = Signal(str)

    def __init__(
        self,
        context: AppContext,
        *,
        refresh: Callable[[], None],
        say: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._refresh = refresh
        self._say = say
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.connection_options: dict[str, Any] = {}  # for tests: on_request, timeout
        self.sync_action = QAction("S&ync Now", self)
        self.sync_action.setToolTip("Send and receive changes through the shared calendar")
        self.sync_action.triggered.connect(lambda: self.sync_now())
        self.log_action = QAction("Sync &Log…", self)
        self.status = QLabel()
        self.status.setAccessibleName("Last sync")
        # Shown only while sharing is on (the status, the week bar's button): offline,
        # the window looks as it always did.
        self.shown_with_sharing: list[QWidget] = [self.status]
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.sync_in_background)
        self.timer.start()
        self.first = QTimer(self)  # the first sync, once the window has settled
        self.first.setSingleShot(True)
        self.first.setInterval(FIRST_MS)
        self.first.timeout.connect(self.sync_in_background)
        self.first.start()
        self._worker: SyncWorker | None = None
        self._rounds = 0
        self._asked = False  # started by the user (errors are then shown in a box)
        self._start_over = False
        self._total = SyncResult()
        self._closed = False
        context.undo_stack.indexChanged.connect(lambda _index: self.show_state())
        self.show_state()

    # -- what the window asks ---------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def sharing(self) -> bool:
        return not self._closed and self.context.has_store and sharing_on(self.context.settings())

    def sync_now(self, *, start_over: bool = False) -> bool:
        """Start a sync the user asked for; False when none could start."""
        if not self.sharing():
            self._say("Sharing is off: turn it on in Settings → Sharing.")
            return False
        return self._start(asked=True, start_over=start_over)

    def sync_in_background(self) -> None:
        """The timer's sync: silent when sharing is off or a sync is running."""
        if self._closed:
            return
        if self.sharing():
            self._start(asked=False, start_over=False)
        else:
            self.show_state()

    def close(self) -> None:
        """The window closes: no more syncs; one in flight is dropped (the next
        sync finds what it sent)."""
        self._closed = True
        self.timer.stop()
        self.first.stop()
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None

    # -- a sync, round by round ------------------------------------------------------------

    def _start(self, *, asked: bool, start_over: bool) -> bool:
        if self.busy or self._closed or self.context.read_only:
            return False
        self._asked, self._start_over = asked, start_over
        self._rounds = 0
        self._total = SyncResult()
        self.status.setText("Syncing…")
        return self._next_round()

    def _next_round(self) -> bool:
        from planner.sync.engine import take_snapshot  # the calendar libraries, now
        from planner.ui.sync.worker import SyncWorker

        settings = self.context.settings()
        try:
            account = account_for(settings, "")
        except SyncError as exc:
            self._failed(exc)
            return False
        zone = practice_zone(settings)
        start_over = self._start_over and self._rounds == 0
        snapshot = take_snapshot(self.context.store, account, zone, start_over=start_over)
        worker = SyncWorker(snapshot, account, connection_options=self.connection_options)
        worker.signals.finished.connect(self._round_done)
        worker.signals.failed.connect(self._failed)
        self._worker = worker
        self._rounds += 1
        self.pool.start(worker)
        return True

    def _round_done(self, outcome: Outcome) -> None:
        if self._closed or not self.context.has_store:
            return
        self._worker = None
        from planner.sync.engine import record

        try:
            result = record(self.context.store, outcome)
        except Exception as exc:  # the store refused (read-only now, full disk…)
            self._failed(SyncError(f"the sync could not be saved: {exc}"))
            return
        self._total.add(result)
        if result.sent or result.received or result.conflicts or result.deferred:
            self._refresh()
        if result.again and self._rounds < ROUNDS:
            self._next_round()
            return
        self._finish()

    def _finish(self) -> None:
        total = self._total
        self.show_state()
        if total.conflicts:
            self._say(
                f"{total.summary()} Each conflict kept the later change; the other is an idea "
                'marked "conflict copy" (Tools → Sync Log).'
            )
        elif total.problems:
            self._say(f"{total.summary()} {total.problems[0]}")
        else:
            self._say(total.summary())
        self.finished.emit(total)

    def _failed(self, error: SyncError) -> None:
        self._worker = None
        if self._closed:
            return
        message = str(error)
        self.show_state(failed=message)
        self._say(f"Not synced: {message}")
        self.failed.emit(message)
        if isinstance(error, SideEmptied) and self._asked:
            question = f"{message}\n\nStart over now?"
            if self.context.prompts.ask_yes_no("Sync", question, default_yes=False):
                self._start(asked=True, start_over=True)
        elif self._asked:
            self.context.prompts.error("Not synced", message[:1].upper() + message[1:])

    # -- the status bar --------------------------------------------------------------------

    def show_state(self, failed: str = "") -> None:
        """The last sync's time, or that it failed, or nothing with sharing off."""
        if self._closed:
            return
        sharing = self.sharing()
        for widget in self.shown_with_sharing:
            widget.setVisible(sharing)
        self.sync_action.setEnabled(self.context.has_store and not self.context.read_only)
        if not sharing or self.busy:
            return
        last = self.context.store.sync_tables().state().last_sync
        when = f"last synced {self._moment(last)}" if last else "not synced yet"
        if failed:
            self.status.setText(f"Sync failed · {when}")
            self.status.setToolTip(failed)
        else:
            self.status.setText(f"Synced {self._moment(last)}" if last else "Not synced yet")
            self.status.setToolTip("The last time this plan was synced with the calendar")

    def _moment(self, utc: dt.datetime | None) -> str:
        if utc is None:
            return ""
        local = utc.astimezone()
        clock = f"{local.hour:02d}:{local.minute:02d}"
        if local.date() == self.context.today():
            return clock
        return f"{local.day} {MONTH_NAMES[local.month - 1][:3]} {clock}"
