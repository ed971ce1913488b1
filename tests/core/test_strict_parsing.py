"""Dates, times and weeks are read strictly: ASCII digits only, in the years 1900 to 2200."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.domain import (
    FIRST_DAY,
    LAST_DAY,
    Kind,
    Platform,
    Post,
    Status,
    parse_date,
    parse_time,
)
from planner.core.weeks import Week


@pytest.mark.parametrize(
    "text",
    [
        "20260101xx",  # Python's fromisoformat reads this as 2026-01-01
        "2026-W01-1",  # an ISO week date, not a calendar date
        "20260101",
        "2026-W011",
        "２０２６-０１-０１",  # full-width digits
        "2026-01-01T09:00",
        "2026-01-0１",
    ],
)
def test_only_a_plain_calendar_date_is_a_date(text: str) -> None:
    with pytest.raises(ValueError, match="is not a date; write it as YYYY-MM-DD"):
        parse_date(text)


@pytest.mark.parametrize("text", ["０９:００", "09:0０", "٠٩:٠٠", "09:00\u200b", "+9:00", " 9:00"])
def test_only_ascii_digits_make_a_time(text: str) -> None:
    with pytest.raises(ValueError, match="is not a time; write it as HH:MM"):
        parse_time(text)


def test_the_years_run_from_1900_to_2200() -> None:
    assert parse_date("1900-01-01") == FIRST_DAY == dt.date(1900, 1, 1)
    assert parse_date("2200-12-31") == LAST_DAY == dt.date(2200, 12, 31)
    for text in ("1899-12-31", "2201-01-01", "9999-12-31", "0001-01-01"):
        with pytest.raises(ValueError, match=r"^'.+' is outside the years 1900 to 2200$"):
            parse_date(text)


@pytest.mark.parametrize("day", [dt.date(1899, 12, 31), dt.date(2201, 1, 1), dt.date(9999, 12, 31)])
def test_a_post_outside_the_years_cannot_be_saved(day: dt.date) -> None:
    post = Post(Platform.X, Kind.ORIGINAL, "Hi", Status.DRAFT, day, dt.time(9))
    assert post.problems() == [f"The date {day.isoformat()} is outside the years 1900 to 2200."]
    inside = post.with_changes(date=LAST_DAY)
    assert inside.problems() == []


@pytest.mark.parametrize("text", ["２０２６-W01", "2026-W０１", "2026-W٠١"])
def test_a_week_needs_ascii_digits(text: str) -> None:
    with pytest.raises(ValueError, match="is not a week; write it like 2026-W49"):
        Week.parse(text)


@pytest.mark.parametrize("text", ["9999-W52", "9999-W51", "0001-W01", "1899-W52", "2201-W02"])
def test_a_week_outside_the_years_is_refused_in_words(text: str) -> None:
    with pytest.raises(ValueError, match=r"is outside the years 1900 to 2200$"):
        Week.parse(text)


def test_the_weeks_that_hold_the_first_and_last_day_are_allowed() -> None:
    first, last = Week.containing(FIRST_DAY), Week.containing(LAST_DAY)
    assert Week.parse(str(first)) == first
    assert Week.parse(str(last)) == last
    assert LAST_DAY in last and FIRST_DAY in first
