"""Posts as calendar events and back: uids, updates, zones and the nights the clocks change."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import vobject
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Event
from io_strategies import valid_posts

from planner.core.domain import Kind, Platform, Post, Status
from planner.io.ics import posts_to_ics
from planner.io.ics_events import event_start, event_to_post, post_to_event, sequence_at
from planner.io.zones import practice_zone_name, system_zone_name, zone_for_posix_rule

LONDON = ZoneInfo("Europe/London")
STAMP = dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.UTC)


def post(day: dt.date, hour: int = 9, minute: int = 0, **changes: object) -> Post:
    base = Post(Platform.FACEBOOK, Kind.ORIGINAL, "Brush twice a day", Status.SCHEDULED, day,
                dt.time(hour, minute), uid="3c1e1f0a-5b9e-4a7c-8d2e-1f0a5b9e4a7c")  # fmt: skip
    return base.with_changes(**changes)


def events(data: bytes) -> list[Event]:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_each_export_supersedes_the_last_with_sequence_and_last_modified() -> None:
    one = post(dt.date(2026, 12, 1))
    first = post_to_event(one, LONDON, stamp=STAMP)
    later = post_to_event(one, LONDON, stamp=STAMP + dt.timedelta(hours=2))
    assert later["SEQUENCE"] > first["SEQUENCE"] > 0
    assert later["SEQUENCE"] - first["SEQUENCE"] == 120
    assert first.decoded("last-modified") == STAMP
    assert first.decoded("dtstamp") == STAMP
    assert sequence_at(STAMP) < 2**31  # what calendar servers store as a 32-bit integer
    kept = post_to_event(one, LONDON, stamp=STAMP, sequence=3, modified=STAMP - dt.timedelta(1))
    assert kept["SEQUENCE"] == 3
    assert kept.decoded("last-modified") == STAMP - dt.timedelta(1)
    data = posts_to_ics([one], "Europe/London", stamp=STAMP)
    assert b"SEQUENCE:" in data and b"LAST-MODIFIED:20261120T080000Z" in data


@pytest.mark.parametrize(
    ("day", "wall", "utc", "why"),
    [
        (dt.date(2027, 3, 28), dt.time(1, 30), "20270328T013000Z", "the clocks skip 01:30"),
        (dt.date(2026, 10, 25), dt.time(1, 30), "20261025T003000Z", "01:30 happens twice"),
    ],
)
def test_a_time_the_clocks_skip_or_repeat_is_one_utc_instant(
    day: dt.date, wall: dt.time, utc: str, why: str
) -> None:
    planned = post(day, wall.hour, wall.minute)
    data = posts_to_ics([planned], "Europe/London", stamp=STAMP)
    assert f"DTSTART:{utc}\r\n".encode() in data, why
    assert b"X-PLANNER-WALL-TIME;VALUE=TEXT:01:30" in data
    (event,) = events(data)
    instant = event.decoded("dtstart")
    # A second parser reads the same moment.
    (other,) = list(vobject.readOne(data.decode()).vevent_list)
    assert other.dtstart.value == instant
    assert instant.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ") == utc
    assert event_to_post(event, LONDON) == planned  # and it reads back as planned


def test_ordinary_times_are_local_with_the_zone() -> None:
    data = posts_to_ics([post(dt.date(2026, 10, 25), 9, 0)], "Europe/London", stamp=STAMP)
    assert b"DTSTART;TZID=Europe/London:20261025T090000" in data
    assert b"X-PLANNER-WALL-TIME" not in data
    assert b"BEGIN:VTIMEZONE" in data
    start = event_start(dt.date(2026, 10, 25), dt.time(2, 0), LONDON)  # after the change
    assert start.tzinfo is LONDON


def test_a_calendar_move_beats_the_kept_wall_time() -> None:
    planned = post(dt.date(2027, 3, 28), 1, 30)
    event = post_to_event(planned, LONDON, stamp=STAMP)
    event["dtstart"].dt = dt.datetime(2027, 3, 28, 11, 0, tzinfo=dt.UTC)  # moved elsewhere
    assert event_to_post(event, LONDON).time == dt.time(12, 0)


def test_a_posix_tz_writes_local_times_in_the_zone_it_describes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "GMT0BST")
    assert system_zone_name() == "Europe/London"
    data = posts_to_ics([post(dt.date(2026, 7, 1), 9, 0)], stamp=STAMP)
    assert b"DTSTART;TZID=Europe/London:20260701T090000" in data
    assert re.search(rb"DTSTART:\d{8}T\d{6}Z", data) is None  # UTC: an hour off in summer
    assert events(data)[0].decoded("dtstart").utcoffset() == dt.timedelta(hours=1)


@pytest.mark.parametrize(
    ("rule", "zone"),
    [
        ("GMT0BST", "Europe/London"),
        ("GMT0BST,M3.5.0/1,M10.5.0", "Europe/London"),
        ("CET-1CEST", "Europe/Berlin"),
        ("AEST-10AEDT", "Australia/Sydney"),
        ("JST-9", "Asia/Tokyo"),
        ("UTC0", "Etc/UTC"),
        ("XYZ5", None),
        ("not a rule", None),
    ],
)
def test_posix_rules_are_matched_to_iana_zones(rule: str, zone: str | None) -> None:
    assert zone_for_posix_rule(rule) == zone


def test_the_system_zone_from_tz_its_files_or_none(tmp_path: Path) -> None:
    link = tmp_path / "localtime"
    os.symlink("/usr/share/zoneinfo/Europe/Dublin", link)
    named = tmp_path / "timezone"
    named.write_text("America/Chicago\n", encoding="utf-8")
    files = {"localtime": str(link), "timezone_file": str(named)}
    assert system_zone_name({}, **files) == "Europe/Dublin"
    assert system_zone_name({}, localtime=str(tmp_path / "none"), timezone_file=str(named)) == (
        "America/Chicago"
    )
    assert system_zone_name({"TZ": ":Asia/Tokyo"}, **files) == "Asia/Tokyo"
    assert system_zone_name({"TZ": "GMT0BST"}, **files) == "Europe/London"  # TZ wins
    gone = {"localtime": str(tmp_path / "none"), "timezone_file": str(tmp_path / "none")}
    assert system_zone_name({}, **gone) is None


def test_the_practice_setting_wins_over_the_system() -> None:
    assert practice_zone_name("Europe/Paris", {"TZ": "GMT0BST"}) == "Europe/Paris"
    assert practice_zone_name("", {"TZ": "GMT0BST"}) == "Europe/London"
    assert practice_zone_name("Not/AZone", {"TZ": "Asia/Tokyo"}) == "Asia/Tokyo"


@settings(max_examples=150, deadline=None)
@given(valid_posts().filter(lambda p: p.date is not None), st.sampled_from(["Europe/London",
       "America/New_York", "Australia/Lord_Howe", "Etc/UTC"]))  # fmt: skip
def test_post_to_event_and_back_is_the_identity(planned: Post, zone_name: str) -> None:
    zone = ZoneInfo(zone_name)
    planned = planned.with_changes(id=None, uid=planned.uid or "u-1")
    event = post_to_event(planned, zone, stamp=STAMP)
    again = Event.from_ical(event.to_ical())
    lf = {"text": _lf(planned.text), "notes": _lf(planned.notes), "link": _lf(planned.link.strip())}
    assert event_to_post(again, zone) == planned.with_changes(**lf)


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def test_an_event_from_another_calendar_app_reads_as_a_post() -> None:
    data = (
        b"BEGIN:VEVENT\r\nUID:abc-123@example.com\r\nDTSTAMP:20261120T080000Z\r\n"
        b"DTSTART;TZID=Europe/Paris:20261201T100000\r\n"
        b"SUMMARY:Instagram \xc2\xb7 Shared \xc2\xb7 Hi\r\nCATEGORIES:Shared\r\n"
        b"STATUS:TENTATIVE\r\nDESCRIPTION:Hi there\r\nEND:VEVENT\r\n"
    )
    read = event_to_post(Event.from_ical(data), LONDON)
    assert read == Post(Platform.INSTAGRAM, Kind.SHARED, "Hi there", Status.DRAFT,
                        dt.date(2026, 12, 1), dt.time(9, 0), uid="abc-123@example.com")  # fmt: skip
    bare = Event.from_ical(data.replace(b"Instagram", b"Myspace"))
    with pytest.raises(ValueError, match="does not say its platform"):
        event_to_post(bare, LONDON)
