"""Go to date says what it will show before it moves the calendar."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateTimeEdit
from pytestqt.qtbot import QtBot

from planner.core.weeks import Week
from planner.ui.window.main_window import MainWindow

WEEK = Week(2026, 49)  # the picker shows Mon 30 Nov 2026


def focus_picker(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)  # Go to Date
    picker = window.week_bar.picker
    qtbot.waitUntil(picker.hasFocus)
    picker.setSelectedSection(QDateTimeEdit.Section.DaySection)


def test_typing_a_day_says_where_enter_will_go_and_goes_only_then(
    qtbot: QtBot, window: MainWindow
) -> None:
    hint = window.week_bar.picker_hint
    assert not hint.isVisible()  # nothing to say while nobody types a date
    focus_picker(qtbot, window)
    assert hint.isVisible()
    assert hint.text() == "Type a day, month and year; Enter goes there"
    qtbot.keyClicks(window.week_bar.picker, "25")
    # The 25th of the month the field shows (November), not of the week on screen.
    assert hint.text() == "Enter: go to Wed 25 Nov 2026 (week 48)"
    assert window.week == WEEK  # not yet: each digit used to move the calendar
    qtbot.keyClick(window.week_bar.picker, Qt.Key.Key_Return)
    assert window.week == Week.containing(dt.date(2026, 11, 25))
    window.week_view.setFocus()
    qtbot.waitUntil(lambda: not hint.isVisible())


def test_leaving_the_field_goes_to_the_typed_day(qtbot: QtBot, window: MainWindow) -> None:
    focus_picker(qtbot, window)
    picker = window.week_bar.picker
    picker.setSelectedSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClicks(picker, "2027")
    assert window.week_bar.picker_hint.text() == "Enter: go to Tue 30 Nov 2027 (week 48)"
    assert window.week == WEEK
    window.week_view.setFocus()
    qtbot.waitUntil(lambda: window.week == Week(2027, 48))


def test_an_arrow_key_steps_the_calendar_at_once(qtbot: QtBot, window: MainWindow) -> None:
    focus_picker(qtbot, window)
    picker = window.week_bar.picker
    picker.setSelectedSection(QDateTimeEdit.Section.MonthSection)
    qtbot.keyClick(picker, Qt.Key.Key_Up)  # Nov -> Dec: a step, not typing
    assert window.week == Week.containing(dt.date(2026, 12, 30))
    assert window.week_bar.picker_hint.text() == "Type a day, month and year; Enter goes there"


def test_a_day_set_from_outside_the_keyboard_goes_at_once(window: MainWindow) -> None:
    window.week_bar.picker.setDate(QDate(2027, 3, 3))  # as the calendar popup does
    assert window.week == Week.containing(dt.date(2027, 3, 3))


def test_the_year_typed_stays_within_the_plans_years(qtbot: QtBot, window: MainWindow) -> None:
    """Qt's date fields run from 1752 to 9999; the plan's only from 1900 to 2200."""
    focus_picker(qtbot, window)
    picker = window.week_bar.picker
    picker.setSelectedSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClicks(picker, "1850")
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert picker.date().year() >= 1900
    assert window.week.monday.year >= 1899  # week 1 of 1900 begins on Mon 1 Jan 1900
    window.week_bar.picker.setDate(QDate(9999, 12, 31))
    assert window.week == Week.containing(dt.date(2200, 12, 31))


def test_the_editor_and_the_export_range_keep_to_the_plans_years(qtbot: QtBot) -> None:
    from planner.ui.dialogs.editor_dialog import PostEditor
    from planner.ui.dialogs.range_dialog import DateRangeDialog

    editor = PostEditor(lambda post: True, date=dt.date(2026, 12, 7))
    qtbot.addWidget(editor)
    editor.date_edit.setDate(QDate(1800, 1, 1))
    assert editor.date_edit.date() == QDate(1900, 1, 1)
    editor.date_edit.setDate(QDate(9000, 1, 1))
    assert editor.date_edit.date() == QDate(2200, 12, 31)
    ranges = DateRangeDialog(
        dt.date(2026, 1, 1), dt.date(2026, 12, 31), lambda a, b: 0, lambda a, b: None
    )
    qtbot.addWidget(ranges)
    for edit in ranges.findChildren(type(editor.date_edit)):
        assert (edit.minimumDate(), edit.maximumDate()) == (QDate(1900, 1, 1), QDate(2200, 12, 31))
