"""Reading one cell of a network's export: counts, dates, times and post ids.

A cell is text when the file is CSV, and may be a number or a datetime when it is a
workbook. Every parser takes either and raises ValueError with a short reason that the
row reader puts after "Row N:".
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from planner.core.domain import FIRST_YEAR, LAST_YEAR  # one range of years for every layer
from planner.io.records import shorten

CellValue = str | int | float | dt.datetime | dt.date | None

# Thousands separators a spreadsheet or a network may put in a count.
_SEPARATORS = str.maketrans("", "", ",\u0020\u00a0\u202f'_")
_NO_VALUE = frozenset({"", "-", "--", "—", "n/a", "na", "null", "none"})
# re.ASCII throughout: a plain \d also matches full-width and Arabic-Indic digits.
_DOT_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3})+", re.ASCII)
_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}
# 11/27/2026 09:00, 11/27/2026 9:00:05 PM, 11/27/2026
_US_MOMENT = re.compile(
    r"(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?",
    re.IGNORECASE | re.ASCII,
)
# 2026-11-27, 2026-11-27 09:00, 2026-11-27T09:00:00
_ISO_MOMENT = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?",
    re.IGNORECASE | re.ASCII,
)
# Tue, Jul 14, 2026 / Jul 14, 2026 / 14 Jul 2026
_NAMED_DAY = re.compile(
    r"(?:[a-z]+,?\s+)?([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})"
    r"|(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})",
    re.IGNORECASE | re.ASCII,
)
# X (Twitter) post ids since 2010 carry their creation time (milliseconds since this epoch).
X_EPOCH_MS = 1_288_834_974_657
SNOWFLAKE_SHIFT = 22


def is_blank(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def cell_text(value: CellValue) -> str:
    """A cell as text: a workbook's whole number 12.0 reads "12", a date reads ISO."""
    if type(value) is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value).strip()


def parse_count(value: CellValue) -> int | None:
    """A count as networks write it: ``1234``, ``"1,234"``, ``"424.0"``; blank or "-" is None."""
    if type(value) is str and value.isascii() and value.isdigit():
        return int(value)  # the common case, first: a plain count
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return _not_negative(value, str(value))
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(f"{value!r} is not a whole number")
        return _not_negative(int(value), str(value))
    if isinstance(value, dt.date):
        raise ValueError(f"{value.isoformat()!r} is a date, not a number")
    text = value.strip()
    if text.lower() in _NO_VALUE:
        return None
    digits = text.translate(_SEPARATORS)
    if _DOT_THOUSANDS.fullmatch(digits):
        digits = digits.replace(".", "")  # 1.234 as continental Europe writes 1,234
    whole, dot, fraction = digits.partition(".")
    number = whole.removeprefix("-")
    if number.isascii() and number.isdigit() and (not dot or set(fraction) <= {"0"}):
        return _not_negative(int(whole), text)
    raise ValueError(f"{shorten(text, 20)!r} is not a number")


def _not_negative(number: int, shown: str) -> int:
    if number < 0:
        raise ValueError(f"{shorten(shown, 20)!r} is below zero")
    return number


def parse_moment(value: CellValue) -> tuple[dt.date, dt.time | None]:
    """A publish time as the exports write it, month first: ``11/27/2026 09:00``.

    Also ``2026-11-27 09:00`` and a workbook's own date cell. The time is None when the
    cell holds only a day.
    """
    if isinstance(value, dt.datetime):
        return _checked(value.date()), _time_or_none(value.time(), value)
    if isinstance(value, dt.date):
        return _checked(value), None
    text = cell_text(value)
    if not text:
        raise ValueError("the publish time is empty")
    us = _US_MOMENT.fullmatch(text)
    if us:
        month, day, year, hour, minute, second, half = us.groups()
        date = _day(text, int(year), int(month), int(day))
        return date, _clock(text, hour, minute, second, half)
    iso = _ISO_MOMENT.fullmatch(text)
    if iso:
        year, month, day, hour, minute, second, half = iso.groups()
        date = _day(text, int(year), int(month), int(day))
        return date, _clock(text, hour, minute, second, half)
    named = _NAMED_DAY.fullmatch(text)
    if named:
        return _named_day(text, named), None
    raise ValueError(
        f"{shorten(text, 30)!r} is not a date and time; the exports write MM/DD/YYYY HH:MM"
    )


def _time_or_none(time: dt.time, value: dt.datetime) -> dt.time | None:
    # A workbook date cell with no time of day is a datetime at midnight.
    if time == dt.time() and value.microsecond == 0:
        return None
    return time.replace(microsecond=0)


def _named_day(text: str, match: re.Match[str]) -> dt.date:
    month_name, day, year = match.group(1), match.group(2), match.group(3)
    if month_name is None:
        day, month_name, year = match.group(4), match.group(5), match.group(6)
    month = _MONTHS.get(month_name.lower())
    if month is None:
        raise ValueError(f"{shorten(text, 30)!r} names no month")
    return _day(text, int(year), month, int(day))


def _day(text: str, year: int, month: int, day: int) -> dt.date:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"{shorten(text, 30)!r} is not a real date") from None
    return _checked(date)


def _checked(date: dt.date) -> dt.date:
    if not FIRST_YEAR <= date.year <= LAST_YEAR:
        raise ValueError(f"{date.isoformat()} is not between {FIRST_YEAR} and {LAST_YEAR}")
    return date


def _clock(
    text: str, hour: str | None, minute: str | None, second: str | None, half: str | None
) -> dt.time | None:
    if hour is None or minute is None:
        return None
    h = int(hour)
    if half:
        if not 1 <= h <= 12:
            raise ValueError(f"{shorten(text, 30)!r} is not a real time")
        h = h % 12 + (12 if half.lower().startswith("p") else 0)
    try:
        return dt.time(h, int(minute), int(second or 0))
    except ValueError:
        raise ValueError(f"{shorten(text, 30)!r} is not a real time") from None


def parse_day(value: CellValue) -> dt.date:
    """A day with no time: ``Tue, Jul 14, 2026``, ``2026-07-14`` or ``07/14/2026``."""
    return parse_moment(value)[0]


def snowflake_moment(post_id: int, epoch_ms: int, zone: ZoneInfo) -> dt.datetime | None:
    """The local wall-clock time a time-ordered post id was made, or None if it holds none.

    X ids carry milliseconds since X's epoch in their high bits; LinkedIn activity ids
    carry milliseconds since 1970 the same way.
    """
    millis = (post_id >> SNOWFLAKE_SHIFT) + epoch_ms
    try:
        instant = dt.datetime.fromtimestamp(millis / 1000, dt.UTC)
    except (OverflowError, OSError, ValueError):
        return None
    local = instant.astimezone(zone).replace(tzinfo=None, microsecond=0)
    return local if FIRST_YEAR <= local.year <= LAST_YEAR else None


def moment_from_id(
    post_id: str, day: dt.date | None, epoch_ms: int, zone: ZoneInfo
) -> dt.datetime | None:
    """The time an id says, when it agrees with the day the file gives (±1 day, for zones).

    An id that is not a number, or whose time falls on another day, tells nothing: a
    test account's made-up id or a network that changed how it makes ids.
    """
    if not (post_id.isascii() and post_id.isdigit()):
        return None
    moment = snowflake_moment(int(post_id), epoch_ms, zone)
    if moment is None or (day is not None and abs((moment.date() - day).days) > 1):
        return None
    return moment
