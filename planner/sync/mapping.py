"""A post as one calendar event, and back: what the planner puts on the shared calendar.

The event carries what a calendar app shows (summary, description, categories, a
15-minute slot at the post's local time in the practice's zone) and, in ``X-PLANNER-``
properties, what calendars cannot say: kind, platform, status, uses, link, notes, and
when the post last changed. An event without ``X-PLANNER-KIND`` is not the planner's
(a staff birthday): it is left alone.

Reading an event back takes the text from the description, the day and time from the
start (moved into the practice's zone), and the rest from the ``X-PLANNER-`` properties;
so a staff member who moves or rewords an event in their own calendar app changes the
post. Pure: icalendar and the standard library only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import zoneinfo
from dataclasses import dataclass
from functools import lru_cache

from icalendar import Calendar, Event, Timezone, vText

from planner.core.domain import Kind, Platform, Post, Status, first_line, format_time, short_day
from planner.core.uses import parse_uses
from planner.io.ics import EVENT_MINUTES, UID_DOMAIN, event_summary

PRODID = "-//Social Media Planner//Calendar sync//EN"
UID_SUFFIX = f"@{UID_DOMAIN}"
DEFAULT_TIME = dt.time(9, 0)  # for an event someone made all-day

# Post fields the calendar carries. A field added to Post later (a series, say) stays
# on this computer: a change from the calendar never touches it.
SYNCED = ("platform", "kind", "status", "date", "time", "text", "link", "notes")
_HAS_USES = True  # posts know what of a patient they feature (planner.core.uses)
_EVENT_STATUS = {
    Status.DRAFT: "TENTATIVE",
    Status.SCHEDULED: "CONFIRMED",
    Status.PUBLISHED: "CONFIRMED",
}
_FROM_EVENT_STATUS = {"TENTATIVE": Status.DRAFT, "CONFIRMED": Status.SCHEDULED}


@dataclass(frozen=True, slots=True)
class PlannerEvent:
    """A post as the calendar holds it: ``post`` has the uid and no id."""

    post: Post
    changed_at: dt.datetime | None  # UTC: when the post last changed, as far as known
    sequence: int = 0

    @property
    def uid(self) -> str:
        return self.post.uid


class EventUnreadable(ValueError):
    """A planner event whose contents cannot be a post; it is left as it is."""

    def __init__(self, uid: str, why: str) -> None:
        super().__init__(f"the event {uid or '(no UID)'} on the calendar cannot be read: {why}")
        # The post's uid when the event names one, so the sync leaves that post be.
        self.uid = uid.removesuffix(UID_SUFFIX) if uid.endswith(UID_SUFFIX) else ""


def post_uses(post: Post) -> tuple[str, ...]:
    """What the post features of a patient (photo, video…), in a fixed order."""
    return tuple(sorted(use.value for use in post.uses))


def synced_values(post: Post) -> dict[str, object]:
    """The fields the calendar carries, by name."""
    values: dict[str, object] = {name: getattr(post, name) for name in SYNCED}
    if _HAS_USES:
        values["uses"] = post_uses(post)
    return values


def merged(local: Post, remote: Post) -> Post:
    """``local`` with the calendar's version of every field the calendar carries."""
    return local.with_changes(**synced_values(remote))


def same_version(one: Post, other: Post) -> bool:
    """Whether the calendar would hold the same event for both."""
    return _comparable(one) == _comparable(other)


