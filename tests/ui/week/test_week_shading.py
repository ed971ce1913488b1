"""The weekend columns are shaded apart from the weekdays, in a light and a dark palette."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.core.rules import evaluate_week
from planner.core.settings import Settings
from planner.core.weeks import Week
from planner.ui.week.view import WeekView
from planner.ui.widgets import theme

WEEK = Week(2026, 49)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_saturday_and_sunday_are_shaded_apart_from_weekdays(
    qtbot: QtBot, dark: bool, dark_palette: QPalette
) -> None:
    view = WeekView()
    qtbot.addWidget(view)
    view.setPalette(dark_palette if dark else QApplication.palette())
    assert theme.is_dark(view.palette()) == dark
    view.resize(1100, 700)
    settings = Settings()
    # Today in an earlier week: no column carries today's tint, and none is gone by.
    view.set_content(WEEK, [], evaluate_week(WEEK, [], settings), settings,
                     today=dt.date(2026, 1, 6))  # fmt: skip
    view.show()
    qtbot.waitExposed(view)
    at_eleven = {day: view.slot_position(day, dt.time(11, 0)) for day in WEEK.days()}
    image = view.grab().toImage()
    ratio = image.devicePixelRatio()
    shade = {day: image.pixelColor(point * ratio) for day, point in at_eleven.items()}
    weekdays, weekend = WEEK.days()[:5], WEEK.days()[5:]
    plain = shade[weekdays[0]]
    assert all(shade[day] == plain for day in weekdays)
    assert plain == view.palette().color(QPalette.ColorRole.Base)
    for day in weekend:
        # Plainly apart: at least as far as a light palette's grey from white.
        assert abs(shade[day].lightness() - plain.lightness()) >= 12, (day, shade[day].name())
