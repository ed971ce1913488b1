"""The week's posts as cards: which day, when, which lane, and how far down each may
grow to show more of its text. Pure placement; the view paints and hit-tests them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from planner.core.domain import Post
from planner.core.layout import assign_lanes, grown_ends, minutes_of
from planner.core.post_filter import PostFilter
from planner.core.weeks import Week


class Card(NamedTuple):
    post: Post
    day: int  # 0 is Monday
    start: int  # minutes since midnight
    lane: int
    lanes: int
    end: int  # minutes since midnight: the card's span, or more where there is room

    @property
    def post_id(self) -> int:
        return self.post.id if self.post.id is not None else -1


def lay_out_cards(
    week: Week,
    posts: Iterable[Post],
    shown: PostFilter,
    span: int,
    wanted: Callable[[Post, int], int] | None = None,
) -> list[Card]:
    """The cards of ``week``: its posts the filter shows, side by side where they meet.

    ``wanted(post, lanes)`` is how many minutes a card would like to cover to show more
    text; it gets them where the time below it is free.
    """
    by_day: dict[int, list[tuple[int, int]]] = {}
    by_id: dict[int, Post] = {}
    for post in posts:
        if post.id is None or post.date not in week or not shown.shows(post):
            continue
        assert post.date is not None
        start = minutes_of(post.time) if post.time else 0
        by_day.setdefault((post.date - week.monday).days, []).append((post.id, start))
        by_id[post.id] = post
    cards = []
    for day in sorted(by_day):
        placed = assign_lanes(by_day[day], span=span)
        longer = {p.key: wanted(by_id[p.key], p.lanes) for p in placed} if wanted else {}
        ends = grown_ends(placed, span, longer)
        cards.extend(Card(by_id[p.key], day, p.start, p.lane, p.lanes, ends[p.key]) for p in placed)
    return cards
