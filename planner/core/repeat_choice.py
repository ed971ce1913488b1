"""What a person picks in the editor's Repeat control, as RRULE text and back.

Every day, week, month or year, every so many; which weekdays; in a month, the same day,
the same weekday (the third Tuesday) or its last one; ending never, on a day, or after so
many times. Anything else is a custom rule, written as RRULE text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from planner.core.rrule_text import WEEKDAY_CODES, parse_rule, until_text

Frequency = Literal["NONE", "DAILY", "WEEKLY", "MONTHLY", "YEARLY", "CUSTOM"]
MonthlyBy = Literal["day", "weekday", "last"]
Ends = Literal["never", "on", "after"]


@dataclass(frozen=True, slots=True)
class RepeatChoice:
    """The Repeat control's fields. ``weekdays`` are 0 (Monday) to 6; empty means the
    start's weekday."""

    freq: Frequency = "NONE"
    interval: int = 1
    weekdays: tuple[int, ...] = ()
    monthly_by: MonthlyBy = "day"
    ends: Ends = "never"
    until: dt.date | None = None
    count: int = 10
    custom: str = ""

    def to_text(self, start: dt.date) -> str | None:
        """The RRULE text for a series starting on ``start``; None when it does not repeat.

        ValueError (a sentence to show) when the fields do not make a rule.
        """
        if self.freq == "NONE":
            return None
        if self.freq == "CUSTOM":
            return parse_rule(self.custom).to_text()
        parts = [f"FREQ={self.freq}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.freq == "WEEKLY":
            days = sorted(set(self.weekdays) or {start.weekday()})
            parts.append("BYDAY=" + ",".join(WEEKDAY_CODES[d] for d in days))
        elif self.freq == "MONTHLY":
            parts.append(_in_month(self.monthly_by, start))
        if self.ends == "on":
            if self.until is None or self.until < start:
                raise ValueError("The last day of the repeat is before the post's own day.")
            parts.append(f"UNTIL={until_text(self.until)}")
        elif self.ends == "after":
            parts.append(f"COUNT={self.count}")
        return parse_rule(";".join(parts)).to_text()


def nth_in_month(day: dt.date) -> int:
    """Which of its weekday in the month ``day`` is: 1 for the first Tuesday."""
    return (day.day - 1) // 7 + 1


def _in_month(by: MonthlyBy, start: dt.date) -> str:
    code = WEEKDAY_CODES[start.weekday()]
    if by == "weekday":
        return f"BYDAY={nth_in_month(start)}{code}"
    if by == "last":
        return f"BYDAY=-1{code}"
    return f"BYMONTHDAY={start.day}"


def choice_for(text: str | None, start: dt.date) -> RepeatChoice:
    """The control's fields for a stored rule; a rule the fields cannot show is custom."""
    if text is None:
        return RepeatChoice()
    parsed = parse_rule(text)
    ends: Ends = "never"
    until: dt.date | None = None
    if parsed.count is not None:
        ends = "after"
    elif parsed.until is not None:
        ends, until = "on", _as_date(parsed.until)
    base = RepeatChoice(parsed.freq, parsed.interval, ends=ends, until=until,  # type: ignore[arg-type]
                        count=parsed.count or 10)  # fmt: skip
    candidates: list[RepeatChoice] = [base]
    if parsed.freq == "WEEKLY":
        days = tuple(sorted({d for d, _ in parsed.byday}))
        candidates = [RepeatChoice(**{**_fields(base), "weekdays": days})]  # type: ignore[arg-type]
    elif parsed.freq == "MONTHLY":
        candidates = [
            RepeatChoice(**{**_fields(base), "monthly_by": by})  # type: ignore[arg-type]
            for by in ("day", "weekday", "last")
        ]
    for choice in candidates:
        try:
            if choice.to_text(start) == parsed.to_text():
                return choice
        except ValueError:
            continue
    return RepeatChoice("CUSTOM", custom=parsed.to_text())


def _fields(choice: RepeatChoice) -> dict[str, object]:
    return {name: getattr(choice, name) for name in choice.__slots__}


def _as_date(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value
