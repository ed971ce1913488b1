"""Awareness days: health observances by date rule and country, plus the practice's own.

The shipped list is ``resources/awareness/days.csv`` with the columns
``name,rule,country,span,source``. A rule is one of:

- a fixed day, ``03-20`` (20 March);
- the nth weekday of a month, ``2nd Thu of Mar`` or ``last Fri of Sep``;
- a month, ``Oct`` (from its first day);
- any of those after ``week of``, for a week that starts on that day.

``span`` is ``day``, ``week`` (seven days from the date) or ``month`` (to the day before
the same day a month later: ``Oct`` is all October, ``05-15`` runs to 14 June).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from planner.core.domain import DAY_NAMES, MONTH_NAMES

Span = Literal["day", "week", "month"]
SPANS: tuple[Span, ...] = ("day", "week", "month")
COLUMNS = ("name", "rule", "country", "span", "source")
EVERY_COUNTRY = "ALL"

_NTH = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "last": -1}
_NTH |= {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_FIXED = re.compile(r"^(\d{2})-(\d{2})$")
_NTH_WEEKDAY = re.compile(r"^(\w+)\s+(\w+)\s+of\s+(\w+)$")
_COUNTRY = re.compile(r"^(ALL|[A-Z]{2})$")
RULE_HELP = "write it like 03-20, 2nd Tue of Mar, last Fri of Sep, Oct or week of 04-24"


@dataclass(frozen=True, slots=True)
class DayRule:
    """When an observance starts in a year: a fixed day, an nth weekday, or a month."""

    month: int
    day: int | None = None  # a fixed day of the month
    weekday: int | None = None  # with nth: the nth such weekday (-1 for the last)
    nth: int | None = None
    week: bool = False  # written "week of …"

    def on(self, year: int) -> dt.date | None:
        """The first day in ``year``, or None when the year has no such day (a 5th Monday)."""
        if self.weekday is not None and self.nth is not None:
            days = [
                d
                for d in calendar.Calendar().itermonthdates(year, self.month)
                if d.month == self.month and d.weekday() == self.weekday
            ]
            index = self.nth - 1 if self.nth > 0 else self.nth
            return days[index] if -len(days) <= index < len(days) else None
        try:
            return dt.date(year, self.month, self.day or 1)
        except ValueError:
            return None  # 29 February in a common year


def parse_day_rule(text: str) -> DayRule:
    """Read a rule (see the module notes); a ValueError says how to write it."""
    words = " ".join(text.split()).lower()
    week = words.startswith("week of ")
    body = words.removeprefix("week of ")
    fixed = _FIXED.match(body)
    if fixed:
        month, day = int(fixed.group(1)), int(fixed.group(2))
        if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2028, month)[1]:
            raise ValueError(f"{text!r} is not a day of the year; {RULE_HELP}.")
        return DayRule(month, day=day, week=week)
    whole_month = _named(body, MONTH_NAMES)
    if whole_month is not None:
        return DayRule(whole_month + 1, week=week)
    nth = _NTH_WEEKDAY.match(body)
    if nth and nth.group(1) in _NTH:
        weekday, in_month = _named(nth.group(2), DAY_NAMES), _named(nth.group(3), MONTH_NAMES)
        if weekday is not None and in_month is not None:
            return DayRule(in_month + 1, weekday=weekday, nth=_NTH[nth.group(1)], week=week)
    raise ValueError(f"{text!r} is not a date rule; {RULE_HELP}.")


def _named(word: str, names: tuple[str, ...]) -> int | None:
    """The index of the name ``word`` spells or shortens to three letters or more."""
    for index, name in enumerate(names):
        if len(word) >= 3 and name.lower().startswith(word):
            return index
    return None


@dataclass(frozen=True, slots=True)
class Observance:
    """One row of the list: a named observance, its rule, country, span and source."""

    name: str
    rule: DayRule
    country: str
    span: Span
    source: str


@dataclass(frozen=True, slots=True)
class OwnDay:
    """A day of the practice's own: an anniversary, an open day. ``yearly`` repeats it."""

    name: str
    date: dt.date
    yearly: bool = False


@dataclass(frozen=True, slots=True)
class AwarenessDay:
    """An observance on the calendar: its first ``date``, its ``last`` day and its span."""

    date: dt.date
    name: str
    source: str
    span: Span
    last: dt.date
    own: bool = False

    def to_json(self) -> dict[str, str]:
        """The ``days --json`` shape of one day."""
        return {
            "date": self.date.isoformat(),
            "name": self.name,
            "source": self.source,
            "span": self.span,
        }


def to_json(days: Iterable[AwarenessDay]) -> list[dict[str, str]]:
    """``days --json``: ``[{"date", "name", "source", "span"}, ...]``."""
    return [day.to_json() for day in days]


