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

from planner.core import edits
from planner.core.domain import Kind, Post, first_line
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
    corrupt = getattr(sys.modules.get("planner.store.errors"), "StoreCorrupt", None)
    if corrupt is not None and isinstance(error, corrupt):
        from planner.store.messages import error_message

        return error_message(error)  # with how to get the plan back
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


Change = tuple[Post | None, Post | None]


class ChangePosts(StoreCommand):
    """Posts from ``before`` to ``after``: the one command behind every post edit.

    A change ``(None, post)`` adds a post, ``(post, None)`` deletes one, and
    ``(before, after)`` saves new fields. What the edit does to a post (a move, a
    copy, a schedule) was decided by ``planner.core.edits``; this only saves it, and
    undo saves the ``before`` side. New posts keep the ids and uids they got on the
    first apply, so a redo after an undo brings back the same posts. The store refuses
    a change whose ``before`` is no longer what it holds (another program changed the
    post): the command is then not pushed, or, on undo or redo, dropped.
    """

    def __init__(
        self,
        context: AppContext,
        changes: Sequence[Change],
        text: str,
        touches_ideas: bool = True,
    ) -> None:
        super().__init__(context, text)
        self.changes: list[Change] = list(changes)
        self.touches_ideas = touches_ideas

    # -- the edits the window makes, each named as the Edit menu shows it ----------

    @classmethod
    def add(cls, context: AppContext, post: Post, text: str | None = None) -> ChangePosts:
        return cls(context, [(None, post)], text or f"Add {quoted(post)}")

    @classmethod
    def add_many(cls, context: AppContext, posts: Sequence[Post], text: str) -> ChangePosts:
        return cls(context, [(None, post) for post in posts], text)

    @classmethod
    def copy(
        cls,
        context: AppContext,
        source: Post,
        date: dt.date | None,
        time: dt.time | None,
        verb: str = "Copy",
    ) -> ChangePosts:
        """Ctrl+drag or Duplicate: a copy of a post at a slot (its own slot to duplicate)."""
        return cls.add(context, edits.copied(source, date, time), f"{verb} {quoted(source)}")

    @classmethod
    def edit(
        cls, context: AppContext, before: Post, after: Post, text: str | None = None
    ) -> ChangePosts:
        return cls(context, [(before, after)], text or f"Edit {quoted(after)}")

    @classmethod
    def change_kind(cls, context: AppContext, post: Post, kind: Kind) -> ChangePosts:
        return cls.edit(context, post, post.with_changes(kind=kind), f"Make {quoted(post)} {kind}")

    @classmethod
    def mark_published(cls, context: AppContext, post: Post) -> ChangePosts:
        return cls.edit(context, post, edits.published(post), f"Mark {quoted(post)} published")

    @classmethod
    def move(
        cls, context: AppContext, post: Post, date: dt.date, time: dt.time, verb: str = "Move"
    ) -> ChangePosts:
        """A drop or an Alt+arrow nudge; an idea dropped on the calendar is scheduled."""
        if post.is_idea:
            after = edits.scheduled(post, date, time)
            return cls(context, [(post, after)], f"Schedule {quoted(post)}")
        after = edits.moved(post, date, time)
        return cls(context, [(post, after)], f"{verb} {quoted(post)}", touches_ideas=False)

    @classmethod
    def unschedule(cls, context: AppContext, post: Post) -> ChangePosts:
        return cls(context, [(post, edits.unscheduled(post))], f"Unschedule {quoted(post)}")

    @classmethod
    def delete(cls, context: AppContext, posts: Sequence[Post]) -> ChangePosts:
        text = f"Delete {quoted(posts[0])}" if len(posts) == 1 else f"Delete {len(posts)} posts"
        return cls(context, [(post, None) for post in posts], text)

    # -- what it saved -------------------------------------------------------------

    @property
    def added(self) -> list[Post]:
        """The posts this command adds, with their ids once it has been applied."""
        return [after for before, after in self.changes if before is None and after is not None]

    @property
    def post_id(self) -> int | None:
        """The id of the first post this command adds or changes."""
        for before, after in self.changes:
            if (post := after or before) is not None:
                return post.id
        return None

    def apply(self) -> None:
        self.changes = self._save(self.changes)

    def revert(self) -> None:
        undone = self._save([(after, before) for before, after in self.changes])
        self.changes = [(before, after) for after, before in undone]

    def _save(self, changes: list[Change]) -> list[Change]:
        """Save each ``after`` in one transaction, checked against its ``before``; return
        the changes with the ids new posts were given."""
        return self.context.store.apply_changes(changes)


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
