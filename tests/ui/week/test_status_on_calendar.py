"""Status shows on the calendar, also in black and white: a draft dashed, a published
post ticked and quieter, days gone by dimmed; and a status filter like the platforms'."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from week_view_samples import FRI, MON, THU, TUE, WED, WEEK, sample_report

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.settings import Settings
from planner.store import Store
from planner.ui.week.view import WeekView
from planner.ui.widgets import theme
from planner.ui.widgets.status_marks import card_look
from planner.ui.window.context import AppContext
from planner.ui.window.main_window import MainWindow

TEXT = "Flu clinic on Saturday: book at reception"


def posts_of_each_status() -> list[Post]:
    """The same shared Facebook post as a draft, scheduled and published, a day apart."""
    return [
        Post(Platform.FACEBOOK, Kind.SHARED, TEXT, status, day, dt.time(10), id=n + 1)
        for n, (status, day) in enumerate(
            [(Status.DRAFT, THU), (Status.SCHEDULED, FRI), (Status.PUBLISHED, WEEK.days()[5])]
        )
    ]


def grey_view(qtbot: QtBot, posts: list[Post], today: dt.date) -> tuple[WeekView, QImage]:
    view = WeekView()
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.set_content(WEEK, posts, sample_report(posts), Settings(), today=today)
    view.show()
    qtbot.waitExposed(view)
    image = view.grab().toImage()
    ratio = round(image.devicePixelRatio())
    if ratio != 1:
        image = image.scaled(image.width() // ratio, image.height() // ratio)
    # As an office printer or a colour-blind eye would take it: grey only.
    return view, image.convertToFormat(QImage.Format.Format_Grayscale8)


def edge_runs(image: QImage, card: QRect) -> int:
    """How many separate dark runs the card's top border makes, left to right."""
    row = [
        min(image.pixelColor(x, y).value() for y in (card.top(), card.top() + 1))
        for x in range(card.left() + 8, card.right() - 8)
    ]
    fill = image.pixelColor(card.center().x(), card.bottom() - 3).value()
    dark = [value < fill - 25 for value in row]
    return sum(1 for before, now in zip([False, *dark], dark, strict=False) if now and not before)


def test_a_draft_is_dashed_a_published_post_ticked_and_quieter_in_grey(qtbot: QtBot) -> None:
    posts = posts_of_each_status()
    view, image = grey_view(qtbot, posts, today=MON)
    draft, scheduled, published = (view.card_rect(p.id) for p in posts)  # type: ignore[arg-type]
    assert draft is not None and scheduled is not None and published is not None
    assert edge_runs(image, scheduled) == 1  # one solid line
    assert edge_runs(image, draft) >= 6  # dashes
    # Published: paler than the scheduled card, with a tick at the end of its first line.
    fill = {
        c: image.pixelColor(c.right() - 6, c.bottom() - 4).value() for c in (scheduled, published)
    }
    assert fill[published] > fill[scheduled]
    line = view.fontMetrics().height()
    tick = QRect(published.right() - line - 2, published.top() + 2, line, line)
    behind = image.pixelColor(tick.left() - 1, published.bottom() - 4).value()
    darkest = min(
        image.pixelColor(x, y).value()
        for x in range(tick.left(), tick.right())
        for y in range(tick.top(), tick.bottom())
    )
    assert darkest < behind - 80
    same_place = QRect(scheduled.right() - line - 2, scheduled.top() + 2, line, line)
    assert (
        min(
            image.pixelColor(x, y).value()
            for x in range(same_place.left() + 2, same_place.right())
            for y in range(same_place.top(), same_place.bottom())
        )
        > behind - 80
    )  # no tick on a scheduled card


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_status_keeps_its_text_readable(
    qapp: QApplication, dark: bool, dark_palette: QPalette
) -> None:
    palette = dark_palette if dark else QApplication.palette()
    for kind in Kind:
        for status in (Status.DRAFT, Status.SCHEDULED, Status.PUBLISHED):
            post = Post(Platform.X, kind, "Hi", status, MON, dt.time(9))
            look = card_look(post, palette)
            assert theme.contrast(look.text, look.fill) >= 4.5, (kind, status)


def test_days_gone_by_are_dimmed_and_hatched_apart_from_the_weekend(qtbot: QtBot) -> None:
    view, image = grey_view(qtbot, [], today=WED)
    y = view.slot_position(MON, dt.time(11)).y()

    def column(day: dt.date) -> list[int]:
        rect = view.header_rect(day)
        return [
            image.pixelColor(x, y + dy).value()
            for x in range(rect.left() + 4, rect.right() - 4)
            for dy in (0, 5)
        ]

    monday, tuesday, thursday, saturday = (column(d) for d in (MON, TUE, THU, WEEK.days()[5]))
    assert max(thursday) == min(thursday)  # a day ahead: plain page
    assert max(monday) < max(thursday)  # a day gone by: dimmed...
    assert max(monday) - min(monday) >= 8  # ...with hatching: it reads apart in grey
    assert monday == tuesday or max(tuesday) < max(thursday)
    assert max(saturday) - min(saturday) < 3  # the weekend ahead: plain grey, no hatch
    assert max(saturday) < max(thursday)


def status_menu_click(qtbot: QtBot, window: MainWindow, status: Status) -> None:
    """Open the bar's Status button with a real click and click one entry of its menu."""
    button = window.week_bar.status_button
    menu = button.menu()
    assert isinstance(menu, QMenu)
    action = window.window_actions.statuses[status]

    def pick() -> None:
        qtbot.waitUntil(menu.isVisible)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    QTimer.singleShot(0, pick)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not menu.isVisible())


def test_hiding_drafts_leaves_them_counted_and_is_remembered(
    qtbot: QtBot, window: MainWindow, store: Store, context: AppContext, window_settings
) -> None:  # type: ignore[no-untyped-def]
    week_posts = store.posts_in_week(WEEK)
    draft = week_posts[0].with_changes(status=Status.DRAFT)
    store.apply_changes([(week_posts[0], draft)])
    window.refresh()
    assert draft.id in window.week_view.shown_ids()
    assert window.week_bar.status_button.label() == "Status"
    status_menu_click(qtbot, window, Status.DRAFT)
    assert draft.id not in window.week_view.shown_ids()
    assert len(window.week_view.shown_ids()) == len(week_posts) - 1
    assert window.report.posts == len(week_posts)  # hidden, still counted by the rules
    assert window.week_bar.status_button.label() == "Status: 2 of 3"
    assert not window.window_actions.statuses[Status.DRAFT].isChecked()  # View menu agrees
    window.save_window_state()
    window.close()
    again = MainWindow(context, week=WEEK)
    qtbot.addWidget(again)
    again.finish_setup()
    assert again.hidden_statuses == {Status.DRAFT}
    assert draft.id not in again.week_view.shown_ids()
    assert again.week_bar.status_button.label() == "Status: 2 of 3"
    again.window_actions.statuses[Status.DRAFT].trigger()  # View → Statuses Shown
    assert draft.id in again.week_view.shown_ids()
    again.close()
