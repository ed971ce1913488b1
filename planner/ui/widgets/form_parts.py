"""Parts the dialogs' forms share: named fields, rows of widgets and labels with buddies,
and, for every checking dialog, the problems line and its OK/Cancel buttons.

The post editor, the settings dialog and the consent editor show what is wrong inside
the dialog and close only once their save succeeds; building these parts in one place
keeps the dialogs looking and reading (for screen readers) the same.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

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


def line_edit(name: str, placeholder: str) -> QLineEdit:
    """A one-line field with its accessible name and a hint shown while it is empty."""
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def text_box(name: str, height: int, placeholder: str = "") -> QPlainTextEdit:
    """A plain-text field ``height`` pixels high that Tab leaves, as a form's fields do."""
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    if placeholder:
        box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def side_by_side(*widgets: QWidget) -> QHBoxLayout:
    """The widgets in a row, kept to its left."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label whose mnemonic (the letter after ``&``) moves the focus to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def add_layout_row(form: QFormLayout, text: str, buddy: QWidget, field: QLayout) -> None:
    """A form row whose field is a layout: Qt gives such a row's label no buddy of its
    own, so the label's mnemonic goes to ``buddy``."""
    form.addRow(buddy_label(text, buddy), field)
