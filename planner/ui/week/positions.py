"""Where things are on the week view: the day columns, the hours, the slots, the day
headers and the cards, in the view's coordinates.

WeekPositions owns the grid's metrics (column width, pixels per hour, the card span,
the scroll offset), the week's cards as placed, and the remembered height each card's
text wants. It reads the size and font of the widget it measures and never changes
it; the scroll bar and the painting ask it rather than keep numbers of their own.
The numbers of one snapshot come from grid_geometry.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QPoint, QPointF, QRectF
from PySide6.QtWidgets import QWidget

from planner.core.domain import Platform, Post, Status
from planner.core.layout import CARD_MINUTES, card_span, hours_to_fit, snap_up
from planner.core.layout import time_at as time_at_minutes
from planner.core.post_filter import PostFilter
from planner.core.weeks import Week
from planner.ui.week.cards import Card, lay_out_cards
from planner.ui.week.grid_geometry import WeekGeometry
from planner.ui.week.grid_painter import axis_width, header_height
from planner.ui.widgets.card_painter import CardFonts, card_height_for, text_lines_wanted

WANTED_KEPT = 20_000  # texts whose card heights are remembered, before starting afresh
MIN_PX_PER_HOUR = 32.0  # below this the working day scrolls rather than shrinks


class WeekPositions:
    """The geometry of one week view: metrics, scroll offset and the cards' places.

    ``canvas`` is the widget measured (its size and font); ``margin`` is the widget
    whose width is kept free on the right (the scroll bar).
    """

    def __init__(
        self, canvas: QWidget, margin: QWidget, *, week: Week, start_hour: int, end_hour: int
    ) -> None:
        self._canvas = canvas
        self._margin = margin
        self._hours = (start_hour, end_hour)
        self._top_minutes = float(start_hour * 60)  # the wanted top, before clamping
        self._fonts = CardFonts.from_font(canvas.font())
        self._geo: WeekGeometry | None = None
        self._week = week
        self._posts: list[Post] = []
        self._filter = PostFilter()
        self._span = CARD_MINUTES
        self._cards: list[Card] = []
        self._card_by_id: dict[int, Card] = {}
        self._wanted: dict[tuple[str, Platform, Status, int], int] = {}  # minutes_wanted
        self._wanted_sizes: tuple[float, float] | None = None
        self._wanted_fonts: CardFonts | None = None

    # ----- metrics ---------------------------------------------------------------

    @property
    def fonts(self) -> CardFonts:
        """The cards' fonts, from the canvas's font."""
        return self._fonts

    @property
    def geometry(self) -> WeekGeometry:
        """The snapshot for the canvas's current size, hours, fonts and scroll offset."""
        if self._geo is None:
            font = self._canvas.font()
            head = header_height(font)
            visible = max(self._canvas.height() - head, 1.0)
            start, end = self._hours
            px_per_hour = hours_to_fit(visible, start, end, MIN_PX_PER_HOUR)
            span = card_span(px_per_hour, self._fonts.two_line_height + 2)
            geo = WeekGeometry(
                width=float(self._canvas.width()),
                height=float(self._canvas.height()),
                header_height=head,
                axis_width=axis_width(font),
                right_margin=float(self._margin.sizeHint().width()),
                px_per_hour=px_per_hour,
                scroll_px=0.0,
                bottom_pad=max(span - 15, 0) * px_per_hour / 60 + 2,
                card_minutes=span,
            )
            wanted = self._top_minutes * px_per_hour / 60
            self._geo = replace(geo, scroll_px=min(max(wanted, 0.0), geo.max_scroll))
        return self._geo

    def set_hours(self, start_hour: int, end_hour: int, *, to_start: bool) -> None:
        """The working hours that fill the height; new hours (or ``to_start``) scroll
        back to the start of the working day."""
        if (start_hour, end_hour) != self._hours or to_start:
            self._top_minutes = float(start_hour * 60)
        self._hours = (start_hour, end_hour)
        self._geo = None

    def scroll_to(self, minutes: float) -> None:
        """Put the time ``minutes`` at the top of the hours (clamped when measured)."""
        self._top_minutes = minutes
        self._geo = None

    def keep_scroll(self) -> None:
        """Take the measured, clamped offset as the wanted one, so a later change of
        size starts from what is shown."""
        geo = self.geometry
        self._top_minutes = geo.scroll_px * 60 / geo.px_per_hour

    def font_changed(self) -> None:
        """The canvas's font changed: new card fonts, and the cards placed afresh."""
        self._fonts = CardFonts.from_font(self._canvas.font())
        self.relayout()

    # ----- the cards -------------------------------------------------------------

    def place(self, week: Week, posts: Iterable[Post], shown: PostFilter) -> None:
        """Lay out ``week``'s cards from ``posts``, leaving out what ``shown`` hides."""
        self._week = week
        self._posts = list(posts)
        self._filter = shown
        self.relayout()

    def relayout(self) -> None:
        """Measure afresh (the size or the font changed) and place the cards again."""
        self._geo = None
        self._span = self.geometry.card_minutes
        cards = lay_out_cards(
            self._week, self._posts, self._filter, self._span, self.minutes_wanted
        )
        self._cards = cards
        self._card_by_id = {card.post_id: card for card in cards}

    def cards_for(self, week: Week, posts: Iterable[Post]) -> list[Card]:
        """The cards ``week`` would show, placed at the current size, without showing them."""
        return lay_out_cards(
            week, posts, self._filter, self.geometry.card_minutes, self.minutes_wanted
        )

    @property
    def week(self) -> Week:
        return self._week

    @property
    def cards(self) -> list[Card]:
        return self._cards

    @property
    def span(self) -> int:
        """The minutes a card covers at this size."""
        return self._span

    def card(self, post_id: int) -> Card | None:
        return self._card_by_id.get(post_id)

    def ids_in_time_order(self) -> list[int]:
        return [c.post_id for c in sorted(self._cards, key=lambda c: (c.day, c.start, c.lane))]

    # ----- where things are ------------------------------------------------------

    def day_index(self, day: dt.date) -> int:
        if day not in self._week:
            raise ValueError(f"{day} is not in {self._week}")
        return (day - self._week.monday).days

    def slot_value(self, slot: tuple[int, int]) -> tuple[dt.date, dt.time]:
        """(day index, start minute) as the date and time they stand for."""
        day, minutes = slot
        return self._week.monday + dt.timedelta(days=day), time_at_minutes(minutes)

    def slot_at(
        self, pos: QPoint | QPointF, grab_minutes: int = 0
    ) -> tuple[dt.date, dt.time] | None:
        """The (date, time) of the slot under ``pos``, or None outside the hours;
        ``grab_minutes`` is how far below its start a dragged card is held."""
        slot = self.geometry.slot_at(QPointF(pos), grab_minutes)
        return None if slot is None else self.slot_value(slot)

    def card_rect(self, card: Card) -> QRectF:
        return self.geometry.card_rect(
            card.day, card.start, card.end - card.start, card.lane, card.lanes
        )

    def card_at(self, pos: QPoint | QPointF) -> int | None:
        """The id of the card under ``pos`` (the one drawn on top), or None."""
        point = QPointF(pos)
        if not self.geometry.body.contains(point):
            return None
        for card in reversed(self._cards):
            if self.card_rect(card).contains(point):
                return card.post_id
        return None

    def minutes_wanted(self, post: Post, lanes: int) -> int:
        """Minutes a card would cover to show its text whole (up to a few lines).

        Remembered per text and lanes while the column width, the hour height and the
        fonts stay: measuring every card's text on every refresh took about a
        millisecond and a half of each week switch and drop."""
        geo = self.geometry
        sizes = (geo.column_width, geo.px_per_hour)
        stale = sizes != self._wanted_sizes or self._fonts is not self._wanted_fonts
        if stale or len(self._wanted) > WANTED_KEPT:
            self._wanted_sizes, self._wanted_fonts = sizes, self._fonts
            self._wanted = {}
        key = (post.text, post.platform, post.status, lanes)  # all change the text's room
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
