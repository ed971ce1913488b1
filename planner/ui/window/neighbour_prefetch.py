"""The weeks either side of the one shown, read, checked and rendered ahead in idle time.

A new week's cards (with their shields and consent marks) are most of a switch; from
the cache Page Up and Page Down paint in half the time, and the guard's findings are
remembered. The window starts it after each refresh, once its first frame is up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QTimer

from planner.ui.window.week_reading import read_week

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from planner.core.domain import Post
    from planner.core.weeks import Week
    from planner.ui.guard.window_guard import WindowGuard
    from planner.ui.week.view import WeekView
    from planner.ui.window.context import AppContext


class PrefetchingSurface(Protocol):
    """What prefetching needs of the window."""

    context: AppContext
    week: Week
    week_view: WeekView
    setup_finished: bool
    guard: WindowGuard

    def isVisible(self) -> bool: ...

    def as_parent(self) -> QWidget: ...


class NeighbourPrefetch:
    """A single-shot idle timer that renders the neighbouring weeks' cards."""

    def __init__(self, window: PrefetchingSurface, ideas: Callable[[], list[Post]]) -> None:
        self._window = window
        self._ideas = ideas  # the window's, as last read: a week's reading keeps them
        self._timer = QTimer(window.as_parent())
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._prefetch)

    def start(self) -> None:
        """Prefetch once the event loop is idle (a later start before then is one run)."""
        self._timer.start()

    def _prefetch(self) -> None:
        window = self._window
        if not window.context.has_store or not window.isVisible():
            return
        settings = window.context.settings()
        for week in (window.week.next(), window.week.previous()):
            reading = read_week(window.context, week, settings, self._ideas())
            report = reading.report
            if window.setup_finished:  # the findings, remembered for the switch, and shields
                report = window.guard.add_warnings(report, reading.posts, reading.consents.records)
            window.week_view.prefetch(week, reading.posts, report)
