"""File → Restore from Backup…: the store's snapshots, and putting one back.

The list shows when each snapshot was taken, why, how many posts it holds and which
dates they cover. Restoring asks first, snapshots the current plan (so the restore
itself can be undone from the same list), then shows the restored plan with a fresh
undo history: the old history speaks of posts that may no longer exist.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
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
    from planner.ui.window.main_window import MainWindow

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


class BackupActions(QObject):
    """File → Restore from Backup… for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.restore_action = QAction("Restore from &Backup…", window)
        self.restore_action.setToolTip("Go back to a copy of the plan from an earlier day")
        self.restore_action.triggered.connect(lambda _checked=False: self.open_list())
        window.file_menu.aboutToShow.connect(self.update_enabled)

    def install(self) -> None:
        """Put the action into the File menu, just above Quit."""
        menu = self.window.file_menu
        listed = menu.actions()
        quit_action = self.window.window_actions.quit
        anchor = quit_action if quit_action in listed else None
        if anchor is not None:
            at = listed.index(anchor)
            anchor = listed[at - 1] if at > 0 and listed[at - 1].isSeparator() else anchor
            menu.insertAction(anchor, self.restore_action)
            menu.insertSeparator(anchor)
        else:
            menu.addAction(self.restore_action)
        self.update_enabled()

    def update_enabled(self) -> None:
        context = self.window.context
        self.restore_action.setEnabled(context.has_store and not context.read_only)

    def open_list(self) -> None:
        from planner.store.backups import list_snapshots
        from planner.store.snapshot_names import backups_dir

        context = self.window.context
        if not context.has_store or context.read_only:
            return
        path = context.store.path
        snapshots = list_snapshots(path)
        if not snapshots:
            context.prompts.info(
                "No Backups Yet",
                f"There are no backups of {path} yet. The planner makes one each day it "
                f"starts, and before every import and restore, in {backups_dir(path)}.",
            )
            return
        self.window._show_dialog(RestoreDialog(snapshots, self.restore_chosen, self.window))

    def restore_chosen(self, info: SnapshotInfo) -> bool:
        question = (
            f"Replace the plan with the backup from {info.describe()}?\n\n"
            "The plan as it is now is backed up first; to come back to it, choose it in "
            "this list ('Before a restore'). Undo history is cleared."
        )
        if not self.window.context.prompts.ask_yes_no("Restore from Backup", question):
            return False
        return restore_into_window(self.window, info.path)


def install_backup_actions(window: MainWindow) -> BackupActions:
    """File → Restore from Backup… in ``window``'s File menu."""
    actions = BackupActions(window)
    actions.install()
    return actions


def restore_into_window(window: MainWindow, snapshot: Path) -> bool:
    """Restore ``snapshot`` over the window's store and show it; False if it failed.

    The store stays open during the restore, so a failure leaves the window as it was.
    """
    from planner.store import StoreError, open_store
    from planner.store.messages import error_message
    from planner.store.restoring import restore_snapshot

    context = window.context
    old = context.store
    try:
        done = restore_snapshot(old.path, snapshot)
        new = open_store(old.path)
    except StoreError as error:
        context.prompts.error("Not Restored", error_message(error))
        return False
    window.attach_store(new)
    old.close()
    kept = f" The plan as it was is kept in {done.kept.name}." if done.kept else ""
    window.statusBar().showMessage(f"Restored the backup {snapshot.name}.{kept}", 15000)
    return True
