"""The guard in the post editor, driven with real key events: underlines at the right
spans on every keystroke, the message on hover, the list of findings, and
Acknowledge… through the store and back."""

from __future__ import annotations

import datetime as dt

from guard_editing import PHONE, PHONE_TEXT, flagged_post, open_editor, underlines
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from planner.core.domain import Kind
from planner.core.weeks import Week
from planner.store import Store
from planner.store.guard_records import acknowledgements, add_name
from planner.ui.guard.highlighter import utf16_length
from planner.ui.widgets.theme import muted_text
from planner.ui.window.main_window import MainWindow

WHEN = dt.datetime(2026, 12, 2, 9, 30)


def test_each_keystroke_underlines_what_it_completes(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    add_name(store, "Margaret Ellis")
    editor, section = open_editor(window)
    box, palette = editor.text_edit, editor.palette()
    box.insertPlainText("😀")  # QTest types one UTF-16 unit a key: an emoji is pasted
    qtbot.keyClicks(box, " Thinking of Margaret Elli")
    assert underlines(box, palette) == []
    qtbot.keyClick(box, Qt.Key.Key_S)  # the name is whole: underlined at once
    assert underlines(box, palette) == [("Margaret Ellis", "stop")]
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "Our best dentist in town, guaranteed.")
    assert underlines(box, palette) == [
        ("Margaret Ellis", "stop"),
        ("best dentist in town", "caution"),
        ("guaranteed", "caution"),
    ]
    # Taking a letter away takes the underline away with it.
    box.moveCursor(QTextCursor.MoveOperation.Start)
    for _ in range(len("😀 Thinking of Margaret Ellis")):
        box.moveCursor(QTextCursor.MoveOperation.Right)
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    assert underlines(box, palette)[0] != ("Margaret Ellis", "stop")
    assert [f.category for f in section.found.open] == ["claims", "claims"]
    assert section.summary.text().startswith("Guard: 2 to question.")


def test_a_promotional_post_may_sell(qtbot: QtBot, window: MainWindow) -> None:
    editor, section = open_editor(window)
    qtbot.keyClicks(editor.text_edit, "Whitening is £199 this month. Book now!")
    assert [f.category for f in section.findings] == ["selling", "selling"]
    editor.kind_box.setCurrentIndex(editor.kind_box.findData(Kind.PROMOTIONAL))
    assert section.findings == []
    assert underlines(editor.text_edit, editor.palette()) == []
    assert not section.list.isVisible()
    assert section.summary.text() == "Guard: nothing here to stop or question."


