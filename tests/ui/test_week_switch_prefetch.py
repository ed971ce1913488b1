"""After the window shows a week it renders the weeks either side in idle time, so
Page Down paints the next week from the card cache."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pytestqt.qtbot import QtBot

from planner.core.demo import sample_fortnight
from planner.core.weeks import Week
from planner.store import Store
from planner.ui.window.context import AppContext

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
