"""A window narrower than the usual 1400 px: the week's title stays whole and the day
names shorten to a form that fits rather than being cut mid-word."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.core.domain import short_day
from planner.core.weeks import Week
from planner.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    pass

WEEK = Week(2026, 49)


def resized(qtbot: QtBot, window: MainWindow, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    QApplication.processEvents()  # the layouts settle after the resize


def title_fits(window: MainWindow) -> bool:
    title = window.week_bar.title
    return title.fontMetrics().horizontalAdvance(title.text()) <= title.contentsRect().width()


@pytest.mark.parametrize("width", [1000, 1100, 1400])
def test_the_week_title_stays_whole(qtbot: QtBot, window: MainWindow, width: int) -> None:
    resized(qtbot, window, width, 700)
    assert window.week_bar.title.text() == "Week 49 · 30 Nov – 6 Dec 2026"
    assert title_fits(window)


def test_the_bar_gives_back_its_full_labels_when_the_window_grows(
    qtbot: QtBot, window: MainWindow
) -> None:
    resized(qtbot, window, 1000, 700)
    resized(qtbot, window, 1400, 900)
    bar = window.week_bar
    assert bar.show_label.isVisible()
    assert [b.text().replace("&", "") for b in bar.platform_buttons] == [
        "Facebook",
        "X",
        "LinkedIn",
        "Instagram",
    ]
    assert [b.shown_label() for b in bar.platform_buttons] == [
        "Facebook",
        "X",
        "LinkedIn",
        "Instagram",
    ]
    assert title_fits(window)


@pytest.mark.parametrize("width", [1000, 1400])
def test_day_names_shorten_whole_instead_of_being_cut(
    qtbot: QtBot, window: MainWindow, width: int
) -> None:
    resized(qtbot, window, width, 700)
    texts = window.week_view.day_header_texts()
    for day, text in zip(WEEK.days(), texts, strict=True):
        assert "…" not in text
        assert text in (short_day(day), f"{short_day(day)[:3]} {day.day}"), text
    if width == 1400:
        assert texts == [short_day(day) for day in WEEK.days()]