def test_hovering_an_underline_shows_its_message(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    post = store.add(flagged_post())
    window.refresh()
    assert post.id is not None
    editor, section = open_editor(window, post.id)
    box = editor.text_edit
    cursor = QTextCursor(box.document())
    cursor.setPosition(utf16_length(PHONE_TEXT[: PHONE_TEXT.index(PHONE) + 3]))
    point = box.cursorRect(cursor).center() + QPoint(2, 0)
    event = QHelpEvent(QEvent.Type.ToolTip, point, box.viewport().mapToGlobal(point))
    QApplication.sendEvent(box.viewport(), event)
    assert QToolTip.text().startswith(f"A phone number that is not the practice's own: {PHONE}")
    away = box.cursorRect(QTextCursor(box.document())).center() + QPoint(2, 0)
    assert section.tooltip_at(away.x(), away.y()) == ""


def test_an_acknowledgement_goes_to_the_store_greys_the_finding_and_leaves_the_warnings(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    post = store.add(flagged_post())
    assert post.id is not None
    window.refresh()
    assert window.week_view._card_cache.shields == {post.id: "stop"}
    message = next(m for m in window.warnings_panel.messages() if PHONE in m)
    editor, section = open_editor(window, post.id)
    assert section.selected_finding() is not None
    qtbot.mouseClick(section.acknowledge_button, Qt.MouseButton.LeftButton)
    dialog = section.ack_dialog
    assert dialog is not None and not dialog.ok_button.isEnabled()  # a reason first
    qtbot.keyClicks(dialog.reason_edit, "the ward's public number")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    (kept,) = acknowledgements(store, [post.id])[post.id]
    assert (kept.category, kept.excerpt, kept.reason) == (
        "privacy",
        PHONE,
        "the ward's public number",
    )
    assert underlines(editor.text_edit, editor.palette()) == [(PHONE, "acknowledged")]
    item = section.list.item(0)
    assert item.text().startswith("Acknowledged (the ward's public number): A phone number")
    assert item.foreground().color() == muted_text(editor.palette())
    assert section.reopen_button.isVisible() and not section.acknowledge_button.isEnabled()
    # The window already knows: the warning and the card's shield are gone.
    assert message not in window.warnings_panel.messages()
    assert window.week_view._card_cache.shields == {}
    # One undo step takes it back, and the store with it.
    assert window.window_actions.undo.text() == f"Undo Acknowledge '{PHONE}'"
    editor.reject()
    window.window_actions.undo.trigger()
    assert acknowledgements(store, [post.id]) == {}
    assert message in window.warnings_panel.messages()
    window.window_actions.redo.trigger()
    assert acknowledgements(store, [post.id])[post.id][0].reason == "the ward's public number"


def test_changing_the_acknowledged_words_brings_the_finding_back(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    post = store.add(flagged_post())
    assert post.id is not None
    window.refresh()
    editor, section = open_editor(window, post.id)
    assert section.acknowledge(section.findings[0], "the ward's public number")
    box = editor.text_edit
    cursor = QTextCursor(box.document())
    cursor.setPosition(utf16_length(PHONE_TEXT[: PHONE_TEXT.index(PHONE) + len(PHONE)]))
    box.setTextCursor(cursor)
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    qtbot.keyClick(box, Qt.Key.Key_5)  # another number now
    other = PHONE[:-1] + "5"
    assert underlines(box, editor.palette()) == [(other, "stop")]
    assert section.acknowledge_button.isEnabled()
    qtbot.mouseClick(editor.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # OK: saved
    assert window.dialog is None
    assert any(other in m for m in window.warnings_panel.messages())
    assert window.week_view._card_cache.shields == {post.id: "stop"}


def test_a_new_post_cannot_be_acknowledged_until_it_is_saved(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor, section = open_editor(window)
    qtbot.keyClicks(editor.text_edit, PHONE_TEXT)
    assert [f.excerpt for f in section.findings] == [PHONE]
    assert not section.acknowledge_button.isEnabled()
    assert "Save the post first" in section.acknowledge_button.toolTip()
    assert not section.acknowledge(section.findings[0], "a reason")
    assert window.window_actions.undo.text() == "Undo"


def test_a_finding_opened_from_the_warnings_panel_selects_its_words(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    post = store.add(flagged_post())
    assert post.id is not None
    window.refresh()
    listing = window.warnings_panel.list
    row = next(i for i in range(listing.count()) if PHONE in listing.item(i).text())
    rect = listing.visualItemRect(listing.item(row))
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.week_view.selected_ids() == [post.id]
    editor, section = open_editor_now(window)
    selected = section.selected_finding()
    assert selected is not None and selected.excerpt == PHONE
    assert editor.text_edit.textCursor().selectedText() == PHONE
    assert window.week == Week(2026, 49)
    # A desktop that also activates the item on that click opens no second editor.
    listing.itemActivated.emit(listing.item(row))
    assert window.dialog is editor


def open_editor_now(window: MainWindow):  # type: ignore[no-untyped-def]
    from planner.ui.dialogs.editor_dialog import PostEditor
    from planner.ui.guard.editor_section import GuardSection

    editor = window.dialog
    assert isinstance(editor, PostEditor), "the click opened no editor"
    return editor, next(s for s in editor.sections if isinstance(s, GuardSection))


def test_a_long_text_is_checked_after_a_pause_and_a_closed_editor_checks_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    from planner.ui.guard.editor_section import CHECK_AT_ONCE_UP_TO, CHECK_UP_TO

    editor, section = open_editor(window)
    long = f"Ring Sue on {PHONE}. " + "Brush twice a day. " * (CHECK_AT_ONCE_UP_TO // 19)
    editor.text_edit.setPlainText(long)
    assert section.findings == []  # typing on: the check waits for a pause
    qtbot.waitUntil(lambda: [f.excerpt for f in section.findings] == [PHONE])
    editor.text_edit.setPlainText(long * (CHECK_UP_TO // len(long) + 1))
    qtbot.waitUntil(lambda: section.summary.text().startswith("Guard: the text is over 100,000"))
    assert section.findings == [] and underlines(editor.text_edit, editor.palette()) == []
    editor.text_edit.setPlainText(long)  # a check is due after the pause...
    editor.done(0)  # ...but the editor closes first, and goes
    qtbot.wait(300)  # nothing runs on the widgets that are gone (an error here fails)
    assert window.dialog is None
