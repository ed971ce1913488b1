"""Drag and drop on a calendar view: dragging a card out, and dropping posts onto a slot.

A drop only turns a position into a (date, time) and hands it to the move service;
while a drag hovers, the slot is highlighted and the day shows what the drop would
break (planner.core.rules.drop_preview), before anything changes.

The controller knows nothing of weeks or hours: any view that maps a point to a
(date, time), and tells which post's card is under the cursor when a press starts,
can use it (the week view today, the month view next).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QPoint, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QDrag,  # looked up here at call time, so a test can replace QDrag.exec alone
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QWidget

from planner.core.domain import Post
from planner.core.layout import SNAP_MINUTES, snap_down
from planner.core.rules import DailyLimitWarning, daily_limit_warnings, drop_preview
from planner.core.settings import Settings
from planner.ui.widgets.card_painter import PAD, CardFonts, paint_drag_chip
from planner.ui.widgets.mime import ids_from_mime, ids_to_mime

CHIP_GAP = 4  # px between the chip that follows the cursor and the ghost card below it
CHIP_MIN_WIDTH = 60.0
CHIP_MAX_WIDTH = 360.0  # px: a sentence's worth of the post beside its platform


class MoveService(Protocol):
    """Moves (or, with ``copy``, copies) a post to a date and time; for the week view,
    its ``moveRequested`` signal, which the window answers."""

    def __call__(self, post_id: int, date: dt.date, time: dt.time, copy: bool, /) -> None: ...


# What to say of a (date, time) a post may land on (a best time), or None; the window
# gives one for the dragged post, once per drag, or None when it has nothing to say.
SlotHint = Callable[[dt.date, dt.time], str | None]
SlotHints = Callable[[Post], SlotHint | None]


class DropSurface(Protocol):
    """What a calendar view tells the drop controller."""

    @property
    def posts(self) -> Sequence[Post]:
        """The dated posts shown (hidden platforms included): the preview counts them."""
        ...

    @property
    def settings(self) -> Settings: ...

    def known_post(self, post_id: int) -> Post | None:
        """A shown post or an idea that may be dragged in."""
        ...

    def slot_at(
        self, pos: QPoint | QPointF, grab_minutes: int = 0
    ) -> tuple[dt.date, dt.time] | None:
        """The (date, time) a drop at ``pos`` lands on, or None where none may land;
        ``grab_minutes`` is how far below its start the dragged card is held."""
        ...

    def card_area(self, post_id: int) -> QRectF | None:
        """Where the card of ``post_id`` is drawn, or None."""
        ...

    def minutes_into_card(self, post_id: int, pos: QPointF) -> float:
        """How many minutes below the start of its card ``pos`` is (0 where a card
        does not stand for a span of time)."""
        ...

    @property
    def card_fonts(self) -> CardFonts: ...

    def drag_hovered(self, pos: QPointF) -> None:
        """A drag waits at ``pos`` (the week scrolls when it waits at an edge)."""
        ...

    def drag_ended(self) -> None:
        """The drag left, dropped or was cancelled."""
        ...


def wants_copy(event: QDropEvent) -> bool:
    """Ctrl held copies. (Qt's proposed action is Copy for any drag it did not start,
    so the modifier is the one honest signal.)"""
    return bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)


def _action(copy: bool) -> Qt.DropAction:
    return Qt.DropAction.CopyAction if copy else Qt.DropAction.MoveAction


def chip_width(post: Post, card_width: float, fonts: CardFonts) -> float:
    """As wide as the card, and wider when its label needs it, up to CHIP_MAX_WIDTH:
    a chip as narrow as a narrow column showed only "Facebook · …"."""
    badge = fonts.line_height - 1
    chrome = PAD + 1 + badge + 4 + PAD + 2  # as paint_drag_chip lays it out
    label = fonts.text_metrics.horizontalAdvance(chip_label(post))
    return max(card_width, min(chrome + label, CHIP_MAX_WIDTH), CHIP_MIN_WIDTH)


def chip_label(post: Post) -> str:
    """The words on the chip: the platform and the post's first line."""
    return f"{post.platform.label} · {post.first_line}"


