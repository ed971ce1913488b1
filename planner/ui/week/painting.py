"""One frame of the week view, back to front: the cached background, the cards from
the card cache, a hovering drop, the day headers and the focus frame."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QPen

from planner.core.domain import Post
from planner.ui.week.background import WeekBackground
from planner.ui.week.drop_hint import paint_drop_hint
from planner.ui.week.grid_geometry import WeekGeometry
from planner.ui.week.grid_painter import DayHeader, paint_drop_hover, paint_headers
from planner.ui.widgets import theme
from planner.ui.widgets.card_cache import CardPixmapCache
from planner.ui.widgets.card_painter import CardFonts


@dataclass(frozen=True, slots=True)
class DropHover:
    """A drag hovering over the grid: the slot it would land on and what it shows."""

    day: int  # 0 is Monday
    start: int  # minutes since midnight
    text: str | None  # what the drop would break, or None
    copy: bool
    ghost: Post | None  # the post as the drop would leave it
    hint: str | None = None  # a best time, or None


@dataclass(frozen=True, slots=True)
class WeekFrame:
    """What one frame shows, besides the geometry and the cards."""

    headers: list[DayHeader]
    today_index: int | None
    past_days: int  # how many days of the week, from Monday, are gone by
    work_hours: tuple[int, int]
    span: int  # the minutes a card covers
    hover: DropHover | None
    focused: bool


def paint_week(
    painter: QPainter,
    geo: WeekGeometry,
    frame: WeekFrame,
    cards: Iterable[tuple[QRectF, Post, bool]],
    *,
    background: WeekBackground,
    card_cache: CardPixmapCache,
    palette: QPalette,
    font: QFont,
    fonts: CardFonts,
    ratio: float,
    marked: Collection[int] = (),
) -> None:
    """Paint the whole view; ``cards`` are (rect, post, selected); the posts ``marked``
    have a consent problem."""
    background.paint(
        painter,
        geo,
        palette,
        font,
        today_index=frame.today_index,
        work_start=frame.work_hours[0],
        work_end=frame.work_hours[1],
        ratio=ratio,
        past_days=frame.past_days,
    )
    painter.save()
    painter.setClipRect(geo.body)
    # Straight grid lines are crisp without antialiasing; rounded cards need it.
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    card_cache.paint_cards(
        painter, cards, geo.body, palette, fonts, focused=frame.focused, ratio=ratio,
        marked=marked,
    )  # fmt: skip
    hover = frame.hover
    if hover is not None:
        paint_drop_hover(
            painter,
            geo,
            hover.day,
            hover.start,
            frame.span,
            hover.text,
            palette,
            font,
            copy=hover.copy,
            ghost=hover.ghost,
            fonts=fonts,
        )
        if hover.hint:
            paint_drop_hint(
                painter, geo, hover.day, hover.start, frame.span, hover.text, hover.hint,
                palette, font,
            )  # fmt: skip
    painter.restore()
    paint_headers(painter, geo, palette, frame.headers, font)
    if frame.focused:
        painter.setPen(QPen(theme.focus_colour(palette), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(1, 1, geo.width - geo.right_margin - 2, geo.height - 2))
