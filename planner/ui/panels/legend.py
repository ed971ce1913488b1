"""The key to the kind colours: a badge with the kind's colour and letter, and its name."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.core.domain import Kind
from planner.ui.widgets.theme import badge_text, kind_colour

GAP = 14


class KindLegend(QWidget):
    """``[O] Original  [S] Shared  [P] Promotional``, painted like the cards' badges."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Legend")
        self.setAccessibleDescription(", ".join(f"{kind.letter}: {kind.label}" for kind in Kind))
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

    def _badge(self) -> int:
        return self.fontMetrics().height() + 2

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        badge = self._badge()
        width = sum(badge + 5 + metrics.horizontalAdvance(k.label) + GAP for k in Kind)
        return QSize(width, badge + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        badge = self._badge()
        top = (self.height() - badge) / 2
        bold = QFont(self.font())
        bold.setBold(True)
        x = 0.0
        for kind in Kind:
            box = QRectF(x, top, badge, badge)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(kind_colour(kind))
            painter.drawRoundedRect(box, 3, 3)
            painter.setFont(bold)
            painter.setPen(badge_text(kind))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, kind.letter)
            painter.setFont(self.font())
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            label_w = metrics.horizontalAdvance(kind.label)
            text_box = QRectF(x + badge + 5, 0, label_w + 2, self.height())
            painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter, kind.label)
            x += badge + 5 + label_w + GAP
