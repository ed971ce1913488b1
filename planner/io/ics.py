"""Calendar files (.ics) for staff calendars: one event per dated post.

Times are the practice's wall-clock times, written with the zone's name (TZID) and a
VTIMEZONE block, so a calendar app shows 09:00 as 09:00 on both sides of a clock change.
Each event lasts 15 minutes: a post is a moment, and 15 minutes still shows as a block.
When no zone can be found, times are written "floating" (local wherever they are read).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import zoneinfo
from collections.abc import Iterable

from icalendar import Calendar, Event

from planner.core.domain import Post, Status, first_line
from planner.io.atomic import atomic_write_bytes
from planner.io.local_zone import local_zone_name
from planner.io.local_zone import zone_or_none as _zone

EVENT_MINUTES = 15
UID_DOMAIN = "social-media-planner"
PRODID = "-//Social Media Planner//Weekly plan//EN"
_EVENT_STATUS = {
    Status.DRAFT: "TENTATIVE",
    Status.SCHEDULED: "CONFIRMED",
    Status.PUBLISHED: "CONFIRMED",
}


def event_uid(post: Post) -> str:
    """Stable per post, so importing the file again updates events instead of adding copies."""
    if post.id is not None:
        return f"post-{post.id}@{UID_DOMAIN}"
    fields = [post.platform.value, post.kind.value, str(post.date), str(post.time), post.text]
    content = "\x1f".join(fields)
    digest = hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return f"post-{digest}@{UID_DOMAIN}"


def event_summary(post: Post) -> str:
    return f"{post.platform.label} · {post.kind.label} · {first_line(post.text, 80)}"


def event_description(post: Post) -> str:
    parts = [post.text]
    if post.link.strip():
        parts.append(f"Link: {post.link.strip()}")
    if post.notes.strip():
        parts.append(f"Notes: {post.notes}")
    return "\n\n".join(parts)


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

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Social media plan")
    if name and zone is not None:
        calendar.add("x-wr-timezone", name)
    for post in dated:
        calendar.add_component(_event(post, zone, stamp))
    if dated:
        # Only zones that events name by TZID; UTC times are written with a "Z" instead.
        calendar.add_missing_timezones(*_rules_span(dated))
    return bytes(calendar.to_ical())


def write_ics(
    posts: Iterable[Post], path: str | os.PathLike[str], tz_name: str | None = None
) -> None:
    """Write the calendar file atomically (ExportError when it cannot be saved)."""
    atomic_write_bytes(path, posts_to_ics(posts, tz_name))


def _start_key(post: Post) -> tuple[dt.date, dt.time]:
    assert post.date is not None
    return (post.date, post.time or dt.time.min)


def _event(post: Post, zone: zoneinfo.ZoneInfo | None, stamp: dt.datetime) -> Event:
    assert post.date is not None
    event = Event()
    event.add("uid", event_uid(post))
    event.add("dtstamp", stamp)
    if post.time is None:  # cannot be saved that way, but never lose it from the calendar
        event.add("dtstart", post.date)
        event.add("dtend", post.date + dt.timedelta(days=1))
    else:
        start = dt.datetime.combine(post.date, post.time, tzinfo=zone)
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(minutes=EVENT_MINUTES))
    event.add("summary", event_summary(post))
    event.add("description", event_description(post))
    event.add("categories", [post.kind.label])
    if post.status in _EVENT_STATUS:
        event.add("status", _EVENT_STATUS[post.status])
    event.add("transp", "TRANSPARENT")  # a planned post does not make anyone busy
    return event


def _rules_span(dated: list[Post]) -> tuple[dt.date, dt.date]:
    """From a little before the first post to a little after the last: the rules needed."""
    first, last = dated[0].date, dated[-1].date
    assert first is not None and last is not None
    begin = max(first - dt.timedelta(days=400), dt.date(1900, 1, 1))
    end = min(last + dt.timedelta(days=400), dt.date(9998, 1, 1))
    return begin, end
