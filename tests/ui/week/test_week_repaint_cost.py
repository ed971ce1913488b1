"""What a week switch or a drop does not redo: measuring card texts already measured,
reading the ideas when no idea changed, painting the grid behind the cards."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot
from week_view_samples import WEEK, sample_posts, sample_report

import planner.ui.week.background as week_background
import planner.ui.week.positions as week_positions
from planner.core.domain import Kind, Platform, Post, Status
from planner.core.settings import Settings
from planner.store import Store
from planner.ui.week.view import WeekView
from planner.ui.window.main_window import MainWindow


def counted(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[int]:
    calls = [0]
    original = getattr(module, name)

    def counting(*args: object, **kwargs: object) -> object:
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls


@pytest.fixture
def view(qtbot: QtBot) -> WeekView:
    view = WeekView()
    qtbot.addWidget(view)
    view.resize(1100, 700)
    posts = sample_posts()
    view.set_content(WEEK, posts, sample_report(posts), Settings(), today=WEEK.days()[2])
    view.show()
    qtbot.waitExposed(view)
    return view


def test_card_texts_are_measured_once_for_the_same_width(
    view: WeekView, monkeypatch: pytest.MonkeyPatch
) -> None:
    measured = counted(monkeypatch, week_positions, "text_lines_wanted")
    posts = sample_posts()
    heights = {i: view.card_rect(i).height() for i in view.shown_ids()}  # type: ignore[union-attr]
    view.set_content(WEEK, posts, sample_report(posts), Settings(), today=WEEK.days()[2])
    assert measured[0] == 0
    assert {i: view.card_rect(i).height() for i in view.shown_ids()} == heights  # type: ignore[union-attr]
    view.resize(900, 700)  # another column width: measured again
    view.set_content(WEEK, posts, sample_report(posts), Settings(), today=WEEK.days()[2])
    assert measured[0] > 0


def test_the_grid_is_painted_once_and_follows_the_palette(
    view: WeekView, monkeypatch: pytest.MonkeyPatch
) -> None:
    painted = counted(monkeypatch, week_background, "paint_grid")
    view.repaint()
    posts = [p for p in sample_posts() if p.date != WEEK.monday]
    view.set_content(WEEK, posts, sample_report(posts), Settings(), today=WEEK.days()[2])
    view.repaint()
    assert painted[0] == 0
    spot = view.slot_position(WEEK.days()[5], dt.time(11, 0))
    light = view.grab().toImage().pixelColor(spot)
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    view.setPalette(dark)
    assert view.grab().toImage().pixelColor(spot).lightness() < light.lightness() - 100
    assert painted[0] == 1


def test_the_ideas_are_read_again_only_when_an_edit_may_change_them(
    window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = counted(monkeypatch, store, "ideas")
    window.show_next_week()
    window.show_previous_week()
    post = window.week_view.posts[0]
    assert post.id is not None and post.date is not None
    window.edits.move_post(post.id, post.date + dt.timedelta(days=1), dt.time(15, 0), False)
    window.window_actions.undo.trigger()
    assert read[0] == 0
    idea = store.add(Post(Platform.X, Kind.SHARED, "New idea", Status.IDEA))
    assert idea.id is not None
    window.edits.move_post(post.id, post.date, post.time, True)  # a copy: ideas may change
    assert read[0] == 1
    assert idea.id in window.ideas_tray.ids()  # the ideas as the store has them
    window.edits.unschedule(post.id)
    assert read[0] == 2
    assert post.id in window.ideas_tray.ids()
