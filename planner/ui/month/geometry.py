"""Where the month grid's parts sit: the weekday names, a cell per day (whole weeks,
Monday first), the chips inside each cell, and each week's mix at the row's end.

One immutable snapshot per size and month, so painting, hit-testing and drops agree.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF

DAYS = 7
CHIP_GAP = 2.0  # px between chips, and around them in a cell
MIX_WIDTH = 104.0  # the column that shows each week's mix


def month_days(year: int, month: int) -> tuple[dt.date, int]:
    """The Monday the month's grid starts on, and its number of weeks (4 to 6)."""
    first = dt.date(year, month, 1)
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    monday = first - dt.timedelta(days=first.weekday())
    sunday = last + dt.timedelta(days=6 - last.weekday())
    return monday, ((sunday - monday).days + 1) // DAYS


@dataclass(frozen=True, slots=True)
class MonthGeometry:
    width: float
    height: float
    first: dt.date  # the Monday of the first row
    rows: int
    header_height: float  # the weekday names
    line: float  # one line of the chips' text
    right_margin: float = 0.0
    # Worked out once: a month's layout asks for them hundreds of times.
    mix_width: float = field(init=False)
    grid_width: float = field(init=False)
    grid_height: float = field(init=False)
    column_width: float = field(init=False)
    row_height: float = field(init=False)

    def __post_init__(self) -> None:
        mix = min(MIX_WIDTH, max(self.width * 0.12, 64.0))
        width = max(self.width - mix - self.right_margin, float(DAYS))
        height = max(self.height - self.header_height, 1.0)
        worked_out = {
            "mix_width": mix,
            "grid_width": width,
            "grid_height": height,
            "column_width": width / DAYS,
            "row_height": height / self.rows,
        }
        for name, value in worked_out.items():
            object.__setattr__(self, name, value)

    @property
    def grid(self) -> QRectF:
        """The day cells, below the weekday names, left of the mix column."""
        return QRectF(0.0, self.header_height, self.grid_width, self.grid_height)

    @property
    def last(self) -> dt.date:
        return self.first + dt.timedelta(days=DAYS * self.rows - 1)

    @property
    def chip_height(self) -> float:
        return float(math.ceil(self.line + 4))

    @property
    def day_line(self) -> float:
        """The band at a cell's top with the day's number and its limit badge."""
        return float(math.ceil(self.line + 4))

    def days(self) -> list[dt.date]:
        return [self.first + dt.timedelta(days=i) for i in range(DAYS * self.rows)]

    def index_of(self, day: dt.date) -> int | None:
        index = (day - self.first).days
        return index if 0 <= index < DAYS * self.rows else None

    def cell_rect(self, day: dt.date) -> QRectF:
        index = self.index_of(day)
        if index is None:
            raise ValueError(f"{day} is not in this month's grid")
        row, column = divmod(index, DAYS)
        left = column * self.column_width
        top = self.header_height + row * self.row_height
        return QRectF(left, top, self.column_width, self.row_height)

    def header_rect(self, column: int) -> QRectF:
        return QRectF(column * self.column_width, 0.0, self.column_width, self.header_height)

    def mix_rect(self, row: int) -> QRectF:
        grid = self.grid
        return QRectF(grid.right(), grid.top() + row * self.row_height, self.mix_width,
                      self.row_height)  # fmt: skip

    def day_at(self, point: QPointF) -> dt.date | None:
        """The day whose cell holds ``point``, or None outside the cells."""
        grid = self.grid
        if not grid.contains(point):
            return None
        column = min(int((point.x() - grid.left()) // self.column_width), DAYS - 1)
        row = min(int((point.y() - grid.top()) // self.row_height), self.rows - 1)
        return self.first + dt.timedelta(days=row * DAYS + column)

    def row_at(self, point: QPointF) -> int | None:
        """The week row under ``point`` in the mix column, or None."""
        grid = self.grid
        if not (grid.right() <= point.x() < grid.right() + self.mix_width):
            return None
        if not grid.top() <= point.y() < grid.bottom():
            return None
        return min(int((point.y() - grid.top()) // self.row_height), self.rows - 1)

    def _chips_offset(self, awareness_lines: int) -> float:
        """How far below a cell's top its first chip starts."""
        return self.day_line + awareness_lines * (self.line + 1)

    def chip_slots(self, day: dt.date, awareness_lines: int) -> int:
        """How many chips fit under the day's number and awareness lines."""
        room = self.row_height - CHIP_GAP - self._chips_offset(awareness_lines)
        return max(int((room + CHIP_GAP) // (self.chip_height + CHIP_GAP)), 0)

    def chip_rect(self, day: dt.date, awareness_lines: int, index: int) -> QRectF:
        cell = self.cell_rect(day)
        top = cell.top() + self._chips_offset(awareness_lines)
        top += index * (self.chip_height + CHIP_GAP)
        return QRectF(cell.left() + CHIP_GAP + 1, top, cell.width() - 2 * CHIP_GAP - 1,
                      self.chip_height)  # fmt: skip

    def awareness_rect(self, day: dt.date, line: int) -> QRectF:
        cell = self.cell_rect(day)
        top = cell.top() + self.day_line + line * (self.line + 1)
        return QRectF(cell.left() + 4, top, cell.width() - 8, self.line)
