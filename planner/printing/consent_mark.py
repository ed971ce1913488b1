"""The printed mark of a card whose consent does not hold: "CONSENT" in white on black,
at the right of the card's first line, so it reads on any black-and-white printer. The
warnings box of the page says what is wrong with it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from planner.printing.ink import INK, PAPER, draw_text, font, metrics

CONSENT = "CONSENT"


def draw_consent_tag(painter: QPainter, line: QRectF, px: float) -> QRectF:
    """Draw the tag at the right end of ``line`` (``px`` is the line's text size); return
    what is left of the line for its other words."""
    tag_font = font(px * 0.8, bold=True)
    pad = px * 0.25
    width = metrics(painter, tag_font).horizontalAdvance(CONSENT) + 2 * pad
    if width > line.width() * 0.6:  # a narrow column: the warnings box still says it
        return line
    box = QRectF(line.right() - width, line.top() + line.height() * 0.08, width,
                 line.height() * 0.84)  # fmt: skip
    painter.fillRect(box, INK)
    draw_text(painter, box, CONSENT, tag_font, colour=PAPER,
              align=Qt.AlignmentFlag.AlignHCenter, elide=False)  # fmt: skip
    return line.adjusted(0, 0, -(width + pad), 0)
