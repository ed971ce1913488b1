"""A known engagement history for the Insights tests: which slots win is fixed by hand."""

from __future__ import annotations

import datetime as dt

from planner.core.domain import Kind, Platform
from planner.core.engagement import Outcome

FIRST_MONDAY = dt.date(2026, 9, 7)
# Eight weeks on a Sunday: weeks 0-3 are "the four before", weeks 4-7 "the last four".
TODAY = FIRST_MONDAY + dt.timedelta(weeks=8, days=-1)

# Per mille of a reach of 1000, by (weekday, hour), one post a week from FIRST_MONDAY.
FACEBOOK = {
    (1, 10): [48, 50, 52, 55, 60],  # Tue 10: 5.2 %, the best
    (3, 14): [40, 41, 45],  # Thu 14: 4.1 %
    (0, 9): [30, 33, 37, 39],  # Mon 9: 3.5 %
    (2, 11): [10, 20, 30],  # Wed 11: 2.0 %
    (4, 16): [200, 300],  # Fri 16: 25 % on two posts: too few, never the best
}
X_POSTS = {
    (5, 12): [90, 95, 99],  # Sat 12: 9.5 %, X's best
    (0, 8): [10, 12, 14],  # Mon 8: 1.2 %
}


def at(weekday: int, hour: int, week: int) -> dt.datetime:
    day = FIRST_MONDAY + dt.timedelta(days=weekday, weeks=week)
    return dt.datetime.combine(day, dt.time(hour, 10))


def outcomes_of(
    platform: Platform, plan: dict[tuple[int, int], list[int]], kind: Kind = Kind.ORIGINAL
) -> list[Outcome]:
    return [
        Outcome(platform, at(day, hour, week), 1000, per_mille, kind)
        for (day, hour), values in plan.items()
        for week, per_mille in enumerate(values)
    ]


def history() -> list[Outcome]:
    """Facebook (original posts, one shared post, three late ones) and X.

    The three Sunday 22:00 posts of the last weeks are outside the working hours: they
    count as records and pull the last four weeks' median down to 1.0% against 4.1%.
    """
    shared = Outcome(Platform.FACEBOOK, at(6, 15, 0), 1000, 70, Kind.SHARED)
    late = [Outcome(Platform.FACEBOOK, at(6, 22, week), 1000, 10, Kind.ORIGINAL)
            for week in (5, 6, 7)]  # fmt: skip
    return [
        *outcomes_of(Platform.FACEBOOK, FACEBOOK),
        shared,
        *late,
        *outcomes_of(Platform.X, X_POSTS),
    ]
