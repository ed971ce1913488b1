"""How an awareness day looks wherever it is shown: a small green diamond and its name."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette

from planner.ui.widgets import theme

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def awareness_colour(palette: QPalette) -> QColor:
    """A green apart from the kind colours and the warning red, light or dark."""
    return QColor("#7FD1A8") if theme.is_dark(palette) else QColor("#1B7A4B")


def paint_awareness_mark(painter: QPainter, rect: QRectF, palette: QPalette) -> float:
    """The diamond, centred in the height of ``rect`` at its left; returns its width."""
    side = min(rect.height() * 0.45, 7.0)
    centre = QPointF(rect.left() + side / 2 + 1, rect.center().y())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(awareness_colour(palette))
    painter.translate(centre)
    painter.rotate(45)
    painter.drawRect(QRectF(-side / 2, -side / 2, side, side))
    painter.restore()
    return side + 2


def awareness_text(names: Sequence[str]) -> str:
    """``World Heart Day``, or ``World Heart Day +1`` when the day has more."""
    return names[0] + (f" +{len(names) - 1}" if len(names) > 1 else "") if names else ""


def paint_awareness_line(
    painter: QPainter, rect: QRectF, names: Sequence[str], palette: QPalette, font: QFont
) -> None:
    """The mark and the first name in italics, cut to fit, "+N" for the others."""
    if not names:
        return
    width = paint_awareness_mark(painter, rect, palette)
    italic = QFont(font)
    italic.setItalic(True)
    text_rect = rect.adjusted(width + 3, 0, 0, 0)
    shown = QFontMetricsF(italic).elidedText(
        awareness_text(names), Qt.TextElideMode.ElideRight, text_rect.width()
    )
    painter.save()
    painter.setFont(italic)
    painter.setPen(awareness_colour(palette))
    painter.drawText(text_rect, _LEFT, shown)
    painter.restore()
