"""A whole engagement import as one undoable step: its records and the posts it publishes."""

from __future__ import annotations

from planner.core.domain import Post
from planner.core.engagement_import import EngagementImport, RecordChange
from planner.ui.undo.commands import StoreCommand
from planner.ui.window.context import AppContext


class ImportEngagement(StoreCommand):
    """Redo saves the new and updated records and marks the matched posts published, in
    one transaction; undo puts the records and the posts back as they were, in one too.
    Either refuses (and changes nothing) when another program changed one of them."""

    touches_ideas = False  # only dated posts are matched, and they stay dated

    def __init__(self, context: AppContext, plan: EngagementImport, source_name: str) -> None:
        count = len(plan.record_changes)
        noun = "record" if count == 1 else "records"
        super().__init__(context, f"Import {count} engagement {noun} from {source_name}")
        self.records: list[RecordChange] = list(plan.record_changes)
        self.posts: list[tuple[Post | None, Post | None]] = list(plan.post_changes)

    def apply(self) -> None:
        self.posts = self.context.store.apply_engagement(self.records, self.posts)

    def revert(self) -> None:
        undone = self.context.store.apply_engagement(
            [(after, before) for before, after in self.records],
            [(after, before) for before, after in self.posts],
        )
        self.posts = [(before, after) for after, before in undone]
