"""Tools → Consents… and Tools → Reply to a Review…: the actions, and what they open.

The Consent window works on the store through ``StoreConsentBook``; moving the posts a
revocation affects back to ideas is one ``ChangePosts`` command, so one Undo brings
them all back. Each change of a consent runs the window's rules again.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from planner.core import edits
from planner.core.consent_rule import load_guard_lists, story_check_if_ready
from planner.core.domain import Post
from planner.ui.undo import commands

if TYPE_CHECKING:
    from planner.ui.window.context import AppContext
    from planner.ui.window.surface import WindowSurface


def move_to_ideas_command(context: AppContext, posts: Sequence[Post]) -> commands.ChangePosts:
    """One command that sends every post of ``posts`` back to the ideas."""
    changes = [(post, edits.unscheduled(post)) for post in posts]
    if len(posts) == 1:
        text = f"Move {commands.quoted(posts[0])} to Ideas"
    else:
        text = f"Move {len(posts)} Posts to Ideas"
    return commands.ChangePosts(context, changes, text)


def move_to_ideas(context: AppContext, posts: Sequence[Post]) -> bool:
    """Move ``posts`` back to the ideas as one undo step; False when the store refused
    (the user was told why, and nothing moved)."""
    if not posts:
        return True
    return commands.push(context, move_to_ideas_command(context, posts))


class GuardListsLoader(QObject):
    """Reads the guard's word lists in a worker thread after the window's first frame,
    then has the window run its rules again: a post whose text tells a patient's story
    with no consent linked is then flagged too."""

    loaded = Signal()

    running: ClassVar[list[threading.Thread]] = []  # joined before the app ends

    def start(self) -> None:
        if story_check_if_ready() is not None:
            return
        thread = threading.Thread(target=self._load, name="guard-lists", daemon=True)
        GuardListsLoader.running.append(thread)
        thread.start()

    @classmethod
    def join_all(cls) -> None:
        """Wait for every load begun: a worker still importing, or signalling a window,
        while the interpreter shuts down can crash the process on its way out."""
        while cls.running:
            cls.running.pop().join()

    def _load(self) -> None:
        load_guard_lists()
        # Queued to the window's thread; a window closed meanwhile has nothing to refresh.
        with contextlib.suppress(RuntimeError):
            self.loaded.emit()


class ConsentTools:
    """The Tools menu's consent and review-reply actions of one window."""

    def __init__(self, window: WindowSurface) -> None:
        self.window = window
        parent = window.as_parent()
        self.consents_action = QAction("&Consents…", parent)
        self.consents_action.setToolTip(
            "The patients' consent records: who agreed to appear, where and until when"
        )
        self.reply_action = QAction("&Reply to a Review…", parent)
        self.reply_action.setToolTip(
            "Draft a polite reply to an online review that never confirms a patient"
        )
        self.consents_action.triggered.connect(lambda _checked=False: self.open_consents())
        self.reply_action.triggered.connect(lambda _checked=False: self.open_reply())
        window.tools_menu.aboutToShow.connect(lambda: self.update_enabled())

    def install(self) -> None:
        menu = self.window.tools_menu
        menu.addAction(self.consents_action)
        menu.addAction(self.reply_action)
        self.update_enabled()
        self.lists = GuardListsLoader(self.window.as_parent())
        self.lists.loaded.connect(lambda: self._lists_loaded())
        self.lists.start()

    def _lists_loaded(self) -> None:
        window = self.window
        if window.context.has_store and window.as_parent().isVisible():
            window.refresh()

    def update_enabled(self) -> None:
        has_store = self.window.context.has_store
        self.consents_action.setEnabled(has_store)
        self.reply_action.setEnabled(has_store)

    def open_consents(self) -> None:
        from planner.ui.consent.store_book import StoreConsentBook
        from planner.ui.consent.window import ConsentWindow

        context = self.window.context
        if not context.has_store:
            return
        book = StoreConsentBook(context.store, changed=self.window.refresh)
        dialog = ConsentWindow(
            book,
            context.prompts,
            lambda posts: move_to_ideas(context, posts),
            today=context.today,
            parent=self.window.as_parent(),
        )
        self.window.dialogs.show(dialog)

    def open_reply(self) -> None:
        from planner.ui.replies.reply_dialog import ReplyDialog

        context = self.window.context
        if not context.has_store:
            return
        self.window.dialogs.show(ReplyDialog(context, parent=self.window.as_parent()))


def install_consent_tools(window: WindowSurface) -> ConsentTools:
    tools = ConsentTools(window)
    tools.install()
    return tools
