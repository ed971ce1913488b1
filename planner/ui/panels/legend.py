"""The key to the kind colours: a badge with the kind's colour and letter, and its name.

On one line where the panel is wide enough; a narrow panel stacks the kinds instead
of cutting their names.
"""

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
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _badge(self) -> int:
        return self.fontMetrics().height() + 2

    def _entry_width(self, kind: Kind) -> int:
        return self._badge() + 5 + self.fontMetrics().horizontalAdvance(kind.label)

    def _one_line_width(self) -> int:
        return sum(self._entry_width(k) + GAP for k in Kind)

    def _rows(self, width: int) -> int:
        return 1 if width >= self._one_line_width() - GAP else len(Kind)

    def sizeHint(self) -> QSize:
        return QSize(self._one_line_width(), self._badge() + 4)

    def minimumSizeHint(self) -> QSize:
        widest = max(self._entry_width(k) for k in Kind)
        return QSize(widest, self._badge() + 4)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._rows(width) * (self._badge() + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        badge = self._badge()
        row_height = badge + 4
        stacked = self._rows(self.width()) > 1
        bold = QFont(self.font())
        bold.setBold(True)
        x, top = 0.0, (row_height - badge) / 2
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
            text_box = QRectF(x + badge + 5, top - 2, label_w + 2, row_height)
            painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter, kind.label)
            if stacked:
                top += row_height
            else:
                x += badge + 5 + label_w + GAP
