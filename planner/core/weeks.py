"""ISO weeks, Monday to Sunday, named like ``2026-W49``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from planner.core.domain import FIRST_DAY, LAST_DAY, YEARS, month_abbr, parse_date

# ASCII digits only: a plain \d also matches full-width and Arabic digits.
_WEEK_NAME = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE | re.ASCII)
_LOOKS_LIKE_DATE = re.compile(r"\s*\d{4}-\d{1,2}-\d{1,2}\s*", re.ASCII)
# The weeks people name by where they are: this week, the next, the one before.
_RELATIVE_WEEKS = {"this": 0, "next": 1, "last": -1, "previous": -1}


@dataclass(frozen=True, order=True, slots=True)
class Week:
    """An ISO week. ``Week(2026, 49)`` runs from Mon 30 Nov to Sun 6 Dec 2026."""

    year: int
    number: int

    def __post_init__(self) -> None:
        if not 1 <= self.number <= weeks_in_year(self.year):
            raise ValueError(f"{self.year} has no week {self.number}")

    @classmethod
    def parse(cls, text: str) -> Week:
        """Read ``2026-W49`` (or ``2026W49``): a week holding a day of 1900 to 2200."""
        match = _WEEK_NAME.match(text)
        if not match:
            raise ValueError(f"{text!r} is not a week; write it like 2026-W49")
        year = int(match.group(1))
        # The year first: the days of 9999-W52 are past what a date can hold.
        if not FIRST_DAY.year - 1 <= year <= LAST_DAY.year + 1:
            raise ValueError(f"{text!r} is outside {YEARS}")
        try:
            week = cls(year, int(match.group(2)))
        except ValueError as exc:
            raise ValueError(f"{text!r} is not a week: {exc}") from None
        if week.sunday < FIRST_DAY or week.monday > LAST_DAY:
            raise ValueError(f"{text!r} is outside {YEARS}")
        return week

    @classmethod
    def containing(cls, day: dt.date) -> Week:
        year, number, _ = day.isocalendar()
        return cls(year, number)

    @classmethod
    def this_week(cls) -> Week:
        return cls.containing(dt.date.today())

    def __str__(self) -> str:
        return f"{self.year}-W{self.number:02d}"

    @property
    def monday(self) -> dt.date:
        return dt.date.fromisocalendar(self.year, self.number, 1)

    @property
    def sunday(self) -> dt.date:
        return self.monday + dt.timedelta(days=6)

    def days(self) -> list[dt.date]:
        monday = self.monday
        return [monday + dt.timedelta(days=i) for i in range(7)]

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.monday <= day <= self.sunday

    def next(self) -> Week:
        return Week.containing(self.monday + dt.timedelta(days=7))

    def previous(self) -> Week:
        return Week.containing(self.monday - dt.timedelta(days=7))

    def shifted(self, weeks: int) -> Week:
        return Week.containing(self.monday + dt.timedelta(days=7 * weeks))

    def title(self) -> str:
        """``Week 49 · 30 Nov – 6 Dec 2026``, as the window header shows it."""
        return f"Week {self.number} · {date_range_label(self.monday, self.sunday)}"


def week_named(text: str, today: dt.date) -> Week:
    """Read a week as people name it: ``2026-W49``, any day in it (``2026-12-02``), or
    ``this``, ``next`` or ``last`` (``this week`` too), counted from ``today``.

    A ValueError says which forms are understood.
    """
    if _WEEK_NAME.match(text):
        return Week.parse(text)
    if _LOOKS_LIKE_DATE.fullmatch(text):
        return Week.containing(parse_date(text))
    words = text.strip().lower().split()
    if words[-1:] == ["week"]:
        words = words[:-1]
    if len(words) == 1 and words[0] in _RELATIVE_WEEKS:
        week = Week.containing(today).shifted(_RELATIVE_WEEKS[words[0]])
        if week.sunday < FIRST_DAY or week.monday > LAST_DAY:
            raise ValueError(f"{text!r} is outside {YEARS}")
        return week
    raise ValueError(
        f"{text!r} is not a week; write it like 2026-W49, a day in it like 2026-12-02, this or next"
    )


def weeks_in_year(year: int) -> int:
    """52 or 53: 28 December always falls in the year's last ISO week."""
    return dt.date(year, 12, 28).isocalendar()[1]


def date_range_label(first: dt.date, last: dt.date) -> str:
    """``30 Nov – 6 Dec 2026``; the year is written once when both days share it."""
    if first.year == last.year:
        return f"{first.day} {month_abbr(first)} – {last.day} {month_abbr(last)} {last.year}"
    return (
        f"{first.day} {month_abbr(first)} {first.year} – {last.day} {month_abbr(last)} {last.year}"
    )
