"""RRULE text (RFC 5545) read into a checked value, and written back the same way.

A series repeats by day, week, month or year, keeps one wall-clock time of its own, and
ends by COUNT or UNTIL or never. Everything else RFC 5545 allows (hourly rules, BYHOUR,
week numbers) is refused with one sentence that says what to write instead.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
EXAMPLE = "for example FREQ=WEEKLY;BYDAY=MO"

_NOT_SUPPORTED = {
    "BYHOUR": "a series keeps its own time of day; leave BYHOUR out",
    "BYMINUTE": "a series keeps its own time of day; leave BYMINUTE out",
    "BYSECOND": "a series keeps its own time of day; leave BYSECOND out",
    "BYWEEKNO": "BYWEEKNO is not supported; use FREQ=WEEKLY with INTERVAL instead",
    "BYYEARDAY": "BYYEARDAY is not supported; use FREQ=YEARLY with BYMONTH and BYMONTHDAY",
}
_KNOWN = ("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS")
_BYDAY_ITEM = re.compile(r"^([+-]?\d{1,2})?([A-Z]{2})$")
_UNTIL = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$")
_WHOLE = re.compile(r"^[+-]?\d{1,4}$")


@dataclass(frozen=True, slots=True)
class ParsedRule:
    """A checked RRULE. ``byday`` holds (weekday 0=Monday, ordinal or None) pairs.

    ``until`` is a plain date (inclusive, RFC 5545 DATE), a naive datetime (floating
    local time) or an aware datetime in UTC.
    """

    freq: str
    interval: int = 1
    count: int | None = None
    until: dt.date | dt.datetime | None = None
    byday: tuple[tuple[int, int | None], ...] = ()
    bymonthday: tuple[int, ...] = ()
    bymonth: tuple[int, ...] = ()
    bysetpos: tuple[int, ...] = ()
    wkst: int = 0

    def to_text(self) -> str:
        """The rule as RRULE text, in one fixed order so equal rules read the same."""
        parts = [f"FREQ={self.freq}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.byday:
            parts.append("BYDAY=" + ",".join(_byday_text(d, n) for d, n in self.byday))
        if self.bymonthday:
            parts.append("BYMONTHDAY=" + ",".join(map(str, self.bymonthday)))
        if self.bymonth:
            parts.append("BYMONTH=" + ",".join(map(str, self.bymonth)))
        if self.bysetpos:
            parts.append("BYSETPOS=" + ",".join(map(str, self.bysetpos)))
        if self.wkst != 0:
            parts.append(f"WKST={WEEKDAY_CODES[self.wkst]}")
        if self.count is not None:
            parts.append(f"COUNT={self.count}")
        if self.until is not None:
            parts.append(f"UNTIL={until_text(self.until)}")
        return ";".join(parts)

    def without_end(self) -> ParsedRule:
        """The same rule with no COUNT and no UNTIL."""
        return replace(self, count=None, until=None)


def _byday_text(day: int, ordinal: int | None) -> str:
    return f"{'' if ordinal is None else ordinal}{WEEKDAY_CODES[day]}"


def until_text(value: dt.date | dt.datetime) -> str:
    """UNTIL as RFC 5545 writes it: ``20270630``, ``20270630T090000`` or ``…Z`` for UTC."""
    if not isinstance(value, dt.datetime):
        return value.strftime("%Y%m%d")
    text = value.strftime("%Y%m%dT%H%M%S")
    return text + "Z" if value.tzinfo is not None else text


def parse_rule(text: str) -> ParsedRule:
    """Read RRULE text (``FREQ=WEEKLY;BYDAY=MO,TH``, with or without ``RRULE:``).

    Raises ValueError with one sentence that says what is wrong and how to write it.
    """
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[len("RRULE:") :].strip()
    if not body:
        raise ValueError(f"The repeat rule is empty; write one, {EXAMPLE}.")
    values: dict[str, str] = {}
    for part in body.split(";"):
        if not part.strip():
            continue  # a trailing or doubled semicolon is harmless
        name, sep, value = part.partition("=")
        name, value = name.strip().upper(), value.strip().upper()
        if not sep or not name or not value:
            raise ValueError(f"{part.strip()!r} in the repeat rule is not NAME=VALUE; {EXAMPLE}.")
        if name in _NOT_SUPPORTED:
            raise ValueError(f"In the repeat rule, {_NOT_SUPPORTED[name]}.")
        if name not in (*_KNOWN, "WKST"):
            known = ", ".join(_KNOWN)
            raise ValueError(f"{name} is not part of a repeat rule; use {known} or WKST.")
        if name in values:
            raise ValueError(f"{name} appears twice in the repeat rule; keep one.")
        values[name] = value
    return _checked(values)


def _checked(values: dict[str, str]) -> ParsedRule:
    freq = values.get("FREQ")
    if freq is None:
        raise ValueError(f"The repeat rule needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY, {EXAMPLE}.")
    if freq not in FREQUENCIES:
        raise ValueError(
            f"FREQ={freq} is not supported; a series repeats DAILY, WEEKLY, MONTHLY or YEARLY."
        )
    if "COUNT" in values and "UNTIL" in values:
        raise ValueError("A repeat rule ends by COUNT or by UNTIL, not both; keep one.")
    rule = ParsedRule(
        freq=freq,
        interval=_positive(values, "INTERVAL", "INTERVAL=2 (every second time)", 1000),
        count=_positive(values, "COUNT", "COUNT=10 (ten times)", 100_000)
        if "COUNT" in values
        else None,
        until=_until(values["UNTIL"]) if "UNTIL" in values else None,
        byday=_byday(values.get("BYDAY"), freq, "BYMONTH" in values),
        bymonthday=_numbers(values.get("BYMONTHDAY"), "BYMONTHDAY", 31, "BYMONTHDAY=15"),
        bymonth=_numbers(values.get("BYMONTH"), "BYMONTH", 12, "BYMONTH=3", negative=False),
        bysetpos=_numbers(values.get("BYSETPOS"), "BYSETPOS", 31, "BYSETPOS=-1"),
        wkst=_weekday(values["WKST"], "WKST") if "WKST" in values else 0,
    )
    _check_parts_fit_frequency(rule)
    return rule


def _check_parts_fit_frequency(rule: ParsedRule) -> None:
    freq = rule.freq
    if rule.bymonthday and freq not in ("MONTHLY", "YEARLY"):
        raise ValueError(
            "BYMONTHDAY is for monthly and yearly rules, like FREQ=MONTHLY;BYMONTHDAY=15."
        )
    if rule.bymonth and freq != "YEARLY":
        raise ValueError(
            "BYMONTH is for yearly rules, like FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=20; "
            "for every few months use FREQ=MONTHLY with INTERVAL."
        )
    if freq == "YEARLY" and (rule.byday or rule.bymonthday) and not rule.bymonth:
        raise ValueError(
            "A yearly rule with BYDAY or BYMONTHDAY also needs BYMONTH, "
            "like FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=20."
        )
    if rule.bysetpos:
        if freq != "MONTHLY" or not rule.byday:
            raise ValueError(
                "BYSETPOS picks from the days of a monthly rule's BYDAY, "
                "like FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1 (last weekday)."
            )
        if any(n is not None for _, n in rule.byday):
            raise ValueError("With BYSETPOS, write BYDAY without numbers, like BYDAY=SA,SU.")


def _positive(values: dict[str, str], name: str, example: str, most: int) -> int:
    text = values.get(name, "1")
    if not text.isdigit() or not 1 <= int(text) <= most:
        raise ValueError(f"{name} must be a whole number from 1 to {most:,}, like {example}.")
    return int(text)


def _until(text: str) -> dt.date | dt.datetime:
    match = _UNTIL.match(text)
    problem = (
        f"UNTIL={text} is not a date; write the last day like UNTIL=20270630 "
        "(or a UTC time like UNTIL=20270630T090000Z)."
    )
    if not match:
        raise ValueError(problem)
    year, month, day, hour, minute, second, utc = match.groups()
    try:
        if hour is None:
            return dt.date(int(year), int(month), int(day))
        return dt.datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second),
            tzinfo=dt.UTC if utc else None,
        )  # fmt: skip
    except ValueError:
        raise ValueError(problem) from None


def _weekday(code: str, name: str) -> int:
    if code not in WEEKDAY_CODES:
        raise ValueError(f"{code!r} in {name} is not a weekday; use MO, TU, WE, TH, FR, SA or SU.")
    return WEEKDAY_CODES.index(code)


def _byday(text: str | None, freq: str, has_month: bool) -> tuple[tuple[int, int | None], ...]:
    if text is None:
        return ()
    found: list[tuple[int, int | None]] = []
    for item in text.split(","):
        match = _BYDAY_ITEM.match(item.strip())
        if not match:
            raise ValueError(
                f"{item.strip()!r} in BYDAY is not a weekday; use MO, TU, WE, TH, FR, SA or SU "
                "(or 2TU, -1FR in a monthly rule)."
            )
        day = _weekday(match.group(2), "BYDAY")
        ordinal = int(match.group(1)) if match.group(1) else None
        if ordinal is not None:
            if freq not in ("MONTHLY", "YEARLY"):
                raise ValueError(
                    f"{item.strip()} numbers a weekday, which only a monthly rule can do; "
                    "write BYDAY without numbers, like BYDAY=MO,TH."
                )
            if not 1 <= abs(ordinal) <= 5:
                raise ValueError(
                    f"{item.strip()} asks for a weekday a month does not have; "
                    "number it from 1 to 5, or -1 for the last."
                )
        if (day, ordinal) in found:
            raise ValueError(f"{item.strip()} appears twice in BYDAY; keep one.")
        found.append((day, ordinal))
    return tuple(found)


def _numbers(
    text: str | None, name: str, most: int, example: str, *, negative: bool = True
) -> tuple[int, ...]:
    if text is None:
        return ()
    found: list[int] = []
    lowest = -most if negative else 1
    for item in text.split(","):
        item = item.strip()
        value = int(item) if _WHOLE.match(item) else 0
        if value == 0 or not lowest <= value <= most:
            span = f"1 to {most}" + (f", or -1 to -{most} from the end" if negative else "")
            raise ValueError(f"{item!r} in {name} is not {span}; write it like {example}.")
        if value in found:
            raise ValueError(f"{value} appears twice in {name}; keep one.")
        found.append(value)
    return tuple(found)
