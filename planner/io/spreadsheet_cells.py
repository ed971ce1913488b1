"""Dates and times the way a spreadsheet re-saves them, read back exactly.

The planner writes ``2026-12-01`` and ``09:00``. A spreadsheet that opened the file may
save ``09:00:00``, ``9:00``, ``09:00:00 AM``, ``01/12/2026``, ``12/1/26`` or ``01.12.26``.
Each is read here; a date with the day and month in numbers needs the order, which
``date_order_of`` finds from the rows that can only be read one way.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Literal

from planner.core.domain import FIRST_DAY, LAST_DAY, YEARS
from planner.io.records import ImportFileError, shorten

DateOrder = Literal["dmy", "mdy"]
ORDER_NAMES: dict[str, str] = {"dmy": "day/month/year", "mdy": "month/day/year"}

# re.ASCII: a plain \d also matches full-width and Arabic-Indic digits.
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})", re.ASCII)
# 01/12/2026, 1/12/26, 01.12.2026 (German), 01-12-2026; the year has 2 or 4 digits.
_NUMERIC = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})", re.ASCII)
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([AaPp])\.?\s?[Mm]\.?)?", re.ASCII)
DATE_HELP = "write it as YYYY-MM-DD"
TIME_HELP = "write it as HH:MM (24-hour)"


class DateOrderConflict(ImportFileError):
    """Some rows can only be day/month/year and others only month/day/year."""


def parse_clock(cell: str) -> dt.time:
    """``09:00``, ``9:00``, ``09:00:00``, ``9:00 AM`` or ``9:00:00 PM`` as a time.

    Seconds are kept, so a time that is not a whole minute can be reported as such.
    """
    match = _CLOCK.fullmatch(cell.strip())
    try:
        if match is None:
            raise ValueError
        hour, minute = int(match.group(1)), int(match.group(2))
        second = int(match.group(3) or 0)
        half = match.group(4)
        if half is not None:
            if not 1 <= hour <= 12:
                raise ValueError
            hour = hour % 12 + (12 if half.lower() == "p" else 0)
        return dt.time(hour, minute, second)
    except ValueError:
        raise ValueError(f"{shorten(cell)!r} is not a time; {TIME_HELP}") from None


def numeric_date_parts(cell: str) -> tuple[int, int, int] | None:
    """``(first, second, year)`` of ``01/12/26``-style dates (the year made 4 digits)."""
    match = _NUMERIC.fullmatch(cell.strip())
    if match is None:
        return None
    first, second, year_text = int(match.group(1)), int(match.group(3)), match.group(4)
    year = int(year_text) + (2000 if len(year_text) == 2 else 0)  # plans look ahead
    return first, second, year


def parse_day(cell: str, order: DateOrder | None) -> dt.date:
    """A date cell: ``YYYY-MM-DD`` always; ``01/12/2026``-style in ``order``.

    A ValueError says what is wrong; with ``order`` None, a date that could be read
    either way asks for the order.
    """
    text = cell.strip()
    iso = _ISO.fullmatch(text)
    parts = numeric_date_parts(text)
    in_order = ""
    if iso is not None:
        year, month, day_of = (int(part) for part in iso.groups())
    elif parts is not None:
        first, second, year = parts
        order = order or _only_order(first, second)
        if order is None:
            raise ValueError(
                f"{shorten(cell)!r} could be day/month/year or month/day/year; "
                "choose the date order"
            )
        day_of, month = (first, second) if order == "dmy" else (second, first)
        in_order = f" in {ORDER_NAMES[order]} order"
    else:
        raise ValueError(f"{shorten(cell)!r} is not a date; {DATE_HELP}")
    try:
        day = dt.date(year, month, day_of)
    except ValueError:
        raise ValueError(f"{shorten(cell)!r} is not a date{in_order}; {DATE_HELP}") from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValueError(f"{shorten(cell)!r} is outside {YEARS}")
    return day


def _only_order(first: int, second: int) -> DateOrder | None:
    """The one order a date can be read in, or None when both or neither work."""
    if 12 < first <= 31 and 1 <= second <= 12:
        return "dmy"
    if 12 < second <= 31 and 1 <= first <= 12:
        return "mdy"
    return None


def date_order_of(cells: Iterable[tuple[int, str]]) -> DateOrder | Literal["ambiguous"] | None:
    """The order of the ``(row, cell)`` dates: None when none is written with numbers
    for the day and month, "ambiguous" when no row settles it.

    Raises DateOrderConflict when one row proves day/month and another month/day.
    """
    proof: dict[str, tuple[int, str]] = {}
    numeric = False
    for row, cell in cells:
        parts = numeric_date_parts(cell)
        if parts is None:
            continue
        numeric = True
        order = _only_order(parts[0], parts[1])
        if order is not None:
            proof.setdefault(order, (row, cell.strip()))
    if "dmy" in proof and "mdy" in proof:
        (d_row, d_cell), (m_row, m_cell) = proof["dmy"], proof["mdy"]
        raise DateOrderConflict(
            f"Row {d_row} has {d_cell!r}, which can only be day/month/year, but row {m_row} "
            f"has {m_cell!r}, which can only be month/day/year; use one date order for the "
            "whole file."
        )
    if proof:
        return "dmy" if "dmy" in proof else "mdy"
    return "ambiguous" if numeric else None
