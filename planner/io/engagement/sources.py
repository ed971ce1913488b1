"""Turning a file's bytes into grids of cells: CSV text, an .xlsx or an .xls workbook.

The kind of file is told by its first bytes, not its name: LinkedIn's ".xls" may be
either workbook format, and a re-saved export may be CSV under any name. The workbook
libraries are imported only when a workbook arrives.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
from collections.abc import Sequence
from typing import Any, Literal

from planner.io.engagement.cells import CellValue
from planner.io.engagement.table import HEADER_SEARCH_ROWS
from planner.io.records import (
    BOM,
    MAX_CELL_CHARS,
    MAX_ROWS,
    ImportFileError,
    decode_csv_bytes,
    shorten,
)

Grid = list[Sequence[CellValue]]
WorkbookKind = Literal["xlsx", "xls"]
DELIMITERS = (",", ";", "\t")  # Excel re-saves with ";" in much of Europe, "\t" as Unicode Text
_XLS_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEAD_CHARS = 256 * 1024  # enough for the rows a header can be among
# MAX_ROWS rows of numbers after the header, wherever among its rows the header is.
_MOST_ROWS = MAX_ROWS + HEADER_SEARCH_ROWS


def workbook_kind(data: bytes) -> WorkbookKind | None:
    if data.startswith(b"PK\x03\x04"):
        return "xlsx"
    if data.startswith(_XLS_MAGIC):
        return "xls"
    return None


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark) or UTF-16 with one, as text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16").removeprefix(BOM)
        except UnicodeDecodeError:
            raise ImportFileError(
                'The file says it is UTF-16 text but is not; save it as "CSV UTF-8".'
            ) from None
    return decode_csv_bytes(data)


def csv_grid(text: str, delimiter: str, *, head_only: bool = False) -> Grid:
    """The CSV records of ``text``; with ``head_only``, only as many as a header needs.

    A cell in quotes keeps its line breaks. A broken file raises ImportFileError naming
    the row, except when only the head is read: then it is just not this delimiter.
    """
    if csv.field_size_limit() < MAX_CELL_CHARS:
        csv.field_size_limit(MAX_CELL_CHARS)
    source = text[:_HEAD_CHARS] if head_only else text
    reader = csv.reader(io.StringIO(source, newline=""), delimiter=delimiter, strict=True)
    rows: Grid = []
    try:
        # extend() over islice keeps what was read before an error and is fast.
        rows.extend(itertools.islice(reader, HEADER_SEARCH_ROWS if head_only else _MOST_ROWS + 1))
    except csv.Error as exc:
        if head_only:
            return rows
        raise ImportFileError(
            f"Row {len(rows) + 1}: the file cannot be read as CSV ({exc}); a cell that "
            'holds a quote (") must be in quotes, with each quote inside it doubled.'
        ) from None
    if len(rows) > _MOST_ROWS:
        raise ImportFileError(f"The file has more than {MAX_ROWS:,} rows, far more than an export.")
    return rows


def workbook_grids(data: bytes, kind: WorkbookKind) -> list[Grid]:
    """One grid per sheet, in the workbook's order."""
    try:
        return _xlsx_grids(data) if kind == "xlsx" else _xls_grids(data)
    except ImportFileError:
        raise
    except Exception as exc:  # each library has its own exceptions for a broken file
        raise ImportFileError(
            f"The .{kind} workbook cannot be read ({shorten(str(exc) or type(exc).__name__, 60)})"
            "; open it in a spreadsheet and save it again."
        ) from None


def _xlsx_grids(data: bytes) -> list[Grid]:
    import openpyxl  # only for workbooks: most imports are CSV
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        return [
            [
                tuple(_workbook_cell(value) for value in row)
                for row in sheet.iter_rows(values_only=True)
            ]
            for sheet in book.worksheets
        ]
    finally:
        book.close()


def _xls_grids(data: bytes) -> list[Grid]:
    import xlrd  # only for the older .xls workbooks
    book = xlrd.open_workbook(file_contents=data)
    grids: list[Grid] = []
    for sheet in book.sheets():
        grid: Grid = []
        for index in range(sheet.nrows):
            types, values = sheet.row_types(index), sheet.row_values(index)
            grid.append(
                tuple(_xls_cell(xlrd, book, t, v) for t, v in zip(types, values, strict=True))
            )
        grids.append(grid)
    return grids


def _xls_cell(xlrd: Any, book: Any, cell_type: int, value: Any) -> CellValue:
    if cell_type == xlrd.XL_CELL_DATE:
        moment: dt.datetime = xlrd.xldate_as_datetime(value, book.datemode)
        return moment
    if cell_type in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    return _workbook_cell(value)


def _workbook_cell(value: object) -> CellValue:
    if value is None or isinstance(value, str | int | float | dt.date):
        return value  # bool is an int; a count never holds one
    if isinstance(value, dt.time):
        return value.isoformat()
    return str(value)
