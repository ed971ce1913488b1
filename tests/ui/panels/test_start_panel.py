"""The first day: an empty plan opens on its empty week with a start panel inside the
window, never a question before it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCommandLinkButton, QDialogButtonBox
from pytestqt.qtbot import QtBot

from planner.core.domain import Kind, Platform, Post, Status
from planner.store import Store, open_store
from planner.ui.dialogs.editor_dialog import PostEditor
from planner.ui.dialogs.native_dialogs import ScriptedDialogs
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.panels.start_panel import StartPanel
from planner.ui.window.context import AppContext, qsettings_at
from planner.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from conftest import MakeWindow


def start_panel(window: MainWindow) -> StartPanel | None:
    panels = window.week_view.findChildren(StartPanel)
    return panels[0] if panels and panels[0].isVisible() else None


def click(qtbot: QtBot, button: QCommandLinkButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())


def test_an_empty_plan_shows_the_week_and_the_start_panel_without_asking(
    qtbot: QtBot, make_window: MakeWindow, context: AppContext, store: Store,
    prompts: ScriptedPrompts,
) -> None:  # fmt: skip
    window = make_window(context, store)
    panel = start_panel(window)
    assert panel is not None
    assert prompts.shown == []  # no lone Yes/No box
    # Inside the week, over its middle, with the week's grid around it.
    view = window.week_view.rect()
    assert view.contains(panel.geometry())
    centre = panel.geometry().center() - view.center()
    assert abs(centre.x()) <= 2 and abs(centre.y()) <= 2
    titles = [b.text() for b in panel.findChildren(QCommandLinkButton)]
    assert titles == ["Load the sample fortnight", "Import a CSV file…", "Write the first post…"]


def test_loading_the_sample_puts_the_panel_away_and_undo_brings_it_back(
    qtbot: QtBot, make_window: MakeWindow, context: AppContext, store: Store
) -> None:
    window = make_window(context, store)
    panel = start_panel(window)
    assert panel is not None
    click(qtbot, panel.sample)
    assert store.count() > 10
    assert start_panel(window) is None
    assert window.week_view.shown_ids()  # the sample's first week is on screen
    window.window_actions.undo.trigger()
    assert store.count() == 0
    assert start_panel(window) is not None


def test_write_the_first_post_opens_the_editor(
    qtbot: QtBot, make_window: MakeWindow, context: AppContext, store: Store
) -> None:
    window = make_window(context, store)
    panel = start_panel(window)
    assert panel is not None
    click(qtbot, panel.write_post)
    assert isinstance(window.dialog, PostEditor)
    window.dialog.reject()


def test_import_asks_for_the_file(
    qtbot: QtBot, make_window: MakeWindow, context: AppContext, store: Store
) -> None:
    dialogs = ScriptedDialogs()  # cancels: the script is empty
    context.files = dialogs
    window = make_window(context, store)
    panel = start_panel(window)
    assert panel is not None
    click(qtbot, panel.import_csv)
    assert [a.what for a in dialogs.asked] == ["open"]


def test_a_plan_with_only_an_idea_or_other_weeks_shows_no_panel(
    qtbot: QtBot, make_window: MakeWindow, context: AppContext, store: Store
) -> None:
    idea = store.add(Post(Platform.X, Kind.SHARED, "Someday", Status.IDEA))
    window = make_window(context, store)
    assert start_panel(window) is None
    store.delete(idea.id)  # type: ignore[arg-type]
    store.add(Post(Platform.X, Kind.SHARED, "Later", Status.DRAFT, dt.date(2027, 5, 3), dt.time(9)))
    window.refresh()
    assert start_panel(window) is None  # the week shown is empty; the plan is not


def test_the_first_post_written_puts_the_panel_away(
    qtbot: QtBot, make_window: MakeWindow, context: AppContext, store: Store
) -> None:
    window = make_window(context, store)
    assert start_panel(window) is not None
    window.edits.new_post_at(window.week.monday, dt.time(9))
    editor = window.dialog
    assert isinstance(editor, PostEditor)
    editor.text_edit.setFocus()
    qtbot.keyClicks(editor.text_edit, "Our new opening hours")
    ok = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert store.count() == 1
    assert start_panel(window) is None


def test_a_read_only_empty_plan_offers_nothing_it_cannot_do(
    qtbot: QtBot, make_window: MakeWindow, db_file: Path, tmp_path: Path
) -> None:
    open_store(db_file).close()
    read_only = open_store(db_file, read_only=True)
    context = AppContext(
        read_only, prompts=ScriptedPrompts(), qsettings=qsettings_at(tmp_path / "w.ini")
    )
    try:
        window = make_window(context, read_only)
        assert start_panel(window) is None
        window.close()
    finally:
        read_only.close()
