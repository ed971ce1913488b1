"""What Help → Keyboard Shortcuts and Help → About open (their dialogs load on use)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.ui.window.surface import WindowSurface


def show_shortcuts(window: WindowSurface) -> None:
    from planner.ui.dialogs.help_dialog import ShortcutsDialog

    window.dialogs.show(ShortcutsDialog(window.as_parent()))


def show_about(window: WindowSurface) -> None:
    import planner
    from planner.ui.dialogs.help_dialog import AboutDialog

    context = window.context
    where = str(context.store.path) if context.has_store else "no file yet"
    window.dialogs.show(AboutDialog(planner.__version__, where, window.as_parent()))
