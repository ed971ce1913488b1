"""The guard's mark on a printed card: a ringed "!" and the words "check before posting".

In ink only, with a heavy ring and bold words: it must read on a black-and-white office
printer and to someone who sees no colour.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from planner.core.page_plan import CHECK_MARK, CHECK_WORDS
from planner.printing.ink import INK, PAPER, draw_text, fitted_font, font


def paint_check_line(painter: QPainter, row: QRectF, px: float) -> QRectF:
    """The mark and the words in ``row`` (one line of a card); returns the mark's rect."""
    side = row.height() * 0.92
    mark = QRectF(row.left(), row.center().y() - side / 2, side, side)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(INK)
    pen.setWidthF(max(side * 0.12, 0.5))
    painter.setPen(pen)
    painter.setBrush(INK)
    painter.drawEllipse(mark.center(), side / 2 - pen.widthF() / 2, side / 2 - pen.widthF() / 2)
    bang = fitted_font(painter, [CHECK_MARK], side, side * 0.8, bold=True)
    painter.setFont(bang)
    painter.setPen(PAPER)
    painter.drawText(mark, int(Qt.AlignmentFlag.AlignCenter), CHECK_MARK)
    painter.restore()
    words = QRectF(QPointF(mark.right() + side * 0.3, row.top()), row.bottomRight())
    shown = fitted_font(painter, [CHECK_WORDS], words.width(), px, bold=True, italic=True)
    if shown.pixelSize() >= px * 0.7:
        draw_text(painter, words, CHECK_WORDS, shown, elide=False)
    else:  # a narrow column: one word; the warnings box says what the mark means
        draw_text(painter, words, "check", font(px, bold=True, italic=True))
    return mark
