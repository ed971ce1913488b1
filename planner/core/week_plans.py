"""Copy a week, and week templates: a week's posts by weekday and time, to reuse.

Pure: posts in, new posts out. The copies are new posts, with no id, uid or series, so
the store gives them identities of their own when it saves them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace

from planner.core.domain import Kind, Platform, Post, Status, format_time, parse_time
from planner.core.wall_clock import place, zone_named
from planner.core.weeks import Week

# Whatever names one stored post, and what a copy has instead.
IDENTITY_FIELDS: dict[str, object] = {"id": None, "uid": "", "series": None, "series_day": None}


def as_new_post(post: Post, **changes: object) -> Post:
    """``post`` with ``changes`` and no identity (id, uid, series), ready to be saved anew."""
    names = {f.name for f in fields(Post)}
    resets = {name: blank for name, blank in IDENTITY_FIELDS.items() if name in names}
    return replace(post, **{**resets, **changes})  # type: ignore[arg-type]


def copy_week(
    posts: Iterable[Post],
    source: Week,
    target: Week,
    status: Status = Status.DRAFT,
    zone: str | None = None,
) -> list[Post]:
    """The dated posts of ``source`` as new posts in ``target``: same weekday, same time.

    Ideas stay where they are. Each copy gets ``status`` (a draft unless told). Times are
    wall-clock times, so a clock change between the weeks changes nothing; with ``zone``
    a time the target day does not have moves forward by the gap, as a series does.
    """
    _check_dated(status)
    shift = target.monday - source.monday
    copies = [
        _dated_copy(post, post.date + shift, post.time, status, zone)
        for post in posts
        if post.date is not None and post.time is not None and post.date in source
    ]
    return sorted(copies, key=_when)


@dataclass(frozen=True, slots=True)
class TemplateSlot:
    """One post of a week template: weekday (0 = Monday), time, and what to post."""

    weekday: int
    time: dt.time
    platform: Platform
    kind: Kind
    text: str
    link: str = ""
    notes: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise ValueError(f"A template weekday is 0 (Monday) to 6 (Sunday), not {self.weekday}.")

    def to_dict(self) -> dict[str, str | int]:
        """A plain mapping, as a store or a JSON file keeps it."""
        return {
            "weekday": self.weekday,
            "time": format_time(self.time),
            "platform": self.platform.value,
            "kind": self.kind.value,
            "text": self.text,
            "link": self.link,
            "notes": self.notes,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> TemplateSlot:
        """Read what ``to_dict`` wrote; a ValueError names the field that is wrong."""
        try:
            weekday = data["weekday"]
            if not isinstance(weekday, int) or isinstance(weekday, bool):
                raise ValueError(f"weekday {weekday!r} is not a number from 0 to 6")
            return cls(
                weekday=weekday,
                time=parse_time(_text(data, "time")),
                platform=Platform.parse(_text(data, "platform")),
                kind=Kind.parse(_text(data, "kind")),
                text=_text(data, "text"),
                link=_text(data, "link", ""),
                notes=_text(data, "notes", ""),
            )
        except KeyError as missing:
            raise ValueError(f"A template post has no {missing.args[0]}.") from None


def template_from_week(posts: Iterable[Post], week: Week) -> list[TemplateSlot]:
    """The dated posts of ``week`` as template slots, in weekday and time order."""
    slots = [
        TemplateSlot(
            weekday=post.date.weekday(),
            time=post.time,
            platform=post.platform,
            kind=post.kind,
            text=post.text,
            link=post.link,
            notes=post.notes,
        )
        for post in posts
        if post.date is not None and post.time is not None and post.date in week
    ]
    return sorted(slots, key=lambda s: (s.weekday, s.time))


def apply_template(
    template: Sequence[TemplateSlot],
    week: Week,
    status: Status = Status.DRAFT,
    zone: str | None = None,
) -> list[Post]:
    """New posts for ``week`` from ``template``, each with ``status`` (a draft by default).

    With ``zone``, a time the day does not have moves forward by the gap.
    """
    _check_dated(status)
    posts = [
        _dated_copy(
            Post(
                platform=slot.platform,
                kind=slot.kind,
                text=slot.text,
                link=slot.link,
                notes=slot.notes,
            ),
            week.monday + dt.timedelta(days=slot.weekday),
            slot.time,
            status,
            zone,
        )
        for slot in template
    ]
    return sorted(posts, key=_when)


def _dated_copy(post: Post, day: dt.date, wall: dt.time, status: Status, zone: str | None) -> Post:
    if zone is not None:
        placed = place(day, wall, zone_named(zone))
        day, wall = placed.date(), placed.time()
    return as_new_post(post, date=day, time=wall, status=status)


def _check_dated(status: Status) -> None:
    if status is Status.IDEA:
        raise ValueError("Copies are dated posts; give them draft, scheduled or published.")


def _when(post: Post) -> tuple[dt.date, dt.time]:
    assert post.date is not None and post.time is not None  # every copy is dated
    return post.date, post.time


def _text(data: Mapping[str, object], key: str, default: str | None = None) -> str:
    value = data[key] if default is None else data.get(key, default)
    if not isinstance(value, str):
        raise ValueError(f"A template post's {key} is not text: {value!r}.")
    return value
