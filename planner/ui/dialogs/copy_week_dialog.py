"""Copy Week To…: the week shown, copied to another week as one undo step.

Same weekday and wall-clock time (a clock change between the weeks changes nothing),
ideas stay where they are, and the copies are drafts unless told. Before anything is
copied, the dialog shows the warnings the target week would then have.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from planner.core.domain import Post, Status
from planner.core.week_plans import copy_week
from planner.core.weeks import Week
from planner.io.zones import practice_zone_or_utc
from planner.ui.dialogs.week_plan_parts import (
    AddPosts,
    WeekPicker,
    preview_label,
    show_preview,
    status_box,
)
from planner.ui.widgets.form_parts import ok_cancel_buttons
from planner.ui.window.context import AppContext


class CopyWeekDialog(QDialog):
    """Pick the target week and the copies' status; see the warnings; OK copies."""

    def __init__(
        self, context: AppContext, source: Week, add: AddPosts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Copy Week To")
        self.setAccessibleName("Copy Week To")
        self.context = context
        self.source = source
        self._add = add
        self._posts = context.store.posts_in_week(source)
        self._zone = practice_zone_or_utc(context.settings().timezone)
        self.target = WeekPicker(source.next(), "Copy to the week of")
        self.status = status_box()
        self.preview = preview_label()
        self.buttons = ok_cancel_buttons(self)
        form = QFormLayout()
        form.addRow("Copy:", QLabel(source.title()))
        form.addRow("&To the week of:", self.target)
        form.addRow("&Status:", self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self.target.weekChanged.connect(self._update)
        self.status.currentIndexChanged.connect(self._update)
        self.resize(480, 260)
        self._update()

    def copies(self) -> list[Post]:
        """The new posts the copy would add."""
        status = Status(self.status.currentData())
        return copy_week(self._posts, self.source, self.target.week, status, self._zone)

    def _update(self) -> None:
        copies = self.copies()
        week = self.target.week
        show_preview(self.preview, week, self.context.store.posts_in_week(week), copies,
                     self.context.settings())  # fmt: skip
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        ok.setEnabled(bool(copies))

    def accept(self) -> None:
        copies = self.copies()
        week = self.target.week
        if copies and self._add(copies, week, f"Copy {self.source} to {week}"):
            super().accept()
