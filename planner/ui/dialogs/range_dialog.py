"""Export Range as CSV… : the first and last day to export, with the posts they hold."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from planner.core.weeks import date_range_label
from planner.ui.widgets.plan_dates import from_qdate, limit_to_plan, to_qdate
from planner.ui.widgets.theme import warning_colour

DATE_FORMAT = "ddd d MMM yyyy"


def _date_edit(day: dt.date, name: str) -> QDateEdit:
    edit = limit_to_plan(QDateEdit(to_qdate(day)))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setAccessibleName(name)
    return edit


class DateRangeDialog(QDialog):
    """Choose a range; ``on_chosen(first, last)`` runs when Export… is pressed."""

    def __init__(
        self,
        first: dt.date,
        last: dt.date,
        count_posts: Callable[[dt.date, dt.date], int],
        on_chosen: Callable[[dt.date, dt.date], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export Range as CSV")
        self.setAccessibleName("Export range")
        self._count_posts = count_posts
        self._on_chosen = on_chosen
        self.first_edit = _date_edit(first, "First day")
        self.last_edit = _date_edit(last, "Last day")
        self.note = QLabel()
        self.note.setAccessibleName("Posts in the range")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            "Export…", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self._export)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow("&From:", self.first_edit)
        form.addRow("&To:", self.last_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.first_edit.dateChanged.connect(self._changed)
        self.last_edit.dateChanged.connect(self._changed)
        self._changed()

    def chosen_range(self) -> tuple[dt.date, dt.date]:
        first = from_qdate(self.first_edit.date())
        last = from_qdate(self.last_edit.date())
        return first, last

    def _changed(self, *_args: object) -> None:
        first, last = self.chosen_range()
        valid = first <= last
        self.export_button.setEnabled(valid)
        if not valid:
            self.note.setText("The last day is before the first; change one of them.")
            self.note.setStyleSheet(f"color: {warning_colour(self.palette()).name()};")
            return
        count = self._count_posts(first, last)
        days = (last - first).days + 1
        noun = "post" if count == 1 else "posts"
        self.note.setText(
            f"{date_range_label(first, last)}: {days} day{'s' if days != 1 else ''}, "
            f"{count} {noun}."
        )
        self.note.setStyleSheet("")

    def _export(self) -> None:
        first, last = self.chosen_range()
        if first > last:
            return
        self.accept()
        self._on_chosen(first, last)
