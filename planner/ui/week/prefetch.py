"""Rendering a week's cards ahead, into the card cache, changing nothing on screen: a
new week's cards are most of a switch, so the weeks either side are rendered in idle
time and a switch then paints from the cache."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QPalette

from planner.core.consent_rule import consent_notes
from planner.core.domain import Post
from planner.core.guard_warnings import shield_flags
from planner.core.rules import WeekReport
from planner.core.weeks import Week
from planner.ui.week.positions import WeekPositions
from planner.ui.widgets.card_cache import CardPixmapCache


def prefetch_cards(
    cache: CardPixmapCache,
    positions: WeekPositions,
    palette: QPalette,
    week: Week,
    posts: Iterable[Post],
    report: WeekReport,
    *,
    focused: bool,
    ratio: float,
) -> None:
    """Render the cards ``week`` would show at the current size, each with the shield
    and the consent mark ``report`` (that week's) gives it, exactly as shown later."""
    geo, fonts = positions.geometry, positions.fonts
    shields, marked = shield_flags(report.warnings), consent_notes(report.warnings)
    for card in positions.cards_for(week, posts):
        rect = geo.card_rect(card.day, card.start, card.end - card.start, card.lane, card.lanes)
        if rect.intersects(geo.body):
            cache.prepare(
                rect, card.post, palette, fonts, selected=False, focused=focused,
                ratio=ratio, marked=card.post_id in marked, shields=shields,
            )  # fmt: skip
