"""Moving a whole series by a number of days: what a drag of one post means for "all".

Weekly on Monday moved a day later is weekly on Tuesday; monthly on the 15th is monthly
on the 16th; the second Tuesday of the month becomes the second Wednesday. The start,
the end, UNTIL and the days left out move with it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from planner.core.recurrence import SeriesRule
from planner.core.rrule_text import ParsedRule


def shifted_rule(rule: SeriesRule, days: int) -> SeriesRule:
    """``rule`` with every day ``days`` later (earlier when negative).

    ValueError, saying what to do instead, when a day of the month would leave the
    month (the 31st a day later). A month without the new day is skipped, as RFC 5545
    says of a monthly rule.
    """
    if days == 0:
        return rule
    step = dt.timedelta(days=days)
    parsed = _shifted(rule.parsed, days)
    return replace(
        rule,
        rrule=parsed.to_text(),
        start=rule.start + step,
        end=None if rule.end is None else rule.end + step,
        skipped=frozenset(day + step for day in rule.skipped),
    )


def _shifted(parsed: ParsedRule, days: int) -> ParsedRule:
    byday = tuple(((day + days) % 7, n) for day, n in parsed.byday)
    monthdays = tuple(_month_day(d, days) for d in parsed.bymonthday)
    until = parsed.until
    if until is not None:
        until = until + dt.timedelta(days=days)
    return replace(parsed, byday=byday, bymonthday=monthdays, until=until)


def _month_day(day: int, days: int) -> int:
    moved = day + days
    if (day > 0 and not 1 <= moved <= 31) or (day < 0 and not -31 <= moved <= -1):
        raise ValueError(
            "Moving every post of this series that far would take its day of the month "
            "out of the month; move this post alone, or change the repeat rule."
        )
    return moved
