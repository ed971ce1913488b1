"""The window's actions, made for the first frame: text and what each one calls.

The week bar shows some of them before anything else is built, so they exist from
the start; their icons, shortcuts, tooltips and menus come right after the first paint
(menus.py), which keeps QStyle and the menu classes out of the window's start.
Each action only calls the slot it is given; the window and its edits do the work.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QPixmap, QUndoStack

from planner.core.domain import Platform, Status
from planner.core.post_filter import DATED_STATUSES


@dataclass
class WindowActions:
    """Every action of the window's menus, week bar and shortcuts."""

    new_post: QAction
    edit_post: QAction
    delete: QAction
    duplicate: QAction
    publish: QAction
    undo: QAction
    redo: QAction
    quit: QAction
    settings: QAction
    load_sample: QAction
    previous_week: QAction
    next_week: QAction
    today: QAction
    jump_to_date: QAction
    shortcuts: QAction
    about: QAction
    platforms: dict[Platform, QAction]
    statuses: dict[Status, QAction]

    def editing(self) -> list[QAction]:
        """The actions that change the plan (off when the store is read-only)."""
        return [
            self.new_post,
            self.edit_post,
            self.delete,
            self.duplicate,
            self.publish,
            self.settings,
            self.load_sample,
        ]

    def on_selection(self) -> list[QAction]:
        """The actions that work on the selected post (off with nothing selected)."""
        return [self.edit_post, self.delete, self.duplicate, self.publish]


def blank_icon(size: int = 16) -> QIcon:
    """A transparent icon: a button shown with it already has the width that the
    style's icon, set after the first paint, needs; so nothing moves when it arrives."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


@dataclass(frozen=True)
class ActionSlots:
    """What each action calls."""

    new_post: Callable[[], object]
    edit_selected: Callable[[], object]
    delete_selected: Callable[[], object]
    duplicate_selected: Callable[[], object]
    publish_selected: Callable[[], object]
    quit: Callable[[], object]
    open_settings: Callable[[], object]
    load_sample: Callable[[], object]
    previous_week: Callable[[], object]
    next_week: Callable[[], object]
    today: Callable[[], object]
    jump_to_date: Callable[[], object]
    shortcuts: Callable[[], object]
    about: Callable[[], object]
    platform_shown: Callable[[Platform, bool], object]
    status_shown: Callable[[Status, bool], object]


def create_actions(owner: QObject, stack: QUndoStack, slots: ActionSlots) -> WindowActions:
    """The actions, owned by ``owner`` and connected to ``slots``; ``menus.finish_actions``
    dresses them."""

    def action(text: str, slot: Callable[..., object], icon: QIcon | None = None) -> QAction:
        made = QAction(text, owner)
        if icon is not None:
            made.setIcon(icon)
        made.triggered.connect(slot)
        return made

    platforms = {}
    for platform in Platform:
        toggle = QAction(platform.label, owner)
        toggle.setCheckable(True)
        toggle.setChecked(True)
        toggle.setToolTip(f"Show or hide {platform.label} posts (they still count in the rules)")
        toggle.toggled.connect(lambda shown, p=platform: slots.platform_shown(p, shown))
        platforms[platform] = toggle
    statuses = {}
    for status in DATED_STATUSES:
        toggle = QAction(status.label, owner)
        toggle.setCheckable(True)
        toggle.setChecked(True)
        toggle.setToolTip(f"Show or hide {status.value} posts (they still count in the rules)")
        toggle.toggled.connect(lambda shown, s=status: slots.status_shown(s, shown))
        statuses[status] = toggle
    placeholder = blank_icon()
    return WindowActions(
        new_post=action("&New Post…", slots.new_post, placeholder),
        edit_post=action("&Edit Post…", slots.edit_selected),
        delete=action("&Delete", slots.delete_selected),
        duplicate=action("D&uplicate", slots.duplicate_selected),
        publish=action("Mark &Published", slots.publish_selected),
        undo=stack.createUndoAction(owner, "Undo"),
        redo=stack.createRedoAction(owner, "Redo"),
        quit=action("&Quit", slots.quit),
        settings=action("&Settings…", slots.open_settings, placeholder),
        load_sample=action("Load &Sample Fortnight", slots.load_sample),
        previous_week=action("&Previous Week", slots.previous_week),
        next_week=action("&Next Week", slots.next_week),
        today=action("&Today", slots.today),
        jump_to_date=action("&Go to Date…", slots.jump_to_date),
        shortcuts=action("&Keyboard Shortcuts", slots.shortcuts),
        about=action("&About Social Media Planner", slots.about),
        platforms=platforms,
        statuses=statuses,
    )

