"""The words of the product: posts, kinds, platforms and statuses.

Pure data, no Qt and no SQL. Every other layer speaks in these types.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from enum import StrEnum

from planner.core.uses import Use


class Kind(StrEnum):
    """What a post is: the practice's own, shared from elsewhere, or selling."""

    ORIGINAL = "original"
    SHARED = "shared"
    PROMOTIONAL = "promotional"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def letter(self) -> str:
        """One letter, so the plan still reads in black and white."""
        return self.value[0].upper()

    @property
    def colour(self) -> str:
        """The kind's one colour, from the colour-blind-safe Okabe-Ito palette."""
        return KIND_COLOURS[self]

    @classmethod
    def parse(cls, text: str) -> Kind:
        value = text.strip().lower()
        for kind in cls:
            if value in (kind.value, kind.letter.lower()):
                return kind
        names = ", ".join(k.value for k in cls)
        raise ValueError(f"unknown kind {text!r}; use one of {names}")


# Okabe-Ito: blue, orange and vermillion stay apart for the common colour-blindnesses.
KIND_COLOURS: dict[Kind, str] = {
    Kind.ORIGINAL: "#0072B2",
    Kind.SHARED: "#E69F00",
    Kind.PROMOTIONAL: "#D55E00",
}


class Status(StrEnum):
    IDEA = "idea"
    DRAFT = "draft"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @classmethod
    def parse(cls, text: str) -> Status:
        value = text.strip().lower()
        for status in cls:
            if value == status.value:
                return status
        names = ", ".join(s.value for s in cls)
        raise ValueError(f"unknown status {text!r}; use one of {names}")


class Platform(StrEnum):
    FACEBOOK = "facebook"
    X = "x"
    LINKEDIN = "linkedin"
    INSTAGRAM = "instagram"

    @property
    def info(self) -> PlatformInfo:
        return PLATFORMS[self]

    @property
    def label(self) -> str:
        return PLATFORMS[self].label

    @property
    def short(self) -> str:
        """The short name cards and the printed page use when the label does not fit."""
        return PLATFORMS[self].short

    @classmethod
    def parse(cls, text: str) -> Platform:
        """Accept a canonical name, a label or an alias (``twitter`` is ``x``)."""
        value = text.strip().lower()
        for platform, info in PLATFORMS.items():
            if value in (platform.value, info.label.lower(), *info.aliases):
                return platform
        names = ", ".join(p.value for p in cls)
        raise ValueError(f"unknown platform {text!r}; use one of {names}")


@dataclass(frozen=True, slots=True)
class PlatformInfo:
    """What the app knows of a platform. Adding a platform means one entry here."""

    label: str
    short: str  # two letters at most, for cards too narrow for the label: "LI", not "in"
    max_chars: int
    daily_limit: int
    aliases: tuple[str, ...] = ()


PLATFORMS: dict[Platform, PlatformInfo] = {
    Platform.FACEBOOK: PlatformInfo("Facebook", "FB", max_chars=63_206, daily_limit=1),
    Platform.X: PlatformInfo("X", "X", max_chars=280, daily_limit=5, aliases=("twitter",)),
    Platform.LINKEDIN: PlatformInfo("LinkedIn", "LI", max_chars=3_000, daily_limit=1),
    Platform.INSTAGRAM: PlatformInfo("Instagram", "IG", max_chars=2_200, daily_limit=2),
}


# The plan's calendar: far enough each way for any plan, and well inside what every
# layer (datetime, SQLite, calendar files, the week arithmetic) can represent.
FIRST_YEAR = 1900
LAST_YEAR = 2200
FIRST_DAY = dt.date(FIRST_YEAR, 1, 1)
LAST_DAY = dt.date(LAST_YEAR, 12, 31)
YEARS = f"the years {FIRST_YEAR} to {LAST_YEAR}"
MAX_COUNT = 10**12  # a reach or engagement count: far above any network's, far inside SQLite's


