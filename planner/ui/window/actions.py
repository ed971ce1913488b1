"""The window's actions, made for the first frame: text and what each one calls.

The week bar shows some of them before anything else is built, so they exist from
the start; their icons, shortcuts, tooltips and menus come right after the first paint
(menus.py), which keeps QStyle and the menu classes out of the window's start.
Each action only calls a method of the main window; the window does the work.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QPixmap

from planner.core.domain import Platform

if TYPE_CHECKING:
    from planner.ui.window.main_window import MainWindow


@dataclass
class WindowActions:
    """Every action of the window's menus, week bar and shortcuts."""

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


def blank_icon(size: int = 16) -> QIcon:
    """A transparent icon: a button shown with it already has the width that the
    style's icon, set after the first paint, needs; so nothing moves when it arrives."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


def create_actions(window: MainWindow) -> WindowActions:
    """The actions, connected to ``window``; ``menus.finish_actions`` dresses them."""

    def action(text: str, slot: Callable[..., object], icon: QIcon | None = None) -> QAction:
        made = QAction(text, window)
        if icon is not None:
            made.setIcon(icon)
        made.triggered.connect(slot)
        return made

    stack = window.context.undo_stack
    platforms = {}
    for platform in Platform:
        toggle = QAction(platform.label, window)
        toggle.setCheckable(True)
        toggle.setChecked(True)
        toggle.setToolTip(f"Show or hide {platform.label} posts (they still count in the rules)")
        toggle.toggled.connect(lambda shown, p=platform: window.set_platform_shown(p, shown))
        platforms[platform] = toggle
    w = window
    placeholder = blank_icon()
    return WindowActions(
        new_post=action("&New Post…", w.new_post, placeholder),
        edit_post=action("&Edit Post…", w.edit_selected),
        delete=action("&Delete", w.delete_selected),
        undo=stack.createUndoAction(window, "Undo"),
        redo=stack.createRedoAction(window, "Redo"),
        quit=action("&Quit", w.close),
        settings=action("&Settings…", w.open_settings, placeholder),
        load_sample=action("Load &Sample Fortnight", w.load_sample),
        previous_week=action("&Previous Week", w.show_previous_week),
        next_week=action("&Next Week", w.show_next_week),
        today=action("&Today", w.show_today),
        jump_to_date=action("&Go to Date…", w.focus_date_picker),
        platforms=platforms,
    )
