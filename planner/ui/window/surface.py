"""What the window's helpers may use of the window: a narrow, typed surface.

The file actions, the backup actions, the menus and the post editing are handed an
object with these members (the main window is one) instead of importing the window's
class, so none of them imports the module that imports them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QStatusBar, QStyle, QWidget

    from planner.core.domain import Platform, Status
    from planner.core.weeks import Week
    from planner.store import Store
    from planner.ui.week.bar import WeekBar
    from planner.ui.week.view import WeekView
    from planner.ui.window.actions import WindowActions
    from planner.ui.window.context import AppContext
    from planner.ui.window.dialog_host import DialogHost


class WindowSurface(Protocol):
    """The parts of the main window that its helpers work with."""

    context: AppContext
    week: Week
    stored: QSettings
    file_menu: QMenu
    edit_menu: QMenu
    view_menu: QMenu
    tools_menu: QMenu
    help_menu: QMenu
    window_actions: WindowActions
    week_view: WeekView
    week_bar: WeekBar
    dialogs: DialogHost

    def set_week(self, week: Week) -> None: ...

    def show_previous_week(self) -> None: ...

    def show_next_week(self) -> None: ...

    def show_today(self) -> None: ...

    def focus_date_picker(self) -> None: ...

    def set_platform_shown(self, platform: Platform, shown: bool) -> None: ...

    def set_status_shown(self, status: Status, shown: bool) -> None: ...

    def close(self) -> bool: ...

    def attach_store(self, store: Store) -> None: ...

    def refresh(self) -> None: ...

    def statusBar(self) -> QStatusBar: ...

    def addAction(self, action: QAction) -> None: ...

    def style(self) -> QStyle: ...

    def as_parent(self) -> QWidget:
        """The window as the parent of a dialog or a menu."""
        ...
