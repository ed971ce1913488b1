"""The day badges of the week shown: which days are over a daily limit, as the header,
its tooltips and the screen reader say it."""

from __future__ import annotations

import datetime as dt

from planner.core.rules import DailyLimitWarning, WeekReport
from planner.core.weeks import Week
from planner.ui.week.grid_painter import DayHeader
from planner.ui.week.words import badge_forms, badge_text


class DayBadges:
    """Each day's limit warnings, by day index (0 is Monday)."""

    def __init__(self) -> None:
        self._by_day: dict[int, list[DailyLimitWarning]] = {}

    def show(self, week: Week, report: WeekReport) -> None:
        """Take the daily-limit warnings of ``week`` from ``report``."""
        self._by_day = {}
        for warning in report.warnings:
            if isinstance(warning, DailyLimitWarning) and warning.date in week:
                self._by_day.setdefault((warning.date - week.monday).days, []).append(warning)

    def messages(self) -> list[str]:
        """Every warning's sentence, Monday's first."""
        return [w.message for _day, warnings in sorted(self._by_day.items()) for w in warnings]

    def tooltip(self, index: int) -> str:
        """The sentences of day ``index``'s warnings, one a line ("" for none)."""
        return "\n".join(w.message for w in self._by_day.get(index, []))

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
            headers.append(DayHeader(day=day, today=day == today, note=note, past=day < today))
        return headers
