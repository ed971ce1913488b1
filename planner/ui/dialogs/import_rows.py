"""The import preview's table: every row of the file, what it becomes, and its state.

A good row shows the post it becomes and what importing it does (new, an update of a
stored post with the fields it changes, unchanged, or a duplicate that is skipped); a bad
row shows its cells as the file has them, highlighted, with the reason in its State
cell. An update that looks like a spreadsheet's guess is highlighted too. A thin typed
model over a list, so a file of thousands of rows previews at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QStyle

from planner.core.domain import Kind, Platform, Post, Status, first_line, short_day
from planner.io.csv_format import restore
from planner.io.import_plan import ImportPlan, PlannedRow
from planner.io.records import ParsedRow, ParseResult
from planner.ui.guard.import_cells import (
    GUARDED_ROWS,
    NO_FINDINGS,
    GuardCell,
    PostCheck,
    guard_cell,
)
from planner.ui.widgets.shield_badge import shield_icon
from planner.ui.widgets.table_model import RowsTableModel
from planner.ui.widgets.theme import muted_text, warning_colour, warning_fill

COLUMNS = (
    "Row", "State", "Guard", "Date", "Time", "Platform", "Kind", "Status", "Text", "Link", "Notes"
)  # fmt: skip
ROW, STATE, GUARD, TEXT, NOTES = 0, 1, 2, 8, 10
FIRST_VALUE = COLUMNS.index("Date")  # the cells from Date on are RowView.values
FIELDS = ("date", "time", "platform", "kind", "status", "text", "link", "notes")
State = Literal["ok", "bad", "waiting", "new", "update", "unchanged", "duplicate"]
STATE_WORDS: dict[State, str] = {
    "ok": "OK",
    "waiting": "Waiting for the choices above",
    "new": "New",
    "unchanged": "Unchanged",
    "duplicate": "Duplicate, skipped",
}
QUIET_STATES = frozenset({"waiting", "unchanged", "duplicate"})  # nothing will be saved
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class RowView:
    """One table row: the file's row number, its state and the cells from Date on."""

    row: int
    state: State
    values: tuple[str, ...]
    reason: str = ""
    full_text: str = ""  # the whole message, for the tooltip
    changed: tuple[str, ...] = ()  # an update's fields
    flags: tuple[str, ...] = ()  # an update's changes that look like a spreadsheet's guess
    guard: GuardCell = NO_FINDINGS  # what the guard found in the post it becomes

    @property
    def state_text(self) -> str:
        if self.state == "bad":
            return self.reason
        if self.state == "update":
            words = f"Update: {', '.join(self.changed)}"
            return words + " (check it)" if self.flags else words
        return STATE_WORDS[self.state]

    @property
    def highlighted(self) -> bool:
        return self.state == "bad" or bool(self.flags)


def post_values(post: Post) -> tuple[str, ...]:
    day = f"{short_day(post.date)} {post.date.year}" if post.date else "Idea (no date)"
    return (
        day,
        post.time.strftime("%H:%M") if post.time else "",
        post.platform.label,
        post.kind.label,
        post.status.label,
        first_line(post.text),
        post.link,
        first_line(post.notes),
    )


def planner_cells(cells: Sequence[str], columns: dict[str, int]) -> tuple[str, ...]:
    """A row of the planner's CSV as written, by the file's own header."""

    def cell(name: str) -> str:
        index = columns.get(name)
        return restore(cells[index]) if index is not None and index < len(cells) else ""

    return tuple(
        first_line(cell(name)) if name in ("text", "notes") else cell(name) for name in FIELDS
    )


def hootsuite_cells(
    cells: Sequence[str], platform: Platform | None, kind: Kind | None, status: Status
) -> tuple[str, ...]:
    """A Hootsuite row as written (``03/04/2026 09:00`` is not read either way yet)."""
    day, _space, time = (cells[0].strip() if cells else "").partition(" ")
    return (
        day,
        time.strip(),
        platform.label if platform else "",
        kind.label if kind else "",
        status.label,
        first_line(cells[1]) if len(cells) > 1 else "",
        cells[2].strip() if len(cells) > 2 else "",
        "",
    )


