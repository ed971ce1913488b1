"""The post editor's note for the nights the clocks change.

A time the clocks skip (01:30 on the March night in London) does not exist, and one
they pass twice (01:30 on the October night) happens twice; calendar apps then disagree
on when the post is. The note says so under the fields, as the editor's other notes do,
and for a skipped time offers the time after the gap. The post is still saved as typed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from planner.core.domain import Post, Status, format_time
from planner.core.wall_clock import WallClockProblem, wall_clock_problem
from planner.ui.dialogs.editor_dialog import PostEditor
from planner.ui.widgets.plan_dates import from_qdate
from planner.ui.widgets.theme import warning_colour


class WallClockNote:
    """An ``EditorSection``: a note when the post's time is skipped or doubled in
    ``zone_name`` (None: no zone is known, so there is nothing to say)."""

    def __init__(self, zone_name: str | None) -> None:
        self.zone_name = zone_name
        self.problem: WallClockProblem | None = None
        self._editor: PostEditor | None = None
        self.widget = QWidget()
        self.label = QLabel()
        self.label.setAccessibleName("Clock change")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.use_after = QPushButton()
        self.use_after.setAccessibleName("Use the time after the gap")
        self.use_after.clicked.connect(self._use_time_after_gap)

    def attach(self, editor: PostEditor) -> QWidget:
        self._editor = editor
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.use_after, 0, Qt.AlignmentFlag.AlignTop)
        self.label.setStyleSheet(f"color: {warning_colour(editor.palette()).name()};")
        editor.date_edit.dateChanged.connect(self.update)
        editor.time_edit.timeChanged.connect(self.update)
        editor.status_box.currentIndexChanged.connect(self.update)
        self.update()
        return self.widget

    def apply(self, post: Post) -> Post:
        return post  # a note only: the time is the user's to change

    def update(self, *_args: object) -> None:
        """Show the note for the date and time in the fields, or hide it."""
        self.problem = self._problem()
        if self.problem is None:
            self.widget.hide()
            return
        self.label.setText(self.problem.message)
        gap = self.problem.kind == "gap"
        self.use_after.setText(f"Use {format_time(self.problem.time)}")
        self.use_after.setVisible(gap)
        self.widget.show()

    def _problem(self) -> WallClockProblem | None:
        editor = self._editor
        if editor is None or self.zone_name is None or editor.status is Status.IDEA:
            return None
        qdate, qtime = editor.date_edit.date(), editor.time_edit.time()
        day = from_qdate(qdate)
        return wall_clock_problem(day, dt.time(qtime.hour(), qtime.minute()), self.zone_name)

    def _use_time_after_gap(self) -> None:
        if self._editor is None or self.problem is None or self.problem.kind != "gap":
            return
        after = self.problem.time
        self._editor.time_edit.setTime(QTime(after.hour, after.minute))


def wall_clock_note(timezone_setting: str) -> WallClockNote:
    """The note for the practice's zone: ``practice.timezone``, else the system's."""
    from planner.io.zones import practice_zone_name

    return WallClockNote(practice_zone_name(timezone_setting))
