"""Parts every checking dialog shares: the problems line and its OK/Cancel buttons.

The post editor and the settings dialog both show what is wrong inside the dialog and
close only once their save succeeds; building these parts in one place keeps the two
looking and reading (for screen readers) the same.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from planner.ui.widgets.theme import warning_colour


def problems_label() -> QLabel:
    """A hidden, wrapping plain-text label for the dialog's problems."""
    label = QLabel()
    label.setAccessibleName("Problems")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # user text must never render as markup
    label.hide()
    return label


def show_problems(label: QLabel, problems: list[str], palette: QPalette) -> None:
    """One problem a line in the warning colour; the label hides when there are none."""
    label.setText("\n".join(problems))
    label.setStyleSheet(f"color: {warning_colour(palette).name()};")
    label.setVisible(bool(problems))


def ok_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel wired to the dialog's own ``accept`` and ``reject``."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
