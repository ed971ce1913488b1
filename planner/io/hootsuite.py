"""Hootsuite's bulk-composer layout: no header; date-time, message, optional link and
optional image URL (kept in the post's notes).

Dates are ``dd/mm/yyyy hh:mm`` or ``mm/dd/yyyy hh:mm`` (24-hour). The file does not say
which, so a day above 12 settles it; when no row does, the user chooses. Platform, kind
and status are the same for the whole file and are chosen by the user. A 12-hour time
(``9:00 PM``) is recognised, so that the row can say what to write instead.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Literal

from planner.core.domain import Kind, Platform, Post, Status
from planner.io.records import (
    ImportFileError,
    ParsedRow,
    ParseResult,
    RowError,
    invalid_unicode,
    is_blank,
    join_reasons,
    read_records,
    row_limit_error,
    shorten,
)

DateOrder = Literal["dmy", "mdy"]
LAYOUT = "hootsuite"
ORDER_NAMES: dict[str, str] = {"dmy": "day/month/year", "mdy": "month/day/year"}
ORDER_PATTERNS: dict[str, str] = {"dmy": "DD/MM/YYYY HH:MM", "mdy": "MM/DD/YYYY HH:MM"}
MAX_CELLS = 4  # date and time, message, link, image URL
IMAGE_NOTE = "Image: "
# re.ASCII: a plain \d also matches full-width and Arabic-Indic digits.
_DATETIME = re.compile(
    r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*"
    r"(?:([AaPp])\.?\s?[Mm]\.?)?\s*",
    re.ASCII,
)


class DateOrderConflict(ImportFileError):
    """Some rows can only be day/month/year and others only month/day/year."""


def _numbers(cell: str) -> tuple[int, ...] | None:
    """Day or month, month or day, year, hour, minute, second (12-hour times too)."""
    match = _DATETIME.fullmatch(cell)
    if match is None:
        return None
    return tuple(int(part) for part in match.groups(default="0")[:6])


def _half_of_day(cell: str) -> str | None:
    """``P`` for ``25/12/2026 9:00 PM``, ``A`` for AM; None for a 24-hour time."""
    match = _DATETIME.fullmatch(cell)
    return match.group(7) if match is not None else None


def _twelve_hour(cell: str) -> str | None:
    """``21:00`` for ``25/12/2026 9:00 PM``; None when that is not a real 12-hour time."""
    numbers, half = _numbers(cell), _half_of_day(cell)
    if numbers is None or half is None:
        return None
    hour, minute = numbers[3], numbers[4]
    if not 1 <= hour <= 12 or minute > 59:
        return None
    hour = hour % 12 + (12 if half.lower() == "p" else 0)
    return f"{hour:02d}:{minute:02d}"


def looks_like_datetime(cell: str) -> bool:
    """A date-time in either order (used to recognise the layout)."""
    numbers = _numbers(cell)
    return numbers is not None and min(numbers[0], numbers[1]) <= 12


def is_header(record: Sequence[str]) -> bool:
    """A header row some templates add ("Date, Message, Link"); the layout itself has none."""
    return bool(record) and "date" in record[0].lower() and not looks_like_datetime(record[0])


def detect_date_order(rows: Sequence[Sequence[str]]) -> Literal["dmy", "mdy", "ambiguous"]:
    """Which order the first column's dates use, from the rows that can only be one.

    Raises DateOrderConflict when one row proves day/month and another month/day.
    """
    proof: dict[str, tuple[int, str]] = {}
    for index, row in enumerate(rows, start=1):
        numbers = _numbers(row[0]) if row else None
        if numbers is None:
            continue
        first, second = numbers[0], numbers[1]
        if 12 < first <= 31 and 1 <= second <= 12:
            proof.setdefault("dmy", (index, row[0].strip()))
        elif 12 < second <= 31 and 1 <= first <= 12:
            proof.setdefault("mdy", (index, row[0].strip()))
    if "dmy" in proof and "mdy" in proof:
        (d_row, d_cell), (m_row, m_cell) = proof["dmy"], proof["mdy"]
        raise DateOrderConflict(
            f"Row {d_row} has {d_cell!r}, which can only be day/month/year, but row {m_row} "
            f"has {m_cell!r}, which can only be month/day/year; use one date order for the "
            "whole file."
        )
    if len(proof) == 1:
        return "dmy" if "dmy" in proof else "mdy"
    return "ambiguous"


def parse_datetime(cell: str, date_order: DateOrder) -> tuple[dt.date, dt.time]:
    """``25/12/2026 09:00`` in the given order; a ValueError says what is wrong and the fix."""
    numbers = _numbers(cell)
    pattern = ORDER_PATTERNS[date_order]
    if numbers is None:
        raise ValueError(f"{shorten(cell)!r} is not a date and time; write it as {pattern}")
    if _half_of_day(cell) is not None:
        instead = _twelve_hour(cell)
        written = cell.strip()
        fix = f"{written.split()[0]} {instead}" if instead else pattern
        raise ValueError(
            f"{shorten(written)!r} has a 12-hour time; a Hootsuite bulk file takes 24-hour "
            f"times, so write it as {fix}"
        )
    first, second, year, hour, minute, second_of_minute = numbers
    day, month = (first, second) if date_order == "dmy" else (second, first)
    try:
        date = dt.date(year, month, day)
    except ValueError:
        raise ValueError(
            f"{cell.strip()!r} is not a real date in {ORDER_NAMES[date_order]} order"
        ) from None
    try:
        time = dt.time(hour, minute, second_of_minute)
    except ValueError:
        raise ValueError(f"{cell.strip()!r} is not a real time; use 00:00 to 23:59") from None
    return date, time


def parse_hootsuite(
    text: str,
    *,
    date_order: DateOrder,
    delimiter: str = ",",
    platform: Platform | str,
    kind: Kind | str,
    status: Status | str = Status.SCHEDULED,
) -> ParseResult:
    """Read a Hootsuite bulk file; each bad row is a RowError, nothing raises for content."""
    if date_order not in ORDER_NAMES:
        raise ValueError(f"date_order must be 'dmy' or 'mdy', not {date_order!r}")
    chosen = (Platform.parse(platform), Kind.parse(kind), Status.parse(status))
    records, fatal = read_records(text, delimiter)
    first = next((i for i, record in enumerate(records) if not is_blank(record)), None)
    skip = first if first is not None and is_header(records[first]) else None
    too_many = row_limit_error(records, header=skip is not None)
    if too_many is not None:  # refused whole, rather than checked row by row for seconds
        return ParseResult.from_rows([], LAYOUT, [too_many])
    rows = [
        _read_row(index + 1, record, date_order, *chosen)
        for index, record in enumerate(records)
        if index != skip and not is_blank(record)
    ]
    extra = [fatal] if fatal else []
    if not rows and not extra:
        extra.append(RowError(1, "the file has no rows to import"))
    return ParseResult.from_rows(rows, LAYOUT, extra)


def _read_row(
    row: int,
    record: list[str],
    date_order: DateOrder,
    platform: Platform,
    kind: Kind,
    status: Status,
) -> ParsedRow:
    cells = tuple(record)
    if any(cell.strip() for cell in record[MAX_CELLS:]):
        reason = (
            f"the row has {len(record)} cells; a Hootsuite bulk row has the date and time, "
            "the message, an optional link and an optional image URL (a message holding a "
            "comma must be in quotes)"
        )
        return ParsedRow(row, cells, None, reason)
    if any(invalid_unicode(cell) for cell in record):
        return ParsedRow(row, cells, None, "the row holds characters that are not valid text")
    message = record[1] if len(record) > 1 else ""
    link = record[2].strip() if len(record) > 2 else ""
    image = record[3].strip() if len(record) > 3 else ""
    try:
        date, time = parse_datetime(record[0], date_order)
    except ValueError as exc:
        return ParsedRow(row, cells, None, join_reasons([str(exc)]))
    notes = IMAGE_NOTE + image if image else ""
    post = Post(platform, kind, message, status, date, time, link=link, notes=notes)
    problems = post.problems()
    if problems:
        return ParsedRow(row, cells, None, join_reasons(problems))
    return ParsedRow(row, cells, post)
