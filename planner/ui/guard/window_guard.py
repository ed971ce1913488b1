"""The guard in the main window, made right after its first frame (never before it):
once the word lists are in (a worker loads them then: ``GuardListsLoader``), each
refresh adds the week's open findings to the report (the warnings panel lists them, the
cards show their shields), a finding chosen in the panel opens in the editor, and
Tools → Guard Settings… edits what the guard is told."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from planner.core.consent_rule import guard_lists_loaded, load_guard_lists
from planner.core.domain import Post
from planner.core.guard import load_word_lists
from planner.core.guard_week import guard_warnings, with_guard
from planner.store.guard_records import acknowledgements, do_not_mention, guard_setup, word_edits
from planner.ui.guard.commands import ChangeGuardSettings
from planner.ui.guard.editor_section import GuardSection
from planner.ui.guard.settings_dialog import GuardChanges, GuardSettingsDialog
from planner.ui.undo.commands import push

if TYPE_CHECKING:
    from planner.core.consent_rule import Consents
    from planner.core.rules import WeekReport
    from planner.ui.window.surface import WindowSurface


class WindowGuard(QObject):
    """The guard's part of one window; ``edit_post`` opens a post in the editor."""

    def __init__(self, window: WindowSurface, edit_post: Callable[[int], None]) -> None:
        super().__init__(window.as_parent())
        self.window = window
        self._edit_post = edit_post
        self.settings_action = QAction("&Guard Settings…", window.as_parent())
        self.settings_action.setToolTip(
            "The practice's own details, the do-not-mention list and the word lists"
        )
        self.settings_action.triggered.connect(lambda _checked=False: self.open_settings())
        window.tools_menu.addAction(self.settings_action)
        window.tools_menu.aboutToShow.connect(self._update_enabled)

    def _update_enabled(self) -> None:
        context = self.window.context
        self.settings_action.setEnabled(context.has_store and not context.read_only)

    def add_warnings(
        self, report: WeekReport, posts: Sequence[Post], consents: Consents
    ) -> WeekReport:
        """``report`` with the open findings of the week's ``posts`` after the rules',
        each post checked with the ``consents`` (records by id) it links to."""
        context = self.window.context
        if not context.has_store or not posts or not guard_lists_loaded():
            return report  # the window refreshes again once the lists are in
        store = context.store
        ids = [p.id for p in posts if p.id is not None]
        setup, acks = guard_setup(store), acknowledgements(store, ids)
        return with_guard(report, guard_warnings(posts, setup, acks, consents))

    def open_finding(self, post_id: int, start: int, end: int) -> None:
        """Open the post in the editor with the finding picked and its words selected.
        A click that also activates the item (some desktops) opens it only once."""
        if self._guard_section(post_id) is None:
            if self.window.dialogs.current is not None:
                return  # another dialog is open over the window
            self._edit_post(post_id)
        section = self._guard_section(post_id)
        if section is not None:
            section.show_finding(start, end)

    def _guard_section(self, post_id: int) -> GuardSection | None:
        """The guard section of the editor open on ``post_id``, if one is open."""
        for section in getattr(self.window.dialogs.current, "sections", ()):
            if isinstance(section, GuardSection) and section.post is not None:
                return section if section.post.id == post_id else None
        return None

    def open_settings(self) -> None:
        context = self.window.context
        if not context.has_store or context.read_only:
            return
        store = context.store
        before = store.settings()
        load_guard_lists()  # at once, if the worker has not yet

        def save(changes: GuardChanges) -> bool:
            command = ChangeGuardSettings(
                context,
                before,
                changes.settings,
                names_added=changes.names_added,
                names_removed=changes.names_removed,
                words_added=changes.words_added,
                words_removed=changes.words_removed,
            )
            return push(context, command)

        dialog = GuardSettingsDialog(
            before,
            do_not_mention(store),
            word_edits(store),
            load_word_lists(),
            save,
            parent=self.window.as_parent(),
        )
        self.window.dialogs.show(dialog)
