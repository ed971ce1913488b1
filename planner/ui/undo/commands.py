"""Every edit is one undo command that writes the store at once.

``push(context, command)`` runs the command's store call first and only puts it on the
undo stack when that call succeeded: a failed save (read-only store, full disk) leaves
the store, the stack and the screen as they were, and the caller keeps the user's edit.
A later undo or redo that fails is reported and its command dropped from the stack, so
the stack never claims a state the store does not hold.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand

from planner.core.domain import Kind, Post, Status, first_line
from planner.core.settings import Settings
from planner.ui.window.context import AppContext

TITLE_WIDTH = 20


def quoted(post: Post) -> str:
    """``'Flu clinic on…'``: how a command names its post in the Edit menu.

    The first line, cut at a word when it is longer than about 20 characters.
    """
    line = first_line(post.text)
    if len(line) <= TITLE_WIDTH:
        return f"'{line}'"
    cut = line[: TITLE_WIDTH - 1]
    if " " in cut[TITLE_WIDTH // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return f"'{cut.rstrip(' ,.;:-')}…'"


def is_save_error(error: BaseException) -> bool:
    """Errors that mean "the store could not do it", as opposed to a bug."""
    if isinstance(error, OSError | KeyError | ValueError):
        return True
    sqlite = sys.modules.get("sqlite3")  # loaded by the store; not needed to start
    if sqlite is not None and isinstance(error, sqlite.Error):
        return True
    # The store module is loaded once a store is open; importing it here would pull
    # the database layer into the window's start-up.
    store_module = sys.modules.get("planner.store.errors")
    store_error = getattr(store_module, "StoreError", None)
    return store_error is not None and isinstance(error, store_error)


def describe(error: BaseException) -> str:
    """The error in words for the user (a KeyError's text is only the id)."""
    if isinstance(error, KeyError):
        return "the post is no longer in the plan; it may have been deleted elsewhere."
    return str(error) or type(error).__name__


class StoreCommand(QUndoCommand):
    """A command whose ``apply`` and ``revert`` are calls into the store."""

    touches_ideas = True  # False: done or undone, it leaves the ideas as they were

    def __init__(self, context: AppContext, text: str) -> None:
        super().__init__(text)
        self.context = context
        self._already_applied = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._already_applied:  # push() has just applied it
            self._already_applied = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, step: Callable[[], None]) -> None:
        try:
            step()
        except Exception as error:
            if not is_save_error(error):
                raise
            # QUndoStack drops an obsolete command, so it stops promising this step.
            self.setObsolete(True)
            self.context.report_failure(self.text(), describe(error))


def push(context: AppContext, command: StoreCommand) -> bool:
    """Apply ``command`` to the store, then put it on the undo stack.

    Returns False, having told the user, when the store refused; nothing changed then.
    """
    try:
        command.apply()
    except Exception as error:
        if not is_save_error(error):
            raise
        context.report_failure(command.text(), describe(error))
        return False
    command._already_applied = True
    context.undo_stack.push(command)
    return True


class AddPost(StoreCommand):
    """A new post; undo deletes it, redo puts it back with the same id."""

    def __init__(self, context: AppContext, post: Post, text: str | None = None) -> None:
        super().__init__(context, text or f"Add {quoted(post)}")
        self.post = post

    @property
    def post_id(self) -> int | None:
        return self.post.id

    def apply(self) -> None:
        if self.post.id is None:
            self.post = self.context.store.add(self.post)
        else:
            self.context.store.restore([self.post])

    def revert(self) -> None:
        assert self.post.id is not None
        self.context.store.delete(self.post.id)


def copy_of(post: Post, date: dt.date | None, time: dt.time | None) -> Post:
    """A new post like ``post`` at another slot; a copy is never already published."""
    if date is None:
        status = Status.IDEA
    elif post.status in (Status.IDEA, Status.PUBLISHED):
        status = Status.DRAFT
    else:
        status = post.status
    return post.with_changes(id=None, date=date, time=time if date else None, status=status)


class CopyPost(AddPost):
    """Ctrl+drag or Duplicate: a copy of a post at a slot (the same slot to duplicate)."""

    def __init__(
        self,
        context: AppContext,
        source: Post,
        date: dt.date | None,
        time: dt.time | None,
        verb: str = "Copy",
    ) -> None:
        super().__init__(context, copy_of(source, date, time), f"{verb} {quoted(source)}")
        self.source = source