def chip_pixmap(
    post: Post, width: float, palette: QPalette, fonts: CardFonts, ratio: float
) -> QPixmap:
    """What goes with the cursor: kind, platform and text, but no time; the time
    belongs to the ghost in the slot, which knows where the post would land.
    ``width`` is the card's; the chip takes what its words need (``chip_width``)."""
    size = QSizeF(chip_width(post, width, fonts), fonts.line_height + 6)
    pixmap = QPixmap((size * ratio).toSize())
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_drag_chip(painter, QRectF(QPointF(0, 0), size), post, palette, fonts)
    painter.end()
    return pixmap


class DropController:
    """The drag source and drop target of one calendar view.

    ``widget`` is where drags start (their source, palette and pixel ratio) and what
    repaints while one hovers; ``surface`` answers where things are; ``move`` gets
    each drop. The view forwards its mouse and drag events here and paints what
    ``target``, ``ghost``, ``preview_text`` and ``badge`` say.
    """

    def __init__(self, widget: QWidget, surface: DropSurface, move: MoveService) -> None:
        self._widget = widget
        self._surface = surface
        self._move = move
        self._press_pos: QPointF | None = None
        self._press_id: int | None = None
        self._grab_offset = 0
        self._own_drag: tuple[int, int] | None = None  # (post id, grab offset) while dragging
        self._target: tuple[dt.date, dt.time] | None = None  # where a drop would land now
        self._text: str | None = None
        self._badge: list[DailyLimitWarning] = []  # the day's limit, as dropped
        self._ghost: Post | None = None  # the post as the drop would leave it
        self._copy = False
        self._hover_pos: QPointF | None = None
        self._hover_ids: list[int] = []
        self.slot_hints: SlotHints | None = None
        self._hint_at: tuple[int | None, SlotHint | None] | None = None  # once per drag
        self._hint: str | None = None

    # ----- what the hover shows -------------------------------------------------

    @property
    def target(self) -> tuple[dt.date, dt.time] | None:
        """The (date, time) a drop would land on now, while a drag hovers."""
        return self._target

    @property
    def ghost(self) -> Post | None:
        """The dragged post at the date and time a drop would give it, or None."""
        return self._ghost

    @property
    def preview_text(self) -> str | None:
        """What the hovering drop would break on its day, or None."""
        return self._text

    @property
    def badge(self) -> list[DailyLimitWarning]:
        """The target day's limit warnings as the drop would leave them (for its badge)."""
        return self._badge

    @property
    def hint_text(self) -> str | None:
        """What the slot a drop would land on means for the post (a best time), or None."""
        return self._hint

    @property
    def copying(self) -> bool:
        return self._copy

    # ----- dragging a card out ----------------------------------------------------

    def press(self, post_id: int, pos: QPointF) -> None:
        """The left button went down on the card of ``post_id``: a drag may follow."""
        grabbed = self._surface.minutes_into_card(post_id, pos)
        self._press_id = post_id
        self._press_pos = QPointF(pos)
        # Whole quarter hours only: the card then lands on the slot under the cursor.
        self._grab_offset = snap_down(max(grabbed, 0.0), SNAP_MINUTES)

    def mouse_moved(self, event: QMouseEvent) -> None:
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

    def released(self) -> None:
        self._press_id = None

    def _start_drag(self, post_id: int) -> None:
        rect = self._surface.card_area(post_id)
        post = self._surface.known_post(post_id)
        if rect is None or post is None or self._press_pos is None:
            return
        drag = QDrag(self._widget)
        drag.setMimeData(ids_to_mime([post_id]))
        widget = self._widget
        chip = chip_pixmap(
            post, rect.width(), widget.palette(), self._surface.card_fonts,
            widget.devicePixelRatioF(),
        )  # fmt: skip
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
            self._clear()

    # ----- dropping onto the view -----------------------------------------------------

    def drag_entered(self, event: QDragEnterEvent) -> None:
        ids = ids_from_mime(event.mimeData())
        if not ids:
            event.ignore()
            return
        if self._track(event.position(), ids, wants_copy(event)):
            event.setDropAction(_action(wants_copy(event)))
        # Accepted even over the header, or Qt would send no further moves.
        event.accept()

    def drag_moved(self, event: QDragMoveEvent) -> None:
        ids = ids_from_mime(event.mimeData())
        if ids and self._track(event.position(), ids, wants_copy(event)):
            event.setDropAction(_action(wants_copy(event)))
            event.accept()
        else:
            event.ignore()

    def drag_left(self) -> None:
        self._clear()

    def dropped(self, event: QDropEvent) -> None:
        ids = ids_from_mime(event.mimeData())
        copy = wants_copy(event)
        slot = self._slot_for(event.position(), ids) if ids else None
        self._clear()
        if slot is None:
            event.ignore()
            return
        event.setDropAction(_action(copy))
        event.accept()
        day, time = slot
        # A drop carries one post; several ids (from elsewhere) move the first only.
        post_id = ids[0]
        post = self._surface.known_post(post_id)
        if not copy and post is not None and (post.date, post.time) == (day, time):
            return  # dropped where it already is: nothing to undo
        self._move(post_id, day, time, copy)

    def retarget(self) -> None:
        """The view moved under a waiting drag (it scrolled): find the slot again."""
        if self._hover_pos is not None and self._hover_ids:
            self._retarget(self._hover_pos, self._hover_ids, self._copy)

    def _slot_for(self, pos: QPointF, ids: list[int]) -> tuple[dt.date, dt.time] | None:
        offset = self._own_drag[1] if self._own_drag and self._own_drag[0] == ids[0] else 0
        return self._surface.slot_at(pos, offset)

    def _track(self, pos: QPointF, ids: list[int], copy: bool) -> bool:
        self._hover_pos, self._hover_ids = QPointF(pos), ids
        self._surface.drag_hovered(pos)
        return self._retarget(pos, ids, copy)

    def _retarget(self, pos: QPointF, ids: list[int], copy: bool) -> bool:
        slot = self._slot_for(pos, ids)
        text = None
        ghost = None
        badge: list[DailyLimitWarning] = []
        moving = self._surface.known_post(ids[0])
        if slot is not None and moving is not None:
            day, time = slot
            posts, settings = self._surface.posts, self._surface.settings
            text = drop_preview(posts, moving, day, settings, copy=copy)
            ghost = replace(moving, date=day, time=time)
            if text:  # the day as the drop would leave it, for the header's short badge
                stays = [p for p in posts if p.date == day and (copy or p.id != moving.id)]
                badge = [
                    w
                    for w in daily_limit_warnings([*stays, ghost], settings)
                    if w.platform is moving.platform
                ]
        hint = self._hint_for(moving, slot) if slot is not None and moving is not None else None
        if (slot, text, copy, ghost, hint) != (
            self._target, self._text, self._copy, self._ghost, self._hint,
        ):  # fmt: skip
            self._target, self._text, self._copy = slot, text, copy
            self._ghost, self._badge, self._hint = ghost, badge, hint
            self._widget.update()
        return slot is not None

    def _hint_for(self, post: Post, slot: tuple[dt.date, dt.time]) -> str | None:
        if self.slot_hints is None:
            return None
        if self._hint_at is None or self._hint_at[0] != post.id:
            self._hint_at = (post.id, self.slot_hints(post))  # once per drag
        hints = self._hint_at[1]
        return None if hints is None else hints(*slot)

    def _clear(self) -> None:
        self._surface.drag_ended()
        self._hover_pos, self._hover_ids = None, []
        self._hint_at = None
        if self._target is not None or self._text is not None or self._hint is not None:
            self._target, self._text, self._copy = None, None, False
            self._ghost, self._badge, self._hint = None, [], None
            self._widget.update()
