"""Tools → Consents…: every consent record, where it stands today, and its posts.

The window lists the records through ``ConsentTableModel`` with a tab per filter (each
with its count), shows the posts linked to the selected record (with why the consent
does not hold for any of them), and adds, edits and revokes records through a
``ConsentBook``. Every question goes through ``Prompts``; the dialogs it opens are kept
in ``dialog`` while open, so tests drive them without a nested event loop.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.consent import ConsentRecord, long_day, picker_reasons
from planner.core.domain import Post
from planner.ui.consent.book import BookRefused, ConsentBook, MoveToIdeas
from planner.ui.consent.editor import ConsentEditor
from planner.ui.consent.revoke import RevokeDialog, offer_ideas, post_line
from planner.ui.consent.table_model import PERSON, ConsentFilter, ConsentTableModel
from planner.ui.dialogs.prompts import Prompts
from planner.ui.widgets.theme import muted_text, warning_colour
from planner.ui.window.dialog_host import DialogHost

NO_RECORDS = (
    "No consent records yet.\n\nWhen a patient signs a consent form, add it here: who, "
    "what it covers, on which platforms, and when it ends."
)
NONE_SELECTED = "Select a consent to see the posts linked to it."


def _post_order(post: Post) -> tuple[bool, dt.date, dt.time, int]:
    """Dated posts by day and time, then ideas."""
    return (post.date is None, post.date or dt.date.max, post.time or dt.time(0), post.id or 0)


class FittedTable(QTableView):
    """A table whose columns fit their contents, with the room left over given to the
    person's name: a narrow window scrolls sideways rather than cutting names short."""

    def __init__(self, grow: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grow = grow

    def fit_columns(self) -> None:
        self.resizeColumnsToContents()
        spare = self.viewport().width() - self.horizontalHeader().length()
        if spare > 0:
            self.setColumnWidth(self._grow, self.columnWidth(self._grow) + spare)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()


class ConsentWindow(QDialog):
    """The practice's consent records over ``book``; ``move_to_ideas`` moves posts back
    to ideas as one undo step when a revocation affects them."""

    def __init__(
        self,
        book: ConsentBook,
        prompts: Prompts,
        move_to_ideas: MoveToIdeas,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Consents")
        self.setAccessibleName("Consents")
        self.book = book
        self.prompts = prompts
        self._move_to_ideas = move_to_ideas
        self._today = today
        self.host = DialogHost()

        self.filter_tabs = QTabBar()
        self.filter_tabs.setAccessibleName("Show")
        self.filter_tabs.setExpanding(False)
        self.filter_tabs.setDrawBase(False)
        self.filters = list(ConsentFilter)  # one tab each, in this order
        for chosen in self.filters:
            self.filter_tabs.addTab(chosen.label)

        self.model = ConsentTableModel(today)
        self.table = FittedTable(PERSON)
        self.table.setAccessibleName("Consent records")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PERSON, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName("No consents")
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

        self.linked_title = QLabel()
        bold = QFont(self.linked_title.font())
        bold.setBold(True)
        self.linked_title.setFont(bold)
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)  # the practice's own words
        self.linked_list = QListWidget()
        self.linked_list.setAccessibleName("Linked posts")
        self.linked_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.linked_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 6, 0, 0)
        lower_layout.addWidget(self.linked_title)
        lower_layout.addWidget(self.details_label)
        lower_layout.addWidget(self.linked_list, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list_stack)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([330, 200])
        self.linked_pane = lower

        self.add_button = QPushButton("&Add…")
        self.edit_button = QPushButton("&Edit…")
        self.revoke_button = QPushButton("&Revoke…")
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.revoke_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_tabs)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(960, 600)

        self.filter_tabs.currentChanged.connect(self._filter_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.revoke_button.clicked.connect(self.revoke)
        self.model.set_palette(self.palette())
        self.refresh()

    # -- what the window shows ----------------------------------------------------------

    @property
    def dialog(self) -> QDialog | None:
        """The editor or revoke dialog open over the window, if any."""
        return self.host.current

    def refresh(self, select: int | None = None) -> None:
        """Read the records again (after a change here or elsewhere), keeping the
        selected record selected, or selecting ``select``."""
        chosen = self.selected()
        keep = select if select is not None else (chosen.id if chosen else None)
        records = self.book.consents()
        counts = {r.id: len(self.book.linked_posts(r.id)) for r in records if r.id is not None}
        self.model.set_records(records, counts)
        for tab, shown in enumerate(self.filters):
            self.filter_tabs.setTabText(tab, f"{shown.label} ({self.model.count(shown)})")
        self._show_rows(keep)

    def set_filter(self, chosen: ConsentFilter) -> None:
        self.filter_tabs.setCurrentIndex(self.filters.index(chosen))

    def shown_ids(self) -> list[int | None]:
        """The ids of the rows shown, top to bottom."""
        return [self.model.record(row).id for row in range(self.model.rowCount())]

    def select(self, consent_id: int) -> bool:
        row = self.model.row_of(consent_id)
        if row is None:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def selected(self) -> ConsentRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _filter_changed(self, tab: int) -> None:
        chosen = self.selected()
        self.model.set_filter(self.filters[tab])
        self._show_rows(chosen.id if chosen else None)

    def _show_rows(self, keep: int | None) -> None:
        self.linked_pane.setVisible(self.model.total > 0)  # nothing to select, nothing below
        self.table.fit_columns()
        if self.model.rowCount():
            self.list_stack.setCurrentWidget(self.table)
        else:
            self.empty_label.setText(
                self.model.filter.empty_text if self.model.total else NO_RECORDS
            )
            self.list_stack.setCurrentWidget(self.empty_label)
        if keep is None or not self.select(keep):
            self.table.clearSelection()
            self._selection_changed()

    def _selection_changed(self) -> None:
        record = self.selected()
        self.edit_button.setEnabled(record is not None)
        self.revoke_button.setEnabled(record is not None and record.revoked is None)
        self.revoke_button.setToolTip(
            f"Revoked on {long_day(record.revoked)}" if record and record.revoked else ""
        )
        self._show_linked(record)

    def _show_linked(self, record: ConsentRecord | None) -> None:
        self.linked_list.clear()
        if record is None or record.id is None:
            self.linked_title.setText(NONE_SELECTED)
            self.details_label.hide()
            return
        posts = sorted(self.book.linked_posts(record.id), key=_post_order)
        self.linked_title.setText(f"Posts linked to {record.label}")
        details = [f"Signed form: {record.form.strip() or 'not recorded'}"]
        if record.notes.strip():
            details.append(f"Notes: {' '.join(record.notes.split())}")
        self.details_label.setText("   ·   ".join(details))
        self.details_label.show()
        if not posts:
            item = QListWidgetItem("No posts are linked to this consent yet.")
            item.setForeground(muted_text(self.palette()))
            self.linked_list.addItem(item)
            return
        # Only the record's own days and platforms are judged here; the post's uses
        # are the rule's business, in the warnings panel.
        for post in posts:
            ((_, reason),) = picker_reasons(post.date, post.platform, frozenset(), [record])
            item = QListWidgetItem(post_line(post, 90) + (f"  —  {reason}" if reason else ""))
            if reason:
                item.setForeground(warning_colour(self.palette()))
                item.setToolTip(reason)
            self.linked_list.addItem(item)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.model.set_palette(self.palette())
            self._show_linked(self.selected())

    # -- changes ------------------------------------------------------------------------

    def add(self) -> None:
        self._open(ConsentEditor(self._save_new, today=self._today(), parent=self))

    def edit(self) -> None:
        record = self.selected()
        if record is not None:
            editor = ConsentEditor(
                self._save_changed, today=self._today(), record=record, parent=self
            )
            self._open(editor)

    def revoke(self) -> None:
        record = self.selected()
        if record is None or record.id is None or record.revoked is not None:
            return
        linked = self.book.linked_posts(record.id)
        self._open(
            RevokeDialog(
                record,
                linked,
                lambda on: self._revoke(record, on),
                today=self._today(),
                parent=self,
            )
        )

    def _open(self, dialog: QDialog) -> None:
        if self.host.current is None:
            self.host.show(dialog)

    def _save_new(self, record: ConsentRecord) -> bool:
        try:
            saved = self.book.add(record)
        except BookRefused as refused:
            self.prompts.error("Consent Not Saved", str(refused))
            return False
        self._after_change(saved.id)
        return True

    def _save_changed(self, record: ConsentRecord) -> bool:
        try:
            self.book.update(record)
        except BookRefused as refused:
            self.prompts.error("Consent Not Saved", str(refused))
            return False
        self._after_change(record.id)
        return True

    def _revoke(self, record: ConsentRecord, on: dt.date) -> bool:
        assert record.id is not None
        try:
            affected = self.book.revoke(record.id, on)
        except BookRefused as refused:
            self.prompts.error("Consent Not Revoked", str(refused))
            return False
        self._after_change(record.id)
        revoked = record.with_changes(revoked=on)
        offer_ideas(self.prompts, revoked, on, affected, self._move_to_ideas)
        self._after_change(record.id)  # the moved posts are ideas now
        return True

    def _after_change(self, consent_id: int | None) -> None:
        """Show the changed record, under a filter that lets it through."""
        self.refresh(select=consent_id)
        if consent_id is not None and self.model.row_of(consent_id) is None:
            self.set_filter(ConsentFilter.ALL)
            self.select(consent_id)
