"""Edits of a post that repeats: ask which posts it is for, then one undo step.

"This post", "This and the following posts" or "All posts of the series", asked through
the window's Prompts (``choose``), with Google Calendar's meaning (planner.core.
series_edits). Each answer becomes one ``ChangeSeries`` command: the series rows and
every post they touch, saved in one transaction, undone in one step. Cancelling the
question changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from planner.core import edits
from planner.core.domain import Post, Status
from planner.core.series import Series
from planner.core.series_edits import (
    Scope,
    SeriesEdit,
    delete_in_series,
    delete_series,
    edit_in_series,
    end_series,
    start_series,
)
from planner.core.weeks import Week
from planner.ui.series.repeat_section import RepeatSection
from planner.ui.undo.commands import ChangePosts, StoreCommand, quoted
from planner.ui.undo.series_command import ChangeSeries

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from planner.ui.window.context import AppContext
    from planner.ui.window.surface import WindowSurface

TITLE = "Repeating post"
EVERY_SCOPE = (Scope.THIS, Scope.FOLLOWING, Scope.ALL)
SUFFIX = {Scope.THIS: "", Scope.FOLLOWING: " and the following", Scope.ALL: " and its series"}


class Edits(Protocol):
    """What series editing needs of the window's PostEditing."""

    window: WindowSurface
    context: AppContext

    def post(self, post_id: int) -> Post: ...

    def push(self, command: StoreCommand, select: Iterable[int] = ()) -> bool: ...