def read_observances(text: str, where: str = "days.csv") -> list[Observance]:
    """Read the CSV list; a ValueError names the file, the line and what to write."""
    reader = csv.DictReader(io.StringIO(text.removeprefix("\ufeff")))
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise ValueError(f"{where}: the first line must be {','.join(COLUMNS)}.")
    found: list[Observance] = []
    for row in reader:
        line = reader.line_num
        try:
            found.append(_observance(row))
        except ValueError as problem:
            raise ValueError(f"{where} line {line}: {problem}") from None
    return found


def _observance(row: dict[str, str]) -> Observance:
    values = {key: (row.get(key) or "").strip() for key in COLUMNS}
    if not values["name"]:
        raise ValueError("the name is empty.")
    rule = parse_day_rule(values["rule"])
    span = values["span"].lower()
    if span not in SPANS:
        raise ValueError(f"span {values['span']!r} is not day, week or month.")
    if rule.week and span != "week":
        raise ValueError(f"{values['rule']!r} is a week; give it span week.")
    if rule.day is None and rule.weekday is None and span != "month":
        raise ValueError(f"{values['rule']!r} is a month; give it span month.")
    country = values["country"].upper()
    if not _COUNTRY.match(country):
        raise ValueError(f"country {values['country']!r} is not ALL or a code like GB or US.")
    if not values["source"].startswith(("https://", "http://")):
        raise ValueError("the source must be the organiser's web address (https://…).")
    return Observance(values["name"], rule, country, span, values["source"])


@lru_cache(maxsize=8)
def load_observances(path: Path | None = None) -> tuple[Observance, ...]:
    """The list at ``path``, by default the shipped one under resources/awareness/."""
    if path is None:
        from planner.paths import resource_path

        path = resource_path("awareness", "days.csv")
    return tuple(read_observances(path.read_text(encoding="utf-8"), path.name))


def days_between(
    start: dt.date,
    end: dt.date,
    country: str | None,
    own_days: Iterable[OwnDay] = (),
    hidden_names: Iterable[str] = (),
    observances: Iterable[Observance] | None = None,
) -> list[AwarenessDay]:
    """Observances and own days that touch ``start``–``end`` (inclusive), by date and name.

    ``country`` (``GB``, ``US`` or None) adds that country's observances to the ones for
    everywhere. A week or month that began before ``start`` is included with its real
    first date. ``hidden_names`` leaves those names out, whatever their case.
    """
    wanted = {EVERY_COUNTRY} | ({country.strip().upper()} if country else set())
    hidden = {name.strip().casefold() for name in hidden_names}
    found: list[AwarenessDay] = []
    for item in load_observances() if observances is None else observances:
        if item.country not in wanted or item.name.casefold() in hidden:
            continue
        for year in range(start.year - 1, end.year + 1):
            first = item.rule.on(year)
            if first is None:
                continue
            last = span_end(first, item.span)
            if first <= end and last >= start:
                found.append(AwarenessDay(first, item.name, item.source, item.span, last))
    for own in own_days:
        if own.name.strip().casefold() in hidden:
            continue
        if own.yearly:
            years = range(max(own.date.year, start.year), end.year + 1)
            dates = [_same_day_in(own.date, year) for year in years]
        else:
            dates = [own.date]
        found += [
            AwarenessDay(d, own.name, "", "day", d, own=True) for d in dates if start <= d <= end
        ]
    return sorted(found, key=lambda day: (day.date, day.name.casefold()))


_SPAN_ORDER = {"day": 0, "week": 1, "month": 2}


def by_day(days: Iterable[AwarenessDay], first: dt.date) -> dict[dt.date, list[AwarenessDay]]:
    """The days by the day they are shown on: their own date, or ``first`` for a week or
    a month that began before it. A day's own observances come before longer ones."""
    found: dict[dt.date, list[AwarenessDay]] = {}
    for day in days:
        found.setdefault(max(day.date, first), []).append(day)
    return {
        shown: sorted(items, key=lambda a: (_SPAN_ORDER[a.span], a.date))
        for shown, items in found.items()
    }


def span_end(first: dt.date, span: Span) -> dt.date:
    """The last day of a span that starts on ``first``."""
    if span == "day":
        return first
    if span == "week":
        return first + dt.timedelta(days=6)
    year, month = (first.year + 1, 1) if first.month == 12 else (first.year, first.month + 1)
    same_day = min(first.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, same_day) - dt.timedelta(days=1)


def _same_day_in(day: dt.date, year: int) -> dt.date:
    """``day`` in ``year``; a 29 February anniversary falls on the 28th in common years."""
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))
