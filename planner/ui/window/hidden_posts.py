"""Warnings about posts the calendar's filter hides: say so, and show them on a click.

The rules count every post, shown or not, so a warning may name posts that are not on
screen; clicking it used to select nothing. Now the warning says which filter hides
its posts, and clicking it shows those platforms or statuses again and selects them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from planner.core.domain import Platform, Post, Status
from planner.core.post_filter import PostFilter, describe_hiding, hidden_note

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from planner.ui.week.view import WeekView
    from planner.ui.window.actions import WindowActions


class FilteredWindow(Protocol):
    """What this needs of the window."""

    posts: dict[int, Post]
    hidden_platforms: set[Platform]
    hidden_statuses: set[Status]
    window_actions: WindowActions
    week_view: WeekView

    def statusBar(self) -> QStatusBar: ...


def window_filter(window: FilteredWindow) -> PostFilter:
    return PostFilter(frozenset(window.hidden_platforms), frozenset(window.hidden_statuses))


def note_for(window: FilteredWindow, ids: Sequence[int]) -> str | None:
    """The line a warning about ``ids`` gets when the filter hides some of them."""
    posts = [window.posts[i] for i in ids if i in window.posts]
    shown = window_filter(window)
    hidden = shown.hidden_among(posts)
    if not hidden:
        return None
    return hidden_note(len(hidden), len(posts), shown.hiding(posts))


def show_posts(window: FilteredWindow, ids: Sequence[int]) -> None:
    """Select the posts a warning is about, first showing again what hides any of them."""
    posts = [window.posts[i] for i in ids if i in window.posts]
    part = window_filter(window).hiding(posts)
    if part.hides_anything:
        # Through the filter's own toggles, so the bar, the menu and what is kept agree.
        for platform in part.hidden_platforms:
            window.window_actions.platforms[platform].setChecked(True)
        for status in part.hidden_statuses:
            window.window_actions.statuses[status].setChecked(True)
        window.statusBar().showMessage(f"Showing {describe_hiding(part)} again.", 8000)
    window.week_view.select_posts(list(ids))
