"""Which post a warning of a week is about, in words: ``Tue 1 Dec 09:00, Facebook``.

A list of a week's warnings (the panel, the printed page, ``check``) names the post
each one is about, so a warning read on its own still says where to look."""

from __future__ import annotations

from planner.core.domain import Post, format_time, short_day


def where(post: Post) -> str:
    """``Tue 1 Dec 09:00, Facebook`` (``Idea, Facebook`` for a post with no date)."""
    if post.date is None:
        return f"Idea, {post.platform.label}"
    time = f" {format_time(post.time)}" if post.time is not None else ""
    return f"{short_day(post.date)}{time}, {post.platform.label}"
