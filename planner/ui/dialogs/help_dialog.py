"""Help → Keyboard Shortcuts and Help → About."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# The one list of keys: the dialog shows it and a test holds the README's table to it.
KEYS: tuple[tuple[str, str], ...] = (
    ("Ctrl+N", "new post (double-click an empty slot does the same, at that time)"),
    ("Enter", "edit the selected post (double-click a card does the same)"),
    ("Delete", "delete the selected post"),
    ("Ctrl+D", "duplicate the selected post"),
    ("P", "mark the selected post published"),
    ("Tab, arrow keys", "move the selection between cards"),
    ("Alt+Left / Alt+Right", "move the selected post a day earlier / later"),
    ("Alt+Up / Alt+Down", "move the selected post 15 minutes earlier / later"),
    ("Ctrl+drag", "copy a card instead of moving it"),
    ("PageUp / PageDown", "previous / next week (in the month: month)"),
    ("Ctrl+1 / Ctrl+2", "the week / the month"),
    ("Ctrl+F", "find posts by words of their text, notes or link"),
    ("Ctrl+T", "this week"),
    ("Ctrl+G", "go to a date"),
    ("Ctrl+Z / Ctrl+Shift+Z", "undo / redo"),
    ("Ctrl+O", "import a CSV file (a preview comes first)"),
    ("Ctrl+Shift+S", "export the week as CSV"),
    ("Ctrl+P", "print the week (File → Print Preview… shows it first)"),
    ("F1", "this list of keys"),
)


class ShortcutsDialog(QDialog):
    """Every key the window answers to, in a table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard Shortcuts")
        self.setAccessibleName(self.windowTitle())
        self.table = QTableWidget(len(KEYS), 2)
        self.table.setHorizontalHeaderLabels(["Keys", "Does"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, does) in enumerate(KEYS):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(does))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 520)


class AboutDialog(QDialog):
    """The app's name, version and where the plan is kept."""

    def __init__(self, version: str, store_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About Social Media Planner")
        self.setAccessibleName(self.windowTitle())
        self.text = QLabel(
            f"<h3>Social Media Planner {version}</h3>"
            "<p>Plan a healthcare practice's social media offline: a weekly calendar "
            "that keeps the content mix and the daily limits in check.</p>"
            f"<p>Your plan is kept in <code>{store_path}</code>, with daily backups "
            "beside it.</p>"
        )
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(460, 220)
