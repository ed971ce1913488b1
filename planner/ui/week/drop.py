"""Drag and drop on the week grid: dragging a card out, and dropping posts onto a slot.

A drop only turns a position into a (day, time) and says so through moveRequested;
while a drag hovers, the slot is highlighted and the day shows what the drop would
break (planner.core.rules.drop_preview), before anything changes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRectF, QSizeF, Qt, QTimer
from PySide6.QtGui import (
    QDrag,  # looked up here at call time, so a test can replace QDrag.exec alone
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QMouseEvent,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import QApplication

from planner.core.domain import Post
from planner.core.layout import SNAP_MINUTES, snap_down
from planner.core.rules import DailyLimitWarning, daily_limit_warnings, drop_preview
from planner.ui.widgets.card_painter import paint_drag_chip
from planner.ui.widgets.mime import ids_from_mime, ids_to_mime

if TYPE_CHECKING:
    from planner.ui.week.view import WeekView

DRAG_EDGE = 28.0  # px at the top or bottom of the hours where a hovering drag scrolls
AUTOSCROLL_MINUTES = 15
AUTOSCROLL_MS = 80
CHIP_GAP = 4  # px between the chip that follows the cursor and the ghost card below it


def wants_copy(event: QDropEvent) -> bool:
    """Ctrl held copies. (Qt's proposed action is Copy for any drag it did not start,
    so the modifier is the one honest signal.)"""
    return bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)


def _action(copy: bool) -> Qt.DropAction:
    return Qt.DropAction.CopyAction if copy else Qt.DropAction.MoveAction


class WeekDropMixin:
    """The drag source and drop target half of WeekView."""

    def _init_drop(self: WeekView) -> None:
        self._press_pos: QPointF | None = None
        self._press_id: int | None = None
        self._grab_offset = 0
        self._own_drag: tuple[int, int] | None = None  # (post id, grab offset) while dragging
        self._drop: tuple[int, int] | None = None  # (day index, start minute) under the cursor
        self._drop_text: str | None = None
        self._drop_badge: list[DailyLimitWarning] = []  # the day's limit, as dropped
        self._drop_ghost: Post | None = None  # the post as the drop would leave it
        self._drop_copy = False
        self._drop_pos: QPointF | None = None
        self._drop_ids: list[int] = []
        self._autoscroll_step = 0
        self._autoscroll = QTimer(self)
        self._autoscroll.setInterval(AUTOSCROLL_MS)
        self._autoscroll.timeout.connect(self._autoscroll_tick)

    # ----- what the hover shows -------------------------------------------------

    def drop_target(self: WeekView) -> tuple[dt.date, dt.time] | None:
        """The (day, time) a drop would land on now, while a drag hovers."""
        return None if self._drop is None else self._slot_value(self._drop)

    def drop_ghost(self: WeekView) -> Post | None:
        """The dragged post at the day and time a drop would give it, as the ghost card
        in the target slot shows it, or None."""
        return self._drop_ghost

    def drop_preview_text(self: WeekView) -> str | None:
        """What the hovering drop would break on its day ("would be 2 Facebook posts;
        limit 1"), or None."""
        return self._drop_text

    # ----- dragging a card out ----------------------------------------------------

    def _press_for_drag(self: WeekView, post_id: int, pos: QPointF) -> None:
        card = self._card_by_id[post_id]
        grabbed = self._geometry().scale.minutes_at(pos.y()) - card.start
        self._press_id = post_id
        self._press_pos = QPointF(pos)
        # Whole quarter hours only: the card then lands on the slot under the cursor.
        self._grab_offset = snap_down(max(grabbed, 0.0), SNAP_MINUTES)

    def mouseMoveEvent(self: WeekView, event: QMouseEvent) -> None:
        if self._press_id is None or self._press_pos is None:
            return
        if not event.buttons() & Qt.MouseButton.LeftButton:
            self._press_id = None
            return
        moved = (event.position() - self._press_pos).manhattanLength()
        if moved < QApplication.startDragDistance():
            return
        post_id, self._press_id = self._press_id, None
        self._start_drag(post_id)

    def mouseReleaseEvent(self: WeekView, event: QMouseEvent) -> None:
        self._press_id = None
        event.accept()

    def _start_drag(self: WeekView, post_id: int) -> None:
        card = self._card_by_id.get(post_id)
        if card is None or self._press_pos is None:
            return
        rect = self._card_rectf(card)
        drag = QDrag(self)
        drag.setMimeData(ids_to_mime([post_id]))
        chip = self._chip_pixmap(card.post, rect.width())
        drag.setPixmap(chip)
        # The chip rides just above the card's top, so the ghost card in the slot, with
        # the time the drop would give it, stays readable under the cursor.
        grabbed = self._press_pos - rect.topLeft()
        lift = chip.deviceIndependentSize().height() + CHIP_GAP
        drag.setHotSpot(QPoint(round(grabbed.x()), round(grabbed.y() + lift)))
        self._own_drag = (post_id, self._grab_offset)
        try:
            # Esc during exec cancels: Qt sends the target a leave and returns IgnoreAction.
            drag.exec(Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, Qt.DropAction.MoveAction)
        finally:
            self._own_drag = None
            self._clear_drop()

    def _chip_pixmap(self: WeekView, post: Post, width: float) -> QPixmap:
        """What goes with the cursor: kind, platform and text, but no time; the time
        belongs to the ghost in the slot, which knows where the post would land."""
        size = QSizeF(max(width, 60.0), self._fonts.line_height + 6)
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap((size * ratio).toSize())
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_drag_chip(painter, QRectF(QPointF(0, 0), size), post, self.palette(), self._fonts)
        painter.end()
        return pixmap

    # ----- dropping onto the grid ---------------------------------------------------

    def dragEnterEvent(self: WeekView, event: QDragEnterEvent) -> None:
        ids = ids_from_mime(event.mimeData())
        if not ids:
            event.ignore()
            return
        if self._track(event.position(), ids, wants_copy(event)):
            event.setDropAction(_action(wants_copy(event)))
        # Accepted even over the header, or Qt would send no further moves.
        event.accept()

    def dragMoveEvent(self: WeekView, event: QDragMoveEvent) -> None:
        ids = ids_from_mime(event.mimeData())
        if ids and self._track(event.position(), ids, wants_copy(event)):
            event.setDropAction(_action(wants_copy(event)))
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self: WeekView, event: QDragLeaveEvent) -> None:
        self._clear_drop()
        event.accept()

    def dropEvent(self: WeekView, event: QDropEvent) -> None:
        ids = ids_from_mime(event.mimeData())
        copy = wants_copy(event)
        slot = self._slot_for(event.position(), ids) if ids else None
        self._clear_drop()
        if slot is None:
            event.ignore()
            return
        event.setDropAction(_action(copy))
        event.accept()
        day, time = self._slot_value(slot)
        # A drop carries one post; several ids (from elsewhere) move the first only.
        post_id = ids[0]
        post = self.known_post(post_id)
        if not copy and post is not None and (post.date, post.time) == (day, time):
            return  # dropped where it already is: nothing to undo
        self.moveRequested.emit(post_id, day, time, copy)

    def _slot_for(self: WeekView, pos: QPointF, ids: list[int]) -> tuple[int, int] | None:
        offset = self._own_drag[1] if self._own_drag and self._own_drag[0] == ids[0] else 0
        return self._geometry().slot_at(pos, offset)

    def _track(self: WeekView, pos: QPointF, ids: list[int], copy: bool) -> bool:
        self._drop_pos, self._drop_ids = QPointF(pos), ids
        self._set_autoscroll(pos)
        return self._retarget(pos, ids, copy)

    def _retarget(self: WeekView, pos: QPointF, ids: list[int], copy: bool) -> bool:
        slot = self._slot_for(pos, ids)
        text = None
        ghost = None
        badge: list[DailyLimitWarning] = []
        moving = self.known_post(ids[0])
        if slot is not None and moving is not None:
            day, time = self._slot_value(slot)
            text = drop_preview(self._posts, moving, day, self._settings, copy=copy)
            ghost = replace(moving, date=day, time=time)
            if text:  # the day as the drop would leave it, for the header's short badge
                stays = [p for p in self._posts if p.date == day and (copy or p.id != moving.id)]
                badge = [
                    w
                    for w in daily_limit_warnings([*stays, ghost], self._settings)
                    if w.platform is moving.platform
                ]
        if (slot, text, copy, ghost) != (
            self._drop,
            self._drop_text,
            self._drop_copy,
            self._drop_ghost,
        ):
            self._drop, self._drop_text, self._drop_copy = slot, text, copy
            self._drop_ghost, self._drop_badge = ghost, badge
            self.update()
        return slot is not None

    def _clear_drop(self: WeekView) -> None:
        self._autoscroll.stop()
        self._autoscroll_step = 0
        self._drop_pos, self._drop_ids = None, []
        if self._drop is not None or self._drop_text is not None:
            self._drop, self._drop_text, self._drop_copy = None, None, False
            self._drop_ghost, self._drop_badge = None, []
            self.update()

    # ----- scrolling while a drag waits at an edge ------------------------------------

    def _set_autoscroll(self: WeekView, pos: QPointF) -> None:
        body = self._geometry().body
        step = 0
        if body.left() <= pos.x() < body.right():
            if body.top() <= pos.y() < body.top() + DRAG_EDGE:
                step = -1
            elif body.bottom() - DRAG_EDGE < pos.y() <= body.bottom():
                step = 1
        self._autoscroll_step = step
        if step and not self._autoscroll.isActive():
            self._autoscroll.start()
        elif not step:
            self._autoscroll.stop()

    def _autoscroll_tick(self: WeekView) -> None:
        if not self._autoscroll_step or self._drop_pos is None or not self._drop_ids:
            self._autoscroll.stop()
            return
        geo = self._geometry()
        top = geo.scroll_px * 60 / geo.px_per_hour
        self._scroll_to_minutes(top + self._autoscroll_step * AUTOSCROLL_MINUTES)
        self._retarget(self._drop_pos, self._drop_ids, self._drop_copy)
