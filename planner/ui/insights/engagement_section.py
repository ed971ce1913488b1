"""The post editor's section on what works: the platform's best times, and what a
published post earned (its reach and engagements, as imported or typed in by hand).

The typed figures are fields of the post (``Post.reach``, ``Post.engagements``), so they
are saved with the rest of the editor's changes, as one undo step. A post that an
imported record is about shows the network's figures instead, which the next import
updates.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from planner.core.best_times import BestTimes, percent, working_hours
from planner.core.domain import Platform, Post, Status
from planner.core.engagement import Outcome, engagement_rate
from planner.core.engagement_import import StoredRecord
from planner.ui.dialogs.editor_dialog import PostEditor
from planner.ui.window.context import AppContext

_COUNT = QRegularExpression(r"[0-9][0-9, ]{0,18}|")  # "1,210" or "1 210" as people type
TYPED_HELP = "Type them from the network's own page, or import its export (File menu)."


def parse_count(text: str) -> int | None:
    """A count as typed ("1,210", "1 210"); None when the box is empty."""
    digits = re.sub(r"[ ,]", "", text)
    return int(digits) if digits else None


def count_text(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


class EngagementSection:
    """An ``EditorSection``: best times for the chosen platform, figures when published."""

    def __init__(self, context: AppContext, post: Post | None) -> None:
        self.context = context
        self.post = post
        self.record: StoredRecord | None = None
        if post is not None and post.id is not None and context.has_store:
            found = context.store.engagement_records(post.id)
            self.record = found[0] if found else None
        self._outcomes: list[Outcome] | None = None
        self._best: dict[Platform, BestTimes] = {}

    # -- the editor's side ----------------------------------------------------------------

    def attach(self, editor: PostEditor) -> QWidget:
        self.editor = editor
        box = QGroupBox("Best times and results")
        box.setAccessibleName("Best times and results")
        self.hint_label = _wrapped("Best times")
        self.imported_label = _wrapped("Imported figures")
        self.reach_edit = _count_edit("Reach")
        self.engagements_edit = _count_edit("Engagements")
        self.rate_label = QLabel()
        self.rate_label.setAccessibleName("Engagement rate")
        self.typed_help = _wrapped("How to fill these")
        self.typed_help.setText(TYPED_HELP)
        figures = QWidget()
        row = QHBoxLayout(figures)
        row.setContentsMargins(0, 0, 0, 0)
        for text, edit in (("&Reach:", self.reach_edit), ("En&gagements:", self.engagements_edit)):
            label = QLabel(text)
            label.setBuddy(edit)
            row.addWidget(label)
            row.addWidget(edit)
        row.addWidget(self.rate_label, 1)
        self.figures = figures
        form = QFormLayout(box)
        form.addRow(self.hint_label)
        form.addRow(self.imported_label)
        form.addRow(figures)
        form.addRow(self.typed_help)
        if self.post is not None:
            self.reach_edit.setText(count_text(self.post.reach))
            self.engagements_edit.setText(count_text(self.post.engagements))
        if self.record is not None:
            self.imported_label.setText(imported_words(self.record))
        for edit in (self.reach_edit, self.engagements_edit):
            edit.textChanged.connect(self._typed)
        editor.platform_box.currentIndexChanged.connect(self._show)
        editor.status_box.currentIndexChanged.connect(self._show)
        self._show()
        return box

    def apply(self, post: Post) -> Post:
        """The typed figures of a published post that no import covers; else as it was."""
        if self.record is not None or post.status is not Status.PUBLISHED:
            return post
        reach = parse_count(self.reach_edit.text())
        engagements = parse_count(self.engagements_edit.text())
        return post.with_changes(reach=reach, engagements=engagements)

    # -- what it shows ------------------------------------------------------------------

    def best_times(self, platform: Platform) -> BestTimes:
        """The platform's heat map, counted once per editor and platform."""
        if platform not in self._best:
            if self._outcomes is None:
                store = self.context.store if self.context.has_store else None
                self._outcomes = store.outcomes() if store is not None else []
            hours = working_hours(self.context.settings())
            self._best[platform] = BestTimes.of(self._outcomes, platform, hours)
        return self._best[platform]

    def _show(self) -> None:
        editor = self.editor
        self.hint_label.setText(self.best_times(editor.platform).editor_text())
        published = editor.status is Status.PUBLISHED
        self.imported_label.setVisible(published and self.record is not None)
        typed = published and self.record is None
        self.figures.setVisible(typed)
        self.typed_help.setVisible(typed)
        self._show_rate()

    def _typed(self) -> None:
        self._show_rate()
        self.editor.fields_changed()

    def _show_rate(self) -> None:
        reach = parse_count(self.reach_edit.text())
        rate = engagement_rate(reach, parse_count(self.engagements_edit.text()))
        self.rate_label.setText("" if rate is None else f"Rate {percent(rate)}")


def imported_words(item: StoredRecord) -> str:
    """``Imported from Facebook: reach 1,210, 59 engagements (4.9%).``"""
    record = item.record
    reach = "unknown" if record.reach is None else f"{record.reach:,}"
    engaged = "unknown" if record.engagements is None else f"{record.engagements:,}"
    rate = "" if record.rate is None else f" ({percent(record.rate)})"
    return (
        f"Imported from {record.platform.label}: reach {reach}, {engaged} engagements{rate}. "
        "The next import of its export updates them."
    )


def _wrapped(name: str) -> QLabel:
    label = QLabel()
    label.setAccessibleName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _count_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText("not known")
    edit.setValidator(QRegularExpressionValidator(_COUNT, edit))
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0" * 14))
    return edit
