"""The second step of building the main window, right after its first frame.

The first frame shows the week (main_window.py). What it left out is built here, into
the places kept for it: the ideas tray and the side column (legend and warnings) take
over their stand-ins in the splitter, at the same size, so nothing moves; the actions
get their icons and shortcuts and fill the menus; File gets print, export, import and
restore. Their modules are imported here, so the window's start does not pay for them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from planner.ui.guard.window_guard import WindowGuard
from planner.ui.insights.insights_actions import install_insights
from planner.ui.panels.ideas_tray import IdeasTray
from planner.ui.panels.legend import KindLegend
from planner.ui.panels.warnings_panel import WarningsPanel
from planner.ui.sync.install import install_sync
from planner.ui.window.backup_actions import BackupActions, install_backup_actions
from planner.ui.window.consent_tools import install_consent_tools
from planner.ui.window.file_actions import FileActions, install_file_actions
from planner.ui.window.menus import build_menus, finish_actions

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter

    from planner.ui.window.surface import WindowSurface

TRAY_INDEX, SIDE_INDEX = 0, 2  # the stand-ins' places in the window's splitter


@dataclass(frozen=True)
class WindowParts:
    """What the second step built; the window keeps each (replaceWidget leaves the new
    parts owned by Python)."""

    tray: IdeasTray
    warnings: WarningsPanel
    legend: KindLegend
    side_column: QWidget  # the legend above the warnings
    file_actions: FileActions  # print, export, import
    backup_actions: BackupActions  # restore from backup
    guard: WindowGuard  # the week's findings; it loads the word lists now


def complete_window(
    window: WindowSurface, splitter: QSplitter, edit_post: Callable[[int], None]
) -> WindowParts:
    """Build the tray, the side column, the menus, shortcuts and file actions, and put
    the tray and the side column in the places ``splitter`` kept for them."""
    finish_actions(window, window.window_actions)
    build_menus(window, window.window_actions)
    parts = WindowParts(
        tray=IdeasTray(),
        warnings=WarningsPanel(),
        legend=KindLegend(),
        side_column=QWidget(),
        file_actions=install_file_actions(window),
        backup_actions=install_backup_actions(window),
        guard=WindowGuard(window, edit_post),
    )
    parts.warnings.findingRequested.connect(parts.guard.open_finding)
    install_consent_tools(window)
    install_sync(window)
    side_layout = QVBoxLayout(parts.side_column)
    side_layout.setContentsMargins(6, 6, 6, 6)
    side_layout.addWidget(parts.legend)
    side_layout.addSpacing(6)
    side_layout.addWidget(parts.warnings, 1)
    sizes = splitter.sizes()
    for index, part in ((TRAY_INDEX, parts.tray), (SIDE_INDEX, parts.side_column)):
        stand_in = splitter.replaceWidget(index, part)
        if stand_in is not None:
            stand_in.deleteLater()
    splitter.setSizes(sizes)  # the stand-ins' sizes, kept
    install_insights(window, parts.warnings)  # kept by the window, its parent
    return parts
