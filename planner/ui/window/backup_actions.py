"""File → Restore from Backup…: the action, the list of snapshots, and putting one back.

Restoring asks first, snapshots the current plan (so the restore itself can be undone
from the same list), then shows the restored plan with a fresh undo history: the old
history speaks of posts that may no longer exist.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from planner.ui.dialogs.restore_dialog import RestoreDialog

if TYPE_CHECKING:
    from planner.store.backups import SnapshotInfo
    from planner.ui.window.surface import WindowSurface


class BackupActions(QObject):
    """File → Restore from Backup… for one window."""

    def __init__(self, window: WindowSurface) -> None:
        super().__init__(window.as_parent())
        self.window = window
        self.restore_action = QAction("Restore from &Backup…", window.as_parent())
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
        dialog = RestoreDialog(snapshots, self.restore_chosen, self.window.as_parent())
        self.window.dialogs.show(dialog)

    def restore_chosen(self, info: SnapshotInfo) -> bool:
        question = (
            f"Replace the plan with the backup from {info.describe()}?\n\n"
            "The plan as it is now is backed up first; to come back to it, choose it in "
            "this list ('Before a restore'). Undo history is cleared."
        )
        if not self.window.context.prompts.ask_yes_no("Restore from Backup", question):
            return False
        return restore_into_window(self.window, info.path)


def install_backup_actions(window: WindowSurface) -> BackupActions:
    """File → Restore from Backup… in ``window``'s File menu."""
    actions = BackupActions(window)
    actions.install()
    return actions


def restore_into_window(window: WindowSurface, snapshot: Path) -> bool:
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
