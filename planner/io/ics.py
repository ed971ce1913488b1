"""Calendar files (.ics) for staff calendars: one event per dated post.

Times are the practice's wall-clock times, written with the zone's IANA name (TZID) and
a VTIMEZONE block, so a calendar app shows 09:00 as 09:00 on both sides of a clock
change. The zone is ``practice.timezone`` when set, else the system's (``zones``); a
POSIX ``TZ`` such as ``GMT0BST`` is matched to its IANA zone, never written as UTC.
Each event lasts 15 minutes: a post is a moment, and 15 minutes still shows as a block.
When no zone can be found, times are written "floating" (local wherever they are read).
The events themselves (UID from the post's uid, SEQUENCE, LAST-MODIFIED) are made by
``ics_events``, which a CalDAV calendar shares.
"""

from __future__ import annotations

import datetime as dt
import os
import zoneinfo
from collections.abc import Iterable

from icalendar import Calendar, Event

from planner.core.domain import Post
from planner.io.atomic import atomic_write_bytes
from planner.io.ics_events import (
    EVENT_MINUTES,
    UID_DOMAIN,
    event_description,
    event_summary,
    event_uid,
    post_to_event,
)
from planner.io.zones import system_zone_name, zone_or_none

__all__ = [
    "EVENT_MINUTES",
    "PRODID",
    "UID_DOMAIN",
    "calendar_of",
    "event_description",
    "event_summary",
    "event_uid",
    "local_zone_name",
    "posts_to_ics",
    "write_ics",
]

PRODID = "-//Social Media Planner//Weekly plan//EN"


def local_zone_name() -> str | None:
    """The system's IANA zone (``Europe/London``), or None when it cannot be named."""
    return system_zone_name()


def _zone(name: str) -> zoneinfo.ZoneInfo | None:
    return zone_or_none(name)


def posts_to_ics(
    posts: Iterable[Post], tz_name: str | None = None, *, stamp: dt.datetime | None = None
) -> bytes:
    """The calendar file for ``posts``; ideas (no date) are left out.

    ``tz_name`` is an IANA zone; by default the system's. ``stamp`` (DTSTAMP) defaults
    to now. Raises ValueError for a zone name that does not exist.
    """
    name = tz_name or local_zone_name()
    zone = _zone(name) if name else None
    if name and zone is None:
        raise ValueError(f"unknown time zone {name!r}; use a name like Europe/London")
    stamp = stamp or dt.datetime.now(dt.UTC)
    dated = sorted((p for p in posts if p.date is not None), key=_start_key)
    events = [post_to_event(post, zone, stamp=stamp) for post in dated]
    return bytes(calendar_of(events, name if zone is not None else None).to_ical())


def calendar_of(events: Iterable[Event], tz_name: str | None) -> Calendar:
    """A calendar holding ``events``, with the VTIMEZONE blocks their TZIDs name."""
    events = list(events)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Social media plan")
    if tz_name:
        calendar.add("x-wr-timezone", tz_name)
    for event in events:
        calendar.add_component(event)
    if events:
        # Only zones that events name by TZID; UTC times are written with a "Z" instead.
        calendar.add_missing_timezones(*_rules_span(events))
    return calendar


def write_ics(
    posts: Iterable[Post], path: str | os.PathLike[str], tz_name: str | None = None
) -> None:
    """Write the calendar file atomically (ExportError when it cannot be saved)."""
    atomic_write_bytes(path, posts_to_ics(posts, tz_name))


def _start_key(post: Post) -> tuple[dt.date, dt.time]:
    assert post.date is not None
    return (post.date, post.time or dt.time.min)


def _rules_span(events: list[Event]) -> tuple[dt.date, dt.date]:
    """From a little before the first event to a little after the last: the rules needed."""
    days = [_day(event.decoded("dtstart")) for event in events]
    first, last = min(days), max(days)
    begin = max(first - dt.timedelta(days=400), dt.date(1900, 1, 1))
    end = min(last + dt.timedelta(days=400), dt.date(9998, 1, 1))
    return begin, end


def _day(start: dt.date | dt.datetime) -> dt.date:
    return start.date() if isinstance(start, dt.datetime) else start
