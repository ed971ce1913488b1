"""Where things are on WeekView: slots, day headers and cards in view coordinates.

The window and the tests ask these questions; drag and drop and the mouse handlers
use them too. The numbers themselves come from week_grid_geometry.py.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF

from planner.core.domain import Post
from planner.core.layout import SNAP_MINUTES, minutes_of, snap_up
from planner.core.layout import time_at as time_at_minutes
from planner.ui.week.cards import Card
from planner.ui.widgets.card_painter import card_height_for, text_lines_wanted

if TYPE_CHECKING:
    from planner.ui.week.view import WeekView

WANTED_KEPT = 20_000  # texts whose card heights are remembered, before starting afresh


class WeekPositionsMixin:
    """The position queries of WeekView, and how tall each card wants to be."""

    def _day_index(self: WeekView, day: dt.date) -> int:
        if day not in self._week:
            raise ValueError(f"{day} is not in {self._week}")
        return (day - self._week.monday).days

    def slot_position(self: WeekView, day: dt.date, time: dt.time) -> QPoint:
        """A point (view coordinates) inside the 15-minute slot of ``day`` at ``time``,
        scrolling the hours first if that slot is out of sight."""
        minutes = minutes_of(time)
        geo = self._geometry()
        top = geo.scroll_px * 60 / geo.px_per_hour
        visible = geo.body.height() * 60 / geo.px_per_hour
        if not top <= minutes <= top + visible - SNAP_MINUTES:
            self._scroll_to_minutes(minutes - visible / 2)
        return self._geometry().slot_centre(self._day_index(day), minutes).toPoint()

    def slot_at(self: WeekView, pos: QPoint | QPointF) -> tuple[dt.date, dt.time] | None:
        slot = self._geometry().slot_at(QPointF(pos))
        return None if slot is None else self._slot_value(slot)

    def _slot_value(self: WeekView, slot: tuple[int, int]) -> tuple[dt.date, dt.time]:
        day, minutes = slot
        return self._week.monday + dt.timedelta(days=day), time_at_minutes(minutes)

    def header_rect(self: WeekView, day: dt.date) -> QRect:
        return self._geometry().header_rect(self._day_index(day)).toRect()

    def card_rect(self: WeekView, post_id: int) -> QRect | None:
        """Where the card is drawn, in view coordinates (None when it is not shown)."""
        card = self._card_by_id.get(post_id)
        return None if card is None else self._card_rectf(card).toRect()

    def _card_rectf(self: WeekView, card: Card) -> QRectF:
        return self._geometry().card_rect(
            card.day, card.start, card.end - card.start, card.lane, card.lanes
        )

    def card_at(self: WeekView, pos: QPoint | QPointF) -> int | None:
        point = QPointF(pos)
        if not self._geometry().body.contains(point):
            return None
        for card in reversed(self._cards):
            if self._card_rectf(card).contains(point):
                return card.post_id
        return None

    def _minutes_wanted(self: WeekView, post: Post, lanes: int) -> int:
        """Minutes a card would cover to show its text whole (up to a few lines).

        Remembered per text and lanes while the column width, the hour height and the
        fonts stay: measuring every card's text on every refresh took about a
        millisecond and a half of each week switch and drop."""
        geo = self._geometry()
        sizes = (geo.column_width, geo.px_per_hour)
        stale = sizes != self._wanted_sizes or self._fonts is not self._wanted_fonts
        if stale or len(self._wanted) > WANTED_KEPT:
            self._wanted_sizes, self._wanted_fonts = sizes, self._fonts
            self._wanted = {}
        key = (post.text, lanes)
        minutes = self._wanted.get(key)
        if minutes is None:
            width = geo.card_rect(0, 0, 1, 0, lanes).width()
            lines = text_lines_wanted(post, width, self._fonts)
            minutes = (
                snap_up(card_height_for(lines, self._fonts) / geo.px_per_hour * 60)
                if lines > 1
                else 0
            )
            self._wanted[key] = minutes
        return minutes
