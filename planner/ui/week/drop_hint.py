"""The best-time hint a hovering drop shows: a calm box under the slot (and under the
red warning box, when the drop would also break something), never mistaken for one."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QPolygonF

from planner.ui.week.grid_geometry import WeekGeometry
from planner.ui.widgets import theme
from planner.ui.widgets.card_painter import warning_box_height

_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
GAP = 3  # px between the slot and each box below it


def hint_box_height(text: str, width: float, font: QFont) -> float:
    """The height the wrapped hint needs at ``width``, its mark included."""
    metrics = QFontMetricsF(font)
    mark = metrics.height() * 0.8
    bounds = metrics.boundingRect(QRectF(0, 0, max(width - mark - 11, 10), 10_000), _FLAGS, text)
    return bounds.height() + 6


def hint_box(
    geo: WeekGeometry, day: int, start: int, span: int, warning: str | None, hint: str, font: QFont
) -> QRectF:
    """Where the hint goes: below the slot (below the warning box when there is one), or
    above when the body has no room left below."""
    slot = geo.slot_rect(day, start, span)
    width = geo.column_width - 6
    height = hint_box_height(hint, width, font)
    top, above = slot.bottom() + GAP, slot.top()
    if warning:
        warned = warning_box_height(warning, width, font)
        if top + warned > geo.body.bottom():  # the warning box went above the slot
            above = slot.top() - GAP - warned
        else:
            top += warned + GAP
    if top + height > geo.body.bottom():
        top = above - GAP - height
    return QRectF(geo.column_left(day) + 3, top, width, height)


def paint_drop_hint(
    painter: QPainter,
    geo: WeekGeometry,
    day: int,
    start: int,
    span: int,
    warning: str | None,
    hint: str,
    palette: QPalette,
    font: QFont,
) -> None:
    """The hint in a box outlined in the highlight colour, with a star."""
    rect = hint_box(geo, day, start, span, warning, hint, font)
    colour = theme.focus_colour(palette)
    fill = theme.blend(colour, theme.base(palette), 0.12)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 1.5))
    painter.setBrush(fill)
    painter.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), 3, 3)
    mark = QFontMetricsF(font).height() * 0.8
    _paint_star(painter, QRectF(rect.left() + 4, rect.top() + 3, mark, mark), colour)
    painter.setFont(font)
    painter.setPen(theme.text_on(fill))
    painter.drawText(rect.adjusted(mark + 7, 2, -4, -2), _FLAGS, hint)
    painter.restore()


def _paint_star(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    centre, outer = rect.center(), min(rect.width(), rect.height()) / 2
    points = [
        QPointF(
            centre.x() + (outer if i % 2 == 0 else outer * 0.45) * math.sin(i * math.pi / 5),
            centre.y() - (outer if i % 2 == 0 else outer * 0.45) * math.cos(i * math.pi / 5),
        )
        for i in range(10)
    ]
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF(points))
