"""Counts, publish times and times hidden in post ids, as the exports write them."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from planner.io.engagement.cells import (
    X_EPOCH_MS,
    moment_from_id,
    parse_count,
    parse_day,
    parse_moment,
    snowflake_moment,
)

UTC = ZoneInfo("UTC")


@pytest.mark.parametrize(
    ("cell", "count"),
    [
        ("1234", 1234), ("1,234", 1234), ("12 400", 12400), ("12\u00a0400", 12400),
        ("424.0", 424), ("1.234", 1234), (" 7 ", 7), (12, 12), (12.0, 12),
        ("", None), ("-", None), ("--", None), (None, None),
    ],
)  # fmt: skip
def test_counts_as_networks_and_spreadsheets_write_them(cell: str | int | None, count: int) -> None:
    assert parse_count(cell) == count


@pytest.mark.parametrize("cell", ["lots", "1.5", "12.5", 3.5, "-3", "1e3"])
def test_what_is_not_a_count_is_refused(cell: str | float) -> None:
    with pytest.raises(ValueError):
        parse_count(cell)


@pytest.mark.parametrize(
    ("cell", "moment"),
    [
        ("11/27/2026 09:00", (dt.date(2026, 11, 27), dt.time(9, 0))),
        ("2/3/2024 9:05", (dt.date(2024, 2, 3), dt.time(9, 5))),
        ("11/27/2026 9:05:30 PM", (dt.date(2026, 11, 27), dt.time(21, 5, 30))),
        ("11/27/2026 12:10 am", (dt.date(2026, 11, 27), dt.time(0, 10))),
        ("2026-11-27T09:00:00", (dt.date(2026, 11, 27), dt.time(9, 0))),
        ("11/27/2026", (dt.date(2026, 11, 27), None)),
        ("Tue, Jul 14, 2026", (dt.date(2026, 7, 14), None)),
        ("14 July 2026", (dt.date(2026, 7, 14), None)),
        (dt.datetime(2026, 11, 27, 9, 0), (dt.date(2026, 11, 27), dt.time(9, 0))),
        (dt.datetime(2026, 11, 27), (dt.date(2026, 11, 27), None)),
    ],
)
def test_publish_times_month_first_as_meta_writes_them(
    cell: str | dt.datetime, moment: tuple[dt.date, dt.time | None]
) -> None:
    assert parse_moment(cell) == moment


@pytest.mark.parametrize("cell", ["27/11/2026 09:00", "Lifetime", "", "13:00 11/27/2026"])
def test_what_is_not_a_publish_time_is_refused(cell: str) -> None:
    with pytest.raises(ValueError):
        parse_moment(cell)


def test_x_ids_from_real_exports_give_their_published_time() -> None:
    # Pairs seen in published X analytics files: a 2015 tweet-activity row gives its
    # time ("2015-09-30 18:42 +0000"), and a 2026 content row gives its day.
    tweet = snowflake_moment(649293177409679360, X_EPOCH_MS, UTC)
    assert tweet is not None and tweet.replace(second=0) == dt.datetime(2015, 9, 30, 18, 42)
    content = moment_from_id("2035933611212357737", dt.date(2026, 3, 23), X_EPOCH_MS, UTC)
    assert content is not None and content.date() == dt.date(2026, 3, 23)


def test_an_id_whose_day_disagrees_or_is_no_number_tells_nothing() -> None:
    assert moment_from_id("2035933611212357737", dt.date(2026, 3, 26), X_EPOCH_MS, UTC) is None
    assert moment_from_id("https://x.com/a/status/1", None, X_EPOCH_MS, UTC) is None
    assert moment_from_id("", None, X_EPOCH_MS, UTC) is None


def test_a_day_alone_reads_in_every_way_x_writes_it() -> None:
    assert parse_day("Mon, Mar 23, 2026") == parse_day("2026-03-23") == dt.date(2026, 3, 23)
