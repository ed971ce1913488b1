"""Tools → Reply to a Review…: paste the review, set the stars, the site and (only so the
guard can catch it) the reviewer's name; the template for the stars is filled with the
practice's name and phone, and the reply is checked as it is written.

Copy puts the reply on the clipboard; Save to Log keeps it (date, site, stars, review,
reply: never the reviewer's name); Export Log… writes the log as CSV. A reply with a
``stop`` finding is copied or kept only once the user says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.guard import Finding
from planner.core.replies import (
    ReplyTemplate,
    choose_template,
    fill_template,
    first_phone,
    load_templates,
)
from planner.core.reply_check import check_reply
from planner.core.reply_log import SITES, LoggedReply, with_edits
from planner.ui.replies.highlighter import CheckedTextEdit
from planner.ui.replies.log_export import export_log
from planner.ui.undo.commands import is_save_error
from planner.ui.widgets.form_parts import (
    add_layout_row,
    buddy_label,
    line_edit,
    side_by_side,
    text_box,
)
from planner.ui.widgets.theme import muted_text, warning_colour
from planner.ui.window.dialog_host import DialogHost

if TYPE_CHECKING:
    from planner.ui.window.context import AppContext

STARS = {5: "★★★★★  5 stars", 4: "★★★★☆  4 stars", 3: "★★★☆☆  3 stars",
         2: "★★☆☆☆  2 stars", 1: "★☆☆☆☆  1 star"}  # fmt: skip
NO_FINDINGS = "Nothing found: the reply confirms no patient, argues with no one, names no one."
NAME_HINT = "Optional: only so the check can catch it; it never goes into the reply"


def finding_line(finding: Finding) -> str:
    """``Stop — “your visit”: Words that say …``."""
    return f"{finding.severity.capitalize()} — “{finding.excerpt}”: {finding.message}"


class ReplyDialog(QDialog):
    """Draft, check, copy and keep one reply; over ``context``'s store and settings."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle("Reply to a Review")
        self.setAccessibleName("Reply to a Review")
        self.host = DialogHost()
        self.settings = context.settings()
        self._filled = ""  # the reply as the template last filled it
        self._template_name = ""  # the template it was filled from

        five_lines = self.fontMetrics().lineSpacing() * 5
        self.review_edit = text_box("Review", five_lines, "Paste the review here")
        self.stars_box = QComboBox()
        self.stars_box.setAccessibleName("Stars")
        for stars, label in STARS.items():
            self.stars_box.addItem(label, stars)
        self.site_box = QComboBox()
        self.site_box.setAccessibleName("Site")
        for site in SITES:
            self.site_box.addItem(site.capitalize() if site == "other" else site, site)
        self.reviewer_edit = line_edit("Reviewer's name", NAME_HINT)
        self.template_box = QComboBox()
        self.template_box.setAccessibleName("Template")
        self.templates_button = QPushButton("Edit &Templates…")
        self.templates_button.setAutoDefault(False)
        self.reply_edit = CheckedTextEdit()
        self.reply_edit.setAccessibleName("Reply")
        self.reply_edit.setTabChangesFocus(True)
        self.findings_label = QLabel()
        self.findings_label.setAccessibleName("Check")
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label = QLabel()
        self.status_label.setAccessibleName("Saved")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)

        self.copy_button = QPushButton("&Copy")
        self.save_button = QPushButton("&Save to Log")
        self.export_button = QPushButton("&Export Log…")
        for button in (self.copy_button, self.save_button, self.export_button):
            button.setAutoDefault(False)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)

        about = side_by_side(self.stars_box, buddy_label("S&ite:", self.site_box), self.site_box)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_box, 1)
        template_row.addWidget(self.templates_button)
        form = QFormLayout()
        form.addRow("Re&view:", self.review_edit)
        add_layout_row(form, "St&ars:", self.stars_box, about)
        form.addRow("Reviewer's &name:", self.reviewer_edit)
        add_layout_row(form, "Te&mplate:", self.template_box, template_row)
        form.addRow("&Reply:", self.reply_edit)
        form.addRow("", self.findings_label)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.save_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.resize(640, 540)

        self.templates: tuple[ReplyTemplate, ...] = ()
        self._load_templates()
        self.stars_box.currentIndexChanged.connect(self._stars_changed)
        self.template_box.activated.connect(self._template_chosen)
        self.templates_button.clicked.connect(self.edit_templates)
        self.reply_edit.textChanged.connect(self.check)
        self.reviewer_edit.textChanged.connect(self.check)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.save)
        self.export_button.clicked.connect(self.export)
        self._use(choose_template(self.stars, self.templates))
        self.review_edit.setFocus()

    # -- what it shows ---------------------------------------------------------------------

    @property
    def stars(self) -> int:
        return int(self.stars_box.currentData())

    @property
    def site(self) -> str:
        return str(self.site_box.currentData())

    @property
    def reply(self) -> str:
        return self.reply_edit.text()

    @property
    def findings(self) -> list[Finding]:
        return self.reply_edit.highlighter.findings

    @property
    def dialog(self) -> QDialog | None:
        """The template editor, while it is open."""
        return self.host.current

    def set_stars(self, stars: int) -> None:
        self.stars_box.setCurrentIndex(self.stars_box.findData(stars))

    def template(self) -> ReplyTemplate:
        """The template chosen in the box."""
        name = self.template_box.currentData()
        return next(t for t in self.templates if t.name == name)

    def choose_template(self, name: str) -> None:
        """Pick a template as the user does in the box."""
        self.template_box.setCurrentIndex(self.template_box.findData(name))
        self._template_chosen()

    def _load_templates(self) -> None:
        """The shipped templates with the practice's edits, into the template box."""
        edited = self.context.store.replies.edited_templates()
        self.templates = with_edits(load_templates(), edited)
        chosen = self.template_box.currentData()
        self.template_box.blockSignals(True)
        self.template_box.clear()
        for template in self.templates:
            note = ", edited" if template.name in edited else ""
            self.template_box.addItem(f"{template.name} ({template.mood}{note})", template.name)
        if chosen is not None:
            self.template_box.setCurrentIndex(max(self.template_box.findData(chosen), 0))
        self.template_box.blockSignals(False)

    def check(self) -> list[Finding]:
        """Check the reply as it reads now; underline and list what was found."""
        findings = check_reply(self.reply, self.settings, self.reviewer_edit.text())
        self.reply_edit.blockSignals(True)  # re-marking the text is no edit of it
        self.reply_edit.highlighter.set_findings(findings, self.palette())
        self.reply_edit.blockSignals(False)
        palette = self.palette()
        if findings:
            self.findings_label.setText("\n".join(finding_line(f) for f in findings))
            stop = any(f.severity == "stop" for f in findings)
            colour = warning_colour(palette) if stop else muted_text(palette)
        else:
            self.findings_label.setText(NO_FINDINGS if self.reply.strip() else "")
            colour = muted_text(palette)
        self.findings_label.setStyleSheet(f"color: {colour.name()};")
        return findings

    # -- choosing the template -------------------------------------------------------------

    def _use(self, template: ReplyTemplate) -> None:
        phone = first_phone("; ".join(self.settings.phones))
        self._filled = fill_template(template, self.settings.practice_name, phone)
        self._template_name = template.name
        self.template_box.setCurrentIndex(self.template_box.findData(template.name))
        self.reply_edit.setPlainText(self._filled)
        self.check()

    def _may_replace(self, template: ReplyTemplate) -> bool:
        """A reply the user changed is replaced only once they say so."""
        if self.reply == self._filled or not self.reply.strip():
            return True
        question = (
            f"Replace your changes to the reply with the {template.name} template? What you "
            "wrote will be lost."
        )
        return self.context.prompts.ask_yes_no("Replace Reply?", question, default_yes=False)

    def _stars_changed(self) -> None:
        wanted = choose_template(self.stars, self.templates)
        if wanted.mood != self.template().mood and self._may_replace(wanted):
            self._use(wanted)

    def _template_chosen(self) -> None:
        chosen = self.template()
        if self._may_replace(chosen):
            self._use(chosen)
        else:  # the box goes back to the template the reply came from
            self.template_box.setCurrentIndex(self.template_box.findData(self._template_name))

    def edit_templates(self) -> None:
        from planner.ui.replies.templates_dialog import TemplatesDialog

        if self.host.current is not None:
            return
        dialog = TemplatesDialog(self.context, self.settings, self.template().name, self)
        dialog.finished.connect(lambda _result: self._templates_edited())
        self.host.show(dialog)

    def _templates_edited(self) -> None:
        self._load_templates()
        current = self.template()
        phone = first_phone("; ".join(self.settings.phones))
        refilled = fill_template(current, self.settings.practice_name, phone)
        if refilled != self._filled and self.reply == self._filled:
            self._use(current)  # the reply was the template's: follow its new words

    # -- copy, keep, export ----------------------------------------------------------------

    def _confirm_despite_findings(self, doing: str) -> bool:
        stops = [f for f in self.check() if f.severity == "stop"]
        if not stops:
            return True
        listed = "\n".join(f"• “{f.excerpt}”: {f.message}" for f in stops)
        question = f"The check found this in the reply:\n{listed}\n\n{doing} it anyway?"
        return self.context.prompts.ask_yes_no("Check the Reply", question, default_yes=False)

    def copy(self) -> bool:
        if not self.reply.strip() or not self._confirm_despite_findings("Copy"):
            return False
        QApplication.clipboard().setText(self.reply)
        self.status_label.setText("Copied: paste it as the reply on the review site.")
        return True

    def save(self) -> bool:
        if not self.reply.strip():
            self.context.prompts.error("Not Saved", "The reply is empty.")
            return False
        if not self._confirm_despite_findings("Keep"):
            return False
        entry = LoggedReply(
            self.context.today(), self.site, self.stars, self.review_edit.toPlainText(),
            self.reply,
        )  # fmt: skip
        try:
            self.context.store.replies.add(entry)
        except Exception as error:
            if not is_save_error(error):
                raise
            from planner.store.messages import error_message

            self.context.prompts.error("Not Saved", error_message(error))
            return False
        count = len(self.context.store.replies.entries())
        noun = "reply" if count == 1 else "replies"
        self.status_label.setText(f"Kept in the replies log ({count} {noun}).")
        return True

    def export(self) -> bool:
        return export_log(self.context, self)
