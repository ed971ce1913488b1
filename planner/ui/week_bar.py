"""The bar above the calendar: the week's title, moving between weeks, and the filter.

It only lays out controls for actions the window owns; picking a date in the picker
asks the window to show that date's week.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from planner.core.weeks import Week
from planner.ui.filter_button import FilterButton


def tool_button(action: QAction, name: str, *, with_text: bool = False) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setAccessibleName(name)
    button.setAutoRaise(True)
    if with_text:
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    return button


def chevron_icon(direction: int, colour: QColor, size: int = 16) -> QIcon:
    """A ‹ or › chevron (``direction`` -1 or 1), drawn at 1x and 2x for crisp HiDPI."""
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(colour, 2.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        tip, back = (5.5, 10.5) if direction < 0 else (10.5, 5.5)
        painter.drawPolyline([QPointF(back, 3.5), QPointF(tip, 8.0), QPointF(back, 12.5)])
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class WeekBar(QWidget):
    """``[New] [Today] [‹] [›] [date]  Week 49 · 30 Nov – 6 Dec 2026   Show: [..] [Settings]``."""

    dateChosen = Signal(object)  # datetime.date

    def __init__(
        self,
        *,
        new_post: QAction,
        today: QAction,
        previous: QAction,
        following: QAction,
        platforms: list[QAction],
        settings: QAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName("Week navigation")
        self.title = QLabel()
        self.title.setAccessibleName("Week shown")
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.title.setFont(font)
        # The title gives way first on a narrow screen, so the controls stay reachable.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setMinimumWidth(self.title.fontMetrics().horizontalAdvance("Week 53 · 30 Nov"))
        self.picker = QDateEdit()
        self.picker.setCalendarPopup(True)
        self.picker.setDisplayFormat("d MMM yyyy")
        self.picker.setAccessibleName("Go to date")
        self.picker.setToolTip("Pick a date to show its week")
        self.picker.dateChanged.connect(self._picked)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(tool_button(new_post, "New post", with_text=True))
        layout.addWidget(_separator())
        layout.addWidget(tool_button(today, "Today"))
        # Chevrons painted in the palette's text colour: the style's arrow pixmaps are
        # dark on a dark palette.
        self._arrows: list[tuple[QToolButton, int]] = []
        for action, direction, name in (
            (previous, -1, "Previous week"),
            (following, 1, "Next week"),
        ):
            arrow = tool_button(action, name)
            self._arrows.append((arrow, direction))
            layout.addWidget(arrow)
        self._paint_arrows()
        layout.addWidget(self.picker)
        layout.addSpacing(12)
        layout.addWidget(self.title, 1)
        shown = QLabel("Show:")
        layout.addWidget(shown)
        self.platform_buttons: list[FilterButton] = []
        for action in platforms:
            button = FilterButton(action, f"Show {action.text().replace('&', '')}")
            self.platform_buttons.append(button)
            layout.addWidget(button)
        layout.addWidget(_separator())
        layout.addWidget(tool_button(settings, "Settings", with_text=True))

    def _paint_arrows(self) -> None:
        colour = self.palette().color(QPalette.ColorRole.ButtonText)
        for button, direction in self._arrows:
            button.defaultAction().setIcon(chevron_icon(direction, colour))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_arrows()

    def show_week(self, week: Week) -> None:
        self.title.setText(week.title())
        current = self.picker.date()
        shown = dt.date(current.year(), current.month(), current.day())
        if shown not in week:
            self.picker.blockSignals(True)
            monday = week.monday
            self.picker.setDate(QDate(monday.year, monday.month, monday.day))
            self.picker.blockSignals(False)

    def _picked(self, value: QDate) -> None:
        self.dateChosen.emit(dt.date(value.year(), value.month(), value.day()))
