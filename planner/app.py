"""Start the window: its first frame already shows the week; the rest follows it.

Reading the week needs no more than sqlite3, so the store is opened, without SQLite's
check of every page, before the window shows; that check runs right after the first
paint, and the store refuses edits until it has passed. The database layer for edits
(SQLAlchemy) takes longer to import than Qt takes to show a window, so it loads in a
worker thread once the store is checked.
``--screenshot`` runs the same window offscreen, waits for the week's first full paint
and saves it as a PNG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from planner.core.weeks import Week
from planner.paths import APP_ID, APP_NAME, resource_path

if TYPE_CHECKING:
    import threading

    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication

    from planner.store import Store
    from planner.ui.window.main_window import MainWindow
    from planner.ui.window.store_opening import OpenedStore

DISPLAY_NAME = "Social Media Planner"
SCREENSHOT_PATIENCE_MS = 10_000  # give up on a screenshot that never paints


def run_app(
    db_path: Path,
    week: Week | None = None,
    screenshot: Path | None = None,
    size: tuple[int, int] | None = None,
    view: str | None = None,
    month: tuple[int, int] | None = None,
) -> int:
    """Run the window on the store at ``db_path``; the process exit code. ``view``
    "month" opens on the month (``month``, else the week's), for a person or a screenshot."""
    if screenshot is not None and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from planner.ui.platform_check import LIBRARIES_MISSING_EXIT, window_libraries_problem

    problem = window_libraries_problem()  # before Qt, which would abort on it
    if problem is not None:
        print(f"planner: error: {problem}", file=sys.stderr)
        return LIBRARIES_MISSING_EXIT
    from PySide6.QtWidgets import QApplication

    from planner.ui.dialogs.prompts import QtPrompts, ScriptedPrompts
    from planner.ui.window.context import AppContext, UnkeptSettings, default_qsettings
    from planner.ui.window.main_window import MainWindow

    if screenshot is not None:
        quiet_offscreen_notices()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    assert isinstance(app, QApplication)
    describe_application(app)
    # A screenshot never waits on a question: it answers no, and errors go to stderr.
    prompts = ScriptedPrompts() if screenshot is not None else QtPrompts(lambda: window)
    # A screenshot neither reads nor writes the user's window settings (last week,
    # size, filter): it shows this week at 1400×900 unless --week and --size say otherwise.
    context = AppContext(
        prompts=prompts, qsettings=UnkeptSettings if screenshot is not None else default_qsettings
    )
    if month is not None and week is None:
        from planner.ui.window.game_plan import week_in_month

        week = week_in_month(*month)
    window = MainWindow(context, week=week)
    if screenshot is not None:
        window.remember_state = False  # a screenshot must not move the user's last week
    if size is not None:
        window.resize(*size)
    if screenshot is not None or view == "month":
        window.finish_setup()  # the picture is of the whole window, not its first frame
    if size is not None:
        say_size(window, size)
    launch = Launch(app, window, db_path, screenshot)
    launch.month_view = view == "month"
    # The first frame shows the week: the store is opened and its week read before the
    # window shows. The check of every page follows that paint; until it passes, the
    # store refuses edits. A screenshot, which nobody waits on, checks up front.
    launch.open_store(check_pages=screenshot is not None)
    if launch.failed:
        return launch.finish(1)
    return launch.run()


def say_size(window: MainWindow, size: tuple[int, int]) -> None:
    """Make the window ``size``, or say in one line on stderr why it is another size.
    The window's least size is known once it is whole: now for a screenshot, right
    after the first frame otherwise."""
    from planner.console import warn
    from planner.ui.window.window_size import resize_within

    if window.setup_finished:
        note = resize_within(window, size)
        if note:
            warn(note)
        return
    from PySide6.QtCore import QTimer

    def when_whole() -> None:
        window.finish_setup()  # queued before this by the week's paint: already done
        say_size(window, size)

    # The window paints before its week, so a timer queued now would run before the
    # week's own (its finish_setup, and what listens for the week's first frame):
    # queue behind them instead, and the first frame stays untouched.
    window.firstPainted.connect(
        lambda: QTimer.singleShot(0, lambda: QTimer.singleShot(0, when_whole))
    )


def save_png(picture: QPixmap, path: Path) -> None:
    """Write ``picture`` as a PNG the way every export is written: whole or not at all,
    and a new file readable by its owner only (Qt's own save follows the umask)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from planner.io.atomic import ExportError, atomic_write_bytes

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not picture.save(buffer, "PNG"):
        raise ExportError(path, "the picture of the window could not be encoded as PNG")
    buffer.close()
    atomic_write_bytes(path, bytes(data.data()))


def forget_module_sources() -> None:
    """Drop the source lines kept of every module imported so far (several MiB).

    PySide6 reads the source of each module imported after it, to see whether it
    mentions PySide6, and the lines stay in ``linecache``. The app needs none of them;
    a traceback reads the few it shows again."""
    import linecache

    linecache.clearcache()


# The offscreen platform says this for every window; it means nothing for a screenshot.
_OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


def quiet_offscreen_notices() -> None:
    """Drop the offscreen platform's one meaningless notice; pass on everything else."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    previous = None

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        if message == _OFFSCREEN_NOISE:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


def describe_application(app: QApplication) -> None:
    from PySide6.QtGui import QIcon

    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setDesktopFileName(APP_ID)
    icon_file = resource_path("icons", "app.svg")
    if icon_file.is_file():  # a missing icon is no reason not to start
        app.setWindowIcon(QIcon(str(icon_file)))


class Launch:
    """Open the store for the window, check it after the first paint, run the loop;
    or take the screenshot."""

    def __init__(
        self, app: QApplication, window: MainWindow, db_path: Path, screenshot: Path | None
    ) -> None:
        self.app = app
        self.month_view = False  # open on the month rather than the week (--view month)
        self.window = window
        self.db_path = db_path
        self.screenshot = screenshot
        self.store: Store | None = None
        self.opened: OpenedStore | None = None
        self.preparing: threading.Thread | None = None
        self.failed = False
        self._running = False  # inside run(): a failure ends its event loop

    def run(self) -> int:
        """Show the window and run the event loop until it closes; the exit code."""
        self.window.show()
        self._running = True
        try:
            code = self.app.exec()
        finally:
            self._running = False
        return self.finish(code)

    def open_store(self, *, check_pages: bool = True) -> None:
        """Lock and open the store and show it. ``check_pages=False`` leaves the check
        of every page to ``check_pages()``, so the week can be shown first."""
        # Each problem (another window, damage, a newer version, read-only) is asked
        # about or explained in store_opening; a failure here is the last word.
        from PySide6.QtCore import Qt, QTimer

        from planner.store import StoreCorrupt
        from planner.ui.window.store_opening import open_for_window

        try:
            self.opened = open_for_window(
                self.db_path, self.window.context.prompts, check_pages=check_pages
            )
        except Exception as error:  # never leave a window that waits forever
            from planner.store.messages import error_message

            self._fail(f"{self.db_path} could not be opened: {error_message(error)}")
            return
        if self.opened.store is None:
            self._fail(self.opened.failure)
            return
        self.store = self.opened.store
        if self.screenshot is not None and not self.month_view:
            self.window.weekPainted.connect(self._schedule_screenshot)
        if self.screenshot is not None:
            QTimer.singleShot(SCREENSHOT_PATIENCE_MS, self._screenshot_timed_out)
        try:
            self.window.attach_store(self.store)
        except StoreCorrupt as error:  # the week's read met a damaged page
            self._replace_damaged(error)
            return
        if self.month_view and (game_plan := self.window.game_plan) is not None:
            shot = self._schedule_screenshot if self.screenshot is not None else None
            game_plan.open_at_start(self.window.weekPainted, shot)
        if self.store.pages_checked:
            self._when_checked()
        else:  # right after the week's first paint, before any edit
            once = Qt.ConnectionType.SingleShotConnection
            self.window.weekPainted.connect(lambda: QTimer.singleShot(0, self._after_frame), once)

    def _after_frame(self) -> None:
        # The rest of the window first (it would follow in its own zero timer anyway):
        # the user then sees the whole window while the pages are checked.
        if not self.failed:
            self.window.finish_setup()
        self.check_pages()

    def check_pages(self) -> None:
        """The check of every page that ``open_store(check_pages=False)`` left for
        after the first paint; a damaged store is then handled as at opening."""
        from planner.store import StoreCorrupt

        store = self.store
        if self.failed or store is None or store.pages_checked:
            return
        try:
            store.check_pages()
        except StoreCorrupt as error:
            self._replace_damaged(error)
            return
        self.window.store_checked()
        self._when_checked()

    def _replace_damaged(self, error: Exception) -> None:
        """Stop showing a store found damaged; offer its newest good backup."""
        from planner.ui.window.store_opening import offer_backup

        assert self.store is not None and self.opened is not None
        self.window.detach_store()
        self.store.close()
        self.store = self.opened.store = None
        replaced = offer_backup(self.db_path, error, self.window.context.prompts)
        if replaced.store is None:
            self._fail(replaced.failure)
            return
        self.store = self.opened.store = replaced.store
        self.window.attach_store(replaced.store)
        self._when_checked()

    def _when_checked(self) -> None:
        """Once the store is known sound: the day's snapshot and, for the first edit,
        the database layer; both after the plan has painted."""
        from PySide6.QtCore import Qt

        if self.screenshot is not None:
            return
        if self.window.week_painted:
            self._after_week_paint()
        else:
            once = Qt.ConnectionType.SingleShotConnection
            self.window.weekPainted.connect(self._after_week_paint, once)

    def _after_week_paint(self) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self.daily_snapshot)  # after the plan's first paint
        QTimer.singleShot(0, self.prepare_edits)
        QTimer.singleShot(0, self.top_up_series)

    def top_up_series(self) -> None:
        """Every series' posts up to a year ahead, once the plan has painted."""
        from planner.ui.series.top_up import top_up_series

        top_up_series(self.window)

    def prepare_edits(self) -> None:
        """Load the database layer for edits beside the event loop, so that the window
        stays live now and the first drag does not wait half a second for it later."""
        import threading

        forget_module_sources()
        context = self.window.context
        if context.has_store and not context.read_only:
            # Not a daemon: quitting at once waits for the import rather than cutting it.
            self.preparing = threading.Thread(
                target=context.store.prepare_edits, name="prepare-edits"
            )
            self.preparing.start()

    def daily_snapshot(self) -> None:
        from planner.ui.window.store_opening import take_daily_snapshot

        context = self.window.context
        if context.has_store:
            take_daily_snapshot(context.store, context.today(), context.prompts)

    def _fail(self, message: str) -> None:
        self.failed = True
        if self.screenshot is not None:
            self._say(message)
        else:
            self.window.context.prompts.error("Cannot open the plan", message)
        self.window.remember_state = False
        self.window.close()
        # Only run()'s loop is told to stop. Qt keeps an exit request until the next
        # app.exec(), so one made outside it (a test) would end every later loop at once.
        if self._running:
            self.app.exit(1)

    def _say(self, message: str) -> None:
        """A screenshot's failure, as the command line says one: one escaped line."""
        from planner.console import fail

        fail(message)

    def _schedule_screenshot(self) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self._take_screenshot)  # after the paint has finished

    def _take_screenshot(self) -> None:
        assert self.screenshot is not None
        if self.failed:
            return
        try:
            save_png(self.window.grab(), self.screenshot)
        except OSError as error:
            from planner.io.os_errors import describe_os_error

            self._say(describe_os_error(error, self.screenshot))
            self.failed = True
        self.window.close()
        self.app.exit(1 if self.failed else 0)

    def _screenshot_timed_out(self) -> None:
        if self.screenshot is not None and self.window.isVisible():
            self._take_screenshot()

    def finish(self, code: int) -> int:
        if self.window.isVisible():
            self.window.close()
        loaders = sys.modules.get("planner.ui.window.consent_tools")
        if loaders is not None:  # the guard's lists, loading since the first frame
            loaders.GuardListsLoader.join_all()
        if self.window.context.has_store:
            self.window.context.store.close()  # a restore may have replaced self.store
        if self.store is not None:
            self.store.close()
        if self.opened is not None:
            self.opened.release()
        return 1 if self.failed else code
