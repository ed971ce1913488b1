"""The printed plan marks the posts to check before posting, in a cell or on the list."""

from __future__ import annotations

import datetime as dt

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.page_plan import CHECK_WORDS, PageCapacity, build_page_plan
from planner.core.settings import Settings
from planner.core.weeks import Week

WEEK = Week(2026, 49)


def posts_on_tuesday(count: int) -> list[Post]:
    return [
        Post(
            Platform.X,
            Kind.SHARED,
            f"Post {n}",
            Status.SCHEDULED,
            WEEK.monday + dt.timedelta(days=1),
            dt.time(8, n),
            id=n + 1,
        )
        for n in range(count)
    ]


def test_only_the_posts_to_check_are_marked_and_the_warnings_say_why() -> None:
    posts = posts_on_tuesday(3)
    plan = build_page_plan(WEEK, posts, Settings(), dt.date(2026, 11, 28), check={2})
    marked = [card.post.id for card in plan.cards() if card.check]
    assert marked == [2]
    assert plan.warnings[-1].startswith(f'1 post is marked "{CHECK_WORDS}": the guard found')
    clean = build_page_plan(WEEK, posts, Settings(), dt.date(2026, 11, 28))
    assert not any(card.check for card in clean.cards())
    assert clean.warnings == ()


def test_a_spilled_post_to_check_says_so_on_the_overflow_list() -> None:
    cap = PageCapacity(lines_per_cell=6, lines_per_card=3)  # two cards a day
    posts = posts_on_tuesday(4)
    plan = build_page_plan(WEEK, posts, Settings(), dt.date(2026, 11, 28), cap, check={4, 1})
    lines = [line.text for line in plan.overflow if line.card is not None]
    assert lines == ["08:02 X S Post 2", f"08:03 X S [{CHECK_WORDS}] Post 3"]
    assert plan.warnings[-1].startswith(f'2 posts are marked "{CHECK_WORDS}"')
