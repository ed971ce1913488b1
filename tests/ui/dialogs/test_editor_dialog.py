"""The post editor: invalid input is explained in the dialog and never saved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QDialogButtonBox
from pytestqt.qtbot import QtBot

from planner.core.domain import Kind, Platform, Post, Status
from planner.store import Store, open_store
from planner.ui.dialogs.editor_dialog import PostEditor, link_problem
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.undo import commands
from planner.ui.window.context import AppContext, qsettings_at

TUE = dt.date(2026, 12, 1)


def open_editor(qtbot: QtBot, context: AppContext, post: Post | None = None) -> PostEditor:
    def save(edited: Post) -> bool:
        if edited.id is None:
            return commands.push(context, commands.ChangePosts.add(context, edited))
        before = context.store.get(edited.id)
        return commands.push(context, commands.ChangePosts.edit(context, before, edited))

    editor = PostEditor(save, post=post, date=TUE, time=dt.time(9, 0))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def click_ok(qtbot: QtBot, editor: PostEditor) -> None:
    ok = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def type_text(qtbot: QtBot, editor: PostEditor, text: str) -> None:
    editor.text_edit.setFocus()
    editor.text_edit.selectAll()
    qtbot.keyClicks(editor.text_edit, text)


def test_a_new_post_is_prefilled_and_saved(qtbot: QtBot, context: AppContext, store: Store) -> None:
    editor = open_editor(qtbot, context)
    assert editor.date_edit.date() == QDate(2026, 12, 1)
    assert editor.time_edit.time() == QTime(9, 0)
    assert editor.status is Status.DRAFT
    type_text(qtbot, editor, "Flu clinic Saturday")
    editor.kind_box.setCurrentIndex(editor.kind_box.findData(Kind.SHARED))
    click_ok(qtbot, editor)
    assert editor.result() == PostEditor.DialogCode.Accepted
    [saved] = store.posts_between(TUE, TUE)
    assert (saved.text, saved.kind, saved.time) == ("Flu clinic Saturday", Kind.SHARED, dt.time(9))


def test_empty_text_is_refused_in_the_dialog(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    editor = open_editor(qtbot, context)
    click_ok(qtbot, editor)
    assert editor.isVisible()
    assert editor.problems_label.isVisible()
    assert "The text is empty." in editor.problems_label.text()
    assert store.count() == 0
    # Once the user fixes it, the message goes away as they type.
    type_text(qtbot, editor, "Now there is text")
    assert not editor.problems_label.isVisible()


def test_over_the_x_limit_shows_the_count_and_is_refused(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    editor = open_editor(qtbot, context)
    editor.platform_box.setCurrentIndex(editor.platform_box.findData(Platform.X))
    editor.text_edit.setPlainText("a" * 280)
    assert editor.count_label.text() == "280 / 280"
    assert editor.count_label.styleSheet() == ""
    qtbot.keyClicks(editor.text_edit, "b")
    assert editor.count_label.text() == "281 / 280"
    assert "color" in editor.count_label.styleSheet()
    click_ok(qtbot, editor)
    assert editor.isVisible()
    assert "281 characters; X allows 280" in editor.problems_label.text()
    assert store.count() == 0
    # The same text is fine on Facebook, and the count follows the platform.
    editor.platform_box.setCurrentIndex(editor.platform_box.findData(Platform.FACEBOOK))
    assert editor.count_label.text() == "281 / 63,206"
    click_ok(qtbot, editor)
    assert store.count() == 1


def test_an_idea_needs_no_date(qtbot: QtBot, context: AppContext, store: Store) -> None:
    editor = open_editor(qtbot, context)
    editor.status_box.setCurrentIndex(editor.status_box.findData(Status.IDEA))
    assert not editor.date_edit.isEnabled()
    assert not editor.time_edit.isEnabled()
    type_text(qtbot, editor, "Meet the team series")
    click_ok(qtbot, editor)
    [idea] = store.ideas()
    assert (idea.date, idea.time, idea.status) == (None, None, Status.IDEA)


def test_a_bad_link_is_refused(qtbot: QtBot, context: AppContext, store: Store) -> None:
    editor = open_editor(qtbot, context)
    type_text(qtbot, editor, "Read this")
    for bad in ("www.nhs.uk", "javascript:alert(1)", "ftp://files.example.org/x"):
        editor.link_edit.setText(bad)
        click_ok(qtbot, editor)
        assert editor.isVisible()
        assert "http://" in editor.problems_label.text()
    assert store.count() == 0
    editor.link_edit.setText("https://www.nhs.uk/live-well/")
    click_ok(qtbot, editor)
    assert store.count() == 1


def test_link_rules() -> None:
    assert link_problem("") is None
    assert link_problem("HTTPS://example.org/a?b=c") is None
    assert link_problem("https://") is not None
    assert link_problem("https://example.org/a b") is not None


def test_editing_keeps_the_id_and_fields(qtbot: QtBot, context: AppContext, store: Store) -> None:
    post = store.add(
        Post(Platform.LINKEDIN, Kind.ORIGINAL, "Team news", date=TUE, time=dt.time(12, 30),
             link="https://example.org", notes="photo consent on file")
    )  # fmt: skip
    editor = open_editor(qtbot, context, post)
    assert editor.windowTitle() == "Edit Post"
    assert editor.time_edit.time() == QTime(12, 30)
    assert editor.link_edit.text() == "https://example.org"
    assert editor.notes_edit.toPlainText() == "photo consent on file"
    editor.status_box.setCurrentIndex(editor.status_box.findData(Status.SCHEDULED))
    click_ok(qtbot, editor)
    assert store.get(post.id) == post.with_changes(status=Status.SCHEDULED)  # type: ignore[arg-type]


def test_the_time_steps_by_quarter_hours(qtbot: QtBot, context: AppContext) -> None:
    editor = open_editor(qtbot, context)
    edit = editor.time_edit
    edit.setTime(QTime(9, 10))
    edit.setCurrentSection(QDateTimeEdit.Section.MinuteSection)
    edit.stepBy(1)
    assert edit.time() == QTime(9, 15)
    edit.stepBy(1)
    assert edit.time() == QTime(9, 30)
    edit.setTime(QTime(9, 40))
    edit.setCurrentSection(QDateTimeEdit.Section.MinuteSection)
    edit.stepBy(-1)
    assert edit.time() == QTime(9, 30)


def test_a_refused_save_keeps_the_dialog_and_the_text(
    qtbot: QtBot, db_file: Path, tmp_path: Path
) -> None:
    open_store(db_file).close()
    read_only = open_store(db_file, read_only=True)
    prompts = ScriptedPrompts()
    context = AppContext(read_only, prompts=prompts, qsettings=qsettings_at(tmp_path / "w.ini"))
    try:
        editor = open_editor(qtbot, context)
        type_text(qtbot, editor, "Do not lose me")
        click_ok(qtbot, editor)
        assert editor.isVisible()
        assert editor.text_edit.toPlainText() == "Do not lose me"
        assert "was not saved" in prompts.errors[0]
        assert read_only.count() == 0
    finally:
        read_only.close()


def test_short_text_wraps_without_a_sideways_scroll_bar(qtbot: QtBot, context: AppContext) -> None:
    editor = open_editor(qtbot, context)
    link = "https://www.nhs.uk/conditions/vaccinations/flu-influenza-vaccine/who-should-have-it/"
    for text in (
        "Flu clinic opens on Saturday: book at reception. No walk-ins, please. " * 3,
        f"Who should have the flu jab this winter? {link}?utm_source=practice-newsletter",
        "#FluJab" * 20,
    ):
        type_text(qtbot, editor, text)
        assert editor.text_edit.toPlainText() == text
        QApplication.sendPostedEvents()  # the layout requests the typing posted
        assert not editor.text_edit.horizontalScrollBar().isVisible(), text
    assert not editor.notes_edit.horizontalScrollBar().isVisible()


def test_a_section_adds_its_widget_and_its_part_of_the_post(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QCheckBox

    from planner.ui.dialogs.editor_dialog import PostEditor

    class Pinned:
        """A section that marks the post's notes when its box is ticked."""

        def attach(self, editor: PostEditor) -> QCheckBox:
            self.box = QCheckBox("Pinned")
            self.box.toggled.connect(lambda _on: editor.fields_changed())
            return self.box

        def apply(self, post: Post) -> Post:
            return post.with_changes(notes="pinned") if self.box.isChecked() else post

    section = Pinned()
    editor = PostEditor(lambda post: True, date=TUE, time=dt.time(9, 0), sections=[section])
    qtbot.addWidget(editor)
    assert editor.isAncestorOf(section.box)
    assert editor.post().notes == ""
    section.box.setChecked(True)
    assert editor.post().notes == "pinned"
