"""Notices when another program (the command line, a sync) changed the open store.

SQLite's ``PRAGMA data_version`` changes when another connection commits, and stays
put for the window's own writes; reading it costs microseconds, so a short timer
polls it and the window shows another program's change within half a second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from planner.ui.window.context import AppContext

POLL_MS = 500
CHANGED_ELSEWHERE = "The plan was changed by another program; it is shown as it is now."


class StoreWatcher(QObject):
    """Emits ``changedElsewhere`` after another program committed to the store."""

    changedElsewhere = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._seen: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        """Watch from the store's present state (call when a store is attached)."""
        self._seen = self._read()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._seen = None

    def poll(self) -> bool:
        """Check now; True (and the signal) when another program changed the store."""
        now = self._read()
        if now is None or now == self._seen:
            return False
        self._seen = now
        self.changedElsewhere.emit()
        return True

    def _read(self) -> int | None:
        if not self._context.has_store:
            return None
        try:
            return self._context.store.data_version()
        except Exception:  # a store closing or failing is reported where it is used
            return None
