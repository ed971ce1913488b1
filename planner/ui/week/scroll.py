"""Scrolling of WeekView: working hours fill the height, the rest of the day scrolls.

The view keeps its own vertical scroll bar (rather than sitting in a QScrollArea) so
the day headers stay put and every mouse and drop event reaches the view itself, in
its own coordinates.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect
from PySide6.QtGui import QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QWidget

from planner.core.layout import card_span, hours_to_fit
from planner.ui.week.grid_geometry import WeekGeometry
from planner.ui.week.grid_painter import axis_width, header_height
from planner.ui.widgets.card_painter import CardFonts

if TYPE_CHECKING:
    from planner.ui.week.view import WeekView

MIN_PX_PER_HOUR = 32.0  # below this the working day scrolls rather than shrinks


class WeekScrollMixin:
    """Geometry and scrolling for WeekView."""

    def _geometry(self: WeekView) -> WeekGeometry:
        if self._geo is None:
            font = self.font()
            head = header_height(font)
            visible = max(self.height() - head, 1.0)
            start, end = self._settings.day_start_hour, self._settings.day_end_hour
            px_per_hour = hours_to_fit(visible, start, end, MIN_PX_PER_HOUR)
            span = card_span(px_per_hour, self._fonts.two_line_height + 2)
            geo = WeekGeometry(
                width=float(self.width()),
                height=float(self.height()),
                header_height=head,
                axis_width=axis_width(font),
                right_margin=float(self._scrollbar.sizeHint().width()),
                px_per_hour=px_per_hour,
                scroll_px=0.0,
                bottom_pad=max(span - 15, 0) * px_per_hour / 60 + 2,
                card_minutes=span,
            )
            wanted = self._top_minutes * px_per_hour / 60
            self._geo = replace(geo, scroll_px=min(max(wanted, 0.0), geo.max_scroll))
        return self._geo

    def _sync_scrollbar(self: WeekView) -> None:
        geo = self._geometry()
        bar = self._scrollbar
        bar.blockSignals(True)
        bar.setGeometry(
            QRect(
                round(geo.width - geo.right_margin),
                round(geo.header_height),
                round(geo.right_margin),
                max(round(geo.height - geo.header_height), 0),
            )
        )
        bar.setRange(0, round(geo.max_scroll))
        bar.setPageStep(max(round(geo.body.height()), 1))
        bar.setSingleStep(max(round(geo.px_per_hour / 4), 1))
        bar.setValue(round(geo.scroll_px))
        bar.blockSignals(False)

    def _on_scrolled(self: WeekView, value: int) -> None:
        geo = self._geometry()
        self._top_minutes = value * 60 / geo.px_per_hour
        self._geo = None
        self.update()

    def scroll_to_hour(self: WeekView, hour: int) -> None:
        """Scroll so ``hour`` is at the top (or as near as the day's end allows)."""
        self._scroll_to_minutes(hour * 60)

    def _scroll_to_minutes(self: WeekView, minutes: float) -> None:
        self._top_minutes = float(min(max(minutes, 0), 24 * 60))
        self._geo = None
        self._sync_scrollbar()
        self._top_minutes = self._geometry().scroll_px * 60 / self._geometry().px_per_hour
        self.update()

    def ensure_visible(self: WeekView, post_id: int) -> None:
        card = self._card_by_id.get(post_id)
        if card is None:
            return
        geo = self._geometry()
        visible_minutes = geo.body.height() * 60 / geo.px_per_hour
        top = geo.scroll_px * 60 / geo.px_per_hour
        if card.start < top:
            self._scroll_to_minutes(card.start - 15)
        elif card.start + self._span > top + visible_minutes:
            self._scroll_to_minutes(card.start + self._span + 15 - visible_minutes)

    def resizeEvent(self: WeekView, event: QResizeEvent) -> None:
        self._geo = None
        self._relayout()
        self._sync_scrollbar()
        QWidget.resizeEvent(self, event)

    def changeEvent(self: WeekView, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fonts = CardFonts.from_font(self.font())
            self._geo = None
            self._relayout()
            self._sync_scrollbar()
        QWidget.changeEvent(self, event)

    def wheelEvent(self: WeekView, event: QWheelEvent) -> None:
        self._scrollbar.setValue(self._scrollbar.value() - event.angleDelta().y() // 4)
        event.accept()
