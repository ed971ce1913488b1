"""A layout is recognised by its columns; its rows are read the same way for every network.

A file becomes a grid of cells (planner/io/engagement/sources.py). The header is one of
the first few rows, since LinkedIn puts a note above it. The row below the header is
skipped when it only describes the columns in words, as Facebook's older export does
("Lifetime: The number of people who…").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from planner.core.engagement import EngagementRecord
from planner.io.engagement.cells import CellValue, cell_text, is_blank, parse_count
from planner.io.records import BOM, ImportFileError

HEADER_SEARCH_ROWS = 8
Row = Sequence[CellValue]


def column_name(value: CellValue) -> str:
    """A header cell as layouts compare it: no byte-order mark, no case, single spaces."""
    return " ".join(cell_text(value).removeprefix(BOM).casefold().split())


@dataclass(frozen=True, slots=True)
class ReadContext:
    """What a row needs beyond its cells: the practice's time zone, for times from ids."""

    zone: ZoneInfo


class Columns:
    """A file's header: where each column is, with each layout's fallbacks resolved once."""

    __slots__ = ("_chosen", "positions")

    def __init__(self, positions: dict[str, int]) -> None:
        self.positions = positions  # column name (as column_name gives it) -> index
        self._chosen: dict[tuple[str, ...], tuple[str, int] | None] = {}

    def first(self, names: tuple[str, ...]) -> tuple[str, int] | None:
        """The first of ``names`` the header has, and its index; the same for every row."""
        try:
            return self._chosen[names]
        except KeyError:
            pass
        keys = [name.casefold() for name in names]
        found = next(((key, self.positions[key]) for key in keys if key in self.positions), None)
        self._chosen[names] = found
        return found


class RowView:
    """One data row, read by column name; a missing column or a short row reads blank."""

    __slots__ = ("_cells", "_columns")

    def __init__(self, cells: Row, columns: Columns) -> None:
        self._cells = cells
        self._columns = columns

    def has(self, name: str) -> bool:
        return self._columns.first((name,)) is not None

    def _cell(self, names: tuple[str, ...]) -> tuple[str, CellValue] | None:
        found = self._columns.first(names)
        if found is None:
            return None
        name, index = found
        return name, self._cells[index] if index < len(self._cells) else None

    def value(self, *names: str) -> CellValue:
        found = self._cell(names)
        return None if found is None else found[1]

    def text(self, *names: str) -> str:
        return cell_text(self.value(*names))

    def count(self, *names: str) -> int | None:
        """A count from the first of ``names`` the file has; blank is None."""
        found = self._cell(names)
        if found is None:
            return None
        try:
            return parse_count(found[1])
        except ValueError as exc:
            raise ValueError(f"{exc} in the column {found[0]!r}") from None

    def total(self, *parts: tuple[str, ...]) -> int | None:
        """The sum of the parts the file has (each part: a column and its other names).

        None when no part has a value: an unknown is not a zero.
        """
        known = [value for names in parts if (value := self.count(*names)) is not None]
        return sum(known) if known else None


@dataclass(frozen=True, slots=True)
class Layout:
    """One network's export: the columns that recognise it and how a row becomes a record.

    ``needs`` lists the columns the layout cannot do without; each entry gives a column
    and the other names it goes by (older and newer files name some differently).
    """

    key: str
    title: str
    needs: tuple[tuple[str, ...], ...]
    read_row: Callable[[RowView, ReadContext], EngagementRecord]
    id_column: str  # blank in a row that only describes the columns
    # Meta's exports may have a second header row describing each column in words.
    may_describe_columns: bool = False

    def missing(self, names: set[str]) -> list[str]:
        return [need[0] for need in self.needs if not any(n.casefold() in names for n in need)]

    def describe_needs(self) -> str:
        return ", ".join(need[0] for need in self.needs)


@dataclass(frozen=True, slots=True)
class Found:
    layout: Layout
    header_row: int  # index into the grid
    columns: Columns


def find_layout(grid: Sequence[Row], layouts: Sequence[Layout]) -> Found | None:
    """The first layout whose columns one of the first rows holds, or None."""
    for index, row in enumerate(grid[:HEADER_SEARCH_ROWS]):
        names = [column_name(cell) for cell in row]
        present = set(names)
        for layout in layouts:
            if not layout.missing(present):
                columns: dict[str, int] = {}
                for position, name in enumerate(names):
                    columns.setdefault(name, position)  # a repeated name: the first wins
                return Found(layout, index, Columns(columns))
    return None


def unknown_layout(grids: Sequence[Sequence[Row]], layouts: Sequence[Layout]) -> ImportFileError:
    """One line naming the columns needed: those missing from the nearest layout, or all."""
    best: tuple[int, Layout, list[str]] | None = None
    for grid in grids:
        for row in grid[:HEADER_SEARCH_ROWS]:
            present = {column_name(cell) for cell in row}
            for layout in layouts:
                missing = layout.missing(present)
                found = len(layout.needs) - len(missing)
                if found >= 2 and (best is None or found > best[0]):
                    best = (found, layout, missing)
    if best is not None:
        _, layout, missing = best
        return ImportFileError(
            f"The file looks like the {layout.title} but has no column "
            f"{' or '.join(repr(m) for m in missing)}; it needs {layout.describe_needs()}."
        )
    choices = "; ".join(f"{layout.title}: {layout.describe_needs()}" for layout in layouts)
    return ImportFileError(
        f"The file is not an engagement export this app knows; it needs the columns of one "
        f"of these: {choices}."
    )


def read_records(grid: Sequence[Row], found: Found, zone: ZoneInfo) -> list[EngagementRecord]:
    """Every record below the header; a row that cannot be read stops the import.

    The message names the row as a spreadsheet shows it ("Row 7: …"), one line.
    """
    context = ReadContext(zone)
    id_index = found.columns.positions.get(found.layout.id_column)
    start = found.header_row + 1
    if (
        found.layout.may_describe_columns
        and start < len(grid)
        and _describes_columns(grid[start], id_index)
    ):
        start += 1
    records: list[EngagementRecord] = []
    for index in range(start, len(grid)):
        cells = grid[index]
        if all(is_blank(cell) for cell in cells):
            continue
        try:
            records.append(found.layout.read_row(RowView(cells, found.columns), context))
        except ValueError as exc:
            raise ImportFileError(f"Row {index + 1}: {exc}.") from None
    return records


def _describes_columns(row: Row, id_index: int | None) -> bool:
    """A row of words under the header: no id, and no cell that is a number or a date."""
    if id_index is not None and id_index < len(row) and not is_blank(row[id_index]):
        return False
    filled = [cell for cell in row if not is_blank(cell)]
    return bool(filled) and all(_is_words(cell) for cell in filled)


def _is_words(cell: CellValue) -> bool:
    if not isinstance(cell, str):
        return False
    try:
        parse_count(cell)
    except ValueError:
        return any(ch.isalpha() for ch in cell)
    return False
