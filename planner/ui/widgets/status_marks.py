"""How a card shows its post's status, so that it reads in black and white too.

A draft is drawn paler with a dashed border (written, not yet scheduled); a scheduled
post is the plain card; a published one is quieter (a paler fill and softer text)
and ticked. The printed page marks the statuses the same way (planner.printing).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen

from planner.core.domain import Post, Status
from planner.ui.widgets import theme

DASHES = [3.0, 2.0]  # in pen widths: a dash of 4.5 px and a gap of 3 px at 1.5 px


@dataclass(frozen=True, slots=True)
class CardLook:
    """The colours and lines of one card."""

    fill: QColor
    edge: QColor  # the kind-coloured strip down the left
    border: QPen
    text: QColor
    ticked: bool  # a published post's tick, top right
    mark: QColor  # the tick's colour: plain, where the text is softened


def card_look(post: Post, palette: QPalette) -> CardLook:
    """The look of ``post``'s card in ``palette`` (light or dark)."""
    kind = theme.kind_colour(post.kind)
    base = theme.base(palette)
    dark = theme.is_dark(palette)
    if post.status is Status.DRAFT:
        fill = theme.blend(kind, base, 0.24 if dark else 0.12)
        border = QPen(_strong_edge(kind, palette), 1.5)
        border.setDashPattern(DASHES)
        border.setCapStyle(Qt.PenCapStyle.FlatCap)
        return CardLook(fill, kind, border, theme.text_on(fill), False, theme.text_on(fill))
    if post.status is Status.PUBLISHED:
        fill = theme.blend(kind, base, 0.16 if dark else 0.09)
        softer = theme.blend(theme.text_on(fill), fill, 0.78)  # still AA on the fill
        border = QPen(theme.blend(kind, base, 0.45), 1)
        edge = theme.blend(kind, base, 0.55)
        return CardLook(fill, edge, border, softer, True, theme.text_on(fill))
    fill = theme.card_fill(post.kind, palette)
    # As dark as a draft's dashes, so that solid against dashed reads in grey too.
    border = QPen(_strong_edge(kind, palette), 1)
    return CardLook(fill, kind, border, theme.text_on(fill), False, theme.text_on(fill))


def _strong_edge(kind: QColor, palette: QPalette) -> QColor:
    return theme.blend(kind, palette.color(QPalette.ColorRole.Text), 0.55)


def tick_width(line: float) -> float:
    """The room a tick takes at the end of a card's first line."""
    return line * 0.9


def paint_tick(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """A bold check mark filling ``rect`` (square-ish), drawn so no font is needed."""
    side = min(rect.width(), rect.height())
    left = rect.left() + (rect.width() - side) / 2
    top = rect.top() + (rect.height() - side) / 2
    pen = QPen(colour, max(side * 0.16, 1.6))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(
        [
            QPointF(left + side * 0.14, top + side * 0.55),
            QPointF(left + side * 0.40, top + side * 0.80),
            QPointF(left + side * 0.88, top + side * 0.22),
        ]
    )
    painter.restore()
