"""A post as an event and back (pure): every field the calendar carries survives, the
event reads well in a calendar app, and events the planner did not make are not its."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from planner.core.domain import Kind, Platform, Post, Status
from planner.sync.mapping import (
    EventUnreadable,
    event_ics,
    read_event,
    same_version,
    version_hash,
)

CHANGED = dt.datetime(2026, 11, 30, 17, 4, 5, 678000, tzinfo=dt.UTC)
POST = Post(
    Platform.LINKEDIN,
    Kind.PROMOTIONAL,
    "Whitening, 10% off;\nbook by Friday, \\ no catch",
    status=Status.SCHEDULED,
    date=dt.date(2026, 12, 1),
    time=dt.time(9, 30),
    link="https://example.org/offer?x=1,2",
    notes="approved by Dr Lee; photo: yes",
    uid="2f0c6d1e-8a4b-4c1e-9f3a-0b1c2d3e4f50",
)


def the_event(data: bytes) -> Calendar:
    (event,) = Calendar.from_ical(data).walk("VEVENT")
    return event


def test_an_event_says_what_a_calendar_app_shows_and_what_it_cannot() -> None:
    data = event_ics(POST, zone_name="Europe/London", changed_at=CHANGED)
    event = the_event(data)
    assert str(event["UID"]) == f"{POST.uid}@social-media-planner"
    assert str(event["SUMMARY"]) == "LinkedIn · Promotional · Whitening, 10% off;"
    assert str(event["DESCRIPTION"]) == POST.text
    assert event["CATEGORIES"].cats == ["Promotional"]
    assert str(event["STATUS"]) == "CONFIRMED"
    start = event.decoded("DTSTART")
    assert (start.tzinfo.key, start.hour, start.minute) == ("Europe/London", 9, 30)  # type: ignore[union-attr]
    assert event.decoded("DTEND") - start == dt.timedelta(minutes=15)
    assert str(event["X-PLANNER-KIND"]) == "promotional"
    assert str(event["X-PLANNER-PLATFORM"]) == "linkedin"
    assert str(event["X-PLANNER-STATUS"]) == "scheduled"
    assert str(event["X-PLANNER-NOTES"]) == POST.notes
    assert event.decoded("LAST-MODIFIED") == CHANGED.replace(microsecond=0)
    assert b"BEGIN:VTIMEZONE\r\nTZID:Europe/London" in data


@pytest.mark.parametrize("zone", ["Europe/London", "America/New_York", "Asia/Kolkata", None])
def test_a_post_comes_back_exactly(zone: str | None) -> None:
    back = read_event(event_ics(POST, zone_name=zone, changed_at=CHANGED), zone_name=zone)
    assert back is not None
    assert back.post == POST and back.changed_at == CHANGED and back.sequence == 0


def test_a_time_in_the_clock_change_gap_keeps_its_wall_clock_time() -> None:
    spring = POST.with_changes(date=dt.date(2027, 3, 28), time=dt.time(1, 30))
    back = read_event(
        event_ics(spring, zone_name="Europe/London", changed_at=CHANGED), zone_name="Europe/London"
    )
    assert back is not None and back.post.time == dt.time(1, 30)


def test_an_event_moved_in_another_zone_lands_at_the_practices_time() -> None:
    data = event_ics(POST, zone_name="America/New_York", changed_at=CHANGED)
    back = read_event(data, zone_name="Europe/London")
    assert back is not None and (back.post.date, back.post.time) == (POST.date, dt.time(14, 30))


def test_a_calendar_apps_edit_is_read_and_its_time_counts() -> None:
    data = event_ics(POST, zone_name="Europe/London", changed_at=CHANGED).decode()
    data = data.replace("DESCRIPTION:", "DESCRIPTION:Edited in Outlook. ", 1)
    data = data.replace("LAST-MODIFIED:20261130T170405Z", "LAST-MODIFIED:20261201T080000Z")
    back = read_event(data, zone_name="Europe/London")
    assert back is not None
    assert back.post.text.startswith("Edited in Outlook. Whitening")
    assert back.changed_at == dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)


def test_windows_line_breaks_come_back_as_the_same_version() -> None:
    crlf = POST.with_changes(text="Line one\r\nline two\rthree", notes="a\r\nb")
    back = read_event(event_ics(crlf, zone_name=None, changed_at=CHANGED), zone_name=None)
    assert back is not None and back.post.text == "Line one\nline two\nthree"
    assert same_version(back.post, crlf) and version_hash(back.post) == version_hash(crlf)


def test_x_properties_that_lost_their_value_type_are_still_read_as_text() -> None:
    data = event_ics(POST, zone_name=None, changed_at=CHANGED).decode().replace(";VALUE=TEXT", "")
    back = read_event(data, zone_name=None)
    assert back is not None and back.post == POST


def test_an_event_the_planner_did_not_make_is_not_a_post() -> None:
    birthday = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:jo@staff\r\n"
        "DTSTAMP:20261101T090000Z\r\nDTSTART;VALUE=DATE:20261202\r\nSUMMARY:Jo\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert read_event(birthday, zone_name="Europe/London") is None


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (("X-PLANNER-PLATFORM;VALUE=TEXT:linkedin", "X-PLANNER-PLATFORM:myspace"), "myspace"),
        (("DESCRIPTION:", "DESCRIPTION:" + "x" * 3001), "characters"),
        (("@social-media-planner", "@elsewhere"), "UID"),
    ],
)
def test_a_planner_event_that_cannot_be_a_post_is_unreadable(
    change: tuple[str, str], why: str
) -> None:
    data = event_ics(POST, zone_name=None, changed_at=CHANGED).decode().replace(*change, 1)
    with pytest.raises(EventUnreadable, match=why):
        read_event(data, zone_name=None)


texts = st.text(
    st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=200
)


@settings(max_examples=60, deadline=None)
@given(
    text=texts.filter(lambda t: t.strip() != ""),
    notes=texts,
    link=texts,
    platform=st.sampled_from(list(Platform)),
    kind=st.sampled_from(list(Kind)),
    status=st.sampled_from([Status.DRAFT, Status.SCHEDULED, Status.PUBLISHED]),
    day=st.dates(dt.date(1900, 1, 2), dt.date(2200, 12, 30)),
    minutes=st.integers(0, 24 * 60 - 1),
)
def test_any_post_round_trips(
    text: str,
    notes: str,
    link: str,
    platform: Platform,
    kind: Kind,
    status: Status,
    day: dt.date,
    minutes: int,
) -> None:
    post = Post(
        platform,
        kind,
        text[: platform.info.max_chars],
        status=status,
        date=day,
        time=dt.time(minutes // 60, minutes % 60),
        link=link,
        notes=notes,
        uid="5f1d3c2b-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
    )
    back = read_event(event_ics(post, zone_name=None, changed_at=CHANGED), zone_name=None)
    assert back is not None
    assert same_version(back.post, post)
    assert version_hash(back.post) == version_hash(post)
