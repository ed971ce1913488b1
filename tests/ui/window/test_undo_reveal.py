"""Undo and redo bring the post they changed into view, in its week, selected."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.weeks import Week
from planner.store import Store
from planner.ui.window.context import AppContext
from planner.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from conftest import MakeWindow

WEEK = Week(2026, 49)
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def planned(store: Store, day: dt.date, text: str = "Meet the team") -> Post:
    return store.add(Post(Platform.LINKEDIN, Kind.ORIGINAL, text, Status.DRAFT, day, dt.time(9)))


def press(qtbot: QtBot, window: MainWindow, sequence: str) -> None:
    """Type a shortcut as a person does, to the calendar."""
    key = QKeySequence(sequence)[0]
    qtbot.keyClick(window.week_view, key.key(), key.keyboardModifiers())


def focused_window(
    qtbot: QtBot, make_window: MakeWindow, context: AppContext, store: Store
) -> MainWindow:
    window = make_window(context, store)
    window.activateWindow()
    window.week_view.setFocus()
    qtbot.waitUntil(window.week_view.hasFocus)
    return window


def test_undoing_a_move_into_next_week_goes_back_and_selects_the_post(
    qtbot: QtBot, make_window: MakeWindow, context: AppContext, store: Store
) -> None:
    post = planned(store, WEEK.sunday)
    window = focused_window(qtbot, make_window, context, store)
    view = window.week_view
    view.select_posts([post.id])
    qtbot.keyClick(view, Qt.Key.Key_Right, ALT)  # into Monday of next week
    assert window.week == WEEK.next()
    view.select_posts([])
    press(qtbot, window, "Ctrl+Z")
    assert store.get(post.id).date == WEEK.sunday
    assert window.week == WEEK  # the view went back with it...
    assert view.selected_ids() == [post.id]  # ...and shows which post it was
    press(qtbot, window, "Ctrl+Shift+Z")
    assert window.week == WEEK.next()
    assert view.selected_ids() == [post.id]


def test_undo_from_another_week_shows_the_week_it_changed(
    qtbot: QtBot, make_window: MakeWindow, context: AppContext, store: Store
) -> None:
    post = planned(store, WEEK.monday + dt.timedelta(days=2))
    window = focused_window(qtbot, make_window, context, store)
    window.edits.delete_posts([post.id])
    assert window.week_view.shown_ids() == []
    window.set_week(WEEK.shifted(3))  # the user looked elsewhere meanwhile
    press(qtbot, window, "Ctrl+Z")  # the delete undone: the post is back
    assert window.week == WEEK
    assert window.week_view.selected_ids() == [post.id]


def test_an_undo_in_the_week_shown_stays_and_selects(
    qtbot: QtBot, make_window: MakeWindow, context: AppContext, store: Store
) -> None:
    first = planned(store, WEEK.monday, "First")
    second = planned(store, WEEK.monday + dt.timedelta(days=1), "Second")
    window = focused_window(qtbot, make_window, context, store)
    window.edits.change_kind(second.id, Kind.SHARED)
    window.week_view.select_posts([first.id])
    press(qtbot, window, "Ctrl+Z")
    assert store.get(second.id).kind is Kind.ORIGINAL
    assert window.week == WEEK
    assert window.week_view.selected_ids() == [second.id]


def test_undoing_an_unschedule_selects_the_post_back_in_its_week(
    qtbot: QtBot, make_window: MakeWindow, context: AppContext, store: Store
) -> None:
    post = planned(store, WEEK.monday + dt.timedelta(days=4))
    window = focused_window(qtbot, make_window, context, store)
    window.edits.unschedule(post.id)
    assert window.ideas_tray.selected_ids() == [post.id]  # done: the idea is shown
    window.set_week(WEEK.previous())
    press(qtbot, window, "Ctrl+Z")
    assert window.week == WEEK
    assert window.week_view.selected_ids() == [post.id]
