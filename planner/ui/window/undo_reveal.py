"""After an undo or a redo, show what it changed: the week of the post, with it selected.

Without this, undoing a move into next week made the post vanish from the week on
screen, and nothing said where it went. The posts come from the command itself
(a ChangePosts holds each post before and after), so any post edit is covered.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from planner.core.domain import Post
from planner.core.weeks import Week

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoCommand

    from planner.ui.week.view import WeekView


class RevealSurface(Protocol):
    """What revealing needs of the window."""

    week: Week
    week_view: WeekView

    def set_week(self, week: Week) -> None: ...

    def select_ideas(self, ids: Sequence[int]) -> None: ...


def posts_after(command: QUndoCommand | None, *, undone: bool) -> list[Post]:
    """The posts as ``command`` left them: their ``before`` side when it was undone,
    their ``after`` side when it was done or redone. Deleted posts are not among them."""
    changes = getattr(command, "changes", None)
    if not changes:
        return []
    side = 0 if undone else 1
    return [change[side] for change in changes if change[side] is not None]


def reveal(window: RevealSurface, posts: Sequence[Post]) -> None:
    """Show the week of the first dated post when none is in the week shown, and select
    the posts (the ideas in the tray when no post has a date)."""
    dated = sorted(
        (p for p in posts if p.date is not None and p.id is not None),
        key=lambda p: (p.date, p.time),
    )
    if dated:
        if not any(p.date in window.week for p in dated):
            assert dated[0].date is not None
            window.set_week(Week.containing(dated[0].date))
        window.week_view.select_posts([p.id for p in dated if p.id is not None])
        return
    ideas = [p.id for p in posts if p.id is not None]
    if ideas:
        window.select_ideas(ideas)
