"""Text on the month, drawn at computed points: a rect and alignment flags make Qt lay the
text out again on every call, five times the cost, and a month draws a few hundred."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter


@dataclass(frozen=True, slots=True)
class Face:
    """A font and its metrics, made once."""

    font: QFont
    metrics: QFontMetricsF

    @classmethod
    def of(cls, font: QFont) -> Face:
        return cls(font, QFontMetricsF(font))

    def width(self, text: str) -> float:
        return self.metrics.horizontalAdvance(text)


@dataclass(frozen=True, slots=True)
class MonthFaces:
    """The month's type: the widget's font, bold, small and small italic."""

    normal: Face
    bold: Face
    small: Face
    italic: Face

    @classmethod
    def of(cls, font: QFont) -> MonthFaces:
        bold = QFont(font)
        bold.setBold(True)
        small = QFont(font)
        if font.pointSizeF() > 0:
            small.setPointSizeF(font.pointSizeF() * 0.85)
        else:
            small.setPixelSize(max(round(font.pixelSize() * 0.85), 6))
        italic = QFont(small)
        italic.setItalic(True)
        return cls(Face.of(font), Face.of(bold), Face.of(small), Face.of(italic))


def draw(painter: QPainter, rect: QRectF, text: str, face: Face, align: str = "left") -> None:
    """``text`` on one line in ``rect``, centred in its height: left, centre or right."""
    metrics = face.metrics
    y = rect.top() + (rect.height() - metrics.height()) / 2 + metrics.ascent()
    if align == "left":
        x = rect.left()
    else:
        width = metrics.horizontalAdvance(text)
        x = rect.right() - width if align == "right" else rect.center().x() - width / 2
    painter.setFont(face.font)
    painter.drawText(QPointF(x, y), text)


def cut(text: str, face: Face, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` ("" when nothing fits)."""
    if width <= 0:
        return ""
    if face.width(text) <= width:
        return text
    from planner.ui.widgets.card_painter import elided

    return elided(text, face.metrics, width)
