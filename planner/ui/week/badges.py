"""The day badges of the week shown: which days are over a daily limit, as the header,
its tooltips and the screen reader say it; and the awareness days the headers name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from planner.core.rules import DailyLimitWarning, WeekReport
from planner.core.weeks import Week
from planner.ui.week.grid_painter import DayHeader
from planner.ui.week.words import badge_forms, badge_text


class DayBadges:
    """Each day's limit warnings, by day index (0 is Monday), and awareness days, by date."""

    def __init__(self) -> None:
        self._by_day: dict[int, list[DailyLimitWarning]] = {}
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

    def set_awareness(self, names: Mapping[dt.date, Sequence[str]]) -> bool:
        """The awareness days the headers name, by day; True when they changed."""
        awareness = {day: tuple(found) for day, found in names.items() if found}
        changed, self._awareness = awareness != self._awareness, awareness
        return changed

    def awareness(self, day: dt.date) -> tuple[str, ...]:
        return self._awareness.get(day, ())

    def awareness_at(self, index: int | None) -> tuple[dt.date, str] | None:
        """Day ``index`` and the first of its awareness days; None when it has none."""
        day = None if index is None else self._monday + dt.timedelta(days=index)
        names = () if day is None else self.awareness(day)
        return None if day is None or not names else (day, names[0])

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
