"""Prefetching a week renders its cards ahead, so switching to it paints from the cache
and looks exactly as if nothing had been prefetched."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from week_view_samples import WEEK, sample_posts, sample_report

from planner.core.domain import Post
from planner.core.guard_warnings import GuardWarning
from planner.core.rules import WeekReport
from planner.core.settings import Settings
from planner.ui.week.view import WeekView

NEXT = WEEK.next()
TODAY = WEEK.monday + dt.timedelta(days=2)


def next_week_posts() -> list[Post]:
    shifted = [p.with_changes(date=p.date + dt.timedelta(days=7)) for p in sample_posts()]
    return [p.with_changes(id=(p.id or 0) + 1000) for p in shifted]


def new_view(qtbot: QtBot) -> WeekView:
    view = WeekView()
    qtbot.addWidget(view)
    view.resize(1100, 700)
    posts = sample_posts()
    view.set_content(WEEK, posts, sample_report(posts), Settings(), today=TODAY)
    view.show()
    qtbot.waitExposed(view)
    return view


def show_next(view: WeekView) -> QImage:
    posts = next_week_posts()
    report = sample_report(posts)
    view.set_content(NEXT, posts, report, Settings(), today=TODAY)
    return view.grab().toImage()


def test_a_prefetched_week_paints_from_the_cache_and_looks_the_same(qtbot: QtBot) -> None:
    plain = new_view(qtbot)
    expected = show_next(plain)

    view = new_view(qtbot)
    view.grab()  # this week's cards are in the cache
    before, shown_before = len(view._card_cache), view.shown_ids()
    view.prefetch(NEXT, next_week_posts(), sample_report(next_week_posts()))
    prefetched = len(view._card_cache)
    assert prefetched - before == len(next_week_posts())  # every card rendered ahead
    assert view.week == WEEK and view.shown_ids() == shown_before  # nothing shown changed

    shown = show_next(view)
    assert len(view._card_cache) == prefetched  # nothing new had to be rendered
    assert shown == expected


def test_prefetch_skips_hidden_platforms(qtbot: QtBot) -> None:
    view = new_view(qtbot)
    posts = next_week_posts()
    hidden = frozenset({posts[0].platform})
    view.set_content(WEEK, sample_posts(), sample_report(), Settings(), hidden_platforms=hidden)
    view.grab()
    before = len(view._card_cache)
    view.prefetch(NEXT, posts, sample_report(posts))
    assert len(view._card_cache) - before == sum(p.platform not in hidden for p in posts)


def with_shield(report: WeekReport, post: Post) -> WeekReport:
    assert post.id is not None
    finding = GuardWarning(post.id, "privacy", "stop", 0, 4, post.text[:4], "Check it.")
    return replace(report, warnings=[*report.warnings, finding])


def test_a_prefetched_card_with_a_shield_paints_from_the_cache_too(qtbot: QtBot) -> None:
    """The week ahead is rendered with its own shields (the guard's findings), not the
    shown week's: otherwise a flagged card is rendered again on the switch."""
    posts = next_week_posts()
    report = with_shield(sample_report(posts), posts[0])
    plain = new_view(qtbot)
    plain.set_content(NEXT, posts, report, Settings(), today=TODAY)
    expected = plain.grab().toImage()

    view = new_view(qtbot)
    view.grab()
    view.prefetch(NEXT, posts, report)
    prefetched = len(view._card_cache)
    view.set_content(NEXT, posts, report, Settings(), today=TODAY)
    shown = view.grab().toImage()
    assert len(view._card_cache) == prefetched  # the shielded card came from the cache
    assert shown == expected
