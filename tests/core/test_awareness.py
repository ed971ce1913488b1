"""Awareness days: the shipped list, date rules checked against the calendar, own days."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.core.awareness import (
    AwarenessDay,
    OwnDay,
    days_between,
    load_observances,
    parse_day_rule,
    read_observances,
    span_end,
    to_json,
)

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
NAMED = {
    "World Oral Health Day": (3, 20),
    "World Health Day": (4, 7),
    "World Heart Day": (9, 29),
    "World Mental Health Day": (10, 10),
    "World Diabetes Day": (11, 14),
}


def names_on(day: dt.date, country: str | None) -> set[str]:
    return {d.name for d in days_between(day, day, country) if d.date == day}


@pytest.mark.parametrize("year", [2027, 2028])
@pytest.mark.parametrize("country", ["GB", "US", None])
def test_the_five_named_observances_fall_on_their_dates(year: int, country: str | None) -> None:
    for name, (month, day) in NAMED.items():
        assert name in names_on(dt.date(year, month, day), country)
    whole_year = days_between(dt.date(year, 1, 1), dt.date(year, 12, 31), country)
    for name, (month, day) in NAMED.items():
        assert [d.date for d in whole_year if d.name == name] == [dt.date(year, month, day)]


@pytest.mark.parametrize(
    ("name", "country", "dates"),
    [
        # Read off a calendar: March 2027 begins on a Monday, March 2028 on a Wednesday.
        ("World Kidney Day", "GB", [dt.date(2027, 3, 11), dt.date(2028, 3, 9)]),
        # September 2027 ends on a Thursday; September 2028 begins and ends on Fridays.
        (
            "World's Biggest Coffee Morning (Macmillan)",
            "GB",
            [dt.date(2027, 9, 24), dt.date(2028, 9, 29)],
        ),
        # November 2027 begins on a Monday, November 2028 on a Wednesday.
        ("Great American Smokeout", "US", [dt.date(2027, 11, 18), dt.date(2028, 11, 16)]),
        ("World Asthma Day", None, [dt.date(2027, 5, 4), dt.date(2028, 5, 2)]),
    ],
)
def test_nth_weekday_rules_land_on_the_calendar_day(
    name: str, country: str | None, dates: list[dt.date]
) -> None:
    found = days_between(dt.date(2027, 1, 1), dt.date(2028, 12, 31), country)
    assert [d.date for d in found if d.name == name] == dates


@given(
    year=st.integers(1900, 2200),
    month=st.integers(1, 12),
    weekday=st.integers(0, 6),
    nth=st.sampled_from([1, 2, 3, 4, 5, -1]),
)
def test_nth_weekday_rules_agree_with_the_month_calendar(
    year: int, month: int, weekday: int, nth: int
) -> None:
    words = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 5: "5th", -1: "last"}[nth]
    # Fixed English names: calendar.day_abbr would follow the machine's locale.
    day_name = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[weekday]
    month_name = MONTHS[month - 1]
    rule = parse_day_rule(f"{words} {day_name} of {month_name}")
    weeks = calendar.Calendar().monthdayscalendar(year, month)
    days = [week[weekday] for week in weeks if week[weekday] != 0]
    expected = days[-1] if nth == -1 else (days[nth - 1] if nth <= len(days) else None)
    assert rule.on(year) == (None if expected is None else dt.date(year, month, expected))


def test_a_country_adds_its_own_observances_to_everyones() -> None:
    mid_october = (dt.date(2027, 10, 11), dt.date(2027, 10, 17))
    gb = {d.name for d in days_between(*mid_october, "gb")}
    us = {d.name for d in days_between(*mid_october, "US")}
    everywhere = {d.name for d in days_between(*mid_october, None)}
    assert {"Stoptober", "Breast Cancer Awareness Month"} <= gb - us
    assert {"National Dental Hygiene Month", "National Physical Therapy Month"} <= us - gb
    assert everywhere == gb & us
    assert "World Sight Day" in everywhere  # the second Thursday: 14 October 2027


def test_weeks_and_months_that_began_earlier_keep_their_real_start() -> None:
    found = days_between(dt.date(2027, 4, 26), dt.date(2027, 5, 2), "GB")
    week = next(d for d in found if d.name == "World Immunization Week")
    assert (week.date, week.last, week.span) == (dt.date(2027, 4, 24), dt.date(2027, 4, 30), "week")
    smile = days_between(dt.date(2027, 6, 10), dt.date(2027, 6, 10), "GB")
    assert [(d.name, d.date, d.last) for d in smile] == [
        ("National Smile Month", dt.date(2027, 5, 15), dt.date(2027, 6, 14))
    ]
    assert days_between(dt.date(2027, 6, 15), dt.date(2027, 6, 30), "GB") == []


def test_hidden_names_are_left_out_whatever_their_case() -> None:
    day = dt.date(2027, 3, 20)
    assert "World Oral Health Day" in names_on(day, "GB")
    assert days_between(day, day, "GB", hidden_names=["world ORAL health day "]) == []


def test_own_days_once_or_every_year() -> None:
    own = [
        OwnDay("Practice birthday", dt.date(2020, 2, 29), yearly=True),
        OwnDay("Open day", dt.date(2027, 6, 5)),
    ]
    found = days_between(dt.date(2027, 1, 1), dt.date(2028, 12, 31), None, own_days=own)
    ours = [(d.date, d.name, d.own, d.span, d.source) for d in found if d.own]
    assert ours == [
        (dt.date(2027, 2, 28), "Practice birthday", True, "day", ""),
        (dt.date(2027, 6, 5), "Open day", True, "day", ""),
        (dt.date(2028, 2, 29), "Practice birthday", True, "day", ""),
    ]
    before = days_between(dt.date(2019, 1, 1), dt.date(2019, 12, 31), None, own_days=own)
    assert not [d for d in before if d.own]
    hidden = days_between(
        dt.date(2027, 6, 5), dt.date(2027, 6, 5), None, own, hidden_names=["open day"]
    )
    assert hidden == []


def test_json_has_the_documented_shape() -> None:
    found = days_between(dt.date(2027, 3, 20), dt.date(2027, 3, 20), "GB")
    assert to_json(found) == [
        {
            "date": "2027-03-20",
            "name": "World Oral Health Day",
            "source": "https://www.worldoralhealthday.org/",
            "span": "day",
        }
    ]
    assert isinstance(found[0], AwarenessDay)


def test_the_shipped_list_is_complete_and_sourced() -> None:
    shipped = load_observances()
    assert len(shipped) >= 20
    assert {o.country for o in shipped} == {"ALL", "GB", "US"}
    assert all(o.source.startswith("https://") for o in shipped)
    assert len({(o.name, o.country) for o in shipped}) == len(shipped)
    assert set(NAMED) <= {o.name for o in shipped}


@pytest.mark.parametrize(
    ("rule", "month", "day"),
    [("03-20", 3, 20), ("week of 11-18", 11, 18), ("Oct", 10, 1), ("october", 10, 1)],
)
def test_fixed_days_months_and_weeks_parse(rule: str, month: int, day: int) -> None:
    assert parse_day_rule(rule).on(2027) == dt.date(2027, month, day)
    assert parse_day_rule(rule).week == rule.startswith("week")


def test_a_week_of_an_nth_weekday_starts_on_that_day() -> None:
    rule = parse_day_rule("week of 2nd Mon of May")
    assert rule.week
    assert rule.on(2027) == dt.date(2027, 5, 10)  # May 2027 begins on a Saturday
    assert span_end(dt.date(2027, 5, 10), "week") == dt.date(2027, 5, 16)


@pytest.mark.parametrize(
    "rule", ["13-01", "02-30", "3-20", "6th Mon of May", "2nd Xyz of May", "Smarch", ""]
)
def test_bad_rules_say_how_to_write_one(rule: str) -> None:
    with pytest.raises(ValueError, match="write it like 03-20, 2nd Tue of Mar"):
        parse_day_rule(rule)


def test_a_leap_day_rule_skips_common_years() -> None:
    assert parse_day_rule("02-29").on(2027) is None
    assert parse_day_rule("02-29").on(2028) == dt.date(2028, 2, 29)
    assert parse_day_rule("5th Mon of Feb").on(2027) is None
    assert parse_day_rule("5th Mon of Feb").on(2016) == dt.date(2016, 2, 29)


HEADER = "name,rule,country,span,source\n"


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ("Day,03-20,GB,fortnight,https://x.example\n", "line 2: span 'fortnight'"),
        ("Day,week of 03-20,GB,day,https://x.example\n", "line 2: 'week of 03-20' is a week"),
        ("Day,Oct,GB,day,https://x.example\n", "line 2: 'Oct' is a month"),
        ("Day,03-20,Britain,day,https://x.example\n", "line 2: country 'Britain'"),
        ("Day,03-20,GB,day,x.example\n", "line 2: the source must be"),
        ("OK,03-20,GB,day,https://x.example\n,03-21,GB,day,https://x\n", "line 3: the name"),
        ("Day,sometime,GB,day,https://x.example\n", "line 2: 'sometime' is not a date rule"),
    ],
)
def test_an_edited_list_is_refused_by_line_with_the_reason(body: str, says: str) -> None:
    with pytest.raises(ValueError) as caught:
        read_observances(HEADER + body, "my-days.csv")
    assert str(caught.value).startswith("my-days.csv ")
    assert says in str(caught.value)


def test_a_list_without_the_header_is_refused() -> None:
    with pytest.raises(ValueError, match="first line must be name,rule,country,span,source"):
        read_observances("name,date\nX,03-20\n")
    with_bom = "\ufeff" + HEADER + "Day,03-20,gb,DAY,https://x.example\n"
    (only,) = read_observances(with_bom)
    assert (only.country, only.span) == ("GB", "day")


def test_a_month_from_mid_month_ends_the_day_before_the_same_day_next_month() -> None:
    assert span_end(dt.date(2027, 12, 15), "month") == dt.date(2028, 1, 14)
    assert span_end(dt.date(2028, 2, 1), "month") == dt.date(2028, 2, 29)
    own_list = read_observances(HEADER + "Winter,12-15,ALL,month,https://x.example\n")
    january = days_between(dt.date(2028, 1, 1), dt.date(2028, 1, 7), None, observances=own_list)
    assert [(d.date, d.last) for d in january] == [(dt.date(2027, 12, 15), dt.date(2028, 1, 14))]
