"""Acknowledge…: the practice says why one finding on one post is fine.

The reason is kept with the acknowledgement ("this is the hospital's public
switchboard"), so whoever looks later knows why the warning went away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from planner.core.guard import Finding
from planner.ui.widgets.form_parts import ok_cancel_buttons

MAX_REASON = 500


class AcknowledgeDialog(QDialog):
    """Asks for the reason; OK waits until there is one."""

    def __init__(self, finding: Finding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding = finding
        self.setWindowTitle("Acknowledge Finding")
        self.setAccessibleName("Acknowledge finding")
        what = QLabel(finding.message)
        what.setTextFormat(Qt.TextFormat.PlainText)  # a post's words are never markup
        what.setWordWrap(True)
        what.setAccessibleName("Finding")
        ask = QLabel(
            "Why is this fine on this post? The warning goes away, the words stay greyed "
            "in the editor, and it comes back if these words change."
        )
        ask.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName("Reason")
        self.reason_edit.setMaxLength(MAX_REASON)
        self.reason_edit.setPlaceholderText("For example: the hospital's public switchboard")
        ask.setBuddy(self.reason_edit)
        self.buttons = ok_cancel_buttons(self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Acknowledge")
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(ask)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._check)
        self._check()
        self.resize(460, self.sizeHint().height())

    @property
    def reason(self) -> str:
        return " ".join(self.reason_edit.text().split())

    def _check(self) -> None:
        self.ok_button.setEnabled(bool(self.reason))

    def accept(self) -> None:
        if self.reason:
            super().accept()
