"""Best-time hints: the drag preview's sentence, the editor's, and the window's words."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from planner.core.best_times import (
    BestTimes,
    best_time_hint,
    editor_hint,
    least_tried_words,
    percent,
    slot_words,
    trend_words,
    working_hours,
)
from planner.core.domain import Kind, Platform
from planner.core.engagement import Outcome
from planner.core.insights import Trend, heat_map, rate_trend
from planner.core.settings import Settings

HOURS = range(8, 18)
MONDAY = dt.date(2026, 11, 2)  # weekday 0
X = Platform.X


def at(weekday: int, hour: int, week: int = 0, minute: int = 0) -> dt.datetime:
    day = MONDAY + dt.timedelta(days=weekday, weeks=week)
    return dt.datetime.combine(day, dt.time(hour, minute))


def history(platform: Platform = X) -> list[Outcome]:
    """Per-mille engagements over a reach of 1000, by (weekday, hour)."""
    plan = {
        (1, 10): [48, 50, 52, 55, 60],  # Tue 10: median 5.2 %, five posts
        (3, 14): [40, 41, 45],  # Thu 14: 4.1 %
        (0, 9): [30, 33, 37, 39],  # Mon 9: median 3.5 %
        (2, 11): [10, 20, 30],  # Wed 11: 2.0 %, fourth: not among the best
        (4, 16): [200, 300],  # Fri 16: 25 %, but two posts are too few
    }
    return [
        Outcome(platform, at(day, hour, week=week, minute=5 * week), 1000, per_mille, Kind.ORIGINAL)
        for (day, hour), values in plan.items()
        for week, per_mille in enumerate(values)
    ]


def test_a_best_slot_says_so_in_the_drag_preview_words() -> None:
    tuesday = MONDAY + dt.timedelta(days=8)  # a later Tuesday: only the weekday counts
    hint = best_time_hint(history(), X, tuesday, dt.time(10, 30), HOURS)
    assert hint == "Tue 10:00 is one of X's best times: 5.2% median engagement over 5 posts."
    monday = best_time_hint(history(), X, MONDAY, dt.time(9, 0), HOURS)
    assert monday == "Mon 09:00 is one of X's best times: 3.5% median engagement over 4 posts."


def test_no_hint_outside_the_three_best_or_for_too_few_posts() -> None:
    assert best_time_hint(history(), X, MONDAY + dt.timedelta(days=2), dt.time(11), HOURS) is None
    friday = MONDAY + dt.timedelta(days=4)
    assert best_time_hint(history(), X, friday, dt.time(16), HOURS) is None  # two posts
    tuesday = MONDAY + dt.timedelta(days=1)
    assert best_time_hint(history(), X, tuesday, dt.time(11), HOURS) is None  # next hour
    assert best_time_hint(history(), Platform.LINKEDIN, tuesday, dt.time(10), HOURS) is None
    # Outside the working hours there is no slot to be among the best.
    assert best_time_hint(history(), X, tuesday, dt.time(10), range(11, 18)) is None


def test_the_editor_names_the_three_best_and_the_least_tried_hours() -> None:
    text = editor_hint(history(), X, HOURS)
    assert text.startswith(
        "Best times on X: Tue 10:00 (5.2%, 5 posts), Thu 14:00 (4.1%, 3 posts), "
        "Mon 09:00 (3.5%, 4 posts)."
    )
    assert text.endswith(" Least tried, to keep experimenting: Mon 08:00, Mon 10:00, Mon 11:00.")


def test_the_editor_says_when_there_are_too_few_posts() -> None:
    few = [o for o in history() if o.published.weekday() in (4,)]  # Friday's two posts
    assert editor_hint(few, X, HOURS) == (
        "Too few published posts with engagement on X yet to name best times."
    )
    assert editor_hint([], Platform.INSTAGRAM, HOURS) == (
        "Too few published posts with engagement on Instagram yet to name best times."
    )


def test_the_editor_leaves_out_least_tried_when_every_hour_has_enough() -> None:
    full = [
        Outcome(X, at(day, hour, week), 1000, 10 + 3 * day + hour, None)
        for day in range(7)
        for hour in (9, 10)
        for week in range(3)
    ]
    text = editor_hint(full, X, range(9, 11))
    assert text == (
        "Best times on X: Sun 10:00 (3.8%, 3 posts), Sun 09:00 (3.7%, 3 posts), "
        "Sat 10:00 (3.5%, 3 posts)."
    )


def test_best_times_counts_once_and_answers_each_hover() -> None:
    times = BestTimes.of(history(), X, HOURS)
    assert [(c.weekday, c.hour) for c in times.best] == [(1, 10), (3, 14), (0, 9)]
    thursday = MONDAY + dt.timedelta(days=3)
    assert times.hint_at(thursday, dt.time(14, 59)) is not None
    assert times.hint_at(thursday, dt.time(15, 0)) is None
    shared_only = BestTimes.of(history(), X, HOURS, kind=Kind.SHARED)
    assert shared_only.best == () and shared_only.heat.records == 0


def test_slot_words_in_the_window() -> None:
    heat = heat_map(history(), X, HOURS)
    assert slot_words(heat.cell(1, 10)) == "Tue 10:00 — 5.2% (5 posts)"
    assert slot_words(heat.cell(4, 16)) == "Fri 16:00 — 25.0% (2 posts)"
    assert percent(None) == "–" and percent(Fraction(1, 3)) == "33.3%"


def test_least_tried_words_count_the_other_empty_hours() -> None:
    heat = heat_map(history(), X, HOURS)
    empty = 7 * len(HOURS) - 5
    assert least_tried_words(heat) == [
        "Mon 08:00 — no posts",
        "Mon 10:00 — no posts",
        "Mon 11:00 — no posts",
        f"and {empty - 3} more working hours with no posts",
    ]
    tried = [Outcome(X, at(0, hour, week), 100, 1) for hour in (8, 9) for week in range(hour - 7)]
    two_hours = heat_map(tried, X, range(8, 10), weekdays=[0])
    assert least_tried_words(two_hours) == ["Mon 08:00 — 1 post", "Mon 09:00 — 2 posts"]


def test_trend_words_on_each_side_of_the_twenty_percent_drop() -> None:
    today = dt.date(2026, 11, 30)

    def day(back: int) -> dt.datetime:
        return dt.datetime.combine(today - dt.timedelta(days=back), dt.time(10))

    before = [Outcome(X, day(30 + i), 100, 10) for i in range(3)]
    falling = before + [Outcome(X, day(i), 100, 7) for i in range(2)]
    steady = before + [Outcome(X, day(i), 100, 9) for i in range(2)]
    assert trend_words(rate_trend(falling, today, platform=X)).startswith(
        "The X engagement rate of the last four weeks is 30% below the four weeks before"
    )
    assert trend_words(rate_trend(steady, today, platform=X)) == (
        "Last four weeks: median 9.0% over 2 posts, against 10.0% over 3 posts in the four "
        "weeks before."
    )
    assert trend_words(rate_trend(before, today, platform=X)) == (
        "No posts with engagement in the last four weeks yet."
    )
    assert trend_words(Trend(None, None, 0, 0)) == (
        "No posts with engagement in the last eight weeks to compare."
    )
    assert trend_words(Trend(Fraction(1, 20), None, 4, 0)) == (
        "Last four weeks: median 5.0% over 4 posts; nothing in the four weeks before to compare."
    )


def test_working_hours_are_the_rows_the_week_view_shows() -> None:
    assert working_hours(Settings(day_start_hour=7, day_end_hour=21)) == range(7, 21)
    assert list(working_hours(Settings(day_start_hour=0, day_end_hour=24)))[-1] == 23
