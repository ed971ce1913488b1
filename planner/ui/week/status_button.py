"""The week bar's status filter: one drop-down button over the Draft, Scheduled and
Published toggles (the same actions as View → Statuses Shown).

One button rather than three: the bar already holds four platform toggles, and a
narrow window needs its room for the week's title.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QAction, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolButton, QWidget

from planner.core.domain import Status
from planner.ui.widgets import theme

PAD_X = 8.0


class StatusFilterButton(QToolButton):
    """``Status ▾``; ``Status: 2 of 3 ▾`` in the highlight colour while any is hidden."""

    def __init__(self, actions: dict[Status, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_actions = actions
        self.setAccessibleName("Show statuses")
        self.setToolTip("Show or hide drafts, scheduled and published posts")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        menu = QMenu(self)
        menu.setAccessibleName("Statuses shown")
        for action in actions.values():
            menu.addAction(action)
            action.toggled.connect(self._changed)
        self.setMenu(menu)
        self._changed()

    def hidden(self) -> list[Status]:
        return [status for status, action in self.status_actions.items() if not action.isChecked()]

    def label(self) -> str:
        hidden = self.hidden()
        if not hidden:
            return "Status"
        total = len(self.status_actions)
        return f"Status: {total - len(hidden)} of {total}"

    def _changed(self, _checked: bool = False) -> None:
        shown = [s.label for s, a in self.status_actions.items() if a.isChecked()]
        self.setAccessibleDescription("Showing " + (", ".join(shown) if shown else "no statuses"))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        width = PAD_X + metrics.horizontalAdvance(self.label() + " ▾") + PAD_X
        return QSize(round(width + 0.5), round(metrics.height() + 10.5))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        highlight = theme.focus_colour(palette)
        filtering = bool(self.hidden())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        button = palette.color(palette.ColorRole.Button)
        text = palette.color(palette.ColorRole.ButtonText)
        if filtering:  # like a platform toggle that is off: the filter is doing something
            painter.setPen(QPen(highlight, 1.5))
            painter.setBrush(theme.blend(highlight, button, 0.22))
        else:
            painter.setPen(QPen(theme.blend(text, button, 0.35), 1))
            painter.setBrush(theme.blend(text, button, 0.08) if self.underMouse() else button)
        painter.drawRoundedRect(frame, 4, 4)
        if self.hasFocus():
            painter.setPen(QPen(highlight, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 5, 5)
        painter.setPen(theme.readable_on(painter.brush().color()) if filtering else text)
        painter.setFont(self.font())
        painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.label() + " ▾")
        painter.end()
