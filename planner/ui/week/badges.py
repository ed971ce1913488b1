"""The day badges of the week shown: which days are over a daily limit, as the header,
its tooltips and the screen reader say it; and the awareness days the headers name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt

from planner.core.rules import DailyLimitWarning, WeekReport
from planner.core.weeks import Week
from planner.ui.week.grid_painter import DayHeader
from planner.ui.week.words import badge_forms, badge_text


class DayBadges:
    """Each day's limit warnings, by day index (0 is Monday), and awareness days, by date."""

    def __init__(self, awareness_chosen: Callable[[dt.date, str], None] | None = None) -> None:
        self._by_day: dict[int, list[DailyLimitWarning]] = {}
        self._awareness_chosen = awareness_chosen  # a double-click on a day's awareness
        self._monday = Week.this_week().monday
        self._awareness: dict[dt.date, tuple[str, ...]] = {}

    def show(self, week: Week, report: WeekReport) -> None:
        """Take the daily-limit warnings of ``week`` from ``report``."""
        self._by_day = {}
        self._monday = week.monday
        for warning in report.warnings:
            if isinstance(warning, DailyLimitWarning) and warning.date in week:
                self._by_day.setdefault((warning.date - week.monday).days, []).append(warning)

    def messages(self) -> list[str]:
        """Every warning's sentence, Monday's first."""
        return [w.message for _day, warnings in sorted(self._by_day.items()) for w in warnings]

    def set_awareness(self, names: Mapping[dt.date, Sequence[str]]) -> None:
        """The awareness days the headers name, by day."""
        self._awareness = {day: tuple(found) for day, found in names.items() if found}

    def awareness(self, day: dt.date) -> tuple[str, ...]:
        return self._awareness.get(day, ())

    def awareness_at(self, index: int | None) -> tuple[dt.date, str] | None:
        """Day ``index`` and the first of its awareness days; None when it has none."""
        day = None if index is None else self._monday + dt.timedelta(days=index)
        names = () if day is None else self.awareness(day)
        return None if day is None or not names else (day, names[0])

    def double_clicked(self, index: int | None, button: Qt.MouseButton) -> bool:
        """A double-click on the header of day ``index`` (None: not on a header): with
        the left button on a day with awareness days, the first is chosen (True)."""
        found = self.awareness_at(index)
        if found is None or button != Qt.MouseButton.LeftButton or not self._awareness_chosen:
            return False
        self._awareness_chosen(*found)
        return True

    def tooltip(self, index: int) -> str:
        """Day ``index``'s awareness days, then its warnings' sentences, one a line."""
        names = self.awareness(self._monday + dt.timedelta(days=index))
        return "\n".join([*names, *(w.message for w in self._by_day.get(index, []))])

    def text(self, index: int) -> str | None:
        """Day ``index``'s badge in its long form, or None."""
        warnings = self._by_day.get(index)
        return badge_text(warnings) if warnings else None

    def headers(
        self,
        week: Week,
        today: dt.date,
        drop_day: int | None = None,
        drop_badge: list[DailyLimitWarning] | None = None,
    ) -> list[DayHeader]:
        """The seven day headers; while a drag hovers over ``drop_day``, its badge says
        what the drop would make of the day (``drop_badge``)."""
        monday = week.monday
        headers = []
        for index in range(7):
            day = monday + dt.timedelta(days=index)
            note: tuple[str, ...] = ()
            # The full sentence of a hovering drop goes under its slot, where it has room.
            if drop_day == index and drop_badge:
                note = badge_forms(drop_badge)
            elif index in self._by_day:
                note = badge_forms(self._by_day[index])
            names = self.awareness(day)
            headers.append(
                DayHeader(day, day == today, note, past=day < today, awareness=names)
            )
        return headers
