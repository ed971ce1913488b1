"""Putting sync into the window: Tools → Sync Now and Sync Log…, a Sync button on the
week bar, the last sync's time in the status bar, and the background timer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QStyle

from planner.ui.sync.controller import SyncController
from planner.ui.week.bar import tool_button

if TYPE_CHECKING:
    from planner.ui.window.surface import WindowSurface

MESSAGE_MS = 10_000


class _ClosingWatch(QObject):
    """Stops the syncs when the window closes (before its store does)."""

    def __init__(self, controller: SyncController) -> None:
        super().__init__(controller)
        self.controller = controller

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.controller.close()
        return False


def install_sync(window: WindowSurface) -> SyncController:
    """Give ``window`` its sync actions, button, status and timer; return the controller
    (also found as ``window.findChild(SyncController)``)."""
    controller = SyncController(
        window.context,
        refresh=window.refresh,
        say=lambda message: window.statusBar().showMessage(message, MESSAGE_MS),
        parent=window.as_parent(),
    )
    sync = controller.sync_action
    sync.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
    window.addAction(sync)
    window.tools_menu.addAction(sync)
    window.tools_menu.addAction(controller.log_action)
    controller.log_action.triggered.connect(lambda: show_log(window))
    button = tool_button(sync, "Sync now")
    window.week_bar.layout().addWidget(button)  # type: ignore[union-attr]
    window.statusBar().insertPermanentWidget(0, controller.status)
    controller.shown_with_sharing.append(button)
    controller.show_state()
    window.as_parent().installEventFilter(_ClosingWatch(controller))
    return controller


def show_log(window: WindowSurface) -> None:
    """Tools → Sync Log…: the store's sync log, newest first."""
    from planner.ui.sync.log_dialog import SyncLogDialog

    entries = window.context.store.sync_tables().log() if window.context.has_store else []
    window.dialogs.show(SyncLogDialog(entries, parent=window.as_parent()))