@dataclass(frozen=True, slots=True)
class Post:
    """One item planned for one platform.

    An idea has no date and no time; every other status has both. ``id`` is None
    and ``uid`` empty until the store has saved the post.
    """

    platform: Platform
    kind: Kind
    text: str
    status: Status = Status.DRAFT
    date: dt.date | None = None
    time: dt.time | None = None
    link: str = ""
    notes: str = ""
    id: int | None = field(default=None, compare=True)
    # A random UUID the store gives a new post; it never changes (moves, edits, exports,
    # imports, sync, restore). "" until the store has saved the post; a copy has none.
    uid: str = ""
    # What the network reported for a published post, typed in by hand (v7); None: not known.
    reach: int | None = None
    engagements: int | None = None
    uses: frozenset[Use] = frozenset()  # v5: what it features of a patient
    consents: frozenset[int] = frozenset()  # v5: the ids of the consent records linked
    # The series the post is an occurrence of, and the series day it stands for (its
    # date unless it was moved on its own); both None for a post that does not repeat.
    series: int | None = None
    series_day: dt.date | None = None

    @property
    def is_idea(self) -> bool:
        return self.date is None

    @property
    def first_line(self) -> str:
        return first_line(self.text)

    def with_changes(self, **changes: object) -> Post:
        return replace(self, **changes)  # type: ignore[arg-type]

    def problems(self) -> list[str]:
        """Why this post cannot be saved, in plain words; empty when it can."""
        found: list[str] = []
        if not self.text.strip():
            found.append("The text is empty.")
        limit = self.platform.info.max_chars
        if len(self.text) > limit:
            found.append(
                f"The text has {len(self.text):,} characters; "
                f"{self.platform.label} allows {limit:,}."
            )
        if self.status is Status.IDEA:
            if self.date is not None or self.time is not None:
                found.append("An idea has no date or time; pick another status to schedule it.")
        else:
            if self.date is None:
                found.append(f"A {self.status.value} post needs a date.")
            if self.time is None:
                found.append(f"A {self.status.value} post needs a time.")
        if self.date is not None and not FIRST_DAY <= self.date <= LAST_DAY:
            found.append(f"The date {self.date.isoformat()} is outside {YEARS}.")
        if self.time is not None and (self.time.second or self.time.microsecond):
            found.append("Times are whole minutes.")
        if "\x00" in self.text or "\x00" in self.link or "\x00" in self.notes:
            found.append("The text holds a NUL character, which cannot be saved.")
        for name, count in (("reach", self.reach), ("engagements", self.engagements)):
            if count is not None and not (type(count) is int and 0 <= count <= MAX_COUNT):
                found.append(f"The {name} must be a whole number from 0 to {MAX_COUNT:,}.")
        try:
            (self.text + self.link + self.notes).encode("utf-8")
        except UnicodeEncodeError:
            # A lone surrogate, as a broken paste can leave; it has no UTF-8 form.
            found.append("The text holds a broken character that cannot be saved.")
        return found


def first_line(text: str, width: int | None = None) -> str:
    """The first non-blank line of ``text``, cut with an ellipsis past ``width``."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    if width is not None and len(line) > width:
        return line[: max(width - 1, 0)].rstrip() + "…"
    return line


# ASCII digits only: str.isdigit() and a plain \d also take full-width and Arabic digits,
# and date.fromisoformat() also takes "20260101" and week dates like "2026-W01-1".
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
_TIME = re.compile(r"(\d{2}):(\d{2})", re.ASCII)


def parse_date(text: str) -> dt.date:
    """Parse ``YYYY-MM-DD`` strictly, in the years 1900 to 2200, with a message a person
    can act on. Surrounding spaces are allowed; nothing else is."""
    match = _DATE.fullmatch(text.strip())
    try:
        if match is None:
            raise ValueError
        day = dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        raise ValueError(f"{text!r} is not a date; write it as YYYY-MM-DD") from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValueError(f"{text!r} is outside {YEARS}")
    return day


def parse_time(text: str) -> dt.time:
    """Parse 24-hour ``HH:MM`` strictly (ASCII digits)."""
    match = _TIME.fullmatch(text.strip())
    try:
        if match is None:
            raise ValueError
        return dt.time(int(match.group(1)), int(match.group(2)))
    except ValueError:
        raise ValueError(f"{text!r} is not a time; write it as HH:MM (24-hour)") from None


def format_time(value: dt.time) -> str:
    return value.strftime("%H:%M")


# English names, fixed: strftime follows the process locale, which Qt changes.
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def day_name(day: dt.date) -> str:
    return DAY_NAMES[day.weekday()]


def month_abbr(day: dt.date) -> str:
    return MONTH_NAMES[day.month - 1][:3]


def short_day(day: dt.date) -> str:
    """``Tue 1 Dec``: the way the rules and the page name a day."""
    return f"{day_name(day)[:3]} {day.day} {month_abbr(day)}"
