"""The month view as its drop controller sees it: a point is a day, and a post dropped
on a day keeps its time (an idea gets the morning's first working hour, 09:00 at the
earliest). A chip stands for no span of time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, QPointF, QRectF

from planner.core.domain import Post
from planner.core.settings import Settings
from planner.ui.month.content import MonthLayout
from planner.ui.widgets.card_painter import CardFonts


def idea_time(settings: Settings) -> dt.time:
    """Where an idea dropped on a day lands: 09:00, or the working day's start if later."""
    return dt.time(min(max(settings.day_start_hour, 9), 23), 0)


class MonthDropSurface:
    """A DropSurface (planner.ui.widgets.drop_controller) over the month's layout.

    ``dragged`` is the id the view read from the hovering drag's MIME data, so that a
    day can be turned into that post's (day, time)."""

    def __init__(
        self,
        layout: Callable[[], MonthLayout],
        known: Callable[[int], Post | None],
        fonts: Callable[[], CardFonts],
    ) -> None:
        self._layout = layout
        self._known = known
        self._fonts = fonts
        self.dragged: int | None = None

    @property
    def posts(self) -> Sequence[Post]:
        return self._layout().content.posts

    @property
    def settings(self) -> Settings:
        return self._layout().content.settings

    def known_post(self, post_id: int) -> Post | None:
        return self._known(post_id)

    def slot_at(
        self, pos: QPoint | QPointF, grab_minutes: int = 0
    ) -> tuple[dt.date, dt.time] | None:
        day = self._layout().geo.day_at(QPointF(pos))
        post = None if self.dragged is None else self._known(self.dragged)
        if day is None or post is None:
            return None
        return day, post.time if post.time is not None else idea_time(self.settings)

    def card_area(self, post_id: int) -> QRectF | None:
        chip = self._layout().chip(post_id)
        return None if chip is None else chip.rect

    def minutes_into_card(self, post_id: int, pos: QPointF) -> float:
        return 0.0

    @property
    def card_fonts(self) -> CardFonts:
        return self._fonts()

    def drag_hovered(self, pos: QPointF) -> None:
        pass  # the whole month is in sight: nothing to scroll

    def drag_ended(self) -> None:
        self.dragged = None
