"""The editor's first-day manners: a sensible slot and platform, no silent loss on Cancel,
and X's own way of counting links."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from planner.core.domain import Kind, Platform, Post
from planner.store import Store
from planner.ui.dialogs.editor_dialog import PostEditor
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.window.context import AppContext, qsettings_at
from planner.ui.window.main_window import MainWindow

WED = dt.date(2026, 12, 2)  # the window tests' today


def cancel(qtbot: QtBot, editor: PostEditor) -> None:
    button = editor.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_new_post_late_at_night_starts_at_the_next_working_morning(
    make_window: object, store: Store, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    context = AppContext(
        store,
        prompts=prompts,
        qsettings=qsettings_at(tmp_path / "w.ini"),
        today=lambda: WED,
        now=lambda: dt.datetime.combine(WED, dt.time(23, 50)),
    )
    store.add(Post(Platform.FACEBOOK, Kind.ORIGINAL, "Open day", date=WED + dt.timedelta(1),
                   time=dt.time(12, 0)))  # fmt: skip
    window = make_window(context, store)  # type: ignore[operator]
    window.edits.new_post()
    editor = window.dialog
    assert isinstance(editor, PostEditor)
    post = editor.post()
    start = store.settings().day_start_hour
    assert (post.date, post.time) == (WED + dt.timedelta(1), dt.time(start, 0))
    assert post.platform is Platform.X  # Facebook already has its post that Thursday
    editor.reject()
    window.close()


def test_cancel_on_a_typed_post_asks_first_and_keeps_it_when_told_no(
    qtbot: QtBot, window: MainWindow, prompts: ScriptedPrompts
) -> None:
    window.edits.new_post_at(WED, dt.time(15, 0))
    editor = window.dialog
    assert isinstance(editor, PostEditor)
    typed = "A" * 391
    editor.text_edit.setPlainText(typed)
    prompts.answers.append(False)
    cancel(qtbot, editor)
    assert window.dialog is editor and editor.text_edit.toPlainText() == typed
    assert prompts.shown[-1].title == "Discard?"
    prompts.answers.append(True)
    cancel(qtbot, editor)
    assert window.dialog is None


def test_cancel_on_an_untouched_editor_closes_without_asking(
    qtbot: QtBot, window: MainWindow, prompts: ScriptedPrompts
) -> None:
    window.edits.new_post_at(WED, dt.time(15, 0))
    editor = window.dialog
    assert isinstance(editor, PostEditor)
    asked = len(prompts.shown)
    cancel(qtbot, editor)
    assert window.dialog is None and len(prompts.shown) == asked


def test_the_x_counter_counts_the_link_as_23(qtbot: QtBot) -> None:
    editor = PostEditor(lambda post: True, date=WED, time=dt.time(9, 0), platform=Platform.X)
    qtbot.addWidget(editor)
    editor.text_edit.setPlainText("Flu jabs")
    editor.link_edit.setText("https://www.nhs.uk/conditions/flu/a-long-address-of-sixty-chars")
    assert editor.count_label.text() == "32 / 280"
