"""Add or edit one consent record: who, what it covers, where, and from when to when.

Problems show as the fields change and OK waits until there are none; the dialog closes
only once ``save`` says the store took the record. A new record ends one year after it
was signed unless the user picks another end (HIPAA authorisations need one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.consent import (
    ConsentRecord,
    Use,
    default_expiry,
    long_day,
)
from planner.core.domain import Platform
from planner.ui.widgets.form_parts import (
    add_layout_row,
    line_edit,
    ok_cancel_buttons,
    problems_label,
    show_problems,
    side_by_side,
    text_box,
)
from planner.ui.widgets.plan_dates import from_qdate, limit_to_plan, to_qdate
from planner.ui.widgets.theme import muted_text

NO_END_NOTE = "HIPAA authorisations need an end date; without one this consent never expires."


def date_edit(name: str) -> QDateEdit:
    box = limit_to_plan(QDateEdit())
    box.setCalendarPopup(True)
    box.setDisplayFormat("d MMM yyyy")
    box.setAccessibleName(name)
    return box


class ConsentEditor(QDialog):
    """Create (``record`` None) or edit one record; ``save`` returns False when the store
    refused it, and the dialog then stays open with everything typed."""

    def __init__(
        self,
        save: Callable[[ConsentRecord], bool],
        *,
        today: dt.date,
        record: ConsentRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._original = record
        editing = record is not None and record.id is not None
        self.setWindowTitle("Edit Consent" if editing else "New Consent")
        self.setAccessibleName(self.windowTitle())

        self.person_edit = line_edit("Person", "As the practice knows them, e.g. J. Smith")
        self.covers = {use: QCheckBox(use.label) for use in Use}
        for use, box in self.covers.items():
            box.setAccessibleName(f"Covers {use.value}")

        self.all_platforms = QRadioButton("All platforms")
        self.some_platforms = QRadioButton("Only:")
        group = QButtonGroup(self)
        group.addButton(self.all_platforms)
        group.addButton(self.some_platforms)
        self.platforms = {p: QCheckBox(p.label) for p in Platform}
        for platform, box in self.platforms.items():
            box.setAccessibleName(f"Covers {platform.label}")

        self.signed_edit = date_edit("Signed on")
        self.expires_check = QCheckBox("Ends on")
        self.expires_check.setAccessibleName("Has an end date")
        self.expires_edit = date_edit("Expires on")
        self.one_year_button = QPushButton("One year after signing")
        self.one_year_button.setAutoDefault(False)
        self.no_end_note = QLabel(NO_END_NOTE)
        self.no_end_note.setWordWrap(True)
        self.no_end_note.setStyleSheet(f"color: {muted_text(self.palette()).name()};")
        self.revoked_label = QLabel()
        self.form_edit = line_edit(
            "Where the signed form is kept", "e.g. Cabinet B, consent folder 2026"
        )
        self.notes_edit = text_box("Notes", self.fontMetrics().lineSpacing() * 4)
        self.problems_label = problems_label()
        self.buttons = ok_cancel_buttons(self)

        form = QFormLayout()
        form.addRow("&Person:", self.person_edit)
        covers = side_by_side(*self.covers.values())
        add_layout_row(form, "&Covers:", self.covers[Use.PHOTO], covers)
        platforms = side_by_side(self.all_platforms, self.some_platforms)
        add_layout_row(form, "Pla&tforms:", self.all_platforms, platforms)
        form.addRow("", side_by_side(*self.platforms.values()))
        add_layout_row(form, "&Signed on:", self.signed_edit, side_by_side(self.signed_edit))
        expires = side_by_side(self.expires_check, self.expires_edit, self.one_year_button)
        add_layout_row(form, "E&xpires:", self.expires_check, expires)
        form.addRow("", self.no_end_note)
        form.addRow("", self.revoked_label)
        form.addRow("&Form kept at:", self.form_edit)
        form.addRow("&Notes:", self.notes_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)

        self._fill(record, today)
        self.signed_edit.dateChanged.connect(self._signed_changed)
        self.expires_edit.dateChanged.connect(self._expiry_picked)
        self.one_year_button.clicked.connect(self.offer_one_year)
        self.person_edit.textChanged.connect(self._check)
        self.form_edit.textChanged.connect(self._check)
        self.notes_edit.textChanged.connect(self._check)
        for box in [*self.covers.values(), *self.platforms.values(), self.expires_check]:
            box.toggled.connect(self._check)
        self.some_platforms.toggled.connect(self._check)
        self._check()
        self.person_edit.setFocus()

    def _fill(self, record: ConsentRecord | None, today: dt.date) -> None:
        signed = record.signed if record else today
        self.signed_edit.setDate(to_qdate(signed))
        self.person_edit.setText(record.person if record else "")
        for use, box in self.covers.items():
            box.setChecked(record is not None and use in record.covers)
        chosen = record.platforms if record else frozenset()
        self.all_platforms.setChecked(not chosen)
        self.some_platforms.setChecked(bool(chosen))
        for platform, box in self.platforms.items():
            box.setChecked(platform in chosen)
        # A new record ends a year after signing until the user picks another end.
        self._expiry_follows_signed = record is None
        expires = record.expires if record else default_expiry(signed)
        self.expires_check.setChecked(expires is not None)
        self.expires_edit.setDate(to_qdate(expires or default_expiry(signed)))
        revoked = record.revoked if record else None
        self.revoked_label.setText(f"Revoked on {long_day(revoked)}." if revoked else "")
        self.revoked_label.setVisible(revoked is not None)
        self.form_edit.setText(record.form if record else "")
        self.notes_edit.setPlainText(record.notes if record else "")

    def _signed_changed(self) -> None:
        if self._expiry_follows_signed:
            self.expires_edit.blockSignals(True)
            self.expires_edit.setDate(to_qdate(default_expiry(self.signed)))
            self.expires_edit.blockSignals(False)
        self._check()

    def _expiry_picked(self) -> None:
        self._expiry_follows_signed = False
        self._check()

    def offer_one_year(self) -> None:
        """Set the end to one year after signing, and keep it there as signing moves."""
        self.expires_check.setChecked(True)
        self.expires_edit.setDate(to_qdate(default_expiry(self.signed)))
        self._expiry_follows_signed = True
        self._check()

    @property
    def signed(self) -> dt.date:
        return from_qdate(self.signed_edit.date())

    def record(self) -> ConsentRecord:
        """The record as the fields describe it (not checked)."""
        some = self.some_platforms.isChecked()
        chosen = frozenset(p for p, box in self.platforms.items() if box.isChecked())
        expires = from_qdate(self.expires_edit.date()) if self.expires_check.isChecked() else None
        base = self._original or ConsentRecord(None, "", frozenset(), frozenset(), self.signed)
        return base.with_changes(
            person=self.person_edit.text().strip(),
            covers=frozenset(u for u, box in self.covers.items() if box.isChecked()),
            # Every platform ticked is the same as all: stored as the empty set.
            platforms=chosen if some and chosen != frozenset(Platform) else frozenset(),
            signed=self.signed,
            expires=expires,
            form=self.form_edit.text().strip(),
            notes=self.notes_edit.toPlainText(),
        )

    def problems(self) -> list[str]:
        found = self.record().problems()
        if self.some_platforms.isChecked() and not any(
            box.isChecked() for box in self.platforms.values()
        ):
            found.append("Tick the platforms it covers, or choose All platforms.")
        return found

    def _check(self) -> None:
        some = self.some_platforms.isChecked()
        for box in self.platforms.values():
            box.setEnabled(some)
        has_end = self.expires_check.isChecked()
        self.expires_edit.setEnabled(has_end)
        self.no_end_note.setVisible(not has_end)
        problems = self.problems()
        show_problems(self.problems_label, problems, self.palette())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    def accept(self) -> None:
        self._check()
        if self.problems():
            return
        if self._save(self.record()):
            super().accept()
