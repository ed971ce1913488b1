"""What the week bar's Go to date field will do, said beside it while it is being typed in.

Typing a day into the field changes only the day of the month the field shows; "25"
with "30 Nov 2026" in it means 25 November, not the 25th of the month on the calendar.
So the field moves the calendar only when Enter is pressed (or focus leaves it, or a
day is picked in its popup), and until then this label says where that will be.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QSizePolicy, QWidget

from planner.core.domain import short_day
from planner.core.weeks import Week
from planner.ui.widgets import theme
from planner.ui.widgets.plan_dates import from_qdate, to_qdate

IDLE_HINT = "Type a day, month and year; Enter goes there"


def hint_for(day: dt.date | None) -> str:
    """``Enter: go to Wed 25 Nov 2026 (week 48)``, or how to type one."""
    if day is None:
        return IDLE_HINT
    return f"Enter: go to {short_day(day)} {day.year} (week {Week.containing(day).number})"


class DateHint(QLabel):
    """A muted label that follows ``picker``'s text while it has the keyboard."""

    def __init__(self, picker: QDateEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = picker
        self.setAccessibleName("What Go to date will show")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        palette = self.palette()
        palette.setColor(self.foregroundRole(), theme.muted_text(picker.palette()))
        self.setPalette(palette)
        picker.setKeyboardTracking(False)  # typed days apply on Enter, not per digit
        self._line = picker.findChild(QLineEdit)
        if self._line is not None:
            self._line.textChanged.connect(self._typed)
        picker.installEventFilter(self)
        self.hide()

    def typed_day(self) -> dt.date | None:
        """The day the field's text names now, typed but not yet applied."""
        text = self._line.text() if self._line is not None else self.picker.text()
        value = self.picker.locale().toDate(text, self.picker.displayFormat())
        if not value.isValid():
            return None
        return from_qdate(value)

    def _typed(self, _text: str) -> None:
        if self.picker.hasFocus():
            self._say()

    def _say(self) -> None:
        day = self.typed_day()
        shown = self.picker.date()
        unchanged = day is not None and to_qdate(day) == shown
        self.setText(IDLE_HINT if unchanged else hint_for(day))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.picker:
            if event.type() == QEvent.Type.FocusIn:
                self._say()
                self.show()
            elif event.type() == QEvent.Type.FocusOut:
                self.hide()
        return super().eventFilter(watched, event)
