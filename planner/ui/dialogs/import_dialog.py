"""Import CSV… : the preview of a file before anything is written.

It says which layout was found, asks a Hootsuite file's platform and kind once for the
whole file (and the date order, for any file whose dates could be read either way),
re-reads the file at every choice, and lists every row with what importing it does:
new, an update of the stored post with the same uid (naming the fields it changes),
unchanged, or a duplicate that is skipped (``planner.io.import_plan``). Import is enabled
only when every row is good and something would change; ``on_import`` (which pushes one
undo command) decides whether the dialog may close.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.domain import Kind, Platform, Post, Status, short_day
from planner.io import hootsuite
from planner.io.csv_format import parse_csv, restore
from planner.io.import_plan import ImportPlan, plan_import
from planner.io.imports import detect, read_import
from planner.io.records import BOM, ImportFileError, ParsedRow, ParseResult, is_blank, read_records
from planner.io.spreadsheet_cells import parse_day
from planner.ui.dialogs.import_rows import (
    COLUMNS,
    ImportRowsModel,
    RowView,
    hootsuite_cells,
    planned_views,
    planner_cells,
    row_views,
)
from planner.ui.guard.import_cells import PostCheck, findings_note
from planner.ui.widgets.table_model import preview_table
from planner.ui.widgets.theme import warning_colour

SHOWN_REASONS = 3
HOOTSUITE_STATUS = Status.SCHEDULED  # a bulk file holds posts meant to go out
UNKNOWN_LAYOUT = (
    "Nothing can be imported: the planner reads the CSV it exports (with its header row) "
    "and Hootsuite bulk files (date and time, message, link)."
)
# Starting widths, which the user can drag; Notes takes what is left.
COLUMN_WIDTHS = {"State": 210, "Guard": 150, "Date": 126, "Time": 50, "Platform": 82,
                 "Kind": 96, "Status": 80, "Text": 210, "Link": 120}  # fmt: skip


def everything_new(result: ParseResult) -> ImportPlan:
    """The plan against an empty store: every row is new."""
    return plan_import([(r.row, r.post) for r in result.rows if r.post is not None], {})


class ImportDialog(QDialog):
    """Preview ``text`` (a file's whole content) and import it only when all of it is good.

    ``match`` decides each row against the store (``planner.io.import_plan``);
    ``on_import`` saves the plan.
    """

    def __init__(
        self,
        text: str,
        source_name: str,
        on_import: Callable[[ImportPlan], bool],
        parent: QWidget | None = None,
        *,
        match: Callable[[ParseResult], ImportPlan] = everything_new,
        check_post: PostCheck | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Import {source_name}")
        self.setAccessibleName("Import preview")
        self._text = text
        self._on_import = on_import
        self._match = match
        self._check_post = check_post  # the guard's findings per row; they never block
        self.found = detect(text)
        self.parsed: ParseResult | None = None
        self.plan: ImportPlan | None = None
        records = read_records(text, self.found.delimiter)[0]
        self._records = [r for r in records if not is_blank(r)]

        self.layout_label = _plain_label(f"Found: {self.found.describe()}.")
        self.layout_label.setAccessibleName("Layout found")
        self.options = self._build_options()
        self.model = ImportRowsModel()
        self.table = self._build_table()
        self.summary = _plain_label("")
        self.summary.setAccessibleName("Import summary")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button: QPushButton = self.buttons.addButton(
            "Import", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.clicked.connect(self._import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.layout_label)
        layout.addWidget(self.options)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(1150, 560)
        self.reread()

    # -- the parts ---------------------------------------------------------------------

    def _build_options(self) -> QGroupBox:
        box = QGroupBox("Choose once for the whole file (a Hootsuite file does not say these)")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.platform_box = _choice_box("Platform", [(p.label, p.value) for p in Platform])
        self.kind_box = _choice_box("Kind", [(f"{k.label} ({k.letter})", k.value) for k in Kind])
        form.addRow("&Platform:", self.platform_box)
        form.addRow("&Kind:", self.kind_box)
        self.dmy_radio = QRadioButton(self._order_text("dmy"))
        self.mdy_radio = QRadioButton(self._order_text("mdy"))
        self.date_order = QButtonGroup(self)
        orders = QWidget()
        row = QHBoxLayout(orders)
        row.setContentsMargins(0, 0, 0, 0)
        for radio, name in ((self.dmy_radio, "Day first"), (self.mdy_radio, "Month first")):
            radio.setAccessibleName(name)
            self.date_order.addButton(radio)
            row.addWidget(radio)
            radio.toggled.connect(self._order_toggled)
        row.addStretch(1)
        form.addRow("Dates are:", orders)
        ambiguous = self.found.date_order == "ambiguous"
        hoot = self.found.layout == "hootsuite"
        form.setRowVisible(orders, ambiguous)
        form.setRowVisible(self.platform_box, hoot)
        form.setRowVisible(self.kind_box, hoot)
        self.platform_box.currentIndexChanged.connect(self._option_changed)
        self.kind_box.currentIndexChanged.connect(self._option_changed)
        if not hoot:
            box.setTitle("Choose once for the whole file (its dates can be read two ways)")
        box.setVisible((hoot and self.found.date_order != "conflict") or ambiguous)
        return box

    def _order_text(self, order: str) -> str:
        """``Day first (dd/mm/yyyy): 03/04/2026 is Fri 3 Apr 2026``, from the first date."""
        name = "Day first (dd/mm/yyyy)" if order == "dmy" else "Month first (mm/dd/yyyy)"
        chosen = "dmy" if order == "dmy" else "mdy"
        try:
            if self.found.layout == "planner":
                column = self._planner_columns().get("date", 0)
                body = self._records[1:]
                cell = body[0][column].strip() if body and column < len(body[0]) else ""
                day = parse_day(cell, chosen)
            else:
                body = self._records[1:] if self.found.header else self._records
                cell = body[0][0].strip() if body and body[0] else ""
                day, _time = hootsuite.parse_datetime(cell, chosen)
        except ValueError:
            return name
        return f"{name}: {cell.split()[0]} is {short_day(day)} {day.year}"

    def _build_table(self) -> QTableView:
        table = preview_table(self.model, "Rows of the file")
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for name, width in COLUMN_WIDTHS.items():
            table.setColumnWidth(COLUMNS.index(name), width)
        return table

    # -- reading the file ----------------------------------------------------------------

    def chosen(self) -> tuple[Platform | None, Kind | None, str | None]:
        """The platform, kind and date order chosen so far (the order found, if any)."""
        order = self.found.date_order if self.found.date_order in ("dmy", "mdy") else None
        if self.dmy_radio.isChecked():
            order = "dmy"
        elif self.mdy_radio.isChecked():
            order = "mdy"
        platform, kind = self.platform_box.currentData(), self.kind_box.currentData()
        # Qt hands the enum values back as plain strings.
        return (Platform(platform) if platform else None, Kind(kind) if kind else None, order)

    def _option_changed(self, *_args: object) -> None:
        self.reread()

    def _order_toggled(self, checked: bool) -> None:
        if checked:  # one radio goes off as the other comes on: read once
            self.reread()

    def reread(self) -> None:
        """Read the file again with the current choices and show every row's state."""
        self.parsed = None
        self.plan = None
        platform, kind, order = self.chosen()
        hoot = self.found.layout == "hootsuite"
        if self.found.date_order == "conflict":
            self._show_problem(self.found.problem or "the dates are in two different orders")
            return
        if hoot and (platform is None or kind is None or order is None):
            self._show_waiting(platform, kind, order)
            return
        if self.found.layout == "planner" and self.found.date_order == "ambiguous" and not order:
            self._show_waiting(None, None, None)
            return
        try:
            if hoot:
                result = read_import(
                    self._text,
                    date_order=order,
                    platform=platform,
                    kind=kind,
                    status=HOOTSUITE_STATUS,
                )
            else:
                result = read_import(self._text, date_order=order)
        except ImportFileError as error:
            self._show_problem(str(error))
            return
        self._show_result(result)

    def _raw(self, parsed: ParsedRow) -> tuple[str, ...]:
        if self.found.layout == "hootsuite":
            platform, kind, _order = self.chosen()
            return hootsuite_cells(parsed.cells, platform, kind, HOOTSUITE_STATUS)
        return planner_cells(parsed.cells, self._planner_columns())

    def _planner_columns(self) -> dict[str, int]:
        first = self._records[0] if self._records else []
        names = [restore(cell).strip().lower().removeprefix(BOM) for cell in first]
        return {name: names.index(name) for name in names if name}

    def _show_waiting(
        self, platform: Platform | None, kind: Kind | None, order: str | None
    ) -> None:
        hoot = self.found.layout == "hootsuite"
        if hoot:
            listed = hootsuite.parse_hootsuite(
                self._text,
                date_order="mdy" if order == "mdy" else "dmy",
                delimiter=self.found.delimiter,
                platform=platform or Platform.FACEBOOK,
                kind=kind or Kind.ORIGINAL,
            )
        else:
            listed = parse_csv(self._text, delimiter=self.found.delimiter)
        self.model.set_rows(row_views(listed, self._raw, waiting=True))
        asked = (("the platform", platform), ("the kind", kind)) if hoot else ()
        missing = [name for name, value in (*asked, ("the date order", order)) if value is None]
        words = ", ".join(missing[:-1]) + " and " + missing[-1] if len(missing) > 1 else missing[0]
        self._set_summary(f"Choose {words} above; then every row is checked.", warn=False)
        self._set_ready([])

    def _show_problem(self, message: str) -> None:
        self.model.set_rows([])
        self._set_summary(f"Nothing can be imported: {message}", warn=True)
        self._set_ready([])

    def _show_result(self, result: ParseResult) -> None:
        self.parsed = result
        views = row_views(result, self._raw, check=self._check_post)
        if result.ok and result.posts:
            self.plan = self._match(result)
            views = planned_views(views, self.plan)
        self.model.set_rows(views)
        bad = [view for view in views if view.state == "bad"]
        if result.layout == "unknown":  # the layout line above already says why
            self._set_summary(UNKNOWN_LAYOUT, warn=True)
        elif bad:
            self._set_summary(_problems_text(bad, len(views)), warn=True)
            self.table.scrollTo(self.model.index(views.index(bad[0]), 1))
        elif not result.posts or self.plan is None:
            self._set_summary("The file holds no posts to import.", warn=True)
        else:
            flagged = [view for view in views if view.flags]
            note = findings_note([view.guard for view in views], len(result.posts)).strip()
            text = _ready_text(result.posts, self.plan, flagged) + (f"\n{note}" if note else "")
            self._set_summary(text, warn=bool(flagged))
            if flagged:
                self.table.scrollTo(self.model.index(views.index(flagged[0]), 1))
        self._set_ready(self.plan.changes() if self.plan is not None else [])

    def _set_summary(self, text: str, *, warn: bool) -> None:
        self.summary.setText(text)
        colour = warning_colour(self.palette()).name() if warn else "palette(window-text)"
        self.summary.setStyleSheet(f"color: {colour};")

    def _set_ready(self, changes: list[tuple[Post | None, Post | None]]) -> None:
        count = len(changes)
        self.import_button.setEnabled(count > 0)
        self.import_button.setText(
            f"Import {count} Post{'s' if count != 1 else ''}" if count else "Import"
        )
        self.import_button.setDefault(count > 0)

    # -- importing -----------------------------------------------------------------------

    def posts(self) -> list[Post]:
        """The posts of the file: all of them, or none while a row is bad."""
        return list(self.parsed.posts) if self.parsed is not None and self.parsed.ok else []

    def _import(self) -> None:
        if self.plan is not None and self.plan.changes() and self._on_import(self.plan):
            self.accept()


def _plain_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # file names and cells are never markup
    label.setWordWrap(True)
    return label


def _choice_box(name: str, items: list[tuple[str, str]]) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    box.addItem(f"Choose the {name.lower()}…", None)
    for label, value in items:
        box.addItem(label, value)
    return box


def _problems_text(bad: list[RowView], rows: int) -> str:
    count = len(bad)
    head = (
        f"Nothing can be imported: {count} of {rows} rows "
        f"{'has a problem' if count == 1 else 'have problems'} (highlighted). "
        "Fix the file, save it and import it again."
    )
    lines = [f"Row {view.row}: {view.reason}" for view in bad[:SHOWN_REASONS]]
    if count > SHOWN_REASONS:
        lines.append(f"…and {count - SHOWN_REASONS} more.")
    return "\n".join([head, *lines])


def _ready_text(posts: list[Post], plan: ImportPlan, flagged: list[RowView]) -> str:
    days = sorted(p.date for p in posts if p.date is not None)
    ideas = len(posts) - len(days)
    parts = []
    if days:
        first, last = days[0], days[-1]
        span = short_day(first) if first == last else f"{short_day(first)} – {short_day(last)}"
        parts.append(f"{len(days)} dated, {span} {last.year}")
    if ideas:
        parts.append(f"{ideas} idea{'s' if ideas != 1 else ''}")
    noun = "post" if len(posts) == 1 else "posts"
    lines = [
        f"Every row is good: {len(posts)} {noun} ({', '.join(parts)}): {plan.summary()}.",
    ]
    if flagged:
        count = len(flagged)
        lines.append(
            f"Check {count} highlighted {'row' if count == 1 else 'rows'}: a spreadsheet may "
            "have changed what it shows."
        )
        lines += [f"Row {view.row}: {'; '.join(view.flags)}" for view in flagged[:SHOWN_REASONS]]
    if plan.changes():
        lines.append(
            "Nothing is saved until you press Import, and one Undo takes the whole import out "
            "again."
        )
    else:
        lines.append("Every post of the file is already in the plan: nothing to import.")
    return "\n".join(lines)
