"""The week's conscience: the mix gauge and the list of warnings.

``MixGauge`` (mix_gauge.py) paints the week's original / shared / promotional split as
one stacked bar, then one row per kind against its band and target. The list shows each
warning in the rules' own words; activating one asks the window to select its posts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from planner.core.guard_warnings import GuardWarning, said_once
from planner.core.rules import WeekReport
from planner.core.settings import Settings
from planner.ui.panels.mix_gauge import MixGauge
from planner.ui.panels.notices import add_notices
from planner.ui.widgets.shield_badge import FINDING_ROLE, guard_item

IDS_ROLE = Qt.ItemDataRole.UserRole
MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 2  # the rule's words, without a hidden note


class WarningsPanel(QWidget):
    """The mix gauge above the week's warnings."""

    postsRequested = Signal(object)  # list[int]: the posts a warning is about
    findingRequested = Signal(int, int, int)  # a guard finding: post id, start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Warnings panel")
        self.title = QLabel("Content mix")
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.gauge = MixGauge()
        self.warnings_title = QLabel("Warnings")
        self.warnings_title.setFont(bold)
        self.list = QListWidget()
        self.list.setAccessibleName("Warnings")
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.itemClicked.connect(self._activated)
        self.list.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.gauge)
        layout.addSpacing(6)
        layout.addWidget(self.warnings_title)
        layout.addWidget(self.list, 1)
        # What to add under a warning whose posts the calendar's filter hides, if anything.
        self.hidden_note: Callable[[list[int]], str | None] = lambda _ids: None

    def set_report(
        self, report: WeekReport, settings: Settings, notices: Sequence[str] = ()
    ) -> None:
        """Show the week's mix and warnings; ``notices`` (consents that end soon) follow
        the warnings, not about this week's posts but about what is coming."""
        self.gauge.set_report(report, settings)
        self.list.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        listed = said_once(report.warnings)  # one problem, one line
        for warning in listed:
            note = self.hidden_note(list(warning.post_ids))
            item = QListWidgetItem(icon, f"{warning.message}\n{note}" if note else warning.message)
            item.setData(IDS_ROLE, list(warning.post_ids))
            item.setData(MESSAGE_ROLE, warning.message)
            if isinstance(warning, GuardWarning):  # its shield; a click opens the finding
                guard_item(item, warning, self.palette())
            if note or not isinstance(warning, GuardWarning):
                item.setToolTip(warning.message + "\n" + (note or "Click to select these posts."))
            self.list.addItem(item)
        if not listed:
            item = QListWidgetItem("No warnings this week.")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        add_notices(self.list, notices)
        count = len(listed)
        self.warnings_title.setText(f"Warnings ({count})" if count else "Warnings")

    def messages(self) -> list[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [item.data(MESSAGE_ROLE) for item in items if item.data(IDS_ROLE) is not None]

    def _activated(self, item: QListWidgetItem) -> None:
        ids, finding = item.data(IDS_ROLE), item.data(FINDING_ROLE)  # a refresh drops the item
        if ids:
            self.postsRequested.emit([int(i) for i in ids])
        if finding is not None:
            self.findingRequested.emit(*finding)
