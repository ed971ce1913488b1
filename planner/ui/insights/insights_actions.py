"""What the window gets from learning what works: File → Import Engagement…, View →
Insights…, the best-time hint of a drag, and the warnings panel's note when the
engagement rate is falling.

Everything reads the store's outcomes (``Store.outcomes``: imported records with their
posts' kinds, and hand-typed figures), which the store keeps until something changes;
an import is one undo command (planner/ui/undo/engagement_command.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from planner.core.best_times import BestTimes, working_hours
from planner.core.domain import Platform, Post
from planner.core.engagement import Outcome
from planner.core.engagement_import import EngagementImport
from planner.core.insights import rate_trend

if TYPE_CHECKING:
    from planner.ui.insights.insights_window import InsightsWindow
    from planner.ui.window.context import AppContext
    from planner.ui.window.surface import WindowSurface

LAST_FOLDER_KEY = "files/last_folder"  # the folder File's other actions remember
REFRESH_MS = 250  # after a burst of edits, the note and an open Insights window follow once
ENGAGEMENT_FILES = "Engagement exports (*.csv *.xlsx *.xls *.txt);;All files (*)"


class InsightsActions(QObject):
    """The window's engagement import, Insights window, drag hints and trend note."""

    def __init__(self, window: WindowSurface, panel: QWidget | None = None) -> None:
        super().__init__(window.as_parent())
        self.window = window
        self.insights: InsightsWindow | None = None
        self.import_engagement = QAction("Import &Engagement…", window.as_parent())
        self.import_engagement.setToolTip(
            "Bring in what Facebook, Instagram, X or LinkedIn say about published posts"
        )
        self.import_engagement.triggered.connect(lambda _checked=False: self.choose_import())
        self.show_insights = QAction("&Insights…", window.as_parent())
        self.show_insights.setToolTip("When posts do best: the heat map, best slots and trend")
        self.show_insights.triggered.connect(lambda _checked=False: self.open_insights())
        self.trend_note = _note_label()
        if panel is not None and panel.layout() is not None:
            panel.layout().addWidget(self.trend_note)  # type: ignore[union-attr]
        window.week_view.set_slot_hints(self.slot_hints)
        window.file_menu.aboutToShow.connect(self._update_enabled)
        # Not in the edit's own turn: a drop or a keystroke must not wait for the counting.
        self._refresh_later = QTimer(self)
        self._refresh_later.setSingleShot(True)
        self._refresh_later.setInterval(REFRESH_MS)
        self._refresh_later.timeout.connect(self.refresh)
        self.context.undo_stack.indexChanged.connect(self._stack_changed)

    @property
    def context(self) -> AppContext:
        return self.window.context

    def install(self) -> None:
        """Import Engagement… after File's other imports; Insights… at the end of View."""
        menu = self.window.file_menu
        listed = menu.actions()
        imports = [a for a in listed if a.text().replace("&", "").startswith("Import")]
        after = listed.index(imports[-1]) + 1 if imports else 0
        if after < len(listed):
            menu.insertAction(listed[after], self.import_engagement)
        else:
            menu.addAction(self.import_engagement)
        self.window.view_menu.addSeparator()
        self.window.view_menu.addAction(self.show_insights)
        self.refresh()

    def _stack_changed(self, _index: int) -> None:
        self._refresh_later.start()

    def _update_enabled(self) -> None:
        self.import_engagement.setEnabled(self.context.has_store and not self.context.read_only)

    # -- what the store says ------------------------------------------------------------

    def outcomes(self) -> Sequence[Outcome]:
        return self.context.store.outcomes() if self.context.has_store else []

    def slot_hints(self, post: Post) -> Callable[[dt.date, dt.time], str | None] | None:
        """For a drag of ``post``: the platform's best times, counted once for the drag."""
        if not self.context.has_store:
            return None
        hours = working_hours(self.context.settings())
        return BestTimes.of(self.outcomes(), post.platform, hours).hint_at

    def refresh(self) -> None:
        """After an edit, an import or an undo: the trend note and an open Insights window."""
        if not self.window.as_parent().isVisible():
            return  # closed (its store may be closing too), or not shown yet
        outcomes = self.outcomes()
        today = self.context.today()
        notes = [rate_trend(outcomes, today, platform=p).note() for p in Platform]
        text = "\n\n".join(note for note in notes if note)
        self.trend_note.setText(text)
        self.trend_note.setVisible(bool(text))
        if self.insights is not None and self.insights.isVisible():
            self.insights.refresh()

    # -- the Insights window ------------------------------------------------------------

    def open_insights(self) -> InsightsWindow:
        """Show the Insights window (one per main window), raised and up to date."""
        from planner.ui.insights.insights_window import InsightsWindow

        if self.insights is None:
            context = self.context
            self.insights = InsightsWindow(
                self.outcomes,
                context.settings,
                context.today,
                context.files,
                context.prompts,
                folder=self.last_folder,
                refuse=self.refusal,
                parent=self.window.as_parent(),
            )
            self.insights.importRequested.connect(self.choose_import)
        else:
            self.insights.refresh()
        self.insights.show()
        self.insights.raise_()
        self.insights.activateWindow()
        return self.insights

    def refusal(self, target: Path) -> str | None:
        """Why the Insights PNG must not be written at ``target`` (a file of the store)."""
        return self.context.write_refusal(target)

    # -- importing ------------------------------------------------------------------------

    def choose_import(self) -> None:
        """Ask for an export file, then preview it."""
        if not self.context.may_import():
            return
        parent = self.window.as_parent()
        title = "Import Engagement"
        path = self.context.files.open_file(parent, title, self.last_folder(), ENGAGEMENT_FILES)
        if path is not None:
            self.window.stored.setValue(LAST_FOLDER_KEY, str(path.parent))
            self.preview(path)

    def preview(self, path: Path) -> None:
        """Read ``path`` and show what importing it would do; a file that cannot be read
        is refused in one message."""
        from planner.io.engagement import ImportFileError, read_engagement_file
        from planner.io.engagement.zone import practice_zone
        from planner.ui.insights.engagement_import_dialog import EngagementImportDialog

        store = self.context.store
        try:
            zone = practice_zone(self.context.settings().timezone)
            found = read_engagement_file(path, zone=zone)
        except (ImportFileError, ValueError) as error:
            self.context.prompts.error("Nothing imported", f"{path.name}: {error}")
            return
        plan = store.plan_engagement_import(found.records)
        dialog = EngagementImportDialog(
            plan,
            found.title,
            path.name,
            lambda: self.run_import(plan, path.name),
            self.window.as_parent(),
        )
        self.window.dialogs.show(dialog)

    def run_import(self, plan: EngagementImport, source_name: str) -> bool:
        """One undo step for the whole file; the status bar says what it did."""
        from planner.ui.undo.commands import push
        from planner.ui.undo.engagement_command import ImportEngagement

        command = ImportEngagement(self.context, plan, source_name)
        if not push(self.context, command):
            return False
        published = len(plan.post_changes)
        self.window.statusBar().showMessage(
            f"{command.text()}; {published} {'post' if published == 1 else 'posts'} "
            "marked published.",
            10_000,
        )
        return True

    def last_folder(self) -> Path:
        stored = self.window.stored.value(LAST_FOLDER_KEY)
        if stored and Path(str(stored)).is_dir():
            return Path(str(stored))
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def _note_label() -> QLabel:
    label = QLabel()
    label.setAccessibleName("Engagement trend")
    label.setWordWrap(True)
    label.setStyleSheet("padding: 6px; border: 1px solid palette(mid); border-radius: 3px;")
    label.hide()
    return label


def install_insights(window: WindowSurface, panel: QWidget | None = None) -> InsightsActions:
    """Give ``window`` its engagement import, Insights window, drag hints and trend note
    (shown at the foot of ``panel``, the warnings panel)."""
    actions = InsightsActions(window, panel)
    actions.install()
    return actions
