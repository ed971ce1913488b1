"""Date fields reach exactly as far as the plan does (planner.core.domain.FIRST_DAY to
LAST_DAY): Qt's own range runs from 1752 to 9999, and a date outside the plan would be
refused only later, with the form already filled in."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from planner.core.domain import FIRST_DAY, LAST_DAY


def limit_to_plan(edit: QDateEdit) -> QDateEdit:
    """Keep ``edit`` within the plan's years; returns it, for building in one line."""
    edit.setDateRange(to_qdate(FIRST_DAY), to_qdate(LAST_DAY))
    return edit


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())
