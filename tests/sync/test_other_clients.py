"""The calendar is shared with people, not only with other planners: a change made in a
calendar app arrives, an event the planner did not make is left alone, and a change
made between the planner's read and its write is never written over."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from radicale_server import plain_calendar
from sync_helpers import ZONE, Computer

from planner.sync.client import CalendarConnection
from planner.sync.engine import sync

TUESDAY = dt.date(2026, 12, 1)
Pair = tuple[Computer, Computer]
BIRTHDAY = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Staff calendar//EN
BEGIN:VEVENT
UID:birthday-jo@staff.example
DTSTAMP:20261101T090000Z
DTSTART;VALUE=DATE:20261202
SUMMARY:Jo's birthday 🎂
RRULE:FREQ=YEARLY
END:VEVENT
END:VCALENDAR
"""


def the_event(calendar: object, uid: str) -> object:
    return calendar.event_by_uid(f"{uid}@social-media-planner")  # type: ignore[attr-defined]


def test_a_change_made_in_a_calendar_app_arrives(computers: Pair) -> None:
    desk, _home = computers
    post = desk.add("Flu jabs from Monday", TUESDAY, dt.time(9, 0))
    desk.sync()
    app = plain_calendar(desk.store.settings().sync_url, desk.store.settings().sync_calendar)
    event = the_event(app, post.uid)
    component = event.icalendar_component  # type: ignore[attr-defined]
    # Someone drags it to Thursday 14:30 (in their own zone) and rewords it.
    new_york = zoneinfo.ZoneInfo("America/New_York")
    del component["DTSTART"], component["DTEND"], component["DESCRIPTION"]
    component.add("dtstart", dt.datetime(2026, 12, 3, 9, 30, tzinfo=new_york))
    component.add("dtend", dt.datetime(2026, 12, 3, 9, 45, tzinfo=new_york))
    component.add("description", "Flu jabs from Monday, walk-ins welcome")
    event.save(increase_seqno=True)  # type: ignore[attr-defined]

    assert desk.sync().to_json() == {"sent": 0, "received": 1, "conflicts": 0}
    got = desk.post(post.uid)
    assert got is not None
    assert (got.date, got.time) == (dt.date(2026, 12, 3), dt.time(14, 30))  # London time
    assert got.text == "Flu jabs from Monday, walk-ins welcome"
    assert (got.platform, got.kind, got.status) == (post.platform, post.kind, post.status)


def test_an_event_the_planner_did_not_make_is_left_alone(computers: Pair) -> None:
    desk, home = computers
    settings = desk.store.settings()
    app = plain_calendar(settings.sync_url, settings.sync_calendar)
    app.save_event(BIRTHDAY)

    def birthday() -> tuple[str, str]:
        with desk.connection() as connection:
            (href,) = [h for h in connection.listing(None).etags if "birthday" in h]
            (found,) = connection.fetch([href])
        return found.etag, found.data

    before = birthday()
    first = desk.add("One", TUESDAY)
    desk.add("Two", TUESDAY, dt.time(11, 0))
    assert desk.sync().to_json() == {"sent": 2, "received": 0, "conflicts": 0}
    assert home.sync().to_json() == {"sent": 0, "received": 2, "conflicts": 0}
    assert "birthday" not in " ".join(p.text for p in home.posts().values())
    desk.delete(first.uid)
    desk.sync()
    home.sync()
    assert home.ideas() == [] and len(home.posts()) == 1
    assert birthday() == before  # not a byte changed, same ETag
    # Known and unchanged, it is not even read again.
    desk.requests.clear()
    desk.sync()
    assert [m for m, _u in desk.requests].count("REPORT") == 1  # the listing, no multiget


def test_a_change_between_the_read_and_the_write_is_not_written_over(computers: Pair) -> None:
    desk, home = computers
    post = desk.add("Raced", TUESDAY)
    desk.sync()
    home.sync()
    desk.edit(post.uid, text="Raced: the desk's words")
    settings = desk.store.settings()
    app = plain_calendar(settings.sync_url, settings.sync_calendar)

    edits: list[str] = []

    def someone_edits_first(method: str, url: str) -> None:
        if method == "PUT" and not edits:  # just before the desk's write reaches the server
            edits.append(url)
            event = the_event(app, post.uid)
            event.icalendar_component["DESCRIPTION"] = "Raced: the app's words"  # type: ignore[attr-defined]
            event.save()  # type: ignore[attr-defined]

    account = desk.connection().account
    with CalendarConnection(account, on_request=someone_edits_first) as connection:
        result = sync(desk.store, connection, zone_name=ZONE, rounds=1)
    assert result.deferred == 1 and result.sent == 0  # the server refused the write (412)
    event = the_event(app, post.uid)
    assert "Raced: the app's words" in event.data  # type: ignore[attr-defined]
    # The next sync sees both sides changed: a conflict, settled with nothing lost.
    settled = desk.sync()
    assert settled.conflicts == 1
    texts = {p.text for p in desk.posts().values()}
    assert texts == {"Raced: the desk's words", "Raced: the app's words"}
