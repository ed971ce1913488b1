"""Whether the next event loop runs as it should, asked of Qt rather than of the clock."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QTimer
from pytestqt.qtbot import QtBot


def next_loop_runs_its_timers() -> bool:
    """True when a new event loop runs until told to stop: no exit request was left
    behind (Qt keeps one made outside a loop, and it would end the next loop at once)."""
    loop = QEventLoop()
    ran: list[bool] = []

    def first_timer() -> None:
        ran.append(True)
        loop.quit()

    QTimer.singleShot(0, first_timer)
    QTimer.singleShot(5_000, loop.quit)  # never wait forever, whatever happens
    loop.exec()
    return ran == [True]


def run_queued_zero_timers(qtbot: QtBot) -> None:
    """Return once every zero timer queued so far has run: one queued now runs after them."""
    ran: list[bool] = []
    QTimer.singleShot(0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: bool(ran))
