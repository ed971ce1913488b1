"""The real file and print dialogs, answered from a timer so no test waits on a person.

Offscreen there is no platform dialog, so Qt shows its own; these tests check that the
adapter reads their answers and that the save dialog asks before replacing a file
(which is why QtNativeDialogs may report the overwrite as confirmed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from planner.ui.dialogs.native_dialogs import QtNativeDialogs, SaveChoice

Step = Callable[[QWidget], bool]  # handles the modal widget; False: not the one expected


@contextmanager
def modals_answered(*steps: Step) -> Iterator[list[str]]:
    """Inside the block, run ``steps`` on the modal widgets as they appear; any extra one
    is cancelled. Yields the class names of the dialogs seen.

    Polling goes on while a dialog is open, so a step that fails never leaves the test
    waiting in the dialog's event loop; it stops with the block, so a late timer cannot
    answer the next test's dialog.
    """
    seen: list[str] = []
    queue = list(steps)
    last: list[QWidget] = []
    running = [True]

    def poll(tries: int = 0) -> None:
        if not running[0]:
            return
        widget = QApplication.activeModalWidget()
        if widget is None or (last and widget is last[-1]):
            if (queue or widget is not None) and tries < 250:  # ~5 s, then stop
                QTimer.singleShot(20, lambda: poll(tries + 1))
            return
        seen.append(type(widget).__name__)
        last.append(widget)
        QTimer.singleShot(20, poll)  # first: the step may open a dialog of its own
        if not (queue and queue.pop(0)(widget)) and isinstance(widget, QDialog):
            widget.reject()

    QTimer.singleShot(0, poll)
    try:
        yield seen
    finally:
        running[0] = False


def choose_file(path: Path) -> Step:
    def step(widget: QWidget) -> bool:
        if not isinstance(widget, QFileDialog):
            return False
        widget.selectFile(str(path))
        widget.accept()
        return True

    return step


def press(button: QMessageBox.StandardButton) -> Step:
    def step(widget: QWidget) -> bool:
        if not isinstance(widget, QMessageBox):
            return False
        widget.button(button).click()
        return True

    return step


def cancel(widget: QWidget) -> bool:
    assert isinstance(widget, QDialog)
    widget.reject()
    return True


def test_save_file_returns_the_chosen_path(qtbot: QtBot, tmp_path: Path) -> None:
    with modals_answered(choose_file(tmp_path / "week.csv")) as seen:
        choice = QtNativeDialogs().save_file(None, "Export", tmp_path / "plan.csv", "CSV (*.csv)")
    assert choice == SaveChoice(tmp_path / "week.csv", overwrite_confirmed=True)
    assert seen == ["QFileDialog"]


def test_the_save_dialog_itself_asks_before_replacing_a_file(qtbot: QtBot, tmp_path: Path) -> None:
    old = tmp_path / "week.csv"
    old.write_text("the old plan")
    no = press(QMessageBox.StandardButton.No)
    with modals_answered(choose_file(old), no, cancel) as seen:
        choice = QtNativeDialogs().save_file(None, "Export", old, "CSV (*.csv)")
    assert choice is None
    assert seen == ["QFileDialog", "QMessageBox", "QFileDialog"]
    assert old.read_text() == "the old plan"


def test_open_file_returns_the_file_or_none(qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "bulk.csv"
    source.write_text("25/12/2026 10:00,Hello\n")
    with modals_answered(choose_file(source)):
        assert QtNativeDialogs().open_file(None, "Import", tmp_path, "CSV (*.csv)") == source
    with modals_answered(cancel):
        assert QtNativeDialogs().open_file(None, "Import", tmp_path, "CSV (*.csv)") is None


def test_a_cancelled_print_dialog_prints_nothing(qtbot: QtBot) -> None:
    with modals_answered(cancel) as seen:
        assert QtNativeDialogs().setup_printer(None, QPrinter()) is False
    assert seen == [QPrintDialog.__name__]
