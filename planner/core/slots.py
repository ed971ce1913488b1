"""Where a new post should go: the next free working-hours slot, on a platform with room.

A new post that defaulted to 09:00 today at 23:50, on a platform already at its limit
that day, had to be corrected every time; these choose what a person would pick.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from planner.core.domain import Platform, Post
from planner.core.settings import Settings

STEP_MINUTES = 15
SEARCH_DAYS = 31  # a month of full days is a plan to look at, not a slot to find


def next_quarter(moment: dt.datetime) -> dt.datetime:
    """``moment`` rounded up to the next quarter hour (a whole quarter stays)."""
    base = moment.replace(second=0, microsecond=0)
    if base < moment:
        base += dt.timedelta(minutes=1)
    extra = (-base.minute) % STEP_MINUTES
    return base + dt.timedelta(minutes=extra)


def next_free_slot(
    now: dt.datetime,
    posts_on: Callable[[dt.date], Sequence[Post]],
    settings: Settings,
    start_day: dt.date | None = None,
) -> tuple[dt.date, dt.time]:
    """The first quarter hour from ``now`` (or from the start of ``start_day`` when that
    is later) inside working hours that no post takes; ``posts_on`` gives a day's posts."""
    first = next_quarter(now)
    if start_day is not None and start_day > first.date():
        first = dt.datetime.combine(start_day, dt.time(0, 0))
    for offset in range(SEARCH_DAYS):
        day = first.date() + dt.timedelta(days=offset)
        opens = dt.datetime.combine(day, dt.time(settings.day_start_hour, 0))
        closes = dt.datetime.combine(day, dt.time(0, 0)) + dt.timedelta(hours=settings.day_end_hour)
        slot = max(opens, first)
        taken = {p.time for p in posts_on(day) if p.time is not None}
        while slot < closes:
            if slot.time() not in taken:
                return day, slot.time()
            slot += dt.timedelta(minutes=STEP_MINUTES)
    day = first.date()
    return day, dt.time(settings.day_start_hour, 0)


def platform_with_room(
    day: dt.date,
    posts_on_day: Sequence[Post],
    settings: Settings,
    preferred: Platform = Platform.FACEBOOK,
) -> Platform:
    """``preferred`` when it has room on ``day``, else the first platform that has;
    ``preferred`` again when every platform is full (the warning will say so)."""
    counts = {p: 0 for p in Platform}
    for post in posts_on_day:
        if post.date == day:
            counts[post.platform] += 1
    order = [preferred, *(p for p in Platform if p is not preferred)]
    for platform in order:
        if counts[platform] < settings.limit_for(platform):
            return platform
    return preferred
