"""The main window: puts the week bar, the ideas tray, the week view and the warnings
together; its edits (post_editing.py) turn requests into undo commands.

It is built in two steps so that it shows as fast as an empty window. The first frame
holds what the week needs: the menu bar's titles, the week bar, the week grid and the
status bar, with plain stand-ins where the side panels go. Right after that frame,
``finish_setup`` (completion.py) builds the ideas tray, the warnings, the legend,
the menus, the shortcuts and the file actions into the space kept for them.

After every change of the undo stack, of the settings or of the week shown, ``refresh``
reloads the week from the store and re-runs the rules in the same event-loop turn.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.domain import Platform, Post, Status
from planner.core.weeks import Week
from planner.ui.week.bar import WeekBar
from planner.ui.week.view import WeekView
from planner.ui.window import hidden_posts, window_state
from planner.ui.window.action_slots import window_slots
from planner.ui.window.actions import create_actions
from planner.ui.window.context import AppContext
from planner.ui.window.dialog_host import DialogHost
from planner.ui.window.neighbour_prefetch import NeighbourPrefetch
from planner.ui.window.panel_layout import PanelLayout
from planner.ui.window.post_editing import PostEditing
from planner.ui.window.stack_follower import StackFollower
from planner.ui.window.start_offer import StartOffer
from planner.ui.window.store_watcher import CHANGED_ELSEWHERE, StoreWatcher
from planner.ui.window.unreadable_notice import UnreadableNotice
from planner.ui.window.week_reading import read_week

if TYPE_CHECKING:
    from planner.store import Store
    from planner.ui.guard.window_guard import WindowGuard
    from planner.ui.panels.ideas_tray import IdeasTray
    from planner.ui.panels.legend import KindLegend
    from planner.ui.panels.warnings_panel import WarningsPanel
    from planner.ui.window.backup_actions import BackupActions
    from planner.ui.window.file_actions import FileActions
    from planner.ui.window.game_plan import GamePlan


class MainWindow(QMainWindow):
    """The planner's window over one store (attached once the window has painted)."""

    firstPainted = Signal()  # the window's first paint, store or not
    weekPainted = Signal()  # the first paint of the week view after the store arrived

    def __init__(self, context: AppContext, week: Week | None = None) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle("Social Media Planner")
        self.setAccessibleName("Social Media Planner")
        # Built by finish_setup, after the first frame:
        self.ideas_tray: IdeasTray
        self.warnings_panel: WarningsPanel
        self.legend: KindLegend
        self.side_column: QWidget  # the legend above the warnings
        self.file_actions: FileActions  # print, export, import
        self.backup_actions: BackupActions  # restore from backup
        self.guard: WindowGuard  # the week's findings, once the word lists are in
        self.setup_finished = False
        self._editing = False
        # The menu titles now, so the menu bar has its height in the first frame; their
        # entries come with finish_setup.
        bar = self.menuBar()
        self.file_menu = bar.addMenu("&File")
        self.edit_menu = bar.addMenu("&Edit")
        self.view_menu = bar.addMenu("&View")
        self.tools_menu = bar.addMenu("&Tools")
        self.help_menu = bar.addMenu("&Help")
        self.dialogs = DialogHost()
        self.edits = PostEditing(self, lambda: self.posts, self.selected_ids)
        slots = window_slots(self, self.edits)
        self.window_actions = create_actions(self, context.undo_stack, slots)
        # One QSettings for the window's life: it writes the file when idle, not per call.
        self.stored = stored = context.qsettings()
        self.week = week or window_state.stored_week(stored) or self._this_week()
        self.hidden_platforms: set[Platform] = window_state.hidden_platforms(stored)
        self.hidden_statuses: set[Status] = window_state.hidden_statuses(stored)
        self.posts: dict[int, Post] = {}
        self._ideas: list[Post] = []  # as last read; a week switch does not re-read them
        self.remember_state = True  # off for a screenshot: it must not move the last week
        self._painted = False
        self._week_painted = True  # becomes False when a store arrives
        self._finish_queued = False
        self.start_offer = StartOffer(self)

        self.week_bar = WeekBar(
            new_post=self.window_actions.new_post,
            today=self.window_actions.today,
            previous=self.window_actions.previous_week,
            following=self.window_actions.next_week,
            platforms=self.window_actions.platforms,
            settings=self.window_actions.settings,
            statuses=self.window_actions.statuses,
        )
        self.week_bar.dateChosen.connect(lambda day: self.set_week(Week.containing(day)))
        self.banner = QLabel()
        self.banner.setAccessibleName("Read-only notice")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("padding: 6px; background: palette(highlight);"
                                  "color: palette(highlighted-text);")  # fmt: skip
        self.banner.hide()
        self.week_view = WeekView()
        self.views = QStackedWidget()  # the week, and the month once asked for (game_plan.py)
        self.views.addWidget(self.week_view)
        self.game_plan: GamePlan | None = None  # made by finish_setup
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        # Stand-ins that keep the side panels' places until finish_setup fills them.
        self.splitter.addWidget(QWidget())
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(QWidget())
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 860, 320])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.week_bar)
        layout.addWidget(self.banner)
        self.unreadable_notice = UnreadableNotice(layout)  # rows the store cannot read
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.save_state = QLabel("Opening…")
        self.save_state.setAccessibleName("Save state")
        self.statusBar().addPermanentWidget(self.save_state)

        for platform, action in self.window_actions.platforms.items():
            action.blockSignals(True)  # restoring the filter is not a change of it
            action.setChecked(platform not in self.hidden_platforms)
            action.blockSignals(False)
        for status, action in self.window_actions.statuses.items():
            action.blockSignals(True)
            action.setChecked(status not in self.hidden_statuses)
            action.blockSignals(False)
        window_state.restore_layout(stored, self, self.splitter)
        self.panels = PanelLayout(self, self.splitter, stored)  # shares the width out
        # After each refresh, in idle time: the cards of the weeks either side.
        self._prefetch = NeighbourPrefetch(self, lambda: self._ideas)
        self.store_watcher = StoreWatcher(context, self)
        self.store_watcher.changedElsewhere.connect(self._changed_elsewhere)
        self._connect()
        self._set_editing(False)
        self.refresh()

    def _connect(self) -> None:
        self.follower = StackFollower(self)  # each undo step, shown; failed saves, said
        view = self.week_view
        view.moveRequested.connect(self.edits.move_post)
        view.createRequested.connect(self.edits.new_post_at)
        view.editRequested.connect(self.edits.edit_post)
        view.contextMenuRequested.connect(self.edits.show_card_menu)
        view.selectionChanged.connect(self._selection_changed)
        self.week_view.installEventFilter(self)

    def finish_setup(self) -> None:
        """Build what the first frame left out: the ideas tray, the warnings, the
        legend, the menus, the shortcuts and the file actions. Runs right after the
        first paint; calling it again, or earlier (tests), does nothing more."""
        if self.setup_finished:
            return
        from planner.ui.window.completion import complete_window

        self.setup_finished = True
        parts = complete_window(self, self.splitter, self.edits.edit_post)
        self.ideas_tray, self.warnings_panel, self.legend = parts.tray, parts.warnings, parts.legend
        self.side_column = parts.side_column
        self.file_actions, self.backup_actions = parts.file_actions, parts.backup_actions
        self.guard = parts.guard
        self.panels.add_to(self.view_menu)
        self.ideas_tray.unscheduleRequested.connect(self.edits.unschedule)
        self.ideas_tray.editRequested.connect(self.edits.edit_post)
        self.ideas_tray.selectionChanged.connect(self._selection_changed)
        self.warnings_panel.postsRequested.connect(lambda ids: hidden_posts.show_posts(self, ids))
        self.warnings_panel.hidden_note = lambda ids: hidden_posts.note_for(self, ids)
        from planner.ui.window.game_plan import GamePlan

        self.game_plan = GamePlan(self)
        self._set_editing(self._editing)
        # The ideas are already read; the week is read again for the guard's findings.
        self.ideas_tray.set_ideas([p for p in self.posts.values() if p.is_idea])
        self.refresh(ideas_unchanged=True)

    # -- the store and the screen ------------------------------------------------------

    def attach_store(self, store: Store) -> None:
        """Show ``store``. Editing waits until its pages are checked (``store_checked``)."""
        self.context.attach_store(store)
        self.follower.restart()
        self._week_painted = False
        self._set_editing(False)
        self.store_watcher.start()
        if store.read_only:
            why = getattr(store, "read_only_reason", None) or "it is read-only"
            self.banner.setText(
                f"Read-only: {store.path} cannot be changed ({why}), so editing is switched "
                "off. Make the file and its folder writable, then start again."
            )
            self.banner.show()
        self.save_state.setText("All changes saved")
        self.refresh()
        if store.pages_checked:
            self.store_checked()

    def detach_store(self) -> None:
        """Stop showing the store (found damaged): an empty week, nothing to edit."""
        self.store_watcher.stop()
        self.context.detach_store()
        self._set_editing(False)
        self.save_state.setText("Not opened")
        self.refresh()

    def store_checked(self) -> None:
        """The store is known sound: edit it; an empty one shows how to start."""
        self._set_editing(not self.context.read_only)
        self.start_offer.update(self.posts)

    @property
    def week_painted(self) -> bool:
        """Whether the week view has painted since the store arrived."""
        return self._week_painted and self.context.has_store

    def refresh(self, *, ideas_unchanged: bool = False) -> None:
        """Reload the week and the ideas, re-run the rules, redraw everything.
        ``ideas_unchanged``: only the week shown changed, so the ideas are not re-read."""
        self.week_bar.show_week(self.week)
        settings = self.context.settings()
        kept_ideas = self._ideas if ideas_unchanged else None
        reading = read_week(self.context, self.week, settings, kept_ideas)
        week_posts, ideas, report = reading.posts, reading.ideas, reading.report
        self.unreadable_notice.show_rows(self.context, week_posts, ideas)
        ideas_changed = ideas is not self._ideas
        self._ideas = ideas
        self.posts = {p.id: p for p in (*week_posts, *ideas) if p.id is not None}
        if self.setup_finished:  # the guard loads after the first frame
            report = self.guard.add_warnings(report, week_posts, reading.consents.records)
        self.report, self.notices = report, reading.notices
        self.week_view.set_content(
            self.week,
            week_posts,
            report,
            settings,
            hidden_platforms=frozenset(self.hidden_platforms),
            hidden_statuses=frozenset(self.hidden_statuses),
            today=self.context.today(),
        )
        if ideas_changed:
            self.week_view.set_ideas(ideas)
        if self.setup_finished:
            if ideas_changed:
                self.ideas_tray.set_ideas(ideas)
            self.warnings_panel.set_report(report, settings, self.notices)
            if self.game_plan is not None:
                self.game_plan.refreshed(week_posts, ideas)
        self._selection_changed()
        self.start_offer.update(self.posts)
        if self.context.has_store and self._week_painted:  # the first frame goes first
            self._prefetch.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        painted = watched is self.week_view and event.type() == QEvent.Type.Paint
        first_week_paint = painted and not self._week_painted and self.context.has_store
        if first_week_paint:
            self._week_painted = True
            self.weekPainted.emit()
        if painted and not self._finish_queued:
            # Queued after weekPainted's listeners: those see the first frame untouched.
            self._finish_queued = True
            QTimer.singleShot(0, self.finish_setup)
        if first_week_paint:
            self._prefetch.start()  # the weeks either side, once the window is whole
        return super().eventFilter(watched, event)

    def paintEvent(self, event: object) -> None:
        super().paintEvent(event)  # type: ignore[arg-type]
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()

    def _changed_elsewhere(self) -> None:
        """Another program wrote to the store: show what it holds now."""
        self.refresh()
        self.statusBar().showMessage(CHANGED_ELSEWHERE, 8000)

    def _set_editing(self, enabled: bool) -> None:
        self._editing = enabled
        for action in self.window_actions.editing():
            action.setEnabled(enabled)
        self.week_view.setAcceptDrops(enabled)  # a read-only plan refuses drops outright
        if self.setup_finished:
            self.ideas_tray.setAcceptDrops(enabled)
        self.window_actions.undo.setVisible(True)
        self._selection_changed()

    def selected_ids(self) -> list[int]:
        """The posts selected where the keyboard is: the tray when it has focus."""
        if not self.setup_finished:  # no tray yet: only the week can be selected
            return self.week_view.selected_ids()
        if self.game_plan is not None and self.game_plan.month_shown:
            return self.game_plan.selected_ids() or self.ideas_tray.selected_ids()
        focus = QApplication.focusWidget()
        if focus is not None and self.ideas_tray.isAncestorOf(focus):
            return self.ideas_tray.selected_ids()
        return self.week_view.selected_ids() or self.ideas_tray.selected_ids()

    def select_ideas(self, ids: Sequence[int]) -> None:
        """Select the ideas among ``ids`` in the tray."""
        if self.setup_finished:
            self.ideas_tray.select_ids(ids)

    def _selection_changed(self) -> None:
        has = bool(self.selected_ids()) and self.context.has_store and not self.context.read_only
        for action in self.window_actions.on_selection():
            action.setEnabled(has)

    @property
    def dialog(self) -> QDialog | None:
        """The dialog open over the window (editor, settings, import…), if any."""
        return self.dialogs.current

    def as_parent(self) -> QWidget:
        return self

    # -- the week shown ----------------------------------------------------------------

    def _this_week(self) -> Week:
        return Week.containing(self.context.today())

    def set_week(self, week: Week) -> None:
        if week == self.week:
            return
        self.week = week
        if self.remember_state:
            window_state.keep_week(self.stored, week)
        self.refresh(ideas_unchanged=True)

    def show_previous_week(self) -> None:
        if self.game_plan is not None and self.game_plan.month_shown:
            return self.game_plan.step_month(-1)
        self.set_week(self.week.previous())

    def show_next_week(self) -> None:
        if self.game_plan is not None and self.game_plan.month_shown:
            return self.game_plan.step_month(1)
        self.set_week(self.week.next())

    def show_today(self) -> None:
        self.set_week(self._this_week())

    def focus_date_picker(self) -> None:
        self.week_bar.picker.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_platform_shown(self, platform: Platform, shown: bool) -> None:
        self.hidden_platforms.discard(platform) if shown else self.hidden_platforms.add(platform)
        window_state.keep_hidden_platforms(self.stored, self.hidden_platforms)
        self.refresh()

    def set_status_shown(self, status: Status, shown: bool) -> None:
        self.hidden_statuses.discard(status) if shown else self.hidden_statuses.add(status)
        window_state.keep_hidden_statuses(self.stored, self.hidden_statuses)
        self.refresh()

    # -- window state --------------------------------------------------------------------

    def save_window_state(self) -> None:
        window_state.save_layout(
            self.stored, self, self.splitter, self.week, by_hand=self.panels.by_hand
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember_state:
            self.save_window_state()
        self._stop_listening()
        super().closeEvent(event)

    def _stop_listening(self) -> None:
        self.follower.stop()
        self.store_watcher.stop()
