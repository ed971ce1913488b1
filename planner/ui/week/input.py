"""Keyboard and mouse on WeekView: Tab and arrows select, Alt+arrows move, Enter and
double-click edit, double-click on an empty slot creates, the context menu asks."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QWidget

from planner.core.layout import SNAP_MINUTES, nudged
from planner.ui.week.navigation import step_across_days, step_in_day, step_in_order

if TYPE_CHECKING:
    from planner.ui.week.view import WeekView

_ARROWS = {
    Qt.Key.Key_Left: ("day", -1),
    Qt.Key.Key_Right: ("day", 1),
    Qt.Key.Key_Up: ("time", -1),
    Qt.Key.Key_Down: ("time", 1),
}
_NONE = Qt.KeyboardModifier.NoModifier
_ALT = Qt.KeyboardModifier.AltModifier


class WeekInputMixin:
    """The input half of WeekView (drag and drop is in week_drop)."""

    def mousePressEvent(self: WeekView, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position()
        post_id = self.card_at(pos)
        button = event.button()
        if post_id is not None and button == Qt.MouseButton.LeftButton:
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                toggled = [i for i in self._selected if i != post_id]
                self._set_selection(toggled if post_id in self._selected else [*toggled, post_id])
            elif post_id not in self._selected:
                self._set_selection([post_id])
            self._press_for_drag(post_id, pos)
        elif post_id is not None and button == Qt.MouseButton.RightButton:
            if post_id not in self._selected:
                self._set_selection([post_id])
        elif button == Qt.MouseButton.LeftButton and self._geometry().body.contains(pos):
            self._set_selection([])
        event.accept()

    def mouseDoubleClickEvent(self: WeekView, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        post_id = self.card_at(event.position())
        if post_id is not None:
            self.editRequested.emit(post_id)
            return
        slot = self._geometry().slot_at(event.position())
        if slot is not None:
            self.createRequested.emit(*self._slot_value(slot))

    def contextMenuEvent(self: WeekView, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            post_id = self.card_at(event.pos())
            if post_id is None:
                event.ignore()
                return
            if post_id not in self._selected:
                self._set_selection([post_id])
            self.contextMenuRequested.emit(post_id, event.globalPos())
        else:
            if not self._selected:
                event.ignore()
                return
            post_id = self._selected[0]
            self.ensure_visible(post_id)
            rect = self.card_rect(post_id) or QRect()
            self.contextMenuRequested.emit(post_id, self.mapToGlobal(rect.center()))
        event.accept()

    def focusInEvent(self: WeekView, event: QFocusEvent) -> None:
        self._focus_entered(event.reason())
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self: WeekView, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self: WeekView, event: QKeyEvent) -> None:
        if not self._handle_key(event):
            super().keyPressEvent(event)

    def _current(self: WeekView) -> int | None:
        return self._selected[-1] if self._selected else None

    def _handle_key(self: WeekView, event: QKeyEvent) -> bool:
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
            self.editRequested.emit(self._selected[0])
            return True
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End) and self._cards:
            ids = self.shown_ids()
            self._select_by_keyboard(ids[0] if key == Qt.Key.Key_Home else ids[-1])
            return True
        if key == Qt.Key.Key_Escape and self._selected:
            self._set_selection([])
            return True
        return False

    def _select_by_keyboard(self: WeekView, post_id: int | None) -> None:
        if post_id is None:
            return
        self._set_selection([post_id])
        self.ensure_visible(post_id)

    def _nudge(self: WeekView, axis: str, step: int) -> None:
        """Alt+Left/Right: a day earlier or later; Alt+Up/Down: 15 minutes."""
        for post_id in list(self._selected):
            card = self._card_by_id.get(post_id)
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
            self.moveRequested.emit(post_id, day, time, False)

    def focusNextPrevChild(self: WeekView, next: bool) -> bool:
        # Tab walks the cards in time order; past the last one focus leaves the calendar.
        if self.hasFocus():
            target = step_in_order(self._slots(), self._current(), 1 if next else -1)
            if target is not None:
                self._select_by_keyboard(target)
                return True
        return QWidget.focusNextPrevChild(self, next)

    def _focus_entered(self: WeekView, reason: Qt.FocusReason) -> None:
        if self._selected or not self._cards:
            return
        ids = self.shown_ids()
        if reason == Qt.FocusReason.TabFocusReason:
            self._select_by_keyboard(ids[0])
        elif reason == Qt.FocusReason.BacktabFocusReason:
            self._select_by_keyboard(ids[-1])
