"""One way in for every import: find the layout, say what it is, ask what is missing.

``read_import`` takes the file (a path, its bytes or its text), recognises the planner's
own CSV or a Hootsuite bulk file, and returns a ParseResult. Cells may be separated by
commas, semicolons or tabs; the header row (or a Hootsuite file's first date) tells
which. What the file cannot say (the date order when no day is above 12, a Hootsuite
file's platform and kind) comes in as options; when one is missing, NeedsChoice lists
what to ask the user.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from planner.core.domain import Kind, Platform, Status
from planner.io import csv_format, hootsuite, spreadsheet_cells
from planner.io.records import (
    ImportFileError,
    ParseResult,
    RowError,
    decode_csv_bytes,
    is_blank,
    read_records,
    row_limit_error,
    shorten,
    sniff_delimiter,
)

Layout = Literal["planner", "hootsuite", "unknown"]
# A month of posts is a few kilobytes; anything this big is the wrong file.
MAX_IMPORT_BYTES = 64 * 1024 * 1024


class NeedsChoice(ImportFileError):
    """The file is readable, but the user must choose some options first.

    ``choices`` maps each missing option name to the values it can take, in the order
    to ask them.
    """

    def __init__(self, description: str, choices: dict[str, tuple[str, ...]]) -> None:
        self.description = description
        self.choices = choices
        wanted = [
            f"{_OPTION_WORDS[name]} ({_VALUE_WORDS.get(name) or ', '.join(values)})"
            for name, values in choices.items()
        ]
        super().__init__(f"{description}. Choose {'; '.join(wanted)}.")


_OPTION_WORDS = {"date_order": "the date order", "platform": "the platform", "kind": "the kind"}
_VALUE_WORDS = {"date_order": "dmy for day/month/year, mdy for month/day/year"}


@dataclass(frozen=True, slots=True)
class DetectedLayout:
    """What a file looks like before it is read in full."""

    layout: Layout
    rows: int  # rows to import: non-blank, header excluded
    # "dmy", "mdy", "ambiguous" or "conflict"; None for a planner file with ISO dates only.
    date_order: str | None = None
    problem: str | None = None  # why the file is unknown, or why its dates conflict
    header: bool = False  # Hootsuite only: the file starts with a "Date, Message…" row
    problem_row: int = 1  # the row the problem is found on, for a file that is unknown
    delimiter: str = ","

    def describe(self) -> str:
        """One sentence for the import dialog, like "Hootsuite bulk file (…), 12 rows"."""
        count = f"{self.rows} row" + ("" if self.rows == 1 else "s")
        between = _DELIMITER_WORDS.get(self.delimiter, "")
        if self.layout == "planner":
            details = ["with header", *([between] if between else [])]
            if self.date_order is not None:
                details.append(self._dates())
            return f"Social Media Planner CSV ({'; '.join(details)}), {count}"
        if self.layout == "hootsuite":
            head = "header row skipped" if self.header else "no header"
            details = [head, *([between] if between else []), self._dates()]
            return f"Hootsuite bulk file ({'; '.join(details)}), {count}"
        return f"Not a file this app can read: {self.problem}"

    def _dates(self) -> str:
        if self.date_order in hootsuite.ORDER_NAMES:
            return f"{hootsuite.ORDER_NAMES[self.date_order]} dates"
        if self.date_order == "ambiguous":
            return "dates could be day/month/year or month/day/year"
        return "dates in two different orders"


_DELIMITER_WORDS = {";": "semicolons between cells", "\t": "tabs between cells"}


def _planner_header(record: list[str]) -> bool:
    return csv_format.looks_like_header([csv_format.restore(cell) for cell in record])


def _hootsuite_date(record: list[str]) -> bool:
    return hootsuite.looks_like_datetime(record[0])


def detect(text: str) -> DetectedLayout:
    """Recognise the layout and the separator from the text (BOM or not)."""
    delimiter = sniff_delimiter(text, _planner_header, _hootsuite_date)
    records, fatal = read_records(text, delimiter)
    content = [record for record in records if not is_blank(record)]
    if not content:
        empty = fatal.reason if fatal else "the file is empty"
        return DetectedLayout("unknown", 0, problem=empty, problem_row=fatal.row if fatal else 1)
    first = content[0]
    if csv_format.looks_like_header([csv_format.restore(cell) for cell in first]):
        too_many = row_limit_error(records, header=True)
        if too_many is not None:
            return _too_many(len(content) - 1, too_many)
        dates = csv_format.date_cells(
            records, records.index(first), csv_format.header_columns(text, delimiter)
        )
        try:
            found: str | None = spreadsheet_cells.date_order_of(dates)
            conflict = None
        except spreadsheet_cells.DateOrderConflict as exc:
            found, conflict = "conflict", str(exc)
        return DetectedLayout("planner", len(content) - 1, found, conflict, delimiter=delimiter)
    header = hootsuite.is_header(first)
    body = content[1:] if header else content
    if body and hootsuite.looks_like_datetime(body[0][0]):
        too_many = row_limit_error(records, header=header)
        if too_many is not None:
            return _too_many(len(body), too_many)
        try:
            order: str = hootsuite.detect_date_order(records)
            problem = None
        except hootsuite.DateOrderConflict as exc:
            order, problem = "conflict", str(exc)
        return DetectedLayout("hootsuite", len(body), order, problem, header, delimiter=delimiter)
    sample = shorten(",".join(first))
    return DetectedLayout(
        "unknown",
        len(content),
        problem=(
            f"the first row, {sample!r}, is neither the planner's header "
            f"({','.join(csv_format.HEADER)}) nor a Hootsuite date and time like 25/12/2026 09:00"
        ),
    )


def _too_many(rows: int, error: RowError) -> DetectedLayout:
    """A file past the row limit: refused whole, naming the first row past it."""
    return DetectedLayout("unknown", rows, problem=error.reason, problem_row=error.row)


def read_text(source: str | bytes | os.PathLike[str]) -> str:
    """The text of an import: a path is read, bytes are decoded, a str is taken as the text."""
    if isinstance(source, str):
        return source.removeprefix("\ufeff")
    if isinstance(source, bytes):
        return decode_csv_bytes(source)
    path = Path(source)
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportFileError(
                f"Cannot import {path}: it is {size / 2**20:,.0f} MB, far bigger than any plan; "
                "is it the right file?"
            )
        data = path.read_bytes()
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        raise ImportFileError(f"Cannot read {path}: {reason}.") from exc
    try:
        return decode_csv_bytes(data)
    except ImportFileError as exc:
        raise ImportFileError(f"Cannot import {path}: {exc}") from None


def read_import(
    source: str | bytes | os.PathLike[str],
    *,
    date_order: str | None = None,
    platform: Platform | str | None = None,
    kind: Kind | str | None = None,
    status: Status | str = Status.SCHEDULED,
) -> ParseResult:
    """Detect the layout and read the whole file.

    Content problems come back as RowErrors in the result (layout "unknown" for a file
    that is neither layout). A file that cannot be read as text raises ImportFileError;
    a Hootsuite file whose options are missing raises NeedsChoice.
    """
    text = read_text(source)
    found = detect(text)
    if found.layout == "unknown":
        problem = RowError(found.problem_row, found.problem or "unknown layout")
        return ParseResult([], [problem], "unknown")
    if found.date_order == "conflict":
        raise ImportFileError(found.problem)
    missing: dict[str, tuple[str, ...]] = {}
    if date_order is None and found.date_order == "ambiguous":
        missing["date_order"] = ("dmy", "mdy")
    if found.layout == "planner":
        if missing:
            raise NeedsChoice(found.describe(), missing)
        if date_order not in (None, "dmy", "mdy"):
            raise ValueError(f"date_order must be 'dmy' or 'mdy', not {date_order!r}")
        chosen = date_order or found.date_order
        return csv_format.parse_csv(
            text,
            date_order="dmy" if chosen == "dmy" else "mdy" if chosen == "mdy" else None,
            delimiter=found.delimiter,
        )
    if platform is None:
        missing["platform"] = tuple(p.value for p in Platform)
    if kind is None:
        missing["kind"] = tuple(k.value for k in Kind)
    if missing or platform is None or kind is None:
        raise NeedsChoice(found.describe(), missing)
    order = date_order or found.date_order
    if order not in hootsuite.ORDER_NAMES:
        raise ValueError(f"date_order must be 'dmy' or 'mdy', not {order!r}")
    return hootsuite.parse_hootsuite(
        text,
        delimiter=found.delimiter,
        date_order="dmy" if order == "dmy" else "mdy",
        platform=platform,
        kind=kind,
        status=status,
    )
