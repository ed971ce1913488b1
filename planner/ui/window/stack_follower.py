"""The window follows its undo stack: after each step done, undone or failed, it shows
what the store holds and says so in the status bar.

Kept apart from the window so that the window only puts its parts together: this
object owns the stack's last known position and the listening to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from planner.ui.window import undo_reveal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QStatusBar

    from planner.core.weeks import Week
    from planner.ui.week.view import WeekView
    from planner.ui.window.context import AppContext


class FollowingSurface(Protocol):
    """What following the stack needs of the window."""

    context: AppContext
    week: Week
    week_view: WeekView
    save_state: QLabel

    def refresh(self, *, ideas_unchanged: bool = False) -> None: ...

    def set_week(self, week: Week) -> None: ...

    def select_ideas(self, ids: Sequence[int]) -> None: ...

    def statusBar(self) -> QStatusBar: ...


class StackFollower:
    """Listens to the undo stack and to failed saves until ``stop``."""

    def __init__(self, window: FollowingSurface) -> None:
        self._window = window
        self._last_index = self._last_count = 0  # the stack as last shown
        self._listening = True
        window.context.undo_stack.indexChanged.connect(self._stack_changed)
        window.context.failure_listeners.append(self._save_failed)

    def restart(self) -> None:
        """A new store's stack starts from nothing."""
        self._last_index = self._last_count = 0

    def stop(self) -> None:
        """Closed, the window no longer follows the stack: the store may be closing."""
        if self._listening:
            self._listening = False
            context = self._window.context
            context.undo_stack.indexChanged.disconnect(self._stack_changed)
            context.failure_listeners.remove(self._save_failed)

    def _stack_changed(self, index: int) -> None:
        window = self._window
        stack = window.context.undo_stack
        previous, previous_count = self._last_index, self._last_count
        self._last_index, self._last_count = index, stack.count()
        # The ideas are read again unless every step done or undone leaves them be.
        low, high = sorted((previous, index))
        steps = [stack.command(i) for i in range(low, high)] if stack.count() >= high else []
        window.refresh(ideas_unchanged=bool(steps) and not any(_touches_ideas(c) for c in steps))
        if index < previous and stack.count() < previous_count:
            return  # an undo that failed: the stack dropped it, and _save_failed has spoken
        if index < previous:
            done = f"Undone: {stack.text(index)}"
        elif index > previous:
            done = stack.text(index - 1)
        else:
            done = ""
        if index != previous:  # show what changed, where it now is
            step = stack.command(index if index < previous else index - 1)
            undo_reveal.reveal(window, undo_reveal.posts_after(step, undone=index < previous))
        window.save_state.setText("All changes saved")
        window.statusBar().showMessage(f"Saved · {done}" if done else "Saved", 8000)

    def _save_failed(self, message: str) -> None:
        window = self._window
        window.refresh()  # show what the store really holds
        window.save_state.setText("Not saved")
        window.statusBar().showMessage(message)


def _touches_ideas(command: object) -> bool:
    return getattr(command, "touches_ideas", True)
