"""The settings by their dotted names, read and set as ``planner settings`` does."""

from __future__ import annotations

import json

import pytest

from planner.core.domain import Kind, Platform
from planner.core.settings import Settings
from planner.core.settings_keys import as_json, keys, value_of, with_value


def test_every_key_reads_and_the_json_is_plain() -> None:
    shown = as_json(Settings())
    assert list(shown) == keys()
    assert json.loads(json.dumps(shown)) == shown
    assert shown["limits.facebook"] == 1 and shown["bands.promotional.max"] == 0.15
    assert shown["practice.country"] == "GB" and shown["practice.phone"] == ""


@pytest.mark.parametrize(
    ("key", "text", "field", "expected"),
    [
        ("practice.name", " Riverside Dental ", "practice_name", "Riverside Dental"),
        ("practice.phone", "020 7946 0991; 020 7946 0992", "phones",
         ("020 7946 0991", "020 7946 0992")),
        ("practice.country", "us", "country", "US"),
        ("practice.timezone", "America/New_York", "timezone", "America/New_York"),
        ("practice.timezone", "", "timezone", ""),
        ("mix.minimum", "7", "min_posts_for_mix", 7),
        ("sync.url", "https://cal.example.org/dav/", "sync_url", "https://cal.example.org/dav/"),
    ],
)  # fmt: skip
def test_setting_a_key_changes_its_field(key: str, text: str, field: str, expected: object) -> None:
    assert getattr(with_value(Settings(), key, text), field) == expected


def test_limits_and_bands_take_numbers_and_shares() -> None:
    changed = with_value(Settings(), "limits.twitter", "3")
    assert changed.limit_for(Platform.X) == 3
    changed = with_value(changed, "bands.promotional.max", "12%")
    assert changed.bands[Kind.PROMOTIONAL].max == pytest.approx(0.12)
    assert value_of(changed, "bands.promotional.max") == pytest.approx(0.12)


@pytest.mark.parametrize(
    ("key", "text", "message"),
    [
        ("practice.colour", "blue", "there is no setting 'practice.colour'"),
        ("limits.myspace", "1", "there is no setting 'limits.myspace'"),
        ("limits.facebook", "１", "takes a whole number"),
        ("limits.facebook", "-1", "cannot be negative"),
        ("bands.original.min", "0.5", "min would be above its max"),
        ("bands.original.min", "150%", "between 0 and 1"),
        ("practice.country", "FR", "must be one of GB, US"),
        ("practice.timezone", "Mars/Olympus", "IANA zone"),
        ("hours.end", "3", "working day must start before it ends"),
    ],
)
def test_bad_values_are_refused_in_one_line(key: str, text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as caught:
        with_value(Settings(), key, text)
    assert "\n" not in str(caught.value)


def test_settings_round_trip_through_the_stored_json() -> None:
    changed = with_value(Settings(), "practice.phone", "01632 960001")
    changed = with_value(changed, "practice.email", "hello@riverside.example")
    assert Settings.from_dict(json.loads(json.dumps(changed.to_dict()))) == changed
