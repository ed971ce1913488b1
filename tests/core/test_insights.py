"""Heat map, best slots, least-tried hours, the four-week trend and the JSON contract."""

from __future__ import annotations

import datetime as dt
import json
from fractions import Fraction

import pytest

from planner.core.domain import Kind, Platform
from planner.core.engagement import EngagementRecord, Outcome, engagement_rate
from planner.core.insights import (
    best_slots,
    heat_map,
    insights_json,
    least_tried,
    outcomes_from_records,
    rate_trend,
)

WORKING_HOURS = range(8, 18)
MONDAY = dt.date(2026, 11, 2)  # weekday 0
FB = Platform.FACEBOOK


def at(weekday: int, hour: int, week: int = 0, minute: int = 0) -> dt.datetime:
    day = MONDAY + dt.timedelta(days=weekday, weeks=week)
    return dt.datetime.combine(day, dt.time(hour, minute))


def outcome(
    when: dt.datetime,
    engagements: int | None,
    reach: int | None = 100,
    kind: Kind | None = Kind.ORIGINAL,
    platform: Platform = FB,
) -> Outcome:
    return Outcome(platform, when, reach, engagements, kind)


def test_rate_is_engagements_over_reach_or_engagements_alone() -> None:
    assert engagement_rate(1000, 31) == Fraction(31, 1000)
    assert engagement_rate(None, 12) == 12
    assert engagement_rate(0, 3) == 3  # nobody reached: nothing to divide by
    assert engagement_rate(500, None) is None


def test_cell_median_counts_posts_and_marks_fewer_than_three_as_too_few() -> None:
    history = [
        outcome(at(0, 9, week=0), 1),
        outcome(at(0, 9, week=1, minute=40), 9),
        outcome(at(0, 9, week=2), 4),
        outcome(at(0, 9, week=3), 6),  # Monday 9: 1, 4, 6, 9 % -> median 5 %
        outcome(at(2, 14, week=0), 2),
        outcome(at(2, 14, week=1), 3),  # Wednesday 14: two posts
        outcome(at(0, 7), 50),  # before working hours: in the count, not on the map
        outcome(at(0, 9), None),  # no engagement figure: no rate
    ]
    heat = heat_map(history, FB, WORKING_HOURS)
    monday = heat.cell(0, 9)
    assert (monday.posts, monday.median, monday.too_few) == (4, Fraction(5, 100), False)
    wednesday = heat.cell(2, 14)
    assert (wednesday.posts, wednesday.rate, wednesday.too_few) == (2, 0.025, True)
    empty = heat.cell(4, 16)
    assert (empty.posts, empty.rate, empty.too_few) == (0, None, True)
    assert heat.records == 8
    assert [(c.weekday, c.hour) for c in heat.filled()] == [(0, 9), (2, 14)]
    assert len(heat.rows()) == 7 and len(heat.rows()[0]) == len(WORKING_HOURS)


def test_heat_map_per_kind_and_per_platform() -> None:
    history = [
        outcome(at(1, 10), 10, kind=Kind.SHARED),
        outcome(at(1, 10, week=1), 2, kind=Kind.ORIGINAL),
        outcome(at(1, 10, week=2), 7, kind=None),  # no matched post: in "all kinds" only
        outcome(at(1, 10), 40, platform=Platform.X),
    ]
    assert heat_map(history, FB, WORKING_HOURS).cell(1, 10).posts == 3
    shared = heat_map(history, FB, WORKING_HOURS, kind=Kind.SHARED)
    assert (shared.cell(1, 10).posts, shared.cell(1, 10).rate, shared.records) == (1, 0.1, 1)
    assert heat_map(history, Platform.X, WORKING_HOURS).cell(1, 10).rate == 0.4


def test_a_record_with_only_a_day_has_no_cell() -> None:
    record = EngagementRecord(FB, at(0, 0), "Hi", 100, 5, "n", time_known=False)
    outcomes = outcomes_from_records([record], [None], {})
    heat = heat_map(outcomes, FB, range(24))
    assert heat.records == 1 and not heat.filled()


def synthetic_history() -> list[Outcome]:
    """Eight weeks at known rates: Tue 10 best, Thu 9 next, Mon 9 and Wed 14 tied after."""
    plan = {
        (1, 10): [6, 7, 8, 9],  # Tue 10: median 7.5 %
        (3, 9): [5, 6, 7],  # Thu 9: 6 %
        (0, 9): [3, 4, 5, 5, 6],  # Mon 9: 5 %, five posts
        (2, 14): [4, 5, 6],  # Wed 14: 5 %, three posts
        (4, 16): [20, 30],  # Fri 16: 25 % but only two posts
        (0, 11): [1, 2, 3],  # Mon 11: 2 %
    }
    return [
        outcome(at(day, hour, week=week), percent)
        for (day, hour), percents in plan.items()
        for week, percent in enumerate(percents)
    ]


def test_best_slots_are_the_three_best_cells_with_at_least_three_posts() -> None:
    heat = heat_map(synthetic_history(), FB, WORKING_HOURS)
    best = best_slots(heat)
    assert [(c.weekday, c.hour, c.rate) for c in best] == [
        (1, 10, 0.075),
        (3, 9, 0.06),
        (0, 9, 0.05),  # ties with Wed 14 at 5 %, but has five posts against three
    ]
    assert all(not cell.too_few for cell in best)


def test_least_tried_hours_are_the_emptiest_cells_first() -> None:
    history = [outcome(at(day, hour), 3) for day in range(7) for hour in WORKING_HOURS]
    history.remove(outcome(at(2, 8), 3))  # Wed 8 never tried
    history.remove(outcome(at(5, 12), 3))  # nor Sat 12
    heat = heat_map(history, FB, WORKING_HOURS)
    assert [(c.weekday, c.hour, c.posts) for c in least_tried(heat)] == [
        (2, 8, 0),
        (5, 12, 0),
        (0, 8, 1),
    ]


