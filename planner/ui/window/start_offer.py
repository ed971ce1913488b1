"""The start panel's place in the window: offered while the plan holds no post at all
and may be edited, taken away with the first post.

The panel itself (planner/ui/panels/start_panel.py) is built only the first time the
plan is found empty, so a window over a full plan never imports it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from planner.core.domain import Post
    from planner.ui.panels.start_panel import StartPanelHost
    from planner.ui.week.view import WeekView
    from planner.ui.window.context import AppContext
    from planner.ui.window.file_actions import FileActions
    from planner.ui.window.post_editing import PostEditing


class OfferSurface(Protocol):
    """What the offer needs of the window."""

    context: AppContext
    week_view: WeekView
    edits: PostEditing
    setup_finished: bool
    file_actions: FileActions


class StartOffer:
    """Shows or hides the start panel over the week view."""

    def __init__(self, window: OfferSurface) -> None:
        self._window = window
        self._panel: StartPanelHost | None = None  # made when the plan is first empty

    def update(self, shown: dict[int, Post]) -> None:
        """Offer the start while ``shown`` and the whole store are empty and editable."""
        context = self._window.context
        editable = context.has_store and not context.read_only
        empty = editable and not shown and context.store.count() == 0
        if empty or self._panel is not None:
            if self._panel is None:
                from planner.ui.panels.start_panel import StartChoices, StartPanelHost

                edits = self._window.edits
                choices = StartChoices(
                    load_sample=edits.load_sample,
                    import_csv=self._choose_import,
                    write_post=edits.new_post,
                )
                self._panel = StartPanelHost(self._window.week_view, choices)
            self._panel.update(empty=empty, editable=editable)

    def _choose_import(self) -> None:
        if self._window.setup_finished:  # File's actions come with the rest of the window
            self._window.file_actions.choose_import()