class SeriesEditing:
    """Asks which posts of a series a change is for, and pushes it as one command."""

    def __init__(self, editing: Edits) -> None:
        self.editing = editing
        self.context = editing.context

    # ----- asking -----------------------------------------------------------------

    def ask_scope(
        self, post: Post, verb: str, scopes: Sequence[Scope] = EVERY_SCOPE
    ) -> Scope | None:
        """Which posts ``verb`` ("Move", "Delete", "Change") is for; None when cancelled."""
        labels = [scope.label for scope in scopes]
        question = f"{quoted(post)} repeats. {verb} which posts?"
        answer = self.context.prompts.choose(TITLE, question, labels)
        return next((s for s in scopes if s.label == answer), None)

    def loaded(self, post: Post) -> tuple[Series, list[Post]] | None:
        """The post's series and all its posts as stored; None when it has none (any more)."""
        from planner.store.series_store import get_series, series_posts

        if post.series is None or not self.context.has_store:
            return None
        try:
            series = get_series(self.context.store, post.series)
        except KeyError:
            return None
        return series, series_posts(self.context.store, post.series)

    # ----- the edits ----------------------------------------------------------------

    def move(self, post: Post, date: dt.date, time: dt.time) -> None:
        """A drop or a nudge of a post that repeats. The question waits for the next turn
        of the event loop: a dialog opened inside a drop event would run while the
        platform's drag is still in progress."""
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: self.move_now(post, date, time))

    def move_now(self, post: Post, date: dt.date, time: dt.time) -> bool:
        """Ask which posts the move is for, then make it one undo step."""
        loaded = self.loaded(post)
        if loaded is None:
            return self._push(ChangePosts.move(self.context, post, date, time), [post.id], date)
        scope = self.ask_scope(post, "Move")
        if scope is None:
            return False
        series, posts = loaded
        after = edits.moved(post, date, time)
        return self._series_edit(
            lambda: edit_in_series(series, posts, post, after, scope, self.context.today()),
            f"Move {quoted(post)}{SUFFIX[scope]}", post, date, "Not moved",
        )  # fmt: skip

    def delete(self, post: Post) -> bool:
        loaded = self.loaded(post)
        if loaded is None:
            return self.editing.push(ChangePosts.delete(self.context, [post]))
        scope = self.ask_scope(post, "Delete")
        if scope is None:
            return False
        series, posts = loaded
        return self._series_edit(
            lambda: delete_in_series(series, posts, post, scope),
            f"Delete {quoted(post)}{SUFFIX[scope]}", None, None, "Not deleted",
        )  # fmt: skip

    def save(self, post: Post, sections: Sequence[object]) -> bool | None:
        """Save what the editor describes when repeating is involved; None: a plain post,
        for the editor's own save. False keeps the editor open (a question cancelled, or
        the Repeat control shows a problem)."""
        repeat = next((s for s in sections if isinstance(s, RepeatSection)), None)
        if repeat is None:
            return None
        before = self.editing.post(post.id) if post.id is not None else None
        loaded = self.loaded(before) if before is not None else None
        if loaded is None:
            return self._start(before, post, repeat)
        assert before is not None
        series, posts = loaded
        if repeat.problem() is not None:
            return False
        if post.status is Status.IDEA:  # unscheduled: it leaves the series
            unlinked = post.with_changes(series=None, series_day=None)
            return self._push(ChangePosts.edit(self.context, before, unlinked), [], None)
        if repeat.rule_text() is None:
            return self._stop(series, posts, before, post)
        changed_rule = repeat.changed()
        if not changed_rule and before == post:
            return True
        scopes = (Scope.FOLLOWING, Scope.ALL) if changed_rule else EVERY_SCOPE
        scope = self.ask_scope(post, "Change", scopes)
        if scope is None:
            return False
        rule = repeat.rule_for(post) if changed_rule else None
        today = self.context.today()
        return self._series_edit(
            lambda: edit_in_series(series, posts, before, post, scope, today, rule=rule),
            f"Edit {quoted(post)}{SUFFIX[scope]}", before, post.date, "Not saved",
        )  # fmt: skip

    def _start(self, before: Post | None, post: Post, repeat: RepeatSection) -> bool | None:
        """A post that did not repeat, saved with a repeat rule: a new series."""
        if repeat.problem() is not None:
            return False
        rule = repeat.rule_for(post)
        if rule is None:
            return None
        return self._series_edit(
            lambda: start_series(before, post, rule, self.context.today()),
            f"Repeat {quoted(post)}", post, post.date, "Not saved",
        )  # fmt: skip

    def _stop(self, series: Series, posts: list[Post], before: Post, post: Post) -> bool:
        """Set to "Does not repeat": this post stays, on its own; the others go."""
        scope = self.ask_scope(post, "Stop repeating", (Scope.FOLLOWING, Scope.ALL))
        if scope is None:
            return False
        day = before.series_day
        if scope is Scope.FOLLOWING and day is not None and day > series.rule.start:
            edit = end_series(series, posts, day - dt.timedelta(days=1))
        else:
            edit = delete_series(series, posts)
        alone = post.with_changes(series=None, series_day=None)
        pairs = [(b, alone if b is not None and b.id == before.id else a) for b, a in edit.posts]
        if all(b is None or b.id != before.id for b, _ in pairs):
            pairs.append((before, alone))
        kept = SeriesEdit(series=edit.series, posts=pairs)
        return self._series_edit(lambda: kept, f"Stop repeating {quoted(post)}", before,
                                 post.date, "Not saved")  # fmt: skip

    # ----- pushing ----------------------------------------------------------------

    def _series_edit(
        self,
        make: Callable[[], SeriesEdit],
        text: str,
        select: Post | None,
        follow: dt.date | None,
        failed: str,
    ) -> bool:
        """Make the edit (a ValueError is shown as ``failed``), push it, show and select
        ``select`` (a new post: the first one the command adds)."""
        try:
            edit = make()
        except ValueError as exc:
            self.context.prompts.error(failed, str(exc))
            return False
        command = ChangeSeries(self.context, edit, text)
        if not self._push(command, [], follow):
            return False
        if select is not None:
            chosen = (
                select.id if select.id is not None else next((p.id for p in command.added), None)
            )
            if chosen is not None:
                self.editing.window.week_view.select_posts([chosen])
        return True

    def _push(
        self, command: StoreCommand, select: list[int | None], follow: dt.date | None
    ) -> bool:
        if not self.editing.push(command, [i for i in select if i is not None]):
            return False
        window = self.editing.window
        if follow is not None and follow not in window.week:
            window.set_week(Week.containing(follow))
        return True
