"""The app's own CSV: what ``planner export --csv`` writes and ``planner import`` reads.

The format (PRODUCT.md, "Exports"): UTF-8 with a byte-order mark so Excel shows accents,
one header row, CRLF between rows, ``YYYY-MM-DD`` dates, ``HH:MM`` times, English weekday
names and canonical platform names. Ideas have empty date, time and weekday cells. The
last column is the post's ``uid``, so that a file brought back updates the posts it
came from (``planner.io.import_plan``); a file without it still imports.

What a spreadsheet does to the file on its way back is undone (``spreadsheet_cells``):
semicolons or tabs between cells, ``09:00:00 AM`` times, ``01/12/26`` dates.

Formula cells. A spreadsheet runs a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return. On export such a cell gets a leading apostrophe ``'``, which
spreadsheets show as text. So that import can undo this exactly, a cell that already starts
with ``'`` followed by one of those characters or by another ``'`` gets an apostrophe too.
Import removes one leading ``'`` when the next character is one of those or ``'``, and
leaves every other cell alone (``'tis`` stays ``'tis``). Export then import is the identity
on every string; tests/io/test_csv_properties.py checks it.

Line breaks inside a cell (``\\n``, ``\\r\\n`` or a lone ``\\r``) are written as they are,
inside quotes, and read back character for character. Only the breaks between rows are
CRLF; import accepts CRLF, LF or a lone CR there.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections import Counter
from collections.abc import Callable, Iterable

from planner.core import edits
from planner.core.domain import (
    Kind,
    Platform,
    Post,
    Status,
    day_name,
    format_time,
)
from planner.io.atomic import atomic_write_text
from planner.io.records import (
    BOM,
    ParsedRow,
    ParseResult,
    RowError,
    decode_csv_bytes,
    first_record,
    invalid_unicode,
    is_blank,
    join_reasons,
    read_records,
    row_limit_error,
    shorten,
    sniff_delimiter,
)
from planner.io.spreadsheet_cells import (
    DateOrder,
    DateOrderConflict,
    date_order_of,
    parse_clock,
    parse_day,
)

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TypeVar

    T = TypeVar("T")

__all__ = [
    "HEADER",
    "ParseResult",
    "RowError",
    "decode_csv_bytes",
    "looks_like_header",
    "neutralise",
    "parse_csv",
    "posts_to_csv",
    "restore",
    "write_csv",
]

HEADER = ["date", "time", "weekday", "platform", "kind", "status", "text", "link", "notes", "uid"]
# Import ignores the weekday; a file without uids (older, or hand-written) makes new posts.
REQUIRED = [name for name in HEADER if name not in ("weekday", "uid")]
MAX_UID_CHARS = 255
FORMULA_STARTS = frozenset("=+-@\t\r")
# A set, not a string: "" is "in" every string, and a bare "'" must stay as it is.
_ESCAPED_AFTER_QUOTE = frozenset(FORMULA_STARTS | {"'"})
LAYOUT = "planner"


def neutralise(cell: str) -> str:
    """Make a cell safe to open in a spreadsheet; ``restore`` undoes it exactly."""
    if cell[:1] in FORMULA_STARTS or (cell[:1] == "'" and cell[1:2] in _ESCAPED_AFTER_QUOTE):
        return "'" + cell
    return cell


def restore(cell: str) -> str:
    """Undo ``neutralise``."""
    if cell[:1] == "'" and cell[1:2] in _ESCAPED_AFTER_QUOTE:
        return cell[1:]
    return cell


def _sort_key(post: Post) -> tuple[bool, dt.date, dt.time]:
    return (post.date is None, post.date or dt.date.min, post.time or dt.time.min)


def post_cells(post: Post) -> list[str]:
    """A post's cells in HEADER order, before neutralising."""
    return [
        post.date.isoformat() if post.date else "",
        format_time(post.time) if post.time else "",
        day_name(post.date) if post.date else "",
        post.platform.value,
        post.kind.value,
        post.status.value,
        post.text,
        post.link,
        post.notes,
        post.uid,
    ]


