"""A whole import (new posts and updates) as one undoable step, with a copy of the store
taken just before it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from planner.ui.undo.commands import Change, ChangePosts
from planner.ui.window.context import AppContext


class ImportPosts(ChangePosts):
    """Every change of a file (new posts and updates): redo saves them in one
    transaction, undo takes them all back.

    Before the first save, a pre-import snapshot of a store that already holds posts is
    taken (``planner.store.backups``), so even a later mistake can be walked back.
    A snapshot that cannot be taken does not stop the import (the step can be undone);
    ``snapshot_problem`` says why it is missing.
    """

    def __init__(
        self,
        context: AppContext,
        changes: Sequence[Change],
        source_name: str,
    ) -> None:
        count = len(changes)
        noun = "post" if count == 1 else "posts"
        super().__init__(context, changes, f"Import {count} {noun} from {source_name}")
        self.snapshot: Path | None = None
        self.snapshot_problem: str | None = None
        self._snapshot_tried = False

    def apply(self) -> None:
        first = not self._snapshot_tried
        if first:
            self._snapshot_tried = True
            self._take_snapshot()
        try:
            super().apply()
        except Exception:
            if first and self.snapshot is not None:
                # The import changed nothing: its copy would stand for the same plan.
                from planner.store.backups import drop_snapshot

                drop_snapshot(self.snapshot)
                self.snapshot = None
            raise

    def _take_snapshot(self) -> None:
        store = self.context.store
        if store.count() == 0:
            return  # nothing to keep
        from planner.store.backups import PRE_IMPORT, take_snapshot
        from planner.store.errors import StoreError

        try:
            self.snapshot = take_snapshot(store, PRE_IMPORT)
        except (StoreError, OSError) as error:
            self.snapshot_problem = str(error)
