"""The post editor with hostile text: control characters, NUL, odd line endings, formula
cells, huge pastes. Each input is either saved and read back exactly, or refused with a
message in the dialog, the text still there; never a crash or a hang.

What the text box itself does to pasted text is part of the contract, so it is written
down in ``shown`` below: ``\\r\\n``, ``\\r`` and the paragraph separator become ``\\n``;
no-break spaces and line separators stay. From there on, what the box shows is exactly
what is stored.

A Python string that starts with U+FEFF or U+FFFE is read by PySide as UTF-16 with a
byte-order mark (the mark dropped, or every character byte-swapped) on its way into
Qt. Only a program can hand Qt such a string, never a person typing or pasting, so the
fuzzed text does not start with one; the one program that does (the editor loading a
stored post) is checked below to save such text untouched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.weeks import Week
from planner.store import Store
from planner.ui.dialogs.editor_dialog import WRAP_ANYWHERE_UP_TO, PostEditor, box_text
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.window.context import AppContext
from planner.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from conftest import MakeWindow

WEEK = Week(2026, 49)
TUE = WEEK.days()[1]
MEGABYTE = 1_048_576

HOSTILE = st.sampled_from(
    [
        "\x00", "\r\n", "\r", "\n", "\n\r", "\u2028", "\u2029", "\x85", "\t", "\x0b", "\x0c",
        "\x1b[31m", "\x7f", "\x01", "\ufeff", "\u202e", "\u200b", "\ufffe", "\uffff",
        "\ufdd0", "😀", "👩‍⚕️", "e\u0301", "=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)",
        "\"", "'", ",", ";", "  ", "<b>", "%s", "{0}", "\\", "ß", "İ", "\u0000\u0000",
    ]
)  # fmt: skip
PIECE = st.one_of(st.text(st.characters(codec="utf-8"), max_size=30), HOSTILE)
TEXTS = (
    st.lists(PIECE, max_size=12)
    .map("".join)
    .filter(lambda text: not text.startswith(("\ufeff", "\ufffe")))
)
LINKS = st.one_of(
    st.just(""),
    st.just("https://smile.example/flu-clinic?day=sat&x=1"),
    st.text(st.characters(codec="utf-8"), max_size=20),
    st.builds(lambda t: "https://smile.example/" + t, TEXTS),
)


def shown(text: str) -> str:
    """What the editor's text box holds (``box_text``) once ``text`` is put into it."""
    # U+FDD0 and U+FDD1 are Qt's own frame markers: it reads them as paragraph ends.
    for separator in ("\r\n", "\r", "\u2029", "\ufdd0", "\ufdd1"):
        text = text.replace(separator, "\n")
    return text


def wrap_modes_as_long_text_arrives(box: QPlainTextEdit) -> list[QTextOption.WrapMode]:
    """The box's wrap mode each time a long text lands in it, as Qt lays that text out.

    Wrapping at words, else anywhere, lays out a long run with no spaces in quadratic
    time (a megabyte froze the editor for 50 s); words only is what keeps it quick.
    """
    modes: list[QTextOption.WrapMode] = []

    def changed(position: int, removed: int, added: int) -> None:
        if added > WRAP_ANYWHERE_UP_TO:
            modes.append(box.wordWrapMode())

    box.document().contentsChange.connect(changed)
    return modes


@pytest.fixture
def window(make_window: MakeWindow, context: AppContext, store: Store) -> Iterator[MainWindow]:
    window = make_window(context, store, week=WEEK)
    yield window
    window.close()


def new_editor(window: MainWindow) -> PostEditor:
    window.edits.new_post_at(TUE, dt.time(9, 0))
    editor = window.dialog
    assert isinstance(editor, PostEditor)
    return editor


def fill(editor: PostEditor, platform: Platform, text: str, notes: str, link: str) -> None:
    editor.platform_box.setCurrentIndex(editor.platform_box.findData(platform))
    editor.kind_box.setCurrentIndex(editor.kind_box.findData(Kind.ORIGINAL))
    editor.text_edit.setPlainText(text)
    editor.notes_edit.setPlainText(notes)
    editor.link_edit.setText(link)


