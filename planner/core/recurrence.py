"""Recurring posts: a series rule and the days it falls on, at one local wall-clock time.

Dates are expanded with dateutil's rrule over LOCAL calendar dates, never by adding
hours to an instant, so a weekly 09:00 post stays at 09:00 across clock changes. Only
then is the time placed in the practice's zone (see ``wall_clock.place``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

from dateutil import rrule as du

from planner.core.rrule_text import FREQUENCIES, ParsedRule, parse_rule
from planner.core.wall_clock import UTC, place, zone_named

FIRST_DAY = dt.date(1900, 1, 1)  # the plan's years, as the product promises
LAST_DAY = dt.date(2200, 12, 31)
_FREQ = {name: getattr(du, name) for name in FREQUENCIES}
# 400 Gregorian years are exactly 20,871 weeks: the calendar repeats, weekdays and all.
_CYCLE_YEARS = 400


@dataclass(frozen=True, slots=True)
class SeriesRule:
    """How a series repeats: RRULE text, the local wall-clock time, the zone, the span.

    ``start`` is the first day the rule may fall on. ``end`` is an optional last day
    (inclusive) on top of the rule's own COUNT or UNTIL. ``skipped`` holds days the
    series leaves out (RFC 5545 EXDATE): a post deleted or moved on its own.
    """

    rrule: str
    time: dt.time
    zone: str
    start: dt.date
    end: dt.date | None = None
    skipped: frozenset[dt.date] = frozenset()
    parsed: ParsedRule = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        parsed = parse_rule(self.rrule)
        zone_named(self.zone)  # refuses an unknown zone now, not at the first expansion
        if not FIRST_DAY <= self.start <= LAST_DAY:
            raise ValueError(f"A series starts between {FIRST_DAY.year} and {LAST_DAY.year}.")
        if self.end is not None and self.end < self.start:
            raise ValueError(
                f"The series ends ({self.end.isoformat()}) before it starts "
                f"({self.start.isoformat()})."
            )
        if self.time.tzinfo is not None or self.time.second or self.time.microsecond:
            raise ValueError("A series time is a local wall-clock time in whole minutes.")
        # Normalised text, so equal rules compare equal and export the same.
        object.__setattr__(self, "rrule", parsed.to_text())
        object.__setattr__(self, "parsed", parsed)


class Occurrence(NamedTuple):
    """One day of a series and where its post goes.

    ``day`` is the series day (what ``skipped`` and the store's bookkeeping name);
    ``at`` is the aware local datetime of the post, moved forward if the time fell in a
    gap. ``date`` and ``time`` are the post's date and wall-clock time.
    """

    day: dt.date
    at: dt.datetime

    @property
    def date(self) -> dt.date:
        return self.at.date()

    @property
    def time(self) -> dt.time:
        return self.at.time()


def occurrences(rule: SeriesRule, start: dt.date, until: dt.date) -> list[Occurrence]:
    """The series' occurrences on days from ``start`` to ``until``, both inclusive."""
    zone = zone_named(rule.zone)
    days = occurrence_days(rule, start, until)
    return [Occurrence(day, place(day, rule.time, zone)) for day in days]


def occurrence_days(rule: SeriesRule, start: dt.date, until: dt.date) -> list[dt.date]:
    """The series days from ``start`` to ``until`` (inclusive), before placing any time."""
    first = max(start, rule.start, FIRST_DAY)
    last = min(until, _last_day(rule), LAST_DAY)
    if last < first or not _ever_falls(rule.parsed, rule.start):
        return []
    parsed, period_start = _fast_forward(rule.parsed, rule.start, first)
    found = _expansion(parsed, period_start, last).between(
        _midnight(first), _midnight(last), inc=True
    )
    return [d.date() for d in found if d.date() not in rule.skipped]


def next_dates(rule: SeriesRule, after: dt.date, n: int = 5) -> list[Occurrence]:
    """The next ``n`` occurrences on days after ``after`` (not on it), for a preview."""
    found: list[Occurrence] = []
    window_start = after + dt.timedelta(days=1)
    span = 366
    while len(found) < n and window_start <= min(_last_day(rule), LAST_DAY):
        window_end = window_start + dt.timedelta(days=span - 1)
        found += occurrences(rule, window_start, window_end)
        window_start, span = window_end + dt.timedelta(days=1), span * 4
    return found[:n]


def missing_occurrences(
    rule: SeriesRule,
    existing_dates: Iterable[dt.date],
    today: dt.date,
    horizon_days: int = 366,
) -> list[Occurrence]:
    """Occurrences from ``today`` up to ``horizon_days`` ahead that have no post yet.

    ``existing_dates`` are the series days that already have a post. Past days are never
    filled in: a post missing there was deleted, or the series began before it was made.
    """
    have = set(existing_dates)
    ahead = today + dt.timedelta(days=horizon_days)
    zone = zone_named(rule.zone)
    return [
        Occurrence(day, place(day, rule.time, zone))
        for day in occurrence_days(rule, today, ahead)
        if day not in have
    ]


def split_series(rule: SeriesRule, at: dt.date) -> tuple[SeriesRule | None, SeriesRule]:
    """Split for "this and the following": the days before ``at``, and those from ``at`` on.

    The first part is None when ``at`` is the series' first day. A COUNT is shared out,
    so the two parts together fall on exactly the days the one series did.
    """
    whole = replace(rule, skipped=frozenset())  # a skipped day still counts toward COUNT
    if not occurrences(whole, at, at):
        raise ValueError(f"{at.isoformat()} is not a day of this series.")
    before = occurrence_days(whole, rule.start, at - dt.timedelta(days=1))
    after_parsed = rule.parsed
    if after_parsed.count is not None:
        after_parsed = replace(after_parsed, count=after_parsed.count - len(before))
    later = replace(
        rule,
        rrule=after_parsed.to_text(),
        start=at,
        skipped=frozenset(d for d in rule.skipped if d >= at),
    )
    if not before:
        return None, later
    # Every day before ``at`` lies within the COUNT, so the end day alone bounds it.
    earlier = replace(
        rule,
        rrule=replace(rule.parsed, count=None).to_text(),
        end=at - dt.timedelta(days=1),
        skipped=frozenset(d for d in rule.skipped if d < at),
    )
    return earlier, later


def ended_after(rule: SeriesRule, last: dt.date) -> SeriesRule:
    """The series with no days after ``last`` (``series end SERIES --after DATE``)."""
    if last < rule.start:
        raise ValueError(
            f"The series starts on {rule.start.isoformat()}; end it on that day or later."
        )
    return replace(rule, end=min(rule.end, last) if rule.end else last)


def end_bound(rule: SeriesRule) -> dt.date | None:
    """The last day the series' end or UNTIL allows; None when only COUNT or nothing ends it."""
    bound = _last_day(rule)
    return None if bound == dt.date.max else bound


def check_series(rule: SeriesRule) -> None:
    """Raise ValueError when the series would never make a post, with the reason."""
    if not _ever_falls(rule.parsed, rule.start):
        raise ValueError(
            f"The repeat rule {rule.rrule} never falls on a day from "
            f"{rule.start.isoformat()} on; check BYMONTHDAY, BYDAY, BYSETPOS and INTERVAL."
        )
    if not next_dates(replace(rule, skipped=frozenset()), rule.start - dt.timedelta(days=1), 1):
        raise ValueError(
            f"The repeat rule {rule.rrule} has no day between {rule.start.isoformat()} "
            "and its end; move the start or the end."
        )


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _last_day(rule: SeriesRule) -> dt.date:
    """The last day the rule's UNTIL and the series' end allow (date.max for none)."""
    last = rule.end or dt.date.max
    until = rule.parsed.until
    if until is None:
        return last
    if not isinstance(until, dt.datetime):
        by_until = until
    elif until.tzinfo is None:  # floating local time
        on_time = rule.time <= until.time()
        by_until = until.date() if on_time else until.date() - dt.timedelta(days=1)
    else:
        by_until = _last_day_by_instant(until, rule.time, rule.zone)
    return min(last, by_until)


def _last_day_by_instant(until: dt.datetime, wall: dt.time, zone_name: str) -> dt.date:
    """The last day whose post at ``wall`` is not after the UTC instant ``until``."""
    zone = zone_named(zone_name)
    local_day = until.astimezone(zone).date()
    for day in (local_day + dt.timedelta(days=1), local_day, local_day - dt.timedelta(days=1)):
        if place(day, wall, zone).astimezone(UTC) <= until:
            return day
    return local_day - dt.timedelta(days=2)


def _fast_forward(parsed: ParsedRule, start: dt.date, first: dt.date) -> tuple[ParsedRule, dt.date]:
    """The rule and a later start that give the same days from ``first`` on.

    dateutil walks every period from the start; a series years old would be walked from
    its first week at each look. Moving the start by whole intervals to the period that
    holds ``first`` keeps the phase, once the days the start implied are written out.
    COUNT counts from the real start, so such a rule is left as it is.
    """
    if parsed.count is not None or first <= start:
        return parsed, start
    step = parsed.interval
    if parsed.freq == "DAILY":
        periods = (first - start).days // step
        later = start + dt.timedelta(days=periods * step)
    elif parsed.freq == "WEEKLY":
        week_start = start - dt.timedelta(days=(start.weekday() - parsed.wkst) % 7)
        periods = (first - week_start).days // (7 * step)
        later = week_start + dt.timedelta(days=periods * 7 * step)
    elif parsed.freq == "MONTHLY":
        periods = ((first.year - start.year) * 12 + first.month - start.month) // step
        month_index = start.year * 12 + start.month - 1 + periods * step
        later = dt.date(month_index // 12, month_index % 12 + 1, 1)
    else:
        periods = (first.year - start.year) // step
        later = dt.date(start.year + periods * step, 1, 1)
    if periods == 0:
        return parsed, start  # still in the first period, which begins before the start
    return _explicit(parsed, start), later


def _explicit(parsed: ParsedRule, start: dt.date) -> ParsedRule:
    """The rule with the weekday, day and month its start implies written out."""
    if parsed.freq == "WEEKLY" and not parsed.byday:
        return replace(parsed, byday=((start.weekday(), None),))
    if parsed.freq == "MONTHLY" and not (parsed.byday or parsed.bymonthday):
        return replace(parsed, bymonthday=(start.day,))
    if parsed.freq == "YEARLY":
        month = parsed.bymonth or (start.month,)
        day = parsed.bymonthday or (() if parsed.byday else (start.day,))
        return replace(parsed, bymonth=month, bymonthday=day)
    return parsed


def _expansion(parsed: ParsedRule, start: dt.date, last: dt.date) -> du.rrule:
    """dateutil's rrule over local midnights from ``start`` to ``last`` inclusive."""
    # RFC 5545 has COUNT or UNTIL, never both; with COUNT the window's end stops the search.
    until = None if parsed.count is not None else _midnight(last)
    return _dateutil_rule(parsed, _midnight(start), until)


def _dateutil_rule(parsed: ParsedRule, dtstart: dt.datetime, until: dt.datetime | None) -> du.rrule:
    weekdays = [du.weekday(day, n) for day, n in parsed.byday] or None
    return du.rrule(
        _FREQ[parsed.freq],
        dtstart=dtstart,
        interval=parsed.interval,
        wkst=parsed.wkst,
        count=parsed.count,
        until=until,
        byweekday=weekdays,
        bymonthday=parsed.bymonthday or None,
        bymonth=parsed.bymonth or None,
        bysetpos=parsed.bysetpos or None,
        cache=False,
    )


@lru_cache(maxsize=512)
def _ever_falls(parsed: ParsedRule, start: dt.date) -> bool:
    """Whether the rule falls on any day from ``start`` to the plan's last year.

    dateutil searches to year 9999 for a rule that never matches (monthly on 30 February
    takes most of a second), so rules that might never match are settled here first.
    """
    if parsed.freq == "WEEKLY":
        return True  # every week has every weekday
    if parsed.freq == "DAILY":
        days = {day for day, _ in parsed.byday}
        # Stepping by whole weeks keeps the start's weekday; any other step meets them all.
        return not days or parsed.interval % 7 != 0 or start.weekday() in days
    if _every_month_has_one(parsed, start):
        return True
    # Shift the start by whole 400-year cycles so dateutil's search runs into year 9999
    # soon after the plan's last year: same days, far fewer empty periods to step over.
    shift = (9999 - LAST_DAY.year) // _CYCLE_YEARS * _CYCLE_YEARS
    probe = _dateutil_rule(
        parsed.without_end(), _midnight(start.replace(year=start.year + shift)), None
    )
    first = next(iter(probe), None)
    return first is not None and first.year - shift <= LAST_DAY.year


def _every_month_has_one(parsed: ParsedRule, start: dt.date) -> bool:
    """True when every month the rule visits surely holds one of its days."""
    if parsed.bysetpos or (parsed.byday and parsed.bymonthday):
        return False
    if parsed.byday:
        return all(n is None or abs(n) <= 4 for _, n in parsed.byday)
    days = parsed.bymonthday or (start.day,)
    return all(abs(d) <= 28 for d in days)
