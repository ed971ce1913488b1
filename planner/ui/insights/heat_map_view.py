"""The heat map on screen: one painted widget, no widget per cell.

It paints through ``paint_heat_map`` (planner/printing/heat_map_page.py), the same code
that prints, in colours taken from its palette at paint time. Hovering a cell shows what
it holds; the arrow keys walk the cells, and the widget's accessible description says
the current one, so a screen reader follows along.

Per-cell accessible children would need Python-made QAccessibleInterface objects, which
Qt's accessibility cache takes ownership of and deletes; the focused cell read out in
the description gives the same words without that risk.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from planner.core.insights import HeatMap
from planner.printing.heat_map_page import (
    HeatInk,
    HeatMapLayout,
    Slot,
    cell_description,
    layout_heat_map,
    paint_heat_map,
    tallest_map,
)

MARGIN = 8.0
_MOVES = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


class HeatMapView(QWidget):
    """Weekdays as columns, working hours as rows, coloured by median engagement."""

    currentSlotChanged = Signal(object)  # (weekday, hour), or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heat: HeatMap | None = None
        self._current: Slot | None = None
        self.painted = HeatMapLayout()  # where the last paint put everything, the legend too
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Engagement heat map")
        self.setAutoFillBackground(False)

    # -- content -----------------------------------------------------------------------

    @property
    def heat(self) -> HeatMap | None:
        return self._heat

    def set_heat(self, heat: HeatMap | None) -> None:
        """Show ``heat``; the current cell stays where it was if the new map has it."""
        self._heat = heat
        if heat is None or self._current not in heat.cells:
            self._current = None
        # No taller than the rows need: the space below is left to the window.
        rows = len(heat.hours) if heat is not None else 0
        tallest = tallest_map(rows, QFontMetricsF(self.font(), self)) + 2 * MARGIN
        self.setMaximumHeight(max(round(tallest), self.minimumSizeHint().height()))
        self._describe()
        self.update()

    @property
    def current_slot(self) -> Slot | None:
        return self._current

    def set_current_slot(self, slot: Slot | None) -> None:
        if self._heat is None or (slot is not None and slot not in self._heat.cells):
            slot = None
        if slot == self._current:
            return
        self._current = slot
        self._describe()
        self.update()
        self.currentSlotChanged.emit(slot)

    # -- geometry ----------------------------------------------------------------------

    def map_rect(self) -> QRectF:
        return QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)

    def map_layout(self) -> HeatMapLayout:
        """Where each cell is at the widget's present size (empty with no map)."""
        if self._heat is None:
            return HeatMapLayout()
        return layout_heat_map(self.map_rect(), self._heat, QFontMetricsF(self.font(), self))

    def cell_rect(self, weekday: int, hour: int) -> QRectF:
        return self.map_layout().cells[(weekday, hour)]

    def description_at(self, point: QPointF) -> str | None:
        """The words for the cell under ``point``: its tooltip."""
        slot = self.map_layout().slot_at(point)
        if slot is None or self._heat is None:
            return None
        return cell_description(self._heat.cell(*slot))

    def sizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        rows = len(self._heat.hours) if self._heat is not None else 14
        return QSize(round(line * 34), round(line * (rows * 2.2 + 6)))

    def minimumSizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(round(line * 22), round(line * 14))

    # -- painting and input ------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        if self._heat is not None:
            self.painted = paint_heat_map(
                painter,
                self.map_rect(),
                self._heat,
                HeatInk.from_palette(self.palette()),
                self.font(),
                current=self._current,
            )
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.description_at(QPointF(event.pos()))
            if text is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        slot = self.map_layout().slot_at(event.position())
        if slot is not None:
            self.set_current_slot(slot)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        move = _MOVES.get(Qt.Key(event.key()))
        heat = self._heat
        if move is None or heat is None or not heat.weekdays or not heat.hours:
            super().keyPressEvent(event)
            return
        if self._current is None:
            self.set_current_slot((heat.weekdays[0], heat.hours[0]))
            return
        day, hour = self._current
        column = _step(heat.weekdays, day, move[0])
        row = _step(heat.hours, hour, move[1])
        self.set_current_slot((column, row))

    def _describe(self) -> None:
        heat = self._heat
        if heat is None:
            text = "No engagement to show."
        elif self._current is not None:
            text = cell_description(heat.cell(*self._current))
        else:
            filled = len(heat.filled())
            text = (
                f"{heat.platform.label}: {filled} of {len(heat.cells)} working hours have posts. "
                "Use the arrow keys to read each hour."
            )
        self.setAccessibleDescription(text)
        self.setToolTip("")
        QAccessible.updateAccessibility(
            QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
        )


def _step(values: tuple[int, ...], value: int, by: int) -> int:
    index = values.index(value) + by
    return values[min(max(index, 0), len(values) - 1)]
