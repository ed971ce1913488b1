"""The window's edits: each request from the view, the tray, a menu or a dialog becomes
one undo command, pushed through ``commands.push`` so that a refused save changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from planner.core.domain import Kind, Post, Status
from planner.core.settings import Settings
from planner.core.weeks import Week
from planner.ui.undo import commands

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from planner.ui.window.main_window import MainWindow


class WindowEditsMixin:
    """The editing half of MainWindow."""

    dialog: QDialog | None  # the open editor or settings dialog, if any

    def post(self: MainWindow, post_id: int) -> Post:
        return self.posts.get(post_id) or self.context.store.get(post_id)

    def selected_ids(self: MainWindow) -> list[int]:
        """The posts selected where the keyboard is: the tray when it has focus."""
        if not self.setup_finished:  # no tray yet: only the week can be selected
            return self.week_view.selected_ids()
        focus = QApplication.focusWidget()
        if focus is not None and self.ideas_tray.isAncestorOf(focus):
            return self.ideas_tray.selected_ids()
        return self.week_view.selected_ids() or self.ideas_tray.selected_ids()

    def _push(self: MainWindow, command: commands.StoreCommand, select: Iterable[int] = ()) -> bool:
        if not self.context.has_store:
            return False
        if not commands.push(self.context, command):
            return False
        self.week_view.select_posts(list(select))
        return True

    def new_post(self: MainWindow) -> None:
        today = self.context.today()
        day = today if today in self.week else self.week.monday
        self.new_post_at(day, dt.time(9, 0))

    def new_post_at(self: MainWindow, date: dt.date | None, time: dt.time | None) -> None:
        self._open_editor(None, date, time)

    def edit_post(self: MainWindow, post_id: int) -> None:
        self._open_editor(self.post(post_id), None, None)

    def edit_selected(self: MainWindow) -> None:
        if ids := self.selected_ids():
            self.edit_post(ids[0])

    def _open_editor(
        self: MainWindow, post: Post | None, date: dt.date | None, time: dt.time | None
    ) -> None:
        from planner.ui.dialogs.editor_dialog import PostEditor

        if self.context.read_only or not self.context.has_store:
            return
        editor = PostEditor(self._save_edited, post=post, date=date, time=time, parent=self)
        self._show_dialog(editor)

    def _show_dialog(self: MainWindow, dialog: QDialog) -> None:
        """Open ``dialog`` window-modal without a nested event loop; tests find it in
        ``self.dialog``."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _save_edited(self: MainWindow, post: Post) -> bool:
        if post.id is None:
            command = commands.ChangePosts.add(self.context, post)
        else:
            before = self.post(post.id)
            if before == post:
                return True
            command = commands.ChangePosts.edit(self.context, before, post)
        if not self._push(command):
            return False
        added = next(iter(command.added), post)
        if added.date is not None and added.date not in self.week:
            self.set_week(Week.containing(added.date))
        self.week_view.select_posts([added.id] if added.id is not None else [])
        return True

    def move_post(self: MainWindow, post_id: int, date: dt.date, time: dt.time, copy: bool) -> None:
        post = self.post(post_id)
        if copy:
            command = commands.ChangePosts.copy(self.context, post, date, time)
            if self._push(command):
                self.week_view.select_posts([command.post_id] if command.post_id else [])
            return
        if not post.is_idea and (post.date, post.time) == (date, time):
            return
        if self._push(commands.ChangePosts.move(self.context, post, date, time)):
            # An Alt+arrow past Monday or Sunday: the view follows the post there.
            if date not in self.week:
                self.set_week(Week.containing(date))
            self.week_view.select_posts([post_id])

    def unschedule(self: MainWindow, post_id: int) -> None:
        post = self.post(post_id)
        if not post.is_idea:
            self._push(commands.ChangePosts.unschedule(self.context, post))

    def duplicate(self: MainWindow, post_id: int) -> None:
        post = self.post(post_id)
        command = commands.ChangePosts.copy(self.context, post, post.date, post.time, "Duplicate")
        if self._push(command):
            self.week_view.select_posts([command.post_id] if command.post_id else [])

    def change_kind(self: MainWindow, post_id: int, kind: Kind) -> None:
        post = self.post(post_id)
        if post.kind is not kind:
            self._push(commands.ChangePosts.change_kind(self.context, post, kind), [post_id])

    def mark_published(self: MainWindow, post_id: int) -> None:
        post = self.post(post_id)
        if post.status is not Status.PUBLISHED:
            self._push(commands.ChangePosts.mark_published(self.context, post), [post_id])

    def delete_posts(self: MainWindow, ids: list[int]) -> None:
        posts = [self.post(i) for i in ids]
        if posts:
            self._push(commands.ChangePosts.delete(self.context, posts))

    def delete_selected(self: MainWindow) -> None:
        self.delete_posts(self.selected_ids())

    def load_sample(self: MainWindow) -> None:
        from planner.core.demo import sample_fortnight

        week = self._this_week()
        text = "Load Sample Fortnight"
        if self._push(commands.ChangePosts.add_many(self.context, sample_fortnight(week), text)):
            self.set_week(week)

    def open_settings(self: MainWindow) -> None:
        from planner.ui.dialogs.settings_dialog import SettingsDialog

        if self.context.read_only or not self.context.has_store:
            return
        before = self.context.settings()

        def save(after: Settings) -> bool:
            return self._push(commands.ChangeSettings(self.context, before, after))

        self._show_dialog(SettingsDialog(before, save, parent=self))

    def show_card_menu(self: MainWindow, post_id: int, where: QPoint) -> None:
        from planner.ui.window.menus import card_menu

        menu = card_menu(self, self.post(post_id))
        self._card_menu = menu
        menu.popup(where)
