"""Keyboard and mouse on the week view: Tab and arrows select, Alt+arrows move, Enter
and double-click edit, double-click on an empty slot creates, the context menu asks.

WeekInput owns the selection. It reads where cards are from WeekPositions, scrolls a
card into sight through WeekScroll, and says what the user asks for through the
callables of ``Requests`` (the view's signals); drags are the drop controller's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Container
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent

from planner.core.layout import SNAP_MINUTES, nudged
from planner.ui.week.navigation import CardSlot, step_across_days, step_in_day, step_in_order
from planner.ui.week.positions import WeekPositions
from planner.ui.week.scroll import WeekScroll
from planner.ui.widgets.drop_controller import MoveService

_ARROWS = {
    Qt.Key.Key_Left: ("day", -1),
    Qt.Key.Key_Right: ("day", 1),
    Qt.Key.Key_Up: ("time", -1),
    Qt.Key.Key_Down: ("time", 1),
}
_NONE = Qt.KeyboardModifier.NoModifier
_ALT = Qt.KeyboardModifier.AltModifier


@dataclass(frozen=True, slots=True)
class Requests:
    """Where what the keyboard and mouse ask for goes."""

    move: MoveService  # Alt+arrows: post id, date, time, copy (always False)
    create: Callable[[dt.date, dt.time], None]
    edit: Callable[[int], None]
    menu: Callable[[int, QPoint], None]  # post id, global position
    to_global: Callable[[QPoint], QPoint]  # a view position on the screen
    selection_changed: Callable[[], None]


class WeekInput:
    """The selection, and what keys, clicks and the context menu do to it."""

    def __init__(self, positions: WeekPositions, scroll: WeekScroll, requests: Requests) -> None:
        self._positions = positions
        self._scroll = scroll
        self._requests = requests
        self._selected: list[int] = []

    # ----- the selection ----------------------------------------------------------

    @property
    def selected(self) -> list[int]:
        """The selected post ids, in the order they were chosen (a copy)."""
        return list(self._selected)

    def select(self, ids: list[int]) -> None:
        """Select ``ids``, saying so when that changes the selection."""
        if ids == self._selected:
            return
        self._selected = ids
        self._requests.selection_changed()

    def keep_only(self, shown: Container[int]) -> bool:
        """Drop the ids no longer ``shown``, quietly; True if any went."""
        kept = [post_id for post_id in self._selected if post_id in shown]
        if kept == self._selected:
            return False
        self._selected = kept
        return True

    def _current(self) -> int | None:
        return self._selected[-1] if self._selected else None

    def _slots(self) -> list[CardSlot]:
        return [CardSlot(c.post_id, c.day, c.start, c.lane) for c in self._positions.cards]

    def _select_by_keyboard(self, post_id: int | None) -> None:
        if post_id is None:
            return
        self.select([post_id])
        self._scroll.reveal_card(post_id)

    # ----- the mouse ----------------------------------------------------------------

    def press(
        self, pos: QPointF, button: Qt.MouseButton, modifiers: Qt.KeyboardModifier
    ) -> int | None:
        """Select as a click at ``pos`` does; the id of a card the left button grabbed
        (a drag may follow), or None."""
        post_id = self._positions.card_at(pos)
        if post_id is not None and button == Qt.MouseButton.LeftButton:
            if modifiers & Qt.KeyboardModifier.ControlModifier:
                toggled = [i for i in self._selected if i != post_id]
                self.select(toggled if post_id in self._selected else [*toggled, post_id])
            elif post_id not in self._selected:
                self.select([post_id])
            return post_id
        if post_id is not None and button == Qt.MouseButton.RightButton:
            if post_id not in self._selected:
                self.select([post_id])
        elif button == Qt.MouseButton.LeftButton and self._positions.geometry.body.contains(pos):
            self.select([])
        return None

    def double_click(self, pos: QPointF, button: Qt.MouseButton) -> None:
        if button != Qt.MouseButton.LeftButton:
            return
        post_id = self._positions.card_at(pos)
        if post_id is not None:
            self._requests.edit(post_id)
            return
        slot = self._positions.slot_at(pos)
        if slot is not None:
            self._requests.create(*slot)

    def context_menu(self, event: QContextMenuEvent) -> bool:
        """Ask for the menu of the card under the mouse, or of the selected card when the
        keyboard asks; False when there is none."""
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            post_id = self._positions.card_at(event.pos())
            if post_id is None:
                return False
            if post_id not in self._selected:
                self.select([post_id])
            self._requests.menu(post_id, event.globalPos())
            return True
        if not self._selected:
            return False
        post_id = self._selected[0]
        self._scroll.reveal_card(post_id)
        card = self._positions.card(post_id)
        rect = QRect() if card is None else self._positions.card_rect(card).toRect()
        self._requests.menu(post_id, self._requests.to_global(rect.center()))
        return True

    # ----- the keyboard -------------------------------------------------------------

    def key(self, event: QKeyEvent) -> bool:
        """Act on ``event`` and return True, or False to let it travel on (PageUp, Delete…)."""
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in _ARROWS:
            axis, step = _ARROWS[Qt.Key(key)]
            if mods == _ALT:
                self._nudge(axis, step)
                return True
            if mods == _NONE:
                find = step_across_days if axis == "day" else step_in_day
                self._select_by_keyboard(find(self._slots(), self._current(), step))
                return True
            return False
        if mods != _NONE:
            return False
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected:
            self._requests.edit(self._selected[0])
            return True
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End) and self._positions.cards:
            ids = self._positions.ids_in_time_order()
            self._select_by_keyboard(ids[0] if key == Qt.Key.Key_Home else ids[-1])
            return True
        if key == Qt.Key.Key_Escape and self._selected:
            self.select([])
            return True
        return False

    def _nudge(self, axis: str, step: int) -> None:
        """Alt+Left/Right: a day earlier or later; Alt+Up/Down: 15 minutes."""
        for post_id in list(self._selected):
            card = self._positions.card(post_id)
            if card is None or card.post.date is None or card.post.time is None:
                continue
            day, time = card.post.date, card.post.time
            if axis == "day":
                day = day + dt.timedelta(days=step)
            else:
                moved = nudged(time, step * SNAP_MINUTES)
                if moved is None:
                    continue  # the day's first or last slot: nowhere further to go
                time = moved
            self._requests.move(post_id, day, time, False)

    def step_focus(self, forward: bool) -> bool:
        """Tab walks the cards in time order; False past the last one, where focus
        leaves the calendar."""
        target = step_in_order(self._slots(), self._current(), 1 if forward else -1)
        if target is None:
            return False
        self._select_by_keyboard(target)
        return True

    def focus_entered(self, reason: Qt.FocusReason) -> None:
        """Focus arriving by Tab selects the first card, by Shift+Tab the last."""
        if self._selected or not self._positions.cards:
            return
        ids = self._positions.ids_in_time_order()
        if reason == Qt.FocusReason.TabFocusReason:
            self._select_by_keyboard(ids[0])
        elif reason == Qt.FocusReason.BacktabFocusReason:
            self._select_by_keyboard(ids[-1])