def posts_to_csv(posts: Iterable[Post]) -> str:
    """The whole file: BOM, header and one CRLF row per post, by date and time, ideas last."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for post in sorted(posts, key=_sort_key):
        writer.writerow([neutralise(cell) for cell in post_cells(post)])
    return BOM + buffer.getvalue()


def write_csv(posts: Iterable[Post], path: str | os.PathLike[str]) -> None:
    """Export atomically: the old file stays whole if anything fails (ExportError)."""
    atomic_write_text(path, posts_to_csv(posts))


def looks_like_header(record: list[str]) -> bool:
    """Close enough to our header to be meant as one (so a typo gets a precise message)."""
    names = {cell.strip().lower() for cell in record}
    return len(names & set(HEADER)) >= 3


def delimiter_of(text: str) -> str:
    """Comma, semicolon or tab: the one that makes the first row the planner's header."""
    return sniff_delimiter(text, lambda record: looks_like_header([restore(c) for c in record]))


def header_columns(text: str, delimiter: str) -> dict[str, int]:
    """Each known column name of the file's header and where it is."""
    names = [
        restore(cell).strip().lower().removeprefix(BOM) for cell in first_record(text, delimiter)
    ]
    return {name: names.index(name) for name in names if name in HEADER}


def date_cells(
    records: list[list[str]], start: int, columns: dict[str, int]
) -> list[tuple[int, str]]:
    """``(row, cell)`` of every date below the header, for ``date_order_of``."""
    column = columns.get("date")
    if column is None:
        return []
    return [
        (index + 1, record[column])
        for index, record in enumerate(records[start + 1 :], start=start + 1)
        if column < len(record)
    ]


def parse_csv(
    text: str, *, date_order: DateOrder | None = None, delimiter: str | None = None
) -> ParseResult:
    """Read the app's own CSV. Nothing raises for bad content: each bad row is a RowError.

    ``delimiter`` is read from the header row when not given. ``date_order`` reads dates
    like ``01/12/2026``; without it, the rows that can only be read one way decide, and a
    date that could be either is a row error.
    """
    delimiter = delimiter or delimiter_of(text)
    records, fatal = read_records(text, delimiter)
    extra = [fatal] if fatal else []
    start = next((i for i, record in enumerate(records) if not is_blank(record)), None)
    if start is None:
        if fatal:
            return ParseResult.from_rows([], LAYOUT, extra)
        reason = "the file is empty; the first row must be the header " + ",".join(HEADER)
        return ParseResult.from_rows([], LAYOUT, [RowError(1, reason)])
    columns, header_error = _read_header(records[start])
    if header_error:
        return ParseResult.from_rows([], LAYOUT, [RowError(start + 1, header_error)])
    too_many = row_limit_error(records, header=True)
    if too_many is not None:  # refused whole, rather than checked row by row for seconds
        return ParseResult.from_rows([], LAYOUT, [too_many])
    if date_order is None:
        try:
            found = date_order_of(date_cells(records, start, columns))
        except DateOrderConflict as exc:
            return ParseResult.from_rows([], LAYOUT, [RowError(start + 1, str(exc))])
        date_order = found if found in ("dmy", "mdy") else None
    rows = [
        _read_row(index + 1, record, columns, date_order)
        for index, record in enumerate(records[start + 1 :], start=start + 1)
        if not is_blank(record)
    ]
    return ParseResult.from_rows(_refuse_repeated_uids(rows), LAYOUT, extra)


def _refuse_repeated_uids(rows: list[ParsedRow]) -> list[ParsedRow]:
    """A uid names one post: a second row with it is an error, not a second update."""
    first_row: dict[str, int] = {}
    checked = []
    for parsed in rows:
        uid = parsed.post.uid if parsed.post is not None else ""
        if uid and uid in first_row:
            reason = (
                f"the uid {shorten(uid)} is also on row {first_row[uid]}; each post has its own"
            )
            parsed = ParsedRow(parsed.row, parsed.cells, None, reason)
        elif uid:
            first_row[uid] = parsed.row
        checked.append(parsed)
    return checked


