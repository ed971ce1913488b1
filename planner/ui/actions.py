"""The window's actions, menus and the card context menu, with standard shortcuts.

Each action only calls a method of the main window; the window does the work.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle

from planner.core.domain import Kind, Platform, Post, Status

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow

Key = QKeySequence.StandardKey


@dataclass
class WindowActions:
    new_post: QAction
    edit_post: QAction
    delete: QAction
    undo: QAction
    redo: QAction
    quit: QAction
    settings: QAction
    load_sample: QAction
    previous_week: QAction
    next_week: QAction
    today: QAction
    jump_to_date: QAction
    platforms: dict[Platform, QAction]

    def editing(self) -> list[QAction]:
        """The actions that change the plan (off when the store is read-only)."""
        return [self.new_post, self.edit_post, self.delete, self.settings, self.load_sample]


def _action(
    window: MainWindow,
    text: str,
    slot: object,
    keys: list[QKeySequence] | None = None,
    icon: QStyle.StandardPixmap | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if icon is not None:
        action.setIcon(window.style().standardIcon(icon))
    if keys:
        action.setShortcuts(keys)
    tip = tip or text.replace("&", "").rstrip("…")
    if keys:
        tip += f" ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})"
    action.setToolTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)  # shortcuts work even when no menu is open
    return action


def _keys(*names: Key | str) -> list[QKeySequence]:
    found: list[QKeySequence] = []
    for name in names:
        if isinstance(name, str):
            found.append(QKeySequence(name))
        else:
            found.extend(QKeySequence.keyBindings(name))
    unique: list[QKeySequence] = []
    for key in found:
        if key not in unique:
            unique.append(key)
    return unique


def build_actions(window: MainWindow) -> WindowActions:
    stack = window.context.undo_stack
    undo = stack.createUndoAction(window, "Undo")
    undo.setShortcuts(_keys(Key.Undo))
    undo.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
    redo = stack.createRedoAction(window, "Redo")
    redo.setShortcuts(_keys("Ctrl+Shift+Z", Key.Redo))
    redo.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
    window.addAction(undo)
    window.addAction(redo)
    px = QStyle.StandardPixmap
    platforms = {}
    for platform in Platform:
        action = QAction(platform.label, window)
        action.setCheckable(True)
        action.setChecked(True)
        action.setToolTip(f"Show or hide {platform.label} posts (they still count in the rules)")
        action.toggled.connect(lambda shown, p=platform: window.set_platform_shown(p, shown))
        platforms[platform] = action
    w = window
    return WindowActions(
        new_post=_action(w, "&New Post…", w.new_post, _keys(Key.New), px.SP_FileIcon),
        edit_post=_action(w, "&Edit Post…", w.edit_selected),
        delete=_action(w, "&Delete", w.delete_selected, _keys(Key.Delete)),
        undo=undo,
        redo=redo,
        quit=_action(w, "&Quit", w.close, _keys(Key.Quit)),
        settings=_action(
            w, "&Settings…", w.open_settings, _keys(Key.Preferences), px.SP_FileDialogDetailedView
        ),
        load_sample=_action(w, "Load &Sample Fortnight", w.load_sample),
        previous_week=_action(
            w, "&Previous Week", w.show_previous_week, _keys(Key.MoveToPreviousPage)
        ),
        next_week=_action(w, "&Next Week", w.show_next_week, _keys(Key.MoveToNextPage)),
        today=_action(w, "&Today", w.show_today, _keys("Ctrl+T"), tip="Go to this week"),
        jump_to_date=_action(w, "&Go to Date…", w.focus_date_picker, _keys("Ctrl+G")),
        platforms=platforms,
    )


def build_menus(window: MainWindow, actions: WindowActions) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addAction(actions.new_post)
    file_menu.addAction(actions.load_sample)
    file_menu.addSeparator()
    file_menu.addAction(actions.settings)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = bar.addMenu("&Edit")
    edit_menu.addAction(actions.undo)
    edit_menu.addAction(actions.redo)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.edit_post)
    edit_menu.addAction(actions.delete)
    view_menu = bar.addMenu("&View")
    view_menu.addAction(actions.previous_week)
    view_menu.addAction(actions.next_week)
    view_menu.addAction(actions.today)
    view_menu.addAction(actions.jump_to_date)
    view_menu.addSeparator()
    shown = view_menu.addMenu("&Platforms Shown")
    for action in actions.platforms.values():
        shown.addAction(action)
    window.file_menu, window.edit_menu, window.view_menu = file_menu, edit_menu, view_menu


def card_menu(window: MainWindow, post: Post) -> QMenu:
    """Edit, duplicate, change kind, mark published, back to ideas, delete."""
    assert post.id is not None
    post_id = post.id
    menu = QMenu(window)
    menu.setAccessibleName("Post actions")
    menu.addAction("&Edit…", lambda: window.edit_post(post_id))
    menu.addAction("D&uplicate", lambda: window.duplicate(post_id))
    kinds = menu.addMenu("Change &Kind")
    group = QActionGroup(kinds)
    for kind in Kind:
        action = kinds.addAction(f"{kind.label} ({kind.letter})")
        action.setCheckable(True)
        action.setChecked(kind is post.kind)
        action.setIcon(QIcon())
        group.addAction(action)
        action.triggered.connect(lambda _=False, k=kind: window.change_kind(post_id, k))
    published = menu.addAction("Mark &Published", lambda: window.mark_published(post_id))
    published.setEnabled(post.status is not Status.PUBLISHED and not post.is_idea)
    if not post.is_idea:
        menu.addAction("Move to &Ideas", lambda: window.unschedule(post_id))
    menu.addSeparator()
    delete = menu.addAction("&Delete", lambda: window.delete_posts([post_id]))
    delete.setShortcut(QKeySequence(Key.Delete))
    delete.setShortcutVisibleInContextMenu(True)
    for action in menu.actions():
        action.setEnabled(action.isEnabled() and not window.context.read_only)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return menu
