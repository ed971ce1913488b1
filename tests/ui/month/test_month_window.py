"""The month in the window: Ctrl+2 and Ctrl+1, Page Up and Down by month, drops through
the week's move path and undo (real drop events), a day's week on a double-click, and
awareness days in the week's headers that start a post with their name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot
from week_view_samples import drag_over, drop_at

from planner.core.demo import sample_fortnight
from planner.core.weeks import Week
from planner.store import Store, open_store
from planner.ui.dialogs.editor_dialog import PostEditor
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.month.view import MonthView
from planner.ui.widgets.mime import ids_to_mime
from planner.ui.window.context import AppContext, qsettings_at
from planner.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from conftest import MakeWindow

TODAY = dt.date(2026, 12, 2)  # as the window fixtures have it (conftest.py)
WEEK = Week(2026, 49)


def month_of(window: MainWindow) -> MonthView:
    assert window.game_plan is not None
    window.game_plan.show_month_action.trigger()
    view = window.game_plan.month_view
    assert view is not None and window.views.currentWidget() is view
    return view


def test_ctrl_2_shows_the_month_and_ctrl_1_the_week(window: MainWindow, qtbot: QtBot) -> None:
    assert window.game_plan is not None
    keys = {a.shortcut().toString(QKeySequence.SequenceFormat.PortableText): a.text()
            for a in window.view_menu.actions() if not a.shortcut().isEmpty()}  # fmt: skip
    assert keys["Ctrl+1"] == "&Week" and keys["Ctrl+2"] == "&Month"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = window.game_plan.month_view
    assert view is not None and window.views.currentWidget() is view
    assert window.week_bar.title.text() == "December 2026"
    assert len(view.shown_ids()) == len(window.context.store.posts_between(
        dt.date(2026, 11, 30), dt.date(2027, 1, 3)))  # fmt: skip
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.views.currentWidget() is window.week_view
    assert window.week_bar.title.text().startswith("Week 49")


def test_page_down_and_up_move_by_a_month(window: MainWindow) -> None:
    view = month_of(window)
    window.window_actions.next_week.trigger()
    assert view.title == "January 2027" and window.week_bar.title.text() == "January 2027"
    assert window.week == Week(2027, 1)
    window.window_actions.previous_week.trigger()
    window.window_actions.previous_week.trigger()
    assert view.title == "November 2026"


def test_a_drop_on_another_day_moves_the_post_and_one_undo_puts_it_back(
    window: MainWindow, store: Store
) -> None:
    view = month_of(window)
    post = next(p for p in store.posts_in_week(WEEK) if p.date and p.date.weekday() == 2)
    target = dt.date(2026, 12, 17)  # a Thursday two weeks on
    mime = ids_to_mime([post.id])  # type: ignore[list-item]
    assert drag_over(view, view.day_position(target), mime)
    drop = drop_at(view, view.day_position(target), mime)
    assert drop.isAccepted()
    moved = store.get(post.id)  # type: ignore[arg-type]
    assert (moved.date, moved.time) == (target, post.time)
    assert window.views.currentWidget() is view and view.title == "December 2026"
    assert post.id in view.shown_ids() and view.chip_rect(post.id) is not None  # type: ignore[arg-type]
    assert window.context.undo_stack.undoText().startswith("Move")
    window.context.undo_stack.undo()
    assert store.get(post.id) == post  # type: ignore[arg-type]
    assert view.day_rect(post.date).contains(view.chip_rect(post.id))  # type: ignore[arg-type]


def test_a_read_only_plan_refuses_drops_on_the_month(
    make_window: MakeWindow, db_file: Path, tmp_path: Path
) -> None:
    seeded = open_store(db_file)
    seeded.add_many(sample_fortnight(WEEK))
    seeded.close()
    read_only = open_store(db_file, read_only=True)
    settings_file = qsettings_at(tmp_path / "w.ini")
    prompts = ScriptedPrompts()
    context = AppContext(read_only, prompts=prompts, qsettings=settings_file, today=lambda: TODAY)
    try:
        window = make_window(context, read_only)
        view = month_of(window)
        assert not view.acceptDrops()
        assert window.game_plan is not None
        assert not window.game_plan.copy_week_action.isEnabled()
        window.close()
    finally:
        read_only.close()


def test_a_double_click_on_a_day_opens_its_week(window: MainWindow, qtbot: QtBot) -> None:
    view = month_of(window)
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=view.day_position(dt.date(2026, 12, 23)))
    assert window.views.currentWidget() is window.week_view
    assert window.week == Week(2026, 52)


def test_delete_and_edit_act_on_the_chip_selected_in_the_month(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    view = month_of(window)
    post_id = view.shown_ids()[0]
    rect = view.chip_rect(post_id)
    assert rect is not None
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selected_ids() == [post_id]
    assert window.window_actions.delete.isEnabled()
    window.window_actions.delete.trigger()
    with pytest.raises(KeyError):
        store.get(post_id)


def test_the_week_headers_name_awareness_days_and_start_a_post_about_one(
    make_window: object, context: object, store: Store, qtbot: QtBot
) -> None:
    window = make_window(context, store, week=Week(2027, 11))  # type: ignore[operator]
    oral_health = dt.date(2027, 3, 20)  # World Oral Health Day, a Saturday
    assert window.week_view.awareness_names(oral_health) == ("World Oral Health Day",)
    rect = window.week_view.header_rect(oral_health)
    assert "World Oral Health Day" in window.week_view.tooltip_at(rect.center())
    qtbot.mouseDClick(window.week_view, Qt.MouseButton.LeftButton, pos=rect.center())
    editor = window.dialogs.current
    assert isinstance(editor, PostEditor)
    post = editor.post()
    assert post.text == "World Oral Health Day" and post.date == oral_health
    assert post.id is None
    editor.accept()
    saved = store.posts_between(oral_health, oral_health)
    assert [p.text for p in saved] == ["World Oral Health Day"]


def test_hidden_and_own_days_follow_the_store(
    make_window: object, context: object, store: Store
) -> None:
    from planner.core.awareness import OwnDay
    from planner.store.plan_records import add_own_day, hide_day

    hide_day(store, "World Oral Health Day")
    add_own_day(store, OwnDay("Open day", dt.date(2027, 3, 18)))
    window = make_window(context, store, week=Week(2027, 11))  # type: ignore[operator]
    assert window.week_view.awareness_names(dt.date(2027, 3, 20)) == ()
    assert window.week_view.awareness_names(dt.date(2027, 3, 18)) == ("Open day",)


def test_a_screenshot_of_the_month_shows_the_month_and_writes_nothing(
    db_file: Path, tmp_path: Path
) -> None:
    import os
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    seeded = open_store(db_file)
    seeded.add_many(sample_fortnight(WEEK))
    seeded.close()
    before = db_file.read_bytes()
    shot = tmp_path / "month.png"
    argv = ["--db", str(db_file), "--screenshot", str(shot), "--view", "month",
            "--month", "2027-03", "--size", "1000x700"]  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "planner", *argv], capture_output=True,
                            text=True, timeout=60, env=env)  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1000, 700)
    colours = {image.pixelColor(x, y).name() for x in range(0, 1000, 2) for y in range(0, 700, 2)}
    assert "#1b7a4b" in colours  # March's awareness days, in their green
    assert db_file.read_bytes() == before  # a picture tops nothing up
