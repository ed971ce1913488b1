"""What the copy-week and template dialogs share: a week picker, a status choice, and the
preview of the warnings the target week would have once the new posts are in it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from planner.core.domain import Post, Status
from planner.core.rules import evaluate_week
from planner.core.settings import Settings
from planner.core.weeks import Week
from planner.ui.widgets.plan_dates import from_qdate, to_qdate
from planner.ui.widgets.theme import warning_colour

# Adds new posts as one undo step and shows them; False when the store refused.
AddPosts = Callable[[Sequence[Post], Week, str], bool]


class WeekPicker(QWidget):
    """A day picker that stands for its week, with the week's title beside it."""

    weekChanged = Signal(object)

    def __init__(self, week: Week, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd d MMM yyyy")
        self.date.setAccessibleName(name)
        self.label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date)
        layout.addWidget(self.label, 1)
        self.set_week(week)
        self.date.dateChanged.connect(self._changed)

    @property
    def week(self) -> Week:
        value = self.date.date()
        return Week.containing(from_qdate(value))

    def set_week(self, week: Week) -> None:
        monday = week.monday
        self.date.setDate(to_qdate(monday))
        self._changed()

    def _changed(self) -> None:
        self.label.setText(self.week.title())
        self.weekChanged.emit(self.week)


def status_box() -> QComboBox:
    box = QComboBox()
    box.setAccessibleName("Status of the new posts")
    for status in (Status.DRAFT, Status.SCHEDULED):
        box.addItem(status.label, status)
    return box


def preview_label() -> QLabel:
    label = QLabel()
    label.setAccessibleName("Preview")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def show_preview(
    label: QLabel,
    week: Week,
    existing: Sequence[Post],
    adding: Sequence[Post],
    settings: Settings,
) -> list[str]:
    """Say what ``week`` would hold and the warnings it would have; return them."""
    if not adding:
        label.setText("There are no posts to add.")
        label.setStyleSheet("")
        return []
    report = evaluate_week(week, [*existing, *adding], settings)
    noun = "post" if len(adding) == 1 else "posts"
    lines = [f"{len(adding)} new {noun} in {week.title()}, beside the {len(existing)} there."]
    warnings = [w.message for w in report.warnings]
    if warnings:
        lines.append("The week would then have these warnings:")
        lines += [f"• {message}" for message in warnings]
        label.setStyleSheet(f"color: {warning_colour(label.palette()).name()};")
    else:
        lines.append("No warnings: the week would keep to the mix and the daily limits.")
        label.setStyleSheet("")
    label.setText("\n".join(lines))
    return warnings
