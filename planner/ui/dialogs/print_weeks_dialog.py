"""File → Print Weeks…: how many weeks, from the week shown, to print one page each.

The staff meeting often looks two or three weeks ahead; the pages open in Print
Preview first (its Print button prints them), as a single week's do.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.core.weeks import Week, date_range_label

MOST_WEEKS = 12  # a quarter ahead: more would be a calendar, not a handout


class PrintWeeksDialog(QDialog):
    """Choose a number of weeks from ``first``; ``on_chosen(count)`` runs on Preview…."""

    def __init__(
        self,
        first: Week,
        on_chosen: Callable[[int], None],
        parent: QWidget | None = None,
        weeks: int = 2,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Print Weeks")
        self.setAccessibleName("Print weeks")
        self.first = first
        self._on_chosen = on_chosen
        self.count = QSpinBox()
        self.count.setRange(1, MOST_WEEKS)
        self.count.setValue(weeks)
        self.count.setSuffix(" weeks")
        self.count.setAccessibleName("Number of weeks")
        self.span = QLabel()
        self.span.setAccessibleName("Weeks to print")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = self.buttons.addButton(
            "Preview…", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.preview_button.setDefault(True)
        self.buttons.accepted.connect(self._chosen)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("From:", QLabel(first.title()))
        form.addRow("&How many:", self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.span)
        layout.addWidget(QLabel("One page for each week, with its own notes and warnings."))
        layout.addWidget(self.buttons)
        self.count.valueChanged.connect(self._changed)
        self._changed()

    def _changed(self, *_args: object) -> None:
        last = self.first.shifted(self.count.value() - 1)
        span = date_range_label(self.first.monday, last.sunday)
        self.count.setSuffix(" week" if self.count.value() == 1 else " weeks")
        if last == self.first:
            self.span.setText(f"Week {self.first.number}: {span}")
        else:
            self.span.setText(f"Weeks {self.first.number} to {last.number}: {span}")

    def _chosen(self) -> None:
        self.accept()
        self._on_chosen(self.count.value())