class EditPost(StoreCommand):
    """Any change to a post's fields, from the editor or the context menu."""

    def __init__(
        self, context: AppContext, before: Post, after: Post, text: str | None = None
    ) -> None:
        super().__init__(context, text or f"Edit {quoted(after)}")
        self.before = before
        self.after = after

    @classmethod
    def change_kind(cls, context: AppContext, post: Post, kind: Kind) -> EditPost:
        return cls(context, post, post.with_changes(kind=kind), f"Make {quoted(post)} {kind}")

    @classmethod
    def mark_published(cls, context: AppContext, post: Post) -> EditPost:
        after = post.with_changes(status=Status.PUBLISHED)
        return cls(context, post, after, f"Mark {quoted(post)} published")

    def apply(self) -> None:
        self.after = self.context.store.update(self.after)

    def revert(self) -> None:
        self.context.store.update(self.before)


class MovePost(StoreCommand):
    """A post to another day or time: a drop, an Alt+arrow nudge, always one command."""

    touches_ideas = False  # a dated post stays dated

    def __init__(
        self, context: AppContext, post: Post, date: dt.date, time: dt.time, verb: str = "Move"
    ) -> None:
        super().__init__(context, f"{verb} {quoted(post)}")
        assert post.id is not None
        self.before = post
        self.date = date
        self.time = time

    def apply(self) -> None:
        assert self.before.id is not None
        self.context.store.move(self.before.id, self.date, self.time)

    def revert(self) -> None:
        assert self.before.id is not None
        self.context.store.move(
            self.before.id, self.before.date, self.before.time, self.before.status
        )


class SchedulePost(StoreCommand):
    """An idea onto the calendar, as a draft."""

    def __init__(self, context: AppContext, idea: Post, date: dt.date, time: dt.time) -> None:
        super().__init__(context, f"Schedule {quoted(idea)}")
        assert idea.id is not None
        self.idea = idea
        self.date = date
        self.time = time

    def apply(self) -> None:
        assert self.idea.id is not None
        self.context.store.move(self.idea.id, self.date, self.time, Status.DRAFT)

    def revert(self) -> None:
        assert self.idea.id is not None
        self.context.store.move(self.idea.id, None, None, Status.IDEA)


class UnschedulePost(StoreCommand):
    """A calendar post back into the ideas tray."""

    def __init__(self, context: AppContext, post: Post) -> None:
        super().__init__(context, f"Unschedule {quoted(post)}")
        assert post.id is not None
        self.before = post

    def apply(self) -> None:
        assert self.before.id is not None
        self.context.store.move(self.before.id, None, None, Status.IDEA)

    def revert(self) -> None:
        assert self.before.id is not None
        self.context.store.move(
            self.before.id, self.before.date, self.before.time, self.before.status
        )


class DeletePost(StoreCommand):
    """One or more posts removed; undo restores them with their ids."""

    def __init__(self, context: AppContext, posts: Sequence[Post]) -> None:
        text = f"Delete {quoted(posts[0])}" if len(posts) == 1 else f"Delete {len(posts)} posts"
        super().__init__(context, text)
        self.posts = list(posts)

    def apply(self) -> None:
        ids = [p.id for p in self.posts if p.id is not None]
        self.posts = self.context.store.delete_many(ids)

    def revert(self) -> None:
        self.context.store.restore(self.posts)


class ChangeSettings(StoreCommand):
    """New rule thresholds or working hours, saved to the store."""

    def __init__(self, context: AppContext, before: Settings, after: Settings) -> None:
        super().__init__(context, "Change Settings")
        self.before = before
        self.after = after

    def apply(self) -> None:
        self.context.store.save_settings(self.after)

    def revert(self) -> None:
        self.context.store.save_settings(self.before)


class AddPosts(StoreCommand):
    """Many new posts in one step (the sample fortnight); undo deletes them all."""

    def __init__(self, context: AppContext, posts: Sequence[Post], text: str) -> None:
        super().__init__(context, text)
        self.posts = list(posts)

    def apply(self) -> None:
        if any(p.id is None for p in self.posts):
            self.posts = self.context.store.add_many(self.posts)
        else:
            self.context.store.restore(self.posts)

    def revert(self) -> None:
        self.context.store.delete_many([p.id for p in self.posts if p.id is not None])
