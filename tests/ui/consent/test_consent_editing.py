"""Adding and editing a consent: problems show as the fields change, OK waits, a new
consent ends a year after signing, and a refused save keeps the dialog open."""

from __future__ import annotations

import datetime as dt

from memory_book import TODAY, SampleBook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from planner.core.consent import ConsentRecord, Use
from planner.core.domain import Platform
from planner.ui.consent.editor import NO_END_NOTE, ConsentEditor
from planner.ui.consent.table_model import ConsentFilter
from planner.ui.consent.window import ConsentWindow
from planner.ui.dialogs.prompts import ScriptedPrompts


def open_editor(qtbot: QtBot, window: ConsentWindow, *, edit: bool = False) -> ConsentEditor:
    button = window.edit_button if edit else window.add_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    editor = window.dialog
    assert isinstance(editor, ConsentEditor)
    return editor


def problems(editor: ConsentEditor) -> list[str]:
    label = editor.problems_label
    return label.text().splitlines() if label.isVisible() else []


def click_ok(qtbot: QtBot, editor: ConsentEditor) -> None:
    ok = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_adding_shows_problems_live_and_waits_for_them(
    qtbot: QtBot, consent_window: ConsentWindow, book: SampleBook
) -> None:
    editor = open_editor(qtbot, consent_window)
    ok = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert problems(editor) == [
        "Say whose consent this is.",
        "Tick at least one thing the consent covers.",
    ]
    assert not ok.isEnabled()
    qtbot.keyClicks(editor.person_edit, "Nora Quinn")
    assert problems(editor) == ["Tick at least one thing the consent covers."]
    editor.covers[Use.PHOTO].setChecked(True)
    editor.covers[Use.NAME].setChecked(True)
    assert problems(editor) == [] and ok.isEnabled()

    # New consents end a year after signing, and follow the signing day.
    assert editor.signed == TODAY
    assert editor.expires_edit.date() == QDate(2027, 12, 2)
    editor.signed_edit.setDate(QDate(2026, 11, 20))
    assert editor.expires_edit.date() == QDate(2027, 11, 20)
    editor.expires_edit.setDate(QDate(2026, 11, 1))  # before it was signed
    assert problems(editor) == ["It expires on 1 Nov 2026, before it was signed on 20 Nov 2026."]
    assert not ok.isEnabled()
    qtbot.mouseClick(editor.one_year_button, Qt.MouseButton.LeftButton)
    assert editor.expires_edit.date() == QDate(2027, 11, 20) and ok.isEnabled()

    editor.some_platforms.setChecked(True)
    assert problems(editor) == ["Tick the platforms it covers, or choose All platforms."]
    editor.platforms[Platform.INSTAGRAM].setChecked(True)
    qtbot.keyClicks(editor.form_edit, "Cabinet B")
    click_ok(qtbot, editor)

    assert consent_window.dialog is None
    saved = book.records[9]
    assert saved == ConsentRecord(
        9, "Nora Quinn", frozenset({Use.PHOTO, Use.NAME}), frozenset({Platform.INSTAGRAM}),
        dt.date(2026, 11, 20), dt.date(2027, 11, 20), None, "Cabinet B", "",
    )  # fmt: skip
    selected = consent_window.selected()
    assert selected is not None and selected.id == 9
    assert consent_window.filter_tabs.tabText(0) == "All (9)"


def test_a_consent_may_have_no_end_but_the_dialog_says_what_that_means(
    qtbot: QtBot, consent_window: ConsentWindow, book: SampleBook
) -> None:
    editor = open_editor(qtbot, consent_window)
    assert not editor.no_end_note.isVisible()
    editor.person_edit.setText("Olu Ade")
    editor.covers[Use.VIDEO].setChecked(True)
    editor.expires_check.setChecked(False)
    assert editor.no_end_note.isVisible() and editor.no_end_note.text() == NO_END_NOTE
    assert not editor.expires_edit.isEnabled()
    click_ok(qtbot, editor)
    assert book.records[9].expires is None


def test_a_new_consent_hidden_by_the_filter_is_shown_under_all(
    qtbot: QtBot, consent_window: ConsentWindow, book: SampleBook
) -> None:
    consent_window.set_filter(ConsentFilter.REVOKED)
    editor = open_editor(qtbot, consent_window)
    editor.person_edit.setText("Olu Ade")
    editor.covers[Use.VIDEO].setChecked(True)
    click_ok(qtbot, editor)
    assert consent_window.model.filter is ConsentFilter.ALL
    assert consent_window.selected() == book.records[9]


def test_editing_changes_the_record_and_keeps_its_revocation(
    qtbot: QtBot, consent_window: ConsentWindow, book: SampleBook
) -> None:
    consent_window.select(7)  # Sam Brown: revoked
    before = book.records[7]
    editor = open_editor(qtbot, consent_window, edit=True)
    assert editor.windowTitle() == "Edit Consent"
    assert editor.person_edit.text() == "Sam Brown"
    assert [u for u, box in editor.covers.items() if box.isChecked()] == [Use.STORY]
    assert editor.all_platforms.isChecked()
    assert editor.revoked_label.text() == "Revoked on 22 Nov 2026."
    assert editor.expires_edit.date() == QDate(2027, 3, 12)
    editor.covers[Use.PHOTO].setChecked(True)
    editor.some_platforms.setChecked(True)
    for platform in Platform:  # ticking every platform is the same as all of them
        editor.platforms[platform].setChecked(True)
    editor.notes_edit.setPlainText("Withdrew by phone on 22 Nov.")
    click_ok(qtbot, editor)
    assert book.records[7] == before.with_changes(
        covers=frozenset({Use.PHOTO, Use.STORY}), notes="Withdrew by phone on 22 Nov."
    )
    assert book.records[7].platforms == frozenset()
    row = consent_window.model.row_of(7)
    assert row is not None and consent_window.model.index(row, 2).data() == "Photo, story"


def test_editing_a_record_with_no_end_keeps_it_open_ended(
    qtbot: QtBot, consent_window: ConsentWindow, book: SampleBook
) -> None:
    consent_window.select(2)
    editor = open_editor(qtbot, consent_window, edit=True)
    assert not editor.expires_check.isChecked()
    editor.signed_edit.setDate(QDate(2026, 4, 1))
    click_ok(qtbot, editor)
    assert book.records[2].expires is None and book.records[2].signed == dt.date(2026, 4, 1)


def test_a_refused_save_shows_why_and_keeps_the_dialog(
    qtbot: QtBot, consent_window: ConsentWindow, book: SampleBook, prompts: ScriptedPrompts
) -> None:
    editor = open_editor(qtbot, consent_window)
    editor.person_edit.setText("Nora Quinn")
    editor.covers[Use.PHOTO].setChecked(True)
    refused = book.refuse_next()
    click_ok(qtbot, editor)
    assert prompts.errors == [refused]
    assert consent_window.dialog is editor and editor.isVisible()
    assert editor.person_edit.text() == "Nora Quinn" and len(book.records) == 8
    click_ok(qtbot, editor)
    assert consent_window.dialog is None and book.records[9].person == "Nora Quinn"
