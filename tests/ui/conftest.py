"""Fixtures for the window's parts: a real store, scripted prompts, settings in tmp_path,
and ``make_window``, the one way the tests build the main window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.core.demo import sample_fortnight
from planner.core.weeks import Week
from planner.store import Store, open_store
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.window.context import AppContext, qsettings_at
from planner.ui.window.main_window import MainWindow

# A Wednesday in the week the product notes use as their example (2026-W49).
TODAY = dt.date(2026, 12, 2)
WEEK = Week(2026, 49)


@pytest.fixture
def store(db_file: Path) -> Iterator[Store]:
    opened = open_store(db_file)
    yield opened
    opened.close()


@pytest.fixture
def dark_palette(qapp: QApplication) -> QPalette:
    """A dark palette set by hand: the offscreen platform only ever offers a light one."""
    palette = QPalette()
    for role, colour in [
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Highlight, "#3d8fd6"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
    ]:
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def window_settings(tmp_path: Path) -> Path:
    """The INI file that stands in for the user's window settings."""
    return tmp_path / "window.ini"


@pytest.fixture
def context(store: Store, prompts: ScriptedPrompts, window_settings: Path) -> AppContext:
    return AppContext(
        store, prompts=prompts, qsettings=qsettings_at(window_settings), today=lambda: TODAY
    )


class MakeWindow(Protocol):
    def __call__(
        self,
        context: AppContext,
        store: Store | None = None,
        *,
        week: Week | None = WEEK,
        shown: bool = True,
    ) -> MainWindow: ...


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[MakeWindow]:
    """Build the main window whole: ``finish_setup`` is called here rather than left to
    the timer after the first paint, so no test depends on when that timer runs.

    ``shown``: 1400×900 and exposed, as a person sees it; otherwise never shown, at
    the size the window chose (its remembered geometry). ``store`` is attached last.
    """
    made: list[MainWindow] = []

    def make(
        context: AppContext,
        store: Store | None = None,
        *,
        week: Week | None = WEEK,
        shown: bool = True,
    ) -> MainWindow:
        window = MainWindow(context, week=week)
        qtbot.addWidget(window)
        made.append(window)
        if shown:
            window.resize(1400, 900)
            window.show()
            qtbot.waitExposed(window)
        window.finish_setup()
        if store is not None:
            window.attach_store(store)
        return window

    yield make
    for window in made:
        window.close()  # before the test's stores close


@pytest.fixture
def window(make_window: MakeWindow, context: AppContext, store: Store) -> Iterator[MainWindow]:
    """The whole window on WEEK over the sample fortnight, as most window tests want it."""
    store.add_many(sample_fortnight(WEEK))
    window = make_window(context, store)
    yield window
    window.close()  # before the store closes
    if window.context.store is not store:
        window.context.store.close()  # the store a restore opened
