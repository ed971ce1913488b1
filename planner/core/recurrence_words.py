"""A series rule in the words a person would use: "Every 2 weeks on Tuesday and Thursday"."""

from __future__ import annotations

import datetime as dt

from planner.core.domain import DAY_NAMES, MONTH_NAMES, month_abbr
from planner.core.recurrence import SeriesRule, end_bound
from planner.core.rrule_text import ParsedRule

_UNITS = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}
_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}
_WORKING_DAYS = frozenset(range(5))


def describe(rule: SeriesRule) -> str:
    """How the series repeats and ends, in one short sentence without a full stop.

    "Every week on Monday, until 30 Jun 2027", "Every month on day 15, 10 times".
    """
    parsed = rule.parsed
    text = _every(parsed) + _which_days(parsed, rule.start)
    if parsed.count is not None:
        text += ", once" if parsed.count == 1 else f", {parsed.count} times"
    bound = end_bound(rule)
    if bound is not None:
        text += f", until {day_label(bound)}"
    return text


def day_label(day: dt.date) -> str:
    """``30 Jun 2027``."""
    return f"{day.day} {month_abbr(day)} {day.year}"


def and_list(words: list[str], last_word: str = "and") -> str:
    """``Monday, Wednesday and Friday``."""
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {last_word} {words[-1]}"


def _every(parsed: ParsedRule) -> str:
    unit = _UNITS[parsed.freq]
    if parsed.freq == "DAILY" and parsed.byday and parsed.interval == 1:
        return "Every"  # "Every Monday and Thursday" reads better than "Every day on …"
    if parsed.interval == 1:
        return f"Every {unit}"
    return f"Every {parsed.interval} {unit}s"


def _which_days(parsed: ParsedRule, start: dt.date) -> str:
    if parsed.freq == "DAILY":
        return _daily_days(parsed)
    if parsed.freq == "WEEKLY":
        days = sorted({d for d, _ in parsed.byday} or {start.weekday()})
        if frozenset(days) == _WORKING_DAYS:
            return " on weekdays (Monday to Friday)"
        return " on " + and_list([DAY_NAMES[d] for d in days])
    if parsed.freq == "MONTHLY":
        return " on " + _in_month(parsed, start)
    months = parsed.bymonth or (start.month,)
    month_words = and_list([MONTH_NAMES[m - 1] for m in sorted(months)])
    month_days = parsed.bymonthday or (start.day,)
    if not parsed.byday and len(months) == 1 and len(month_days) == 1 and month_days[0] > 0:
        return f" on {month_days[0]} {month_words}"  # "on 20 March"
    return f" on {_in_month(parsed, start)} of {month_words}"


def _daily_days(parsed: ParsedRule) -> str:
    if not parsed.byday:
        return ""
    days = sorted({d for d, _ in parsed.byday})
    names = and_list([DAY_NAMES[d] for d in days])
    working = frozenset(days) == _WORKING_DAYS
    if parsed.interval == 1:
        return " weekday (Monday to Friday)" if working else f" {names}"
    return f", on {'weekdays (Monday to Friday)' if working else names} only"


def _in_month(parsed: ParsedRule, start: dt.date) -> str:
    """The days within a month: "day 15", "the last day", "the second Tuesday"."""
    if parsed.bysetpos:
        days = sorted({d for d, _ in parsed.byday})
        positions = and_list([_ordinal(p) for p in parsed.bysetpos])
        if frozenset(days) == _WORKING_DAYS:
            return f"the {positions} weekday"
        return f"the {positions} " + and_list([DAY_NAMES[d] for d in days], "or")
    if parsed.bymonthday:
        dates = _month_days(parsed.bymonthday)
        if not parsed.byday:
            return dates
        return f"{dates} when it is " + and_list(
            [_weekday_word(day, n, "a") for day, n in parsed.byday], "or"
        )
    if parsed.byday:
        return and_list([_weekday_word(day, n, "every") for day, n in parsed.byday])
    return f"day {start.day}"


def _weekday_word(day: int, ordinal: int | None, plain: str) -> str:
    """``the second Tuesday``; a weekday with no number gets ``plain`` ("every", "a")."""
    if ordinal is None:
        return f"{plain} {DAY_NAMES[day]}"
    return f"the {_ordinal(ordinal)} {DAY_NAMES[day]}"


def _month_days(days: tuple[int, ...]) -> str:
    counted = sorted(d for d in days if d > 0)
    from_end = sorted((d for d in days if d < 0), reverse=True)
    parts: list[str] = []
    if counted:
        parts.append(("day " if len(counted) == 1 else "days ") + and_list(list(map(str, counted))))
    parts += [f"the {_ordinal(d)} day" for d in from_end]
    return and_list(parts)


def _ordinal(n: int) -> str:
    if n == -1:
        return "last"
    if n < 0:
        return f"{_ORDINALS.get(-n, f'{-n}th')}-last"
    return _ORDINALS.get(n, f"{n}th")
