"""Each of the week bar's tool buttons shows plainly when it has the keyboard focus."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from planner.store import Store
from planner.ui.window.context import AppContext
from planner.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from conftest import MakeWindow

NAMES = ["New post", "Today", "Previous week", "Next week", "Settings"]


@pytest.fixture
def window(make_window: MakeWindow, context: AppContext, store: Store) -> Iterator[MainWindow]:
    window = make_window(context, store)
    window.activateWindow()
    yield window
    window.close()


def differing_pixels(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(
        a.pixelColor(x, y) != b.pixelColor(x, y)
        for x in range(a.width())
        for y in range(a.height())
    )


@pytest.mark.parametrize("name", NAMES)
def test_a_focused_button_looks_different(qtbot: QtBot, window: MainWindow, name: str) -> None:
    (button,) = [b for b in window.week_bar.findChildren(QToolButton) if b.accessibleName() == name]
    window.week_view.setFocus()
    qtbot.waitUntil(window.week_view.hasFocus)
    plain = button.grab().toImage()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    focused = button.grab().toImage()
    # A ring all round, not a few changed pixels.
    assert differing_pixels(plain, focused) >= button.width() + button.height(), name
