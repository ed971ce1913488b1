from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.core.weeks import Week, date_range_label, weeks_in_year


def test_parse_and_format() -> None:
    week = Week.parse("2026-W49")
    assert (week.year, week.number) == (2026, 49)
    assert str(week) == "2026-W49"
    assert str(Week.parse("2026w5")) == "2026-W05"


@pytest.mark.parametrize("text", ["2026-49", "W49", "2026-W54", "2026-W00", "2025-W53", ""])
def test_bad_week_names_are_refused_with_the_format(text: str) -> None:
    with pytest.raises(ValueError, match=r"2026-W49|no week"):
        Week.parse(text)


def test_days_run_monday_to_sunday() -> None:
    week = Week(2026, 49)
    days = week.days()
    assert days[0] == dt.date(2026, 11, 30)
    assert days[-1] == dt.date(2026, 12, 6)
    assert [d.isoweekday() for d in days] == [1, 2, 3, 4, 5, 6, 7]
    assert dt.date(2026, 12, 6) in week
    assert dt.date(2026, 12, 7) not in week


def test_next_and_previous_cross_years() -> None:
    assert Week(2026, 53).next() == Week(2027, 1)
    assert Week(2027, 1).previous() == Week(2026, 53)
    assert Week(2025, 52).next() == Week(2026, 1)
    assert weeks_in_year(2026) == 53
    assert weeks_in_year(2027) == 52


def test_title_reads_like_the_header() -> None:
    assert Week(2026, 49).title() == "Week 49 · 30 Nov – 6 Dec 2026"
    assert Week(2026, 53).title() == "Week 53 · 28 Dec 2026 – 3 Jan 2027"
    assert date_range_label(dt.date(2026, 1, 5), dt.date(2026, 1, 11)) == "5 Jan – 11 Jan 2026"


@given(st.dates(min_value=dt.date(1900, 1, 8), max_value=dt.date(2200, 12, 24)))
def test_every_day_is_in_its_week_and_weeks_round_trip(day: dt.date) -> None:
    week = Week.containing(day)
    assert day in week
    assert Week.parse(str(week)) == week
    assert week.next().previous() == week
    assert week.next().monday - week.monday == dt.timedelta(days=7)
