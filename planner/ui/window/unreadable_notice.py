"""A one-line notice above the week: the posts the store holds that cannot be read.

Such a row (a BLOB or a NULL where text belongs, a platform this version does not know)
is left out of the week and the ideas, and the store refuses every edit while it is
there; the notice says which posts, and why, instead of a blank where they were.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QBoxLayout, QLabel

if TYPE_CHECKING:
    from planner.core.domain import Post
    from planner.ui.window.context import AppContext


class UnreadableNotice(QLabel):
    """Hidden while every post reads; otherwise one line naming the ones that do not."""

    def __init__(self, layout: QBoxLayout) -> None:
        super().__init__()
        self.setAccessibleName("Unreadable posts notice")
        self.setWordWrap(True)  # one sentence; wrapped, so it never widens the window
        self.setStyleSheet("padding: 6px; background: palette(highlight);"
                           "color: palette(highlighted-text);")  # fmt: skip
        self.hide()
        layout.addWidget(self)

    def show_rows(self, context: AppContext, *reads: Sequence[Post]) -> None:
        """Name the rows ``reads`` left out and, once the store's pages are checked
        (after the first paint), every unreadable row of the store."""
        if context.has_store and context.store.pages_checked:
            found = context.store.unreadable_rows()  # every one, the reads' among them
        else:
            found = [row for read in reads for row in getattr(read, "unreadable", ())]
        if not found:
            self.hide()
            return
        from planner.store.errors import unreadable_summary

        rows = [(row.post_id, row.reason) for row in found]
        them = "it is" if len(rows) == 1 else "they are"
        text = (
            f"{unreadable_summary(rows)} cannot be read, so {them} not shown, and the plan "
            "cannot be changed until the store is mended or a backup restored."
        )
        self.setText(" ".join(text.split()))
        self.setToolTip(self.text())
        self.show()
