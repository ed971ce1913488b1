"""The File menu's way out of the app and back in: print, PDF, CSV, calendar, import.

Every file comes from the context's native dialogs (``NativeDialogs``), starting in the
last folder used. A file that exists is replaced only once the user said so: the
platform's save dialog asks, and when the name changed after it (a missing ``.csv``
added) the window asks. Writes are atomic (``planner.io.atomic``): one that fails says
why and leaves no part of a file behind. An import is one undo command.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, QTimer
from PySide6.QtGui import QAction, QKeySequence

from planner.core.domain import Post
from planner.core.weeks import Week, date_range_label
from planner.io.os_errors import describe_os_error

if TYPE_CHECKING:
    from planner.core.page_plan import PagePlan
    from planner.io.import_plan import ImportPlan
    from planner.ui.window.context import AppContext
    from planner.ui.window.surface import WindowSurface

LAST_FOLDER_KEY = "files/last_folder"
Key = QKeySequence.StandardKey


@dataclass(frozen=True, slots=True)
class FileType:
    suffix: str
    filters: str


CSV = FileType(".csv", "CSV files (*.csv);;All files (*)")
PDF = FileType(".pdf", "PDF files (*.pdf)")
ICS = FileType(".ics", "Calendar files (*.ics)")
IMPORTABLE = "CSV files (*.csv *.txt);;All files (*)"


class FileActions(QObject):
    """The File menu's print, export and import actions of one window."""

    def __init__(self, window: WindowSurface) -> None:
        super().__init__(window.as_parent())
        self.window = window
        add = self._action
        self.import_csv = add("&Import CSV…", self.choose_import, Key.Open)
        self.export_week_csv = add("Export &Week as CSV…", self.export_week_as_csv, Key.SaveAs)
        self.export_range_csv = add("Export &Range as CSV…", self.choose_range)
        self.export_pdf = add("Export P&DF…", self.export_week_as_pdf)
        self.export_calendar = add("Export &Calendar…", self.export_week_as_calendar)
        self.print_preview = add("Print Pre&view…", lambda: self.open_preview())
        self.print = add("&Print…", self.print_week, Key.Print)
        self.print_weeks = add("Print &Weeks…", self.choose_weeks)
        self.print_weeks.setToolTip("Print several weeks from the one shown, one page each")
        self.import_csv.setToolTip("Bring in posts from a CSV file, after a preview")
        self.export_calendar.setToolTip("Save the week shown as a calendar file (.ics)")
        window.file_menu.aboutToShow.connect(self.update_enabled)

    @property
    def context(self) -> AppContext:
        return self.window.context

    def actions(self) -> list[QAction]:
        """In menu order: import, the four exports, then preview and the prints."""
        return [
            self.import_csv,
            self.export_week_csv,
            self.export_range_csv,
            self.export_pdf,
            self.export_calendar,
            self.print_preview,
            self.print,
            self.print_weeks,
        ]

    def _action(self, text: str, slot: Callable[[], object], key: Key | None = None) -> QAction:
        action = QAction(text, self.window.as_parent())
        if key is not None:
            action.setShortcuts(QKeySequence.keyBindings(key))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)  # the shortcut works with no menu open
        return action

    def install(self) -> None:
        """Put the actions into the File menu, above Settings (or at the end)."""
        menu = self.window.file_menu
        listed = menu.actions()
        settings = self.window.window_actions.settings
        anchor = None
        if settings in listed:
            at = listed.index(settings)
            anchor = listed[at - 1] if at > 0 and listed[at - 1].isSeparator() else settings
        for group in (self.actions()[:1], self.actions()[1:5], self.actions()[5:]):
            if anchor is None:
                menu.addSeparator()
                menu.addActions(group)
            else:
                menu.insertSeparator(anchor)
                menu.insertActions(anchor, group)

    def update_enabled(self) -> None:
        """Grey out what cannot work yet; the slots check again, for the shortcuts."""
        has_store = self.context.has_store
        for action in self.actions():
            action.setEnabled(has_store)
        self.import_csv.setEnabled(has_store and not self.context.read_only)

    # -- the week shown ----------------------------------------------------------------

    def _week_posts(self) -> list[Post]:
        return self.context.store.posts_in_week(self.window.week)

    def _plans(self, weeks: int = 1) -> list[PagePlan]:
        from planner.printing.pages import plan_week
        from planner.store.plan_records import printed_days
        from planner.ui.guard.window_checks import stop_posts

        store, settings, today = self.context.store, self.context.settings(), self.context.today()
        consents = store.consents.check()
        own, hidden = printed_days(store)  # the awareness days
        plans = []
        for week in (self.window.week.shifted(n) for n in range(weeks)):
            posts = store.posts_in_week(week)
            check = stop_posts(self.context, posts)  # marked "check before posting"
            plans.append(plan_week(week, posts, settings, today, consents, check, own, hidden))
        return plans

    def open_preview(self, weeks: int = 1) -> None:
        from planner.ui.dialogs.print_dialogs import open_print_preview

        if not self.context.has_store:
            return
        dialog = open_print_preview(self.window.as_parent(), self._plans(weeks))
        first = self.window.week
        if weeks == 1:
            dialog.setWindowTitle(f"Print Preview · {first.title()}")
        else:
            last = first.shifted(weeks - 1)
            span = date_range_label(first.monday, last.sunday)
            dialog.setWindowTitle(f"Print Preview · Weeks {first.number} to {last.number} · {span}")
        self.window.dialogs.show(dialog)

    def choose_weeks(self) -> None:
        from planner.ui.dialogs.print_weeks_dialog import PrintWeeksDialog

        if not self.context.has_store:
            return
        dialog = PrintWeeksDialog(self.window.week, self._open_weeks, self.window.as_parent())
        self.window.dialogs.show(dialog)

    def _open_weeks(self, weeks: int) -> None:
        # After the chooser has closed: the preview takes its place over the window.
        QTimer.singleShot(0, lambda: self.open_preview(weeks))

    def print_week(self) -> None:
        from planner.printing.pages import print_weeks
        from planner.ui.dialogs.print_dialogs import new_printer

        if not self.context.has_store:
            return
        plans = self._plans()
        printer = new_printer()
        printer.setDocName(f"{plans[0].practice_name}: {plans[0].title}")
        if not self.context.files.setup_printer(self.window.as_parent(), printer):
            return
        # "Print to file" writes the file directly: never over the store.
        if printer.outputFileName() and not self.context.may_write(
            Path(printer.outputFileName()), "Not printed"
        ):
            return
        try:
            pages = print_weeks(printer, plans)
        except OSError as error:
            self.context.prompts.error("Not printed", describe_os_error(error))
            return
        noun = "page" if pages == 1 else "pages"
        self._say(f"Printed {self.window.week.title()} ({pages} {noun}).")

    # -- exports -------------------------------------------------------------------------

    def export_week_as_csv(self) -> None:
        from planner.io.csv_format import write_csv

        week = self.window.week
        self._export(
            f"Export {week.title()} as CSV", f"plan-{week}", CSV, week_span(week), self._week_posts,
            lambda path, posts: write_csv(posts, path),
        )  # fmt: skip

    def choose_range(self) -> None:
        from planner.ui.dialogs.range_dialog import DateRangeDialog

        if not self.context.has_store:
            return
        week = self.window.week
        dialog = DateRangeDialog(
            week.monday,
            week.next().sunday,  # the week shown and the next: how far ahead people plan
            lambda first, last: len(self.context.store.posts_between(first, last)),
            self.export_range_as_csv,
            parent=self.window.as_parent(),
        )
        self.window.dialogs.show(dialog)

    def export_range_as_csv(self, first: dt.date, last: dt.date) -> None:
        from planner.io.csv_format import write_csv

        self._export(
            "Export range as CSV", f"plan-{first}-to-{last}", CSV, date_range_label(first, last),
            lambda: self.context.store.posts_between(first, last),
            lambda path, posts: write_csv(posts, path),
        )  # fmt: skip

    def export_week_as_pdf(self) -> None:
        from planner.printing.pages import export_week_pdf
        from planner.store.plan_records import printed_days
        from planner.ui.guard.window_checks import stop_posts

        week, today = self.window.week, self.context.today()
        settings, consents = self.context.settings(), self.context.store.consents.check()
        own, hidden = printed_days(self.context.store)  # the awareness days
        self._export(
            f"Export {week.title()} as PDF", f"plan-{week}", PDF, week_span(week), self._week_posts,
            lambda path, posts: export_week_pdf(
                path, week, posts, settings, today, consents=consents,
                check=stop_posts(self.context, posts), own_days=own, hidden=hidden,
            ),
        )  # fmt: skip

    def export_week_as_calendar(self) -> None:
        from planner.io.ics import write_ics
        from planner.io.zones import practice_zone_name

        week = self.window.week
        zone = practice_zone_name(self.context.settings().timezone)
        self._export(
            f"Export {week.title()} as a calendar file", f"plan-{week}", ICS, week_span(week),
            self._week_posts, lambda path, posts: write_ics(posts, path, zone),
        )  # fmt: skip

    def _export(
        self,
        title: str,
        name: str,
        kind: FileType,
        span: str,
        posts: Callable[[], list[Post]],
        write: Callable[[Path, list[Post]], None],
    ) -> bool:
        from planner.ui.guard.window_checks import confirm_export

        if not self.context.has_store or not confirm_export(self.context, posts(), span):
            return False
        target = self.choose_target(title, name, kind)
        if target is None:
            return False
        chosen = posts()
        try:
            write(target, chosen)
        except OSError as error:
            # ExportError says "Cannot save <file>: <reason>."; the write left nothing.
            self.context.prompts.error("Not exported", describe_os_error(error, target))
            return False
        except ValueError as error:
            self.context.prompts.error("Not exported", str(error))
            return False
        self.remember_folder(target.parent)
        noun = "post" if len(chosen) == 1 else "posts"
        self._say(f"Wrote {len(chosen)} {noun} of {span} to {target}.")
        return True

    def choose_target(self, title: str, name: str, kind: FileType) -> Path | None:
        """Ask where to save; None when the user cancels or will not replace a file."""
        suggested = self.last_folder() / f"{name}{kind.suffix}"
        choice = self.context.files.save_file(
            self.window.as_parent(), title, suggested, kind.filters
        )
        if choice is None:
            return None
        target = choice.path
        if target.suffix.lower() != kind.suffix:
            target = target.with_name(target.name + kind.suffix)
        if not self.context.may_write(target, "Not exported"):
            return None
        asked = choice.overwrite_confirmed and target == choice.path
        if target.exists() and not target.is_dir() and not asked:
            question = f"{target.name} already exists in {target.parent}. Replace it?"
            if not self.context.prompts.ask_yes_no("Replace file?", question, default_yes=False):
                return None
        return target

    # -- import --------------------------------------------------------------------------

    def choose_import(self) -> None:
        from planner.io.import_plan import plan_against
        from planner.io.imports import read_text
        from planner.io.records import ImportFileError
        from planner.ui.dialogs.import_dialog import ImportDialog

        if not self.context.may_import():
            return
        files = self.context.files
        path = files.open_file(
            self.window.as_parent(), "Import CSV", self.last_folder(), IMPORTABLE
        )
        if path is None:
            return
        try:
            text = read_text(path)
        except ImportFileError as error:
            self.context.prompts.error("Nothing imported", str(error))
            return
        self.remember_folder(path.parent)
        from planner.ui.guard.window_checks import post_checker

        dialog = ImportDialog(
            text,
            path.name,
            lambda plan: self.import_posts(plan, path.name),
            self.window.as_parent(),
            match=lambda result: plan_against(self.context.store, result),
            check_post=post_checker(self.context),
        )
        self.window.dialogs.show(dialog)

    def import_posts(self, plan: ImportPlan, source_name: str) -> bool:
        """One undo step for the whole file; then show where the posts landed."""
        from planner.ui.undo.commands import push
        from planner.ui.undo.import_command import ImportPosts

        command = ImportPosts(self.context, plan.changes(), source_name)
        if not push(self.context, command):
            return False
        saved = [after for _before, after in command.changes if after is not None]
        days = sorted(p.date for p in saved if p.date is not None)
        if days and days[0] not in self.window.week:
            self.window.set_week(Week.containing(days[0]))
        self.window.week_view.select_posts([p.id for p in saved if p.id is not None])
        message = f"{command.text()}: {plan.summary()}."
        if command.snapshot_problem:
            message += f" No copy was kept before it: {command.snapshot_problem}"
        self._say(message)
        return True

    # -- the last folder -----------------------------------------------------------------

    def last_folder(self) -> Path:
        """Where the last file was saved or opened; the Documents folder the first time."""
        stored = self.window.stored.value(LAST_FOLDER_KEY)
        if stored and Path(str(stored)).is_dir():
            return Path(str(stored))
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def remember_folder(self, folder: Path) -> None:
        self.window.stored.setValue(LAST_FOLDER_KEY, str(folder))

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 10_000)


def week_span(week: Week) -> str:
    return week.title()


def install_file_actions(window: WindowSurface) -> FileActions:
    actions = FileActions(window)
    actions.install()
    return actions
