"""The game plan's part of the window: the month beside the week (View → Week, Ctrl+1;
View → Month, Ctrl+2), search (Ctrl+F), Copy Week To… and week templates, and the
awareness days in the week's headers and the month.

The main window makes one ``GamePlan`` once its first frame is up (``finish_setup``) and
calls ``refreshed`` after each of its refreshes. The month view is made the first time
it is shown and sits beside the week in the window's ``views`` stack; it shares the
week's move path and undo (``window.edits``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, QTimer, SignalInstance
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from planner.core.awareness import AwarenessDay, by_day, days_between
from planner.core.domain import Kind, Post, Status
from planner.core.weeks import Week
from planner.ui.window.surface import WindowSurface

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget

    from planner.ui.month.content import MonthContent
    from planner.ui.month.view import MonthView
    from planner.ui.panels.search_panel import SearchPanel
    from planner.ui.week.bar import WeekBar
    from planner.ui.window.post_editing import PostEditing


class GamePlanWindow(WindowSurface, Protocol):
    """What the game plan uses of the main window, besides its surface."""

    views: QStackedWidget
    week_bar: WeekBar
    edits: PostEditing

    def refresh(self, *, ideas_unchanged: bool = False) -> None: ...


def month_of(week: Week) -> tuple[int, int]:
    """The month a week belongs to: the month of its Thursday, as ISO weeks count."""
    thursday = week.monday + dt.timedelta(days=3)
    return thursday.year, thursday.month


def week_in_month(year: int, month: int) -> Week:
    """The month's first week: the one holding its first Thursday, as ISO weeks count."""
    first = dt.date(year, month, 1)
    return Week.containing(first + dt.timedelta(days=(3 - first.weekday()) % 7))


