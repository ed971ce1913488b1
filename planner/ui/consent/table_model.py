"""The Consent window's table: one row per record, filtered by where it stands today.

A thin Qt model over a plain list: the core says each record's state, this model only
turns records into cells, keeps the rows the filter lets through and sorts them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPalette

from planner.core.consent import (
    ConsentRecord,
    ConsentState,
    Use,
    long_day,
    ordered_platforms,
    ordered_uses,
    state,
)
from planner.core.domain import Platform
from planner.ui.widgets.table_model import RowsTableModel
from planner.ui.widgets.theme import is_dark, muted_text, warning_colour

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


class ConsentFilter(Enum):
    """The window's filters. ``VALID`` includes the expiring ones: they are valid today."""

    ALL = ("All", "")
    VALID = ("Valid", "No consent is valid today.")
    EXPIRING = ("Expiring within 30 days", "No consent expires within 30 days.")
    EXPIRED = ("Expired", "No consent has expired.")
    REVOKED = ("Revoked", "No consent has been revoked.")

    def __init__(self, label: str, empty_text: str) -> None:
        self.label = label
        self.empty_text = empty_text

    def lets_through(self, standing: ConsentState) -> bool:
        if self is ConsentFilter.ALL:
            return True
        if self is ConsentFilter.VALID:
            return standing in (ConsentState.VALID, ConsentState.EXPIRING)
        return standing.value == self.name.lower()


COLUMNS = ["#", "Person", "Covers", "Platforms", "Signed", "Expires", "Status", "Posts"]
ID, PERSON, COVERS, PLATFORMS, SIGNED, EXPIRES, STATUS, POSTS = range(len(COLUMNS))
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def covers_text(covers: frozenset[Use]) -> str:
    if covers == frozenset(Use):
        return "Everything"
    return ", ".join(u.value for u in ordered_uses(covers)).capitalize()


def platforms_text(platforms: frozenset[Platform]) -> str:
    if not platforms or platforms == frozenset(Platform):
        return "All"
    return ", ".join(p.label for p in ordered_platforms(platforms))


def status_text(record: ConsentRecord, today: dt.date) -> str:
    standing = state(record, today)
    if standing is ConsentState.REVOKED and record.revoked is not None:
        return f"Revoked on {long_day(record.revoked)}"
    if standing is ConsentState.EXPIRING and record.expires is not None:
        left = (record.expires - today).days
        return {0: "Expires today", 1: "Expires tomorrow"}.get(left, f"Expires in {left} days")
    return standing.value.capitalize()


def caution_colour(palette: QPalette) -> QColor:
    """An amber apart from the warning red: still valid, but act soon."""
    return QColor("#FFB74D") if is_dark(palette) else QColor("#9A5B00")


_URGENCY = {
    ConsentState.EXPIRING: 0,
    ConsentState.EXPIRED: 1,
    ConsentState.REVOKED: 2,
    ConsentState.VALID: 3,
}


class ConsentTableModel(RowsTableModel):
    """Records as rows; ``set_filter`` and ``sort`` choose and order the rows shown."""

    columns = COLUMNS

    def __init__(self, today: Callable[[], dt.date]) -> None:
        super().__init__()
        self._today = today
        self._records: list[ConsentRecord] = []
        self._post_counts: dict[int, int] = {}
        self._rows: list[ConsentRecord] = []
        self.filter = ConsentFilter.ALL
        self._sort = (PERSON, Qt.SortOrder.AscendingOrder)
        self.palette = QPalette()

    # -- what is shown ------------------------------------------------------------------

    def set_records(self, records: Sequence[ConsentRecord], post_counts: Mapping[int, int]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._post_counts = dict(post_counts)
        self._rows = self._chosen()
        self.endResetModel()

    def set_filter(self, chosen: ConsentFilter) -> None:
        self.beginResetModel()
        self.filter = chosen
        self._rows = self._chosen()
        self.endResetModel()

    def set_palette(self, palette: QPalette) -> None:
        self.palette = palette
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, POSTS))

    def count(self, chosen: ConsentFilter) -> int:
        """How many records ``chosen`` lets through today: the filter tabs show it."""
        today = self._today()
        return sum(chosen.lets_through(state(r, today)) for r in self._records)

    @property
    def total(self) -> int:
        return len(self._records)

    def record(self, row: int) -> ConsentRecord:
        return self._rows[row]

    def row_of(self, consent_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == consent_id), None)

    def _chosen(self) -> list[ConsentRecord]:
        today = self._today()
        rows = [r for r in self._records if self.filter.lets_through(state(r, today))]
        column, order = self._sort
        rows.sort(key=lambda r: self._sort_key(r, column, today))
        if order is Qt.SortOrder.DescendingOrder:
            rows.reverse()
        return rows

    def _sort_key(self, record: ConsentRecord, column: int, today: dt.date) -> tuple[Any, ...]:
        person = record.person.strip().casefold()
        last = dt.date.max  # no end date sorts after every date
        keys: dict[int, tuple[Any, ...]] = {
            ID: (record.id or 0,),
            PERSON: (person,),
            COVERS: (covers_text(record.covers).casefold(), person),
            PLATFORMS: (platforms_text(record.platforms).casefold(), person),
            SIGNED: (record.signed, person),
            EXPIRES: (record.expires or last, person),
            STATUS: (_URGENCY[state(record, today)], record.revoked or record.expires or last),
            POSTS: (self._post_counts.get(record.id or 0, 0), person),
        }
        return keys[column]

    # -- the Qt model -------------------------------------------------------------------

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section in (ID, POSTS) else _LEFT
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(record, column)
        if role == ID_ROLE:
            return record.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in (ID, POSTS) else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(record, column)
        return None

    def cell_text(self, record: ConsentRecord, column: int) -> str:
        if column == ID:
            return str(record.id) if record.id is not None else ""
        if column == PERSON:
            return record.person.strip()
        if column == COVERS:
            return covers_text(record.covers)
        if column == PLATFORMS:
            return platforms_text(record.platforms)
        if column == SIGNED:
            return long_day(record.signed)
        if column == EXPIRES:
            return long_day(record.expires) if record.expires else "No end date"
        if column == STATUS:
            return status_text(record, self._today())
        return str(self._post_counts.get(record.id or 0, 0))

    def _tooltip(self, record: ConsentRecord, column: int) -> str | None:
        if column == COVERS:
            return ", ".join(u.label for u in ordered_uses(record.covers))
        if column == PERSON and record.form.strip():
            return f"Signed form: {record.form.strip()}"
        return None

    def _foreground(self, record: ConsentRecord, column: int) -> Any:
        standing = state(record, self._today())
        if column == STATUS and standing is ConsentState.EXPIRING:
            return caution_colour(self.palette)
        if column == STATUS and standing is not ConsentState.VALID:
            return warning_colour(self.palette)
        if column == EXPIRES and record.expires is None:
            return muted_text(self.palette)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        # The selection follows its records to their new rows.
        before = self.persistentIndexList()
        ids = [self._rows[i.row()].id for i in before]
        self._sort = (column, order)
        self._rows = self._chosen()
        after = []
        for consent_id, old in zip(ids, before, strict=True):
            row = self.row_of(consent_id) if consent_id is not None else None
            after.append(self.index(row, old.column()) if row is not None else QModelIndex())
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
