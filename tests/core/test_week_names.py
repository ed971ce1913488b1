"""Reading a week as people name it, counted from a given day (no clock)."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.weeks import Week, week_named

SUNDAY = dt.date(2026, 12, 6)  # the last day of 2026-W49


@pytest.mark.parametrize(
    ("text", "week"),
    [
        ("2026-W49", Week(2026, 49)),
        ("2026w49", Week(2026, 49)),
        ("2026-12-07", Week(2026, 50)),
        ("2027-01-01", Week(2026, 53)),  # a Friday in the last ISO week of 2026
        ("this", Week(2026, 49)),
        ("this week", Week(2026, 49)),
        ("next", Week(2026, 50)),
        ("last", Week(2026, 48)),
        ("previous week", Week(2026, 48)),
    ],
)
def test_each_form_names_its_week(text: str, week: Week) -> None:
    assert week_named(text, SUNDAY) == week


def test_next_crosses_the_year() -> None:
    assert week_named("next", dt.date(2026, 12, 31)) == Week(2027, 1)


@pytest.mark.parametrize("text", ["", "week", "next next", "2026-12", "49", "nächste"])
def test_anything_else_says_which_forms_are_understood(text: str) -> None:
    with pytest.raises(ValueError, match="write it like 2026-W49, a day in it like 2026-12-02"):
        week_named(text, SUNDAY)


def test_next_past_the_last_year_is_refused() -> None:
    with pytest.raises(ValueError, match="outside the years 1900 to 2200"):
        week_named("next", dt.date(2200, 12, 30))