TODAY = dt.date(2026, 11, 30)


def trend_history(before: list[int], recent: list[int], reach: int = 1000) -> list[Outcome]:
    """``before`` in the 28 days ending 28 days ago, ``recent`` in the 28 ending today."""
    old_days = [TODAY - dt.timedelta(days=28 + i) for i in range(len(before))]
    new_days = [TODAY - dt.timedelta(days=i) for i in range(len(recent))]
    return [
        outcome(dt.datetime.combine(day, dt.time(10)), e, reach)
        for days, counts in ((old_days, before), (new_days, recent))
        for day, e in zip(days, counts, strict=True)
    ]


@pytest.mark.parametrize(
    ("before", "recent", "falling"),
    [
        (100, [80, 80, 80], True),  # exactly 20 % below
        (100, [79, 80, 81], True),  # the median is 80
        (100, [79, 79, 79], True),  # 21 % below
        (100, [81, 81, 81], False),  # 19 % below
        (1000, [801, 801, 801], False),  # 19.9 % below
        (1000, [799, 799, 799], True),  # 20.1 % below
        (100, [120, 120, 120], False),  # rising
    ],
)
def test_trend_notes_a_drop_of_twenty_percent_or_more(
    before: int, recent: list[int], falling: bool
) -> None:
    reach = before * 10  # the earlier weeks' rate is 10 % in every case
    trend = rate_trend(trend_history([before] * 3, recent, reach), TODAY, platform=FB)
    assert trend.falling is falling
    assert (trend.note() is not None) is falling


def test_trend_at_exactly_twenty_percent_on_exact_fractions() -> None:
    # In floats 0.8 / 1.0 - 1 is -0.19999999999999996, which would miss the edge.
    exact = rate_trend(trend_history([10] * 3, [8] * 3, reach=10), TODAY)
    assert (0.8 / 1.0 - 1) > -0.2
    assert exact.change == Fraction(-1, 5) and exact.falling
    trend = rate_trend(trend_history([10, 10], [8, 8], reach=100), TODAY, platform=FB)
    assert trend.change == Fraction(-1, 5) and trend.falling
    assert trend.note() == (
        "The Facebook engagement rate of the last four weeks is 20% below the four weeks "
        "before (median 8.0% against 10.0%). Try other days or hours, or another kind of post."
    )
    just_above = rate_trend(trend_history([1000, 1000], [801, 801], reach=10_000), TODAY)
    assert not just_above.falling and just_above.note() is None


def test_trend_windows_are_the_28_days_to_today_and_the_28_before() -> None:
    history = [
        outcome(dt.datetime.combine(TODAY, dt.time(9)), 5),
        outcome(dt.datetime.combine(TODAY - dt.timedelta(days=27), dt.time(9)), 5),
        outcome(dt.datetime.combine(TODAY - dt.timedelta(days=28), dt.time(9)), 10),
        outcome(dt.datetime.combine(TODAY - dt.timedelta(days=55), dt.time(9)), 10),
        outcome(dt.datetime.combine(TODAY - dt.timedelta(days=56), dt.time(9)), 99),
        outcome(dt.datetime.combine(TODAY + dt.timedelta(days=1), dt.time(9)), 99),
    ]
    trend = rate_trend(history, TODAY)
    assert (trend.recent_posts, trend.before_posts) == (2, 2)
    assert (trend.recent, trend.before) == (Fraction(5, 100), Fraction(10, 100))
    assert trend.falling


def test_trend_without_both_windows_says_nothing() -> None:
    trend = rate_trend(trend_history([], [1, 2]), TODAY)
    assert trend.change is None and not trend.falling and trend.note() is None


def test_insights_json_has_exactly_the_product_shape() -> None:
    history = [*synthetic_history(), outcome(at(0, 7), 3)]
    document = insights_json(history, FB, WORKING_HOURS)
    assert list(document) == ["platform", "records", "cells", "best"]
    assert document["platform"] == "facebook"
    assert document["records"] == len(history)
    assert document["cells"][0] == {"weekday": 0, "hour": 9, "posts": 5, "rate": 0.05}
    assert [(c["weekday"], c["hour"]) for c in document["cells"]] == [
        (0, 9), (0, 11), (1, 10), (2, 14), (3, 9), (4, 16),
    ]  # fmt: skip
    assert document["best"] == [
        {"weekday": 1, "hour": 10, "posts": 4, "rate": 0.075},
        {"weekday": 3, "hour": 9, "posts": 3, "rate": 0.06},
        {"weekday": 0, "hour": 9, "posts": 5, "rate": 0.05},
    ]
    assert json.loads(json.dumps(document)) == document


def test_insights_json_for_one_kind_counts_only_that_kind() -> None:
    history = [outcome(at(0, 9), 3, kind=Kind.SHARED), outcome(at(0, 9), 4)]
    document = insights_json(history, FB, WORKING_HOURS, kind=Kind.SHARED)
    assert document["records"] == 1
    assert document["cells"] == [{"weekday": 0, "hour": 9, "posts": 1, "rate": 0.03}]
    assert document["best"] == []


def test_hours_and_weekdays_out_of_range_are_refused() -> None:
    with pytest.raises(ValueError, match="0 to 23"):
        heat_map([], FB, range(8, 25))
    with pytest.raises(ValueError, match="Monday"):
        heat_map([], FB, WORKING_HOURS, weekdays=range(8))
