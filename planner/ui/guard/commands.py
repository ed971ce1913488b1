"""The guard's edits as undo commands: acknowledging a finding (and taking that back),
and the Guard settings. Each writes the store at once, as every command does."""

from __future__ import annotations

from collections.abc import Sequence

from planner.core.guard import Acknowledgement
from planner.core.guard_setup import WordEdit
from planner.core.settings import Settings
from planner.store.guard_records import (
    add_acknowledgement,
    remove_acknowledgement,
    save_guard_changes,
)
from planner.ui.undo.commands import StoreCommand
from planner.ui.window.context import AppContext

EXCERPT_WIDTH = 24


def _quoted(excerpt: str) -> str:
    words = " ".join(excerpt.split())
    return f"'{words}'" if len(words) <= EXCERPT_WIDTH else f"'{words[: EXCERPT_WIDTH - 1]}…'"


class AcknowledgeFinding(StoreCommand):
    """One finding on one post, acknowledged with a reason (``reopen``: taken back)."""

    touches_ideas = False

    def __init__(
        self, context: AppContext, post_id: int, ack: Acknowledgement, *, reopen: bool = False
    ) -> None:
        verb = "Reopen" if reopen else "Acknowledge"
        super().__init__(context, f"{verb} {_quoted(ack.excerpt)}")
        self.post_id = post_id
        self.ack = ack
        self.reopen = reopen

    def apply(self) -> None:
        self._set(not self.reopen)

    def revert(self) -> None:
        self._set(self.reopen)

    def _set(self, acknowledged: bool) -> None:
        store = self.context.store
        if acknowledged:
            add_acknowledgement(store, self.post_id, self.ack)
        else:
            remove_acknowledgement(store, self.post_id, self.ack)


class ChangeGuardSettings(StoreCommand):
    """What the Guard settings changed: the practice's details, names and word edits.

    Only the differences are written (and taken back on undo), so a name the command
    line added meanwhile is kept either way.
    """

    touches_ideas = False

    def __init__(
        self,
        context: AppContext,
        before: Settings,
        after: Settings,
        *,
        names_added: Sequence[str] = (),
        names_removed: Sequence[str] = (),
        words_added: Sequence[WordEdit] = (),
        words_removed: Sequence[WordEdit] = (),
    ) -> None:
        super().__init__(context, "Change Guard Settings")
        self.before, self.after = before, after
        self.names_added, self.names_removed = tuple(names_added), tuple(names_removed)
        self.words_added, self.words_removed = tuple(words_added), tuple(words_removed)

    def apply(self) -> None:
        save_guard_changes(
            self.context.store,
            self.after if self.after != self.before else None,
            names_added=self.names_added,
            names_removed=self.names_removed,
            words_added=self.words_added,
            words_removed=self.words_removed,
        )

    def revert(self) -> None:
        save_guard_changes(
            self.context.store,
            self.before if self.after != self.before else None,
            names_added=self.names_removed,
            names_removed=self.names_added,
            words_added=self.words_removed,
            words_removed=self.words_added,
        )
