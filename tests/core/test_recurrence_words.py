"""Repeat rules read and refused in plain words, described like a person would, and clock facts."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.recurrence import SeriesRule
from planner.core.recurrence_words import describe
from planner.core.rrule_text import ParsedRule, parse_rule
from planner.core.wall_clock import wall_clock_problem, zone_named


def described(text: str, start: dt.date = dt.date(2027, 3, 1)) -> str:
    return describe(SeriesRule(text, dt.time(9, 0), "Europe/London", start))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("FREQ=WEEKLY;BYDAY=MO;UNTIL=20270630", "Every week on Monday, until 30 Jun 2027"),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH,TU", "Every 2 weeks on Tuesday and Thursday"),
        ("FREQ=MONTHLY;BYMONTHDAY=15;COUNT=10", "Every month on day 15, 10 times"),
        ("FREQ=DAILY", "Every day"),
        ("FREQ=DAILY;INTERVAL=3", "Every 3 days"),
        ("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", "Every weekday (Monday to Friday)"),
        ("FREQ=DAILY;BYDAY=SA,SU", "Every Saturday and Sunday"),
        ("FREQ=DAILY;INTERVAL=2;BYDAY=SA,SU", "Every 2 days, on Saturday and Sunday only"),
        (
            "FREQ=DAILY;INTERVAL=3;BYDAY=MO,TU,WE,TH,FR",
            "Every 3 days, on weekdays (Monday to Friday) only",
        ),
        ("FREQ=YEARLY;BYMONTH=1,7;BYMONTHDAY=1", "Every year on day 1 of January and July"),
        ("FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=1", "Every month on the first Saturday or Sunday"),
        ("FREQ=WEEKLY", "Every week on Monday"),  # 1 March 2027 is a Monday
        ("FREQ=WEEKLY;BYDAY=MO,WE,FR", "Every week on Monday, Wednesday and Friday"),
        ("FREQ=MONTHLY", "Every month on day 1"),
        ("FREQ=MONTHLY;BYDAY=2TU", "Every month on the second Tuesday"),
        ("FREQ=MONTHLY;BYDAY=-1FR;COUNT=1", "Every month on the last Friday, once"),
        ("FREQ=MONTHLY;BYMONTHDAY=-1", "Every month on the last day"),
        ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "Every month on the last weekday"),
        ("FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", "Every month on day 13 when it is a Friday"),
        ("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1", "Every 3 months on day 1"),
        ("FREQ=YEARLY", "Every year on 1 March"),
        ("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=20", "Every year on 20 March"),
        ("FREQ=YEARLY;BYMONTH=3;BYDAY=2TU", "Every year on the second Tuesday of March"),
        (
            "FREQ=WEEKLY;BYDAY=MO;UNTIL=20270630T080000Z",
            "Every week on Monday, until 30 Jun 2027",
        ),
    ],
)
def test_describe_reads_like_a_person(text: str, words: str) -> None:
    assert described(text) == words


def test_describe_names_the_end_the_series_was_given() -> None:
    rule = SeriesRule(
        "FREQ=DAILY", dt.time(9), "Europe/London", dt.date(2027, 3, 1), end=dt.date(2027, 4, 2)
    )
    assert describe(rule) == "Every day, until 2 Apr 2027"


def test_parse_reads_every_part() -> None:
    rule = parse_rule("RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU,-1FR;WKST=SU;COUNT=4")
    assert rule == ParsedRule(freq="MONTHLY", interval=2, count=4, byday=((1, 2), (4, -1)), wkst=6)
    until = parse_rule("FREQ=DAILY;UNTIL=20270630T090000Z").until
    assert until == dt.datetime(2027, 6, 30, 9, tzinfo=dt.UTC)
    assert parse_rule("FREQ=DAILY;UNTIL=20270630").until == dt.date(2027, 6, 30)
    assert parse_rule(rule.to_text()) == rule


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "empty; write one, for example FREQ=WEEKLY;BYDAY=MO"),
        ("BYDAY=MO", "needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY"),
        ("FREQ=HOURLY", "FREQ=HOURLY is not supported"),
        ("FREQ=WEEKLY;BYDAY", "'BYDAY' in the repeat rule is not NAME=VALUE"),
        ("FREQ=WEEKLY;BYDAY=XX", "'XX' in BYDAY is not a weekday"),
        ("FREQ=WEEKLY;BYDAY=2MO", "only a monthly rule can do"),
        ("FREQ=MONTHLY;BYDAY=6MO", "number it from 1 to 5"),
        ("FREQ=WEEKLY;INTERVAL=0", "INTERVAL must be a whole number from 1"),
        ("FREQ=WEEKLY;COUNT=ten", "COUNT must be a whole number from 1"),
        ("FREQ=WEEKLY;COUNT=3;UNTIL=20270101", "COUNT or by UNTIL, not both"),
        ("FREQ=WEEKLY;UNTIL=2027-06-30", "write the last day like UNTIL=20270630"),
        ("FREQ=WEEKLY;UNTIL=20270230", "write the last day like UNTIL=20270630"),
        ("FREQ=MONTHLY;BYMONTHDAY=32", "'32' in BYMONTHDAY is not 1 to 31"),
        ("FREQ=MONTHLY;BYMONTHDAY=0", "'0' in BYMONTHDAY is not 1 to 31"),
        ("FREQ=WEEKLY;BYMONTHDAY=3", "BYMONTHDAY is for monthly and yearly rules"),
        ("FREQ=MONTHLY;BYMONTH=3", "BYMONTH is for yearly rules"),
        ("FREQ=YEARLY;BYMONTHDAY=3", "also needs BYMONTH"),
        ("FREQ=WEEKLY;BYSETPOS=1", "BYSETPOS picks from the days"),
        ("FREQ=DAILY;BYHOUR=9", "keeps its own time of day"),
        ("FREQ=YEARLY;BYWEEKNO=20", "BYWEEKNO is not supported"),
        ("FREQ=DAILY;COLOUR=RED", "COLOUR is not part of a repeat rule"),
        ("FREQ=DAILY;FREQ=WEEKLY", "FREQ appears twice"),
        ("FREQ=WEEKLY;BYDAY=MO,MO", "MO appears twice in BYDAY"),
        ("FREQ=WEEKLY;WKST=XY", "'XY' in WKST is not a weekday"),
    ],
)
def test_bad_rules_are_refused_with_a_sentence_to_act_on(text: str, says: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_rule(text)
    message = str(caught.value)
    assert says in message
    assert message.endswith(".")


def test_gap_times_are_named_with_the_time_after_the_gap() -> None:
    problem = wall_clock_problem(dt.date(2027, 3, 28), dt.time(1, 30), "Europe/London")
    assert problem is not None
    assert problem.kind == "gap"
    assert problem.time == dt.time(2, 30)
    assert problem.message == (
        "01:30 on Sun 28 Mar 2027 does not exist in Europe/London (clocks go forward); "
        "02:30 is the time after the gap."
    )
    new_york = wall_clock_problem(dt.date(2027, 3, 14), dt.time(2, 30), "America/New_York")
    assert new_york is not None
    assert new_york[:2] == ("gap", dt.time(3, 30))


def test_twice_happening_times_are_named_and_take_the_first() -> None:
    problem = wall_clock_problem(dt.date(2027, 10, 31), dt.time(1, 30), "Europe/London")
    assert problem is not None
    assert problem[:2] == ("ambiguous", dt.time(1, 30))
    assert problem.message == (
        "01:30 on Sun 31 Oct 2027 happens twice in Europe/London (clocks go back); "
        "the first one is used."
    )


@pytest.mark.parametrize(
    ("day", "at", "zone"),
    [
        (dt.date(2027, 3, 28), dt.time(0, 59), "Europe/London"),
        (dt.date(2027, 3, 28), dt.time(2, 0), "Europe/London"),
        (dt.date(2027, 10, 31), dt.time(2, 0), "Europe/London"),
        (dt.date(2027, 3, 14), dt.time(9, 0), "America/New_York"),
        (dt.date(2027, 3, 28), dt.time(1, 30), "Asia/Tokyo"),  # no clock changes there
    ],
)
def test_ordinary_times_have_no_problem(day: dt.date, at: dt.time, zone: str) -> None:
    assert wall_clock_problem(day, at, zone) is None


@pytest.mark.parametrize("name", ["", "Mars/Olympus", "Europe/Londn", " Europe/London", "../etc"])
def test_unknown_zones_are_refused_with_an_example(name: str) -> None:
    with pytest.raises(ValueError, match="use an IANA name like Europe/London"):
        zone_named(name)
