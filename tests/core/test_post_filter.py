"""What the calendar's filter hides, and how a warning says so."""

from __future__ import annotations

import datetime as dt

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.post_filter import PostFilter, hidden_note

DAY = dt.date(2026, 12, 1)


def post(platform: Platform, status: Status = Status.SCHEDULED) -> Post:
    return Post(platform, Kind.SHARED, "Tip", status, DAY, dt.time(9))


def test_a_post_is_hidden_by_its_platform_or_its_status_never_as_an_idea() -> None:
    shown = PostFilter(frozenset({Platform.X}), frozenset({Status.DRAFT}))
    assert shown.shows(post(Platform.FACEBOOK))
    assert not shown.shows(post(Platform.X))
    assert not shown.shows(post(Platform.FACEBOOK, Status.DRAFT))
    idea = Post(Platform.X, Kind.SHARED, "Someday", Status.IDEA)
    assert shown.shows(idea)  # ideas live in the tray


def test_hiding_names_only_what_hides_the_posts_given() -> None:
    shown = PostFilter(frozenset({Platform.X, Platform.LINKEDIN}), frozenset({Status.DRAFT}))
    posts = [post(Platform.X), post(Platform.FACEBOOK)]
    assert shown.hiding(posts) == PostFilter(frozenset({Platform.X}))
    assert shown.without(shown.hiding(posts)).hidden_platforms == {Platform.LINKEDIN}
    assert not PostFilter().hiding(posts).hides_anything


def test_the_note_counts_what_is_hidden() -> None:
    x = PostFilter(frozenset({Platform.X}))
    assert hidden_note(1, 1, x) == "Its post is hidden (X). Click to show it."
    assert hidden_note(2, 2, x) == "Both its posts are hidden (X). Click to show them."
    assert hidden_note(3, 3, x) == "All 3 of its posts are hidden (X). Click to show them."
    assert hidden_note(2, 7, x) == "2 of its 7 posts are hidden (X). Click to show them."