class GamePlan:
    """The month view, search, copying weeks, templates and awareness days in the window."""

    def __init__(self, window: GamePlanWindow) -> None:
        self.window = window
        self.context = window.context
        self.month_view: MonthView | None = None
        self.search_panel: SearchPanel | None = None
        self._ideas: list[Post] = []
        # The month shown: the month of the week shown when the month was asked for, then
        # moved by Page Up and Down and the date picker (a drop in another week leaves it).
        self.month = month_of(window.week)
        self._prefetch = QTimer(window.as_parent())
        self._prefetch.setSingleShot(True)
        self._prefetch.setInterval(0)
        self._prefetch.timeout.connect(self._prefetch_neighbours)
        self._guard_pass = QTimer(window.as_parent())  # the month's findings, after its frame
        self._guard_pass.setSingleShot(True)
        self._guard_pass.setInterval(0)
        self._guard_pass.timeout.connect(self._add_guard_findings)
        self._shields: dict[int, str] = {}  # the month's, as last checked
        self._make_actions()
        window.week_view.awarenessRequested.connect(self.new_post_about)
        window.week_bar.dateChosen.connect(self._date_chosen)

    # ----- actions and menus -----------------------------------------------------------

    def _make_actions(self) -> None:
        window = self.window
        owner = window.as_parent()
        group = QActionGroup(owner)
        self.show_week_action = QAction("&Week", owner, checkable=True, checked=True)
        self.show_month_action = QAction("&Month", owner, checkable=True)
        for action, keys, slot in (
            (self.show_week_action, "Ctrl+1", self.show_week),
            (self.show_month_action, "Ctrl+2", self.show_month),
        ):
            group.addAction(action)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            window.addAction(action)
        self.search_action = QAction("&Find Posts…", owner)
        self.search_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Find))
        self.search_action.triggered.connect(self.open_search)
        self.copy_week_action = QAction("Copy &Week To…", owner)
        self.copy_week_action.triggered.connect(self.copy_week)
        self.save_template_action = QAction("Save Week as &Template…", owner)
        self.save_template_action.triggered.connect(self.save_template)
        self.apply_template_action = QAction("&Apply Week Template…", owner)
        self.apply_template_action.triggered.connect(self.apply_template)
        window.addAction(self.search_action)
        # With the week's own moves, above the panels, the filters and Insights at the end.
        view = window.view_menu
        entries = [self.show_week_action, self.show_month_action, self.search_action]
        anchor = next((a for a in view.actions() if a.isSeparator()), None)
        if anchor is None:
            view.addSeparator()
            view.addActions(entries)
        else:
            view.insertSeparator(anchor)
            view.insertActions(anchor, entries)
        edit = window.edit_menu
        edit.addSeparator()
        edit.addAction(self.copy_week_action)
        edit.addAction(self.save_template_action)
        edit.addAction(self.apply_template_action)

    @property
    def editable(self) -> bool:
        return self.context.has_store and not self.context.read_only

    def editing_actions(self) -> list[QAction]:
        return [self.copy_week_action, self.save_template_action, self.apply_template_action]

    # ----- week or month ------------------------------------------------------------

    @property
    def month_shown(self) -> bool:
        return self.month_view is not None and self.window.views.currentWidget() is self.month_view

    def show_month(self) -> None:
        """Show the month of the week shown (Ctrl+2)."""
        view = self._month_view()
        self.show_month_action.setChecked(True)
        if not self.month_shown:
            self.month = month_of(self.window.week)
        self._fill_month()
        self.window.views.setCurrentWidget(view)
        self._show_title()
        view.setFocus()

    def open_at_start(
        self, week_painted: SignalInstance, painted: Callable[[], None] | None
    ) -> None:
        """``--view month``: a window shows the month after the week's first frame, which
        the start's checks wait on; a screenshot shows it at once, and ``painted`` is
        called once the month has painted."""
        once = Qt.ConnectionType.SingleShotConnection
        if painted is None:
            week_painted.connect(self.show_month, once)
            return
        self.show_month()
        if self.month_view is not None:
            self.month_view.painted.connect(painted, once)

    def show_week(self) -> None:
        """Back to the week (Ctrl+1)."""
        self.show_week_action.setChecked(True)
        if self.window.views.currentWidget() is not self.window.week_view:
            self.window.views.setCurrentWidget(self.window.week_view)
            self.window.week_bar.show_week(self.window.week)
            self.window.week_view.setFocus()

    def step_month(self, step: int) -> None:
        """The previous or next month (Page Up, Page Down in the month)."""
        year, month = self.month
        index = year * 12 + month - 1 + step
        self.month = (index // 12, index % 12 + 1)
        week = week_in_month(*self.month)
        if week == self.window.week:
            self.window.refresh(ideas_unchanged=True)
        else:
            self.window.set_week(week)

    def _date_chosen(self, day: dt.date) -> None:
        if self.month_shown:  # the window shows the day's week; the month follows it
            self.month = (day.year, day.month)
            self._fill_month()
            self._show_title()

    def open_day(self, day: dt.date) -> None:
        """A double-click on a day of the month: its week."""
        self.window.set_week(Week.containing(day))
        self.show_week()

    def selected_ids(self) -> list[int]:
        return self.month_view.selected_ids() if self.month_view is not None else []

    def _month_view(self) -> MonthView:
        if self.month_view is None:
            from planner.ui.month.view import MonthView

            view = self.month_view = MonthView()
            edits = self.window.edits
            view.moveRequested.connect(edits.move_post)
            view.editRequested.connect(edits.edit_post)
            view.contextMenuRequested.connect(edits.show_card_menu)
            view.dayOpened.connect(self.open_day)
            view.awarenessRequested.connect(self.new_post_about)
            # The window follows the week view's selection signal to enable Edit, Delete…
            view.selectionChanged.connect(self.window.week_view.selectionChanged)
            self.window.views.addWidget(view)
        return self.month_view

    # ----- what the views show -------------------------------------------------------

    def refreshed(self, week_posts: Sequence[Post], ideas: Sequence[Post]) -> None:
        """The window read the week again (after an edit, or another week): follow it."""
        self._ideas = list(ideas)
        week = self.window.week
        names = {
            day: [a.name for a in found]
            for day, found in self.awareness(week.monday, week.sunday).items()
        }
        self.window.week_view.set_awareness(names)
        editable = self.editable
        for action in self.editing_actions():
            action.setEnabled(editable)
        if self.month_shown:
            self._fill_month()
            self._show_title()
        if self.search_panel is not None and self.search_panel.isVisible():
            self.search_panel.search_again()

    def _fill_month(self) -> None:
        view = self._month_view()
        view.set_ideas(self._ideas)
        view.setAcceptDrops(self.editable)  # a read-only plan refuses drops outright
        view.set_content(self.month_content(*self.month, shields=self._shields))
        self._guard_pass.start()
        self._prefetch.start()

    def _add_guard_findings(self) -> None:
        """In the idle time after the month's frame: its posts' guard findings, as the
        week's report holds them (the chips' shields). Checking a month's posts could take
        longer than a frame, so the frame does not wait for it."""
        view = self.month_view
        if not self.month_shown or view is None or not view.isVisible():
            return  # closed meanwhile (its store may be closing), or back on the week
        if not self.context.has_store or getattr(self.window, "guard", None) is None:
            return
        from planner.core.guard_warnings import shield_flags

        content = self.month_content(*self.month, guarded=True)
        shields = shield_flags(w for report in content.reports for w in report.warnings)
        if content.reports != view.content.reports or shields != view.layout_now.shields:
            view.set_content(content)
        self._shields = shields  # shown on until the next check

    def month_content(
        self, year: int, month: int, *, guarded: bool = False, shields: dict[int, str] | None = None
    ) -> MonthContent:
        """What the month view shows of ``month``: its weeks' posts, reports and days;
        ``guarded``: the reports hold the guard's findings too; else ``shields`` are the
        chips' shields until they do."""
        from planner.core.rules import evaluate_week
        from planner.ui.month.content import MonthContent
        from planner.ui.month.geometry import month_days

        first, rows = month_days(year, month)
        last = first + dt.timedelta(days=7 * rows - 1)
        settings = self.context.settings()
        posts = self.context.store.posts_between(first, last) if self.context.has_store else []
        by_week: dict[dt.date, list[Post]] = {}
        for post in posts:
            if post.date is not None:
                monday = post.date - dt.timedelta(days=post.date.weekday())
                by_week.setdefault(monday, []).append(post)
        weeks = [Week.containing(first + dt.timedelta(days=7 * row)) for row in range(rows)]
        from planner.core.consent_rule import story_check_if_ready

        store = self.context.store if self.context.has_store else None
        consents = store.consents.check(story_check_if_ready()) if store else None  # as the week
        reports = [evaluate_week(w, by_week.get(w.monday, []), settings, consents) for w in weeks]
        guard = getattr(self.window, "guard", None)  # the week's findings, once lists are in
        if guarded and guard is not None and consents is not None:
            reports = [guard.add_warnings(report, by_week.get(report.week.monday, []),
                                          consents.records) for report in reports]  # fmt: skip
        hidden = frozenset(getattr(self.window, "hidden_platforms", ()))
        statuses = frozenset(getattr(self.window, "hidden_statuses", ()))
        return MonthContent(year, month, posts, reports, self.awareness(first, last), settings,
                            self.context.today(), hidden, statuses,
                            None if guarded else shields)  # fmt: skip

    def _prefetch_neighbours(self) -> None:
        """In idle time, paint the months either side ahead: a new month's chips and days
        are most of a Page Down, and from the caches it paints within a frame."""
        view = self.month_view
        if not self.month_shown or view is None or not view.isVisible():
            return  # closed meanwhile (its store may be closing), or back on the week
        if not self.context.has_store:
            return
        year, month = self.month
        for step in (1, -1):
            index = year * 12 + month - 1 + step
            view.prefetch(self.month_content(index // 12, index % 12 + 1))

    def _show_title(self) -> None:
        if self.month_view is not None:
            title = self.month_view.title  # "March 2027"; "Mar 2027" in a narrow window
            self.window.week_bar.show_title(title, f"{title[:3]} {self.month[0]}")

    def awareness(self, first: dt.date, last: dt.date) -> dict[dt.date, list[AwarenessDay]]:
        """The awareness days touching ``first``–``last``, by each day they cover
        (a week or a month on its first day in the span)."""
        from planner.store.plan_records import hidden_names, own_days

        store = self.context.store if self.context.has_store else None
        found = days_between(
            first,
            last,
            self.context.settings().country,
            own_days(store) if store else (),
            hidden_names(store) if store else (),
        )
        return by_day(found, first)

    # ----- a new post about an awareness day -------------------------------------------

    def new_post_about(self, day: dt.date, name: str) -> None:
        """The editor for a new post on ``day`` whose text starts as the day's name."""
        from planner.core.slots import platform_with_room

        if self.context.read_only or not self.context.has_store:
            return
        settings = self.context.settings()
        platform = platform_with_room(day, self.context.store.posts_between(day, day), settings)
        at = dt.time(min(max(settings.day_start_hour, 9), 23), 0)
        draft = Post(platform, Kind.ORIGINAL, name, Status.DRAFT, day, at)
        self.window.edits.new_post_from(draft)

    # ----- search, copies and templates ----------------------------------------------

    def open_search(self) -> None:
        from planner.ui.panels.search_panel import SearchPanel

        if not self.context.has_store:
            return
        if self.search_panel is None:
            self.search_panel = SearchPanel(self.context, self.show_found,
                                            parent=self.window.as_parent())  # fmt: skip
        self.search_panel.open_over(self.window.as_parent())

    def show_found(self, post: Post) -> None:
        """The week of a post chosen in the search results, with it selected."""
        if post.date is not None:
            self.window.set_week(Week.containing(post.date))
            self.show_week()
            self.window.week_view.select_posts([post.id] if post.id is not None else [])
        else:
            self.window.edits.edit_post(post.id) if post.id is not None else None

    def copy_week(self) -> None:
        from planner.ui.dialogs.copy_week_dialog import CopyWeekDialog

        if self.context.read_only or not self.context.has_store:
            return
        dialog = CopyWeekDialog(self.context, self.window.week, self._copied,
                                parent=self.window.as_parent())  # fmt: skip
        self.window.dialogs.show(dialog)

    def save_template(self) -> None:
        from planner.ui.dialogs.week_template_dialogs import SaveTemplateDialog

        if self.context.read_only or not self.context.has_store:
            return
        dialog = SaveTemplateDialog(self.context, self.window.week, parent=self.window.as_parent())
        self.window.dialogs.show(dialog)

    def apply_template(self) -> None:
        from planner.ui.dialogs.week_template_dialogs import ApplyTemplateDialog

        if self.context.read_only or not self.context.has_store:
            return
        dialog = ApplyTemplateDialog(self.context, self.window.week, self._copied,
                                     parent=self.window.as_parent())  # fmt: skip
        self.window.dialogs.show(dialog)

    def _copied(self, posts: Sequence[Post], target: Week, text: str) -> bool:
        """Add ``posts`` (copies, or a template's) as one undo step, and show them."""
        from planner.ui.undo.commands import ChangePosts

        command = ChangePosts.add_many(self.context, list(posts), text)
        if not self.window.edits.push(command):
            return False
        self.window.set_week(target)
        self.window.week_view.select_posts([p.id for p in command.added if p.id is not None])
        return True
