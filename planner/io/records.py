"""What every import shares: decoding the bytes, reading CSV records, reporting per row.

Row numbers are the ones a spreadsheet shows: the first record is row 1, a blank line is
a row of its own, and a cell holding line breaks does not add rows.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from planner.core.domain import Post

BOM = "\ufeff"
# A plan's longest text is Facebook's 63,206 characters, but notes have no limit;
# this only stops a broken file from swallowing gigabytes into one cell.
MAX_CELL_CHARS = 16 * 1024 * 1024
# Rows to import, a header and blank rows aside. A year of posts is a few thousand rows;
# this keeps a runaway file from taking minutes.
MAX_ROWS = 100_000
TOO_MANY_ROWS = f"the file has more than {MAX_ROWS:,} rows to import, far more than any plan"
SAVE_AS_UTF8 = 'save it as "CSV UTF-8" and import it again'
# Excel saves with ";" in much of Europe, and with tabs as "Unicode Text".
DELIMITERS = (",", ";", "\t")
_HEAD_CHARS = 64 * 1024  # enough for a header row


class ImportFileError(ValueError):
    """The file as a whole cannot be read. The message is one line a person can act on."""


@dataclass(frozen=True, slots=True)
class RowError:
    """Why one row cannot be imported."""

    row: int
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.reason}"


@dataclass(frozen=True, slots=True)
class ParsedRow:
    """One non-blank row as read, with the post it became or why it could not."""

    row: int
    cells: tuple[str, ...]
    post: Post | None
    error: str | None = None


@dataclass(slots=True)
class ParseResult:
    """An import, checked whole.

    Import is all or nothing: ``posts`` holds every post only when there are no
    ``errors``; otherwise it is empty. ``rows`` keeps every row's state for a preview.
    """

    posts: list[Post]
    errors: list[RowError]
    layout: str
    rows: list[ParsedRow] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @classmethod
    def from_rows(
        cls, rows: list[ParsedRow], layout: str, extra: list[RowError] | None = None
    ) -> ParseResult:
        errors = [RowError(r.row, r.error) for r in rows if r.error is not None]
        errors += extra or []
        errors.sort(key=lambda e: e.row)
        posts = [] if errors else [r.post for r in rows if r.post is not None]
        return cls(posts=posts, errors=errors, layout=layout, rows=rows)


def decode_csv_bytes(data: bytes) -> str:
    """The text of a CSV file, or ImportFileError in one line naming the encoding to save as.

    UTF-8 with or without a byte-order mark, and UTF-16 with one (Excel's "Unicode
    Text"), are read; anything else is refused.
    """
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise ImportFileError(f"The file is UTF-32 text, not UTF-8; {SAVE_AS_UTF8}.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16").removeprefix(BOM)
        except UnicodeDecodeError:
            raise ImportFileError(
                f"The file says it is UTF-16 text but is not; {SAVE_AS_UTF8}."
            ) from None
    head = data[:64]
    if len(head) >= 8 and max(head[0::2].count(0), head[1::2].count(0)) * 4 > len(head) * 1.5:
        # UTF-16 with no byte-order mark: every other byte is zero, and the order is a guess.
        raise ImportFileError(
            f"The file looks like UTF-16 text without a byte-order mark; {SAVE_AS_UTF8}."
        )
    if data.startswith(b"PK\x03\x04"):
        raise ImportFileError(f"The file is a spreadsheet workbook, not CSV; {SAVE_AS_UTF8}.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        raise ImportFileError(
            f"The file is not UTF-8 text (byte 0x{bad:02X} at position {exc.start:,}); "
            f"{SAVE_AS_UTF8}."
        ) from None
    return text.removeprefix(BOM)


def sniff_delimiter(text: str, *recognisers: Callable[[list[str]], bool]) -> str:
    """The separator of ``text``: comma, semicolon or tab, read from its first row.

    Each recogniser in turn (a header, a Hootsuite date) is tried with every separator on
    the first non-blank record; the first accepted wins. Failing that, the separator that
    splits it into the most cells, so that a header with a typo still gets a precise
    message. A comma by default.
    """
    firsts = {delimiter: first_record(text, delimiter) for delimiter in DELIMITERS}
    for recognised in recognisers:
        for delimiter, record in firsts.items():
            if record and recognised(record):
                return delimiter
    widest = max(DELIMITERS, key=lambda d: len(firsts[d]))
    return widest if len(firsts[widest]) > 1 else ","


def first_record(text: str, delimiter: str) -> list[str]:
    """The first non-blank record of ``text`` split by ``delimiter`` ([] when unreadable)."""
    head = io.StringIO(text.removeprefix(BOM)[:_HEAD_CHARS], newline="")
    reader = csv.reader(head, delimiter=delimiter)
    try:
        for record in itertools.islice(reader, 50):
            if not is_blank(record):
                return record
    except csv.Error:
        return []
    return []


def read_records(text: str, delimiter: str = ",") -> tuple[list[list[str]], RowError | None]:
    """Every CSV record of ``text`` (record i is row i + 1), and the error that stopped reading.

    Cells are separated by ``delimiter``. Rows may end in CRLF, LF or a lone CR. Inside
    a quoted cell every character is kept exactly, line breaks included. Reading stops
    past a header and MAX_ROWS rows that are not blank; ``row_limit_error`` then names
    the row past the limit.
    """
    if csv.field_size_limit() < MAX_CELL_CHARS:
        csv.field_size_limit(MAX_CELL_CHARS)
    records: list[list[str]] = []
    reader = csv.reader(
        io.StringIO(text.removeprefix(BOM), newline=""), delimiter=delimiter, strict=True
    )
    wanted = MAX_ROWS + 2  # a header, the rows allowed, and one to show there are more
    content = 0
    try:
        while content < wanted:
            start = len(records)
            # extend() keeps the records read before an error, and is much faster than a loop.
            records.extend(itertools.islice(reader, wanted - content))
            if len(records) - start < wanted - content:
                break  # the end of the file
            content += sum(1 for record in records[start:] if not is_blank(record))
    except csv.Error as exc:
        return records, RowError(len(records) + 1, _explain_csv_error(str(exc)))
    return records, None


def row_limit_error(records: list[list[str]], *, header: bool) -> RowError | None:
    """The first row past MAX_ROWS rows to import, when ``records`` go that far.

    ``header``: the first record that is not blank is a header, not a row to import.
    """
    allowed = MAX_ROWS + (1 if header else 0)
    if len(records) <= allowed:
        return None
    seen = 0
    for index, record in enumerate(records):
        if not is_blank(record):
            seen += 1
            if seen > allowed:
                return RowError(index + 1, TOO_MANY_ROWS)
    return None


def _explain_csv_error(message: str) -> str:
    if "unexpected end of data" in message:
        return 'a quote (") opens a cell that is never closed, so the rest of the file is lost'
    if "expected after" in message:
        return (
            "a quoted cell has more text after its closing quote; put the whole cell in quotes "
            'and double each quote inside it ("")'
        )
    if "field larger than field limit" in message:
        return f"a cell is longer than {MAX_CELL_CHARS:,} characters"
    return f"the row cannot be read as CSV ({message})"


def is_blank(record: list[str]) -> bool:
    return not record or all(not cell.strip() for cell in record)


def invalid_unicode(cell: str) -> bool:
    """True for text holding lone surrogates, which no file or database can store."""
    try:
        cell.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def shorten(value: str, width: int = 40) -> str:
    """A cell as it may appear inside a message: one printable line, never a megabyte."""
    value = value.strip()
    if len(value) > width:
        value = value[: width - 1] + "…"
    if not value.isprintable():  # line breaks, NULs, lone surrogates…
        value = "".join(c if c.isprintable() else "\ufffd" for c in value)
    return value


_LONG_QUOTE = re.compile(r"'([^']{16})[^']{5,}'")


def join_reasons(reasons: list[str]) -> str:
    """``['Unknown kind …', 'The text is empty.']`` → ``'unknown kind …. The text is empty'``.

    The first reason follows "row 4: ", so it starts in lower case; the others are
    sentences of their own.
    """
    cleaned = []
    for index, reason in enumerate(reasons):
        # A quoted cell is shown by its start: a row of long junk stays one short line.
        reason = _LONG_QUOTE.sub(lambda m: f"'{m.group(1)}…'", reason.rstrip("."))
        word = reason.split(" ", 1)[0]
        if index == 0 and (word == "A" or (len(word) > 1 and word == word.capitalize())):
            reason = reason[0].lower() + reason[1:]  # "The text…" but not "X allows…"
        elif index > 0:
            reason = reason[:1].upper() + reason[1:]
        cleaned.append(reason)
    return ". ".join(cleaned)
