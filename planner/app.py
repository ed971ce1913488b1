"""Start the window: show it first, then open the store once it has painted.

The window paints before the store is opened, and reading the week needs no more than
sqlite3. The database layer for edits (SQLAlchemy) takes longer to import than Qt takes
to show a window, so it loads in a worker thread once the week has painted.
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

    from PySide6.QtWidgets import QApplication

    from planner.store import Store
    from planner.ui.main_window import MainWindow
    from planner.ui.store_opening import OpenedStore

DISPLAY_NAME = "Social Media Planner"
SCREENSHOT_PATIENCE_MS = 10_000  # give up on a screenshot that never paints


def run_app(
    db_path: Path,
    week: Week | None = None,
    screenshot: Path | None = None,
    size: tuple[int, int] | None = None,
) -> int:
    """Run the window on the store at ``db_path``; the process exit code."""
    if screenshot is not None and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from planner.ui.context import AppContext
    from planner.ui.main_window import MainWindow
    from planner.ui.prompts import QtPrompts, ScriptedPrompts

    if screenshot is not None:
        quiet_offscreen_notices()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    assert isinstance(app, QApplication)
    describe_application(app)
    # A screenshot never waits on a question: it answers no, and errors go to stderr.
    prompts = ScriptedPrompts() if screenshot is not None else QtPrompts(lambda: window)
    context = AppContext(prompts=prompts)
    window = MainWindow(context, week=week)
    if screenshot is not None:
        window.remember_state = False  # a screenshot must not move the user's last week
    if size is not None:
        window.resize(*size)
    launch = Launch(app, window, db_path, screenshot)
    window.firstPainted.connect(lambda: QTimer.singleShot(0, launch.open_store))
    window.show()
    code = app.exec()
    return launch.finish(code)


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
    """The steps after the first paint: open the store, then maybe take the screenshot."""

    def __init__(
        self, app: QApplication, window: MainWindow, db_path: Path, screenshot: Path | None
    ) -> None:
        self.app = app
        self.window = window
        self.db_path = db_path
        self.screenshot = screenshot
        self.store: Store | None = None
        self.opened: OpenedStore | None = None
        self.preparing: threading.Thread | None = None
        self.failed = False

    def open_store(self) -> None:
        # Each problem (another window, damage, a newer version, read-only) is asked
        # about or explained in store_opening; a failure here is the last word.
        from planner.ui.store_opening import open_for_window

        try:
            self.opened = open_for_window(self.db_path, self.window.context.prompts)
        except Exception as error:  # never leave a window that waits forever
            self._fail(f"{self.db_path} could not be opened: {error}")
            return
        if self.opened.store is None:
            self._fail(self.opened.failure)
            return
        self.store = self.opened.store
        if self.screenshot is not None:
            self.window.weekPainted.connect(self._schedule_screenshot)
            from PySide6.QtCore import QTimer

            QTimer.singleShot(SCREENSHOT_PATIENCE_MS, self._screenshot_timed_out)
        else:
            self.window.weekPainted.connect(self._schedule_daily_snapshot)
        self.window.attach_store(self.store)

    def _schedule_daily_snapshot(self) -> None:
        from PySide6.QtCore import QTimer

        self.window.weekPainted.disconnect(self._schedule_daily_snapshot)
        QTimer.singleShot(0, self.daily_snapshot)  # after the plan's first paint
        QTimer.singleShot(0, self.prepare_edits)

    def prepare_edits(self) -> None:
        """Load the database layer for edits beside the event loop, so that the window
        stays live now and the first drag does not wait half a second for it later."""
        import threading

        context = self.window.context
        if context.has_store and not context.read_only:
            # Not a daemon: quitting at once waits for the import rather than cutting it.
            self.preparing = threading.Thread(
                target=context.store.prepare_edits, name="prepare-edits"
            )
            self.preparing.start()

    def daily_snapshot(self) -> None:
        from planner.ui.store_opening import take_daily_snapshot

        context = self.window.context
        if context.has_store:
            take_daily_snapshot(context.store, context.today(), context.prompts)

    def _fail(self, message: str) -> None:
        self.failed = True
        if self.screenshot is not None:
            print(f"planner: {message}", file=sys.stderr)
        else:
            self.window.context.prompts.error("Cannot open the plan", message)
        self.window.remember_state = False
        self.window.close()
        self.app.exit(1)

    def _schedule_screenshot(self) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self._take_screenshot)  # after the paint has finished

    def _take_screenshot(self) -> None:
        assert self.screenshot is not None
        if self.failed:
            return
        image = self.window.grab()
        if not image.save(str(self.screenshot), "PNG"):
            print(f"planner: cannot save the screenshot to {self.screenshot}", file=sys.stderr)
            self.failed = True
        self.window.close()
        self.app.exit(1 if self.failed else 0)

    def _screenshot_timed_out(self) -> None:
        if self.screenshot is not None and self.window.isVisible():
            self._take_screenshot()

    def finish(self, code: int) -> int:
        if self.window.isVisible():
            self.window.close()
        if self.window.context.has_store:
            self.window.context.store.close()  # a restore may have replaced self.store
        if self.store is not None:
            self.store.close()
        if self.opened is not None:
            self.opened.release()
        return 1 if self.failed else code
