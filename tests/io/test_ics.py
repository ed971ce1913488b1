"""Calendar files: parsed back with icalendar, across daylight-saving changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar, Event

from planner.core.domain import Kind, Platform, Post, Status
from planner.io import ics
from planner.io.atomic import ExportError
from planner.io.ics import event_uid, local_zone_name, posts_to_ics, write_ics

LONDON = "Europe/London"


def post(day: dt.date, hour: int = 9, minute: int = 0, **changes: object) -> Post:
    base = Post(Platform.FACEBOOK, Kind.ORIGINAL, "Brush twice a day", Status.SCHEDULED, day,
                dt.time(hour, minute))  # fmt: skip
    return base.with_changes(**changes)


def events(data: bytes) -> list[Event]:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_one_event_per_dated_post_and_ideas_left_out() -> None:
    posts = [post(dt.date(2026, 12, d), id=d, uid=f"uid-{d}") for d in range(1, 6)]
    posts.append(Post(Platform.X, Kind.SHARED, "Some day", Status.IDEA, id=99, uid="uid-99"))
    found = events(posts_to_ics(posts, LONDON))
    assert len(found) == 5
    assert {str(e["UID"]) for e in found} == {f"uid-{d}@social-media-planner" for d in range(1, 6)}


def test_uids_come_from_the_posts_uid_not_its_row_id() -> None:
    """Post 1 of one store and post 1 of another are different events."""
    mine = post(dt.date(2026, 12, 1), id=1, uid="1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed")
    theirs = mine.with_changes(uid="6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b")
    assert event_uid(mine) == "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed@social-media-planner"
    assert event_uid(mine) != event_uid(theirs)
    moved = mine.with_changes(id=42, date=dt.date(2026, 12, 9), text="Edited")
    assert event_uid(moved) == event_uid(mine)


def test_uids_are_stable_across_exports_even_without_uids() -> None:
    posts = [
        post(dt.date(2026, 12, 1), id=7, uid="u-7"),
        post(dt.date(2026, 12, 2)),
        post(dt.date(2026, 12, 3)),
    ]
    first = [str(e["UID"]) for e in events(posts_to_ics(posts, LONDON))]
    later = dt.datetime(2027, 1, 1, tzinfo=dt.UTC)
    second = [str(e["UID"]) for e in events(posts_to_ics(posts, LONDON, stamp=later))]
    assert first == second
    assert len(set(first)) == 3
    assert first[0] == "u-7@social-media-planner"
    assert event_uid(posts[1]) != event_uid(posts[1].with_changes(text="Other text"))


def test_summary_description_categories_and_status() -> None:
    text = "Free check-ups, Saturday; book now 😁\nSecond line"
    draft = post(dt.date(2026, 12, 1), text=text, kind=Kind.PROMOTIONAL, status=Status.DRAFT,
                 link="https://example.org/book", notes="Ask Dr Patel, first")  # fmt: skip
    (event,) = events(posts_to_ics([draft], LONDON))
    assert str(event["SUMMARY"]) == "Facebook · Promotional · Free check-ups, Saturday; book now 😁"
    assert str(event["DESCRIPTION"]) == (
        f"{text}\n\nLink: https://example.org/book\n\nNotes: Ask Dr Patel, first"
    )
    assert [str(c) for c in event["CATEGORIES"].cats] == ["Promotional"]
    assert str(event["STATUS"]) == "TENTATIVE"
    published = post(dt.date(2026, 12, 1), status=Status.PUBLISHED)
    assert str(events(posts_to_ics([published], LONDON))[0]["STATUS"]) == "CONFIRMED"


@pytest.mark.parametrize(
    ("day", "offset_hours"),
    [
        (dt.date(2026, 3, 28), 0),  # Saturday before the change: GMT
        (dt.date(2026, 3, 29), 1),  # the Sunday the clocks go forward (01:00 GMT)
        (dt.date(2026, 3, 30), 1),  # the day after: BST
        (dt.date(2026, 10, 24), 1),  # Saturday before they go back: BST
        (dt.date(2026, 10, 25), 0),  # the Sunday they go back
    ],
)
@pytest.mark.parametrize("use_embedded_rules", [False, True])
def test_wall_clock_times_hold_across_daylight_saving(
    day: dt.date, offset_hours: int, use_embedded_rules: bool
) -> None:
    data = posts_to_ics([post(day, 9, 0, id=1)], LONDON)
    assert b"BEGIN:VTIMEZONE" in data
    assert b"DTSTART;TZID=Europe/London:" + day.strftime("%Y%m%d").encode() + b"T090000" in data
    if use_embedded_rules:
        # A zone name the reader cannot know: only the file's VTIMEZONE can place the time.
        data = data.replace(b"Europe/London", b"Practice/Local")
    (event,) = events(data)
    start, end = event.start, event.end
    assert (start.date(), start.time()) == (day, dt.time(9, 0))
    assert start.utcoffset() == dt.timedelta(hours=offset_hours)
    assert start.astimezone(dt.UTC).time() == dt.time(9 - offset_hours, 0)
    assert end - start == dt.timedelta(minutes=15)
    assert end.time() == dt.time(9, 15)


def test_other_zones_are_named_and_right() -> None:
    data = posts_to_ics([post(dt.date(2026, 3, 8), 9, 30)], "America/New_York")
    (event,) = events(data)
    assert event.start.utcoffset() == dt.timedelta(hours=-4)  # EDT from 02:00 that Sunday
    assert b"TZID:America/New_York" in data


def test_floating_times_when_no_zone_is_known(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ics, "local_zone_name", lambda: None)
    data = posts_to_ics([post(dt.date(2026, 3, 29), 9, 0)])
    assert b"VTIMEZONE" not in data and b"TZID" not in data
    assert b"DTSTART:20260329T090000\r\n" in data
    (event,) = events(data)
    assert event.start == dt.datetime(2026, 3, 29, 9, 0)
    assert event.start.tzinfo is None


def test_system_zone_is_used_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Paris")
    assert local_zone_name() == "Europe/Paris"
    data = posts_to_ics([post(dt.date(2026, 7, 1))])
    assert b"DTSTART;TZID=Europe/Paris:20260701T090000" in data
    monkeypatch.setenv("TZ", ":Not/A_Zone")
    assert local_zone_name() != "Not/A_Zone"


def test_utc_zone_writes_utc_times() -> None:
    data = posts_to_ics([post(dt.date(2026, 7, 1))], "Etc/UTC")
    assert b"DTSTART:20260701T090000Z" in data
    assert events(data)[0].start.utcoffset() == dt.timedelta(0)


def test_unknown_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown time zone 'Mars/Olympus'"):
        posts_to_ics([post(dt.date(2026, 7, 1))], "Mars/Olympus")


def test_a_dated_post_without_a_time_is_an_all_day_event() -> None:
    undone = post(dt.date(2026, 12, 1)).with_changes(time=None)
    (event,) = events(posts_to_ics([undone], LONDON))
    assert event.start == dt.date(2026, 12, 1)
    assert event.end == dt.date(2026, 12, 2)


def test_no_posts_is_still_a_calendar() -> None:
    data = posts_to_ics([], LONDON)
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and events(data) == []


def test_write_ics_is_atomic(tmp_path: Path) -> None:
    target = tmp_path / "plan.ics"
    write_ics([post(dt.date(2026, 12, 1), id=1)], target, LONDON)
    assert len(events(target.read_bytes())) == 1
    with pytest.raises(ExportError, match="folder does not exist"):
        write_ics([post(dt.date(2026, 12, 1))], tmp_path / "gone" / "plan.ics", LONDON)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".tmp") == []
