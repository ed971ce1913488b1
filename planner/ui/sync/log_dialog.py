"""Tools → Sync Log…: every change a sync made, newest first, and what it was.

Each row is one entry of the store's sync log. Selecting one shows the versions it
involved, in full, so a post deleted because it was deleted on the calendar can still be
read (and typed back in, if that was a mistake).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.domain import MONTH_NAMES, Platform
from planner.store.sync_tables import LogEntry

_WHAT = {
    "sent": "Sent",
    "received": "Received",
    "conflict": "Conflict",
}
_SIDES = {"here": "On this computer", "calendar": "On the calendar"}
_FIELDS = ("date", "time", "platform", "kind", "status", "text", "link", "notes", "uses")


def _when(entry: LogEntry) -> str:
    local = entry.at.astimezone()
    month = MONTH_NAMES[local.month - 1][:3]
    return f"{local.day} {month} {local.year} {local.hour:02d}:{local.minute:02d}"


# Each summary ends ": <post>", the post named as "Facebook · Tue 1 Dec 2026 09:00 · …".
_POST = re.compile(rf": (?=(?:{'|'.join(re.escape(p.label) for p in Platform)}) · )")


def split_summary(entry: LogEntry) -> tuple[str, str]:
    """(what happened, which post) for the table; a conflict's whole story is below it."""
    found = _POST.search(entry.summary)
    if found is None:
        return _WHAT.get(entry.action, entry.action), entry.summary
    what, post = entry.summary[: found.start()], entry.summary[found.end() :]
    if entry.action == "conflict":
        what = "Conflict: " + what.split("; ", 1)[0].removeprefix("Conflict: ")
    return what, post


def describe_entry(entry: LogEntry) -> str:
    """The entry in full: its line, then each version it involved, field by field."""
    lines = [entry.summary, ""]
    try:
        detail = json.loads(entry.detail) if entry.detail else {}
    except ValueError:
        detail = {}
    for side, version in detail.items():
        if not isinstance(version, dict):
            continue
        lines.append(f"{_SIDES.get(side, side)}:")
        for name in _FIELDS:
            if name in version:
                value = version[name]
                shown = ", ".join(value) if isinstance(value, list) else str(value or "")
                lines.append(f"  {name}: {shown}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


class SyncLogDialog(QDialog):
    """The sync log of ``entries`` (newest first)."""

    def __init__(self, entries: Sequence[LogEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sync Log")
        self.setAccessibleName("Sync log")
        self.resize(820, 520)
        self.entries = list(entries)
        self.table = QTableWidget(len(self.entries), 3)
        self.table.setAccessibleName("Sync log entries")
        self.table.setHorizontalHeaderLabels(["When", "What", "Post"])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, entry in enumerate(self.entries):
            what, post = split_summary(entry)
            for column, text in enumerate((_when(entry), what, post)):
                item = QTableWidgetItem(text)
                item.setToolTip(entry.summary)
                self.table.setItem(row, column, item)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName("Sync log entry")
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([320, 200])
        empty = QLabel("Nothing has been synced yet.")
        empty.setVisible(not self.entries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        if self.entries:
            self.table.selectRow(0)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.detail.setPlainText(describe_entry(self.entries[row]))
        else:
            self.detail.clear()
