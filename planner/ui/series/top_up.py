"""Topping every series up a year ahead when the window starts, after its first frame.

It runs once the store is checked and the week has painted (planner.app), writes with
plain SQL (planner.store.series_store.top_up), and is not an undo step: like the
day's snapshot, it is the app keeping its promise, not an edit of the user's.
"""

from __future__ import annotations

from typing import Protocol

from planner.ui.window.context import AppContext


class Refreshable(Protocol):
    context: AppContext

    def refresh(self) -> None: ...

    def statusBar(self) -> object: ...


def top_up_series(window: Refreshable) -> int:
    """Make the posts every series is missing up to a year ahead; say how many."""
    from planner.store import StoreError
    from planner.store.series_store import top_up

    context = window.context
    if not context.has_store or context.read_only:
        return 0
    try:
        made = top_up(context.store, context.today())
    except StoreError as error:  # a busy or full store: the next start tries again
        window.statusBar().showMessage(f"Repeating posts were not topped up: {error}")  # type: ignore[attr-defined]
        return 0
    if made:
        window.refresh()
        noun = "post" if made == 1 else "posts"
        window.statusBar().showMessage(  # type: ignore[attr-defined]
            f"Added {made} {noun} of repeating series, up to a year ahead.", 8000
        )
    return made
