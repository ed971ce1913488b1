"""A window over a real store with scripted file dialogs, for the File menu's tests."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from planner.core.demo import sample_fortnight
from planner.core.domain import Post
from planner.core.settings import Settings
from planner.core.weeks import Week
from planner.store import Store
from planner.ui.dialogs.native_dialogs import ScriptedDialogs
from planner.ui.window.context import AppContext
from planner.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from conftest import MakeWindow

WEEK = Week(2026, 49)
PRACTICE = "Riverside Family Dental"


def open_window(make_window: MakeWindow, context: AppContext, store: Store) -> MainWindow:
    """The sample fortnight from WEEK on, the practice named, the window on WEEK."""
    store.save_settings(Settings(practice_name=PRACTICE))
    if store.count() == 0:
        store.add_many(sample_fortnight(WEEK))
    return make_window(context, store)


@pytest.fixture
def dialogs(context: AppContext) -> ScriptedDialogs:
    """File dialogs the test scripts, in place of the native ones."""
    scripted = ScriptedDialogs()
    context.files = scripted
    return scripted


@pytest.fixture
def window(
    make_window: MakeWindow, context: AppContext, store: Store, dialogs: ScriptedDialogs
) -> Iterator[MainWindow]:
    """``open_window`` with scripted file dialogs, closed before the store closes."""
    window = open_window(make_window, context, store)
    yield window
    window.close()


def open_dialog(window: MainWindow) -> QDialog:
    """The window-modal dialog the last action opened (they never block the test)."""
    dialog = window.dialog
    assert dialog is not None, "no dialog is open"
    return dialog


def csv_rows(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "the CSV starts with a UTF-8 byte-order mark"
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def unsaved(posts: list[Post]) -> list[Post]:
    """Posts without their ids and uids, in a stable order, to compare what a file carried."""
    return sorted(
        (p.with_changes(id=None, uid="") for p in posts),
        key=lambda p: (str(p.date), str(p.time), p.platform.value, p.text),
    )


def temp_leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".tmp")]


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
