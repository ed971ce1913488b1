"""The week view as its drop controller sees it: a point is a (date, time) slot of the
week, a card is a span of minutes, and a drag waiting at an edge scrolls the hours."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QPoint, QPointF, QRectF

from planner.core.domain import Post
from planner.core.settings import Settings
from planner.ui.week.positions import WeekPositions
from planner.ui.week.scroll import WeekScroll
from planner.ui.widgets.card_painter import CardFonts


class ShownPosts(Protocol):
    """What the view shows: the week's posts, the settings, and any post by id."""

    @property
    def posts(self) -> Sequence[Post]: ...

    @property
    def settings(self) -> Settings: ...

    def known_post(self, post_id: int) -> Post | None: ...


class WeekDropSurface:
    """A DropSurface (planner.ui.widgets.drop_controller) over the week's collaborators."""

    def __init__(self, shown: ShownPosts, positions: WeekPositions, scroll: WeekScroll) -> None:
        self._shown = shown
        self._positions = positions
        self._scroll = scroll

    @property
    def posts(self) -> Sequence[Post]:
        return self._shown.posts

    @property
    def settings(self) -> Settings:
        return self._shown.settings

    def known_post(self, post_id: int) -> Post | None:
        return self._shown.known_post(post_id)

    def slot_at(
        self, pos: QPoint | QPointF, grab_minutes: int = 0
    ) -> tuple[dt.date, dt.time] | None:
        return self._positions.slot_at(pos, grab_minutes)

    def card_area(self, post_id: int) -> QRectF | None:
        card = self._positions.card(post_id)
        return None if card is None else self._positions.card_rect(card)

    def minutes_into_card(self, post_id: int, pos: QPointF) -> float:
        card = self._positions.card(post_id)
        if card is None:
            return 0.0
        return self._positions.geometry.scale.minutes_at(pos.y()) - card.start

    @property
    def card_fonts(self) -> CardFonts:
        return self._positions.fonts

    def drag_hovered(self, pos: QPointF) -> None:
        self._scroll.autoscroll_at(pos)

    def drag_ended(self) -> None:
        self._scroll.stop_autoscroll()
