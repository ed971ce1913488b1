"""The second step of building the main window, right after its first frame.

The first frame shows the week (main_window.py). What it left out is built here, into
the places kept for it: the ideas tray and the side column (legend and warnings) take
over their stand-ins in the splitter, at the same size, so nothing moves; the actions
get their icons and shortcuts and fill the menus; File gets print, export, import and
restore. Their modules are imported here, so the window's start does not pay for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from planner.ui.dialogs.restore_dialog import install_backup_actions
from planner.ui.panels.ideas_tray import IdeasTray
from planner.ui.panels.legend import KindLegend
from planner.ui.panels.warnings_panel import WarningsPanel
from planner.ui.window.file_actions import install_file_actions
from planner.ui.window.menus import build_menus, finish_actions

if TYPE_CHECKING:
    from planner.ui.window.main_window import MainWindow

TRAY_INDEX, SIDE_INDEX = 0, 2  # the stand-ins' places in the window's splitter


def complete_window(window: MainWindow) -> None:
    """Build the tray, the side column, the menus, shortcuts and file actions."""
    finish_actions(window, window.window_actions)
    build_menus(window, window.window_actions)
    window.file_actions = install_file_actions(window)
    window.backup_actions = install_backup_actions(window)
    window.ideas_tray = IdeasTray()
    window.warnings_panel = WarningsPanel()
    window.legend = KindLegend()
    side = QWidget()
    side_layout = QVBoxLayout(side)
    side_layout.setContentsMargins(6, 6, 6, 6)
    side_layout.addWidget(window.legend)
    side_layout.addSpacing(6)
    side_layout.addWidget(window.warnings_panel, 1)
    # replaceWidget leaves the new part owned by Python: the window keeps a reference.
    window.side_column = side
    splitter = window.splitter
    sizes = splitter.sizes()
    for index, part in ((TRAY_INDEX, window.ideas_tray), (SIDE_INDEX, side)):
        stand_in = splitter.replaceWidget(index, part)
        if stand_in is not None:
            stand_in.deleteLater()
    splitter.setSizes(sizes)  # the stand-ins' sizes, kept
