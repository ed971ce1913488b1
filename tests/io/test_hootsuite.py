"""Hootsuite bulk files: both date orders, detection, and rows that cannot be real."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.domain import Kind, Platform, Post, Status
from planner.io.hootsuite import (
    DateOrderConflict,
    detect_date_order,
    parse_datetime,
    parse_hootsuite,
)

DMY = (
    "01/12/2026 09:00,Brush twice a day,https://example.org/brush\r\n"
    '13/12/2026 17:45,"Open late, Thursdays\nCall us",\r\n'
    "2/12/2026 8:05,Short fields too\r\n"
)
MDY = (
    "12/01/2026 09:00,Brush twice a day,https://example.org/brush\r\n"
    '12/13/2026 17:45,"Open late, Thursdays\nCall us",\r\n'
    "12/2/2026 8:05,Short fields too\r\n"
)
EXPECTED = [
    Post(Platform.FACEBOOK, Kind.SHARED, "Brush twice a day", Status.SCHEDULED,
         dt.date(2026, 12, 1), dt.time(9, 0), link="https://example.org/brush"),
    Post(Platform.FACEBOOK, Kind.SHARED, "Open late, Thursdays\nCall us", Status.SCHEDULED,
         dt.date(2026, 12, 13), dt.time(17, 45)),
    Post(Platform.FACEBOOK, Kind.SHARED, "Short fields too", Status.SCHEDULED,
         dt.date(2026, 12, 2), dt.time(8, 5)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "order"), [(DMY, "dmy"), (MDY, "mdy")])
def test_both_date_orders_land_on_the_same_days(text: str, order: str) -> None:
    result = parse_hootsuite(text, date_order=order, platform="facebook", kind="shared")  # type: ignore[arg-type]
    assert result.errors == []
    assert result.layout == "hootsuite"
    assert result.posts == EXPECTED


def test_platform_kind_and_status_apply_to_the_whole_file() -> None:
    result = parse_hootsuite(
        DMY, date_order="dmy", platform="twitter", kind=Kind.PROMOTIONAL, status=Status.DRAFT
    )
    assert {(p.platform, p.kind, p.status) for p in result.posts} == {
        (Platform.X, Kind.PROMOTIONAL, Status.DRAFT)
    }


@pytest.mark.parametrize(
    ("rows", "order"),
    [
        ([["13/01/2026 09:00"], ["01/02/2026 09:00"]], "dmy"),
        ([["01/02/2026 09:00"], ["01/13/2026 09:00"]], "mdy"),
        ([["01/02/2026 09:00"], ["12/12/2026 09:00"]], "ambiguous"),
        ([[], ["not a date"], ["32/01/2026 09:00"], ["01/02/2026 09:00"]], "ambiguous"),
        ([], "ambiguous"),
    ],
)
def test_detect_date_order(rows: list[list[str]], order: str) -> None:
    assert detect_date_order(rows) == order


def test_conflicting_rows_name_both() -> None:
    rows = [["01/02/2026 09:00"], ["25/03/2026 09:00"], ["03/26/2026 09:00"]]
    with pytest.raises(DateOrderConflict) as info:
        detect_date_order(rows)
    assert str(info.value) == (
        "Row 2 has '25/03/2026 09:00', which can only be day/month/year, but row 3 has "
        "'03/26/2026 09:00', which can only be month/day/year; use one date order for the "
        "whole file."
    )


@pytest.mark.parametrize(
    ("cell", "order", "message"),
    [
        ("31/02/2026 09:00", "dmy", "'31/02/2026 09:00' is not a real date in day/month/year "
                                    "order"),
        ("02/31/2026 09:00", "mdy", "'02/31/2026 09:00' is not a real date in month/day/year "
                                    "order"),
        ("13/25/2026 09:00", "dmy", "'13/25/2026 09:00' is not a real date in day/month/year "
                                    "order"),
        ("01/12/2026 25:00", "dmy", "'01/12/2026 25:00' is not a real time; use 00:00 to 23:59"),
        ("01/12/2026 09:60", "dmy", "'01/12/2026 09:60' is not a real time; use 00:00 to 23:59"),
        ("2026-12-01 09:00", "dmy", "'2026-12-01 09:00' is not a date and time; write it as "
                                    "DD/MM/YYYY HH:MM"),
        ("01/12/2026 9:00 PM", "mdy", "'01/12/2026 9:00 PM' has a 12-hour time; a Hootsuite bulk "
                                      "file takes 24-hour times, so write it as 01/12/2026 21:00"),
        ("01/12/2026 12:05 am", "dmy", "'01/12/2026 12:05 am' has a 12-hour time; a Hootsuite "
                                       "bulk file takes 24-hour times, so write it as 01/12/2026 "
                                       "00:05"),
        ("01/12/2026 13:00 PM", "dmy", "'01/12/2026 13:00 PM' has a 12-hour time; a Hootsuite "
                                       "bulk file takes 24-hour times, so write it as "
                                       "DD/MM/YYYY HH:MM"),
    ],
)  # fmt: skip
def test_impossible_date_times(cell: str, order: str, message: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_datetime(cell, order)  # type: ignore[arg-type]
    assert str(info.value) == message


def test_leap_day_and_seconds() -> None:
    assert parse_datetime("29/02/2028 23:59:00", "dmy") == (dt.date(2028, 2, 29), dt.time(23, 59))
    with pytest.raises(ValueError, match="not a real date"):
        parse_datetime("29/02/2027 10:00", "dmy")


def test_bad_rows_are_reported_and_nothing_is_kept() -> None:
    text = (
        "01/12/2026 09:00,Fine\r\n"  # row 1
        "31/02/2026 09:00,No such day\r\n"  # row 2
        "01/12/2026 25:00,No such hour\r\n"  # row 3
        "\r\n"  # row 4: blank
        "01/12/2026 09:00,\r\n"  # row 5: no message
        "01/12/2026 09:00," + "x" * 281 + "\r\n"  # row 6: too long for X
        "01/12/2026 09:00,Hi,https://a.b,https://a.b/i.png,extra\r\n"  # row 7
        "01/12/2026 09:01:30,Seconds\r\n"  # row 8
    )
    result = parse_hootsuite(text, date_order="dmy", platform=Platform.X, kind=Kind.ORIGINAL)
    assert result.posts == []
    assert [str(e) for e in result.errors] == [
        "row 2: '31/02/2026 09:00' is not a real date in day/month/year order",
        "row 3: '01/12/2026 25:00' is not a real time; use 00:00 to 23:59",
        "row 5: the text is empty",
        "row 6: the text has 281 characters; X allows 280",
        "row 7: the row has 5 cells; a Hootsuite bulk row has the date and time, the message, "
        "an optional link and an optional image URL (a message holding a comma must be in "
        "quotes)",
        "row 8: times are whole minutes",
    ]
    assert [r.row for r in result.rows] == [1, 2, 3, 5, 6, 7, 8]
    assert result.rows[0].post is not None


def test_a_header_row_from_a_template_is_skipped() -> None:
    text = "Date,Message,Link\n13/12/2026 09:00,Hello,\n"
    result = parse_hootsuite(text, date_order="dmy", platform="x", kind="shared")
    assert result.errors == []
    assert [p.date for p in result.posts] == [dt.date(2026, 12, 13)]


def test_empty_file_says_so() -> None:
    result = parse_hootsuite("\n\n", date_order="dmy", platform="x", kind="shared")
    assert [str(e) for e in result.errors] == ["row 1: the file has no rows to import"]


def test_unknown_date_order_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="date_order must be"):
        parse_hootsuite(DMY, date_order="ymd", platform="x", kind="shared")  # type: ignore[arg-type]
