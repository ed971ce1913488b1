"""The drop controller serves any calendar that maps a point to a (date, time): here a
strip of seven day cells with no hours at all, driven by real Qt drag events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from week_view_samples import FRI, MON, TUE, WEEK, drag_over, drop_at, leave, sample_posts

from planner.core.domain import Post
from planner.core.settings import Settings
from planner.ui.widgets.card_painter import CardFonts
from planner.ui.widgets.drop_controller import DropController
from planner.ui.widgets.mime import ids_to_mime

CELL = 100  # px per day
NINE = dt.time(9, 0)

Move = tuple[int, dt.date, dt.time, bool]


class DayStrip(QWidget):
    """Seven days side by side; a drop on a day lands at nine o'clock."""

    def __init__(self, posts: list[Post]) -> None:
        super().__init__()
        self.resize(7 * CELL, CELL)
        self.setAcceptDrops(True)
        self._posts = posts
        self._settings = Settings()
        self.moves: list[Move] = []
        self.hovered: list[QPointF] = []
        self.ended = 0
        self.drop = DropController(self, self, self._move)

    def _move(self, post_id: int, date: dt.date, time: dt.time, copy: bool, /) -> None:
        self.moves.append((post_id, date, time, copy))

    # ----- the DropSurface -----

    @property
    def posts(self) -> Sequence[Post]:
        return self._posts

    @property
    def settings(self) -> Settings:
        return self._settings

    def known_post(self, post_id: int) -> Post | None:
        return next((p for p in self._posts if p.id == post_id), None)

    def slot_at(
        self, pos: QPoint | QPointF, grab_minutes: int = 0
    ) -> tuple[dt.date, dt.time] | None:
        point = QPointF(pos)
        if not (0 <= point.x() < 7 * CELL and 0 <= point.y() < CELL):
            return None
        return WEEK.monday + dt.timedelta(days=int(point.x() // CELL)), NINE

    def card_area(self, post_id: int) -> QRectF | None:
        return None

    def minutes_into_card(self, post_id: int, pos: QPointF) -> float:
        return 0.0

    @property
    def card_fonts(self) -> CardFonts:
        return CardFonts.from_font(self.font())

    def drag_hovered(self, pos: QPointF) -> None:
        self.hovered.append(QPointF(pos))

    def drag_ended(self) -> None:
        self.ended += 1

    # ----- the events, handed over -----

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.drop.drag_entered(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.drop.drag_moved(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.drop.drag_left()

    def dropEvent(self, event: QDropEvent) -> None:
        self.drop.dropped(event)


@pytest.fixture
def strip(qtbot: QtBot) -> DayStrip:
    strip = DayStrip(sample_posts())
    qtbot.addWidget(strip)
    return strip


def cell(day: dt.date) -> QPoint:
    return QPoint((day - WEEK.monday).days * CELL + CELL // 2, CELL // 2)


def test_a_hover_previews_on_the_strip_and_a_drop_reaches_the_move_service(
    strip: DayStrip,
) -> None:
    mime = ids_to_mime([11])  # Friday's Facebook post
    assert drag_over(strip, cell(TUE), mime)  # Tuesday already has two
    assert strip.drop.target == (TUE, NINE)
    assert strip.drop.preview_text == "would be 3 Facebook posts; limit 1"
    ghost = strip.drop.ghost
    assert ghost is not None and (ghost.id, ghost.date, ghost.time) == (11, TUE, NINE)
    assert [w.date for w in strip.drop.badge] == [TUE]
    assert strip.hovered and strip.moves == []

    drop = drop_at(strip, cell(TUE), mime, copy=True)
    assert drop.isAccepted() and drop.dropAction() == Qt.DropAction.CopyAction
    assert strip.moves == [(11, TUE, NINE, True)]
    assert strip.drop.target is None and strip.drop.preview_text is None
    assert strip.ended == 1


def test_a_drop_outside_the_days_or_where_the_post_is_moves_nothing(strip: DayStrip) -> None:
    mime = ids_to_mime([1])  # Monday 09:00
    below = QPoint(CELL // 2, CELL + 10)
    assert not drag_over(strip, below, mime)
    assert not drop_at(strip, below, mime).isAccepted()
    assert drag_over(strip, cell(MON), mime)
    assert drop_at(strip, cell(MON), mime).isAccepted()
    assert drag_over(strip, cell(FRI), mime)
    leave(strip)
    assert strip.drop.target is None
    assert strip.moves == []
