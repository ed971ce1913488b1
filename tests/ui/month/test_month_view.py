"""The month view alone: chips, "+N more", badges, awareness, and drops with real Qt drag
events and the app's MIME data (a dropped post keeps its time; the day under the cursor
shows what the drop would break before it happens)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from week_view_samples import (
    FRI,
    MON,
    SAT,
    THU,
    TUE,
    FakeDragLoop,
    drag_over,
    drop_at,
    leave,
    sample_ideas,
    sample_posts,
)

from planner.core.awareness import AwarenessDay
from planner.core.domain import Kind, Platform, Post, Status
from planner.core.rules import evaluate_week
from planner.core.settings import Settings
from planner.core.weeks import Week
from planner.ui.month.content import MonthContent
from planner.ui.month.geometry import month_days
from planner.ui.month.view import MonthView
from planner.ui.widgets.mime import ids_to_mime

Move = tuple[int, object, object, bool]
HEART = AwarenessDay(dt.date(2026, 12, 10), "Heart Week", "https://example.org", "day",
                     dt.date(2026, 12, 10))  # fmt: skip


def content(posts: list[Post], **changes: object) -> MonthContent:
    first, rows = month_days(2026, 12)
    weeks = [Week.containing(first + dt.timedelta(days=7 * r)) for r in range(rows)]
    settings = Settings()
    reports = [evaluate_week(w, posts, settings) for w in weeks]
    base = MonthContent(2026, 12, posts, reports, {HEART.date: [HEART]}, settings, MON)
    return MonthContent(**{**base.__dict__, **changes})  # type: ignore[arg-type]


@pytest.fixture
def view(qtbot: QtBot) -> MonthView:
    view = MonthView()
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.set_content(content(sample_posts()))
    view.set_ideas(sample_ideas())
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def moves(view: MonthView) -> list[Move]:
    recorded: list[Move] = []
    view.moveRequested.connect(lambda *args: recorded.append(args))
    return recorded


def test_every_post_of_the_month_is_a_chip_in_its_day(view: MonthView) -> None:
    assert sorted(view.shown_ids()) == [p.id for p in sample_posts()]
    for post in sample_posts():
        rect = view.chip_rect(post.id)  # type: ignore[arg-type]
        assert rect is not None and view.day_rect(post.date).contains(rect)  # type: ignore[arg-type]
    assert view.title == "December 2026"
    assert "Tue 1 Dec: 2 Facebook posts" in view.accessibleDescription()


def test_a_full_day_shows_as_many_chips_as_fit_and_says_how_many_more(qtbot: QtBot) -> None:
    view = MonthView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    busy = [
        Post(Platform.X, Kind.SHARED, f"Tip {n}", Status.DRAFT, THU, dt.time(8 + n, 0), id=n + 1)
        for n in range(9)
    ]
    view.set_content(content(busy))
    cell = view.layout_now.cell(THU)
    assert cell is not None and cell.more > 0
    assert len(cell.chips) + cell.more == 9
    assert [c.post.id for c in cell.chips] == list(range(1, len(cell.chips) + 1))  # by time
    assert "more post" in view.tooltip_at(view.day_position(THU))


def test_tooltips_name_the_post_the_awareness_day_and_the_week(view: MonthView) -> None:
    rect = view.chip_rect(5)
    assert rect is not None
    assert "Whitening offer" in view.tooltip_at(rect.center())
    assert "Heart Week (https://example.org)" in view.tooltip_at(
        view.awareness_position(HEART.date)
    )
    mix = view.layout_now.geo.mix_rect(0).center()
    assert "Week 49" in view.tooltip_at(mix)


def test_hover_previews_the_day_limit_before_anything_changes(
    view: MonthView, moves: list[Move]
) -> None:
    # Post 11 is a Facebook post on Friday; Tuesday already has two.
    assert drag_over(view, view.day_position(TUE), ids_to_mime([11]))
    assert view.drop_target() == (TUE, dt.time(16, 0))  # the post's own time
    assert view.drop_preview_text() == "would be 3 Facebook posts; limit 1"
    assert moves == []
    leave(view)
    assert view.drop_target() is None


def test_a_drop_moves_the_post_to_the_day_at_its_own_time(
    view: MonthView, moves: list[Move]
) -> None:
    mime = ids_to_mime([3])
    assert drag_over(view, view.day_position(SAT), mime)
    drop = drop_at(view, view.day_position(SAT), mime)
    assert drop.isAccepted() and drop.dropAction() == Qt.DropAction.MoveAction
    assert moves == [(3, SAT, dt.time(12, 30), False)]


def test_ctrl_copies_and_a_drop_on_its_own_day_does_nothing(
    view: MonthView, moves: list[Move]
) -> None:
    mime = ids_to_mime([3])
    drag_over(view, view.day_position(FRI), mime, copy=True)
    drop_at(view, view.day_position(FRI), mime, copy=True)
    drag_over(view, view.day_position(MON), mime)
    drop_at(view, view.day_position(MON), mime)
    assert moves == [(3, FRI, dt.time(12, 30), True)]


def test_an_idea_dropped_on_a_day_gets_the_morning(view: MonthView, moves: list[Move]) -> None:
    idea = sample_ideas()[0]
    mime = ids_to_mime([idea.id])  # type: ignore[list-item]
    drag_over(view, view.day_position(THU), mime)
    drop_at(view, view.day_position(THU), mime)
    assert moves == [(idea.id, THU, dt.time(9, 0), False)]


def test_a_drop_outside_the_days_or_of_foreign_data_is_refused(
    view: MonthView, moves: list[Move]
) -> None:
    mix = view.layout_now.geo.mix_rect(1).center().toPoint()
    mime = ids_to_mime([3])
    drag_over(view, mix, mime)
    assert not drop_at(view, mix, mime).isAccepted()
    assert moves == []


def test_dragging_a_chip_out_carries_its_id(
    view: MonthView, moves: list[Move], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    loop = FakeDragLoop(view, view.day_position(FRI)).install(monkeypatch)
    rect = view.chip_rect(7)
    assert rect is not None
    start = rect.center()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    far = start + QPoint(QApplication.startDragDistance() + 10, 0)
    qtbot.mouseMove(view, far)
    assert loop.ids == [7] and not loop.pixmap_null
    assert moves == [(7, FRI, dt.time(13, 0), False)]
    assert view.selected_ids() == [7]


def test_double_clicks_edit_a_chip_open_a_day_or_start_a_post_about_the_day(
    view: MonthView, qtbot: QtBot
) -> None:
    edited: list[int] = []
    opened: list[object] = []
    about: list[tuple[object, str]] = []
    view.editRequested.connect(edited.append)
    view.dayOpened.connect(opened.append)
    view.awarenessRequested.connect(lambda day, name: about.append((day, name)))
    rect = view.chip_rect(12)
    assert rect is not None
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=view.day_position(dt.date(2026, 12, 22)))
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=view.awareness_position(HEART.date))
    assert edited == [12]
    assert opened == [dt.date(2026, 12, 22)]
    assert about == [(HEART.date, "Heart Week")]


def test_hidden_platforms_leave_their_chips_out_but_not_the_badges(qtbot: QtBot) -> None:
    view = MonthView()
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.set_content(content(sample_posts(), hidden=frozenset({Platform.FACEBOOK})))
    assert 5 not in view.shown_ids() and 2 in view.shown_ids()
    cell = view.layout_now.cell(TUE)
    assert cell is not None and cell.limits  # the rules still count them
