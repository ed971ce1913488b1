"""After the window shows a week it renders the weeks either side in idle time, so
Page Down paints the next week from the card cache."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from pytestqt.qtbot import QtBot

from planner.core.demo import sample_fortnight
from planner.core.domain import Post
from planner.core.rules import WeekReport
from planner.core.weeks import Week
from planner.store import Store
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.window.context import AppContext, qsettings_at

if TYPE_CHECKING:
    from conftest import MakeWindow

WEEK = Week(2026, 49)  # the sample fortnight fills this week and the next


def test_the_next_week_is_painted_from_cards_rendered_ahead(
    qtbot: QtBot, make_window: MakeWindow, context: AppContext, store: Store
) -> None:
    store.add_many(sample_fortnight(WEEK))
    window = make_window(context, store)
    cache = window.week_view._card_cache
    shown = len(cache)
    next_cards = len(store.posts_in_week(WEEK.next()))
    qtbot.waitUntil(lambda: len(cache) >= shown + next_cards)  # the neighbours, once idle
    ahead = len(cache)

    window.window_actions.next_week.trigger()
    window.week_view.grab()  # the switch's paint
    assert window.week == WEEK.next()
    assert len(window.week_view.shown_ids()) == next_cards
    assert len(cache) == ahead  # no card of the new week had to be rendered now
    window.close()


def test_the_weeks_either_side_wait_for_the_first_frame(
    qtbot: QtBot, make_window: MakeWindow, store: Store, window_settings: Path
) -> None:
    store.add_many(sample_fortnight(WEEK))
    # As at start: the window shows, then the store arrives.
    window = make_window(
        AppContext(prompts=ScriptedPrompts(), qsettings=qsettings_at(window_settings))
    )
    prefetched: list[Week] = []
    real_prefetch = window.week_view.prefetch

    def prefetch(week: Week, posts: Iterable[Post], report: WeekReport) -> None:
        prefetched.append(week)
        real_prefetch(week, posts, report)

    window.week_view.prefetch = prefetch  # type: ignore[method-assign]
    before_frame: list[list[Week]] = []
    window.weekPainted.connect(lambda: before_frame.append(list(prefetched)))
    window.attach_store(store)
    qtbot.waitUntil(lambda: len(prefetched) >= 2)
    assert before_frame == [[]]  # the week shown painted before any neighbour was read
    assert set(prefetched) == {WEEK.next(), WEEK.previous()}
    window.close()
