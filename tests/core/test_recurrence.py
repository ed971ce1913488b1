"""Series dates: local wall-clock times across clock changes, RFC 5545 ends, split and top-up."""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.recurrence import (
    SeriesRule,
    check_series,
    ended_after,
    missing_occurrences,
    next_dates,
    occurrence_days,
    occurrences,
    split_series,
)

LONDON = "Europe/London"
NEW_YORK = "America/New_York"
NINE = dt.time(9, 0)
HOUR = dt.timedelta(hours=1)


def series(text: str, start: dt.date, at: dt.time = NINE, zone: str = LONDON) -> SeriesRule:
    return SeriesRule(text, at, zone, start)


@pytest.mark.parametrize(
    ("zone", "spring", "autumn"),
    [
        # Clock changes of 2027: last Sundays of March and October in London,
        # second Sunday of March and first Sunday of November in New York.
        (LONDON, dt.date(2027, 3, 28), dt.date(2027, 10, 31)),
        (NEW_YORK, dt.date(2027, 3, 14), dt.date(2027, 11, 7)),
    ],
)
def test_a_weekly_nine_oclock_stays_at_nine_across_both_clock_changes(
    zone: str, spring: dt.date, autumn: dt.date
) -> None:
    rule = series("FREQ=WEEKLY;BYDAY=SU", dt.date(2027, 1, 1), zone=zone)
    found = occurrences(rule, dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    assert len(found) == 52
    assert {o.time for o in found} == {NINE}
    assert all(o.date.weekday() == 6 and o.date == o.day for o in found)
    winter = ZoneInfo(zone).utcoffset(dt.datetime(2027, 1, 15))
    assert winter is not None
    offsets = {o.date: o.at.utcoffset() for o in found}
    assert {offsets[d] for d in offsets if d < spring} == {winter}
    assert {offsets[d] for d in offsets if spring <= d < autumn} == {winter + HOUR}
    assert {offsets[d] for d in offsets if d >= autumn} == {winter}


def test_days_are_counted_on_the_calendar_not_in_24_hour_steps() -> None:
    rule = series("FREQ=DAILY", dt.date(2027, 3, 26))
    found = occurrences(rule, dt.date(2027, 3, 26), dt.date(2027, 3, 30))
    gaps = [b.at.astimezone(dt.UTC) - a.at.astimezone(dt.UTC) for a, b in itertools.pairwise(found)]
    # 27 to 28 March is a 23-hour day in London; every post is still at 09:00.
    assert gaps == [dt.timedelta(hours=h) for h in (24, 23, 24, 24)]
    assert [o.time for o in found] == [NINE] * 5


def test_a_time_in_the_spring_gap_moves_forward_by_the_gap() -> None:
    rule = series("FREQ=WEEKLY;BYDAY=SU", dt.date(2027, 3, 1), dt.time(2, 30), NEW_YORK)
    found = occurrences(rule, dt.date(2027, 3, 1), dt.date(2027, 3, 31))
    by_day = {o.day: o for o in found}
    assert by_day[dt.date(2027, 3, 14)].time == dt.time(3, 30)
    assert by_day[dt.date(2027, 3, 14)].at.utcoffset() == -4 * HOUR
    assert [by_day[d].time for d in sorted(by_day) if d != dt.date(2027, 3, 14)] == [
        dt.time(2, 30)
    ] * 3

    london = series("FREQ=DAILY;COUNT=1", dt.date(2027, 3, 28), dt.time(1, 30))
    (only,) = occurrences(london, dt.date(2027, 3, 28), dt.date(2027, 3, 28))
    assert (only.date, only.time) == (dt.date(2027, 3, 28), dt.time(2, 30))


@pytest.mark.parametrize(
    ("zone", "day", "summer"),
    [(LONDON, dt.date(2027, 10, 31), HOUR), (NEW_YORK, dt.date(2027, 11, 7), -4 * HOUR)],
)
def test_an_ambiguous_time_takes_the_first_of_the_two(
    zone: str, day: dt.date, summer: dt.timedelta
) -> None:
    rule = series("FREQ=DAILY;COUNT=1", day, dt.time(1, 30), zone)
    (only,) = occurrences(rule, day, day)
    assert only.time == dt.time(1, 30)
    assert only.at.utcoffset() == summer  # still on summer time: the first 01:30
    assert only.at.fold == 0


def test_count_ends_the_series_after_that_many_days() -> None:
    rule = series("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=5", dt.date(2027, 3, 1))
    days = occurrence_days(rule, dt.date(2020, 1, 1), dt.date(2030, 1, 1))
    assert days == [
        dt.date(2027, 3, 1),
        dt.date(2027, 3, 4),
        dt.date(2027, 3, 8),
        dt.date(2027, 3, 11),
        dt.date(2027, 3, 15),
    ]
    # A window that starts late still counts from the series' start.
    assert occurrence_days(rule, dt.date(2027, 3, 9), dt.date(2030, 1, 1)) == days[3:]


@pytest.mark.parametrize(
    ("until", "last"),
    [
        ("20270329", dt.date(2027, 3, 29)),  # a plain date is inclusive
        ("20270328", dt.date(2027, 3, 22)),
        ("20270329T080000Z", dt.date(2027, 3, 29)),  # 09:00 BST is 08:00 UTC
        ("20270329T075900Z", dt.date(2027, 3, 22)),
        ("20270322T090000Z", dt.date(2027, 3, 22)),  # 09:00 GMT is 09:00 UTC
        ("20270329T090000", dt.date(2027, 3, 29)),  # floating local time
        ("20270329T085900", dt.date(2027, 3, 22)),
    ],
)
def test_until_as_a_date_or_a_time_ends_on_the_right_day(until: str, last: dt.date) -> None:
    rule = series(f"FREQ=WEEKLY;BYDAY=MO;UNTIL={until}", dt.date(2027, 3, 1))
    days = occurrence_days(rule, dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    assert days[0] == dt.date(2027, 3, 1)
    assert days[-1] == last
    assert all(b - a == dt.timedelta(days=7) for a, b in itertools.pairwise(days))


@pytest.mark.parametrize("text", ["FREQ=MONTHLY;BYMONTHDAY=31", "FREQ=MONTHLY"])
def test_monthly_on_the_31st_skips_months_without_one(text: str) -> None:
    rule = series(text, dt.date(2027, 1, 31))
    days = occurrence_days(rule, dt.date(2027, 1, 1), dt.date(2028, 12, 31))
    expected = [
        dt.date(year, month, 31)
        for year in (2027, 2028)
        for month in range(1, 13)
        if calendar.monthrange(year, month)[1] == 31
    ]
    assert days == expected


def test_monthly_on_the_last_day_follows_each_month() -> None:
    rule = series("FREQ=MONTHLY;BYMONTHDAY=-1", dt.date(2028, 1, 1))
    days = occurrence_days(rule, dt.date(2028, 1, 1), dt.date(2028, 12, 31))
    assert days == [dt.date(2028, m, calendar.monthrange(2028, m)[1]) for m in range(1, 13)]


def test_skipped_days_and_the_end_day_leave_posts_out() -> None:
    rule = SeriesRule(
        "FREQ=DAILY",
        NINE,
        LONDON,
        dt.date(2027, 5, 1),
        end=dt.date(2027, 5, 5),
        skipped=frozenset({dt.date(2027, 5, 3)}),
    )
    assert occurrence_days(rule, dt.date(2027, 1, 1), dt.date(2027, 12, 31)) == [
        dt.date(2027, 5, 1),
        dt.date(2027, 5, 2),
        dt.date(2027, 5, 4),
        dt.date(2027, 5, 5),
    ]
    assert ended_after(rule, dt.date(2027, 5, 2)).end == dt.date(2027, 5, 2)
    with pytest.raises(ValueError, match="starts on 2027-05-01"):
        ended_after(rule, dt.date(2027, 4, 30))


def test_next_dates_are_strictly_after_the_day_given() -> None:
    rule = series("FREQ=MONTHLY;BYDAY=2TU", dt.date(2027, 1, 1))
    days = [o.date for o in next_dates(rule, dt.date(2027, 3, 9), n=3)]
    # Second Tuesdays, read off a calendar: 13 Apr, 11 May and 8 Jun 2027.
    assert days == [dt.date(2027, 4, 13), dt.date(2027, 5, 11), dt.date(2027, 6, 8)]
    sparse = series("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", dt.date(2027, 1, 1))
    assert [o.date.year for o in next_dates(sparse, dt.date(2027, 1, 1), n=3)] == [
        2028,
        2032,
        2036,
    ]
    two_days = series("FREQ=DAILY;COUNT=2", dt.date(2027, 1, 1))
    assert [o.date for o in next_dates(two_days, dt.date(2027, 1, 1))] == [dt.date(2027, 1, 2)]


def test_top_up_fills_the_year_ahead_and_never_the_past() -> None:
    rule = series("FREQ=WEEKLY;BYDAY=WE", dt.date(2027, 1, 6))
    today = dt.date(2027, 6, 1)
    all_ahead = occurrence_days(rule, today, today + dt.timedelta(days=366))
    existing = set(all_ahead[::2]) | {dt.date(2027, 1, 6)}
    missing = missing_occurrences(rule, existing, today)
    assert [o.day for o in missing] == all_ahead[1::2]
    assert min(o.day for o in missing) >= today
    assert max(o.day for o in missing) <= today + dt.timedelta(days=366)
    assert missing_occurrences(rule, all_ahead, today) == []


def test_a_rule_that_never_falls_is_refused_and_expands_to_nothing() -> None:
    never = series("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", dt.date(2027, 1, 1))
    assert occurrences(never, dt.date(2027, 1, 1), dt.date(2200, 12, 31)) == []
    with pytest.raises(ValueError, match="never falls"):
        check_series(never)
    with pytest.raises(ValueError, match="never falls"):
        check_series(series("FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=31", dt.date(2027, 9, 1)))
    with pytest.raises(ValueError, match="never falls"):
        check_series(series("FREQ=DAILY;INTERVAL=7;BYDAY=TU", dt.date(2027, 3, 1)))
    with pytest.raises(ValueError, match="no day between"):
        check_series(series("FREQ=WEEKLY;BYDAY=FR;UNTIL=20270302", dt.date(2027, 3, 1)))
    check_series(series("FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=31", dt.date(2027, 10, 1)))


def test_bad_zones_times_and_spans_are_refused_in_words() -> None:
    with pytest.raises(ValueError, match="IANA name like Europe/London"):
        SeriesRule("FREQ=DAILY", NINE, "Europe/Londn", dt.date(2027, 1, 1))
    with pytest.raises(ValueError, match=r"ends \(2027-01-01\) before it starts"):
        SeriesRule("FREQ=DAILY", NINE, LONDON, dt.date(2027, 1, 2), end=dt.date(2027, 1, 1))
    with pytest.raises(ValueError, match="whole minutes"):
        SeriesRule("FREQ=DAILY", dt.time(9, 0, 30), LONDON, dt.date(2027, 1, 1))


def test_rule_text_is_normalised_so_equal_rules_compare_equal() -> None:
    one = series("rrule:freq=weekly;byday=mo;", dt.date(2027, 1, 1))
    other = series("FREQ=WEEKLY;INTERVAL=1;BYDAY=MO", dt.date(2027, 1, 1))
    assert one == other
    assert one.rrule == "FREQ=WEEKLY;BYDAY=MO"


# --- "this and the following" -------------------------------------------------------

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@st.composite
def rule_texts(draw: st.DrawFn) -> str:
    freq = draw(st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]))
    parts = [f"FREQ={freq}", f"INTERVAL={draw(st.integers(1, 3))}"]
    if freq in ("DAILY", "WEEKLY") and draw(st.booleans()):
        days = draw(st.lists(st.sampled_from(WEEKDAYS), min_size=1, max_size=4, unique=True))
        parts.append("BYDAY=" + ",".join(days))
    if freq == "WEEKLY" and draw(st.booleans()):
        parts.append(f"WKST={draw(st.sampled_from(WEEKDAYS))}")
    if freq in ("MONTHLY", "YEARLY"):
        if freq == "YEARLY" and draw(st.booleans()):
            months = draw(st.lists(st.integers(1, 12), min_size=1, max_size=3, unique=True))
            parts.append("BYMONTH=" + ",".join(map(str, months)))
        choice = draw(st.sampled_from(["none", "monthday", "nth", "setpos"]))
        if freq == "YEARLY" and "BYMONTH" not in parts[-1]:
            choice = "none"  # a yearly rule names its months before its days
        if choice == "monthday":
            monthdays = draw(
                st.lists(st.integers(-31, 31).filter(bool), min_size=1, max_size=3, unique=True)
            )
            parts.append("BYMONTHDAY=" + ",".join(map(str, monthdays)))
        elif choice == "nth":
            nth = draw(st.sampled_from([1, 2, 3, 4, -1]))
            parts.append(f"BYDAY={nth}{draw(st.sampled_from(WEEKDAYS))}")
        elif choice == "setpos" and freq == "MONTHLY":
            days = draw(st.lists(st.sampled_from(WEEKDAYS), min_size=1, max_size=5, unique=True))
            parts.append(f"BYDAY={','.join(days)};BYSETPOS={draw(st.sampled_from([1, 2, -1]))}")
    end = draw(st.sampled_from(["none", "count", "until"]))
    if end == "count":
        parts.append(f"COUNT={draw(st.integers(1, 40))}")
    elif end == "until":
        parts.append(f"UNTIL={draw(st.dates(dt.date(2027, 1, 1), dt.date(2030, 12, 31))):%Y%m%d}")
    return ";".join(parts)


