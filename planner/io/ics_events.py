"""One post as one calendar event (VEVENT), and back: the mapping a calendar file and
a CalDAV calendar share.

The event's ``UID`` is ``<post uid>@social-media-planner``, so two stores (or two
practices) never collide and writing a post again replaces its event. Times are the
practice's wall-clock times with the zone's name (TZID). A time the clocks skip or pass
twice (01:30 on the night they change) is written as the one UTC instant the app means,
with ``X-PLANNER-WALL-TIME`` keeping the time as planned, so that every calendar shows
the same moment and the post reads back unchanged.

What calendars cannot say is kept in ``X-PLANNER-KIND``, ``X-PLANNER-PLATFORM``,
``X-PLANNER-STATUS``, ``X-PLANNER-NOTES`` and ``X-PLANNER-LINK`` (also the event's
``URL`` when it is one). Line breaks in text come back as LF: a calendar has no other
kind.

Pure: no file, no network, no clock (the stamp is passed in).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from zoneinfo import ZoneInfo

from icalendar import Event, vText

from planner.core.domain import Kind, Platform, Post, Status, first_line
from planner.core.wall_clock import place

EVENT_MINUTES = 15
UID_DOMAIN = "social-media-planner"
UID_SUFFIX = f"@{UID_DOMAIN}"
_EVENT_STATUS = {
    Status.DRAFT: "TENTATIVE",
    Status.SCHEDULED: "CONFIRMED",
    Status.PUBLISHED: "CONFIRMED",
}
_STATUS_FROM_EVENT = {"TENTATIVE": Status.DRAFT, "CONFIRMED": Status.SCHEDULED}
# SEQUENCE counts minutes from here: every later export of a post has a higher one, so
# a calendar that imports the file again takes it as an update of what it holds.
_SEQUENCE_EPOCH = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)


def event_uid(post: Post) -> str:
    """``<uid>@social-media-planner``; a post never saved gets one from its content."""
    if post.uid:
        return post.uid + UID_SUFFIX
    fields = [post.platform.value, post.kind.value, str(post.date), str(post.time), post.text]
    content = "\x1f".join(fields)
    digest = hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return f"post-{digest}{UID_SUFFIX}"


def post_uid(uid: str) -> str:
    """The post's uid in an event's UID (an event from elsewhere keeps its whole UID)."""
    return uid.removesuffix(UID_SUFFIX)


def sequence_at(stamp: dt.datetime) -> int:
    """The SEQUENCE of an event written at ``stamp``: whole minutes since 2020."""
    return max(0, int((stamp - _SEQUENCE_EPOCH).total_seconds() // 60))


def event_summary(post: Post) -> str:
    return f"{post.platform.label} · {post.kind.label} · {first_line(post.text, 80)}"


def event_description(post: Post) -> str:
    return _lf(post.text) + _description_tail(post.link, post.notes)


def _description_tail(link: str, notes: str) -> str:
    tail = ""
    if link.strip():
        tail += f"\n\nLink: {_lf(link.strip())}"
    if notes.strip():
        tail += f"\n\nNotes: {_lf(notes)}"
    return tail


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def post_to_event(
    post: Post,
    zone: ZoneInfo | None,
    *,
    stamp: dt.datetime,
    sequence: int | None = None,
    modified: dt.datetime | None = None,
) -> Event:
    """The event for a dated post. ``zone`` None writes floating times.

    ``stamp`` is DTSTAMP. ``sequence`` and ``modified`` (LAST-MODIFIED) default to
    what ``stamp`` gives, so each export supersedes the one before; a store that keeps a
    post's own revision and change time passes those.
    """
    if post.date is None:
        raise ValueError("An idea has no date, so it has no event.")
    event = Event()
    event.add("uid", event_uid(post))
    event.add("dtstamp", stamp)
    event.add("sequence", sequence_at(stamp) if sequence is None else sequence)
    event.add("last-modified", modified or stamp)
    if post.time is None:  # cannot be saved that way, but never lose it from the calendar
        event.add("dtstart", post.date)
        event.add("dtend", post.date + dt.timedelta(days=1))
    else:
        start = event_start(post.date, post.time, zone)
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(minutes=EVENT_MINUTES))
        if start.tzinfo is dt.UTC and zone is not None and zone.key not in _UTC_NAMES:
            _add_text(event, "x-planner-wall-time", post.time.strftime("%H:%M"))
    event.add("summary", event_summary(post))
    event.add("description", event_description(post))
    event.add("categories", [post.kind.label])
    if post.status in _EVENT_STATUS:
        event.add("status", _EVENT_STATUS[post.status])
    event.add("transp", "TRANSPARENT")  # a planned post does not make anyone busy
    link = _lf(post.link.strip())
    if link:
        _add_text(event, "x-planner-link", link)
        if not any(c.isspace() or not c.isprintable() for c in link):
            event.add("url", link)  # calendar apps make it a button
    _add_text(event, "x-planner-kind", post.kind.value)
    _add_text(event, "x-planner-platform", post.platform.value)
    _add_text(event, "x-planner-status", post.status.value)
    if post.notes:
        _add_text(event, "x-planner-notes", _lf(post.notes))
    return event


_UTC_NAMES = frozenset({"UTC", "Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "UCT",
                        "Universal", "Zulu", "Etc/GMT", "GMT"})  # fmt: skip


def event_start(day: dt.date, wall: dt.time, zone: ZoneInfo | None) -> dt.datetime:
    """When an event at ``wall`` on ``day`` starts: local with the zone, or, for a time the
    zone skips or passes twice, the UTC instant the app places it at (the time after the
    gap; the first of the two), which no calendar can read two ways."""
    local = dt.datetime.combine(day, wall, tzinfo=zone)
    if zone is None:
        return local
    placed = place(day, wall, zone)
    skipped = (placed.date(), placed.time()) != (day, wall)
    doubled = local.utcoffset() != local.replace(fold=1).utcoffset()
    if skipped or doubled:
        return placed.astimezone(dt.UTC)
    return local


def _add_text(event: Event, name: str, value: str) -> None:
    # VALUE=TEXT: a reader then unescapes it as text (an X- property is otherwise opaque).
    event.add(name, vText(value), parameters={"VALUE": "TEXT"})


def _text(event: Event, name: str) -> str:
    """An X- text property as written, escaped or not by whoever wrote it."""
    value = event.get(name)
    if value is None:
        return ""
    if isinstance(value, vText):
        return str(value)
    return re.sub(r"\\([nN;,\\])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), str(value))


def event_to_post(event: Event, zone: ZoneInfo | None) -> Post:
    """The post an event describes, read in ``zone`` (None: as the event's wall clock).

    The post has no id; its uid is the event's. Events from elsewhere work too: the
    platform then comes from the summary ("Facebook · …"), the kind from the category,
    and a missing one is a ValueError naming it.
    """
    day, wall = _start(event, zone)
    description = str(event.get("description", ""))
    link = (_text(event, "x-planner-link") or str(event.get("url", ""))).strip()
    notes = _text(event, "x-planner-notes")
    tail = _description_tail(link, notes)
    if tail and description.endswith(tail):
        text = description[: -len(tail)]
    else:
        text = description or str(event.get("summary", ""))
    return Post(
        platform=_platform(event),
        kind=_kind(event),
        text=text,
        status=_status(event),
        date=day,
        time=wall,
        link=link,
        notes=notes,
        uid=post_uid(str(event.get("uid", ""))),
    )


def _start(event: Event, zone: ZoneInfo | None) -> tuple[dt.date, dt.time | None]:
    start = event.decoded("dtstart")
    if not isinstance(start, dt.datetime):
        return start, None
    if start.tzinfo is not None and zone is not None:
        start = start.astimezone(zone)
    day, wall = start.date(), start.time().replace(tzinfo=None, fold=0)
    planned = _text(event, "x-planner-wall-time")
    if planned and zone is not None:
        try:
            kept = dt.time.fromisoformat(planned)
        except ValueError:
            kept = None
        # Only while the event is still at the moment that wall time means; a move in a
        # calendar app wins.
        if kept is not None and place(day, kept, zone).astimezone(dt.UTC) == start:
            wall = kept
    return day, wall


def _platform(event: Event) -> Platform:
    named = _text(event, "x-planner-platform") or str(event.get("summary", "")).split(" · ")[0]
    try:
        return Platform.parse(named)
    except ValueError:
        raise ValueError(f"the event {event.get('uid')} does not say its platform") from None


def _kind(event: Event) -> Kind:
    named = _text(event, "x-planner-kind")
    if not named:
        named = next((str(category) for category in event.categories), "")
    try:
        return Kind.parse(named)
    except ValueError:
        raise ValueError(f"the event {event.get('uid')} does not say its kind") from None


def _status(event: Event) -> Status:
    named = _text(event, "x-planner-status")
    if named:
        return Status.parse(named)
    return _STATUS_FROM_EVENT.get(str(event.get("status", "")).upper(), Status.SCHEDULED)
