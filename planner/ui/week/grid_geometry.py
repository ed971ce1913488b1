"""Where the week grid's parts sit in the view: header, hour axis, day columns, slots.

One immutable snapshot per size and scroll position, so painting, hit-testing and
drops all agree on the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

from planner.core.layout import MINUTES_PER_DAY, SNAP_MINUTES, TimeScale, snap_down

DAYS = 7
CARD_GAP = 2.0  # px between side-by-side cards and from the column edges


@dataclass(frozen=True, slots=True)
class WeekGeometry:
    width: float
    height: float
    header_height: float
    axis_width: float
    right_margin: float  # room kept for the vertical scroll bar
    px_per_hour: float
    scroll_px: float  # how far the 24-hour body has scrolled up
    bottom_pad: float  # lets a card starting at 23:45 show whole
    card_minutes: int  # the minutes a card covers: 30, or more when hours are short

    @property
    def body(self) -> QRectF:
        """The visible part of the day columns, below the header, right of the axis."""
        return QRectF(
            self.axis_width,
            self.header_height,
            max(self.width - self.axis_width - self.right_margin, DAYS),
            max(self.height - self.header_height, 1.0),
        )

    @property
    def column_width(self) -> float:
        return self.body.width() / DAYS

    @property
    def scale(self) -> TimeScale:
        return TimeScale(top=self.header_height - self.scroll_px, px_per_hour=self.px_per_hour)

    @property
    def top_minutes(self) -> float:
        """The time of day at the top of the visible hours, in minutes."""
        return self.scroll_px * 60 / self.px_per_hour

    @property
    def visible_minutes(self) -> float:
        """How many minutes of the day the visible hours show."""
        return self.body.height() * 60 / self.px_per_hour

    @property
    def content_height(self) -> float:
        return MINUTES_PER_DAY / 60 * self.px_per_hour + self.bottom_pad

    @property
    def max_scroll(self) -> float:
        return max(self.content_height - self.body.height(), 0.0)

    def column_left(self, day_index: int) -> float:
        return self.axis_width + day_index * self.column_width

    def column_rect(self, day_index: int) -> QRectF:
        body = self.body
        return QRectF(self.column_left(day_index), body.top(), self.column_width, body.height())

    def header_rect(self, day_index: int) -> QRectF:
        return QRectF(self.column_left(day_index), 0.0, self.column_width, self.header_height)

    def day_index_at(self, x: float) -> int | None:
        body = self.body
        if not body.left() <= x < body.right():
            return None
        return min(int((x - body.left()) // self.column_width), DAYS - 1)

    def header_day_at(self, point: QPointF) -> int | None:
        if not 0 <= point.y() < self.header_height:
            return None
        return self.day_index_at(point.x())

    def slot_at(self, point: QPointF, offset_minutes: int = 0) -> tuple[int, int] | None:
        """(day index, snapped start minute) of the slot under ``point`` in the body.

        ``offset_minutes`` is how far below a card's top it was grabbed, so the card
        lands where it is drawn under the cursor rather than with its top there.
        """
        if not self.body.contains(point):
            return None
        day = self.day_index_at(point.x())
        if day is None:
            return None
        minutes = self.scale.minutes_at(point.y()) - offset_minutes
        return day, snap_down(minutes)

    def slot_rect(self, day_index: int, start: int, span: int = SNAP_MINUTES) -> QRectF:
        scale = self.scale
        top = scale.y_of(start)
        return QRectF(
            self.column_left(day_index) + 1,
            top,
            self.column_width - 2,
            scale.y_of(start + span) - top,
        )

    def slot_centre(self, day_index: int, start: int) -> QPointF:
        """A point inside the 15-minute slot; a drop there lands at ``start``."""
        return self.slot_rect(day_index, start).center()

    def card_rect(self, day_index: int, start: int, span: int, lane: int, lanes: int) -> QRectF:
        scale = self.scale
        top = scale.y_of(start) + 1
        height = scale.y_of(start + span) - top - 1
        inner = self.column_width - 2 * CARD_GAP
        lane_width = (inner + CARD_GAP) / lanes
        left = self.column_left(day_index) + CARD_GAP + lane * lane_width
        return QRectF(left, top, lane_width - CARD_GAP, height)
