"""The bar above the calendar: the week's title, moving between weeks, and the filter.

It only lays out controls for actions the window owns; picking a date in the picker
asks the window to show that date's week.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from planner.core.domain import Platform, Status
from planner.core.weeks import Week
from planner.ui.week.date_hint import DateHint
from planner.ui.week.status_button import StatusFilterButton
from planner.ui.widgets import theme
from planner.ui.widgets.filter_button import FilterButton
from planner.ui.widgets.plan_dates import from_qdate, limit_to_plan, to_qdate


class BarButton(QToolButton):
    """A flat tool button with a focus ring: the style draws none on a raised-on-hover
    button, so Tab onto Today or Settings showed nothing."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(theme.focus_colour(self.palette()), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
            painter.end()


def tool_button(action: QAction, name: str, *, with_text: bool = False) -> QToolButton:
    button = BarButton()
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


def _icon_only(button: QToolButton, on: bool) -> None:
    """Drop the button's text for its icon; without an icon the text stays."""
    icon_only = on and not button.icon().isNull()
    button.setToolButtonStyle(
        Qt.ToolButtonStyle.ToolButtonIconOnly
        if icon_only
        else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    )


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
        platforms: dict[Platform, QAction],
        settings: QAction,
        statuses: dict[Status, QAction] | None = None,
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
        self.title.setMinimumWidth(self.title.fontMetrics().horizontalAdvance("Week 53"))
        self._long_title = self._short_title = ""
        self.picker = limit_to_plan(QDateEdit())
        self.picker.setCalendarPopup(True)
        self.picker.setDisplayFormat("d MMM yyyy")
        self.picker.setAccessibleName("Go to date")
        self.picker.setToolTip(
            "Pick a date to show its week, or type one and press Enter "
            "(typing changes the day, month or year the field shows)"
        )
        self.picker.dateChanged.connect(self._picked)
        self.picker_hint = DateHint(self.picker)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        new_button = tool_button(new_post, "New post", with_text=True)
        layout.addWidget(new_button)
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
        layout.addWidget(self.picker_hint)
        layout.addSpacing(12)
        layout.addWidget(self.title, 1)
        self.show_label = QLabel("Show:")
        layout.addWidget(self.show_label)
        self.platform_buttons: list[FilterButton] = []
        for platform, action in platforms.items():
            button = FilterButton(action, f"Show {platform.label}", short=platform.short)
            self.platform_buttons.append(button)
            layout.addWidget(button)
        self.status_button = StatusFilterButton(statuses or {})
        self.status_button.setHidden(not statuses)
        layout.addWidget(self.status_button)
        layout.addWidget(_separator())
        settings_button = tool_button(settings, "Settings", with_text=True)
        layout.addWidget(settings_button)
        # What gives way, in order, when the title would not fit whole.
        self._squeezes: list[Callable[[bool], None]] = [
            lambda on: self.show_label.setHidden(on),
            self._compact_filters,
            lambda on: _icon_only(settings_button, on),
            lambda on: _icon_only(new_button, on),
            self._use_short_title,
        ]
        self._squeezed = 0  # how many of them are in force
        self._fitted: tuple[int, int, int] | None = None  # _fit_key() when last fitted
        self._least_width = self._measure_least_width()

    def _paint_arrows(self) -> None:
        colour = self.palette().color(QPalette.ColorRole.ButtonText)
        for button, direction in self._arrows:
            button.defaultAction().setIcon(chevron_icon(direction, colour))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_arrows()

    def _use_short_title(self, on: bool) -> None:
        """The last resort of a very narrow window: "Week 49" (the tooltip has the rest)."""
        self.title.setText(self._short_title if on else self._long_title)

    def _measure_least_width(self) -> int:
        """The bar's width with every squeeze in force: the least the window can be.
        Measured once the controls have their fonts, with the squeezes put back after."""
        layout = self.layout()
        assert layout is not None
        pending = range(self._squeezed, len(self._squeezes))
        for step in pending:
            self._squeezes[step](True)
        layout.invalidate()
        least = layout.minimumSize().width()
        for step in reversed(pending):
            self._squeezes[step](False)
        layout.invalidate()
        return least

    def minimumSizeHint(self) -> QSize:
        """As narrow as the bar can be squeezed, not as it is now: a window resized to
        800 px in one go was held at the width of the unsqueezed bar."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self._least_width), hint.height())

    def showEvent(self, event: QShowEvent) -> None:
        self._least_width = self._measure_least_width()  # with the style's real metrics
        self.updateGeometry()
        super().showEvent(event)

    def _compact_filters(self, on: bool) -> None:
        for button in self.platform_buttons:
            button.set_compact(on)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # A control's size changed (icons): fit again, but not for the requests the last
        # fit's own steps posted. Trying a step back and taking it again on each of them
        # posted the next, some two thousand layouts a second in a squeezed bar.
        if event.type() == QEvent.Type.LayoutRequest and self._fit_key() != self._fitted:
            self._fit_title()
        return handled

    def _fit_key(self) -> tuple[int, int, int]:
        """What the fit depends on: the bar's width, the title's and the others' room."""
        return (self.width(), self._wanted(), self._title_room())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def _title_room(self) -> int:
        """The width the title's label would get, as the others now ask for theirs."""
        layout = self.layout()
        assert layout is not None
        others = 0
        items = 0
        for index in range(layout.count()):
            item = layout.itemAt(index)
            widget = item.widget()
            if widget is self.title or item.isEmpty():
                continue
            others += (widget.sizeHint() if widget is not None else item.sizeHint()).width()
            items += 1
        margins = layout.contentsMargins()
        spacing = max(layout.spacing(), 0)
        return self.width() - margins.left() - margins.right() - others - spacing * items

    def _wanted(self) -> int:
        return self.title.fontMetrics().horizontalAdvance(self.title.text()) + 2

    def _fit_title(self) -> None:
        """Squeeze the other controls, one step at a time, until the title fits whole;
        give the steps back as room allows."""
        if not self._squeezed and self._wanted() <= self.title.width():
            self._fitted = self._fit_key()
            return  # the usual case, on every week switch: it fits, nothing to give back
        while self._squeezed and self._title_room() >= self._wanted():
            self._squeezed -= 1
            self._squeezes[self._squeezed](False)
            if self._title_room() < self._wanted():  # that was one step too far back
                self._squeezes[self._squeezed](True)
                self._squeezed += 1
                break
        while self._squeezed < len(self._squeezes) and self._title_room() < self._wanted():
            self._squeezes[self._squeezed](True)
            self._squeezed += 1
        self._fitted = self._fit_key()

    def show_week(self, week: Week) -> None:
        self.show_title(week.title(), f"Week {week.number}")
        current = self.picker.date()
        shown = from_qdate(current)
        if shown not in week:
            self.picker.blockSignals(True)
            monday = week.monday
            self.picker.setDate(to_qdate(monday))
            self.picker.blockSignals(False)

    def show_title(self, title: str, short: str) -> None:
        """The title above the calendar (the week's, or the month's when the month is
        shown); ``short`` is what a very narrow window shows of it."""
        if title != self._long_title:
            self._long_title, self._short_title = title, short
            squeezed = self._squeezed == len(self._squeezes)
            self.title.setText(short if squeezed else title)
            self.title.setToolTip(title)  # whole, should a tiny window still cut it
            self._fit_title()

    def _picked(self, value: QDate) -> None:
        self.dateChosen.emit(from_qdate(value))
