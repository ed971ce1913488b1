"""The list of the store's snapshots that File → Restore from Backup… shows.

The list shows when each snapshot was taken, why, how many posts it holds and which
dates they cover. Restoring asks first, snapshots the current plan (so the restore
itself can be undone from the same list), then shows the restored plan with a fresh
undo history: the old history speaks of posts that may no longer exist.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from planner.store.backups import SnapshotInfo

REASON_WORDS = {
    "daily": "Daily",
    "manual": "Made by hand",
    "pre-import": "Before an import",
    "pre-restore": "Before a restore",
    "pre-migration": "Before an upgrade",
}
COLUMNS = ["Taken", "Why", "Posts", "Dates"]


def row_texts(info: SnapshotInfo) -> list[str]:
    """The four cells of a snapshot's row."""
    from planner.core.domain import short_day
    from planner.core.weeks import date_range_label

    taken = f"{short_day(info.taken.date())} {info.taken.year}, {info.taken:%H:%M}"
    why = REASON_WORDS.get(info.reason, info.reason)
    if info.problem:
        return [taken, why, "–", f"Unreadable: {info.problem}"]
    span = date_range_label(info.first, info.last) if info.first and info.last else "no dates"
    return [taken, why, str(info.posts), span]


class RestoreDialog(QDialog):
    """Pick a snapshot; ``choose`` restores it and says whether to close."""

    def __init__(
        self,
        snapshots: Sequence[SnapshotInfo],
        choose: Callable[[SnapshotInfo], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore from Backup")
        self.setAccessibleName("Restore from Backup")
        self.snapshots = list(snapshots)
        self._choose = choose
        intro = QLabel(
            "Choose the copy of the plan to go back to. The plan as it is now is backed up "
            "first, so you can come back to it from this list."
        )
        intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setAccessibleName("Backups")
        self.table.setHeaderLabels(COLUMNS)
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for info in self.snapshots:
            item = QTreeWidgetItem(row_texts(info))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if info.problem:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(3, f"{info.path} cannot be read: {info.problem}")
            else:
                item.setToolTip(0, str(info.path))
            self.table.addTopLevelItem(item)
        for column in range(len(COLUMNS)):
            self.table.resizeColumnToContents(column)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText("&Restore")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda *_: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 360)
        first = next((i for i, s in enumerate(self.snapshots) if not s.problem), None)
        if first is not None:
            self.select_row(first)
        self._selection_changed()

    def select_row(self, row: int) -> None:
        item = self.table.topLevelItem(row)
        if item is not None:
            self.table.setCurrentItem(item)

    def selected(self) -> SnapshotInfo | None:
        item = self.table.currentItem()
        if item is None or not item.isSelected():
            return None
        info = self.snapshots[self.table.indexOfTopLevelItem(item)]
        return None if info.problem else info

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def accept(self) -> None:
        chosen = self.selected()
        if chosen is not None and self._choose(chosen):
            super().accept()
