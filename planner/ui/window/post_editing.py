"""The window's edits: each request from the view, the tray, a menu or a dialog becomes
one undo command, pushed through ``commands.push`` so that a refused save changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.settings import Settings
from planner.core.slots import next_free_slot, platform_with_room
from planner.core.weeks import Week
from planner.ui.undo import commands

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from planner.ui.series.series_editing import SeriesEditing
    from planner.ui.window.surface import WindowSurface


class PostEditing:
    """Turns the window's edit requests into undo commands and selects what changed.

    It is handed the window's surface, the posts the window shows (by id) and how to
    find the selection; it keeps no state of its own but the open card menu.
    """

    def __init__(
        self,
        window: WindowSurface,
        shown_posts: Callable[[], Mapping[int, Post]],
        selected_ids: Callable[[], list[int]],
    ) -> None:
        self.window = window
        self.context = window.context
        self._shown_posts = shown_posts
        self.selected_ids = selected_ids
        self.card_menu: QMenu | None = None
        self._series: SeriesEditing | None = None

    @property
    def series(self) -> SeriesEditing:
        """Edits of posts that repeat (which posts of the series: asked, then one step)."""
        if self._series is None:
            from planner.ui.series.series_editing import SeriesEditing

            self._series = SeriesEditing(self)
        return self._series

    def post(self, post_id: int) -> Post:
        return self._shown_posts().get(post_id) or self.context.store.get(post_id)

    def push(self, command: commands.StoreCommand, select: Iterable[int] = ()) -> bool:
        if not self.context.has_store:
            return False
        if not commands.push(self.context, command):
            return False
        self.window.week_view.select_posts(list(select))
        return True

    def _follow(self, date: dt.date | None) -> None:
        """Show the week of ``date`` when it is not the one shown (an edit moved there)."""
        if date is not None and date not in self.window.week:
            self.window.set_week(Week.containing(date))

    def new_post(self) -> None:
        """A new post at the next free working-hours slot (from now, or from the Monday
        of a later week shown), on a platform with room that day."""
        if not self.context.has_store:
            return
        week = self.window.week
        now = self.context.now()
        start = week.monday if week.monday > now.date() else None
        posts_on = self._posts_on
        day, time = next_free_slot(now, posts_on, self.context.settings(), start_day=start)
        self.new_post_at(day, time)

    def new_post_at(self, date: dt.date | None, time: dt.time | None) -> None:
        platform = Platform.FACEBOOK
        if date is not None and self.context.has_store:
            platform = platform_with_room(date, self._posts_on(date), self.context.settings())
        self._open_editor(None, date, time, platform)

    def _posts_on(self, day: dt.date) -> list[Post]:
        return self.context.store.posts_between(day, day)

    def edit_post(self, post_id: int) -> None:
        self._open_editor(self.post(post_id), None, None)

    def new_post_from(self, draft: Post) -> None:
        """The editor for a new post that starts as ``draft`` (an awareness day's name)."""
        self._open_editor(draft.with_changes(id=None, uid=""), None, None, draft.platform)

    def edit_selected(self) -> None:
        if ids := self.selected_ids():
            self.edit_post(ids[0])

    def _open_editor(
        self,
        post: Post | None,
        date: dt.date | None,
        time: dt.time | None,
        platform: Platform = Platform.FACEBOOK,
    ) -> None:
        from planner.ui.dialogs.editor_dialog import PostEditor
        from planner.ui.window.editor_sections import editor_sections

        if self.context.read_only or not self.context.has_store:
            return
        sections = editor_sections(self.context, post)
        editor = PostEditor(
            lambda edited: self._save_edited(edited, sections),
            post=post,
            date=date,
            time=time,
            platform=platform,
            sections=sections,
            ask_discard=lambda question: self.context.prompts.ask_yes_no(
                "Discard?", question, default_yes=False
            ),
            parent=self.window.as_parent(),
        )
        self.window.dialogs.show(editor)

    def _save_edited(self, post: Post, sections: Sequence[object] = ()) -> bool:
        if (saved_in_series := self.series.save(post, sections)) is not None:
            return saved_in_series
        if post.id is None:
            command = commands.ChangePosts.add(self.context, post)
        else:
            before = self.post(post.id)
            if before == post:
                return True
            command = commands.ChangePosts.edit(self.context, before, post)
        if not self.push(command):
            return False
        saved = next(iter(command.added), post)
        self._follow(saved.date)
        self.window.week_view.select_posts([saved.id] if saved.id is not None else [])
        return True

    def move_post(self, post_id: int, date: dt.date, time: dt.time, copy: bool) -> None:
        post = self.post(post_id)
        if copy:
            command = commands.ChangePosts.copy(self.context, post, date, time)
            if self.push(command):
                self.window.week_view.select_posts([command.post_id] if command.post_id else [])
            return
        if not post.is_idea and (post.date, post.time) == (date, time):
            return
        if post.series is not None:
            self.series.move(post, date, time)
            return
        if self.push(commands.ChangePosts.move(self.context, post, date, time)):
            # An Alt+arrow past Monday or Sunday: the view follows the post there.
            self._follow(date)
            self.window.week_view.select_posts([post_id])

    def unschedule(self, post_id: int) -> None:
        post = self.post(post_id)
        if not post.is_idea:
            self.push(commands.ChangePosts.unschedule(self.context, post))

    def duplicate(self, post_id: int) -> None:
        post = self.post(post_id)
        command = commands.ChangePosts.copy(self.context, post, post.date, post.time, "Duplicate")
        if self.push(command):
            self.window.week_view.select_posts([command.post_id] if command.post_id else [])

    def duplicate_selected(self) -> None:
        if ids := self.selected_ids():
            self.duplicate(ids[0])

    def publish_selected(self) -> None:
        for post_id in self.selected_ids()[:1]:
            if not self.post(post_id).is_idea:
                self.mark_published(post_id)

    def change_kind(self, post_id: int, kind: Kind) -> None:
        post = self.post(post_id)
        if post.kind is not kind:
            self.push(commands.ChangePosts.change_kind(self.context, post, kind), [post_id])

    def mark_published(self, post_id: int) -> None:
        post = self.post(post_id)
        if post.status is not Status.PUBLISHED:
            self.push(commands.ChangePosts.mark_published(self.context, post), [post_id])

    def delete_posts(self, ids: list[int]) -> None:
        posts = [self.post(i) for i in ids]
        if len(posts) == 1 and posts[0].series is not None:
            self.series.delete(posts[0])
        elif posts:
            self.push(commands.ChangePosts.delete(self.context, posts))

    def delete_selected(self) -> None:
        self.delete_posts(self.selected_ids())

    def load_sample(self) -> None:
        from planner.core.demo import sample_fortnight

        week = Week.containing(self.context.today())
        text = "Load Sample Fortnight"
        if self.push(commands.ChangePosts.add_many(self.context, sample_fortnight(week), text)):
            self.window.set_week(week)

    def open_settings(self) -> None:
        from planner.ui.dialogs.settings_dialog import SettingsDialog

        if self.context.read_only or not self.context.has_store:
            return
        before = self.context.settings()

        def save(after: Settings) -> bool:
            return self.push(commands.ChangeSettings(self.context, before, after))

        self.window.dialogs.show(SettingsDialog(before, save, parent=self.window.as_parent()))

    def show_card_menu(self, post_id: int, where: QPoint) -> None:
        from planner.ui.window.card_menu import card_menu

        self.card_menu = card_menu(self, self.post(post_id), self.window.as_parent())
        self.card_menu.popup(where)
