from __future__ import annotations

import datetime as dt

import pytest

from planner.core.domain import (
    Kind,
    Platform,
    Post,
    Status,
    day_name,
    first_line,
    parse_date,
    parse_time,
    short_day,
)
from planner.core.settings import Band, Settings


def test_platform_aliases_and_labels() -> None:
    assert Platform.parse("twitter") is Platform.X
    assert Platform.parse(" X ") is Platform.X
    assert Platform.parse("LinkedIn") is Platform.LINKEDIN
    with pytest.raises(ValueError, match="unknown platform 'myspace'; use one of facebook"):
        Platform.parse("myspace")


def test_every_platform_has_a_short_name_in_capitals() -> None:
    # Narrow cards and printed cells use these; "in" for LinkedIn read like a word.
    assert {p.value: p.short for p in Platform} == {
        "facebook": "FB",
        "x": "X",
        "linkedin": "LI",
        "instagram": "IG",
    }
    for platform in Platform:
        assert platform.short.isupper() and len(platform.short) <= 2


def test_kinds_have_a_letter_and_distinct_colours() -> None:
    assert [k.letter for k in Kind] == ["O", "S", "P"]
    assert len({k.colour for k in Kind}) == 3
    assert Kind.parse("P") is Kind.PROMOTIONAL


def test_idea_needs_no_date_but_a_draft_does() -> None:
    idea = Post(Platform.X, Kind.SHARED, "later", Status.IDEA)
    assert idea.is_idea and idea.problems() == []
    draft = Post(Platform.X, Kind.SHARED, "now", Status.DRAFT)
    assert draft.problems() == ["A draft post needs a date.", "A draft post needs a time."]
    dated_idea = Post(Platform.X, Kind.SHARED, "x", Status.IDEA, dt.date(2026, 1, 1), dt.time(9))
    assert "An idea has no date" in dated_idea.problems()[0]


def test_text_limits_follow_the_platform() -> None:
    day, at = dt.date(2026, 12, 1), dt.time(9)
    assert Post(Platform.X, Kind.SHARED, "a" * 280, Status.DRAFT, day, at).problems() == []
    long = Post(Platform.X, Kind.SHARED, "a" * 281, Status.DRAFT, day, at)
    assert long.problems() == ["The text has 281 characters; X allows 280."]
    assert Post(Platform.FACEBOOK, Kind.SHARED, "a" * 281, Status.DRAFT, day, at).problems() == []
    assert Post(Platform.X, Kind.SHARED, "  ", Status.DRAFT, day, at).problems() == [
        "The text is empty."
    ]


def test_strict_date_and_time_parsing() -> None:
    assert parse_date("2026-12-01") == dt.date(2026, 12, 1)
    assert parse_time("09:05") == dt.time(9, 5)
    for bad in ("2026-02-30", "1/12/2026", "2026-1-1"):
        with pytest.raises(ValueError, match="YYYY-MM-DD"):
            parse_date(bad)
    for bad in ("9:00", "24:00", "09:60", "0900", "ab:cd"):
        with pytest.raises(ValueError, match="HH:MM"):
            parse_time(bad)


def test_day_names_are_english_whatever_the_locale() -> None:
    assert day_name(dt.date(2026, 12, 1)) == "Tuesday"
    assert short_day(dt.date(2026, 12, 1)) == "Tue 1 Dec"


def test_first_line_skips_blank_lines_and_elides() -> None:
    assert first_line("\n\n  Flu clinic open  \nsecond") == "Flu clinic open"
    assert first_line("Flu clinic open on Saturday", width=12) == "Flu clinic…"


def test_settings_round_trip_and_validation() -> None:
    changed = Settings(practice_name="Smile Dental").with_changes(
        bands={**Settings().bands, Kind.SHARED: Band(0.45, 0.75)},
        daily_limits={**Settings().daily_limits, Platform.FACEBOOK: 2},
        day_start_hour=8,
    )
    assert Settings.from_dict(changed.to_dict()) == changed
    assert Settings.from_dict({}) == Settings()
    assert Settings(day_start_hour=20, day_end_hour=8).problems()
    with pytest.raises(ValueError):
        Band(0.5, 0.4)


def test_unsaveable_characters_are_explained() -> None:
    day, at = dt.date(2026, 12, 1), dt.time(9)
    nul = Post(Platform.X, Kind.SHARED, "a\x00b", Status.DRAFT, day, at)
    assert nul.problems() == ["The text holds a NUL character, which cannot be saved."]
    broken = Post(Platform.X, Kind.SHARED, "a\ud800b", Status.DRAFT, day, at)
    assert broken.problems() == ["The text holds a broken character that cannot be saved."]