@settings(max_examples=150, deadline=None)
@given(
    text=rule_texts(),
    start=st.dates(dt.date(2026, 1, 1), dt.date(2028, 12, 31)),
    pick=st.integers(0, 10_000),
    skipped=st.lists(st.integers(0, 60), max_size=3),
)
def test_splitting_loses_and_doubles_no_day(
    text: str, start: dt.date, pick: int, skipped: list[int]
) -> None:
    window_end = dt.date(2032, 12, 31)
    plain = series(text, start)
    days = occurrence_days(plain, start, window_end)
    if not days:
        return
    rule = SeriesRule(
        text, NINE, LONDON, start, skipped=frozenset(days[i] for i in skipped if i < len(days))
    )
    at = days[pick % len(days)]
    before, after = split_series(rule, at)
    whole = occurrence_days(rule, start, window_end)
    first = occurrence_days(before, start, window_end) if before else []
    second = occurrence_days(after, start, window_end)
    assert first + second == whole
    assert all(d < at for d in first)
    assert all(d >= at for d in second)
    assert (before is None) == (at == days[0])
    assert after.start == at


@settings(max_examples=200, deadline=None)
@given(
    text=rule_texts(),
    start=st.dates(dt.date(2020, 1, 1), dt.date(2027, 12, 31)),
    late=st.integers(0, 3000),
)
def test_a_late_window_holds_the_same_days_as_the_whole_series(
    text: str, start: dt.date, late: int
) -> None:
    # A late window starts dateutil at a later period; the days must not change.
    rule = series(text, start)
    window_start = start + dt.timedelta(days=late)
    window_end = window_start + dt.timedelta(days=400)
    whole = occurrence_days(rule, start, window_end)
    assert occurrence_days(rule, window_start, window_end) == [
        d for d in whole if d >= window_start
    ]


def test_splitting_on_a_day_the_series_does_not_fall_on_is_refused() -> None:
    rule = series("FREQ=WEEKLY;BYDAY=MO", dt.date(2027, 3, 1))
    with pytest.raises(ValueError, match="2027-03-02 is not a day of this series"):
        split_series(rule, dt.date(2027, 3, 2))


def test_split_shares_out_the_count() -> None:
    rule = series("FREQ=WEEKLY;BYDAY=MO;COUNT=10", dt.date(2027, 3, 1))
    before, after = split_series(rule, dt.date(2027, 3, 22))
    assert before is not None
    assert before.end == dt.date(2027, 3, 21)
    assert "COUNT" not in before.rrule
    assert after.rrule == "FREQ=WEEKLY;BYDAY=MO;COUNT=7"
