"""The cards of the weeks either side of the one shown, rendered ahead in idle time.

A new week's cards are most of a switch; from the cache Page Up and Page Down paint in
half the time. The window starts it after each refresh, once its first frame is up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QTimer

from planner.core.consent_rule import warm_story_checks

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from planner.core.weeks import Week
    from planner.ui.week.view import WeekView
    from planner.ui.window.context import AppContext


class PrefetchingSurface(Protocol):
    """What prefetching needs of the window."""

    context: AppContext
    week: Week
    week_view: WeekView

    def isVisible(self) -> bool: ...

    def as_parent(self) -> QWidget: ...


class NeighbourPrefetch:
    """A single-shot idle timer that renders the neighbouring weeks' cards."""

    def __init__(self, window: PrefetchingSurface) -> None:
        self._window = window
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
        store = window.context.store
        for week in (window.week.next(), window.week.previous()):
            posts = store.posts_in_week(week)
            window.week_view.prefetch(week, posts)
            warm_story_checks(posts)
