"""Edit Templates…: the practice's own words for each reply template.

The list shows every template (an edited one says so); the text is edited with its
``{practice}`` and ``{phone}`` placeholders, and below it the reply as it will read,
checked by the guard as it is written. Save keeps the text in the store; Reset goes
back to the shipped words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.replies import ReplyTemplate, fill_template, first_phone, load_templates
from planner.core.reply_check import check_reply
from planner.core.reply_log import template_problems, with_edits
from planner.core.settings import Settings
from planner.ui.replies.highlighter import CheckedTextEdit
from planner.ui.undo.commands import is_save_error
from planner.ui.widgets.theme import muted_text, warning_colour

if TYPE_CHECKING:
    from planner.ui.window.context import AppContext

HELP = (
    "{practice} is the practice's name and {phone} its first phone number. A part in "
    "[square brackets] is left out when its placeholder is empty."
)
CLEAN = "Nothing found: a reply from this template confirms no patient and argues with no one."


class TemplatesDialog(QDialog):
    """Edit the reply templates of ``context``'s store, starting at ``start``."""

    def __init__(
        self, context: AppContext, settings: Settings, start: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = settings
        self.setWindowTitle("Reply Templates")
        self.setAccessibleName("Reply Templates")
        self.shipped = load_templates()
        self.names = QListWidget()
        self.names.setAccessibleName("Templates")
        self.names.setFixedWidth(self.fontMetrics().horizontalAdvance("negative-3, edited") + 40)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName("Template text")
        self.text_edit.setTabChangesFocus(True)
        help_label = QLabel(HELP)
        help_label.setWordWrap(True)
        help_label.setTextFormat(Qt.TextFormat.PlainText)
        self.preview = CheckedTextEdit()
        self.preview.setAccessibleName("As it will read")
        self.preview.setReadOnly(True)
        self.check_label = QLabel()
        self.check_label.setAccessibleName("Check")
        self.check_label.setWordWrap(True)
        self.check_label.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton("&Save")
        self.reset_button = QPushButton("&Reset to Shipped")
        for button in (self.save_button, self.reset_button):
            button.setAutoDefault(False)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)

        right = QVBoxLayout()
        right.addWidget(QLabel("Template:"))
        right.addWidget(self.text_edit, 2)
        right.addWidget(help_label)
        right.addWidget(QLabel("As it will read:"))
        right.addWidget(self.preview, 2)
        right.addWidget(self.check_label)
        body = QHBoxLayout()
        body.addWidget(self.names)
        body.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self.resize(720, 520)

        self._edited: dict[str, str] = {}
        self._fill_names()
        self.names.currentRowChanged.connect(self._show)
        self.text_edit.textChanged.connect(self._preview)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        names = [t.name for t in self.shipped]
        self.names.blockSignals(True)  # shown once, below, whether the row moves or not
        self.names.setCurrentRow(names.index(start) if start in names else 0)
        self.names.blockSignals(False)
        self._show()

    # -- what it shows ---------------------------------------------------------------------

    @property
    def name(self) -> str:
        return self.shipped[max(self.names.currentRow(), 0)].name

    def templates(self) -> tuple[ReplyTemplate, ...]:
        return with_edits(self.shipped, self._edited)

    def _fill_names(self) -> None:
        self._edited = self.context.store.replies.edited_templates()
        row = self.names.currentRow()
        self.names.blockSignals(True)
        self.names.clear()
        for template in self.shipped:
            note = ", edited" if template.name in self._edited else ""
            self.names.addItem(f"{template.name}{note}")
        self.names.setCurrentRow(max(row, 0))
        self.names.blockSignals(False)

    def _show(self) -> None:
        current = next(t for t in self.templates() if t.name == self.name)
        self.text_edit.setPlainText(current.text)
        self.reset_button.setEnabled(self.name in self._edited)

    def filled(self) -> str:
        """The reply this template gives, with the practice's name and phone."""
        phone = first_phone("; ".join(self.settings.phones))
        template = ReplyTemplate(self.name, self.text_edit.toPlainText())
        return fill_template(template, self.settings.practice_name, phone)

    def _preview(self) -> None:
        text = self.filled()
        self.preview.setPlainText(text)
        findings = check_reply(text, self.settings)
        self.preview.highlighter.set_findings(findings, self.palette())
        palette = self.palette()
        if findings:
            lines = [f"{f.severity.capitalize()} — “{f.excerpt}”: {f.message}" for f in findings]
            self.check_label.setText("\n".join(lines))
            self.check_label.setStyleSheet(f"color: {warning_colour(palette).name()};")
        else:
            self.check_label.setText(CLEAN if text.strip() else "")
            self.check_label.setStyleSheet(f"color: {muted_text(palette).name()};")
        self.save_button.setEnabled(self.text_edit.toPlainText().strip() != self._current_text())

    def _current_text(self) -> str:
        return next(t for t in self.templates() if t.name == self.name).text

    # -- changes ---------------------------------------------------------------------------

    def save(self) -> bool:
        text = self.text_edit.toPlainText().strip()
        problems = template_problems(self.name, text, self.shipped)
        if problems:
            self.context.prompts.error("Template Not Saved", " ".join(problems))
            return False
        stops = [f for f in check_reply(self.filled(), self.settings) if f.severity == "stop"]
        if stops:
            listed = "\n".join(f"• “{f.excerpt}”: {f.message}" for f in stops)
            question = f"Every reply from this template would have:\n{listed}\n\nSave it anyway?"
            if not self.context.prompts.ask_yes_no("Check the Template", question,
                                                   default_yes=False):  # fmt: skip
                return False
        return self._change(lambda: self.context.store.replies.save_template(self.name, text))

    def reset(self) -> bool:
        return self._change(lambda: self.context.store.replies.reset_template(self.name))

    def _change(self, change: Callable[[], object]) -> bool:
        try:
            change()
        except Exception as error:
            if not is_save_error(error):
                raise
            from planner.store.messages import error_message

            self.context.prompts.error("Template Not Saved", error_message(error))
            return False
        self._fill_names()
        self._show()
        return True
