"""Find posts (Ctrl+F): a box that searches as you type, and the posts it finds.

Words match by their beginning, case and accents ignored ("zahnarz" finds "Zahnärztin"),
in the text, the notes and the link (planner.store.search). Choosing a result (Enter, a
click or a double-click) opens its week with the post selected.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.domain import Post, first_line, format_time, short_day
from planner.ui.window.context import AppContext

SHOWN = 50  # results listed at most; a search that finds more says so
WIDTH = 460


def result_text(post: Post) -> str:
    """``Tue 1 Dec 2026 09:00 · Facebook · Flu clinic…``."""
    when = "Idea"
    if post.date is not None:
        when = f"{short_day(post.date)} {post.date.year}"
        if post.time is not None:
            when += f" {format_time(post.time)}"
    return f"{when} · {post.platform.label} · {first_line(post.text, 60)}"


class SearchPanel(QFrame):
    """A popup under the week bar: the search box, a count, and the results."""

    def __init__(
        self,
        context: AppContext,
        chosen: Callable[[Post], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setAccessibleName("Find posts")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.context = context
        self._chosen = chosen
        self.box = QLineEdit()
        self.box.setAccessibleName("Search")
        self.box.setPlaceholderText("Find posts by words of their text, notes or link")
        self.box.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setAccessibleName("Results found")
        self.results = QListWidget()
        self.results.setAccessibleName("Results")
        self.results.setUniformItemSizes(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.box)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        self.box.textChanged.connect(self.search)
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)
        self.box.installEventFilter(self)
        self.resize(WIDTH, 360)
        self.found: list[Post] = []
        self.search("")

    def open_over(self, window: QWidget) -> None:
        """Show under the top right of ``window``, the box focused and its text selected."""
        corner = window.mapToGlobal(QPoint(window.width() - WIDTH - 16, 64))
        self.move(corner)
        self.show()
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()
        self.search_again()

    def search_again(self) -> None:
        self.search(self.box.text())

    def search(self, text: str) -> None:
        """List the posts ``text`` finds (the ``SHOWN`` added last), newest first."""
        from planner.store.search import search_posts

        found = search_posts(self.context.store, text, SHOWN + 1) if text.strip() else []
        self.found = found[:SHOWN]
        self.results.clear()
        for post in self.found:
            item = QListWidgetItem(result_text(post))
            item.setToolTip(post.text[:400])
            self.results.addItem(item)
        if self.found:
            self.results.setCurrentRow(0)
        if not text.strip():
            self.count.setText("Type a word, or the start of one.")
        elif not found:
            self.count.setText("No posts found.")
        elif len(found) > SHOWN:
            self.count.setText(
                f"More than {SHOWN} posts found; the {SHOWN} added last are shown. "
                "Type more to narrow it."
            )
        else:
            self.count.setText(f"{len(found)} post{'' if len(found) == 1 else 's'} found.")

    def choose(self, row: int) -> None:
        """Open the result in ``row`` (its week, the post selected) and close."""
        if 0 <= row < len(self.found):
            post = self.found[row]
            self.hide()
            self._chosen(post)

    def _activated(self, item: QListWidgetItem) -> None:
        self.choose(self.results.row(item))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.found:
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(self.results.currentRow() + step, 0), len(self.found) - 1)
                self.results.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose(max(self.results.currentRow(), 0))
                return True
        return super().eventFilter(watched, event)
