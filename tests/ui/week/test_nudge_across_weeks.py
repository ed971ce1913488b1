"""Alt+Left on a Monday post and Alt+Right on a Sunday one move it into the
neighbouring week; the calendar follows it there and keeps it selected."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.weeks import Week
from planner.store import Store
from planner.ui.window.context import AppContext

if TYPE_CHECKING:
    from conftest import MakeWindow

WEEK = Week(2026, 49)
MON, SUN = WEEK.monday, WEEK.sunday
ALT = Qt.KeyboardModifier.AltModifier


def planned(store: Store, day: dt.date) -> Post:
    return store.add(
        Post(Platform.LINKEDIN, Kind.ORIGINAL, "Meet the team", Status.DRAFT, day, dt.time(9, 0))
    )


@pytest.mark.parametrize(
    ("day", "key", "week", "lands"),
    [
        (MON, Qt.Key.Key_Left, WEEK.previous(), MON - dt.timedelta(days=1)),
        (SUN, Qt.Key.Key_Right, WEEK.next(), SUN + dt.timedelta(days=1)),
    ],
)
def test_a_nudge_out_of_the_week_follows_the_post(
    qtbot: QtBot,
    make_window: MakeWindow,
    context: AppContext,
    store: Store,
    day: dt.date,
    key: Qt.Key,
    week: Week,
    lands: dt.date,
) -> None:
    post = planned(store, day)
    window = make_window(context, store)
    view = window.week_view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.select_posts([post.id])
    qtbot.keyClick(view, key, ALT)
    assert store.get(post.id).date == lands
    assert window.week == week
    assert window.week_bar.title.text() == week.title()
    assert view.shown_ids() == [post.id]
    assert view.selected_ids() == [post.id]
    assert view.hasFocus()  # the next Alt+arrow moves it on
    qtbot.keyClick(view, key, ALT)
    assert store.get(post.id).date == lands + (lands - day)
    assert view.selected_ids() == [post.id]
    window.window_actions.undo.trigger()
    window.window_actions.undo.trigger()
    assert store.get(post.id).date == day
