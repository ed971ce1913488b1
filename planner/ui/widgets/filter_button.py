"""A show/hide toggle for one platform that looks plainly on or off, in any palette.

The style's own checked tool button differs from an unchecked one by a faint panel,
too little to tell at a glance whether a platform is hidden. This one is filled with
the highlight colour and ticked when shown, and dimmed with an empty box when hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from planner.ui.widgets import theme

BOX = 12.0  # the tick box, px
GAP = 4.0
PAD_X = 6.0


class FilterButton(QToolButton):
    """A checkable tool button for ``action``; its checked state is the action's."""

    def __init__(
        self, action: QAction, name: str, short: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._short = short
        self._compact = False
        self.setDefaultAction(action)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        width = PAD_X + BOX + GAP + metrics.horizontalAdvance(self.shown_label()) + PAD_X
        height = max(metrics.height() + 10, BOX + 10)
        return QSize(round(width + 0.5), round(height + 0.5))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def set_compact(self, compact: bool) -> None:
        """Show the short name ("FB") in a narrow window; the full one stays the
        accessible name and the tooltip's."""
        if compact != self._compact:
            self._compact = compact
            self.updateGeometry()
            self.update()

    def shown_label(self) -> str:
        if self._compact and self._short:
            return self._short
        return self.text().replace("&", "")

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        on = self.isChecked()
        highlight = theme.focus_colour(palette)
        button = palette.color(QPalette.ColorRole.Button)
        text = palette.color(QPalette.ColorRole.ButtonText)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        hovered = self.underMouse() and self.isEnabled()
        if on:
            fill = theme.blend(highlight, button, 0.30 if hovered else 0.22)
            painter.setPen(QPen(highlight, 1))
            painter.setBrush(fill)
        else:
            fill = theme.blend(text, button, 0.08) if hovered else button
            painter.setPen(QPen(theme.blend(text, button, 0.35), 1, Qt.PenStyle.DashLine))
            painter.setBrush(fill)
        painter.drawRoundedRect(frame, 4, 4)
        if self.hasFocus():
            painter.setPen(QPen(highlight, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 5, 5)

        box = QRectF(PAD_X, (self.height() - BOX) / 2, BOX, BOX)
        label_colour = theme.readable_on(fill) if on else theme.blend(text, fill, 0.55)
        if on:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(highlight)
            painter.drawRoundedRect(box, 2.5, 2.5)
            tick = QPen(palette.color(QPalette.ColorRole.HighlightedText), 1.8)
            tick.setCapStyle(Qt.PenCapStyle.RoundCap)
            tick.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(tick)
            x, y = box.left(), box.top()
            painter.drawPolyline(
                [QPointF(x + 2.8, y + 6.3), QPointF(x + 5.0, y + 8.6), QPointF(x + 9.3, y + 3.6)]
            )
        else:
            painter.setPen(QPen(label_colour, 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(0.6, 0.6, -0.6, -0.6), 2.5, 2.5)
        font = self.font()
        font.setStrikeOut(not on)  # hidden reads as hidden in grey and without colour too
        painter.setFont(font)
        painter.setPen(label_colour)
        label = QRectF(
            box.right() + GAP, 0, self.width() - box.right() - GAP - PAD_X / 2, self.height()
        )
        painter.drawText(
            label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.shown_label()
        )
        painter.end()
