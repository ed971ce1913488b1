"""The calendar mapping through a real CalDAV server (Radicale): each post put as an
event, read back as the same post; a re-export after edits updates the events instead of
adding new ones; two stores' posts never collide, though both have a post 1."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from radicale_server import plain_calendar

from planner.core.demo import sample_fortnight
from planner.core.domain import Kind, Platform, Post, Status
from planner.core.weeks import Week
from planner.io.ics import calendar_of
from planner.io.ics_events import event_to_post, post_to_event, post_uid

pytestmark = pytest.mark.slow
LONDON = "Europe/London"
WEEK = Week(2027, 12)  # Mon 22 to Sun 28 Mar 2027: the clocks go forward that Sunday
STAMP = dt.datetime(2027, 3, 1, 9, 0, tzinfo=dt.UTC)


def saved_posts(store_number: int) -> list[Post]:
    """A store's dated posts as saved: ids from 1, each with its own uid."""
    posts = [p for p in sample_fortnight(WEEK) if p.date is not None and p.date <= WEEK.sunday]
    posts.append(
        Post(
            Platform.X,
            Kind.SHARED,
            "Clocks go forward tonight;\nbook, don't forget",
            Status.SCHEDULED,
            dt.date(2027, 3, 28),
            dt.time(1, 30),
            "https://example.org/a,b",
            "Notes: with\\backslash",
        )
    )
    return [
        p.with_changes(id=n, uid=f"store{store_number}-{n:04d}-{p.platform.value}")
        for n, p in enumerate(posts, start=1)
    ]


def put(calendar: Any, posts: list[Post], stamp: dt.datetime = STAMP) -> None:
    """Each post as one calendar object, with the VTIMEZONE its TZID needs."""
    zone = ZoneInfo(LONDON)
    for post in posts:
        event = post_to_event(post, zone, stamp=stamp)
        calendar.save_event(calendar_of([event], LONDON).to_ical().decode())


def read_back(calendar: Any) -> dict[str, tuple[Post, int]]:
    """Every event on the server as a post, with its SEQUENCE, by the post's uid."""
    found: dict[str, tuple[Post, int]] = {}
    for stored in calendar.events():
        (event,) = Calendar.from_ical(stored.data).walk("VEVENT")
        post = event_to_post(event, ZoneInfo(LONDON))
        assert post.uid not in found, f"two events for {post.uid}"
        found[post.uid] = (post, int(event["SEQUENCE"]))
    return found


@pytest.fixture
def calendar(shared_calendar: tuple[str, str]) -> Any:
    """A fresh, empty calendar on the module's Radicale, as a ``caldav.Calendar``."""
    return plain_calendar(*shared_calendar)


def as_read(post: Post) -> Post:
    """A post as an event brings it back: no id, line breaks as LF."""
    lf = {name: getattr(post, name).replace("\r\n", "\n") for name in ("text", "notes")}
    return post.with_changes(id=None, **lf)


def test_each_post_put_on_the_server_reads_back_the_same(calendar: Any) -> None:
    posts = saved_posts(1)
    put(calendar, posts)
    back = read_back(calendar)
    assert {uid: post for uid, (post, _seq) in back.items()} == {p.uid: as_read(p) for p in posts}
    # The server kept the calendar object under the post's uid, not a row id.
    hrefs = {str(stored.url).rsplit("/", 1)[1] for stored in calendar.events()}
    assert all(href.startswith("store1-") for href in hrefs)


def test_a_re_export_after_edits_updates_the_events(calendar: Any) -> None:
    posts = saved_posts(1)
    put(calendar, posts)
    first = read_back(calendar)
    edited = list(posts)
    edited[0] = edited[0].with_changes(text="Edited after the first export")
    edited[1] = edited[1].with_changes(date=edited[1].date + dt.timedelta(days=1),
                                       time=dt.time(15, 45))  # fmt: skip
    put(calendar, edited, STAMP + dt.timedelta(hours=3))
    again = read_back(calendar)
    assert len(calendar.events()) == len(posts)  # updated in place, nothing added
    assert {uid: post for uid, (post, _seq) in again.items()} == {p.uid: as_read(p) for p in edited}
    for uid, (_post, sequence) in again.items():
        assert sequence > first[uid][1]  # each event says it supersedes the last


def test_two_stores_never_collide_on_one_calendar(calendar: Any) -> None:
    ours, theirs = saved_posts(1), saved_posts(2)
    assert ours[0].id == theirs[0].id == 1
    put(calendar, ours)
    put(calendar, theirs)
    back = read_back(calendar)
    assert len(back) == len(ours) + len(theirs)
    assert {post_uid(uid) for uid in back} == {p.uid for p in ours + theirs}
    assert back[ours[0].uid][0] == as_read(ours[0])
    assert back[theirs[0].uid][0] == as_read(theirs[0])


def test_the_night_the_clocks_change_reads_back_as_planned(calendar: Any) -> None:
    (gap,) = [p for p in saved_posts(1) if p.time == dt.time(1, 30)]
    doubled = gap.with_changes(uid="doubled", date=dt.date(2026, 10, 25))
    put(calendar, [gap, doubled])
    back = read_back(calendar)
    assert back[gap.uid][0] == as_read(gap)
    assert back["doubled"][0] == as_read(doubled)
    starts = {}
    for stored in calendar.events():
        (event,) = Calendar.from_ical(stored.data).walk("VEVENT")
        starts[str(event["UID"])] = event.decoded("dtstart")
    assert starts[f"{gap.uid}@social-media-planner"] == dt.datetime(2027, 3, 28, 1, 30,
                                                                    tzinfo=dt.UTC)  # fmt: skip
    assert starts["doubled@social-media-planner"] == dt.datetime(2026, 10, 25, 0, 30,
                                                                 tzinfo=dt.UTC)  # fmt: skip
