"""The week grid's background, painted once and reused: the page, the weekend and
off-hours shading, today's column, the hour lines and the hour axis look the same for
every week with the same size, scroll position, hours and palette, so a week switch
or a drop repaints them with one pixmap instead of some sixty fills and lines."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QPainter, QPalette, QPixmap

from planner.ui.week.grid_geometry import WeekGeometry
from planner.ui.week.grid_painter import paint_axis, paint_grid
from planner.ui.widgets import theme

KEPT = 2  # with and without a today column; each is the view's size, ~5 MB at 1400×900


class WeekBackground:
    """Background pixmaps, least recently used out."""

    def __init__(self) -> None:
        self._pixmaps: OrderedDict[Hashable, QPixmap] = OrderedDict()

    def paint(
        self,
        painter: QPainter,
        geo: WeekGeometry,
        palette: QPalette,
        font: QFont,
        *,
        today_index: int | None,
        work_start: int,
        work_end: int,
        ratio: float,
        past_days: int = 0,
    ) -> None:
        """Draw the background of the whole view at (0, 0)."""
        hours = (work_start, work_end)
        key = (geo, today_index, past_days, hours, palette.cacheKey(), font.key(), ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap(QSize(round(geo.width * ratio), round(geo.height * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            inner = QPainter(pixmap)
            inner.fillRect(pixmap.rect(), theme.base(palette))  # opaque: no stale pixels
            inner.save()
            inner.setClipRect(geo.body)
            paint_grid(
                inner, geo, palette, today_index=today_index, work_start=work_start,
                work_end=work_end, past_days=past_days,
            )  # fmt: skip
            inner.restore()
            paint_axis(inner, geo, palette, font)
            inner.end()
            self._pixmaps[key] = pixmap
            while len(self._pixmaps) > KEPT:
                self._pixmaps.popitem(last=False)
        else:
            self._pixmaps.move_to_end(key)
        painter.drawPixmap(0, 0, pixmap)

    def clear(self) -> None:
        self._pixmaps.clear()