def row_views(
    result: ParseResult,
    raw: Callable[[ParsedRow], tuple[str, ...]],
    *,
    waiting: bool = False,
    check: PostCheck | None = None,
) -> list[RowView]:
    """Every row of ``result`` in file order, plus errors that belong to no parsed row
    (a quote never closed, a bad header). ``waiting`` marks rows that cannot be checked
    until the user has chosen the file's options."""
    views: list[RowView] = []
    guarded = 0  # the guard checks the first GUARDED_ROWS good rows: a preview stays quick
    for parsed in result.rows:
        text = parsed.cells[1] if result.layout == "hootsuite" and len(parsed.cells) > 1 else ""
        if waiting:
            views.append(RowView(parsed.row, "waiting", raw(parsed), full_text=text))
        elif parsed.post is not None:
            post, found = parsed.post, NO_FINDINGS
            if check is not None and guarded < GUARDED_ROWS:
                found, guarded = guard_cell(check(post)), guarded + 1
            views.append(RowView(parsed.row, "ok", post_values(post), "", post.text, guard=found))
        else:
            views.append(RowView(parsed.row, "bad", raw(parsed), parsed.error or "", text))
    if not waiting:
        seen = {view.row for view in views}
        views += [
            RowView(error.row, "bad", ("",) * len(FIELDS), error.reason)
            for error in result.errors
            if error.row not in seen
        ]
    views.sort(key=lambda view: view.row)
    return views


def planned_views(views: list[RowView], plan: ImportPlan) -> list[RowView]:
    """``views`` with each good row's action from ``plan``."""
    actions = {planned.row: planned for planned in plan.rows}
    return [_with_action(view, actions[view.row]) if view.row in actions else view
            for view in views]  # fmt: skip


def _with_action(view: RowView, planned: PlannedRow) -> RowView:
    reason = "; ".join(planned.flags)
    if planned.action == "update" and planned.before is not None:
        was = post_values(planned.before)
        changes = ", ".join(f"{name} was {was[FIELDS.index(name)]!r}" for name in planned.changed)
        reason = f"{changes}; {reason}" if reason else changes
    return RowView(view.row, planned.action, view.values, reason, view.full_text,
                   planned.changed, planned.flags, view.guard)  # fmt: skip


class ImportRowsModel(RowsTableModel):
    """The preview table's model; ``set_rows`` replaces every row at once."""

    columns = COLUMNS

    def __init__(self, rows: Iterable[RowView] = ()) -> None:
        super().__init__()
        self._rows: list[RowView] = list(rows)

    def set_rows(self, rows: Iterable[RowView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        view = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(view, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STATE and view.reason:
                return f"Row {view.row}: {view.reason}"
            if column == GUARD and view.guard.detail:
                return view.guard.detail
            if column == STATE and view.state == "duplicate":
                return f"Row {view.row} is already in the plan (same day, time, platform, text)"
            if column == TEXT and view.full_text:
                return view.full_text
            return None
        palette = QGuiApplication.palette()
        if role == Qt.ItemDataRole.BackgroundRole and view.highlighted:
            return warning_fill(palette)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE:
            if view.highlighted:
                return warning_colour(palette)
            if view.state in QUIET_STATES:
                return muted_text(palette)
        if role == Qt.ItemDataRole.DecorationRole and column == STATE and view.highlighted:
            style = QApplication.style()
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.DecorationRole and column == GUARD and view.guard.severity:
            return shield_icon(view.guard.severity, palette)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(view: RowView, column: int) -> str:
        if column == ROW:
            return str(view.row)
        if column == STATE:
            return view.state_text
        if column == GUARD:
            return view.guard.text
        return view.values[column - FIRST_VALUE]
