"""The post editor's "Features a patient" section: what the post features (its uses)
and the consents linked to it.

Ticking "Features a patient" shows the uses and a picker of the practice's consent
records. A record that would hold for the post's day, platform and uses can be ticked;
any other is greyed with the reason (``picker_reasons``). A linked record that no longer
holds (the post was moved past its end) stays tickable, in the warning colour, so it
can be unlinked. Under the picker, rule ``consent`` says what is still wrong, live.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.consent import ConsentRecord, consent_problems, long_day, picker_reasons
from planner.core.domain import Platform, Post, Status
from planner.core.uses import Use, ordered_uses
from planner.ui.widgets.theme import muted_text, warning_colour

if TYPE_CHECKING:
    from planner.ui.dialogs.editor_dialog import PostEditor

ID_ROLE = Qt.ItemDataRole.UserRole
NO_RECORDS = "No consent records yet: add the signed form in Tools → Consents…"
PICK_ONE = "Tick the consent of the person it features."
ROWS_SHOWN = 4  # the picker's height in rows; more scroll


def record_line(record: ConsentRecord, reason: str | None) -> str:
    """``J. Smith (#1) · until 20 Jun 2027``, or with why it would not hold:
    ``Priya Patel (#4) — Expired on 29 Nov 2026``."""
    name = f"{record.person.strip()} (#{record.id})"
    if reason:
        return f"{name} — {reason}"
    return f"{name} · until {long_day(record.expires)}" if record.expires else name


def record_tip(record: ConsentRecord, reason: str | None) -> str:
    """The record in full, for the picker's tooltip."""
    covers = ", ".join(u.value for u in ordered_uses(record.covers))
    where = ", ".join(p.label for p in Platform if p in record.platforms) or "all platforms"
    until = f"until {long_day(record.expires)}" if record.expires else "with no end date"
    lines = [f"{record.label}: {covers}; {where}; signed {long_day(record.signed)}, {until}."]
    if reason:
        lines.append(f"Not for this post: {reason[:1].lower()}{reason[1:]}.")
    return "\n".join(lines)


class PatientSection:
    """``EditorSection`` for the uses and consents of ``post`` (None: a new post), over
    the practice's ``records``."""

    def __init__(self, records: Sequence[ConsentRecord], post: Post | None) -> None:
        self.records = [r for r in records if r.id is not None]
        self._uses = post.uses if post else frozenset()
        self._linked = set(post.consents) if post else set()
        self._editor: PostEditor | None = None

    # -- EditorSection -----------------------------------------------------------------

    def attach(self, editor: PostEditor) -> QWidget:
        self._editor = editor
        self.widget = QWidget()
        self.widget.setAccessibleName("Features a patient")
        self.features = QCheckBox("Features a &patient")
        self.features.setToolTip(
            "Tick when the post shows or names a patient: it then needs their signed consent"
        )
        self.details = QWidget()
        self.uses = {use: QCheckBox(use.label) for use in Use}
        uses_row = QHBoxLayout()
        uses_row.setContentsMargins(0, 0, 0, 0)
        uses_row.addWidget(QLabel("It features their:"))
        for use, box in self.uses.items():
            box.setChecked(use in self._uses)
            box.setAccessibleName(f"Features their {use.value}")
            uses_row.addWidget(box)
        uses_row.addStretch(1)
        self.picker = QListWidget()
        self.picker.setAccessibleName("Consents linked")
        self.picker.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.picker.setUniformItemSizes(True)
        # Long reasons are cut with "…" (the tooltip has them whole), never scrolled to.
        self.picker.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.picker.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.picker.fontMetrics().lineSpacing() + 4
        self.picker.setFixedHeight(rows * ROWS_SHOWN + 2 * self.picker.frameWidth() + 2)
        self.status = QLabel()
        self.status.setAccessibleName("Consent check")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        inner = QVBoxLayout(self.details)
        inner.setContentsMargins(18, 0, 0, 0)
        inner.addLayout(uses_row)
        inner.addWidget(self.picker)
        inner.addWidget(self.status)
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.features)
        layout.addWidget(self.details)
        self.features.setChecked(bool(self._uses or self._linked))
        self.details.setVisible(self.features.isChecked())

        self.features.toggled.connect(self._features_toggled)
        for box in self.uses.values():
            box.toggled.connect(self._changed)
        self.picker.itemChanged.connect(self._picked)
        editor.date_edit.dateChanged.connect(self._refresh)
        editor.platform_box.currentIndexChanged.connect(self._refresh)
        editor.status_box.currentIndexChanged.connect(self._refresh)
        self._refresh()
        return self.widget

    def apply(self, post: Post) -> Post:
        if not self.features.isChecked():
            return post.with_changes(uses=frozenset(), consents=frozenset())
        return post.with_changes(uses=self.chosen_uses(), consents=frozenset(self._linked))

    # -- what it shows -----------------------------------------------------------------

    def chosen_uses(self) -> frozenset[Use]:
        return frozenset(use for use, box in self.uses.items() if box.isChecked())

    def linked_ids(self) -> list[int]:
        return sorted(self._linked)

    def reasons(self) -> dict[int, str | None]:
        """Each record's reason for the post as the editor now describes it (None: it
        would hold), by id."""
        day, platform = self._where()
        pairs = picker_reasons(day, platform, self.chosen_uses(), self.records)
        return {record.id: reason for record, reason in pairs if record.id is not None}

    def _where(self) -> tuple[dt.date | None, Platform]:
        editor = self._editor
        assert editor is not None
        if editor.status is Status.IDEA:
            return None, editor.platform
        qdate = editor.date_edit.date()
        return dt.date(qdate.year(), qdate.month(), qdate.day()), editor.platform

    def _refresh(self) -> None:
        """Rebuild the picker and the status line for the post's day, platform and uses."""
        reasons = self.reasons()
        palette = self.picker.palette()
        self.picker.blockSignals(True)
        self.picker.clear()

        def order(record: ConsentRecord) -> tuple[bool, bool, str, int]:
            linked = record.id in self._linked
            return (not linked, reasons[record.id or 0] is not None, record.person.lower(),
                    record.id or 0)  # fmt: skip

        for record in sorted(self.records, key=order):
            assert record.id is not None
            reason = reasons[record.id]
            linked = record.id in self._linked
            item = QListWidgetItem(record_line(record, reason))
            item.setToolTip(record_tip(record, reason))
            item.setData(ID_ROLE, record.id)
            item.setCheckState(Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked)
            if reason is None or linked:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            else:
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable)  # greyed: cannot be ticked
            if reason is not None and linked:
                item.setForeground(warning_colour(palette))
            self.picker.addItem(item)
        if not self.records:
            empty = QListWidgetItem(NO_RECORDS)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            empty.setForeground(muted_text(palette))
            self.picker.addItem(empty)
        self.picker.blockSignals(False)
        self._show_status(reasons)

    def _show_status(self, reasons: dict[int, str | None]) -> None:
        day, platform = self._where()
        linked = [r for r in self.records if r.id in self._linked]
        found = consent_problems(None, day, platform, self.chosen_uses(), linked)
        palette = self.status.palette()
        if found:
            text = "\n".join(w.message for w in found)
            colour = warning_colour(palette)
        elif not linked:
            text = PICK_ONE
            colour = muted_text(palette)
        else:
            names = ", ".join(r.label for r in linked)
            held = "holds" if len(linked) == 1 else "hold"
            when = "while it is an idea" if day is None else "for this post"
            text = f"{names} {held} {when}."
            colour = muted_text(palette)
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour.name()};")

    # -- changes -------------------------------------------------------------------------

    def _features_toggled(self, on: bool) -> None:
        self.details.setVisible(on)
        self._changed()

    def _picked(self, item: QListWidgetItem) -> None:
        """A tick or untick: the list is not rebuilt under the click; an unlinked record
        that does not hold greys out where it is."""
        consent_id = item.data(ID_ROLE)
        if consent_id is None:
            return
        if item.checkState() == Qt.CheckState.Checked:
            self._linked.add(int(consent_id))
        else:
            self._linked.discard(int(consent_id))
            if self.reasons().get(int(consent_id)) is not None:
                self.picker.blockSignals(True)
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable)
                item.setData(Qt.ItemDataRole.ForegroundRole, None)
                self.picker.blockSignals(False)
        self._show_status(self.reasons())
        if self._editor is not None:
            self._editor.fields_changed()

    def _changed(self) -> None:
        self._refresh()
        if self._editor is not None:
            self._editor.fields_changed()


def patient_section(records: Sequence[ConsentRecord], post: Post | None) -> PatientSection:
    return PatientSection(records, post)
