"""Scrolling the week view's hours: working hours fill the height, the rest of the day
scrolls.

The view keeps its own vertical scroll bar (rather than sitting in a QScrollArea) so
the day headers stay put and every mouse and drop event reaches the view itself, in
its own coordinates. WeekScroll drives that bar and owns the timer that scrolls while
a drag waits at the top or bottom edge; the offset itself lives in WeekPositions, which
the painting and hit-testing read.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QTimer
from PySide6.QtWidgets import QScrollBar

from planner.core.layout import SNAP_MINUTES
from planner.ui.week.positions import WeekPositions

DRAG_EDGE = 28.0  # px at the top or bottom of the hours where a hovering drag scrolls
AUTOSCROLL_MINUTES = 15
AUTOSCROLL_MS = 80


class WeekScroll:
    """The scroll bar, the wheel and the drag's edge scrolling of one week view.

    ``bar`` is the view's scroll bar (a child of the view); ``repaint`` asks the view to
    paint again; ``autoscrolled`` is called after each step a waiting drag scrolled, so
    the drop can find its new slot under the unmoved cursor.
    """

    def __init__(
        self,
        bar: QScrollBar,
        positions: WeekPositions,
        repaint: Callable[[], None],
        autoscrolled: Callable[[], None],
    ) -> None:
        self._bar = bar
        self._positions = positions
        self._repaint = repaint
        self._autoscrolled = autoscrolled
        bar.valueChanged.connect(self._on_scrolled)
        self._autoscroll_step = 0
        self._autoscroll = QTimer(bar)
        self._autoscroll.setInterval(AUTOSCROLL_MS)
        self._autoscroll.timeout.connect(self._autoscroll_tick)

    def sync(self) -> None:
        """Fit the bar to the measured hours: its place, range, steps and value."""
        geo = self._positions.geometry
        bar = self._bar
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

    def _on_scrolled(self, value: int) -> None:
        self._positions.scroll_to(value * 60 / self._positions.geometry.px_per_hour)
        self._repaint()

    def scroll_to_minutes(self, minutes: float) -> None:
        """Put ``minutes`` after midnight at the top (or as near as the day's end allows)."""
        self._positions.scroll_to(float(min(max(minutes, 0), 24 * 60)))
        self.sync()
        self._positions.keep_scroll()
        self._repaint()

    def reveal_minutes(self, minutes: int) -> None:
        """Scroll the 15-minute slot at ``minutes`` into sight, centred, if it is out of it."""
        geo = self._positions.geometry
        top, visible = geo.top_minutes, geo.visible_minutes
        if not top <= minutes <= top + visible - SNAP_MINUTES:
            self.scroll_to_minutes(minutes - visible / 2)

    def reveal_card(self, post_id: int) -> None:
        """Scroll just enough for the card of ``post_id`` to show whole, if it is shown."""
        card = self._positions.card(post_id)
        if card is None:
            return
        geo = self._positions.geometry
        visible_minutes = geo.visible_minutes
        top = geo.top_minutes
        span = self._positions.span
        if card.start < top:
            self.scroll_to_minutes(card.start - 15)
        elif card.start + span > top + visible_minutes:
            self.scroll_to_minutes(card.start + span + 15 - visible_minutes)

    def wheel(self, angle_delta_y: int) -> None:
        self._bar.setValue(self._bar.value() - angle_delta_y // 4)

    # ----- scrolling while a drag waits at an edge ------------------------------------

    def autoscroll_at(self, pos: QPointF) -> None:
        """A drag hovers at ``pos``: scroll while it waits at the top or bottom edge."""
        body = self._positions.geometry.body
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

    def stop_autoscroll(self) -> None:
        self._autoscroll.stop()
        self._autoscroll_step = 0

    def _autoscroll_tick(self) -> None:
        if not self._autoscroll_step:
            self._autoscroll.stop()
            return
        top = self._positions.geometry.top_minutes
        self.scroll_to_minutes(top + self._autoscroll_step * AUTOSCROLL_MINUTES)
        self._autoscrolled()
