"""Where the window's dialogs open: one at a time, window-modal, no nested event loop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog


class DialogHost:
    """Opens a dialog over the window and remembers it while it is open.

    ``current`` is the open editor, settings, import or restore dialog, or None; tests
    find the dialog there instead of waiting on an ``exec()`` loop.
    """

    def __init__(self) -> None:
        self.current: QDialog | None = None

    def show(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.current = dialog
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.current is dialog:
            self.current = None
