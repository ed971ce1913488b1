"""One undo step for a change to a series: its rows and all the posts it touches.

``ChangeSeries`` is a ``ChangePosts`` that also carries series rows (before, after), and
saves both through ``Store.apply_series_changes`` in one transaction. A series it makes
keeps the id it got on the first apply, as new posts do, so a redo brings back the same.
"""

from __future__ import annotations

from planner.core.series_edits import SeriesChange, SeriesEdit
from planner.ui.undo.commands import Change, ChangePosts
from planner.ui.window.context import AppContext


class ChangeSeries(ChangePosts):
    """Posts and series rows from ``before`` to ``after``, done and undone together."""

    def __init__(self, context: AppContext, edit: SeriesEdit, text: str) -> None:
        super().__init__(context, edit.posts, text)
        self.series_changes: list[SeriesChange] = list(edit.series)

    def apply(self) -> None:
        self.changes, self.series_changes = self._save_both(self.changes, self.series_changes)

    def revert(self) -> None:
        posts, series = self._save_both(
            [(after, before) for before, after in self.changes],
            [(after, before) for before, after in self.series_changes],
        )
        self.changes = [(before, after) for after, before in posts]
        self.series_changes = [(before, after) for after, before in series]

    def _save_both(
        self, posts: list[Change], series: list[SeriesChange]
    ) -> tuple[list[Change], list[SeriesChange]]:
        return self.context.store.apply_series_changes(posts, series)
