"""Where a new post goes, and how long its text is for its platform."""

from __future__ import annotations

import datetime as dt

from planner.core.domain import Kind, Platform, Post
from planner.core.settings import Settings
from planner.core.slots import next_free_slot, next_quarter, platform_with_room
from planner.core.text_length import counted_length

TUE = dt.date(2026, 12, 1)
WED = dt.date(2026, 12, 2)
SETTINGS = Settings(day_start_hour=8, day_end_hour=18)


def at(day: dt.date, hour: int, minute: int = 0, platform: Platform = Platform.FACEBOOK) -> Post:
    return Post(platform, Kind.ORIGINAL, "text", date=day, time=dt.time(hour, minute))


def posts_on(posts: list[Post]):  # type: ignore[no-untyped-def]
    return lambda day: [p for p in posts if p.date == day]


def test_next_quarter_rounds_up_and_keeps_a_whole_quarter() -> None:
    assert next_quarter(dt.datetime(2026, 12, 1, 10, 1)) == dt.datetime(2026, 12, 1, 10, 15)
    assert next_quarter(dt.datetime(2026, 12, 1, 10, 15)) == dt.datetime(2026, 12, 1, 10, 15)
    assert next_quarter(dt.datetime(2026, 12, 1, 10, 14, 30)) == dt.datetime(2026, 12, 1, 10, 15)
    assert next_quarter(dt.datetime(2026, 12, 1, 23, 50)) == dt.datetime(2026, 12, 2, 0, 0)


def test_late_in_the_evening_the_slot_is_the_next_working_morning() -> None:
    slot = next_free_slot(dt.datetime(2026, 12, 1, 23, 50), posts_on([]), SETTINGS)
    assert slot == (WED, dt.time(8, 0))


def test_before_opening_the_slot_is_the_opening_hour() -> None:
    assert next_free_slot(dt.datetime(2026, 12, 1, 6, 5), posts_on([]), SETTINGS) == (
        TUE,
        dt.time(8, 0),
    )


def test_taken_quarters_are_skipped() -> None:
    taken = [at(TUE, 10, 15), at(TUE, 10, 30)]
    slot = next_free_slot(dt.datetime(2026, 12, 1, 10, 2), posts_on(taken), SETTINGS)
    assert slot == (TUE, dt.time(10, 45))


def test_a_later_week_starts_at_its_monday() -> None:
    monday = dt.date(2026, 12, 7)
    slot = next_free_slot(dt.datetime(2026, 12, 1, 12, 0), posts_on([]), SETTINGS, monday)
    assert slot == (monday, dt.time(8, 0))


def test_a_full_platform_gives_way_to_one_with_room() -> None:
    day = [at(TUE, 9)]
    assert platform_with_room(TUE, day, SETTINGS) is Platform.X
    assert platform_with_room(TUE, [], SETTINGS) is Platform.FACEBOOK
    everything = [at(TUE, 9, platform=p) for p in Platform for _ in range(5)]
    assert platform_with_room(TUE, everything, SETTINGS) is Platform.FACEBOOK


def test_x_counts_every_link_as_23_characters() -> None:
    address = "https://www.nhs.uk/conditions/flu/a-very-long-page-address"
    assert counted_length(f"Flu jabs {address}", "", Platform.X) == len("Flu jabs ") + 23
    assert counted_length("Flu jabs", address, Platform.X) == len("Flu jabs") + 1 + 23
    assert counted_length("", "https://a.org", Platform.X) == 23
    assert counted_length(f"Flu jabs {address}", address, Platform.FACEBOOK) == 9 + len(address)
