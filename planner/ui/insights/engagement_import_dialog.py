"""File → Import Engagement…: the preview of an engagement export before anything is saved.

It says which layout was found and what the import does: each record with the planned
post it matches (or none), whether it is new, updates a record already imported or is
unchanged, and the posts that will be marked published. Import saves it all as one
undo step (``on_import``, which decides whether the dialog may close).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.best_times import percent, posts_words
from planner.core.domain import Post, first_line, format_time, short_day
from planner.core.engagement import EngagementRecord
from planner.core.engagement_import import EngagementImport, ImportRow, RowState
from planner.ui.widgets.table_model import RowsTableModel, preview_table
from planner.ui.widgets.theme import muted_text

COLUMNS = ("Published", "Platform", "Text", "Reach", "Engaged", "Rate", "Planned post", "State")
TEXT, PLANNED, STATE = 2, 6, 7
NUMBERS = (3, 4, 5)
# The widest text each column starts wide enough for; the state column takes the rest.
COLUMN_SAMPLES = ("Wed 30 Sep 2026 00:00", "Instagram", "x" * 32, "999,999", "Engaged",
                  "99.9%", "x" * 36)  # fmt: skip
NO_MATCH = "None within 60 minutes"
Index = QModelIndex | QPersistentModelIndex


def when(record: EngagementRecord) -> str:
    """``Mon 23 Nov 2026 09:00``; the day alone when the file gave no time."""
    day = record.published.date()
    clock = f" {format_time(record.published.time())}" if record.time_known else ""
    return f"{short_day(day)} {day.year}{clock}"


def post_words(post: Post) -> str:
    """``Mon 23 Nov 09:30 · Brush twice a day.``: a planned post as the preview names it."""
    at = f"{short_day(post.date)} {format_time(post.time)}" if post.date and post.time else ""
    return f"{at} · {first_line(post.text, 60)}"


def state_words(row: ImportRow) -> str:
    words = {RowState.NEW: "New", RowState.UPDATED: "Updated", RowState.UNCHANGED: "Unchanged"}
    text = words[row.state]
    return f"{text} · publishes the post" if row.becomes_published else text


def row_cells(row: ImportRow) -> tuple[str, ...]:
    record = row.record
    reach = "" if record.reach is None else f"{record.reach:,}"
    engaged = "" if record.engagements is None else f"{record.engagements:,}"
    # With no reach the rate is the engagements alone (PRODUCT.md): no percentage to show.
    rate = "" if not record.reach or record.rate is None else percent(record.rate)
    planned = NO_MATCH if row.post is None else post_words(row.post)
    return (
        when(record), record.platform.label, first_line(record.text), reach, engaged, rate,
        planned, state_words(row),
    )  # fmt: skip


class EngagementRowsModel(RowsTableModel):
    """One table row per record of the file, in file order."""

    columns = COLUMNS

    def __init__(self, rows: Sequence[ImportRow]) -> None:
        super().__init__()
        self._rows: list[ImportRow] = list(rows)
        self._cells = [row_cells(row) for row in self._rows]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][column]
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return row.record.text
        if role == Qt.ItemDataRole.ToolTipRole and column == PLANNED and row.post is not None:
            return row.post.text
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        quiet = (row.post is None and column == PLANNED) or row.state is RowState.UNCHANGED
        if role == Qt.ItemDataRole.ForegroundRole and quiet:
            return muted_text(QGuiApplication.palette())
        if role == Qt.ItemDataRole.FontRole and row.becomes_published and column == STATE:
            bold = QFont()
            bold.setBold(True)
            return bold
        return None


class EngagementImportDialog(QDialog):
    """Preview ``plan`` (what importing the file ``source_name`` does) and import it."""

    def __init__(
        self,
        plan: EngagementImport,
        layout_title: str,
        source_name: str,
        on_import: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self._on_import = on_import
        self.setWindowTitle(f"Import Engagement · {source_name}")
        self.setAccessibleName("Engagement import preview")
        self.found_label = _label(f"Found: {layout_title}, {_records(len(plan.rows))}.")
        self.found_label.setAccessibleName("Layout found")
        self.model = EngagementRowsModel(plan.rows)
        self.table = self._build_table()
        self.published_title = _label("")
        bold = QFont(self.published_title.font())
        bold.setBold(True)
        self.published_title.setFont(bold)
        self.published_list = QListWidget()
        self.published_list.setAccessibleName("Posts to be marked published")
        for post in plan.published:
            self.published_list.addItem(f"{post.platform.label} · {post_words(post)}")
        self.summary = _label(summary_text(plan))
        self.summary.setAccessibleName("Import summary")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button: QPushButton = buttons.addButton(
            "Import", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(plan.changes_anything)
        self.import_button.setDefault(plan.changes_anything)
        self.import_button.clicked.connect(self._import)
        buttons.rejected.connect(self.reject)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.published_title)
        lower_layout.addWidget(self.published_list, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.found_label)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        count = len(plan.post_changes)
        self.published_title.setText(
            f"Posts that will be marked published ({count})"
            if count
            else "No planned post will change: none matched is still unpublished."
        )
        self.published_list.setVisible(count > 0)
        self.resize(1180, 620)

    def _build_table(self) -> QTableView:
        table = preview_table(self.model, "Records of the file")
        metrics = table.fontMetrics()
        for column, sample in enumerate(COLUMN_SAMPLES):
            table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)
        return table

    def rows_shown(self) -> list[tuple[str, ...]]:
        """Every cell of the table as shown, row by row (for tests and screen readers)."""
        model = self.model
        return [
            tuple(str(model.index(r, c).data()) for c in range(model.columnCount()))
            for r in range(model.rowCount())
        ]

    def published_shown(self) -> list[str]:
        items = (self.published_list.item(i) for i in range(self.published_list.count()))
        return [item.text() for item in items if item is not None]

    def _import(self) -> None:
        if self.plan.changes_anything and self._on_import():
            self.accept()


def summary_text(plan: EngagementImport) -> str:
    """What Import does, in a sentence or two."""
    if not plan.rows:
        return "The file holds no records; there is nothing to import."
    if not plan.changes_anything:
        return "Nothing new: every record is already imported with these figures."
    parts = [f"{plan.new} new", f"{plan.updated} updated"]
    if plan.unchanged:
        parts.append(f"{plan.unchanged} unchanged")
    matched = f"{plan.matched} of {len(plan.rows)} match a planned post"
    published = f"{posts_words(len(plan.post_changes))} will be marked published"
    repeated = (
        f" {plan.repeated} rows repeat a record listed earlier; their later figures count."
        if plan.repeated
        else ""
    )
    return (
        f"Records: {', '.join(parts)}. {matched}; {published}.{repeated} Nothing is saved "
        "until you press Import, and one Undo takes the whole import out again."
    )


def _records(count: int) -> str:
    return f"{count} record" if count == 1 else f"{count} records"


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # file names and captions are never markup
    label.setWordWrap(True)
    return label