def check_one(
    window: MainWindow,
    store: Store,
    prompts: ScriptedPrompts,
    platform: Platform,
    text: str,
    notes: str,
    link: str,
) -> str:
    """Type into a new editor, press OK, and check the outcome; returns what happened."""
    editor = new_editor(window)
    fill(editor, platform, text, notes, link)
    assert box_text(editor.text_edit) == shown(text)
    assert box_text(editor.notes_edit) == shown(notes)
    typed = editor.post()
    count, errors = store.count(), len(prompts.errors)
    editor.accept()
    problems = editor.problems()
    if problems:
        assert window.dialog is editor and editor.problems_label.isVisible()
        assert editor.problems_label.text() == "\n".join(problems)
        if "\x00" in typed.text + typed.notes + typed.link:
            assert "NUL character" in editor.problems_label.text()
        assert box_text(editor.text_edit) == shown(text)  # the text is still there
        assert store.count() == count
        editor.reject()
        return "refused in the dialog"
    if window.dialog is editor:  # the store said no: the message is shown, nothing saved
        assert len(prompts.errors) == errors + 1
        assert store.count() == count
        editor.reject()
        return "refused by the store"
    assert store.count() == count + 1
    saved = window.context.undo_stack.command(window.context.undo_stack.index() - 1)
    post_id = saved.post_id  # type: ignore[attr-defined]
    stored = store.get(post_id)
    assert (stored.text, stored.notes, stored.link) == (typed.text, typed.notes, typed.link)
    # Opened again, the box shows the same, and saving it untouched changes nothing.
    window.edits.edit_post(post_id)
    again = window.dialog
    assert isinstance(again, PostEditor)
    assert box_text(again.text_edit) == typed.text
    assert box_text(again.notes_edit) == typed.notes
    assert again.post() == stored
    again.reject()
    return "saved"


FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(platform=st.sampled_from(list(Platform)), text=TEXTS, notes=TEXTS, link=LINKS)
def test_hostile_text_is_saved_exactly_or_refused_with_a_message(
    window: MainWindow,
    store: Store,
    prompts: ScriptedPrompts,
    platform: Platform,
    text: str,
    notes: str,
    link: str,
) -> None:
    check_one(window, store, prompts, platform, text, notes, link)


def test_nul_is_refused_and_odd_line_endings_are_saved(
    window: MainWindow, store: Store, prompts: ScriptedPrompts
) -> None:
    """Both outcomes reached on purpose, so the fuzzing is known to see them."""
    nul = check_one(window, store, prompts, Platform.X, "Flu\x00clinic", "", "")
    assert nul == "refused in the dialog"
    odd = "Open\r\nSaturday\rmorning\u2028walk-ins\x0bwelcome\x1b\x7f =SUM(A1)"
    assert check_one(window, store, prompts, Platform.LINKEDIN, odd, "\r\n\r\n", "") == "saved"
    (post,) = [p for p in store.posts_between(TUE, TUE) if p.text.startswith("Open")]
    assert post.text == shown(odd) and post.notes == "\n\n"


def test_a_megabyte_of_text_is_refused_at_once_and_kept_in_the_box(
    window: MainWindow, store: Store
) -> None:
    editor = new_editor(window)
    modes = wrap_modes_as_long_text_arrives(editor.text_edit)
    for blob in ("word " * (MEGABYTE // 5), "x" * MEGABYTE):  # words, then no spaces at all
        editor.text_edit.setPlainText(blob)
        editor.show()
        editor.repaint()  # lay it out and paint it, as a paste would
        editor.accept()
        assert f"The text has {len(blob):,} characters" in editor.problems_label.text()
        assert box_text(editor.text_edit) == blob and window.dialog is editor
    assert modes == [QTextOption.WrapMode.WordWrap] * 2  # never laid out the slow way
    assert store.count() == 0
    editor.reject()


def test_a_megabyte_of_notes_round_trips_exactly(
    window: MainWindow, store: Store, prompts: ScriptedPrompts
) -> None:
    notes = ("Call back Mrs B about the photo consent.\r\n" * 8000) + "y" * 720_000 + "\u2028end"
    assert len(notes) > MEGABYTE
    outcome = check_one(window, store, prompts, Platform.FACEBOOK, "Newsletter", notes, "")
    assert outcome == "saved"
    (post,) = store.posts_between(TUE, TUE)
    assert post.notes == shown(notes)


def test_an_imported_post_opened_and_saved_untouched_keeps_its_exact_text(
    window: MainWindow, store: Store
) -> None:
    imported = store.add(
        Post(
            Platform.FACEBOOK, Kind.SHARED, "\ufffeLine one\r\nLine two\r10\u00a0h",
            status=Status.IDEA, notes="from the\r\nspreadsheet",
        )
    )  # fmt: skip
    assert imported.id is not None
    window.edits.edit_post(imported.id)
    editor = window.dialog
    assert isinstance(editor, PostEditor)
    assert box_text(editor.text_edit) != imported.text  # shown byte-swapped, see above
    editor.accept()
    assert window.dialog is None
    assert store.get(imported.id) == imported  # not even the line endings changed
    assert window.context.undo_stack.count() == 0  # and no empty edit was recorded


def test_a_real_paste_of_a_megabyte_without_spaces_does_not_freeze_the_editor(
    window: MainWindow, qtbot: QtBot
) -> None:
    editor = new_editor(window)
    editor.show()
    blob = "x" * MEGABYTE
    QApplication.clipboard().setText(blob)
    editor.text_edit.setFocus()
    modes = wrap_modes_as_long_text_arrives(editor.text_edit)
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    editor.repaint()
    assert modes == [QTextOption.WrapMode.WordWrap]  # set before the paste was laid out
    assert box_text(editor.text_edit) == blob
    editor.reject()