def _read_header(record: list[str]) -> tuple[dict[str, int], str | None]:
    expected = "the first row must be the header " + ",".join(HEADER)
    if not looks_like_header([restore(cell) for cell in record]):
        return {}, f"{expected}, but it is {shorten(','.join(record), 60)!r}"
    names = [restore(cell).strip().lower().removeprefix(BOM) for cell in record]
    while names and not names[-1]:
        names.pop()  # spreadsheets may pad the header with empty cells
    unknown = [n for n in names if n not in HEADER]
    missing = [n for n in REQUIRED if n not in names]
    counts = Counter(names)
    repeated = [n for n in HEADER if counts[n] > 1]
    problems = []
    if missing:
        problems.append("missing " + ", ".join(missing))
    if unknown:
        shown = ", ".join(repr(shorten(n, 20)) for n in unknown[:3])
        more = f" and {len(unknown) - 3} more" if len(unknown) > 3 else ""
        problems.append(f"unknown {shown}{more}")
    if repeated:
        problems.append("repeated " + ", ".join(repeated))
    if problems:
        return {}, f"{expected} ({'; '.join(problems)})"
    return {name: names.index(name) for name in names}, None


def _read_row(
    row: int, record: list[str], columns: dict[str, int], date_order: DateOrder | None
) -> ParsedRow:
    cells = tuple(record)
    width = len(columns)
    if any(cell.strip() for cell in record[width:]):
        reason = (
            f"the row has {len(record)} cells but the header has {width}; "
            "a cell holding a comma must be in quotes"
        )
        return ParsedRow(row, cells, None, reason)
    values = {name: restore(record[i]) if i < len(record) else "" for name, i in columns.items()}
    values.setdefault("uid", "")
    if any(invalid_unicode(value) for value in values.values()):
        return ParsedRow(row, cells, None, "the row holds characters that are not valid text")
    reasons: list[str] = []
    post = _post_from_values(values, date_order, reasons)
    if post is not None:
        reasons += post.problems()
    if reasons:
        return ParsedRow(row, cells, None, join_reasons(reasons))
    return ParsedRow(row, cells, post)


def _post_from_values(
    values: dict[str, str], date_order: DateOrder | None, reasons: list[str]
) -> Post | None:
    date = _parse_cell(values["date"], lambda cell: parse_day(cell, date_order), reasons)
    time = _parse_cell(values["time"], parse_clock, reasons)
    platform = _parse_required(
        values["platform"], "platform", Platform.parse, _names(Platform), reasons
    )
    kind = _parse_required(values["kind"], "kind", Kind.parse, _names(Kind), reasons)
    status_text = values["status"].strip()
    if status_text:
        status = _parse_cell(status_text, Status.parse, reasons)
    else:  # a hand-written file may leave it out
        status = edits.new_status(date)
    if reasons or platform is None or kind is None or status is None:
        return None
    # Checked last: a row wrong everywhere already says enough, and stays one short line.
    uid = _parse_cell(values["uid"], _parse_uid, reasons) or ""
    if reasons:
        return None
    return Post(
        platform=platform,
        kind=kind,
        status=status,
        date=date,
        time=time,
        text=values["text"],
        link=values["link"],
        notes=values["notes"],
        uid=uid,
    )


def _parse_cell(value: str, parse: Callable[[str], T], reasons: list[str]) -> T | None:
    """Parse a cell that may be empty; a long value is cut so the message stays short."""
    if not value.strip():
        return None
    try:
        return parse(shorten(value))
    except ValueError as exc:
        reasons.append(str(exc))
        return None


def _parse_required(
    value: str, name: str, parse: Callable[[str], T], names: str, reasons: list[str]
) -> T | None:
    if not value.strip():
        reasons.append(f"the {name} is empty; use one of {names}")
        return None
    return _parse_cell(value, parse, reasons)


def _names(choices: type[Platform] | type[Kind]) -> str:
    return ", ".join(choice.value for choice in choices)


def _parse_uid(cell: str) -> str:
    """A post's uid as the planner wrote it (or a calendar's, for a post that came that way)."""
    uid = cell.strip()
    if len(uid) > MAX_UID_CHARS or not uid.isprintable() or any(c.isspace() for c in uid):
        raise ValueError(f"{shorten(uid, 20)!r} is not a uid; leave it empty for a new post")
    return uid