def version_hash(post: Post) -> str:
    """A hash of what the calendar carries of ``post``: equal hashes, equal versions."""
    text = json.dumps(_comparable(post), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _comparable(post: Post) -> dict[str, object]:
    """The synced values as plain data. Line breaks are compared as "\n": a calendar
    keeps no other kind, so a "\r\n" sent there comes back as "\n"."""
    plain: dict[str, object] = {}
    for name, value in synced_values(post).items():
        if isinstance(value, str):
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        elif isinstance(value, dt.date | dt.time):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        plain[name] = value
    return plain


def event_uid(uid: str) -> str:
    return f"{uid}{UID_SUFFIX}"


def describe_post(post: Post) -> str:
    """``Facebook · Tue 1 Dec 09:00 · Welcome to…``: how the log names a post."""
    when = "idea"
    if post.date is not None:
        when = f"{short_day(post.date)} {post.date.year}"
        if post.time is not None:
            when = f"{when} {format_time(post.time)}"
    return f"{post.platform.label} · {when} · {first_line(post.text, 60)}"


# -- writing ----------------------------------------------------------------------------


def event_ics(
    post: Post,
    *,
    zone_name: str | None,
    changed_at: dt.datetime,
    sequence: int = 0,
) -> bytes:
    """The calendar object (one VEVENT, and its VTIMEZONE) for a dated post.

    ``zone_name`` is the practice's IANA zone; None writes floating local times.
    ``changed_at`` is when the post last changed: DTSTAMP and LAST-MODIFIED say it to
    the second, ``X-PLANNER-CHANGED`` to the millisecond.
    """
    if post.date is None or not post.uid:
        raise ValueError("only a saved post with a date goes on the calendar")
    zone = zoneinfo.ZoneInfo(zone_name) if zone_name else None
    event = Event()
    event.add("uid", event_uid(post.uid))
    to_second = changed_at.astimezone(dt.UTC).replace(microsecond=0)
    event.add("dtstamp", to_second)
    event.add("last-modified", to_second)
    event.add("sequence", sequence)
    start = dt.datetime.combine(post.date, post.time or DEFAULT_TIME, tzinfo=zone)
    event.add("dtstart", start)
    event.add("dtend", start + dt.timedelta(minutes=EVENT_MINUTES))
    event.add("summary", event_summary(post))
    event.add("description", post.text)
    event.add("categories", [post.kind.label])
    if post.status in _EVENT_STATUS:
        event.add("status", _EVENT_STATUS[post.status])
    event.add("transp", "TRANSPARENT")  # a planned post makes nobody busy
    link = post.link.strip()
    if link and link.isprintable() and " " not in link:
        event.add("url", link)  # calendar apps show it; X-PLANNER-LINK keeps it exactly
    extra = {
        "x-planner-kind": post.kind.value,
        "x-planner-platform": post.platform.value,
        "x-planner-status": post.status.value,
        "x-planner-uses": ",".join(post_uses(post)),
        "x-planner-link": post.link,
        "x-planner-notes": post.notes,
        "x-planner-changed": _precise(changed_at),
    }
    for name, value in extra.items():
        # VALUE=TEXT: a reader escapes and unescapes it as text, not as an unknown value.
        event.add(name, vText(value), parameters={"VALUE": "TEXT"})
    # Put together by hand around the one VEVENT: the VTIMEZONE is the same for every
    # post of a year, and serialising it again each time was most of the work.
    timezone = _timezone(zone_name, post.date.year) if zone_name else b""
    return b"".join([_HEAD, timezone, bytes(event.to_ical()), b"END:VCALENDAR\r\n"])


_HEAD = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:{PRODID}\r\n".encode()


@lru_cache(maxsize=64)
def _timezone(zone_name: str, year: int) -> bytes:
    """The zone's VTIMEZONE for ``year`` (the rules an event on a day of it needs)."""
    first, last = dt.date(year, 1, 1), dt.date(min(year, 9998), 12, 31)
    zone = zoneinfo.ZoneInfo(zone_name)
    return bytes(Timezone.from_tzinfo(zone, first_date=first, last_date=last).to_ical())


def _precise(moment: dt.datetime) -> str:
    moment = moment.astimezone(dt.UTC)
    return moment.strftime("%Y%m%dT%H%M%S.") + f"{moment.microsecond // 1000:03d}Z"


def _from_precise(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(text, "%Y%m%dT%H%M%S.%fZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return None


# -- reading ----------------------------------------------------------------------------


def read_event(data: str | bytes, *, zone_name: str | None) -> PlannerEvent | None:
    """The post a calendar object holds; None when the planner did not make it.

    Raises ``EventUnreadable`` for a planner event that cannot be a post (a text too
    long for its platform, an unknown kind…).
    """
    try:
        calendar = Calendar.from_ical(_without_known_zones(data))
    except ValueError as exc:
        raise EventUnreadable("", f"it is not a calendar object ({exc})") from None
    ours = [e for e in calendar.walk("VEVENT") if isinstance(e, Event) and "X-PLANNER-KIND" in e]
    if not ours:
        return None
    event = ours[0]
    uid = str(event.get("UID", ""))
    if not uid.endswith(UID_SUFFIX) or not uid.removesuffix(UID_SUFFIX):
        raise EventUnreadable(uid, f"its UID does not end in {UID_SUFFIX}")
    post_uid = uid.removesuffix(UID_SUFFIX)
    try:
        post = _post(event, post_uid, zone_name)
    except (ValueError, KeyError, TypeError, zoneinfo.ZoneInfoNotFoundError) as exc:
        raise EventUnreadable(uid, str(exc)) from None
    problems = post.problems()
    if problems:
        raise EventUnreadable(uid, problems[0])
    return PlannerEvent(post, _changed_at(event), _sequence(event))


_VTIMEZONE = re.compile(rb"BEGIN:VTIMEZONE\r?\n.*?END:VTIMEZONE\r?\n", re.S)
_TZID = re.compile(rb"^TZID:([^\r\n]+)", re.M)


def _without_known_zones(data: str | bytes) -> bytes:
    """The object without the VTIMEZONEs of IANA zones: icalendar reads those zones by
    name, and parsing their rules again was a third of reading an event."""
    raw = data.encode("utf-8") if isinstance(data, str) else data

    def known(block: re.Match[bytes]) -> bytes:
        name = _TZID.search(block.group(0))
        return (
            b"" if name and _is_zone(name.group(1).decode("utf-8", "replace")) else block.group(0)
        )

    return _VTIMEZONE.sub(known, raw)


@lru_cache(maxsize=64)
def _is_zone(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name.strip())
    except (ValueError, zoneinfo.ZoneInfoNotFoundError, OSError):
        return False
    return True


def _text(event: Event, name: str, default: str = "") -> str:
    value = event.get(name)
    if value is None:
        return default
    if isinstance(value, list):
        value = value[0]
    if isinstance(value, vText):
        return str(value)
    # An X- property that lost its VALUE=TEXT comes back in its escaped form.
    return _unescape(value.to_ical().decode("utf-8"))


_ESCAPED = re.compile(r"\\([\\;,nN])")


def _unescape(text: str) -> str:
    return _ESCAPED.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _post(event: Event, uid: str, zone_name: str | None) -> Post:
    kind = Kind.parse(_text(event, "X-PLANNER-KIND"))
    platform = Platform.parse(_text(event, "X-PLANNER-PLATFORM"))
    named = _text(event, "X-PLANNER-STATUS")
    if named:
        status = Status.parse(named)
    else:
        status = _FROM_EVENT_STATUS.get(_text(event, "STATUS").upper(), Status.DRAFT)
    if status is Status.IDEA:
        raise ValueError("an idea has no place on the calendar")
    if "DTSTART" not in event:
        raise ValueError("it has no start")
    day, time = _local_start(event.decoded("DTSTART"), zone_name)
    text = _text(event, "DESCRIPTION") or _text(event, "SUMMARY")
    link = _text(event, "X-PLANNER-LINK") if "X-PLANNER-LINK" in event else _text(event, "URL")
    post = Post(
        platform=platform,
        kind=kind,
        text=text,
        status=status,
        date=day,
        time=time,
        link=link,
        notes=_text(event, "X-PLANNER-NOTES"),
        uid=uid,
    )
    if _HAS_USES:
        post = post.with_changes(uses=parse_uses(_text(event, "X-PLANNER-USES")))
    return post


def _local_start(start: object, zone_name: str | None) -> tuple[dt.date, dt.time]:
    if isinstance(start, dt.datetime):
        if start.tzinfo is not None:
            start = start.astimezone(zoneinfo.ZoneInfo(zone_name) if zone_name else None)
        return start.date(), start.time().replace(second=0, microsecond=0, tzinfo=None)
    if isinstance(start, dt.date):  # made all-day in someone's calendar app
        return start, DEFAULT_TIME
    raise ValueError("its start is not a date")


def _changed_at(event: Event) -> dt.datetime | None:
    """The latest of X-PLANNER-CHANGED, LAST-MODIFIED and DTSTAMP: the planner writes
    all three as the post's change time; another app that edits the event updates the
    last two."""
    found: list[dt.datetime] = []
    precise = _from_precise(_text(event, "X-PLANNER-CHANGED"))
    if precise is not None:
        found.append(precise)
    for name in ("LAST-MODIFIED", "DTSTAMP"):
        if name in event:
            value = event.decoded(name)
            if isinstance(value, dt.datetime):
                aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
                found.append(aware.astimezone(dt.UTC))
    return max(found) if found else None


def _sequence(event: Event) -> int:
    try:
        return int(event.get("SEQUENCE", 0))
    except (TypeError, ValueError):
        return 0
