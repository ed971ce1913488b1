"""Parts of the month painted once and reused: a day's cell (its shading, number, badge,
awareness and "+N more") and a week's mix look the same until what they show changes,
so a drop repaints the two days it touched and blits the rest."""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Hashable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPixmap


class PieceCache:
    """Pixmaps by everything that shows on them, least recently used out."""

    def __init__(self, limit: int = 600) -> None:
        self._limit = limit
        self._pixmaps: OrderedDict[Hashable, tuple[QPixmap, QPointF]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._pixmaps)

    def clear(self) -> None:
        self._pixmaps.clear()

    def draw(
        self,
        painter: QPainter,
        rect: QRectF,
        key: Hashable,
        paint: Callable[[QPainter, QRectF], None],
        ratio: float,
    ) -> None:
        """Blit the piece for ``key`` at ``rect``, painting it first if it is new.
        ``paint`` draws into the rect it is given (in the piece's own coordinates)."""
        pixmap, corner = self.prepare(rect, key, paint, ratio)
        painter.drawPixmap(corner, pixmap)

    def prepare(
        self,
        rect: QRectF,
        key: Hashable,
        paint: Callable[[QPainter, QRectF], None],
        ratio: float,
    ) -> tuple[QPixmap, QPointF]:
        left, top = math.floor(rect.left()), math.floor(rect.top())
        # The fraction of a pixel is part of the key: a blit then matches a fresh paint.
        dx, dy = round(rect.left() - left, 2), round(rect.top() - top, 2)
        full = (key, dx, dy, round(rect.width(), 2), round(rect.height(), 2), ratio)
        found = self._pixmaps.get(full)
        if found is None:
            width, height = math.ceil(rect.width() + dx), math.ceil(rect.height() + dy)
            pixmap = QPixmap(QSize(math.ceil(width * ratio), math.ceil(height * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            inner = QPainter(pixmap)
            inner.setRenderHint(QPainter.RenderHint.Antialiasing)
            paint(inner, QRectF(dx, dy, rect.width(), rect.height()))
            inner.end()
            found = self._pixmaps[full] = (pixmap, QPointF(left, top))
            while len(self._pixmaps) > self._limit:
                self._pixmaps.popitem(last=False)
        else:
            self._pixmaps.move_to_end(full)
        return found[0], QPointF(left, top)
