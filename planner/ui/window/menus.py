"""What the window's actions get after its first paint: the style's icons, standard
shortcuts, tooltips and the menus.

Each action was made for the first frame in actions.py; here it becomes reachable from
the keyboard and the menu bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle

if TYPE_CHECKING:
    from planner.ui.window.actions import WindowActions
    from planner.ui.window.surface import WindowSurface

Key = QKeySequence.StandardKey


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


def _dress(
    window: WindowSurface,
    action: QAction,
    keys: list[QKeySequence] | None = None,
    icon: QStyle.StandardPixmap | None = None,
    tip: str = "",
) -> None:
    if icon is not None:
        action.setIcon(window.style().standardIcon(icon))
    if keys:
        action.setShortcuts(keys)
    tip = tip or action.text().replace("&", "").rstrip("…")
    if keys:
        tip += f" ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})"
    action.setToolTip(tip)
    window.addAction(action)  # shortcuts work even when no menu is open


def finish_actions(window: WindowSurface, actions: WindowActions) -> None:
    """Give each action its icon, its standard shortcuts and its tooltip."""
    px = QStyle.StandardPixmap
    style = window.style()
    actions.undo.setShortcuts(_keys(Key.Undo))
    actions.undo.setIcon(style.standardIcon(px.SP_ArrowBack))
    actions.redo.setShortcuts(_keys("Ctrl+Shift+Z", Key.Redo))
    actions.redo.setIcon(style.standardIcon(px.SP_ArrowForward))
    window.addAction(actions.undo)
    window.addAction(actions.redo)
    w, a = window, actions
    _dress(w, a.new_post, _keys(Key.New), px.SP_FileIcon)
    _dress(w, a.edit_post)
    _dress(w, a.delete, _keys(Key.Delete))
    _dress(w, a.duplicate, _keys("Ctrl+D"))
    _dress(w, a.publish, _keys("P"))
    _dress(w, a.shortcuts, _keys(Key.HelpContents, "F1"))
    _dress(w, a.about)
    _dress(w, a.quit, _keys(Key.Quit))
    _dress(w, a.settings, _keys(Key.Preferences), px.SP_FileDialogDetailedView)
    _dress(w, a.load_sample)
    _dress(w, a.previous_week, _keys(Key.MoveToPreviousPage))
    _dress(w, a.next_week, _keys(Key.MoveToNextPage))
    _dress(w, a.today, _keys("Ctrl+T"), tip="Go to this week")
    _dress(w, a.jump_to_date, _keys("Ctrl+G"))


def build_menus(window: WindowSurface, actions: WindowActions) -> None:
    """Fill the File, Edit, View and Help menus the window made empty for its first frame."""
    file_menu = window.file_menu
    file_menu.addAction(actions.new_post)
    file_menu.addAction(actions.load_sample)
    file_menu.addSeparator()
    file_menu.addAction(actions.settings)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = window.edit_menu
    edit_menu.addAction(actions.undo)
    edit_menu.addAction(actions.redo)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.edit_post)
    edit_menu.addAction(actions.duplicate)
    edit_menu.addAction(actions.publish)
    edit_menu.addAction(actions.delete)
    view_menu = window.view_menu
    view_menu.addAction(actions.previous_week)
    view_menu.addAction(actions.next_week)
    view_menu.addAction(actions.today)
    view_menu.addAction(actions.jump_to_date)
    view_menu.addSeparator()
    shown = view_menu.addMenu("&Platforms Shown")
    for action in actions.platforms.values():
        shown.addAction(action)
    statuses = view_menu.addMenu("&Statuses Shown")
    for action in actions.statuses.values():
        statuses.addAction(action)
    help_menu = window.help_menu
    help_menu.addAction(actions.shortcuts)
    help_menu.addAction(actions.about)
